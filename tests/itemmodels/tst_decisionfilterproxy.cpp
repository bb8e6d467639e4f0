// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "viewstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

Decision makeDecision(const QString &id, const QString &country, const QString &type, const QDate &adopted,
    const QDate &announced, const QString &authority, const QString &target)
{
    Decision d;
    d.id = id;
    d.country = country;
    d.decisionType = type;
    d.decisionDate = adopted;
    d.announceDate = announced;
    d.authority = authority;
    d.target = target;
    return d;
}

// Eight records shaped like the bundled ones: two CNIL decisions a year apart, fines in EUR, GBP and SEK, a
// decision without an announced date, one without an adopted date, and one adopted months before it was announced.
QList<Decision> sampleDecisions()
{
    const QString clearview = QStringLiteral("Clearview AI Inc.");
    const QString cnil = QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL)");
    QList<Decision> list;

    Decision cnilFine = makeDecision(QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("FR"),
        QStringLiteral("fine"), QDate(2022, 10, 17), QDate(2022, 10, 20), cnil, clearview);
    cnilFine.amount = Money{2000000000, QStringLiteral("EUR")};
    cnilFine.amountEur = cnilFine.amount;
    cnilFine.facts = {QStringLiteral("Traitement illicite de données biométriques")};
    list << cnilFine;

    list << makeDecision(QStringLiteral("fr-cnil-2021-formal-notice"), QStringLiteral("FR"),
        QStringLiteral("formal_notice"), QDate(2021, 11, 26), QDate(2021, 12, 16), cnil, clearview);

    Decision greekFine = makeDecision(QStringLiteral("gr-hdpa-2022-fine"), QStringLiteral("GR"),
        QStringLiteral("fine"), QDate(2022, 7, 13), QDate(2022, 7, 15),
        QStringLiteral("Hellenic Data Protection Authority (HDPA)"), clearview);
    greekFine.amount = Money{2000000000, QStringLiteral("EUR")};
    greekFine.amountEur = greekFine.amount;
    list << greekFine;

    Decision icoFine = makeDecision(QStringLiteral("gb-ico-2022-fine"), QStringLiteral("GB"), QStringLiteral("fine"),
        QDate(2022, 5, 18), QDate(2022, 5, 23), QStringLiteral("Information Commissioner's Office (ICO)"), clearview);
    icoFine.amount = Money{755280000, QStringLiteral("GBP")};
    icoFine.amountEur = Money{892027900, QStringLiteral("EUR")};
    list << icoFine;

    Decision dutchFine = makeDecision(QStringLiteral("nl-ap-2024-fine"), QStringLiteral("NL"), QStringLiteral("fine"),
        QDate(2024, 5, 16), QDate(2024, 9, 3), QStringLiteral("Autoriteit Persoonsgegevens (AP)"), clearview);
    dutchFine.amount = Money{3050000000, QStringLiteral("EUR")};
    dutchFine.amountEur = dutchFine.amount;
    list << dutchFine;

    Decision swedishFine = makeDecision(QStringLiteral("se-imy-2021-police-fine"), QStringLiteral("SE"),
        QStringLiteral("fine"), QDate(2021, 2, 10), QDate(2021, 2, 11),
        QStringLiteral("Integritetsskyddsmyndigheten (IMY)"), QStringLiteral("Swedish Police Authority"));
    swedishFine.amount = Money{250000000, QStringLiteral("SEK")};
    swedishFine.amountEur = Money{24801600, QStringLiteral("EUR")};
    // Imported notes are often typed without accents.
    swedishFine.summary = QStringLiteral("Traitement de donnees biometriques sans base legale");
    list << swedishFine;

    list << makeDecision(QStringLiteral("au-oaic-2021-afp"), QStringLiteral("AU"), QStringLiteral("order"),
        QDate(2021, 11, 26), QDate(), QStringLiteral("Office of the Australian Information Commissioner (OAIC)"),
        QStringLiteral("Australian Federal Police"));

    list << makeDecision(QStringLiteral("us-vt-2020-mtd-ruling"), QStringLiteral("US"),
        QStringLiteral("court_ruling"), QDate(), QDate(2020, 9, 11), QStringLiteral("Vermont Superior Court"),
        clearview);
    return list;
}

