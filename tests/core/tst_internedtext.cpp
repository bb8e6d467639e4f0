// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The texts the timeline's million items share: one copy per distinct text for the whole process, the same from any
// thread, compared by address and still equal to the QString they came from.
#include "internedtext.h"

#include <QTest>
#include <thread>
#include <vector>

class TestInternedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTextsShareOneCopy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("country code") << QStringLiteral("FR");
        QTest::newRow("authority") << QStringLiteral("Commission nationale de l'informatique et des libertés (CNIL)");
        QTest::newRow("not Latin-1") << QStringLiteral("Υπηρεσία Προστασίας Δεδομένων 🇬🇷");
        QTest::newRow("markup kept as text") << QStringLiteral("<b>Authority</b> & <script>x</script>");
    }
    void equalTextsShareOneCopy()
    {
        QFETCH(QString, text);
        // A copy with characters of its own, not a shared QString: interning must compare characters.
        const QString copy = QString(text.constData(), text.size());
        QVERIFY(copy.constData() != text.constData());
        const InternedText a(text);
        const InternedText b(copy);
        QCOMPARE(a.toString(), text);
        QVERIFY(&a.toString() == &b.toString());
        QVERIFY(a == b);
        QVERIFY(a == text);
        QVERIFY(text == a);
        QCOMPARE(qHash(a), qHash(b));
        const InternedText other(text + QLatin1Char('x'));
        QVERIFY(a != other);
        QVERIFY(other != text);
    }

    void emptyAndNullAreTheDefault()
    {
        const InternedText none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.toString(), QString());
        QVERIFY(InternedText(QString()) == none);
        QVERIFY(InternedText(QStringLiteral("")) == none);
        QVERIFY(InternedText(QStringLiteral("FR")) != none);
        InternedText assigned;
        assigned = QStringLiteral("IT");
        QVERIFY(assigned == QLatin1String("IT"));
    }

    // The timeline builds its items on two threads at once: both must get the same copies.
    void threadsGetTheSameCopies()
    {
        constexpr int Texts = 2000;
        std::vector<const QString *> seen[2];
        const auto work = [&](int part) {
            InternedTextCache cache;
            for (int i = 0; i < Texts; ++i) {
                const QString text = QStringLiteral("Authority %1").arg(i);
                // The two threads intern the texts in opposite orders, half through a cache.
                const QString ordered = part ? QStringLiteral("Authority %1").arg(Texts - 1 - i) : text;
                const InternedText interned = i % 2 ? cache.of(ordered) : InternedText(ordered);
                seen[part].push_back(&interned.toString());
            }
        };
        std::thread other(work, 1);
        work(0);
        other.join();
        for (int i = 0; i < Texts; ++i) {
            QCOMPARE(*seen[0][size_t(i)], QStringLiteral("Authority %1").arg(i));
            QVERIFY(seen[0][size_t(i)] == seen[1][size_t(Texts - 1 - i)]);
        }
    }

    // The cache finds a text by the address of its characters: a text freed and another made at the same address
    // must not be taken for the first.
    void cacheKeepsWhatItWasGiven()
    {
        InternedTextCache cache;
        for (int i = 0; i < 1000; ++i) {
            const QString text = QStringLiteral("Text %1").arg(i); // freed at the end of each turn
            QCOMPARE(cache.of(text).toString(), text);
        }
        const QString shared = QStringLiteral("Garante per la protezione dei dati personali");
        QVERIFY(cache.of(shared) == InternedText(shared));
        QVERIFY(cache.of(QString(shared)) == cache.of(shared));
    }
};

QTEST_GUILESS_MAIN(TestInternedText)
#include "tst_internedtext.moc"
