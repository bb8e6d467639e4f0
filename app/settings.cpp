// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "imagesize.h"
#include "viewstate.h"

#include <QList>
#include <QPair>
#include <QSettings>
#include <optional>

namespace {
const QLatin1String VersionKey("settingsVersion");
const QLatin1String GeometryKey("window/geometry");
const QLatin1String StateKey("window/state");
const QLatin1String MainSplitterKey("window/mainSplitter");
const QLatin1String CentralSplitterKey("window/centralSplitter");
const QLatin1String TableHeaderKey("window/tableHeader");
const QLatin1String ThemeKey("view/theme");
const QLatin1String DateBasisKey("view/dateBasis");
const QLatin1String LaneOrderKey("view/laneOrder");
const QLatin1String LectureScreenKey("lecture/audienceScreen");
const QLatin1String LanguageKey("view/language");
const QLatin1String TeamDatabaseKey("database/team");
const QLatin1String RecentTeamDatabasesKey("database/recentTeams");
const QLatin1String ExportFileKey("export/file");
const QLatin1String ExportPresetKey("export/preset");
const QLatin1String ExportSizeKey("export/customSize");
const QLatin1String ExportDpiKey("export/customDpi");
const QLatin1String ExportThemeKey("export/theme");
const QLatin1String ExportTitleKey("export/title");
const QLatin1String ExportCitationKey("export/citation");
const QLatin1String ExportTransparentKey("export/transparent");

// The words written for a lane order; the enum's numbers would change meaning if its order ever did.
const QList<QPair<TimelineLayout::LaneOrder, QLatin1String>> &laneOrderNames()
{
    static const QList<QPair<TimelineLayout::LaneOrder, QLatin1String>> names
        = { { TimelineLayout::LaneOrder::FirstDecision, QLatin1String("firstDecision") },
              { TimelineLayout::LaneOrder::TotalFines, QLatin1String("totalFines") },
              { TimelineLayout::LaneOrder::Alphabetical, QLatin1String("alphabetical") } };
    return names;
}

QString laneOrderName(TimelineLayout::LaneOrder order)
{
    for (const auto &entry : laneOrderNames()) {
        if (entry.first == order)
            return entry.second;
    }
    return laneOrderNames().constFirst().second;
}

std::optional<TimelineLayout::LaneOrder> parseLaneOrder(const QString &name)
{
    for (const auto &entry : laneOrderNames()) {
        if (entry.second == name)
            return entry.first;
    }
    return std::nullopt;
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent) { }

void Settings::load()
{
    QSettings s;
    const int version = s.value(VersionKey, 0).toInt();
    if (version > 0 && version < Version)
        migrate(version);
    m_windowGeometry = s.value(GeometryKey).toByteArray();
    m_windowState = s.value(StateKey).toByteArray();
    m_mainSplitter = s.value(MainSplitterKey).toByteArray();
    m_centralSplitter = s.value(CentralSplitterKey).toByteArray();
    m_tableHeaderState = s.value(TableHeaderKey).toByteArray();
    m_loaded = true;
    restoreView();
}

void Settings::save() const
{
    QSettings s;
    s.setValue(VersionKey, Version);
    s.setValue(GeometryKey, m_windowGeometry);
    s.setValue(StateKey, m_windowState);
    s.setValue(MainSplitterKey, m_mainSplitter);
    s.setValue(CentralSplitterKey, m_centralSplitter);
    s.setValue(TableHeaderKey, m_tableHeaderState);
    s.sync();
}

void Settings::migrate(int fromVersion)
{
    // Version 1 is the first layout of keys; later versions convert here, step by step from fromVersion.
    Q_UNUSED(fromVersion)
}

QByteArray Settings::splitterState(const QString &name) const
{
    return name == QLatin1String("main") ? m_mainSplitter : m_centralSplitter;
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    (name == QLatin1String("main") ? m_mainSplitter : m_centralSplitter) = state;
}

void Settings::attach(ViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!m_state)
        return;
    restoreView();
    connect(m_state, &ViewState::themeChanged, this, &Settings::recordView);
    connect(m_state, &ViewState::dateBasisChanged, this, &Settings::recordView);
    connect(m_state, &ViewState::laneOrderChanged, this, &Settings::recordView);
}

