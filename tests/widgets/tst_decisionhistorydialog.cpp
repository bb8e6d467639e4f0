// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionhistorydialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <memory>

namespace {

using Entry = CaseRepository::HistoryEntry;

const QString Id = QStringLiteral("zz-dpa-2025-fine");

// A valid decision, as DecisionStoreFixtures::newDecision() makes it.
Decision firstVersion()
{
    Decision d;
    d.id = Id;
    d.country = QStringLiteral("NL");
    d.authority = QStringLiteral("Autoriteit Persoonsgegevens");
    d.decisionType = QStringLiteral("fine");
    d.decisionDate = QDate(2025, 6, 1);
    d.amount = Money { 100000000, QStringLiteral("EUR") };
    d.amountEur = d.amount;
    d.summary = QStringLiteral("The first summary.");
    d.sources
        = { Source { QStringLiteral("https://autoriteitpersoonsgegevens.nl/x"), QStringLiteral("fine"), {}, {}, {} } };
    d.rowVersion = 1;
    return d;
}

// v2 changes the amount, v3 the summary.
Decision secondVersion()
{
    Decision d = firstVersion();
    d.amount = Money { 200000000, QStringLiteral("EUR") };
    d.rowVersion = 2;
    return d;
}

Decision thirdVersion()
{
    Decision d = secondVersion();
    d.summary = QStringLiteral("The summary after the appeal.");
    d.rowVersion = 3;
    return d;
}

Entry entry(const Decision &decision, const QString &change, const QString &by, int day)
{
    return { decision.rowVersion, change, by, QDateTime(QDate(2026, 3, day), QTime(9, 30), Qt::UTC), decision };
}

QList<Entry> threeSaves()
{
    return { entry(firstVersion(), QStringLiteral("saved"), QStringLiteral("alice"), 1),
        entry(secondVersion(), QStringLiteral("saved"), QStringLiteral("bob"), 2),
        entry(thirdVersion(), QStringLiteral("saved"), QStringLiteral("alice"), 3) };
}

// The values of one column of the comparison, top to bottom.
QStringList column(const QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, col) ? table->item(row, col)->text() : QStringLiteral("<no item>"));
    return out;
}

} // namespace

class TestDecisionHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void versions_newestFirstWithWhatEachChanged_data();
    void versions_newestFirstWithWhatEachChanged();
    void downKey_comparesTheSelectedVersionWithNow_data();
    void downKey_comparesTheSelectedVersionWithNow();
    void restoreButton_acceptsWithTheSelectedVersion();
    void altR_restoresOnlyWhenTheVersionDiffers();
    void deletedNow_everyVersionCanBeRestored();
    void markup_isShownAsText_data();
    void markup_isShownAsText();
    void escape_rejects();

private:
    void open(const QList<Entry> &entries, const std::optional<Decision> &current);
    QTreeWidget *versions() const { return m_dialog->findChild<QTreeWidget *>(QStringLiteral("versions")); }
    QTableWidget *comparison() const { return m_dialog->findChild<QTableWidget *>(QStringLiteral("comparison")); }
    QLabel *summary() const { return m_dialog->findChild<QLabel *>(QStringLiteral("comparisonSummary")); }
    QPushButton *restore() const { return m_dialog->findChild<QPushButton *>(QStringLiteral("restore")); }

    std::unique_ptr<DecisionHistoryDialog> m_dialog;
};

void TestDecisionHistoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDecisionHistoryDialog::init()
{
    m_dialog = std::make_unique<DecisionHistoryDialog>();
    QVERIFY(versions());
    QVERIFY(comparison());
    QVERIFY(summary());
    QVERIFY(restore());
}

void TestDecisionHistoryDialog::cleanup()
{
    m_dialog.reset();
}

void TestDecisionHistoryDialog::open(const QList<Entry> &entries, const std::optional<Decision> &current)
{
    m_dialog->setHistory(Id, entries, current);
    m_dialog->show();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestDecisionHistoryDialog::versions_newestFirstWithWhatEachChanged_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("by");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("change");

    QTest::newRow("v3, current") << 0 << QStringLiteral("3 (current)") << QStringLiteral("alice") << 3
                                 << QStringLiteral("Saved: summary");
    QTest::newRow("v2") << 1 << QStringLiteral("2") << QStringLiteral("bob") << 2 << QStringLiteral("Saved: amount");
    QTest::newRow("v1, the oldest") << 2 << QStringLiteral("1") << QStringLiteral("alice") << 1
                                    << QStringLiteral("Saved (first recorded version)");
}

