// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"
#include "fixtures.h"
#include "decisionfilter.h"
#include "decisionmodel.h"
#include "decisionrelations.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionRange>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(DateBasis)

namespace {

const QLocale EnUs(QLocale::English, QLocale::UnitedStates);
const QLocale FrFr(QLocale::French, QLocale::France);
const QString Nbsp = QString(QChar::Nbsp);

} // namespace

class TestDecisionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tester_acceptsEveryChange();
    void counts_oneRowPerDecision();
    void display_showsIcoFine_data();
    void display_showsIcoFine();
    void display_followsLocale();
    void display_amountIsMaximumReadsUpTo();
    void display_noAmountIsEmpty();
    void sortRole_givesSortableTypes_data();
    void sortRole_givesSortableTypes();
    void dateRole_followsDateBasis();
    void setDateBasis_sameBasisEmitsNothing();
    void rowOf_findsDecisionsById();
    void roles_carryTheRecord();
    void decisionRole_roundTripsEveryRecord();
    void headerData_data();
    void headerData();
    void sortKey_ordersAsSortRole_data();
    void sortKey_ordersAsSortRole();
    void sortKey_followsEdits();
    void searchKey_isFoldedOnDemandAndFollowsEdits();
    void relatedDecisions_areDecisionRelationsRelatedAndFollowEdits();
    void relatedDecisions_ofCompactRows();

private:
    int icoRow() const { return m_model->rowOf(QStringLiteral("gb-ico-2022-fine")); }

    QList<Decision> m_decisions;
    DecisionModel *m_model = nullptr;
};

void TestDecisionModel::initTestCase()
{
    m_decisions = Fixtures::bundled().decisions;
}

void TestDecisionModel::init()
{
    m_model = new DecisionModel(this);
    // Attached before any data, so every reset and signal is checked.
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    m_model->setDisplayLocale(EnUs);
    m_model->setDecisions(m_decisions);
}

void TestDecisionModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestDecisionModel::tester_acceptsEveryChange()
{
    m_model->setDecisions(QList<Decision>());
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setDateBasis(DateBasis::Announced);
    m_model->setDisplayLocale(FrFr);
    m_model->setDecisions(m_decisions.mid(0, 3));
    QCOMPARE(m_model->rowCount(), 3);
    m_model->setDateBasis(DateBasis::Adopted);
    m_model->setDisplayLocale(EnUs);
    m_model->setDecisions(m_decisions);
    QCOMPARE(m_model->rowCount(), 43);
}

void TestDecisionModel::counts_oneRowPerDecision()
{
    QCOMPARE(m_model->rowCount(), 43);
    QCOMPARE(m_model->columnCount(), int(DecisionModel::NUM_COLUMNS));
    QCOMPARE(m_model->columnCount(), 7);
    const QModelIndex first = m_model->index(0, 0);
    QCOMPARE(m_model->rowCount(first), 0);
    QCOMPARE(m_model->columnCount(first), 0);
    QVERIFY(!m_model->index(43, 0).isValid());
    QVERIFY(!m_model->index(0, 7).isValid());
    QCOMPARE(m_model->allDecisions(), m_decisions);
}

void TestDecisionModel::display_showsIcoFine_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("date, adopted") << int(DecisionModel::DateColumn) << QStringLiteral("18 May 2022");
    QTest::newRow("country in English") << int(DecisionModel::CountryColumn) << QStringLiteral("United Kingdom");
    QTest::newRow("authority")
        << int(DecisionModel::AuthorityColumn)
        << QStringLiteral("Information Commissioner's Office (ICO) – Information Commissioner John Edwards");
    QTest::newRow("type label") << int(DecisionModel::TypeColumn) << QStringLiteral("Fine");
    QTest::newRow("amount in pounds") << int(DecisionModel::AmountColumn)
                                      << QStringLiteral("£7,552,800");
    QTest::newRow("euro equivalent") << int(DecisionModel::AmountEurColumn)
                                     << QStringLiteral("€8,920,279");
    QTest::newRow("status without underscores")
        << int(DecisionModel::StatusColumn) << QStringLiteral("contested remitted to FTT");
}

void TestDecisionModel::display_showsIcoFine()
{
    QFETCH(int, column);
    QFETCH(QString, text);

    QVERIFY(icoRow() >= 0);
    QCOMPARE(m_model->index(icoRow(), column).data().toString(), text);
}

