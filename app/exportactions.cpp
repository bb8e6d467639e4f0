// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "alttextfile.h"
#include "chartviewbase.h"
#include "citation.h"
#include "countrychartview.h"
#include "exportdialog.h"
#include "exportviews.h"
#include "imageexporter.h"
#include "settings.h"
#include "shownrows.h"
#include "theme.h"
#include "timelinerenderer.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "viewdescriptions.h"
#include "viewstate.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

ExportActions::ExportActions(QWidget *window, Settings *settings, ViewState *state, QAbstractItemModel *filtered,
    TimelineView *timeline, std::function<ChartViewBase *()> currentChart)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_state(state)
    , m_filtered(filtered)
    , m_timeline(timeline)
    , m_currentChart(std::move(currentChart))
{
    // The timeline is exported from a copy without the selection, the hover and the focus of the screen.
    const auto timelineCopy = [this] { return m_timeline->renderer().exportCopy(); };

    m_exportTimeline = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    UiLanguage::follow(m_exportTimeline, [this] { m_exportTimeline->setText(tr("Export &Timeline...")); });
    m_exportTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportTimeline, &QAction::triggered, this, [this, timelineCopy] {
        if (hasDecisions())
            exportView(*timelineCopy(), QStringLiteral("timeline"));
    });
    m_exportChart = new QAction(this);
    UiLanguage::follow(m_exportChart, [this] { m_exportChart->setText(tr("Export &Chart...")); });
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportChart, &QAction::triggered, this, [this] {
        if (hasDecisions())
            exportView(*m_currentChart(), chartName());
    });

    m_printTimeline = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    UiLanguage::follow(m_printTimeline, [this] { m_printTimeline->setText(tr("&Print Timeline...")); });
    m_printTimeline->setShortcut(QKeySequence::Print);
    connect(m_printTimeline, &QAction::triggered, this, [this, timelineCopy] {
        if (hasDecisions())
            printView(*timelineCopy(), QStringLiteral("timeline"));
    });
    m_printChart = new QAction(this);
    UiLanguage::follow(m_printChart, [this] { m_printChart->setText(tr("P&rint Chart...")); });
    m_printChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_printChart, &QAction::triggered, this, [this] {
        if (hasDecisions())
            printView(*m_currentChart(), chartName());
    });

    m_copyTimelineImage = new QAction(this);
    UiLanguage::follow(m_copyTimelineImage, [this] { m_copyTimelineImage->setText(tr("Copy Timeline &Image")); });
    m_copyTimelineImage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_copyTimelineImage, &QAction::triggered, this,
        [this, timelineCopy] { copyImage(*timelineCopy(), m_timeline->size()); });
    m_copyChartImage = new QAction(this);
    UiLanguage::follow(m_copyChartImage, [this] { m_copyChartImage->setText(tr("Copy C&hart Image")); });
    connect(m_copyChartImage, &QAction::triggered, this,
        [this] { copyImage(*m_currentChart(), m_currentChart()->size()); });

    m_copyCitation = new QAction(this);
    UiLanguage::follow(m_copyCitation, [this] { m_copyCitation->setText(tr("Copy Ci&tation")); });
    m_copyCitation->setObjectName(QStringLiteral("copyCitationAction"));
    m_copyCitation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    UiLanguage::follow(m_copyCitation, [this] { m_copyCitation->setToolTip(tr("Copy the source, data version and filters of what is shown, to quote with a figure")); });
    connect(m_copyCitation, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(citation());
        Q_EMIT message(tr("Citation copied to the clipboard"));
    });
}

DecisionTable ExportActions::shownDecisions() const
{
    return ShownRows::table(m_filtered);
}

QString ExportActions::citation() const
{
    return Citation::text(DatasetInfo::bundled(), m_filtered->rowCount(), m_state->dateBasis(), m_state->filter());
}

ExportFrame::Text ExportActions::defaultText(const QString &view) const
{
    return { ExportViews::defaultTitle(view),
        ExportViews::defaultSubtitle(shownDecisions(), m_state->filter(), m_state->dateBasis(), m_window->locale()),
        citation() };
}