void TestDecisionHistoryDialog::versions_newestFirstWithWhatEachChanged()
{
    QFETCH(int, row);
    QFETCH(QString, version);
    QFETCH(QString, by);
    QFETCH(int, day);
    QFETCH(QString, change);

    open(threeSaves(), thirdVersion());
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("History of zz-dpa-2025-fine"));
    QCOMPARE(m_dialog->versionCount(), 3);
    QTreeWidget *list = versions();
    QCOMPARE(list->topLevelItemCount(), 3);
    QVERIFY(!list->rootIsDecorated());
    QCOMPARE(list->headerItem()->text(0), QStringLiteral("Version"));
    QCOMPARE(list->headerItem()->text(3), QStringLiteral("Change"));
    QTreeWidgetItem *item = list->topLevelItem(row);
    QCOMPARE(item->text(0), version);
    QCOMPARE(item->text(2), by);
    QCOMPARE(item->text(3), change);
    const QDateTime saved(QDate(2026, 3, day), QTime(9, 30), Qt::UTC);
    QCOMPARE(item->text(1), QLocale().toString(saved.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!item->text(1).isEmpty());

    // The newest is selected, the list has the focus, and the current version cannot be restored over itself.
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QVERIFY(list->topLevelItem(0)->isSelected());
    QCOMPARE(QApplication::focusWidget(), list);
    QVERIFY(!restore()->isEnabled());
    QCOMPARE(summary()->text(), QStringLiteral("This is the current version."));
    QCOMPARE(summary()->textFormat(), Qt::PlainText);
    QCOMPARE(comparison()->rowCount(), 0);
}

void TestDecisionHistoryDialog::downKey_comparesTheSelectedVersionWithNow_data()
{
    QTest::addColumn<int>("downs");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("thisVersion");
    QTest::addColumn<QStringList>("now");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("v2: the summary differs")
        << 1 << QStringList { QStringLiteral("summary") } << QStringList { QStringLiteral("The first summary.") }
        << QStringList { QStringLiteral("The summary after the appeal.") }
        << QStringLiteral("1 field(s) of this version differ from the decision now:");
    QTest::newRow("v1: the amount and the summary differ")
        << 2 << QStringList { QStringLiteral("amount"), QStringLiteral("summary") }
        << QStringList { QStringLiteral("1000000"), QStringLiteral("The first summary.") }
        << QStringList { QStringLiteral("2000000"), QStringLiteral("The summary after the appeal.") }
        << QStringLiteral("2 field(s) of this version differ from the decision now:");
    // Down past the last version stays on it.
    QTest::newRow("v1 after one Down too many")
        << 3 << QStringList { QStringLiteral("amount"), QStringLiteral("summary") }
        << QStringList { QStringLiteral("1000000"), QStringLiteral("The first summary.") }
        << QStringList { QStringLiteral("2000000"), QStringLiteral("The summary after the appeal.") }
        << QStringLiteral("2 field(s) of this version differ from the decision now:");
}

void TestDecisionHistoryDialog::downKey_comparesTheSelectedVersionWithNow()
{
    QFETCH(int, downs);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, thisVersion);
    QFETCH(QStringList, now);
    QFETCH(QString, sentence);

    open(threeSaves(), thirdVersion());
    QVERIFY(!restore()->isEnabled());
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(versions(), Qt::Key_Down);

    QTableWidget *table = comparison();
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("This version"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Now"));
    // Fields by their JSON names and values as DecisionDiff gives them (amounts in major units).
    QCOMPARE(column(table, 0), fields);
    QCOMPARE(column(table, 1), thisVersion);
    QCOMPARE(column(table, 2), now);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!(table->item(row, 1)->flags() & Qt::ItemIsEditable));
    QCOMPARE(summary()->text(), sentence);
    QVERIFY(restore()->isEnabled());
    QCOMPARE(m_dialog->chosenVersion(), downs == 1 ? secondVersion() : firstVersion());
}