void TestDecisionModel::display_followsLocale()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setDisplayLocale(FrFr);
    QCOMPARE(changed.count(), 1);
    const QModelIndex ico = m_model->index(icoRow(), DecisionModel::AmountColumn);
    const QItemSelectionRange range(changed.at(0).at(0).toModelIndex(), changed.at(0).at(1).toModelIndex());
    QVERIFY(range.contains(ico));
    QVERIFY(range.contains(m_model->index(icoRow(), DecisionModel::CountryColumn)));

    const QString group = QString(QChar(0x202F));
    QCOMPARE(ico.data().toString(),
        QStringLiteral("7") + group + QStringLiteral("552") + group + QStringLiteral("800") + Nbsp
            + QStringLiteral("£GB"));
    QCOMPARE(m_model->index(icoRow(), DecisionModel::CountryColumn).data().toString(), QStringLiteral("Royaume-Uni"));
}

void TestDecisionModel::display_amountIsMaximumReadsUpTo()
{
    Decision capped = m_decisions.at(m_model->rowOf(QStringLiteral("nl-ap-2024-fine")));
    capped.id = QStringLiteral("nl-ap-2024-capped");
    capped.amount = Money { 510000000, QStringLiteral("EUR") };
    capped.amountIsMaximum = true;
    m_model->setDecisions(m_decisions + QList<Decision> { capped });

    const int row = m_model->rowOf(capped.id);
    QCOMPARE(m_model->index(row, DecisionModel::AmountColumn).data().toString(),
        QStringLiteral("up to €5,100,000"));
    // Exact amounts never read "up to".
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (r != row)
            QVERIFY(!m_model->index(r, DecisionModel::AmountColumn).data().toString().contains(QLatin1String("up to")));
    }
}

void TestDecisionModel::display_noAmountIsEmpty()
{
    const int row = m_model->rowOf(QStringLiteral("fr-cnil-2021-formal-notice"));
    QVERIFY(row >= 0);
    QVERIFY(m_model->index(row, DecisionModel::AmountColumn).data().toString().isEmpty());
    QVERIFY(m_model->index(row, DecisionModel::AmountEurColumn).data().toString().isEmpty());
    QVERIFY(!m_model->index(row, DecisionModel::AmountEurColumn).data(DecisionModel::AmountEurMinorRole).isValid());
}

void TestDecisionModel::sortRole_givesSortableTypes_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("icoValue");

    QTest::newRow("date as ISO text") << int(DecisionModel::DateColumn) << int(QMetaType::QString)
                                      << QVariant(QStringLiteral("2022-05-18"));
    QTest::newRow("country as folded text")
        << int(DecisionModel::CountryColumn) << int(QMetaType::QString) << QVariant(QStringLiteral("united kingdom"));
    QTest::newRow("type as folded text") << int(DecisionModel::TypeColumn) << int(QMetaType::QString)
                                         << QVariant(QStringLiteral("fine"));
    QTest::newRow("amount by its euro value")
        << int(DecisionModel::AmountColumn) << int(QMetaType::LongLong) << QVariant(qint64(892027900));
    QTest::newRow("euro equivalent in cents")
        << int(DecisionModel::AmountEurColumn) << int(QMetaType::LongLong) << QVariant(qint64(892027900));
    QTest::newRow("status as folded text") << int(DecisionModel::StatusColumn) << int(QMetaType::QString)
                                           << QVariant(QStringLiteral("contested remitted to ftt"));
}

void TestDecisionModel::sortRole_givesSortableTypes()
{
    QFETCH(int, column);
    QFETCH(int, type);
    QFETCH(QVariant, icoValue);

    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row, column).data(DecisionModel::SortRole).typeId(), type);
    QCOMPARE(m_model->index(icoRow(), column).data(DecisionModel::SortRole), icoValue);
}

