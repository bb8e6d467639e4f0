// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <functional>

// Answers the modal dialogs a test's action opens, in order, as a user would. A dialog nobody expected is
// cancelled and recorded, so that a test fails rather than hangs.
class ModalAnswers final
{
public:
    using Answer = std::function<bool(QWidget *)>;

    ModalAnswers()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }

    void expect(const Answer &answer) { m_answers.append(answer); }
    int pending() const { return int(m_answers.size()); }
    QStringList unexpected() const { return m_unexpected; }

    // Presses the standard button of the next message box; its text and details go to `text` and `details`.
    void pressButton(QMessageBox::StandardButton button, QString *text = nullptr, QString *details = nullptr)
    {
        expect([=](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->button(button))
                return false;
            record(box, text, details);
            box->button(button)->click();
            return true;
        });
    }
    // Presses the button labelled `label` (without '&') of the next message box.
    void pressButton(const QString &label, QString *text = nullptr)
    {
        expect([=](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box)
                return false;
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *b : buttons) {
                if (b->text().remove(QLatin1Char('&')) == label) {
                    record(box, text, nullptr);
                    b->click();
                    return true;
                }
            }
            return false;
        });
    }
    // Types `name` into the next name dialog (or keeps its suggestion when `name` is null) and presses OK.
    void enterName(const QString &name, QString *suggestion = nullptr)
    {
        expect([=](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            if (!dialog)
                return false;
            if (suggestion)
                *suggestion = dialog->textValue();
            auto *edit = dialog->findChild<QLineEdit *>();
            if (!name.isNull() && edit) {
                edit->selectAll();
                QTest::keyClicks(edit, name);
            }
            dialog->accept();
            return true;
        });
    }
    // Chooses `path` in the next file dialog.
    void chooseFile(const QString &path)
    {
        expect([=](QWidget *w) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            if (!dialog)
                return false;
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
            return true;
        });
    }

private:
    static void record(QMessageBox *box, QString *text, QString *details)
    {
        if (text)
            *text = box->text();
        if (details)
            *details = box->detailedText();
    }

    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || m_answered.contains(modal))
            return;
        if (!m_answers.isEmpty() && m_answers.constFirst()(modal)) {
            m_answers.removeFirst();
            m_answered.append(modal);
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(modal);
        m_unexpected.append(modal->windowTitle() + QLatin1String(": ") + (box ? box->text() : QString()));
        m_answered.append(modal);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    }

    QTimer m_timer;
    QList<Answer> m_answers;
    QList<QPointer<QWidget>> m_answered;
    QStringList m_unexpected;
};
