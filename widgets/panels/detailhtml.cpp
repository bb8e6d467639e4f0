// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailhtml.h"

#include "displayformat.h"
#include "plaintext.h"

#include "countryregistry.h"
#include "decision.h"
#include "decisiontype.h"
#include "gdprarticles.h"
#include "money.h"
#include "statuslabel.h"

#include <QColor>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

const QLatin1String DecisionScheme("decision");

// Data text as HTML: escaped so markup in a field shows as text, with its line breaks kept and long words breakable.
QString escaped(const QString &text)
{
    return PlainText::toHtml(text);
}

QString paragraph(const QString &text)
{
    return text.isEmpty() ? QString() : QLatin1String("<p>") + escaped(text) + QLatin1String("</p>");
}

// "final_unpaid" -> "final unpaid": statuses are stored as identifiers but read as words.

// A colour between two palette colours, so secondary text stays readable on light and dark bases alike.
QString blend(const QColor &from, const QColor &to, qreal share)
{
    const auto mix = [share](int a, int b) { return qRound(a + (b - a) * share); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue())).name();
}

bool mentionsGdpr(const QString &law)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:GDPR|RGPD|DSGVO|AVG)\\b|2016/679|General Data Protection Regulation"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(law).hasMatch();
}

} // namespace

DetailHtml::DetailHtml(const QLocale &locale, const QPalette &palette)
    : m_locale(locale)
    , m_palette(palette)
{
}