void TestDecisionModel::dateRole_followsDateBasis()
{
    const int row = m_model->rowOf(QStringLiteral("nl-ap-2024-fine"));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->dateBasis(), DateBasis::Adopted);
    QCOMPARE(m_model->index(row, 0).data(DecisionModel::DateRole).toDate(), QDate(2024, 5, 16));
    QCOMPARE(m_model->headerData(DecisionModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Adopted"));

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(m_model, &QAbstractItemModel::headerDataChanged);
    m_model->setDateBasis(DateBasis::Announced);
    QCOMPARE(m_model->dateBasis(), DateBasis::Announced);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(header.count(), 1);

    // Every index whose date changed lies in the announced range, in whichever column a view reads it.
    const QItemSelectionRange range(changed.at(0).at(0).toModelIndex(), changed.at(0).at(1).toModelIndex());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex index = m_model->index(row, column);
        QCOMPARE(index.data(DecisionModel::DateRole).toDate(), QDate(2024, 9, 3));
        QVERIFY2(range.contains(index), qPrintable(QStringLiteral("column %1 not in dataChanged").arg(column)));
    }
    QCOMPARE(m_model->index(row, DecisionModel::DateColumn).data().toString(), QStringLiteral("3 Sep 2024"));
    QCOMPARE(m_model->index(row, DecisionModel::DateColumn).data(DecisionModel::SortRole).toString(),
        QStringLiteral("2024-09-03"));
    QCOMPARE(m_model->headerData(DecisionModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Announced"));

    // A record with no announcement date falls back to its adoption date.
    const int afp = m_model->rowOf(QStringLiteral("au-oaic-2021-afp"));
    QCOMPARE(m_model->index(afp, 0).data(DecisionModel::DateRole).toDate(), QDate(2021, 11, 26));

    m_model->setDateBasis(DateBasis::Adopted);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->index(row, 0).data(DecisionModel::DateRole).toDate(), QDate(2024, 5, 16));
}

void TestDecisionModel::setDateBasis_sameBasisEmitsNothing()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(m_model, &QAbstractItemModel::headerDataChanged);
    m_model->setDateBasis(DateBasis::Adopted);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(header.count(), 0);
}

void TestDecisionModel::rowOf_findsDecisionsById()
{
    for (int row = 0; row < m_decisions.size(); ++row) {
        QCOMPARE(m_model->rowOf(m_decisions.at(row).id), row);
        QCOMPARE(m_model->decisionAt(row).id, m_decisions.at(row).id);
        const std::optional<Decision> d = m_model->decisionById(m_decisions.at(row).id);
        QVERIFY(d);
        QCOMPARE(*d, m_decisions.at(row));
    }
    QCOMPARE(m_model->rowOf(QStringLiteral("no-such-decision")), -1);
    QVERIFY(!m_model->decisionById(QStringLiteral("no-such-decision")));

    // A new list re-indexes: ids that left are gone, the others have their new rows.
    const QList<Decision> lastTwo = m_decisions.mid(41);
    m_model->setDecisions(lastTwo);
    QCOMPARE(m_model->rowOf(lastTwo.at(0).id), 0);
    QCOMPARE(m_model->rowOf(lastTwo.at(1).id), 1);
    QCOMPARE(m_model->rowOf(m_decisions.at(0).id), -1);
    QVERIFY(!m_model->decisionById(m_decisions.at(0).id));
}

void TestDecisionModel::roles_carryTheRecord()
{
    const QModelIndex ico = m_model->index(icoRow(), DecisionModel::StatusColumn);
    QCOMPARE(ico.data(DecisionModel::DecisionIdRole).toString(), QStringLiteral("gb-ico-2022-fine"));
    QCOMPARE(ico.data(DecisionModel::CountryCodeRole).toString(), QStringLiteral("GB"));
    QCOMPARE(ico.data(DecisionModel::DecisionTypeRole).toString(), QStringLiteral("fine"));
    QCOMPARE(ico.data(DecisionModel::AmountEurMinorRole).toLongLong(), qint64(892027900));
    QCOMPARE(ico.data(DecisionModel::TargetRole).toString(), QStringLiteral("Clearview AI Inc."));
    QCOMPARE(ico.data(DecisionModel::UserModifiedRole).toBool(), false);
    QCOMPARE(ico.data(DecisionModel::DateRole).toDate(), QDate(2022, 5, 18));
    const QString key = ico.data(DecisionModel::SearchKeyRole).toString();
    QVERIFY2(key.contains(QLatin1String("royaume-uni")) && key.contains(QLatin1String("ico")), qPrintable(key));

    const QModelIndex date = m_model->index(icoRow(), DecisionModel::DateColumn);
    QVERIFY(date.data(Qt::ToolTipRole).toString().contains(QLatin1String("23 May 2022")));
    const QModelIndex amount = m_model->index(icoRow(), DecisionModel::AmountColumn);
    QCOMPARE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(amount.data(Qt::ToolTipRole).toString().contains(QLatin1String(">Contested")));
    QVERIFY(!m_model->index(0, 0).data(Qt::UserRole + 1000).isValid());
}

void TestDecisionModel::decisionRole_roundTripsEveryRecord()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant v = m_model->index(row, row % DecisionModel::NUM_COLUMNS).data(DecisionModel::DecisionRole);
        QVERIFY(v.canConvert<Decision>());
        QVERIFY2(v.value<Decision>() == m_decisions.at(row), qPrintable(m_decisions.at(row).id));
    }
}

