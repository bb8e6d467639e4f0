// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"
#include "viewstate.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

QAction *menuEntry(const QMenu *menu, const QString &value)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->data().toString() == value)
            return action;
    }
    return nullptr;
}

QStringList checkedEntries(const QMenu *menu)
{
    QStringList values;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            values << action->data().toString();
    }
    return values;
}

// Clicks an entry the way a user does: open the menu, click the entry's row.
void clickEntry(QMenu *menu, const QString &value)
{
    if (!menu->isVisible()) {
        menu->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
    }
    QAction *action = menuEntry(menu, value);
    QVERIFY2(action, qPrintable(value));
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
}

// A bar with the countries and types of the bundled data, shown in English.
struct Fixture
{
    ViewState state;
    FilterBar bar{&state};

    Fixture()
    {
        bar.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        bar.setAvailableCountries({QStringLiteral("GR"), QStringLiteral("FR"), QStringLiteral("GB")});
        bar.setAvailableTypes({QStringLiteral("fine"), QStringLiteral("formal_notice"), QStringLiteral("order")});
        bar.setAvailableDateRange(QDate(2020, 1, 24), QDate(2025, 12, 18));
        bar.show();
    }

    template<typename T>
    T *child(const char *name) const
    {
        return bar.findChild<T *>(QLatin1String(name));
    }
};

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void search_typingUpdatesFilterOnceAfterPause();
    void target_typingUpdatesFilter();
    void countryMenu_clickingEntriesSelectsSeveralAndStaysOpen();
    void countryMenu_namesCountriesInTheWidgetLocale_data();
    void countryMenu_namesCountriesInTheWidgetLocale();
    void typeMenu_clickingEntryFiltersTypesAndAllTypesResets();
    void dates_checkingAndEditingSetsOpenOrClosedRange();
    void clearAll_resetsEverythingWithOneChange();
    void clearAll_cancelsPendingTyping();
    void externalFilter_isShownWithoutWritingBack();
    void externalFilter_keepsCountryNotOffered();
    void ctrlF_focusesSearch();
    void controls_haveObjectAndAccessibleNames_data();
    void controls_haveObjectAndAccessibleNames();
};

void TestFilterBar::search_typingUpdatesFilterOnceAfterPause()
{
    Fixture f;
    QSignalSpy changed(&f.state, &ViewState::filterChanged);
    QCOMPARE(f.bar.searchField()->placeholderText(), QStringLiteral("Search (accents and case ignored)"));
    QVERIFY(f.bar.searchField()->isClearButtonEnabled());

    QTest::keyClicks(f.bar.searchField(), QStringLiteral("Grece cnil"));
    // Debounced: nothing yet, then one change carrying the whole text.
    QCOMPARE(f.state.filter().search, QString());
    QTRY_COMPARE(f.state.filter().search, QStringLiteral("Grece cnil"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.state.filter().countries.isEmpty());
}

void TestFilterBar::target_typingUpdatesFilter()
{
    Fixture f;
    auto *target = f.child<QLineEdit>("targetField");
    QVERIFY(target);
    QTest::keyClicks(target, QStringLiteral("police"));
    QTRY_COMPARE(f.state.filter().target, QStringLiteral("police"));

    // Enter applies at once.
    QTest::keyClick(target, Qt::Key_Backspace);
    QTest::keyClick(target, Qt::Key_Return);
    QCOMPARE(f.state.filter().target, QStringLiteral("polic"));
}

void TestFilterBar::countryMenu_clickingEntriesSelectsSeveralAndStaysOpen()
{
    Fixture f;
    auto *menu = f.child<QMenu>("countryMenu");
    auto *button = f.child<QToolButton>("countryButton");
    QVERIFY(menu);
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("All countries"));

    clickEntry(menu, QStringLiteral("GR"));
    QCOMPARE(f.state.filter().countries, QStringList{QStringLiteral("GR")});
    QVERIFY(menu->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Greece"));

    clickEntry(menu, QStringLiteral("FR"));
    // Menu order: by English name, France before Greece.
    QCOMPARE(f.state.filter().countries, (QStringList{QStringLiteral("FR"), QStringLiteral("GR")}));
    QCOMPARE(button->text(), QStringLiteral("2 countries"));

    clickEntry(menu, QStringLiteral("GR"));
    QCOMPARE(f.state.filter().countries, QStringList{QStringLiteral("FR")});
    menu->close();
}

void TestFilterBar::countryMenu_namesCountriesInTheWidgetLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("English, sorted by name")
        << QLocale(QLocale::English, QLocale::UnitedKingdom)
        << QStringList{QStringLiteral("France (FR)"), QStringLiteral("Greece (GR)"),
               QStringLiteral("United Kingdom (GB)")};
    QTest::newRow("French, sorted by French name")
        << QLocale(QLocale::French, QLocale::France)
        << QStringList{QStringLiteral("France (FR)"), QStringLiteral("Grèce (GR)"), QStringLiteral("Royaume-Uni (GB)")};
}