QUrl DetailHtml::decisionUrl(const QString &id)
{
    return QUrl(DecisionScheme + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

QString DetailHtml::decisionId(const QUrl &url)
{
    if (url.scheme().compare(DecisionScheme, Qt::CaseInsensitive) != 0)
        return {};
    return url.path(QUrl::FullyDecoded);
}

bool DetailHtml::isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

DetailHtml::Topic DetailHtml::topicOf(const QString &detail)
{
    struct Pattern
    {
        Topic topic;
        QRegularExpression expression;
    };
    static const QRegularExpression::PatternOptions options = QRegularExpression::CaseInsensitiveOption;
    static const Pattern patterns[] = {
        { Topic::Dates, QRegularExpression(QStringLiteral("\\b(?:dates?|dated)\\b"), options) },
        { Topic::Money, QRegularExpression(QStringLiteral("\\bamounts?\\b"), options) },
        { Topic::Reference,
            QRegularExpression(
                QStringLiteral("\\b(?:(?:order|case|decision|reference) numbers?|references?|labels?)\\b"), options) },
        { Topic::LegalBasis, QRegularExpression(QStringLiteral("\\b(?:provisions?|articles?|art\\.)"), options) },
    };
    // The field mentioned first is the subject of the sentence ("Order number ... not verified; signature date ...").
    Topic topic = Topic::General;
    qsizetype first = -1;
    for (const Pattern &p : patterns) {
        const QRegularExpressionMatch match = p.expression.match(detail);
        if (match.hasMatch() && (first < 0 || match.capturedStart() < first)) {
            first = match.capturedStart();
            topic = p.topic;
        }
    }
    return topic;
}

QString DetailHtml::hint() const
{
    return QLatin1String("<html><body>") + muted(tr("Select a decision to see everything about it.").toHtmlEscaped())
        + QLatin1String("</body></html>");
}

QString DetailHtml::build(const Decision &decision, const QList<Decision> &related) const
{
    Caveats caveats;
    for (const QString &detail : decision.lowConfidenceDetails)
        caveats[topicOf(detail)].append(detail);

    return QLatin1String("<html><body>") + headingSection(decision)
        + flagsSection(decision, caveats.value(Topic::General)) + datesSection(decision, caveats.value(Topic::Dates))
        + section(tr("Target"), paragraph(decision.target)) + moneySection(decision, caveats.value(Topic::Money))
        + penaltySection(decision, related) + legalBasisSection(decision, caveats.value(Topic::LegalBasis))
        + section(tr("Notes on the legal basis"), paragraph(decision.legalBasis.notes))
        + section(tr("Orders"), inLanguage(decision.orders, decision.ordersFr))
        + section(tr("Outcome"), inLanguage(decision.outcome, decision.outcomeFr)) + statusSection(decision, related)
        + section(tr("Facts"), inLanguage(decision.facts, decision.factsFr))
        + section(tr("Summary"), inLanguage(decision.summary, decision.summaryFr)) + relatedSection(decision, related)
        + referenceSection(decision, caveats.value(Topic::Reference)) + sourcesSection(decision)
        + confidenceSection(decision) + QLatin1String("</body></html>");
}

QString DetailHtml::headingSection(const Decision &d) const
{
    QString html = QLatin1String("<h2>") + escaped(d.authority.isEmpty() ? d.id : d.authority) + QLatin1String("</h2>");
    QStringList place;
    QString countryName;
    if (!d.country.isEmpty()) {
        countryName = CountryRegistry::name(d.country, m_locale);
        place.append(countryName == d.country ? d.country : tr("%1 (%2)").arg(countryName, d.country));
    }
    if (!d.jurisdictionName.isEmpty() && d.jurisdictionName != countryName)
        place.append(d.jurisdictionName);
    if (!d.authorityType.isEmpty())
        place.append(d.authorityType);
    if (!place.isEmpty())
        html += paragraph(place.join(QStringLiteral(" · ")));
    if (!d.decisionType.isEmpty())
        html += field(tr("Type:"), escaped(DecisionType::label(d.decisionType)));
    if (d.userModified)
        html += QLatin1String("<p><i>") + tr("Changed by you since the bundled data was loaded.").toHtmlEscaped()
            + QLatin1String("</i></p>");
    return html;
}

QString DetailHtml::flagsSection(const Decision &d, const QStringList &general) const
{
    QString body;
    if (d.confidence == QLatin1String("medium"))
        body += warning(tr("Medium confidence:"), tr("this record rests on a single source."));
    return section(tr("Caveats"), body, general);
}

QString DetailHtml::datesSection(const Decision &d, const QStringList &uncertain) const
{
    const QString body = field(tr("Adopted:"), escaped(dateText(d.decisionDate)))
        + field(tr("Announced:"), escaped(dateText(d.announceDate))) + paragraph(d.dateNotes);
    return section(tr("Dates"), body, uncertain);
}

QString DetailHtml::moneySection(const Decision &d, const QStringList &uncertain) const
{
    QString body;
    if (d.amount)
        body += field(tr("Amount:"), escaped(moneyText(*d.amount, d.amountIsMaximum)));
    const bool sameAsAmount = d.amount && d.amountEur && *d.amount == *d.amountEur;
    const bool foreign = d.amount && d.amount->currency != QLatin1String("EUR");
    if ((d.amountEur && !sameAsAmount) || foreign || !d.fxRateUsed.isEmpty()) {
        QStringList parts;
        if (d.amountEur)
            parts.append(moneyText(*d.amountEur, d.amountIsMaximum));
        else if (d.fxRateUsed.isEmpty())
            parts.append(tr("not converted"));
        if (!d.fxRateUsed.isEmpty())
            parts.append(d.fxRateUsed);
        body += field(tr("Euro equivalent:"), escaped(parts.join(QStringLiteral(" — "))));
    }
    body += paragraph(d.amountNotes);
    if (d.amount || d.amountEur)
        body += paragraph(d.includeInCumulativeFines ? tr("Counted in the cumulative total of fines.")
                                                     : tr("Not counted in the cumulative total of fines."));
    return section(tr("Money"), body, uncertain);
}

QString DetailHtml::penaltySection(const Decision &d, const QList<Decision> &related) const
{
    const PeriodicPenalty &p = d.periodicPenalty;
    QString body;
    if (p.perDay)
        body += field(tr("Per day:"), escaped(moneyText(*p.perDay, p.isMaximum && !p.maxTotal)));
    if (p.maxTotal)
        body += field(tr("Maximum total:"), escaped(moneyText(*p.maxTotal, false)));
    if (!p.starts.isEmpty())
        body += field(tr("Starts:"), escaped(p.starts));
    if (!p.instrument.isEmpty())
        body += field(tr("Instrument:"), escaped(p.instrument));
    if (!p.liquidatedIn.isEmpty())
        body += field(tr("Liquidated in:"), decisionLink(p.liquidatedIn, related));
    return section(tr("Periodic penalty"), body);
}

QString DetailHtml::legalBasisSection(const Decision &d, const QStringList &uncertain) const
{
    const LegalBasis &basis = d.legalBasis;
    QString body;
    if (!basis.law.isEmpty())
        body += field(tr("Law:"), escaped(basis.law));
    // Article numbers mean GDPR articles only when the law is the GDPR; other laws have their own numbering.
    const bool gdpr = mentionsGdpr(basis.law);
    if (!basis.provisionsViolated.isEmpty()) {
        body += QLatin1String("<p><b>") + tr("Provisions violated:").toHtmlEscaped() + QLatin1String("</b></p><ul>");
        for (const QString &provision : basis.provisionsViolated) {
            body += QLatin1String("<li>") + escaped(provision);
            const QList<int> articles = gdpr ? GdprArticles::citedIn(provision) : QList<int>();
            for (int number : articles) {
                const QString title = GdprArticles::title(number);
                if (!title.isEmpty())
                    body += QLatin1String("<br/>")
                        + muted(escaped(tr("Art. %1: %2").arg(QString::number(number), title)));
            }
            body += QLatin1String("</li>");
        }
        body += QLatin1String("</ul>");
    }
    return section(tr("Legal basis"), body, uncertain);
}

QString DetailHtml::statusSection(const Decision &d, const QList<Decision> &related) const
{
    QString body;
    if (!d.status.isEmpty())
        body += field(tr("Status:"), escaped(StatusLabel::text(d.status)));
    if (!d.statusChanges.isEmpty()) {
        body += QLatin1String("<p><b>") + tr("History:").toHtmlEscaped() + QLatin1String("</b></p><ul>");
        for (const StatusChange &change : d.statusChanges) {
            const QString standing = change.standing ? tr("standing") : tr("not standing");
            body += QLatin1String("<li>")
                + escaped(tr("%1: %2 (%3)").arg(dateText(change.date), StatusLabel::text(change.status), standing));
            if (!change.byDecisionId.isEmpty())
                body += QLatin1Char(' ') + tr("by %1").toHtmlEscaped().arg(decisionLink(change.byDecisionId, related));
            if (!change.note.isEmpty())
                body += QLatin1String("<br/>") + escaped(change.note);
            body += QLatin1String("</li>");
        }
        body += QLatin1String("</ul>");
    }
    return section(tr("Status"), body);
}

QString DetailHtml::relatedSection(const Decision &d, const QList<Decision> &related) const
{
    QList<Decision> known;
    QSet<QString> seen { d.id };
    for (const Decision &r : related) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            known.append(r);
        }
    }
    // Chronological, so the chain notice -> fine -> penalty reads top to bottom; undated ones last.
    std::stable_sort(known.begin(), known.end(), [](const Decision &a, const Decision &b) {
        const QDate da = a.timelineDate();
        const QDate db = b.timelineDate();
        return da.isValid() && (!db.isValid() || da < db);
    });
    QString items;
    for (const Decision &r : std::as_const(known))
        items += QLatin1String("<li>") + link(decisionUrl(r.id), describe(r)) + QLatin1String("</li>");
    for (const QString &id : d.relatedTo) {
        if (!seen.contains(id)) {
            seen.insert(id);
            items += QLatin1String("<li>") + decisionLink(id, {}) + QLatin1String("</li>");
        }
    }
    if (items.isEmpty())
        return {};
    return section(tr("Related decisions"), QLatin1String("<ul>") + items + QLatin1String("</ul>"));
}

