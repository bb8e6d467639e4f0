// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision.h"
#include "detailfixtures.h"
#include "detailhtml.h"
#include "detailpanel.h"
#include "detailtexts.h"
#include "gdprarticles.h"
#include "money.h"

#include <QDesktopServices>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

using DetailFixtures::fullDecision;
using DetailFixtures::relatedDecisions;
using DetailFixtures::SectionTitles;
using DetailFixtures::sectionOf;
using DetailTexts::makeDecision;
using DetailTexts::money;
using DetailTexts::normalised;

namespace {

const QLocale English = DetailTexts::english();

struct Anchor
{
    int position;
    QString href;
};

QList<Anchor> anchorsIn(const QTextDocument *document)
{
    QList<Anchor> anchors;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor())
                anchors.append({ fragment.position(), fragment.charFormat().anchorHref() });
        }
    }
    return anchors;
}

QStringList hrefsIn(const QTextDocument *document)
{
    QStringList hrefs;
    for (const Anchor &anchor : anchorsIn(document))
        hrefs.append(anchor.href);
    return hrefs;
}

// Puts `value` into the named field of `d`, so one data-driven test can cover many fields.
void setField(Decision &d, QList<Decision> &related, const QString &field, const QString &value)
{
    if (field == QLatin1String("authority"))
        d.authority = value;
    else if (field == QLatin1String("facts"))
        d.facts = { value };
    else if (field == QLatin1String("sourceConfirms"))
        d.sources = { { QStringLiteral("https://example.org/"), value, {}, {}, {} } };
    else if (field == QLatin1String("sourceTitle"))
        d.sources = { { {}, {}, value, QStringLiteral("Publisher"), QStringLiteral("en") } };
    else if (field == QLatin1String("sourceUrl"))
        d.sources = { { QStringLiteral("https://example.org/") + value, {}, {}, {}, {} } };
    else if (field == QLatin1String("legalNotes"))
        d.legalBasis.notes = value;
    else if (field == QLatin1String("outcome"))
        d.outcome = value;
    else if (field == QLatin1String("lowConfidence"))
        d.lowConfidenceDetails = { value };
    else if (field == QLatin1String("relatedAuthority"))
        related[1].authority = value;
    else if (field == QLatin1String("statusNote"))
        d.statusChanges[0].note = value;
    // A French text is shown in an English interface when its English twin is missing: the twin is removed.
    else if (field == QLatin1String("outcomeFr")) {
        d.outcome.clear();
        d.outcomeFr = value;
    } else if (field == QLatin1String("factsFr")) {
        d.facts.clear();
        d.factsFr = { value };
    } else if (field == QLatin1String("ordersFr")) {
        d.orders.clear();
        d.ordersFr = { value };
    } else if (field == QLatin1String("summaryFr")) {
        d.summary.clear();
        d.summaryFr = value;
    } else
        QFAIL("unknown field");
}

} // namespace