void TestDecisionHistoryDialog::restoreButton_acceptsWithTheSelectedVersion()
{
    open(threeSaves(), thirdVersion());
    QTest::keyClick(versions(), Qt::Key_Down);
    QTest::keyClick(versions(), Qt::Key_Down);
    QCOMPARE(versions()->currentItem(), versions()->topLevelItem(2));
    QVERIFY(restore()->isEnabled());
    QVERIFY(restore()->text().contains(QStringLiteral("Restore This Version")));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(restore(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    const Decision chosen = m_dialog->chosenVersion();
    QCOMPARE(chosen, firstVersion());
    QVERIFY(chosen != thirdVersion());
    QCOMPARE(chosen.summary, QStringLiteral("The first summary."));
}

void TestDecisionHistoryDialog::altR_restoresOnlyWhenTheVersionDiffers()
{
    open(threeSaves(), thirdVersion());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    // A mnemonic clicks its button after a short animation (QAbstractButton::animateClick): wait longer than that.
    // On the current version Alt+R does nothing.
    QTest::keyClick(versions(), Qt::Key_R, Qt::AltModifier);
    QTest::qWait(300);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_dialog->isVisible());

    QTest::keyClick(versions(), Qt::Key_Down);
    QTest::keyClick(versions(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->chosenVersion(), secondVersion());
}

void TestDecisionHistoryDialog::deletedNow_everyVersionCanBeRestored()
{
    QList<Entry> entries = threeSaves();
    entries.append(entry(thirdVersion(), QStringLiteral("deleted"), QStringLiteral("carol"), 4));
    open(entries, std::nullopt);

    QTreeWidget *list = versions();
    QCOMPARE(m_dialog->versionCount(), 4);
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Deleted"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("carol"));
    // Nothing is current when the decision is gone.
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        QVERIFY2(!list->topLevelItem(row)->text(0).contains(QStringLiteral("current")),
            qPrintable(list->topLevelItem(row)->text(0)));

    const QString deleted = QStringLiteral("zz-dpa-2025-fine is deleted now; restoring this version adds it back.");
    QCOMPARE(summary()->text(), deleted);
    QCOMPARE(comparison()->rowCount(), 0);
    QVERIFY(restore()->isEnabled());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(summary()->text(), deleted);
    QCOMPARE(comparison()->rowCount(), 0);
    QVERIFY(restore()->isEnabled());
    QTest::keyClick(list, Qt::Key_Up);

    QTest::mouseClick(restore(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->chosenVersion(), thirdVersion());
}

void TestDecisionHistoryDialog::markup_isShownAsText_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("bold and an image") << QStringLiteral("<b>bold</b><img src=x>") << QStringLiteral("&lt;b&gt;bold");
    QTest::newRow("a link") << QStringLiteral("<a href='https://example.org'>link</a>")
                            << QStringLiteral("&lt;a href=");
}

void TestDecisionHistoryDialog::markup_isShownAsText()
{
    QFETCH(QString, markup);
    QFETCH(QString, escaped);

    Decision hostile = firstVersion();
    hostile.summary = markup;
    hostile.rowVersion = 2;
    const QList<Entry> entries { entry(firstVersion(), QStringLiteral("saved"), QStringLiteral("alice"), 1),
        entry(hostile, QStringLiteral("saved"), markup, 2) };
    Decision current = firstVersion();
    current.rowVersion = 3;
    open(entries, current);

    QCOMPARE(versions()->topLevelItem(0)->text(2), markup);
    QTableWidget *table = comparison();
    QCOMPARE(column(table, 0), QStringList { QStringLiteral("summary") });
    QTableWidgetItem *cell = table->item(0, 1);
    QCOMPARE(cell->text(), markup);
    const QString tip = cell->toolTip();
    QVERIFY2(!tip.contains(QStringLiteral("<b>")) && !tip.contains(QStringLiteral("<a ")), qPrintable(tip));
    QVERIFY2(tip.contains(escaped), qPrintable(tip));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("The first summary."));
}

void TestDecisionHistoryDialog::escape_rejects()
{
    open(threeSaves(), thirdVersion());
    QTest::keyClick(versions(), Qt::Key_Down);
    QVERIFY(restore()->isEnabled());
    // Accepted beforehand, so that only Esc can make the result Rejected.
    m_dialog->setResult(QDialog::Accepted);
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QTest::keyClick(versions(), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
}

QTEST_MAIN(TestDecisionHistoryDialog)
#include "tst_decisionhistorydialog.moc"