// Ids of the visible rows, in the proxy's order.
QStringList visibleIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(DecisionModel::DecisionIdRole).toString();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The window's wiring, in the order it happens there: the tester watches the proxy before any data arrives.
struct Fixture
{
    ViewState state;
    DecisionModel model;
    DecisionFilterProxy proxy{&state};
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture()
    {
        proxy.setSourceModel(&model);
        model.setDecisions(sampleDecisions());
    }
};

} // namespace

class TestDecisionFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyFilter_keepsEveryRow();
    void criteria_keepOnlyMatchingDecisions_data();
    void criteria_keepOnlyMatchingDecisions();
    void dateRange_isInclusiveOnTheChosenBasis_data();
    void dateRange_isInclusiveOnTheChosenBasis();
    void viewStateFilterChange_refilters();
    void dateBasisChange_refilters();
    void sortByAmount_comparesEuroEquivalents();
    void sortByAmount_putsDecisionsWithoutAmountAtOneEnd_data();
    void sortByAmount_putsDecisionsWithoutAmountAtOneEnd();
    void sortByDate_isChronologicalAndSurvivesRefilter();
    void otherSourceModel_filtersThroughDecisionRole();
    void sortByDate_keepsRowsAlreadyInDateOrder();
    void sort_ordersAsTheSortRole_data();
    void sort_ordersAsTheSortRole();
    void search_seesAnEditedDecision();
};

void TestDecisionFilterProxy::emptyFilter_keepsEveryRow()
{
    Fixture f;
    QCOMPARE(f.proxy.rowCount(), 8);
    QCOMPARE(f.proxy.columnCount(), int(DecisionModel::NUM_COLUMNS));
    QCOMPARE(f.proxy.sortRole(), int(DecisionModel::SortRole));
}

void TestDecisionFilterProxy::criteria_keepOnlyMatchingDecisions_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("two countries") << QStringList{QStringLiteral("FR"), QStringLiteral("GR")} << none << QString()
                                   << QString()
                                   << QStringList{QStringLiteral("fr-cnil-2022-fine"),
                                          QStringLiteral("fr-cnil-2021-formal-notice"),
                                          QStringLiteral("gr-hdpa-2022-fine")};
    QTest::newRow("country without decisions") << QStringList{QStringLiteral("DE")} << none << QString() << QString()
                                               << none;
    QTest::newRow("two types") << none << QStringList{QStringLiteral("formal_notice"), QStringLiteral("order")}
                               << QString() << QString()
                               << QStringList{QStringLiteral("fr-cnil-2021-formal-notice"),
                                      QStringLiteral("au-oaic-2021-afp")};
    QTest::newRow("country and type together") << QStringList{QStringLiteral("FR")}
                                               << QStringList{QStringLiteral("fine")} << QString() << QString()
                                               << QStringList{QStringLiteral("fr-cnil-2022-fine")};
    QTest::newRow("target substring, any case") << none << none << QStringLiteral("POLICE") << QString()
                                                << QStringList{QStringLiteral("se-imy-2021-police-fine"),
                                                       QStringLiteral("au-oaic-2021-afp")};
    QTest::newRow("target, several words") << none << none << QStringLiteral("police authority") << QString()
                                           << QStringList{QStringLiteral("se-imy-2021-police-fine")};
    QTest::newRow("search French country name without accent") << none << none << QString()
                                                               << QStringLiteral("grece")
                                                               << QStringList{QStringLiteral("gr-hdpa-2022-fine")};
    QTest::newRow("search upper case with accent") << none << none << QString() << QStringLiteral("GRÈCE")
                                                   << QStringList{QStringLiteral("gr-hdpa-2022-fine")};
    QTest::newRow("search lower case finds acronym") << none << none << QString() << QStringLiteral("cnil")
                                                     << QStringList{QStringLiteral("fr-cnil-2022-fine"),
                                                            QStringLiteral("fr-cnil-2021-formal-notice")};
    QTest::newRow("search accented finds both spellings")
        << none << none << QString() << QStringLiteral("données")
        << QStringList{QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("se-imy-2021-police-fine")};
    QTest::newRow("search unaccented upper case finds both spellings")
        << none << none << QString() << QStringLiteral("DONNEES")
        << QStringList{QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("se-imy-2021-police-fine")};
    QTest::newRow("search needs every word") << none << none << QString() << QStringLiteral("cnil 2022")
                                             << QStringList{QStringLiteral("fr-cnil-2022-fine")};
    QTest::newRow("search without match") << none << none << QString() << QStringLiteral("interpol") << none;
    QTest::newRow("search and country disagree") << QStringList{QStringLiteral("GR")} << none << QString()
                                                 << QStringLiteral("cnil") << none;
}

