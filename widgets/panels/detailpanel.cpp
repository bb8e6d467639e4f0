// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"

#include "detailhtml.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// Long texts (facts, notes, sources) are read here, also from a distance in a lecture: never below this size.
constexpr qreal MinimumPointSize = 10.5;

} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    // Links are handled in openLink(): the browser itself never navigates nor hands a URL to the system.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Decision details"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPanel::openLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    updateFont();
    render();
}

void DetailPanel::setDecision(const Decision &decision, const QList<Decision> &related)
{
    m_decision = decision;
    m_related = related;
    render();
    m_browser->verticalScrollBar()->setValue(0);
}

void DetailPanel::clear()
{
    m_decision.reset();
    m_related.clear();
    render();
}

QString DetailPanel::decisionId() const
{
    return m_decision ? m_decision->id : QString();
}

QString DetailPanel::plainText() const
{
    return m_browser->toPlainText();
}

void DetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateFont();
        break;
    // The document carries palette colours and locale-formatted amounts: rebuild it for a new theme or language.
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        render();
        break;
    default:
        break;
    }
}

void DetailPanel::render()
{
    const DetailHtml builder(locale(), palette());
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(m_decision ? builder.build(*m_decision, m_related) : builder.hint());
    m_browser->verticalScrollBar()->setValue(scroll);
}

void DetailPanel::updateFont()
{
    QFont readable = font();
    if (readable.pointSizeF() > 0 && readable.pointSizeF() < MinimumPointSize)
        readable.setPointSizeF(MinimumPointSize);
    m_browser->setFont(readable);
}

void DetailPanel::openLink(const QUrl &url)
{
    const QString id = DetailHtml::decisionId(url);
    if (!id.isEmpty()) {
        Q_EMIT relatedDecisionActivated(id);
        return;
    }
    // Checked again here, not only when building the HTML: nothing but http and https is ever opened.
    if (DetailHtml::isWebUrl(url))
        QDesktopServices::openUrl(url);
}