ViewDescription ExportActions::description(const QString &view, int tableRows) const
{
    ExportViewOptions options;
    options.basis = m_state->dateBasis();
    options.from = m_state->filter().from;
    options.to = m_state->filter().to;
    options.locale = m_window->locale();
    return ViewDescriptions::describe(view, shownDecisions(), options, tableRows);
}

ExportChoices ExportActions::initialChoices(const QString &view) const
{
    ExportChoices choices = m_settings->exportChoices();
    const QFileInfo last(choices.fileName);
    const QString folder = choices.fileName.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
        : last.absolutePath();
    const QString suffix = ImageExporter::formatForFileName(choices.fileName) == ImageExporter::Format::Unknown
        ? QStringLiteral("png")
        : last.suffix().toLower();
    choices.fileName = QDir(folder).filePath(QStringLiteral("caseline-%1.%2").arg(view, suffix));
    const ExportFrame::Text text = defaultText(view);
    choices.titleText = text.title;
    choices.subtitle = text.subtitle;
    return choices;
}

QString ExportActions::write(const Renderable &view, const QString &name, const ExportChoices &choices) const
{
    const QString cited = citation();
    ExportFrame::Text text;
    if (choices.title) {
        text.title = choices.titleText;
        text.subtitle = choices.subtitle;
    }
    if (choices.citation)
        text.citation = cited;
    const ExportFrame framed(view, text);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OutputFile::Result written = ImageExporter::exportToFile(framed, choices.fileName, choices.canvas(),
        Theme::named(choices.theme),
        choices.transparent ? ImageExporter::Background::Transparent : ImageExporter::Background::Opaque);
    OutputFile::Result textWritten = written;
    if (written.ok())
        textWritten = AltTextFile::write(choices.fileName, description(name, AltTextFile::TableRows), cited);
    QApplication::restoreOverrideCursor();
    if (!written.ok())
        return written.error;
    if (!textWritten.ok())
        return tr("%1 was written, but not its text file: %2").arg(choices.fileName, textWritten.error);
    return {};
}

void ExportActions::exportView(const Renderable &view, const QString &name)
{
    ExportDialog dialog(name, initialChoices(name), m_window);
    dialog.setExporter([this, &view, &name](const ExportChoices &choices) { return write(view, name, choices); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoices choices = dialog.choices();
    m_settings->setExportChoices(choices);
    Q_EMIT message(tr("Exported %1, with its description and citation in %2")
                       .arg(choices.fileName, QFileInfo(AltTextFile::pathFor(choices.fileName)).fileName()));
}

void ExportActions::print(QPrinter *printer, const Renderable &view, const QString &name, const Theme &theme) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    // The views lay out in units of 1/96 inch, as in every export: type has its printed size at any resolution.
    const double scale = printer->resolution() / 96.0;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const ExportFrame framed(view, defaultText(name));
    framed.render(&painter, QRectF(0, 0, page.width() / scale, page.height() / scale), theme);
    painter.end();
}

void ExportActions::printView(const Renderable &view, const QString &name)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(ExportViews::defaultTitle(name));
    // Paper is white: the dark theme would spend a cartridge on its background. The projector's contrast prints well.
    const Theme theme = Theme::named(m_state->themeName() == ThemeName::Dark ? ThemeName::Light : m_state->themeName());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print %1").arg(name));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [this, &view, &name, &theme](QPrinter *target) { print(target, view, name, theme); });
    preview.exec();
}

void ExportActions::copyImage(const Renderable &view, const QSize &size)
{
    // The layout of the window's size at twice its pixels, so that a pasted slide stays sharp.
    const QImage image = ImageExporter::toImage(view, size, Theme::named(m_state->theme()), 2.0);
    QApplication::clipboard()->setImage(image);
    Q_EMIT message(tr("Image copied to the clipboard (%1 x %2)").arg(image.width()).arg(image.height()));
}

QString ExportActions::chartName() const
{
    return qobject_cast<const CountryChartView *>(m_currentChart()) ? QStringLiteral("countries")
                                                                   : QStringLiteral("cumulative");
}

bool ExportActions::hasDecisions()
{
    if (m_filtered->rowCount() > 0)
        return true;
    QMessageBox::information(m_window, tr("Nothing to export"),
        tr("No decision matches the filters. Clear or widen them (Edit > Clear Filters) to export a figure."));
    return false;
}
