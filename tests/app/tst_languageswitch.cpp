// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// View > Language switches the whole window at once, without a restart: menus, the table's headers and cells, the
// detail panel, the status bar and the views' formats, and the choice is remembered.
#include "casedatabase.h"
#include "cumulativechartrenderer.h"
#include "cumulativechartview.h"
#include "decisionmodel.h"
#include "detailpanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString CnilFine = QStringLiteral("fr-cnil-2022-fine");

QString normalised(QString text)
{
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("caseline-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(UiLanguage::instance()->apply(QStringLiteral("en")));
        m_database = new CaseDatabase(QStringLiteral("tst_languageswitch"));
        QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(m_database->errorString()));
        m_settings = new Settings;
        m_settings->load();
        m_settings->setLanguage(QString());
        m_window = new MainWindow(m_database, m_settings);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_settings;
        m_settings = nullptr;
        delete m_database;
        m_database = nullptr;
        UiLanguage::instance()->apply(QStringLiteral("en"));
    }

    void theMenuSwitchesEveryPartOfTheWindow()
    {
        QCOMPARE(menuTitles().first(), QStringLiteral("&File"));
        QSignalSpy headers(m_window->decisionModel(), &QAbstractItemModel::headerDataChanged);
        choose(QStringLiteral("fr"));

        // Menus, from the French file; each one differs from its English source.
        const QStringList french = menuTitles();
        const QStringList english = { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("&Help") };
        for (const QString &source : english) {
            const QString translated = QCoreApplication::translate("MainWindow", source.toUtf8().constData());
            QVERIFY2(translated != source, qPrintable(source));
            QVERIFY2(french.contains(translated), qPrintable(french.join(QLatin1Char('|'))));
        }
        // The table's headers, announced to the views.
        QVERIFY(!headers.isEmpty());
        const QString country = m_window->decisionModel()
                                    ->headerData(DecisionModel::CountryColumn, Qt::Horizontal, Qt::DisplayRole)
                                    .toString();
        QCOMPARE(country, QCoreApplication::translate("DecisionModel", "Country"));
        QVERIFY(country != QLatin1String("Country"));
        // The formats follow the words: the CNIL's fine in French in the table and the detail panel.
        QVERIFY(select(CnilFine));
        const QString panel = normalised(m_window->detailPanel()->plainText());
        QVERIFY2(panel.contains(QStringLiteral("20 000 000 €")), qPrintable(panel));
        QVERIFY2(panel.contains(QStringLiteral("17 oct. 2022")) || panel.contains(QStringLiteral("20 oct. 2022")),
                 qPrintable(panel));
        QCOMPARE(m_window->timelineView()->locale().language(), QLocale::French);
        // The status bar's count.
        const QString count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
        QCOMPARE(count, QCoreApplication::translate("MainWindow", "%1 of %Ln decision(s)", nullptr, 43).arg(QStringLiteral("43")));

        // The charts: their headline totals in French formats.
        const QString headline = normalised(m_window->cumulativeChart()->renderer().headline());
        QVERIFY2(headline.contains(QStringLiteral("104,62 M€")), qPrintable(headline));

        // The lecture scripts' dock, built in code, follows too.
        auto *newScript = m_window->findChild<QToolButton *>(QStringLiteral("newScript"));
        QVERIFY(newScript);
        QCOMPARE(newScript->text(), QCoreApplication::translate("LectureScriptPanel", "&New..."));
        QVERIFY(newScript->text() != QLatin1String("&New..."));

        // And back, at once.
        choose(QStringLiteral("en"));
        QCOMPARE(menuTitles().first(), QStringLiteral("&File"));
        QCOMPARE(m_window->decisionModel()
                     ->headerData(DecisionModel::CountryColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            QStringLiteral("Country"));
        QVERIFY(normalised(m_window->detailPanel()->plainText()).contains(QStringLiteral("€20,000,000")));
    }

    void theChoiceIsRemembered()
    {
        choose(QStringLiteral("fr"));
        QCOMPARE(m_settings->language(), QStringLiteral("fr"));
        // A new window over the same settings starts checked on French.
        delete m_window;
        m_window = new MainWindow(m_database, m_settings);
        QAction *french = m_window->findChild<QAction *>(QStringLiteral("language_fr"));
        QVERIFY(french);
        QVERIFY(french->isChecked());
    }

    void eachLanguageIsNamedInItself()
    {
        // A user lost in the other language finds their own by its name.
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("language_fr"))->text(), QStringLiteral("Français"));
        choose(QStringLiteral("fr"));
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("language_en"))->text(), QStringLiteral("English"));
    }

private:
    void choose(const QString &code)
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("language_") + code);
        QVERIFY(action);
        QSignalSpy changed(UiLanguage::instance(), &UiLanguage::changed);
        action->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(UiLanguage::instance()->current(), code);
        // The LanguageChange events Qt posts to every widget.
        QCoreApplication::processEvents();
    }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction *action : m_window->menuBar()->actions())
            titles << action->text();
        return titles;
    }

    bool select(const QString &id)
    {
        return m_window->selectDecision(id);
    }

    QTemporaryDir m_dir;
    CaseDatabase *m_database = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