QString DetailHtml::referenceSection(const Decision &d, const QStringList &uncertain) const
{
    QString body = paragraph(d.reference);
    if (!d.id.isEmpty())
        body += QLatin1String("<p>") + muted(escaped(tr("Record id: %1").arg(d.id))) + QLatin1String("</p>");
    return section(tr("Reference"), body, uncertain);
}

QString DetailHtml::sourcesSection(const Decision &d) const
{
    QString items;
    for (const Source &source : d.sources) {
        const QString address = source.url.trimmed();
        const QUrl url(address);
        QString item;
        if (isWebUrl(url))
            item = link(url, address);
        else if (!address.isEmpty())
            item
                = escaped(address) + QLatin1Char(' ') + muted(tr("(link not opened: only http/https)").toHtmlEscaped());
        QStringList described;
        if (!source.title.isEmpty())
            described.append(source.title);
        if (!source.publisher.isEmpty())
            described.append(source.publisher);
        if (!source.language.isEmpty())
            described.append(tr("language: %1").arg(source.language));
        if (!described.isEmpty())
            item += (item.isEmpty() ? QString() : QStringLiteral("<br/>"))
                + escaped(described.join(QStringLiteral(", ")));
        if (address.isEmpty())
            item += QLatin1Char(' ') + muted(tr("(no public address)").toHtmlEscaped());
        if (!source.confirms.isEmpty())
            item += QLatin1String("<br/>") + muted(tr("Confirms:").toHtmlEscaped()) + QLatin1Char(' ')
                + escaped(source.confirms);
        items += QLatin1String("<li>") + item + QLatin1String("</li>");
    }
    if (items.isEmpty())
        return {};
    return section(tr("Sources"), QLatin1String("<ul>") + items + QLatin1String("</ul>"));
}

