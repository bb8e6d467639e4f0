// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lectureaudienceview.h"

#include "lecturedescription.h"
#include "lecturekeyhandling.h"
#include "lecturenavigator.h"
#include "reducedmotion.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>

namespace {

constexpr int GlideMilliseconds = 400;
constexpr int PointerStillMilliseconds = 1200;
constexpr int PointerFadeMilliseconds = 500;
constexpr int BadgeMilliseconds = 1800;

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

// The go-to list closes on Esc like a menu, and hands the keyboard back to the slide.
class GoToList final : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_G) {
            hide();
            parentWidget()->setFocus();
            return;
        }
        QListWidget::keyPressEvent(event);
        // Whatever the list leaves must not reach the slide behind it: Enter would go on to the next step.
        event->accept();
    }
};

} // namespace

LectureAudienceView::LectureAudienceView(
    std::shared_ptr<const LectureDeck> deck, LectureNavigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_deck(std::move(deck))
    , m_theme(Theme::named(ThemeName::Projector))
    , m_reducedMotion(ReducedMotion::systemPrefers())
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // The system pointer is too small to follow on a projector: the view draws its own.
    setCursor(Qt::BlankCursor);
    setWindowTitle(tr("caseline lecture"));
    m_slide.setDeck(m_deck);

    m_glide.setDuration(GlideMilliseconds);
    m_glide.setEasingCurve(QEasingCurve::InOutCubic);
    m_glide.setStartValue(0.0);
    m_glide.setEndValue(1.0);
    connect(&m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        m_visible = m_glideFrom + (m_glideTo - m_glideFrom) * t;
        m_slide.setVisibleDays(m_visible.x(), m_visible.y());
        update();
    });

    m_pointerStill.setSingleShot(true);
    connect(&m_pointerStill, &QTimer::timeout, this, [this] {
        if (m_reducedMotion) {
            m_pointerOpacity = 0;
            update();
            return;
        }
        m_pointerFade.start();
    });
    m_pointerFade.setDuration(PointerFadeMilliseconds);
    m_pointerFade.setStartValue(1.0);
    m_pointerFade.setEndValue(0.0);
    connect(&m_pointerFade, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_pointerOpacity = value.toDouble();
        update();
    });

    m_badgeTimer.setSingleShot(true);
    connect(&m_badgeTimer, &QTimer::timeout, this, [this] {
        m_badge.clear();
        update();
    });

    connect(m_navigator, &LectureNavigator::currentChanged, this, &LectureAudienceView::showStep);
    connect(m_navigator, &LectureNavigator::screenChanged, this, qOverload<>(&QWidget::update));
    connect(m_navigator, &LectureNavigator::typedNumberChanged, this, qOverload<>(&QWidget::update));
    connect(m_navigator, &LectureNavigator::autoAdvanceChanged, this, [this](bool on, int seconds) {
        m_badge = on ? tr("Advancing every %n second(s)", nullptr, seconds) : tr("Auto-advance off");
        m_badgeTimer.start(BadgeMilliseconds);
        update();
    });
    showStep(m_navigator->current());
}

LectureAudienceView::~LectureAudienceView() = default;

void LectureAudienceView::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void LectureAudienceView::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_slide.setLocale(locale);
    updateSpokenText();
    update();
}

void LectureAudienceView::updateSpokenText()
{
    const int index = m_navigator->current();
    const bool shown = m_deck && index >= 0 && index < m_deck->count();
    // Said aloud as each step comes, as the audience sees it change: Qt's setters send NameChanged and
    // DescriptionChanged themselves, and only while a screen reader listens (QAccessible::isActive()).
    setAccessibleName(shown ? LectureDescription::stepName(*m_deck, index, m_locale) : windowTitle());
    setAccessibleDescription(shown ? LectureDescription::spokenText(*m_deck, index, m_locale) : QString());
}

void LectureAudienceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateSpokenText();
    QWidget::changeEvent(event);
}

bool LectureAudienceView::goToListVisible() const
{
    return m_goTo && m_goTo->isVisible();
}

void LectureAudienceView::showStep(int index)
{
    m_slide.setStep(index);
    updateSpokenText();
    if (index < 0 || !m_deck)
        return;
    const LectureStep &step = m_deck->step(index);
    const QPair<double, double> days = LectureSlide::visibleDaysFor(step);
    const QPointF target(days.first, days.second);
    const bool first = m_visible.isNull();
    if (m_reducedMotion || first || !isVisible()) {
        m_glide.stop();
        m_visible = target;
    } else {
        // From wherever the timeline is now, even in the middle of a glide: a fast clicker never sees a jump.
        m_glideFrom = m_visible;
        m_glideTo = target;
        m_slide.setVisibleDays(m_visible.x(), m_visible.y());
        m_glide.stop();
        m_glide.start();
    }
    update();
}

void LectureAudienceView::windowAction(LectureKeys::Action action)
{
    switch (action) {
    case LectureKeys::Action::Help:
        m_helpVisible = !m_helpVisible;
        update();
        break;
    case LectureKeys::Action::GoTo:
        showGoToList();
        break;
    case LectureKeys::Action::PresenterView:
        Q_EMIT presenterViewRequested();
        break;
    case LectureKeys::Action::Leave:
        Q_EMIT leaveRequested();
        break;
    default:
        break;
    }
}