void Settings::restoreView()
{
    if (!m_loaded || !m_state)
        return;
    // A value this version cannot read (edited by hand, or written by a newer caseline) leaves the default.
    const QSettings s;
    const std::optional<ThemeName> theme = ThemeNames::parse(s.value(ThemeKey).toString());
    DateBasis basis = DateBasis::Adopted;
    const bool hasBasis = parseDateBasis(s.value(DateBasisKey).toString(), &basis);
    const std::optional<TimelineLayout::LaneOrder> order = parseLaneOrder(s.value(LaneOrderKey).toString());
    // The views follow each of these as usual; only writing them back, half restored, is pointless.
    m_restoring = true;
    if (theme)
        m_state->setTheme(*theme);
    if (hasBasis)
        m_state->setDateBasis(basis);
    if (order)
        m_state->setLaneOrder(*order);
    m_restoring = false;
}

void Settings::recordView()
{
    if (!m_loaded || !m_state || m_restoring)
        return;
    QSettings s;
    s.setValue(ThemeKey, m_state->theme());
    s.setValue(DateBasisKey, dateBasisName(m_state->dateBasis()));
    s.setValue(LaneOrderKey, laneOrderName(m_state->laneOrder()));
}

QString Settings::lectureAudienceScreen() const
{
    return m_loaded ? QSettings().value(LectureScreenKey).toString() : QString();
}

void Settings::setLectureAudienceScreen(const QString &screenName)
{
    if (m_loaded)
        QSettings().setValue(LectureScreenKey, screenName);
}

QString Settings::language() const
{
    return m_loaded ? QSettings().value(LanguageKey).toString() : QString();
}

void Settings::setLanguage(const QString &code)
{
    if (m_loaded)
        QSettings().setValue(LanguageKey, code);
}

QString Settings::teamDatabase() const
{
    return m_loaded ? QSettings().value(TeamDatabaseKey).toString() : QString();
}

void Settings::setTeamDatabase(const QString &address)
{
    if (!m_loaded)
        return;
    QSettings s;
    s.setValue(TeamDatabaseKey, address);
    if (address.isEmpty())
        return;
    QStringList recent = recentTeamDatabases();
    recent.removeAll(address);
    recent.prepend(address);
    s.setValue(RecentTeamDatabasesKey, recent.mid(0, MaxRecentTeamDatabases));
}

QStringList Settings::recentTeamDatabases() const
{
    return m_loaded ? QSettings().value(RecentTeamDatabasesKey).toStringList() : QStringList();
}

ExportChoices Settings::exportChoices() const
{
    ExportChoices choices;
    if (!m_loaded)
        return choices;
    // Each value is checked as the view's are: one this version cannot read leaves the default.
    const QSettings s;
    choices.fileName = s.value(ExportFileKey).toString();
    const QString preset = s.value(ExportPresetKey).toString();
    if (preset == QLatin1String("custom") || ExportPresets::find(preset))
        choices.preset = preset;
    const std::optional<QSize> size = ImageSize::parse(s.value(ExportSizeKey).toString());
    if (size)
        choices.customSize = *size;
    const std::optional<int> dpi = ExportPresets::parseDpi(s.value(ExportDpiKey).toString());
    if (dpi)
        choices.customDpi = *dpi;
    if (const std::optional<ThemeName> theme = ThemeNames::parse(s.value(ExportThemeKey).toString()))
        choices.theme = ThemeNames::toString(*theme);
    choices.title = s.value(ExportTitleKey, choices.title).toBool();
    choices.citation = s.value(ExportCitationKey, choices.citation).toBool();
    choices.transparent = s.value(ExportTransparentKey, choices.transparent).toBool();
    return choices;
}

void Settings::setExportChoices(const ExportChoices &choices)
{
    if (!m_loaded)
        return;
    QSettings s;
    s.setValue(ExportFileKey, choices.fileName);
    s.setValue(ExportPresetKey, choices.preset);
    s.setValue(ExportSizeKey,
        QStringLiteral("%1x%2").arg(choices.customSize.width()).arg(choices.customSize.height()));
    s.setValue(ExportDpiKey, QString::number(choices.customDpi));
    s.setValue(ExportThemeKey, choices.theme);
    s.setValue(ExportTitleKey, choices.title);
    s.setValue(ExportCitationKey, choices.citation);
    s.setValue(ExportTransparentKey, choices.transparent);
}
