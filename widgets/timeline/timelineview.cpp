// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "decisionmodel.h"
#include "timelineaccessible.h"
#include "timelineitems.h"
#include "timelinetooltip.h"
#include "uilanguage.h"
#include "viewstate.h"

#include <QAccessible>
#include <QAction>
#include <QFontInfo>
#include <QIcon>
#include <QItemSelectionModel>
#include <QPainter>

// The mouse, wheel, gesture and keyboard handlers are in timelineviewinput.cpp.

namespace {

constexpr double keyZoomFactor = 1.5;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    TimelineAccessible::installFactory();
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    UiLanguage::follow(this, [this] { setAccessibleName(tr("Timeline")); });
    setCursor(Qt::OpenHandCursor);

    const auto action = [this](const char *icon, const char *text, const QKeySequence &shortcut) {
        auto *a = new QAction(QIcon::fromTheme(QLatin1String(icon)), QString(), this);
        UiLanguage::follow(a, [a, text] { a->setText(tr(text)); });
        a->setShortcut(shortcut);
        return a;
    };
    m_zoomInAction = action("zoom-in", QT_TR_NOOP("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOutAction = action("zoom-out", QT_TR_NOOP("Zoom &Out"), QKeySequence::ZoomOut);
    m_fitAllAction = action("zoom-fit-best", QT_TR_NOOP("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomToSelectionAction
        = action("zoom-select", QT_TR_NOOP("Zoom to &Selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineView::zoomOut);
    connect(m_fitAllAction, &QAction::triggered, this, &TimelineView::fitAll);
    connect(m_zoomToSelectionAction, &QAction::triggered, this, &TimelineView::zoomToSelection);

    m_renderer.setLocale(locale());
    applyFont();
    updateActions();
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::invalidateItems);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::invalidateItems);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::invalidateItems);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &TimelineView::invalidateItems);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineView::invalidateItems);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::invalidateItems);
    }
    invalidateItems();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (m_selection == selectionModel)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selectionModel;
    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::currentChanged, this, &TimelineView::followSelection);
        connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TimelineView::followSelection);
        connect(m_selection, &QItemSelectionModel::modelChanged, this, &TimelineView::followSelection);
    }
    followSelection();
}

void TimelineView::setEmptyText(const QString &text)
{
    m_renderer.setEmptyText(text);
    update();
}

void TimelineView::setViewState(ViewState *state)
{
    if (m_state == state)
        return;
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (m_state) {
        connect(m_state, &ViewState::dateBasisChanged, this, &TimelineView::invalidateItems);
        connect(m_state, &ViewState::themeChanged, this, &TimelineView::applyTheme);
        connect(m_state, &ViewState::laneOrderChanged, this, &TimelineView::applyLaneOrder);
        connect(m_state, &ViewState::visibleRangeChanged, this, &TimelineView::followStateRange);
    }
    applyTheme();
    applyLaneOrder();
    invalidateItems();
    if (m_state)
        followStateRange(m_state->visibleFrom(), m_state->visibleTo());
}

void TimelineView::applyLaneOrder()
{
    const TimelineLayout::LaneOrder order = m_state ? m_state->laneOrder() : TimelineLayout::LaneOrder::FirstDecision;
    if (order == m_renderer.laneOrder())
        return;
    ensureBuilt();
    m_renderer.setLaneOrder(order);
    invalidateFrame();
}

void TimelineView::invalidateItems()
{
    m_itemsDirty = true;
    m_frameDirty = true;
    update();
}

void TimelineView::invalidateFrame()
{
    m_frameDirty = true;
    update();
}

DateBasis TimelineView::dateBasis() const
{
    return m_state ? m_state->dateBasis() : TimelineItems::dateBasisOf(m_model);
}

void TimelineView::ensureBuilt() const
{
    if (!m_itemsDirty)
        return;
    m_itemsDirty = false;
    m_frameDirty = true;
    m_renderer.setItems(m_itemCache.select(m_model, dateBasis()));
    m_renderer.setSelectedItem(m_renderer.layout().indexOfId(m_selectedId));
}

void TimelineView::ensureFrame() const
{
    ensureBuilt();
    if (!m_frameDirty && m_geometry.target == QRectF(rect()))
        return;
    m_geometry = m_renderer.geometry(QRectF(rect()), m_theme);
    m_frame = m_renderer.frame(m_geometry, m_theme);
    m_frameDirty = false;
}

void TimelineView::applyTheme()
{
    m_theme = Theme::named(m_state ? m_state->themeName() : ThemeName::Light);
    invalidateFrame();
}

