// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartviewbase.h"

#include "chartbuilder.h"
#include "chartcanvas.h"
#include "chartinteraction.h"
#include "decisionmodel.h"
#include "shownrows.h"
#include "plaintext.h"
#include "theme.h"
#include "viewstate.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <functional>
#include <utility>

ChartViewBase::ChartViewBase(QWidget *parent) : QWidget(parent)
{
    auto *view = new ChartCanvas(this);
    // The chart's x mapping is the timeline's scale: pixels become days, and the wheel zooms as on the timeline.
    view->spanSelected = [this](qreal left, qreal right) {
        const TimelineScale scale = ChartBuilder::timeScale(chart());
        zoomToDays(scale.dayForX(left), scale.dayForX(right));
    };
    view->wheelZoomed = [this](qreal factor, qreal anchorX) {
        TimelineScale scale = ChartBuilder::timeScale(chart());
        scale.zoom(factor, anchorX);
        zoomToDays(scale.fromDay(), scale.toDay());
    };
    view->keyPressed = [this](QKeyEvent *event) { return handleKey(event); };
    view->focusEntered = [this] {
        // The keyboard arrives on the selected decision's item when it has one, and is said where it is.
        const int selected = itemOfDecision(m_selectedId);
        if (selected >= 0 && itemDecisionId(currentItem()) != m_selectedId)
            m_currentKey = itemKey(selected);
        if (currentItem() >= 0 && QAccessible::isActive())
            QMetaObject::invokeMethod(this, &ChartViewBase::announceCurrentItem, Qt::QueuedConnection);
    };
    m_view = view;
    m_view->setRenderHint(QPainter::Antialiasing);
    // Marks drawn as images (a chart of many days) are scaled down smoothly.
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setFrameShape(QFrame::NoFrame);

    m_fitButton = new QToolButton(this);
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the whole time range (drag across the chart or use Ctrl+wheel to zoom in)"));
    connect(m_fitButton, &QToolButton::clicked, this, &ChartViewBase::fitRange);
    m_linkBox = new QCheckBox(tr("Follow the timeline"), this);
    m_linkBox->setChecked(m_linked);
    m_linkBox->setToolTip(tr("Show the timeline's time range; zooming here zooms the timeline too"));
    connect(m_linkBox, &QCheckBox::toggled, this, &ChartViewBase::setLinkedToTimeline);

    m_controls = new QHBoxLayout;
    m_controls->setContentsMargins(4, 2, 4, 0);
    m_controls->addStretch(1);
    m_controls->addWidget(m_fitButton);
    m_controls->addWidget(m_linkBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_controls);
    layout->addWidget(m_view, 1);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ChartViewBase::applyPending);
    // Small enough that a 1280x720 window still gives the timeline two thirds of its height.
    setMinimumSize(320, 160);
    updateTabOrder();
}

ChartViewBase::~ChartViewBase()
{
    m_rebuildTimer.stop();
    // The chart's handlers call back into this widget: the chart goes first, and finds no view to call back.
    delete std::exchange(m_view, nullptr);
}

void ChartViewBase::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        const auto changed = [this]() {
            m_reloadPending = true;
            scheduleRebuild();
        };
        m_modelConnections << connect(m_model, &QAbstractItemModel::modelReset, this, changed)
                           << connect(m_model, &QAbstractItemModel::rowsInserted, this, changed)
                           << connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed)
                           << connect(m_model, &QAbstractItemModel::rowsMoved, this, changed)
                           << connect(m_model, &QAbstractItemModel::layoutChanged, this, changed)
                           << connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    }
    m_reloadPending = true;
    // Built when the event loop turns and the chart is shown, not here: the window sets up both charts at
    // start-up while their tabs are hidden.
    scheduleRebuild();
}

void ChartViewBase::setSelectionModel(QItemSelectionModel *selectionModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    m_selection = selectionModel;
    if (m_selection) {
        m_selectionConnections << connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                                      &ChartViewBase::updateSelectedId)
                               << connect(m_selection, &QItemSelectionModel::currentChanged, this,
                                      &ChartViewBase::updateSelectedId);
    }
    updateSelectedId();
}

void ChartViewBase::setViewState(ViewState *state)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_stateConnections))
        disconnect(connection);
    m_stateConnections.clear();
    m_state = state;
    if (m_state) {
        m_stateConnections << connect(m_state, &ViewState::dateBasisChanged, this, &ChartViewBase::scheduleRebuild)
                           << connect(m_state, &ViewState::themeChanged, this, &ChartViewBase::scheduleRebuild)
                           << connect(m_state, &ViewState::visibleRangeChanged, this, [this]() {
                                  if (m_linked)
                                      scheduleRangeUpdate();
                              });
    }
    scheduleRebuild();
}

void ChartViewBase::setLinkedToTimeline(bool linked)
{
    if (linked == m_linked)
        return;
    m_linked = linked;
    {
        const QSignalBlocker blocker(m_linkBox);
        m_linkBox->setChecked(linked);
    }
    // Unlinking keeps what is shown until the user zooms on their own.
    if (!linked && m_state) {
        m_localFrom = m_state->visibleFrom();
        m_localTo = m_state->visibleTo();
    }
    scheduleRangeUpdate();
    Q_EMIT linkedToTimelineChanged(linked);
}

