// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QPalette>
#include <QString>
#include <QStringList>

struct Decision;
struct Money;
class QDate;
class QUrl;

// Builds the detail panel's document for one decision. Pure (same decision, locale and palette give the same HTML),
// so DetailPanel only displays it. Every text from the data is escaped here, and only http/https sources become links.
class DetailHtml final
{
    Q_DECLARE_TR_FUNCTIONS(DetailHtml)
public:
    // The section a low-confidence detail is shown beside.
    enum class Topic { General, Dates, Money, LegalBasis, Reference };

    explicit DetailHtml(const QLocale &locale = QLocale(), const QPalette &palette = QPalette());

    // `related`: decisions in the database that this one names or that name it; unknown ids are shown as text.
    QString build(const Decision &decision, const QList<Decision> &related) const;
    // The document shown when no decision is selected.
    QString hint() const;

    // "decision:<percent-encoded id>", the href of every link to another decision.
    static QUrl decisionUrl(const QString &id);
    // The id carried by a decisionUrl(), or an empty string for any other URL.
    static QString decisionId(const QUrl &url);
    // True only for valid http and https URLs with a host: the only external links rendered or opened.
    static bool isWebUrl(const QUrl &url);
    // Which section a low-confidence detail concerns: the first field it mentions, else General ("Caveats").
    static Topic topicOf(const QString &detail);

private:
    using Caveats = QMap<Topic, QStringList>;

    QString headingSection(const Decision &d) const;
    QString flagsSection(const Decision &d, const QStringList &general) const;
    QString datesSection(const Decision &d, const QStringList &uncertain) const;
    QString moneySection(const Decision &d, const QStringList &uncertain) const;
    QString penaltySection(const Decision &d, const QList<Decision> &related) const;
    QString legalBasisSection(const Decision &d, const QStringList &uncertain) const;
    QString statusSection(const Decision &d, const QList<Decision> &related) const;
    QString relatedSection(const Decision &d, const QList<Decision> &related) const;
    QString referenceSection(const Decision &d, const QStringList &uncertain) const;
    QString sourcesSection(const Decision &d) const;
    QString confidenceSection(const Decision &d) const;

    // A text the data holds in English and in French: the interface language's, else the other one's after a marker
    // naming its language; empty when neither has any.
    QString inLanguage(const QString &english, const QString &french) const;
    QString inLanguage(const QStringList &english, const QStringList &french) const;
    bool prefersFrench() const;
    QString languageMarker(bool french) const;

    QString section(const QString &title, const QString &body, const QStringList &uncertain = {}) const;
    QString field(const QString &label, const QString &valueHtml) const;
    QString listOf(const QStringList &texts) const;
    QString warning(const QString &label, const QString &text) const;
    QString muted(const QString &html) const;
    QString link(const QUrl &url, const QString &text) const;
    QString decisionLink(const QString &id, const QList<Decision> &related) const;
    QString describe(const Decision &d) const;
    QString dateText(const QDate &date) const;
    QString moneyText(const Money &money, bool upTo) const;

    QLocale m_locale;
    QPalette m_palette;
};
