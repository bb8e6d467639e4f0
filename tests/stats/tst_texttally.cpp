// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TextTally, the counts by type and country of `caseline stats`: whatever the texts share, the counts must be
// those of a plain hash, each text once, in the order first seen.
#include "texttally.h"

#include <QHash>
#include <QTest>

class TestTextTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_areThoseOfAHash_data();
    void counts_areThoseOfAHash();
};

void TestTextTally::counts_areThoseOfAHash_data()
{
    QTest::addColumn<int>("distinct");
    QTest::addColumn<bool>("shared");
    // Shared: one QString per distinct text, as the readers give them; else a new string for every occurrence,
    // equal texts at different addresses. More distinct texts than the tally's 64 slots meet in its slots.
    QTest::newRow("11 types, shared") << 11 << true;
    QTest::newRow("30 countries, each a new string") << 30 << false;
    QTest::newRow("1,000 texts, shared") << 1000 << true;
    QTest::newRow("1,000 texts, each a new string") << 1000 << false;
    QTest::newRow("the empty text among others") << 3 << false;
}

void TestTextTally::counts_areThoseOfAHash()
{
    QFETCH(int, distinct);
    QFETCH(bool, shared);
    QStringList texts;
    for (int i = 0; i < distinct; ++i)
        texts.append(i == 0 ? QString() : QStringLiteral("t%1-%2").arg(i % 7).arg(i));
    TextTally<int> tally;
    QHash<QString, int> expected;
    QStringList firstSeen;
    quint32 state = 20260101;
    for (int n = 0; n < 20000; ++n) {
        state = state * 1664525u + 1013904223u;
        const QString &text = texts.at(int((state >> 8) % quint32(distinct)));
        const QString occurrence = shared ? text : QString(text.constData(), text.size());
        ++tally[occurrence];
        if (!expected.contains(text))
            firstSeen.append(text);
        ++expected[text];
    }
    QCOMPARE(tally.texts(), firstSeen);
    for (qsizetype i = 0; i < tally.texts().size(); ++i)
        QCOMPARE(tally.values().at(i), expected.value(tally.texts().at(i)));
}

QTEST_GUILESS_MAIN(TestTextTally)
#include "tst_texttally.moc"