void TestDecisionFilterProxy::criteria_keepOnlyMatchingDecisions()
{
    QFETCH(QStringList, countries);
    QFETCH(QStringList, types);
    QFETCH(QString, target);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    Fixture f;
    DecisionFilter filter;
    filter.countries = countries;
    filter.types = types;
    filter.target = target;
    filter.search = search;
    f.state.setFilter(filter);

    QCOMPARE(sorted(visibleIds(f.proxy)), sorted(expected));
}

void TestDecisionFilterProxy::dateRange_isInclusiveOnTheChosenBasis_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("announcedBasis");
    QTest::addColumn<QStringList>("expected");

    const QStringList dutch{QStringLiteral("nl-ap-2024-fine")};
    const QStringList none;
    QTest::newRow("May 2024, adopted: signed 2024-05-16") << QDate(2024, 5, 1) << QDate(2024, 5, 31) << false << dutch;
    QTest::newRow("May 2024, announced: published later") << QDate(2024, 5, 1) << QDate(2024, 5, 31) << true << none;
    QTest::newRow("September 2024, announced") << QDate(2024, 9, 1) << QDate(2024, 9, 30) << true << dutch;
    QTest::newRow("September 2024, adopted") << QDate(2024, 9, 1) << QDate(2024, 9, 30) << false << none;
    QTest::newRow("June to August 2024, adopted: neither date") << QDate(2024, 6, 1) << QDate(2024, 8, 31) << false
                                                                 << none;
    QTest::newRow("June to August 2024, announced: neither date") << QDate(2024, 6, 1) << QDate(2024, 8, 31) << true
                                                                   << none;
    QTest::newRow("single day is inclusive, adopted") << QDate(2024, 5, 16) << QDate(2024, 5, 16) << false << dutch;
    QTest::newRow("single day is inclusive, announced") << QDate(2024, 9, 3) << QDate(2024, 9, 3) << true << dutch;
    QTest::newRow("day after the last date") << QDate(2024, 9, 4) << QDate() << true << none;
    QTest::newRow("open end") << QDate(2024, 1, 1) << QDate() << false << dutch;
    QTest::newRow("open start falls back to announced when adoption unknown")
        << QDate() << QDate(2020, 12, 31) << false << QStringList{QStringLiteral("us-vt-2020-mtd-ruling")};
    QTest::newRow("announced basis falls back to adopted when announcement unknown")
        << QDate(2021, 11, 26) << QDate(2021, 11, 26) << true << QStringList{QStringLiteral("au-oaic-2021-afp")};
    QTest::newRow("same day on adopted basis")
        << QDate(2021, 11, 26) << QDate(2021, 11, 26) << false
        << QStringList{QStringLiteral("fr-cnil-2021-formal-notice"), QStringLiteral("au-oaic-2021-afp")};
    QTest::newRow("December 2021, announced") << QDate(2021, 12, 1) << QDate(2021, 12, 31) << true
                                              << QStringList{QStringLiteral("fr-cnil-2021-formal-notice")};
    QTest::newRow("December 2021, adopted") << QDate(2021, 12, 1) << QDate(2021, 12, 31) << false << none;
}