void TestFilterBar::countryMenu_namesCountriesInTheWidgetLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, labels);

    ViewState state;
    FilterBar bar(&state);
    bar.setLocale(locale);
    bar.setAvailableCountries({QStringLiteral("GB"), QStringLiteral("GR"), QStringLiteral("FR")});
    QStringList shown;
    const QList<QAction *> actions = bar.findChild<QMenu *>(QStringLiteral("countryMenu"))->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable())
            shown << action->text();
    }
    QCOMPARE(shown, labels);
}

void TestFilterBar::typeMenu_clickingEntryFiltersTypesAndAllTypesResets()
{
    Fixture f;
    auto *menu = f.child<QMenu>("typeMenu");
    QVERIFY(menu);
    QCOMPARE(menuEntry(menu, QStringLiteral("formal_notice"))->text(), QStringLiteral("Formal notice"));

    clickEntry(menu, QStringLiteral("formal_notice"));
    clickEntry(menu, QStringLiteral("order"));
    QCOMPARE(f.state.filter().types, (QStringList{QStringLiteral("formal_notice"), QStringLiteral("order")}));
    QCOMPARE(f.child<QToolButton>("typeButton")->text(), QStringLiteral("2 types"));

    auto *allTypes = f.child<QAction>("allTypesAction");
    QVERIFY(allTypes);
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(allTypes).center());
    QVERIFY(f.state.filter().types.isEmpty());
    QVERIFY(checkedEntries(menu).isEmpty());
    QTRY_VERIFY(!menu->isVisible());
}

void TestFilterBar::dates_checkingAndEditingSetsOpenOrClosedRange()
{
    Fixture f;
    auto *fromCheck = f.child<QCheckBox>("fromCheck");
    auto *fromEdit = f.child<QDateEdit>("fromEdit");
    auto *toCheck = f.child<QCheckBox>("toCheck");
    auto *toEdit = f.child<QDateEdit>("toEdit");
    QVERIFY(fromCheck && fromEdit && toCheck && toEdit);
    QVERIFY(!fromEdit->isEnabled());

    QTest::mouseClick(fromCheck, Qt::LeftButton);
    QVERIFY(fromEdit->isEnabled());
    QCOMPARE(f.state.filter().from, QDate(2020, 1, 24));
    QVERIFY(!f.state.filter().to.isValid());

    fromEdit->setDate(QDate(2022, 1, 1));
    QCOMPARE(f.state.filter().from, QDate(2022, 1, 1));

    QTest::mouseClick(toCheck, Qt::LeftButton);
    toEdit->setDate(QDate(2022, 12, 31));
    QCOMPARE(f.state.filter().from, QDate(2022, 1, 1));
    QCOMPARE(f.state.filter().to, QDate(2022, 12, 31));

    // Unticking opens the range again; the editor keeps its date for next time.
    QTest::mouseClick(fromCheck, Qt::LeftButton);
    QVERIFY(!f.state.filter().from.isValid());
    QCOMPARE(f.state.filter().to, QDate(2022, 12, 31));
    QCOMPARE(fromEdit->date(), QDate(2022, 1, 1));
}