QString DetailHtml::confidenceSection(const Decision &d) const
{
    QString body;
    if (d.confidence == QLatin1String("high"))
        body = paragraph(tr("High: an official source or two independent sources."));
    else if (d.confidence == QLatin1String("medium"))
        body = warning(tr("Medium:"), tr("a single source."));
    else
        body = paragraph(d.confidence);
    return section(tr("Confidence"), body);
}

bool DetailHtml::prefersFrench() const
{
    return m_locale.language() == QLocale::French;
}

// Before a text shown in the language the interface does not use, so that no one takes it for a translation
// missing by mistake, or reads English as the French record.
QString DetailHtml::languageMarker(bool french) const
{
    return QLatin1String("<p>") + muted((french ? tr("(in French)") : tr("(in English)")).toHtmlEscaped())
        + QLatin1String("</p>");
}

QString DetailHtml::inLanguage(const QString &english, const QString &french) const
{
    const bool wantFrench = prefersFrench();
    const QString &wanted = wantFrench ? french : english;
    if (!wanted.isEmpty())
        return paragraph(wanted);
    const QString &other = wantFrench ? english : french;
    return other.isEmpty() ? QString() : languageMarker(!wantFrench) + paragraph(other);
}

QString DetailHtml::inLanguage(const QStringList &english, const QStringList &french) const
{
    const bool wantFrench = prefersFrench();
    const QStringList &wanted = wantFrench ? french : english;
    if (!wanted.isEmpty())
        return listOf(wanted);
    const QStringList &other = wantFrench ? english : french;
    return other.isEmpty() ? QString() : languageMarker(!wantFrench) + listOf(other);
}

QString DetailHtml::section(const QString &title, const QString &body, const QStringList &uncertain) const
{
    if (body.isEmpty() && uncertain.isEmpty())
        return {};
    QString html = QLatin1String("<h3>") + title.toHtmlEscaped() + QLatin1String("</h3>") + body;
    for (const QString &detail : uncertain)
        html += warning(tr("Uncertain:"), detail);
    return html;
}

QString DetailHtml::field(const QString &label, const QString &valueHtml) const
{
    return QLatin1String("<p><b>") + label.toHtmlEscaped() + QLatin1String("</b> ") + valueHtml + QLatin1String("</p>");
}

QString DetailHtml::listOf(const QStringList &texts) const
{
    if (texts.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &text : texts)
        html += QLatin1String("<li>") + escaped(text) + QLatin1String("</li>");
    return html + QLatin1String("</ul>");
}

QString DetailHtml::warning(const QString &label, const QString &text) const
{
    // The alternate base with the normal text colour: marked off from the body in every theme, never low-contrast.
    return QStringLiteral("<p style=\"background-color:%1; color:%2\"><b>%3 %4</b> %5</p>")
        .arg(m_palette.color(QPalette::AlternateBase).name(), m_palette.color(QPalette::Text).name(),
            QString(QChar(0x26A0)), label.toHtmlEscaped(), escaped(text));
}

QString DetailHtml::muted(const QString &html) const
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(blend(m_palette.color(QPalette::Text), m_palette.color(QPalette::Base), 0.3), html);
}

QString DetailHtml::link(const QUrl &url, const QString &text) const
{
    // The href is escaped as an attribute: a quote or ampersand in a URL cannot end it or start markup.
    return QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>")
        .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), m_palette.color(QPalette::Link).name(), escaped(text));
}

QString DetailHtml::decisionLink(const QString &id, const QList<Decision> &related) const
{
    const auto it = std::find_if(related.cbegin(), related.cend(), [&id](const Decision &r) { return r.id == id; });
    if (it != related.cend())
        return link(decisionUrl(id), describe(*it));
    return escaped(id) + QLatin1Char(' ') + muted(tr("(not in the database)").toHtmlEscaped());
}

QString DetailHtml::describe(const Decision &d) const
{
    QStringList parts { dateText(d.timelineDate()) };
    if (!d.authority.isEmpty())
        parts.append(d.authority);
    if (!d.decisionType.isEmpty())
        parts.append(DecisionType::label(d.decisionType));
    return parts.join(QStringLiteral(" · "));
}

QString DetailHtml::dateText(const QDate &date) const
{
    return date.isValid() ? DisplayFormat::date(date, m_locale) : tr("unknown");
}

QString DetailHtml::moneyText(const Money &money, bool upTo) const
{
    const QString amount = DisplayFormat::money(money, m_locale);
    return upTo ? tr("up to %1").arg(amount) : amount;
}