void TestDecisionFilterProxy::dateRange_isInclusiveOnTheChosenBasis()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, announcedBasis);
    QFETCH(QStringList, expected);

    Fixture f;
    f.state.setDateBasis(announcedBasis ? DateBasis::Announced : DateBasis::Adopted);
    DecisionFilter filter;
    filter.from = from;
    filter.to = to;
    f.state.setFilter(filter);

    QCOMPARE(sorted(visibleIds(f.proxy)), sorted(expected));
}

void TestDecisionFilterProxy::viewStateFilterChange_refilters()
{
    Fixture f;
    // A new filter rebuilds the rows in one pass and announces it as one layout change (not row by row, which at
    // 100,000 decisions cost most of a second); every view listens to layoutChanged.
    QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
    const QPersistentModelIndex cnil
        = f.proxy.mapFromSource(f.model.index(f.model.rowOf(QStringLiteral("fr-cnil-2022-fine")), 0));
    const QPersistentModelIndex greek
        = f.proxy.mapFromSource(f.model.index(f.model.rowOf(QStringLiteral("gr-hdpa-2022-fine")), 0));
    QVERIFY(cnil.isValid() && greek.isValid());

    DecisionFilter filter;
    filter.countries = {QStringLiteral("FR")};
    f.state.setFilter(filter);
    QCOMPARE(f.proxy.rowCount(), 2);
    QVERIFY(!layout.isEmpty());
    // What stays visible keeps its persistent index (the selection); what the filter hides loses it.
    QVERIFY(cnil.isValid());
    QCOMPARE(cnil.data(DecisionModel::DecisionIdRole).toString(), QStringLiteral("fr-cnil-2022-fine"));
    QVERIFY(!greek.isValid());

    layout.clear();
    f.state.setFilter(DecisionFilter());
    QCOMPARE(f.proxy.rowCount(), 8);
    QVERIFY(!layout.isEmpty());
    QCOMPARE(cnil.data(DecisionModel::DecisionIdRole).toString(), QStringLiteral("fr-cnil-2022-fine"));
}

void TestDecisionFilterProxy::dateBasisChange_refilters()
{
    Fixture f;
    DecisionFilter filter;
    filter.from = QDate(2024, 5, 1);
    filter.to = QDate(2024, 5, 31);
    f.state.setFilter(filter);
    QCOMPARE(visibleIds(f.proxy), QStringList{QStringLiteral("nl-ap-2024-fine")});

    f.state.setDateBasis(DateBasis::Announced);
    QCOMPARE(f.proxy.rowCount(), 0);

    f.state.setDateBasis(DateBasis::Adopted);
    QCOMPARE(visibleIds(f.proxy), QStringList{QStringLiteral("nl-ap-2024-fine")});
}

void TestDecisionFilterProxy::sortByAmount_comparesEuroEquivalents()
{
    Fixture f;
    f.proxy.sort(DecisionModel::AmountColumn, Qt::DescendingOrder);
    const QStringList ids = visibleIds(f.proxy);

    // By euro equivalent: EUR 30.5m and EUR 20m before GBP 7,552,800 (EUR 8,920,279) before SEK 2,500,000 (EUR 248,016).
    QCOMPARE(ids.first(), QStringLiteral("nl-ap-2024-fine"));
    QVERIFY(ids.indexOf(QStringLiteral("nl-ap-2024-fine")) < ids.indexOf(QStringLiteral("gb-ico-2022-fine")));
    QVERIFY(ids.indexOf(QStringLiteral("fr-cnil-2022-fine")) < ids.indexOf(QStringLiteral("gb-ico-2022-fine")));
    QVERIFY(ids.indexOf(QStringLiteral("gb-ico-2022-fine")) < ids.indexOf(QStringLiteral("se-imy-2021-police-fine")));
}