void TestFilterBar::clearAll_resetsEverythingWithOneChange()
{
    Fixture f;
    clickEntry(f.child<QMenu>("countryMenu"), QStringLiteral("FR"));
    f.child<QMenu>("countryMenu")->close();
    QTest::mouseClick(f.child<QCheckBox>("toCheck"), Qt::LeftButton);
    QTest::keyClicks(f.child<QLineEdit>("targetField"), QStringLiteral("Clearview"));
    QTest::keyClicks(f.bar.searchField(), QStringLiteral("cnil"));
    QTRY_COMPARE(f.state.filter().search, QStringLiteral("cnil"));
    QVERIFY(!f.state.filter().isEmpty());

    QSignalSpy changed(&f.state, &ViewState::filterChanged);
    QTest::mouseClick(f.child<QPushButton>("clearAllButton"), Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QVERIFY(f.state.filter() == DecisionFilter());
    QVERIFY(checkedEntries(f.child<QMenu>("countryMenu")).isEmpty());
    QVERIFY(!f.child<QCheckBox>("toCheck")->isChecked());
    QVERIFY(!f.child<QDateEdit>("toEdit")->isEnabled());
    QCOMPARE(f.child<QLineEdit>("targetField")->text(), QString());
    QCOMPARE(f.bar.searchField()->text(), QString());
    QCOMPARE(f.child<QToolButton>("countryButton")->text(), QStringLiteral("All countries"));
}

void TestFilterBar::clearAll_cancelsPendingTyping()
{
    Fixture f;
    QSignalSpy changed(&f.state, &ViewState::filterChanged);
    QTest::keyClicks(f.bar.searchField(), QStringLiteral("cnil"));
    f.bar.clearAll();
    QTest::qWait(400);
    QCOMPARE(changed.count(), 0);
    QVERIFY(f.state.filter().isEmpty());
    QCOMPARE(f.bar.searchField()->text(), QString());
}

void TestFilterBar::externalFilter_isShownWithoutWritingBack()
{
    Fixture f;
    QSignalSpy changed(&f.state, &ViewState::filterChanged);
    DecisionFilter filter;
    filter.countries = {QStringLiteral("GB"), QStringLiteral("GR")};
    filter.types = {QStringLiteral("fine")};
    filter.from = QDate(2022, 1, 1);
    filter.to = QDate(2022, 12, 31);
    filter.target = QStringLiteral("Clearview");
    filter.search = QStringLiteral("données");
    f.state.setFilter(filter);

    QCOMPARE(checkedEntries(f.child<QMenu>("countryMenu")), (QStringList{QStringLiteral("GR"), QStringLiteral("GB")}));
    QCOMPARE(checkedEntries(f.child<QMenu>("typeMenu")), QStringList{QStringLiteral("fine")});
    QVERIFY(f.child<QCheckBox>("fromCheck")->isChecked());
    QCOMPARE(f.child<QDateEdit>("fromEdit")->date(), QDate(2022, 1, 1));
    QVERIFY(f.child<QCheckBox>("toCheck")->isChecked());
    QCOMPARE(f.child<QDateEdit>("toEdit")->date(), QDate(2022, 12, 31));
    QCOMPARE(f.child<QLineEdit>("targetField")->text(), QStringLiteral("Clearview"));
    QCOMPARE(f.bar.searchField()->text(), QStringLiteral("données"));
    QCOMPARE(f.child<QToolButton>("typeButton")->text(), QStringLiteral("Fine"));

    // Showing it wrote nothing back, not even after the debounce delay.
    QTest::qWait(400);
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.state.filter() == filter);

    // And an open range from elsewhere unticks the box.
    filter.from = QDate();
    f.state.setFilter(filter);
    QVERIFY(!f.child<QCheckBox>("fromCheck")->isChecked());
    QVERIFY(!f.child<QDateEdit>("fromEdit")->isEnabled());
}

void TestFilterBar::externalFilter_keepsCountryNotOffered()
{
    Fixture f;
    DecisionFilter filter;
    filter.countries = {QStringLiteral("SE")};
    f.state.setFilter(filter);
    QCOMPARE(checkedEntries(f.child<QMenu>("countryMenu")), QStringList{QStringLiteral("SE")});

    // A later edit elsewhere in the bar keeps it.
    QTest::keyClicks(f.bar.searchField(), QStringLiteral("imy"));
    QTRY_COMPARE(f.state.filter().search, QStringLiteral("imy"));
    QCOMPARE(f.state.filter().countries, QStringList{QStringLiteral("SE")});
}

void TestFilterBar::ctrlF_focusesSearch()
{
    Fixture f;
    auto *target = f.child<QLineEdit>("targetField");
    QTest::keyClicks(f.bar.searchField(), QStringLiteral("cnil"));
    f.bar.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.bar));
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());

    QTest::keySequence(&f.bar, QKeySequence::Find);
    QTRY_VERIFY(f.bar.searchField()->hasFocus());
    QCOMPARE(f.bar.searchField()->selectedText(), QStringLiteral("cnil"));
}

void TestFilterBar::controls_haveObjectAndAccessibleNames_data()
{
    QTest::addColumn<QString>("objectName");
    const char *names[] = {"countryButton", "typeButton", "fromCheck", "fromEdit", "toCheck", "toEdit", "targetField",
        "searchField", "clearAllButton"};
    for (const char *name : names)
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestFilterBar::controls_haveObjectAndAccessibleNames()
{
    QFETCH(QString, objectName);
    ViewState state;
    FilterBar bar(&state);
    const auto *control = bar.findChild<QWidget *>(objectName);
    QVERIFY(control);
    QVERIFY(!control->accessibleName().isEmpty());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