// Receives what QDesktopServices would hand to the system, so a test can see which URLs were opened.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestDetailPanel : public QObject
{
    Q_OBJECT

private:
    QTextBrowser *browserOf(DetailPanel &panel) { return panel.findChild<QTextBrowser *>(); }
    QString shown(DetailPanel &panel) { return normalised(panel.plainText()); }

    const QStringList m_schemes = { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("javascript"),
        QStringLiteral("data"), QStringLiteral("ftp") };
    UrlRecorder m_recorder;

private Q_SLOTS:
    void init()
    {
        m_recorder.opened.clear();
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, &m_recorder, "open");
    }

    void cleanup()
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void fullDecision_showsEveryField_data()
    {
        QTest::addColumn<QString>("expected");
        const QString authority = QStringLiteral("Test Authority of Records");
        QTest::addRow("authority") << authority;
        QTest::addRow("country name and ISO code") << QStringLiteral("France (FR)");
        QTest::addRow("jurisdiction name") << QStringLiteral("Île-de-France region");
        QTest::addRow("authority type") << QStringLiteral("data protection authority");
        QTest::addRow("type label") << QStringLiteral("Type: Fine");
        QTest::addRow("adopted date") << QStringLiteral("Adopted: 17 Oct 2022");
        QTest::addRow("announced date") << QStringLiteral("Announced: 20 Oct 2022");
        QTest::addRow("date notes") << QStringLiteral("Hearing held on 13 Oct 2022.");
        QTest::addRow("target") << QStringLiteral("Example Target Inc.");
        QTest::addRow("amount, up to, original currency") << QStringLiteral("Amount: up to ") + money(755280000, "GBP");
        QTest::addRow("euro equivalent") << QStringLiteral("Euro equivalent: up to ") + money(892027900, "EUR");
        QTest::addRow("fx rate used") << QStringLiteral("ECB reference rate 18 May 2022: 1 EUR = 0.84670 GBP");
        QTest::addRow("amount notes") << QStringLiteral("Reduced from the provisional figure.");
        QTest::addRow("counts in cumulative total") << QStringLiteral("Counted in the cumulative total of fines.");
        QTest::addRow("penalty per day") << QStringLiteral("Per day: ") + money(10000000, "EUR");
        QTest::addRow("penalty maximum total") << QStringLiteral("Maximum total: ") + money(510000000, "EUR");
        QTest::addRow("penalty starts") << QStringLiteral("Starts: after a two-month compliance period");
        QTest::addRow("penalty instrument") << QStringLiteral("Instrument: astreinte under the national act");
        QTest::addRow("penalty liquidated in")
            << QStringLiteral("Liquidated in: 13 Apr 2023 · %1 · Penalty payment").arg(authority);
        QTest::addRow("law") << QStringLiteral("Law: GDPR; national data protection act");
        QTest::addRow("provision") << QStringLiteral("Art. 9 (biometric data)");
        QTest::addRow("GDPR title beside a second provision") << QStringLiteral("Art. 6: ") + GdprArticles::title(6);
        QTest::addRow("legal basis notes") << QStringLiteral("Lead authority question left open.");
        QTest::addRow("first order") << QStringLiteral("Stop collecting data");
        QTest::addRow("second order") << QStringLiteral("Delete the data within two months");
        QTest::addRow("outcome") << QStringLiteral("Not paid as of the last report.");
        QTest::addRow("status with spaces") << QStringLiteral("Status: contested remitted");
        QTest::addRow("status change with its ruling")
            << QStringLiteral("17 Oct 2023: set aside (not standing) by 17 Oct 2023 · Test Tribunal · Appeal ruling");
        QTest::addRow("status change note") << QStringLiteral("Tribunal allowed the appeal.");
        QTest::addRow("fact") << QStringLiteral("The database held 20 billion images.");
        QTest::addRow("summary") << QStringLiteral("Imported summary text.");
        QTest::addRow("related decision") << QStringLiteral("26 Nov 2021 · %1 · Formal notice").arg(authority);
        QTest::addRow("unknown related id as text") << QStringLiteral("zz-missing-id (not in the database)");
        QTest::addRow("reference") << QStringLiteral("Délibération SAN-2022-019");
        QTest::addRow("record id") << QStringLiteral("Record id: zz-test-2022-fine");
        QTest::addRow("source url") << QStringLiteral("https://example.org/decision?id=1&lang=fr");
        QTest::addRow("source confirms") << QStringLiteral("Confirms: Official text");
        QTest::addRow("source without url") << QStringLiteral("Une amende record, Le Quotidien, language: fr");
        QTest::addRow("medium confidence flag") << QStringLiteral("⚠ Medium confidence:");
        QTest::addRow("confidence section") << QStringLiteral("⚠ Medium: a single source.");
        QTest::addRow("low-confidence detail") << QStringLiteral("⚠ Uncertain: Signature date not verified.");
    }

    void fullDecision_showsEveryField()
    {
        QFETCH(QString, expected);
        DetailPanel panel;
        panel.setLocale(English);
        panel.setDecision(fullDecision(), relatedDecisions());
        QVERIFY2(shown(panel).contains(expected), qPrintable(shown(panel)));
        QCOMPARE(panel.decisionId(), QStringLiteral("zz-test-2022-fine"));
    }

    void fullDecision_showsSectionsInOrder()
    {
        DetailPanel panel;
        panel.setDecision(fullDecision(), relatedDecisions());
        QStringList headings;
        for (const QString &line : panel.plainText().split(QLatin1Char('\n'))) {
            if (SectionTitles.contains(line.trimmed()))
                headings.append(line.trimmed());
        }
        QCOMPARE(headings, SectionTitles);
    }

    void emptySections_areOmitted()
    {
        DetailPanel panel;
        panel.setDecision(makeDecision(QStringLiteral("zz-bare"), QStringLiteral("Bare Authority"),
                              QStringLiteral("reprimand"), QDate(2021, 1, 2)),
            {});
        const QStringList lines = panel.plainText().split(QLatin1Char('\n'));
        for (const QString &title : { QStringLiteral("Caveats"), QStringLiteral("Money"),
                 QStringLiteral("Periodic penalty"), QStringLiteral("Legal basis"), QStringLiteral("Orders"),
                 QStringLiteral("Status"), QStringLiteral("Related decisions"), QStringLiteral("Sources") })
            QVERIFY2(!lines.contains(title), qPrintable(title));
        QVERIFY(lines.contains(QStringLiteral("Dates")));
    }

    void markupInData_isShownAsText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QString script = QStringLiteral("<script>alert('x')</script>");
        for (const char *field :
            { "authority", "facts", "sourceConfirms", "sourceTitle", "sourceUrl", "legalNotes", "outcome",
                "lowConfidence", "relatedAuthority", "statusNote", "outcomeFr", "factsFr", "ordersFr", "summaryFr" })
            QTest::addRow("script in %s", field) << QString::fromLatin1(field) << script;
        QTest::addRow("bold and image in facts")
            << QStringLiteral("facts") << QStringLiteral("<b>bold</b><img src=\"x\" onerror=\"y\">");
        QTest::addRow("entity in outcome") << QStringLiteral("outcome") << QStringLiteral("&lt;not decoded&gt;");
    }

    void markupInData_isShownAsText()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Decision decision = fullDecision();
        QList<Decision> related = relatedDecisions();
        setField(decision, related, field, value);
        DetailPanel panel;
        panel.setDecision(decision, related);

        QVERIFY2(panel.plainText().contains(value), qPrintable(panel.plainText()));
        QVERIFY(!panel.plainText().contains(QChar::ObjectReplacementCharacter));
        const QString html = browserOf(panel)->toHtml();
        const QString body = html.mid(html.indexOf(QLatin1String("<body")));
        QVERIFY(!body.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!body.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    }

    void sourceUrl_isEscapedAsAttribute()
    {
        const QString address = QStringLiteral("https://example.org/a\"onmouseover=\"x()\"&b=<i>c</i>");
        Decision decision = fullDecision();
        decision.sources = { { address, QStringLiteral("Confirms it"), {}, {}, {} } };

        decision.sources.append({ QStringLiteral("https://example.org/decision?id=1&lang=fr"), {}, {}, {}, {} });
        const QString html = DetailHtml(English).build(decision, relatedDecisions());
        QVERIFY(!html.contains(QLatin1String("\"onmouseover")));
        QVERIFY(!html.contains(QLatin1String("<i>c")));
        QVERIFY(html.contains(QLatin1String("href=\"https://example.org/decision?id=1&amp;lang=fr\"")));

        DetailPanel panel;
        panel.setDecision(decision, relatedDecisions());
        QVERIFY(panel.plainText().contains(address));
        const QStringList hrefs = hrefsIn(browserOf(panel)->document());
        const auto it = std::find_if(hrefs.cbegin(), hrefs.cend(),
            [](const QString &href) { return href.startsWith(QLatin1String("https://example.org/a")); });
        QVERIFY(it != hrefs.cend());
        QCOMPARE(QUrl(*it), QUrl(address));
    }

    void nonWebSourceLinks_areNotAnchors_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addRow("javascript") << QStringLiteral("javascript:alert(document.cookie)");
        QTest::addRow("javascript, mixed case and padded") << QStringLiteral("  JaVaScRiPt:alert(1)");
        QTest::addRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::addRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>");
        QTest::addRow("ftp") << QStringLiteral("ftp://example.org/file");
        QTest::addRow("http without host") << QStringLiteral("http:relative/path");
    }

    void nonWebSourceLinks_areNotAnchors()
    {
        QFETCH(QString, address);
        Decision decision = fullDecision();
        decision.sources = { { address, QStringLiteral("Odd source"), {}, {}, {} },
            { QStringLiteral("https://example.org/ok"), QStringLiteral("Good source"), {}, {}, {} } };
        DetailPanel panel;
        panel.setDecision(decision, relatedDecisions());

        const QStringList hrefs = hrefsIn(browserOf(panel)->document());
        // The web source next to it is a link, so the check below is not vacuous.
        QVERIFY(hrefs.contains(QStringLiteral("https://example.org/ok")));
        for (const QString &href : hrefs) {
            const QString scheme = QUrl(href).scheme();
            QVERIFY2(scheme == QLatin1String("https") || scheme == QLatin1String("decision"), qPrintable(href));
        }
        QVERIFY(panel.plainText().contains(address.trimmed() + QStringLiteral(" (link not opened: only http/https)")));
    }

    void relatedLink_inHtml_emitsRelatedDecisionActivated_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("plain slug") << QStringLiteral("zz-test-2021-notice");
        QTest::addRow("characters needing percent-encoding") << QStringLiteral("odd id/with?#%&\"<chars>");
    }

    void relatedLink_inHtml_emitsRelatedDecisionActivated()
    {
        QFETCH(QString, id);
        Decision decision = fullDecision();
        decision.relatedTo = { id };
        const Decision other
            = makeDecision(id, QStringLiteral("Other Authority"), QStringLiteral("order"), QDate(2021, 3, 4));
        DetailPanel panel;
        panel.setDecision(decision, { other });
        QTextBrowser *browser = browserOf(panel);
        QVERIFY(browser);

        const QUrl url = DetailHtml::decisionUrl(id);
        const QString href = QString::fromUtf8(url.toEncoded());
        QVERIFY(href.startsWith(QLatin1String("decision:")));
        QVERIFY2(browser->toHtml().contains(QStringLiteral("href=\"%1\"").arg(href.toHtmlEscaped())), qPrintable(href));

        QSignalSpy spy(&panel, &DetailPanel::relatedDecisionActivated);
        Q_EMIT browser->anchorClicked(url);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), id);
        QVERIFY(m_recorder.opened.isEmpty());
    }

    void relatedLink_mouseClick_emitsRelatedDecisionActivated()
    {
        DetailPanel panel;
        panel.resize(600, 800);
        panel.setDecision(fullDecision(), relatedDecisions());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTextBrowser *browser = browserOf(panel);

        const QString href
            = QString::fromUtf8(DetailHtml::decisionUrl(QStringLiteral("zz-test-2021-notice")).toEncoded());
        const QList<Anchor> anchors = anchorsIn(browser->document());
        const auto it
            = std::find_if(anchors.cbegin(), anchors.cend(), [&href](const Anchor &a) { return a.href == href; });
        QVERIFY(it != anchors.cend());
        QTextCursor cursor(browser->document());
        cursor.setPosition(it->position + 1);
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();

        QSignalSpy spy(&panel, &DetailPanel::relatedDecisionActivated);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("zz-test-2021-notice"));
    }

    void clickedUrl_opensOnlyHttpAndHttps_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("opened");
        QTest::addRow("https") << QUrl(QStringLiteral("https://example.org/a")) << true;
        QTest::addRow("http") << QUrl(QStringLiteral("http://example.org/a")) << true;
        QTest::addRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << false;
        QTest::addRow("data") << QUrl(QStringLiteral("data:text/html,hello")) << false;
        QTest::addRow("ftp") << QUrl(QStringLiteral("ftp://example.org/f")) << false;
    }

    void clickedUrl_opensOnlyHttpAndHttps()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, opened);
        DetailPanel panel;
        panel.setDecision(fullDecision(), relatedDecisions());
        QSignalSpy spy(&panel, &DetailPanel::relatedDecisionActivated);
        Q_EMIT browserOf(panel)->anchorClicked(url);
        QCOMPARE(m_recorder.opened, opened ? QList<QUrl> { url } : QList<QUrl> {});
        QCOMPARE(spy.count(), 0);
    }

    void gdprArticleTitles_appearOnlyForGdpr_data()
    {
        QTest::addColumn<QString>("law");
        QTest::addColumn<bool>("titled");
        QTest::addRow("GDPR") << QStringLiteral("GDPR") << true;
        QTest::addRow("UK GDPR") << QStringLiteral("UK GDPR and Data Protection Act 2018") << true;
        QTest::addRow("Dutch AVG") << QStringLiteral("AVG") << true;
        QTest::addRow("non-GDPR law") << QStringLiteral("Privacy Act 1988 (Cth)") << false;
    }

    void gdprArticleTitles_appearOnlyForGdpr()
    {
        QFETCH(QString, law);
        QFETCH(bool, titled);
        Decision decision = fullDecision();
        decision.legalBasis.law = law;
        decision.legalBasis.provisionsViolated = { QStringLiteral("Art. 9 (processing biometric data)") };
        DetailPanel panel;
        panel.setDecision(decision, {});

        const QString title = GdprArticles::title(9);
        QVERIFY(!title.isEmpty());
        QCOMPARE(panel.plainText().contains(QStringLiteral("Art. 9: ") + title), titled);
        QVERIFY(panel.plainText().contains(QStringLiteral("Art. 9 (processing biometric data)")));
    }

    void lowConfidenceDetail_isShownBesideItsSection_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("section");
        QTest::addRow("ruling date") << QStringLiteral("Exact ruling date not found (on or before 11 Sep 2020).")
                                     << QStringLiteral("Dates");
        QTest::addRow("date before provisions")
            << QStringLiteral("Date of the COC report itself not found; legal provisions not verified.")
            << QStringLiteral("Dates");
        QTest::addRow("amount") << QStringLiteral("Fine amount from a single press report.") << QStringLiteral("Money");
        QTest::addRow("order number") << QStringLiteral("Order number P2021-12 from a single law-firm source.")
                                      << QStringLiteral("Reference");
        QTest::addRow("label before date")
            << QStringLiteral("'PIPEDA Findings #2021-001' label not verified; report date 2 vs 3 Feb 2021.")
            << QStringLiteral("Reference");
        QTest::addRow("article numbers") << QStringLiteral(
            "GDPR article numbers mapped from the ICO's summary, not from the MPN text.")
                                         << QStringLiteral("Legal basis");
        QTest::addRow("no field named") << QStringLiteral("90-day destruction period from a single secondary source.")
                                        << QStringLiteral("Caveats");
    }

    void lowConfidenceDetail_isShownBesideItsSection()
    {
        QFETCH(QString, detail);
        QFETCH(QString, section);
        Decision decision = fullDecision();
        decision.lowConfidenceDetails = { detail };
        DetailPanel panel;
        panel.setDecision(decision, relatedDecisions());

        const QString line = QStringLiteral("⚠ Uncertain: ") + detail;
        QVERIFY2(panel.plainText().contains(line), qPrintable(panel.plainText()));
        QCOMPARE(sectionOf(panel.plainText(), line), section);
    }

    void lowConfidenceDetail_showsItsSectionEvenWhenOtherwiseEmpty()
    {
        Decision decision = makeDecision(
            QStringLiteral("zz-bare"), QStringLiteral("Bare Authority"), QStringLiteral("order"), QDate(2021, 1, 2));
        decision.lowConfidenceDetails = { QStringLiteral("Amount reported by one outlet only.") };
        DetailPanel panel;
        panel.setDecision(decision, {});
        QCOMPARE(sectionOf(panel.plainText(), QStringLiteral("Amount reported by one outlet only.")),
            QStringLiteral("Money"));
    }

    void highConfidence_isNotFlagged()
    {
        Decision decision = fullDecision();
        decision.confidence = QStringLiteral("high");
        decision.lowConfidenceDetails.clear();
        DetailPanel panel;
        panel.setDecision(decision, relatedDecisions());
        QVERIFY(!panel.plainText().contains(QChar(0x26A0)));
        QVERIFY(panel.plainText().contains(QStringLiteral("High: an official source or two independent sources.")));
    }

    void nullDates_showUnknown()
    {
        Decision decision = fullDecision();
        decision.decisionDate = QDate();
        decision.announceDate = QDate();
        DetailPanel panel;
        panel.setDecision(decision, {});
        QVERIFY(panel.plainText().contains(QStringLiteral("Adopted: unknown")));
        QVERIFY(panel.plainText().contains(QStringLiteral("Announced: unknown")));
    }

    void clear_showsHintAndNoDecision()
    {
        DetailPanel panel;
        QVERIFY(panel.decisionId().isEmpty());
        panel.setDecision(fullDecision(), relatedDecisions());
        QVERIFY(panel.plainText().contains(QStringLiteral("Test Authority of Records")));

        panel.clear();
        QVERIFY(panel.decisionId().isEmpty());
        QVERIFY(!panel.plainText().contains(QStringLiteral("Test Authority of Records")));
        QVERIFY(panel.plainText().contains(QStringLiteral("Select a decision")));
        QVERIFY(hrefsIn(browserOf(panel)->document()).isEmpty());
    }

    void paletteChange_rebuildsWithPaletteColours()
    {
        DetailPanel panel;
        panel.setDecision(fullDecision(), relatedDecisions());
        QPalette dark = panel.palette();
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2c));
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        panel.setPalette(dark);

        const QString html = browserOf(panel)->toHtml();
        QVERIFY2(html.contains(QLatin1String("#8ab4f8")), "links take the palette's link colour");
        QVERIFY2(html.contains(QLatin1String("#2a2b2c")), "warnings take the palette's alternate base");
    }
};

QTEST_MAIN(TestDetailPanel)
#include "tst_detailpanel.moc"
