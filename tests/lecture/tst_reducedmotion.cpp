// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reducedmotion.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestReducedMotion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTheDesktop_data();
    void fromTheDesktop();
};

void TestReducedMotion::fromTheDesktop_data()
{
    QTest::addColumn<QString>("environment"); // CASELINE_REDUCED_MOTION; "-" for unset
    QTest::addColumn<QByteArray>("kdeglobals"); // empty: no file
    QTest::addColumn<bool>("reduced");
    QTest::addRow("nothing said") << QStringLiteral("-") << QByteArray() << false;
    QTest::addRow("KDE, animations instant") << QStringLiteral("-") << QByteArray("[KDE]\nAnimationDurationFactor=0\n")
                                            << true;
    QTest::addRow("KDE, animations slow") << QStringLiteral("-") << QByteArray("[KDE]\nAnimationDurationFactor=2\n")
                                         << false;
    QTest::addRow("the environment asks") << QStringLiteral("1") << QByteArray() << true;
    QTest::addRow("the environment overrides KDE") << QStringLiteral("0")
                                                   << QByteArray("[KDE]\nAnimationDurationFactor=0\n") << false;
}

void TestReducedMotion::fromTheDesktop()
{
    QFETCH(QString, environment);
    QFETCH(QByteArray, kdeglobals);
    QFETCH(bool, reduced);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("XDG_CONFIG_DIRS", config.path().toUtf8());
    // No GNOME here: gsettings is looked up on PATH.
    qputenv("PATH", config.path().toUtf8());
    if (environment == QLatin1String("-"))
        qunsetenv("CASELINE_REDUCED_MOTION");
    else
        qputenv("CASELINE_REDUCED_MOTION", environment.toUtf8());
    if (!kdeglobals.isEmpty()) {
        QFile file(config.filePath(QStringLiteral("kdeglobals")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kdeglobals);
    }
    QCOMPARE(ReducedMotion::systemPrefers(), reduced);
}

QTEST_GUILESS_MAIN(TestReducedMotion)
#include "tst_reducedmotion.moc"