void TestDecisionFilterProxy::sortByAmount_putsDecisionsWithoutAmountAtOneEnd_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("withoutAmountFirst");

    QTest::newRow("ascending: without amount first") << Qt::AscendingOrder << true;
    QTest::newRow("descending: without amount last") << Qt::DescendingOrder << false;
}

void TestDecisionFilterProxy::sortByAmount_putsDecisionsWithoutAmountAtOneEnd()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, withoutAmountFirst);

    Fixture f;
    f.proxy.sort(DecisionModel::AmountColumn, order);

    const int withoutAmount = 3;
    QCOMPARE(f.proxy.rowCount(), 8);
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const bool hasAmount = f.proxy.index(row, DecisionModel::AmountEurColumn).data(DecisionModel::AmountEurMinorRole)
                                   .isValid();
        const bool inAmountlessBlock = withoutAmountFirst ? row < withoutAmount : row >= 8 - withoutAmount;
        QVERIFY2(hasAmount != inAmountlessBlock, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void TestDecisionFilterProxy::sortByDate_isChronologicalAndSurvivesRefilter()
{
    Fixture f;
    f.proxy.sort(DecisionModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(f.proxy).first(), QStringLiteral("us-vt-2020-mtd-ruling"));
    QCOMPARE(visibleIds(f.proxy).last(), QStringLiteral("nl-ap-2024-fine"));

    DecisionFilter filter;
    filter.types = {QStringLiteral("fine")};
    f.state.setFilter(filter);
    const QStringList expected{QStringLiteral("se-imy-2021-police-fine"), QStringLiteral("gb-ico-2022-fine"),
        QStringLiteral("gr-hdpa-2022-fine"), QStringLiteral("fr-cnil-2022-fine"), QStringLiteral("nl-ap-2024-fine")};
    QCOMPARE(visibleIds(f.proxy), expected);
}

void TestDecisionFilterProxy::otherSourceModel_filtersThroughDecisionRole()
{
    ViewState state;
    QStandardItemModel source;
    DecisionFilterProxy proxy(&state);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    for (const Decision &d : sampleDecisions()) {
        auto *item = new QStandardItem(d.id);
        item->setData(d.id, DecisionModel::DecisionIdRole);
        item->setData(QVariant::fromValue(d), DecisionModel::DecisionRole);
        source.appendRow(item);
    }
    QCOMPARE(proxy.rowCount(), 8);

    DecisionFilter filter;
    filter.search = QStringLiteral("grece");
    state.setFilter(filter);
    QCOMPARE(visibleIds(proxy), QStringList{QStringLiteral("gr-hdpa-2022-fine")});
}

// Rows read in date order (as a file is) sorted by date, ascending, are kept in the model's order rather than sorted
// again; an edit that takes them out of that order, a change of date basis and a new filter still give exactly what a
// plain sorting proxy gives.
void TestDecisionFilterProxy::sortByDate_keepsRowsAlreadyInDateOrder()
{
    QList<Decision> decisions = sampleDecisions();
    std::stable_sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) {
        return dateFor(a, DateBasis::Adopted) < dateFor(b, DateBasis::Adopted);
    });
    ViewState state;
    DecisionModel model;
    DecisionFilterProxy proxy(&state);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setDecisions(decisions);
    QVERIFY(model.rowsInDateOrder());
    proxy.sort(DecisionModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.sortColumn(), -1); // no sort: the model's order is the one asked for

    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(DecisionModel::SortRole);
    reference.setDynamicSortFilter(true);
    reference.sort(DecisionModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(proxy), visibleIds(reference));
    QCOMPARE(visibleIds(proxy).first(), QStringLiteral("us-vt-2020-mtd-ruling"));

    // The first decision edited to be the last: the rows are out of date order, so the proxy sorts.
    Decision moved = model.decisionAt(0);
    moved.decisionDate = QDate(2030, 1, 1);
    moved.announceDate = QDate(2030, 1, 2);
    model.replaceDecision(0, moved);
    QVERIFY(!model.rowsInDateOrder());
    QCOMPARE(proxy.sortColumn(), int(DecisionModel::DateColumn));
    QCOMPARE(visibleIds(proxy), visibleIds(reference));
    QCOMPARE(visibleIds(proxy).last(), moved.id);

    // Back in order: the model's order again.
    moved.decisionDate = QDate(2019, 1, 1);
    moved.announceDate = QDate(2019, 1, 2);
    model.replaceDecision(0, moved);
    QVERIFY(model.rowsInDateOrder());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(visibleIds(proxy), visibleIds(reference));

    // Announced dates order the rows differently ("adopted months before it was announced").
    state.setDateBasis(DateBasis::Announced);
    model.setDateBasis(DateBasis::Announced);
    QVERIFY(!model.rowsInDateOrder());
    QCOMPARE(visibleIds(proxy), visibleIds(reference));

    state.setDateBasis(DateBasis::Adopted);
    model.setDateBasis(DateBasis::Adopted);
    DecisionFilter fines;
    fines.types = { QStringLiteral("fine") };
    state.setFilter(fines);
    QStringList expected;
    for (const QString &id : visibleIds(reference)) {
        if (model.decisionAt(int(model.rowOf(id))).decisionType == QLatin1String("fine"))
            expected.append(id);
    }
    QCOMPARE(visibleIds(proxy), expected);
    QCOMPARE(proxy.sortColumn(), -1);

    // Descending: sorted, as before.
    proxy.sort(DecisionModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.sortColumn(), int(DecisionModel::DateColumn));
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(visibleIds(proxy), expected);
}