void TestDecisionModel::headerData_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("title");

    QTest::newRow("date") << int(DecisionModel::DateColumn) << QStringLiteral("Adopted");
    QTest::newRow("country") << int(DecisionModel::CountryColumn) << QStringLiteral("Country");
    QTest::newRow("authority") << int(DecisionModel::AuthorityColumn) << QStringLiteral("Authority");
    QTest::newRow("type") << int(DecisionModel::TypeColumn) << QStringLiteral("Type");
    QTest::newRow("amount") << int(DecisionModel::AmountColumn) << QStringLiteral("Amount");
    QTest::newRow("euro equivalent") << int(DecisionModel::AmountEurColumn) << QStringLiteral("EUR equivalent");
    QTest::newRow("status") << int(DecisionModel::StatusColumn) << QStringLiteral("Status");
}

void TestDecisionModel::headerData()
{
    QFETCH(int, section);
    QFETCH(QString, title);

    QCOMPARE(m_model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString(), title);
    // Rows are numbered by the base class; other roles have no text.
    QCOMPARE(m_model->headerData(section, Qt::Vertical, Qt::DisplayRole).toInt(), section + 1);
    QVERIFY(!m_model->headerData(section, Qt::Horizontal, Qt::DecorationRole).isValid());
}


void TestDecisionModel::sortKey_ordersAsSortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<DateBasis>("basis");
    QTest::addColumn<QLocale>("locale");
    const QList<std::pair<const char *, int>> columns = { { "date", DecisionModel::DateColumn },
        { "country", DecisionModel::CountryColumn }, { "authority", DecisionModel::AuthorityColumn },
        { "type", DecisionModel::TypeColumn }, { "amount", DecisionModel::AmountColumn },
        { "euro amount", DecisionModel::AmountEurColumn }, { "status", DecisionModel::StatusColumn } };
    for (const auto &[name, column] : columns) {
        QTest::addRow("%s, adopted, en", name) << column << DateBasis::Adopted << EnUs;
        QTest::addRow("%s, announced, fr", name) << column << DateBasis::Announced << FrFr;
    }
}

// The proxy sorts on sortKey(); it must order every pair of rows as the SortRole values do, ties included.
void TestDecisionModel::sortKey_ordersAsSortRole()
{
    QFETCH(int, column);
    QFETCH(DateBasis, basis);
    QFETCH(QLocale, locale);
    m_model->setDateBasis(basis);
    m_model->setDisplayLocale(locale);
    const auto sign = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    for (int a = 0; a < m_model->rowCount(); ++a) {
        const QVariant va = m_model->index(a, column).data(DecisionModel::SortRole);
        for (int b = 0; b < m_model->rowCount(); ++b) {
            const QVariant vb = m_model->index(b, column).data(DecisionModel::SortRole);
            const int byRole = va.typeId() == QMetaType::QString ? sign(va.toString(), vb.toString())
                                                                 : sign(va.toLongLong(), vb.toLongLong());
            const int byKey = sign(m_model->sortKey(a, column), m_model->sortKey(b, column));
            if (byRole != byKey)
                QFAIL(qPrintable(QStringLiteral("%1 vs %2: role %3, key %4")
                                     .arg(m_decisions.at(a).id, m_decisions.at(b).id)
                                     .arg(byRole)
                                     .arg(byKey)));
        }
    }
}

void TestDecisionModel::sortKey_followsEdits()
{
    const int row = icoRow();
    const qint64 before = m_model->sortKey(row, DecisionModel::AmountEurColumn);
    const qint64 countryBefore = m_model->sortKey(row, DecisionModel::CountryColumn);
    Decision changed = m_model->decisionAt(row);
    changed.amountEur = Money { 1, QStringLiteral("EUR") };
    changed.country = QStringLiteral("AT"); // Austria sorts before the United Kingdom
    changed.decisionDate = QDate(1999, 1, 1);
    m_model->replaceDecision(row, changed);
    QVERIFY(m_model->sortKey(row, DecisionModel::AmountEurColumn) < before);
    QCOMPARE(m_model->sortKey(row, DecisionModel::AmountEurColumn), qint64(1));
    QVERIFY(m_model->sortKey(row, DecisionModel::CountryColumn) < countryBefore);
    for (int other = 0; other < m_model->rowCount(); ++other) {
        if (other != row)
            QVERIFY(m_model->sortKey(row, DecisionModel::DateColumn) < m_model->sortKey(other, DecisionModel::DateColumn));
    }
    // A row inserted or removed moves the keys with the rows.
    m_model->removeDecision(row);
    QCOMPARE(m_model->rowOf(changed.id), -1);
    m_model->insertDecision(0, changed);
    QCOMPARE(m_model->sortKey(0, DecisionModel::AmountEurColumn), qint64(1));
}

