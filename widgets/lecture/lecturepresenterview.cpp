// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturepresenterview.h"

#include "lecturekeyhandling.h"
#include "lecturenavigator.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTime>
#include <QVBoxLayout>

LectureSlidePreview::LectureSlidePreview(std::shared_ptr<const LectureDeck> deck, QWidget *parent)
    : QWidget(parent)
    , m_theme(Theme::named(ThemeName::Projector))
{
    m_slide.setDeck(std::move(deck));
    setMinimumSize(192, 108);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LectureSlidePreview::setStep(int index)
{
    m_slide.setStep(index);
    update();
}

void LectureSlidePreview::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void LectureSlidePreview::setLocale(const QLocale &locale)
{
    m_slide.setLocale(locale);
    update();
}

void LectureSlidePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    // The audience's 16:9, whatever this pane's shape: the preview shows what the hall sees.
    QSizeF size(width(), width() * 9.0 / 16.0);
    if (size.height() > height())
        size = QSizeF(height() * 16.0 / 9.0, height());
    QRectF target(QPointF(0, 0), size);
    target.moveCenter(QRectF(rect()).center());
    if (m_slide.step() < 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(target, Qt::AlignCenter, tr("End of the lecture"));
        return;
    }
    m_slide.render(&painter, target, m_theme);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}

LecturePresenterView::LecturePresenterView(
    std::shared_ptr<const LectureDeck> deck, LectureNavigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_navigator(navigator)
    , m_deck(std::move(deck))
{
    setWindowTitle(tr("caseline lecture: presenter view"));
    setFocusPolicy(Qt::StrongFocus);

    m_current = new LectureSlidePreview(m_deck, this);
    m_next = new LectureSlidePreview(m_deck, this);
    m_current->setAccessibleName(tr("Current step"));
    m_next->setAccessibleName(tr("Next step"));

    m_counter = new QLabel(this);
    m_elapsed = new QLabel(this);
    m_clock = new QLabel(this);
    m_elapsed->setToolTip(tr("Time since the lecture began"));
    m_clock->setToolTip(tr("The time now"));
    m_nextLabel = new QLabel(tr("Next"), this);

    m_notes = new QPlainTextEdit(this);
    m_notes->setReadOnly(true);
    m_notes->setAccessibleName(tr("Speaker notes"));
    m_notes->setFocusPolicy(Qt::NoFocus);

    m_steps = new QListWidget(this);
    m_steps->setAccessibleName(tr("Steps"));
    for (int i = 0; i < m_deck->count(); ++i)
        m_steps->addItem(tr("%1. %2").arg(i + 1).arg(m_deck->stepLabel(i)));
    connect(m_steps, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { m_navigator->jumpTo(m_steps->row(item)); });
    // The list's own arrow keys would fight the lecture's: it takes clicks and Enter, the keys stay the lecture's.
    m_steps->installEventFilter(this);

    auto *times = new QHBoxLayout;
    times->addWidget(m_counter);
    times->addStretch();
    times->addWidget(m_elapsed);
    times->addSpacing(24);
    times->addWidget(m_clock);

    auto *nextColumn = new QVBoxLayout;
    nextColumn->addWidget(m_nextLabel);
    nextColumn->addWidget(m_next, 1);
    nextColumn->addWidget(m_steps, 2);

    auto *grid = new QGridLayout(this);
    grid->addLayout(times, 0, 0, 1, 2);
    grid->addWidget(m_current, 1, 0);
    grid->addLayout(nextColumn, 1, 1, 2, 1);
    grid->addWidget(m_notes, 2, 0);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);

    connect(m_navigator, &LectureNavigator::currentChanged, this, &LecturePresenterView::showStep);
    m_sinceStart.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LecturePresenterView::tick);
    m_ticker.start();
    showStep(m_navigator->current());
    tick();
}

LecturePresenterView::~LecturePresenterView() = default;

void LecturePresenterView::setTheme(const Theme &theme)
{
    m_current->setTheme(theme);
    m_next->setTheme(theme);
}

void LecturePresenterView::setLocale(const QLocale &locale)
{
    m_current->setLocale(locale);
    m_next->setLocale(locale);
}

QString LecturePresenterView::notesText() const
{
    return m_notes->toPlainText();
}

QString LecturePresenterView::elapsedText() const
{
    return m_elapsed->text();
}

QString LecturePresenterView::counterText() const
{
    return m_counter->text();
}

void LecturePresenterView::showStep(int index)
{
    m_current->setStep(index);
    const bool hasNext = index >= 0 && index + 1 < m_deck->count();
    m_next->setStep(hasNext ? index + 1 : -1);
    m_counter->setText(index >= 0 ? LectureDeck::counterText(index, m_deck->count()) : QString());
    // Notes as plain text: a script from a colleague cannot run markup on the presenter's screen.
    QString notes = index >= 0 ? m_deck->step(index).notes : QString();
    if (index >= 0 && m_deck->step(index).kind == LectureStep::Kind::Decision) {
        const Decision &d = m_deck->step(index).decision;
        if (!d.dateNotes.isEmpty())
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("Date: %1").arg(d.dateNotes);
        for (const QString &detail : d.lowConfidenceDetails)
            notes += QStringLiteral("\n") + tr("Uncertain: %1").arg(detail);
    }
    m_notes->setPlainText(notes);
    if (index >= 0) {
        m_steps->setCurrentRow(index);
        m_steps->scrollToItem(m_steps->item(index), QAbstractItemView::PositionAtCenter);
    }
}

void LecturePresenterView::tick()
{
    const qint64 seconds = m_sinceStart.elapsed() / 1000;
    m_elapsed->setText(QStringLiteral("%1:%2:%3")
                           .arg(seconds / 3600)
                           .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_clock->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
}

void LecturePresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Type follows the window, as on the audience's screen: a 4K laptop without scaling gets notes it can read at
    // a glance, a small window keeps its list usable.
    const double h = height();
    const auto sized = [](QFont font, double pixels, bool bold) {
        font.setPixelSize(qMax(11, qRound(pixels)));
        font.setBold(bold);
        return font;
    };
    for (QLabel *label : {m_counter, m_elapsed, m_clock})
        label->setFont(sized(label->font(), h / 22, true));
    m_nextLabel->setFont(sized(m_nextLabel->font(), h / 45, true));
    m_notes->setFont(sized(m_notes->font(), h / 38, false));
    m_steps->setFont(sized(m_steps->font(), h / 52, false));
    // The labels' heights follow their new type now, not at the next event loop turn (a screenshot is drawn first).
    layout()->activate();
}

void LecturePresenterView::keyPressEvent(QKeyEvent *event)
{
    if (handleLectureKey(event, m_navigator, [this](LectureKeys::Action action) { Q_EMIT windowActionRequested(action); }))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool LecturePresenterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_steps && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) {
            keyPressEvent(key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