DateBasis ChartViewBase::dateBasis() const
{
    return m_state ? m_state->dateBasis() : DateBasis::Adopted;
}

Theme ChartViewBase::theme() const
{
    return Theme::named(m_state ? m_state->theme() : QStringLiteral("light"));
}

QWidget *ChartViewBase::chartViewport() const
{
    return m_view ? m_view->viewport() : nullptr;
}

QWidget *ChartViewBase::chartCanvas() const
{
    return m_view;
}

QAbstractItemModel *ChartViewBase::model() const
{
    return m_model;
}

int ChartViewBase::currentItem() const
{
    return m_currentKey.isEmpty() ? -1 : indexOfItemKey(m_currentKey);
}

void ChartViewBase::setCurrentItem(int index)
{
    const QString key = index >= 0 && index < itemCount() ? itemKey(index) : QString();
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    if (m_view)
        m_view->viewport()->update();
    if (index >= 0)
        itemBecameCurrent(index);
    announceCurrentItem();
}

QString ChartViewBase::itemDecisionId(int) const
{
    return QString();
}

int ChartViewBase::itemOfDecision(const QString &) const
{
    return -1;
}

void ChartViewBase::itemBecameCurrent(int) { }

void ChartViewBase::activateItem(int) { }

bool ChartViewBase::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & ~Qt::KeypadModifier)
        return false;
    const int count = itemCount();
    int current = currentItem();
    // A decision selected elsewhere (the timeline, the table) is where the keyboard goes on from.
    if (!m_selectedId.isEmpty() && itemDecisionId(current) != m_selectedId) {
        const int selected = itemOfDecision(m_selectedId);
        if (selected >= 0)
            current = selected;
    }
    // Keep in step with keyHelp().
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (count > 0)
            setCurrentItem(current < 0 ? 0 : std::min(current + 1, count - 1));
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (count > 0)
            setCurrentItem(current < 0 ? count - 1 : std::max(current - 1, 0));
        return true;
    case Qt::Key_Home:
        if (count > 0)
            setCurrentItem(0);
        return true;
    case Qt::Key_End:
        if (count > 0)
            setCurrentItem(count - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            activateItem(current);
        return true;
    default:
        return false;
    }
}

KeyHelpSection ChartViewBase::keyHelp()
{
    const auto keys = &KeyHelp::names;
    return { tr("Charts"),
        { { keys({ Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down }),
              tr("Previous or next item: a step of the cumulative chart, a country or an authority") },
            { keys({ Qt::Key_Home, Qt::Key_End }), tr("First or last item") },
            { keys({ Qt::Key_Return }), tr("Select the decision of a step of the cumulative chart") } } };
}

void ChartViewBase::announceCurrentItem()
{
    if (!m_view || !QAccessible::isActive() || !m_view->hasFocus())
        return;
    const int current = currentItem();
    QAccessibleEvent focus(m_view, QAccessible::Focus);
    if (current >= 0)
        focus.setChild(current);
    QAccessible::updateAccessibility(&focus);
    if (current < 0)
        return;
    // Qt 6.4 has no announcement event: a changed name makes a screen reader say the item again.
    QAccessibleEvent name(m_view, QAccessible::NameChanged);
    name.setChild(current);
    QAccessible::updateAccessibility(&name);
}

QDate ChartViewBase::rangeFrom() const
{
    return m_linked && m_state ? m_state->visibleFrom() : m_localFrom;
}

QDate ChartViewBase::rangeTo() const
{
    return m_linked && m_state ? m_state->visibleTo() : m_localTo;
}

QChart *ChartViewBase::chart() const
{
    return m_view ? m_view->chart() : nullptr;
}

void ChartViewBase::addControl(QWidget *control)
{
    m_controls->insertWidget(m_controls->count() - 3, control);
    updateTabOrder();
}

void ChartViewBase::updateTabOrder()
{
    // As they are read: the controls from the left, then the chart under them.
    QList<QWidget *> order;
    for (int i = 0; i < m_controls->count(); ++i) {
        if (QWidget *widget = m_controls->itemAt(i)->widget())
            order << widget;
    }
    order << m_view;
    for (int i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

QPoint ChartViewBase::viewportPosition(const QPointF &chartPosition) const
{
    if (!m_view || !m_view->chart())
        return QPoint();
    return m_view->mapFromScene(m_view->chart()->mapToScene(chartPosition));
}

void ChartViewBase::refresh()
{
    m_rebuildTimer.stop();
    m_pending = 0;
    rebuild();
}

void ChartViewBase::scheduleRebuild()
{
    m_pending |= Rebuild;
    m_rendererStale = true;
    m_rebuildTimer.start();
}

void ChartViewBase::scheduleRangeUpdate()
{
    m_pending |= RangeChange;
    m_rendererStale = true;
    m_rebuildTimer.start();
}

void ChartViewBase::scheduleSelectionUpdate()
{
    m_pending |= SelectionChange;
    m_rendererStale = true;
    m_rebuildTimer.start();
}

void ChartViewBase::applyPending()
{
    // A chart on a tab nobody looks at is not built: at 100,000 decisions the two charts cost a second at start-up
    // and on every filter change. It catches up when shown (showEvent), and an export brings its data up to date
    // first (bringUpToDate).
    if (!isVisible() && m_pending != 0)
        return;
    const int pending = std::exchange(m_pending, 0);
    if ((pending & Rebuild) || !chart()) {
        rebuild();
        return;
    }
    // A pan or a click elsewhere moves the axis and a few points: rebuilding would redo every series, label and
    // connection, and flicker.
    if (pending & RangeChange)
        updateRange(chart());
    if (pending & SelectionChange)
        updateSelection(chart());
    m_rendererStale = false;
}

void ChartViewBase::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending != 0)
        m_rebuildTimer.start();
}

