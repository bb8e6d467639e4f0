// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "fixtures.h"
#include "decisioneditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace {

using Mode = DecisionValidator::Mode;

const QSet<QString> ExistingIds = { QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("nl-ap-2024-fine") };

// Replaces the text of a line edit, plain-text edit or editable combo box by typing, as a user would.
void retype(QWidget *field, const QString &text)
{
    QWidget *target = field;
    if (auto *combo = qobject_cast<QComboBox *>(field))
        target = combo->lineEdit();
    target->setFocus();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Delete);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(target)) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(plain, Qt::Key_Return);
            QTest::keyClicks(plain, lines.at(i));
        }
        return;
    }
    if (!text.isEmpty())
        QTest::keyClicks(target, text);
}

QString textOf(QWidget *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        return plain->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->currentText();
    return {};
}

} // namespace

class TestDecisionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validInput_givesTheRightDecision();
    void invalidInput_showsTheMessageNextToTheFieldAndStaysOpen_data();
    void invalidInput_showsTheMessageNextToTheFieldAndStaysOpen();
    void missingChoices_areNamedOnTheirFields();
    void fixedInput_clearsTheMessagesAndAccepts();
    void escape_cancels();
    void tab_followsTheForm();
    void editing_keepsEveryBundledDecisionExactly();
    void editing_changesOnlyWhatWasTyped();
    void editing_newDatesDropTheResearchedPlottingDate();
    void markup_isShownAsText();
    void problemsOfHiddenFields_areShownAboveTheForm();

private:
    void fillValidForm();
    QPushButton *okButton() const;

    std::unique_ptr<DecisionEditor> m_editor;
};