void TestDecisionFilterProxy::sort_ordersAsTheSortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("announced");
    for (int column = 0; column < DecisionModel::NUM_COLUMNS; ++column) {
        QTest::addRow("column %d, ascending", column) << column << int(Qt::AscendingOrder) << false;
        QTest::addRow("column %d, descending", column) << column << int(Qt::DescendingOrder) << false;
        QTest::addRow("column %d, ascending, announced", column) << column << int(Qt::AscendingOrder) << true;
    }
}

// The proxy compares the model's integer keys; the rows must come out in the order of their SortRole values, and
// ties in the model's own order (a stable sort), as QSortFilterProxyModel gives them from the QVariants.
void TestDecisionFilterProxy::sort_ordersAsTheSortRole()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(bool, announced);
    Fixture f;
    if (announced) {
        f.state.setDateBasis(DateBasis::Announced);
        f.model.setDateBasis(DateBasis::Announced);
    }
    f.proxy.sort(column, Qt::SortOrder(order));

    // The same sort through QVariants, by a plain proxy over the same model.
    QSortFilterProxyModel reference;
    reference.setSourceModel(&f.model);
    reference.setSortRole(DecisionModel::SortRole);
    reference.sort(column, Qt::SortOrder(order));
    QCOMPARE(f.proxy.rowCount(), reference.rowCount());
    QCOMPARE(visibleIds(f.proxy).size(), f.proxy.rowCount());
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        QCOMPARE(f.proxy.index(row, 0).data(DecisionModel::DecisionIdRole).toString(),
            reference.index(row, 0).data(DecisionModel::DecisionIdRole).toString());
}

// The search keys are folded on demand and kept; an edit must not leave the old text searchable.
void TestDecisionFilterProxy::search_seesAnEditedDecision()
{
    Fixture f;
    DecisionFilter filter;
    filter.search = QStringLiteral("police");
    f.state.setFilter(filter);
    QCOMPARE(f.proxy.rowCount(), 2);
    const int row = f.model.rowOf(QStringLiteral("fr-cnil-2022-fine"));
    Decision changed = f.model.decisionAt(row);
    changed.summary = QStringLiteral("Ordonnance de la POLICE");
    f.model.replaceDecision(row, changed);
    QCOMPARE(f.proxy.rowCount(), 3);
    changed.summary.clear();
    f.model.replaceDecision(row, changed);
    QCOMPARE(f.proxy.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestDecisionFilterProxy)
#include "tst_decisionfilterproxy.moc"