void ChartViewBase::bringUpToDate() const
{
    // Exporting, printing or copying a chart whose tab was never shown: its renderer gets the current data, without
    // building the on-screen chart. Logically const: what is drawn is what the model holds.
    auto *self = const_cast<ChartViewBase *>(this);
    if (!self->m_reloadPending && !self->m_rendererStale)
        return;
    if (self->m_reloadPending)
        self->reloadDecisions();
    self->updateRenderer();
    self->m_rendererStale = false;
}

void ChartViewBase::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange)
        scheduleRebuild();
}

void ChartViewBase::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The chart rescales itself; only the number of time ticks and named steps depend on the width.
    if (std::abs(m_view->width() - m_builtWidth) > m_builtWidth * 0.2)
        scheduleRebuild();
}

void ChartViewBase::reloadDecisions()
{
    m_reloadPending = false;
    m_decisions.clear();
    if (!m_model)
        return;
    // Each row copied once from the DecisionModel under the proxies (as TimelineItems reads them) rather than three
    // times through a QVariant: at 100,000 decisions that was most of a chart's rebuild.
    const ShownRows shown = ShownRows::of(m_model);
    const int rows = m_model->rowCount();
    m_decisions.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if (shown.decisions) {
            if (const int sourceRow = shown.sourceRows.at(row); sourceRow >= 0)
                m_decisions.append(shown.decisions->decisionAt(sourceRow));
            continue;
        }
        const QVariant value = m_model->index(row, 0).data(DecisionModel::DecisionRole);
        if (value.canConvert<Decision>())
            m_decisions.append(value.value<Decision>());
    }
}

void ChartViewBase::rebuild()
{
    if (!m_view)
        return;
    if (m_reloadPending)
        reloadDecisions();
    updateRenderer();
    m_rendererStale = false;
    const Theme current = theme();
    ChartInteraction interaction;
    interaction.clicked = [this](const QString &id) { activateDecision(id); };
    interaction.hovered = [this](const QString &text) { showHover(text); };
    interaction.selectedId = m_selectedId;
    m_builtWidth = m_view->width();
    QChart *old = m_view->chart();
    m_view->setChart(createChart(current, font(), m_builtWidth, interaction));
    m_view->setBackgroundBrush(current.background);
    // The old chart may be the one whose signal led here; it goes once that signal has returned.
    if (old)
        old->deleteLater();
}

void ChartViewBase::zoomToDays(double fromDay, double toDay)
{
    // Bars have no time axis: nothing to zoom.
    if (!ChartBuilder::timeAxis(chart()))
        return;
    const TimelineScale span(std::min(fromDay, toDay), std::max(fromDay, toDay), 0, 1);
    const QDate from = span.visibleFromDate();
    const QDate to = span.visibleToDate();
    if (from.daysTo(to) < 1)
        return;
    if (m_linked && m_state) {
        m_state->setVisibleRange(from, to);
        return;
    }
    m_localFrom = from;
    m_localTo = to;
    scheduleRangeUpdate();
}

void ChartViewBase::fitRange()
{
    if (m_linked && m_state) {
        m_state->setVisibleRange(QDate(), QDate());
        return;
    }
    m_localFrom = QDate();
    m_localTo = QDate();
    scheduleRangeUpdate();
}

void ChartViewBase::activateDecision(const QString &decisionId)
{
    Q_EMIT decisionClicked(decisionId);
    selectDecision(decisionId);
}

void ChartViewBase::selectDecision(const QString &decisionId)
{
    if (!m_selection || !m_selection->model())
        return;
    const QAbstractItemModel *model = m_selection->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DecisionModel::DecisionIdRole).toString() == decisionId) {
            m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void ChartViewBase::showHover(const QString &text)
{
    m_hoverText = PlainText::toolTip(text);
    if (!m_view)
        return;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), m_hoverText, m_view);
}

void ChartViewBase::updateSelectedId()
{
    QString id;
    if (m_selection) {
        const QModelIndexList rows = m_selection->selectedRows();
        const QModelIndex index = rows.isEmpty() ? m_selection->currentIndex() : rows.constFirst();
        id = index.data(DecisionModel::DecisionIdRole).toString();
    }
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    scheduleSelectionUpdate();
}