void TestDecisionEditor::init()
{
    m_editor = std::make_unique<DecisionEditor>(Mode::Add, ExistingIds);
    m_editor->show();
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestDecisionEditor::cleanup()
{
    m_editor.reset();
}

QPushButton *TestDecisionEditor::okButton() const
{
    return m_editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestDecisionEditor::fillValidForm()
{
    retype(m_editor->fieldWidget(QStringLiteral("id")), QStringLiteral("zz-dpa-2025-fine"));
    // Combo boxes are chosen by typing the start of an entry.
    auto *country = qobject_cast<QComboBox *>(m_editor->fieldWidget(QStringLiteral("country")));
    country->setFocus();
    QTest::keyClicks(country, QStringLiteral("Netherlands"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("NL"));
    retype(m_editor->fieldWidget(QStringLiteral("authority")), QStringLiteral("Autoriteit Persoonsgegevens"));
    auto *type = qobject_cast<QComboBox *>(m_editor->fieldWidget(QStringLiteral("decision_type")));
    type->setFocus();
    QTest::keyClicks(type, QStringLiteral("Fine"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("fine"));
    auto *known = qobject_cast<QCheckBox *>(m_editor->fieldWidget(QStringLiteral("decision_date")));
    QTest::mouseClick(known, Qt::LeftButton);
    QVERIFY(known->isChecked());
    auto *date = m_editor->findChild<QDateEdit *>(QStringLiteral("decision_date_edit"));
    QVERIFY(date->isEnabled());
    date->setFocus();
    // Select the year, then type the digits: each full section moves on to the next.
    QTest::keyClick(date, Qt::Key_Home);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(date, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClicks(date, QStringLiteral("20250601"));
    QCOMPARE(date->date(), QDate(2025, 6, 1));
    retype(m_editor->fieldWidget(QStringLiteral("amount")), QStringLiteral("1000000.50"));
    retype(m_editor->fieldWidget(QStringLiteral("currency")), QStringLiteral("eur"));
    retype(m_editor->fieldWidget(QStringLiteral("amount_eur")), QStringLiteral("1000000.50"));
    QWidget *cumulative = m_editor->fieldWidget(QStringLiteral("include_in_cumulative_fines"));
    cumulative->setFocus();
    QTest::keyClick(cumulative, Qt::Key_Space);
    retype(m_editor->fieldWidget(QStringLiteral("status")), QStringLiteral("final"));
    retype(m_editor->fieldWidget(QStringLiteral("related_to")), QStringLiteral(" nl-ap-2024-fine,, "));
    retype(m_editor->fieldWidget(QStringLiteral("sources")),
        QStringLiteral("https://autoriteitpersoonsgegevens.nl/a | the fine\nhttp://example.org/b"));
    retype(m_editor->fieldWidget(QStringLiteral("facts")), QStringLiteral("First fact.\n\nSecond fact."));
    retype(m_editor->fieldWidget(QStringLiteral("summary")), QStringLiteral("A <b>summary</b>"));
}

void TestDecisionEditor::validInput_givesTheRightDecision()
{
    fillValidForm();
    if (QTest::currentTestFailed())
        return;
    // Enter in a one-line field is OK.
    QTest::keyClick(m_editor->fieldWidget(QStringLiteral("status")), Qt::Key_Return);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    QVERIFY(!m_editor->isVisible());
    QVERIFY(m_editor->problems().isEmpty());

    const Decision d = m_editor->decision();
    QCOMPARE(d.id, QStringLiteral("zz-dpa-2025-fine"));
    QCOMPARE(d.country, QStringLiteral("NL"));
    QCOMPARE(d.authority, QStringLiteral("Autoriteit Persoonsgegevens"));
    QCOMPARE(d.decisionType, QStringLiteral("fine"));
    QCOMPARE(d.decisionDate, QDate(2025, 6, 1));
    QVERIFY(!d.announceDate.isValid());
    QVERIFY(d.amount.has_value());
    QCOMPARE(*d.amount, (Money { 100000050, QStringLiteral("EUR") }));
    QCOMPARE(*d.amountEur, (Money { 100000050, QStringLiteral("EUR") }));
    QVERIFY(d.includeInCumulativeFines);
    QVERIFY(!d.amountIsMaximum);
    QCOMPARE(d.status, QStringLiteral("final"));
    QCOMPARE(d.relatedTo, QStringList { QStringLiteral("nl-ap-2024-fine") });
    QCOMPARE(d.sources.size(), 2);
    QCOMPARE(d.sources.at(0).url, QStringLiteral("https://autoriteitpersoonsgegevens.nl/a"));
    QCOMPARE(d.sources.at(0).confirms, QStringLiteral("the fine"));
    QCOMPARE(d.sources.at(1).url, QStringLiteral("http://example.org/b"));
    QCOMPARE(d.sources.at(1).confirms, QString());
    QCOMPARE(d.facts, (QStringList { QStringLiteral("First fact."), QStringLiteral("Second fact.") }));
    QCOMPARE(d.summary, QStringLiteral("A <b>summary</b>"));
}

void TestDecisionEditor::invalidInput_showsTheMessageNextToTheFieldAndStaysOpen_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("id with capitals and spaces")
        << QStringLiteral("id") << QStringLiteral("Bad Id") << QStringLiteral("use only lowercase letters a-z");
    QTest::newRow("id already taken") << QStringLiteral("id") << QStringLiteral("fr-cnil-2022-fine")
                                      << QStringLiteral("a decision with the id 'fr-cnil-2022-fine' already exists");
    QTest::newRow("id missing") << QStringLiteral("id") << QString() << QStringLiteral("an id is required");
    QTest::newRow("authority missing") << QStringLiteral("authority") << QString()
                                       << QStringLiteral("name the authority");
    QTest::newRow("amount that is not a number")
        << QStringLiteral("amount") << QStringLiteral("12abc") << QStringLiteral("'12abc' is not a plain number");
    QTest::newRow("amount with thousands separators")
        << QStringLiteral("amount") << QStringLiteral("1,000,000") << QStringLiteral("not a plain number");
    QTest::newRow("amount too large for 64 bits") << QStringLiteral("amount") << QStringLiteral("99999999999999999999")
                                                  << QStringLiteral("does not fit exactly in 64-bit minor units");
    QTest::newRow("amount without currency")
        << QStringLiteral("currency") << QString() << QStringLiteral("an amount needs a currency");
    QTest::newRow("unknown currency") << QStringLiteral("currency") << QStringLiteral("XYZ")
                                      << QStringLiteral("unknown currency 'XYZ'");
    QTest::newRow("negative euro equivalent")
        << QStringLiteral("amount_eur") << QStringLiteral("-5") << QStringLiteral("must not be negative");
    QTest::newRow("source that is not a web link")
        << QStringLiteral("sources") << QStringLiteral("ftp://example.org/x")
        << QStringLiteral("'ftp://example.org/x' is not an http or https link");
    QTest::newRow("unknown relation") << QStringLiteral("related_to") << QStringLiteral("xx-nowhere")
                                      << QStringLiteral("unknown decision id(s) 'xx-nowhere'");
}

void TestDecisionEditor::invalidInput_showsTheMessageNextToTheFieldAndStaysOpen()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);

    fillValidForm();
    if (QTest::currentTestFailed())
        return;
    QWidget *widget = m_editor->fieldWidget(field);
    retype(widget, typed);
    QCOMPARE(textOf(widget), typed);
    QTest::mouseClick(okButton(), Qt::LeftButton);

    QVERIFY(m_editor->isVisible());
    QVERIFY(m_editor->result() != int(QDialog::Accepted));
    QCOMPARE(m_editor->problems().size(), 1);
    QCOMPARE(m_editor->problems().first().field, field);
    QLabel *label = m_editor->problemLabel(field);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QCOMPARE(widget->accessibleDescription(), label->text());
    // The label sits under its own field, which has the focus.
    QVERIFY(label->parentWidget()->isAncestorOf(widget));
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused == widget || widget->isAncestorOf(focused));
    // Every other field is quiet.
    const QList<QLabel *> labels = m_editor->findChildren<QLabel *>();
    for (const QLabel *other : labels) {
        if (other != label && other->objectName().startsWith(QLatin1String("problem_")))
            QVERIFY2(!other->isVisible(), qPrintable(other->objectName()));
    }
}

void TestDecisionEditor::missingChoices_areNamedOnTheirFields()
{
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(m_editor->isVisible());
    QStringList fields;
    for (const FieldProblem &p : m_editor->problems())
        fields.append(p.field);
    QCOMPARE(fields,
        (QStringList { QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("authority"),
            QStringLiteral("decision_type"), QStringLiteral("decision_date") }));
    QVERIFY(m_editor->problemLabel(QStringLiteral("country"))->text().contains(QLatin1String("choose the country")));
    QVERIFY(m_editor->problemLabel(QStringLiteral("decision_date"))->isVisible());
    // The first problem has the focus, so the user starts there.
    QCOMPARE(QApplication::focusWidget(), m_editor->fieldWidget(QStringLiteral("id")));
}

void TestDecisionEditor::fixedInput_clearsTheMessagesAndAccepts()
{
    fillValidForm();
    if (QTest::currentTestFailed())
        return;
    QWidget *amount = m_editor->fieldWidget(QStringLiteral("amount"));
    retype(amount, QStringLiteral("-1"));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(m_editor->problemLabel(QStringLiteral("amount"))->isVisible());

    retype(amount, QStringLiteral("250"));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    QVERIFY(!m_editor->problemLabel(QStringLiteral("amount"))->isVisibleTo(m_editor.get()));
    QVERIFY(amount->accessibleDescription().isEmpty());
    QCOMPARE(m_editor->decision().amount->minor, qint64(25000));
}

void TestDecisionEditor::escape_cancels()
{
    fillValidForm();
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(m_editor->fieldWidget(QStringLiteral("authority")), Qt::Key_Escape);
    QCOMPARE(m_editor->result(), int(QDialog::Rejected));
    QVERIFY(!m_editor->isVisible());
}

void TestDecisionEditor::tab_followsTheForm()
{
    m_editor->fieldWidget(QStringLiteral("id"))->setFocus();
    const QStringList expected { QStringLiteral("country"), QStringLiteral("authority"),
        QStringLiteral("authority_type"), QStringLiteral("target"), QStringLiteral("decision_type"),
        QStringLiteral("decision_date") };
    for (const QString &field : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_editor->fieldWidget(field));
    }
    // Tab leaves a multi-line field instead of typing a tab into it.
    m_editor->fieldWidget(QStringLiteral("facts"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_editor->fieldWidget(QStringLiteral("low_confidence_details")));
    QVERIFY(!qobject_cast<QPlainTextEdit *>(m_editor->fieldWidget(QStringLiteral("facts")))
                 ->toPlainText()
                 .contains(QLatin1Char('\t')));
}

void TestDecisionEditor::editing_keepsEveryBundledDecisionExactly()
{
    const BundledData &bundled = Fixtures::bundled();
    QSet<QString> ids;
    for (const Decision &d : bundled.decisions)
        ids.insert(d.id);
    for (const Decision &d : bundled.decisions) {
        DecisionEditor editor(Mode::Edit, ids);
        editor.setDecision(d);
        QVERIFY2(editor.decision() == d, qPrintable(d.id));
        QVERIFY(qobject_cast<QLineEdit *>(editor.fieldWidget(QStringLiteral("id")))->isReadOnly());
        editor.accept();
        QVERIFY2(editor.result() == int(QDialog::Accepted), qPrintable(d.id));
    }
}

void TestDecisionEditor::editing_changesOnlyWhatWasTyped()
{
    const BundledData &bundled = Fixtures::bundled();
    // Has a press source without an address, which must survive an edit of another field.
    const auto it = std::find_if(bundled.decisions.cbegin(), bundled.decisions.cend(),
        [](const Decision &d) { return d.id == QLatin1String("nl-ap-2024-fine"); });
    QVERIFY(it != bundled.decisions.cend());
    m_editor = std::make_unique<DecisionEditor>(Mode::Edit, ExistingIds);
    m_editor->setDecision(*it);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));

    retype(m_editor->fieldWidget(QStringLiteral("outcome")), QStringLiteral("Paid in full."));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));
    Decision expected = *it;
    expected.outcome = QStringLiteral("Paid in full.");
    // The French outcome translated the old text: it goes with it, and nothing else changes.
    QVERIFY(!expected.outcomeFr.isEmpty());
    expected.outcomeFr.clear();
    QVERIFY(m_editor->decision() == expected);
}