void TestDecisionModel::searchKey_isFoldedOnDemandAndFollowsEdits()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->searchKey(row), DecisionFilter::searchKeyFor(m_decisions.at(row)));
    const int row = icoRow();
    Decision changed = m_model->decisionAt(row);
    changed.target = QStringLiteral("Soci\u00e9t\u00e9 Exemple");
    m_model->replaceDecision(row, changed);
    QVERIFY(m_model->searchKey(row).contains(QLatin1String("societe exemple")));
    QCOMPARE(m_model->index(row, 0).data(DecisionModel::SearchKeyRole).toString(), m_model->searchKey(row));
    m_model->setDecisions(m_decisions);
    QVERIFY(!m_model->searchKey(row).contains(QLatin1String("societe exemple")));
}

void TestDecisionModel::relatedDecisions_areDecisionRelationsRelatedAndFollowEdits()
{
    const auto idsOf = [](const QList<Decision> &decisions) {
        QStringList ids;
        for (const Decision &d : decisions)
            ids.append(d.id);
        return ids;
    };
    int withRelations = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStringList expected = idsOf(DecisionRelations::related(m_model->decisionAt(row), m_model->allDecisions()));
        QCOMPARE(idsOf(m_model->relatedDecisions(row)), expected);
        withRelations += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(withRelations > 10);
    // The index follows an edit: the ICO fine now names the CNIL fine, which is then named by it.
    const int ico = icoRow();
    const int cnil = m_model->rowOf(QStringLiteral("fr-cnil-2022-fine"));
    QVERIFY(!idsOf(m_model->relatedDecisions(cnil)).contains(QStringLiteral("gb-ico-2022-fine")));
    Decision edited = m_model->decisionAt(ico);
    edited.relatedTo.append(QStringLiteral("fr-cnil-2022-fine"));
    m_model->replaceDecision(ico, edited);
    QVERIFY(idsOf(m_model->relatedDecisions(cnil)).contains(QStringLiteral("gb-ico-2022-fine")));
    QCOMPARE(idsOf(m_model->relatedDecisions(cnil)),
        idsOf(DecisionRelations::related(m_model->decisionAt(cnil), m_model->allDecisions())));
}

// Rows kept as compact records (no long texts, no penalty) are linked without building their decisions: the same
// relations both ways as DecisionRelations finds, with repeated, self and unknown ids among them.
void TestDecisionModel::relatedDecisions_ofCompactRows()
{
    const auto decision = [](const QString &id, const QStringList &related) {
        Decision d;
        d.id = id;
        d.country = QStringLiteral("FR");
        d.decisionType = QStringLiteral("fine");
        d.decisionDate = QDate(2022, 1, 1);
        d.relatedTo = related;
        d.longTextsOmitted = true;
        return d;
    };
    QList<Decision> decisions;
    decisions << decision(QStringLiteral("a"), {});
    decisions << decision(QStringLiteral("b"), { QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b") });
    Decision c = decision(QStringLiteral("c"), { QStringLiteral("b"), QStringLiteral("no-such-decision") });
    c.statusChanges = { StatusChange { QDate(2023, 1, 1), QStringLiteral("annulled"), false, QStringLiteral("a"), {} },
        StatusChange { QDate(2023, 2, 1), QStringLiteral("reinstated"), true, QStringLiteral("b"), {} } };
    decisions << c;
    decisions << decision(QStringLiteral("d"), { QStringLiteral("c"), QStringLiteral("a") });
    DecisionModel model;
    model.setDecisions(decisions);
    QCOMPARE(model.table().wholeRows(), 0);
    const auto idsOf = [](const QList<Decision> &list) {
        QStringList ids;
        for (const Decision &d : list)
            ids << d.id;
        return ids;
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const Decision d = model.decisionAt(row);
        QCOMPARE(idsOf(model.relatedDecisions(row)), idsOf(DecisionRelations::related(d, model.allDecisions())));
        QCOMPARE(model.referencesTo(d.id), DecisionRelations::namedBy(d.id, model.allDecisions()));
    }
    QCOMPARE(model.referencesTo(QStringLiteral("a")),
        (QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));
}

QTEST_GUILESS_MAIN(TestDecisionModel)
#include "tst_decisionmodel.moc"