void TimelineView::applyFont()
{
    m_renderer.setFontPixelSize(QFontInfo(font()).pixelSize());
    m_renderer.setFontFamily(font().family());
    invalidateFrame();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFont();
    else if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        // Dates and amounts follow the locale, the period labels ("GDPR in force from ...") the language.
        m_renderer.setLocale(locale());
        invalidateFrame();
    }
    QWidget::changeEvent(event);
}

void TimelineView::followSelection()
{
    if (!m_selection) {
        clearSelection();
        return;
    }
    QModelIndex index = m_selection->currentIndex();
    if (!index.isValid() || !m_selection->isSelected(index)) {
        const QModelIndexList rows = m_selection->selectedIndexes();
        index = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    const QString id
        = index.isValid() ? index.siblingAtColumn(0).data(DecisionModel::DecisionIdRole).toString() : QString();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    ensureBuilt();
    // The item of the selected row, found through the layout's index of rows when the selection is of the model the
    // items were made from (the window's one proxy); by id otherwise, a scan that compared a million ids.
    const TimelineLayout &layout = m_renderer.layout();
    int item = index.isValid() && index.model() == m_model.data() ? layout.indexOfRow(index.row()) : -1;
    if (item >= 0 && layout.item(item).id != id)
        item = -1;
    if (item < 0 && !id.isEmpty())
        item = layout.indexOfId(id);
    m_renderer.setSelectedItem(item);
    // A selection made elsewhere (the table, the detail panel) brings the decision into view.
    if (!m_selecting && item >= 0)
        ensureItemVisible(item);
    updateActions();
    invalidateFrame();
    announceSelection();
}

void TimelineView::selectItem(int item)
{
    ensureBuilt();
    if (item < 0 || item >= m_renderer.layout().itemCount())
        return;
    const TimelineItem &it = m_renderer.layout().item(item);
    const int row = m_renderer.layout().rowOfItem(item);
    if (m_selection && m_model && row >= 0 && row < m_model->rowCount()) {
        m_selecting = true;
        m_selection->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_selecting = false;
    } else {
        m_selectedId = it.id;
        m_renderer.setSelectedItem(item);
        updateActions();
        announceSelection();
    }
    ensureItemVisible(item);
    invalidateFrame();
}

void TimelineView::clearSelection()
{
    if (m_selection && m_selection->hasSelection()) {
        m_selection->clearSelection();
        m_selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    const bool had = !m_selectedId.isEmpty();
    m_selectedId.clear();
    m_renderer.setSelectedItem(-1);
    updateActions();
    invalidateFrame();
    if (had)
        announceSelection();
}

void TimelineView::announceSelection()
{
    // A selection made in the table must not pull a screen reader to the timeline: only while the keyboard is here.
    if (!QAccessible::isActive() || !hasFocus())
        return;
    ensureBuilt();
    const int position = m_renderer.layout().timePositionOf(m_renderer.selectedItem());
    QAccessibleEvent focus(this, QAccessible::Focus);
    if (position >= 0)
        focus.setChild(position);
    QAccessible::updateAccessibility(&focus);
    if (position < 0)
        return;
    // Qt 6.4 has no announcement event. A screen reader says an item when it gets the focus, and says it again when
    // its name changes: this makes it speak also where its focus was on the item already (a click on the
    // selected decision after the table had the keyboard).
    QAccessibleEvent name(this, QAccessible::NameChanged);
    name.setChild(position);
    QAccessible::updateAccessibility(&name);
}

void TimelineView::ensureItemVisible(int item)
{
    TimelineScale scale = m_renderer.scale();
    if (scale.ensureVisible(double(m_renderer.layout().item(item).day) + 0.5, 0.03))
        setVisibleDays(scale.fromDay(), scale.toDay());
}

void TimelineView::followStateRange(const QDate &from, const QDate &to)
{
    if (m_writingRange)
        return;
    // Someone else moved the range (Back, a chart): the next wheel notch starts a gesture of its own.
    m_zoomGesture.invalidate();
    ensureBuilt();
    if (!from.isValid() || !to.isValid()) {
        if (m_renderer.isFitAll())
            return;
        m_renderer.fitAll();
    } else {
        if (from == visibleFrom() && to == visibleTo())
            return;
        m_renderer.setVisibleRange(from, to);
    }
    invalidateFrame();
    Q_EMIT visibleRangeChanged(visibleFrom(), visibleTo());
}

void TimelineView::setVisibleDays(double from, double to, ViewState::RangeChange change)
{
    m_renderer.setVisibleDays(from, to);
    rangeChanged(change);
}

void TimelineView::rangeChanged(ViewState::RangeChange change)
{
    if (change == ViewState::RangeChange::NewStep)
        m_zoomGesture.invalidate();
    invalidateFrame();
    const QDate from = visibleFrom();
    const QDate to = visibleTo();
    if (m_state) {
        m_writingRange = true;
        // "Fit everything" is written as null dates: the charts then fit their own data too.
        if (m_renderer.isFitAll())
            m_state->setVisibleRange(QDate(), QDate(), change);
        else
            m_state->setVisibleRange(from, to, change);
        m_writingRange = false;
    }
    Q_EMIT visibleRangeChanged(from, to);
}

void TimelineView::zoomAround(double factor, double x, ViewState::RangeChange change)
{
    ensureFrame();
    TimelineScale scale = m_renderer.scaleFor(m_geometry);
    scale.zoom(factor, x);
    setVisibleDays(scale.fromDay(), scale.toDay(), change);
}

double TimelineView::anchorX() const
{
    ensureFrame();
    // Keyboard zoom keeps the selected decision in place when it is in view, else the middle.
    const int marker = m_frame.markerOfItem(m_renderer.selectedItem());
    if (marker >= 0)
        return m_frame.markers().at(marker).centre.x();
    return m_geometry.plot.center().x();
}

void TimelineView::zoomIn()
{
    zoomAround(keyZoomFactor, anchorX());
}

void TimelineView::zoomOut()
{
    zoomAround(1 / keyZoomFactor, anchorX());
}

void TimelineView::fitAll()
{
    ensureBuilt();
    m_renderer.fitAll();
    rangeChanged();
}

void TimelineView::zoomToSelection()
{
    ensureBuilt();
    double from = 0;
    double to = 0;
    if (m_renderer.layout().relatedSpan(m_renderer.selectedItem(), &from, &to))
        setVisibleDays(from, to);
}

void TimelineView::updateActions()
{
    m_zoomToSelectionAction->setEnabled(!m_selectedId.isEmpty());
}

int TimelineView::itemAt(const QPoint &pos, int *marker) const
{
    ensureFrame();
    const int index = m_frame.markerAt(QPointF(pos), 3);
    if (marker)
        *marker = index;
    if (index < 0)
        return -1;
    return m_frame.markers().at(index).item;
}

std::optional<QPointF> TimelineView::markerPosition(const QString &id) const
{
    ensureFrame();
    const int marker = m_frame.markerOfItem(m_renderer.layout().indexOfId(id));
    if (marker < 0)
        return std::nullopt;
    const QPointF centre = m_frame.markers().at(marker).centre;
    if (!m_geometry.plot.contains(centre))
        return std::nullopt;
    return centre;
}

std::optional<QRectF> TimelineView::markerRect(const QString &id) const
{
    const std::optional<QPointF> centre = markerPosition(id);
    if (!centre)
        return std::nullopt;
    const double radius = m_frame.markers().at(m_frame.markerOfItem(m_renderer.layout().indexOfId(id))).radius;
    return QRectF(centre->x() - radius, centre->y() - radius, 2 * radius, 2 * radius);
}

bool TimelineView::isClustered(const QString &id) const
{
    ensureFrame();
    const int marker = m_frame.markerOfItem(m_renderer.layout().indexOfId(id));
    return marker >= 0 && m_frame.markers().at(marker).isCluster();
}

QString TimelineView::decisionIdAt(const QPoint &pos) const
{
    const int item = itemAt(pos);
    return item < 0 ? QString() : m_renderer.layout().item(item).id;
}

QString TimelineView::toolTipTextAt(const QPoint &pos) const
{
    int marker = -1;
    itemAt(pos, &marker);
    return marker < 0 ? QString() : TimelineToolTip::text(m_renderer.layout(), m_frame.markers().at(marker), locale());
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    ensureFrame();
    QPainter painter(this);
    m_renderer.paint(&painter, m_geometry, m_frame, m_theme);
    if (m_drag == Drag::AxisRange) {
        const double left = qMin(m_rangeStartX, m_rangeEndX);
        const double right = qMax(m_rangeStartX, m_rangeEndX);
        const QRectF band(left, m_geometry.axis.top(), right - left, m_geometry.plot.bottom() - m_geometry.axis.top());
        QColor fill = m_theme.accent;
        fill.setAlpha(50);
        painter.fillRect(band, fill);
        painter.setPen(QPen(m_theme.accent, 1.5));
        painter.drawLine(QPointF(left, band.top()), QPointF(left, band.bottom()));
        painter.drawLine(QPointF(right, band.top()), QPointF(right, band.bottom()));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    invalidateFrame();
    QWidget::resizeEvent(event);
}