void TestDecisionEditor::editing_newDatesDropTheResearchedPlottingDate()
{
    Decision d;
    d.id = QStringLiteral("fr-cnil-2022-fine");
    d.country = QStringLiteral("FR");
    d.authority = QStringLiteral("CNIL");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2021, 11, 26);
    d.announceDate = QDate(2021, 12, 16);
    d.timelineDateOverride = QDate(2021, 12, 16);
    DecisionEditor editor(Mode::Edit, ExistingIds);
    editor.setDecision(d);
    QCOMPARE(editor.decision().timelineDate(), QDate(2021, 12, 16));
    editor.findChild<QDateEdit *>(QStringLiteral("announce_date_edit"))->setDate(QDate(2021, 12, 17));
    QCOMPARE(editor.decision().timelineDateOverride, QDate());
    QCOMPARE(editor.decision().timelineDate(), QDate(2021, 11, 26));
}

void TestDecisionEditor::markup_isShownAsText()
{
    Decision d;
    d.id = QStringLiteral("nl-ap-2024-fine");
    d.country = QStringLiteral("NL");
    d.authority = QStringLiteral("<b>AP</b>");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2024, 5, 16);
    d.summary = QStringLiteral("<script>alert(1)</script> &amp;");
    d.relatedTo = { QStringLiteral("<i>x</i>") };
    m_editor = std::make_unique<DecisionEditor>(Mode::Edit, ExistingIds);
    m_editor->setDecision(d);
    m_editor->show();
    QCOMPARE(textOf(m_editor->fieldWidget(QStringLiteral("authority"))), QStringLiteral("<b>AP</b>"));
    QCOMPARE(
        textOf(m_editor->fieldWidget(QStringLiteral("summary"))), QStringLiteral("<script>alert(1)</script> &amp;"));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QLabel *label = m_editor->problemLabel(QStringLiteral("related_to"));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY2(label->text().contains(QLatin1String("'<i>x</i>'")), qPrintable(label->text()));
}

void TestDecisionEditor::problemsOfHiddenFields_areShownAboveTheForm()
{
    Decision d;
    d.id = QStringLiteral("nl-ap-2024-fine");
    d.country = QStringLiteral("NL");
    d.authority = QStringLiteral("AP");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2024, 5, 16);
    d.statusChanges
        = { StatusChange { QDate(2024, 6, 1), QStringLiteral("annulled"), false, QStringLiteral("xx-nowhere"), {} } };
    m_editor = std::make_unique<DecisionEditor>(Mode::Edit, ExistingIds);
    m_editor->setDecision(d);
    m_editor->show();
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(m_editor->isVisible());
    auto *general = m_editor->findChild<QLabel *>(QStringLiteral("generalProblems"));
    QVERIFY(general->isVisible());
    QVERIFY2(general->text().contains(QLatin1String("status_changes: unknown decision id 'xx-nowhere'")),
        qPrintable(general->text()));
}

QTEST_MAIN(TestDecisionEditor)
#include "tst_decisioneditor.moc"