void LectureAudienceView::showGoToList()
{
    if (!m_deck || m_deck->isEmpty())
        return;
    if (!m_goTo) {
        m_goTo = new GoToList(this);
        m_goTo->setObjectName(QStringLiteral("lectureGoToList"));
        connect(m_goTo, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_navigator->jumpTo(m_goTo->row(item));
            m_goTo->hide();
            setFocus();
        });
    }
    m_goTo->clear();
    for (int i = 0; i < m_deck->count(); ++i)
        m_goTo->addItem(tr("%1. %2").arg(i + 1).arg(m_deck->stepLabel(i)));
    m_goTo->setFont(pixelFont(height() / 30.0));
    m_goTo->setGeometry(rect().adjusted(width() / 5, height() / 8, -width() / 5, -height() / 8));
    m_goTo->setCurrentRow(qMax(0, m_navigator->current()));
    m_goTo->show();
    m_goTo->raise();
    m_goTo->setFocus();
}

void LectureAudienceView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    switch (m_navigator->screen()) {
    case LectureNavigator::Screen::Black:
        painter.fillRect(rect(), Qt::black);
        return;
    case LectureNavigator::Screen::White:
        painter.fillRect(rect(), Qt::white);
        return;
    case LectureNavigator::Screen::Normal:
        break;
    }
    m_slide.render(&painter, rect(), m_theme);
    if (!m_navigator->typedNumber().isEmpty())
        paintBadge(&painter, tr("Go to step %1").arg(m_navigator->typedNumber()));
    else if (!m_badge.isEmpty())
        paintBadge(&painter, m_badge);
    if (m_helpVisible)
        paintHelp(&painter);
    paintPointer(&painter);
}

void LectureAudienceView::paintBadge(QPainter *painter, const QString &text) const
{
    const QFont font = pixelFont(height() / 25.0, true);
    const QFontMetricsF metrics(font);
    const double pad = height() / 60.0;
    QRectF box(0, 0, metrics.horizontalAdvance(text) + pad * 2, metrics.height() + pad);
    box.moveCenter(QPointF(width() / 2.0, height() / 12.0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_theme.text);
    painter->drawRoundedRect(box, pad, pad);
    painter->setPen(m_theme.background);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

void LectureAudienceView::paintHelp(QPainter *painter) const
{
    const QList<LectureKeys::HelpRow> rows = LectureKeys::helpRows();
    const double px = height() / 32.0;
    const QFont keysFont = pixelFont(px, true);
    const QFont textFont = pixelFont(px);
    const double lineHeight = px * 1.45;
    double keysWidth = 0;
    double textWidth = 0;
    for (const LectureKeys::HelpRow &row : rows) {
        keysWidth = qMax(keysWidth, QFontMetricsF(keysFont).horizontalAdvance(row.keys));
        textWidth = qMax(textWidth, QFontMetricsF(textFont).horizontalAdvance(row.action));
    }
    const double pad = px;
    QRectF box(0, 0, qMin(width() * 0.94, keysWidth + textWidth + pad * 4), lineHeight * rows.size() + pad * 2);
    box.moveCenter(QRectF(rect()).center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_theme.text, 2));
    painter->setBrush(m_theme.background);
    painter->drawRoundedRect(box, pad / 2, pad / 2);
    double y = box.top() + pad;
    const double keysRight = box.left() + pad + keysWidth;
    for (const LectureKeys::HelpRow &row : rows) {
        painter->setPen(m_theme.text);
        painter->setFont(keysFont);
        painter->drawText(QRectF(box.left() + pad, y, keysWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter, row.keys);
        painter->setFont(textFont);
        painter->drawText(QRectF(keysRight + pad * 2, y, box.right() - keysRight - pad * 3, lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, row.action);
        y += lineHeight;
    }
    painter->restore();
}

void LectureAudienceView::paintPointer(QPainter *painter) const
{
    if (m_pointerOpacity <= 0)
        return;
    // Yellow with a black and a white ring: visible on the light, dark and projector themes alike.
    const double r = height() / 36.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(m_pointerOpacity);
    painter->setPen(QPen(Qt::white, r * 0.35));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(m_pointer, r * 1.1, r * 1.1);
    painter->setPen(QPen(Qt::black, r * 0.18));
    painter->setBrush(QColor(255, 212, 0, 220));
    painter->drawEllipse(m_pointer, r, r);
    painter->restore();
}

void LectureAudienceView::keyPressEvent(QKeyEvent *event)
{
    // The keys overlay closes on any key, as the blackout does.
    if (m_helpVisible && event->key() != Qt::Key_Question && event->text() != QLatin1String("?")) {
        m_helpVisible = false;
        update();
        event->accept();
        return;
    }
    if (handleLectureKey(event, m_navigator, [this](LectureKeys::Action action) { windowAction(action); }))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void LectureAudienceView::mouseMoveEvent(QMouseEvent *event)
{
    m_pointer = event->position();
    m_pointerFade.stop();
    m_pointerOpacity = 1.0;
    m_pointerStill.start(PointerStillMilliseconds);
    update();
    QWidget::mouseMoveEvent(event);
}

void LectureAudienceView::resizeEvent(QResizeEvent *event)
{
    if (goToListVisible())
        m_goTo->setGeometry(rect().adjusted(width() / 5, height() / 8, -width() / 5, -height() / 8));
    QWidget::resizeEvent(event);
}
