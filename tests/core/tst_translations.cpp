// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every message caseline shows has a finished French translation that keeps its placeholders and accelerator, and
// the compiled translations are in the executable. The messages are extracted afresh by lupdate from today's
// sources, so a new tr() without a translation fails here, not in a lecture hall.
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or the numerus forms

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

} // namespace

Q_DECLARE_METATYPE(Message)

namespace {

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The placeholders a translation must keep: %1..%99, %n, %L1, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

// A menu or button accelerator: "&File". "&&" is a literal ampersand, and "&amp;" in rich text is not one either.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&|[a-z]+;|#)\\w"));
    return pattern.match(text).hasMatch();
}

const QList<Message> &freshMessages()
{
    static const QList<Message> messages = [] {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CASELINE_LUPDATE),
            { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                QStringLiteral(CASELINE_SOURCE_DIR "/app"), QStringLiteral(CASELINE_SOURCE_DIR "/widgets"),
                QStringLiteral(CASELINE_SOURCE_DIR "/models"), QStringLiteral("-ts"), ts });
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            qFatal("lupdate failed: %s", lupdate.readAll().constData());
        QString error;
        QList<Message> read = readTs(ts, &error);
        if (!error.isEmpty())
            qFatal("lupdate's output: %s", qPrintable(error));
        return read;
    }();
    return messages;
}

QHash<QString, Message> committed(const QString &language)
{
    QString error;
    const QList<Message> messages
        = readTs(QStringLiteral(CASELINE_SOURCE_DIR "/resources/translations/caseline_%1.ts").arg(language), &error);
    if (!error.isEmpty())
        qFatal("caseline_%s.ts: %s", qPrintable(language), qPrintable(error));
    QHash<QString, Message> byKey;
    for (const Message &message : messages)
        byKey.insert(message.key(), message);
    return byKey;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesWereFound()
    {
        // The menus alone have more than a few dozen; an empty extraction would make every other row pass.
        QVERIFY2(freshMessages().size() > 500, qPrintable(QString::number(freshMessages().size())));
    }

    void french_data()
    {
        QTest::addColumn<Message>("message");
        for (const Message &message : freshMessages())
            QTest::newRow(qPrintable(message.context + QLatin1String(": ") + message.source.left(60))) << message;
    }

    void french()
    {
        QFETCH(Message, message);
        static const QHash<QString, Message> french = committed(QStringLiteral("fr"));
        const auto found = french.constFind(message.key());
        QVERIFY2(found != french.cend(), "no French translation: run the update_translations target and translate it");
        QVERIFY2(found->finished, "the French translation is unfinished");
        QCOMPARE(found->translations.size(), message.numerus ? 2 : 1);
        for (const QString &translation : found->translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), "empty French translation");
            QCOMPARE(placeholders(translation), placeholders(message.source));
            QCOMPARE(hasAccelerator(translation), hasAccelerator(message.source));
        }
    }

    void englishPlurals_data()
    {
        QTest::addColumn<Message>("message");
        for (const Message &message : freshMessages()) {
            if (message.numerus)
                QTest::newRow(qPrintable(message.context + QLatin1String(": ") + message.source)) << message;
        }
    }

    void englishPlurals()
    {
        // English needs its file only for plural forms: "%n decision(s)" must read "1 decision", "2 decisions".
        QFETCH(Message, message);
        static const QHash<QString, Message> english = committed(QStringLiteral("en"));
        const auto found = english.constFind(message.key());
        QVERIFY(found != english.cend());
        QVERIFY(found->finished);
        QCOMPARE(found->translations.size(), 2);
        QVERIFY(!found->translations.at(0).contains(QLatin1String("(s)")));
        QVERIFY(!found->translations.at(1).contains(QLatin1String("(s)")));
    }

    void compiledIntoTheExecutable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("quit");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Quitter");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Quit");
    }

    void compiledIntoTheExecutable()
    {
        QFETCH(QString, code);
        QFETCH(QString, quit);
        UiLanguage *language = UiLanguage::instance();
        QSignalSpy changed(language, &UiLanguage::changed);
        QVERIFY(language->apply(code));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(language->current(), code);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Quit"), quit);
        // Qt's own words (the buttons of its dialogs), from Debian's qt6-translations-l10n.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
            code == QLatin1String("fr") ? QStringLiteral("Annuler") : QStringLiteral("Cancel"));
        // Formats follow the words.
        QCOMPARE(QLocale().language(), code == QLatin1String("fr") ? QLocale::French : QLocale::English);
        // Plural forms come from the file, in both languages.
        const QString one = QCoreApplication::translate("ExportViews", "%Ln decision(s)", nullptr, 1);
        QVERIFY2(!one.contains(QLatin1String("(s)")), qPrintable(one));
    }

    void unknownLanguageChangesNothing()
    {
        UiLanguage *language = UiLanguage::instance();
        QVERIFY(language->apply(QStringLiteral("fr")));
        QSignalSpy changed(language, &UiLanguage::changed);
        QVERIFY(!language->apply(QStringLiteral("de")));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(language->current(), QStringLiteral("fr"));
    }

    void languageFromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("separate") << QStringList { QStringLiteral("caseline"), QStringLiteral("stats"), QStringLiteral("--lang"), QStringLiteral("fr") } << QStringLiteral("fr");
        QTest::newRow("joined") << QStringList { QStringLiteral("caseline"), QStringLiteral("--lang=en"), QStringLiteral("list") } << QStringLiteral("en");
        QTest::newRow("absent") << QStringList { QStringLiteral("caseline"), QStringLiteral("list") } << QStringLiteral("");
        QTest::newRow("missing value") << QStringList { QStringLiteral("caseline"), QStringLiteral("--lang") } << QStringLiteral("");
        QTest::newRow("after --") << QStringList { QStringLiteral("caseline"), QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("--lang"), QStringLiteral("fr") } << QStringLiteral("");
    }

    void languageFromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QList<QByteArray> bytes;
        for (const QString &argument : arguments)
            bytes.append(argument.toLocal8Bit());
        QList<const char *> argv;
        for (const QByteArray &b : bytes)
            argv.append(b.constData());
        QCOMPARE(UiLanguage::fromArguments(int(argv.size()), argv.constData()), expected);
    }

    void nativeNames()
    {
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
