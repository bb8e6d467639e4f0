// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslabel.h"

#include <QCoreApplication>

namespace {

// The statuses of the bundled data, as messages for the translators (lupdate reads them here).
constexpr const char *Codes[] = {
    QT_TRANSLATE_NOOP("StatusLabel", "annulled_on_appeal"),
    QT_TRANSLATE_NOOP("StatusLabel", "appealed"),
    QT_TRANSLATE_NOOP("StatusLabel", "appealed_outcome_unknown"),
    QT_TRANSLATE_NOOP("StatusLabel", "approved_appeal_pending"),
    QT_TRANSLATE_NOOP("StatusLabel", "ban_refusal_overturned_remitted"),
    QT_TRANSLATE_NOOP("StatusLabel", "complied_per_company"),
    QT_TRANSLATE_NOOP("StatusLabel", "contested_remitted"),
    QT_TRANSLATE_NOOP("StatusLabel", "contested_remitted_to_FTT"),
    QT_TRANSLATE_NOOP("StatusLabel", "dismissed_appeal_possible"),
    QT_TRANSLATE_NOOP("StatusLabel", "final"),
    QT_TRANSLATE_NOOP("StatusLabel", "final_as_far_known"),
    QT_TRANSLATE_NOOP("StatusLabel", "final_compliance_unverified"),
    QT_TRANSLATE_NOOP("StatusLabel", "final_non_binding"),
    QT_TRANSLATE_NOOP("StatusLabel", "final_reportedly_unpaid"),
    QT_TRANSLATE_NOOP("StatusLabel", "final_unpaid"),
    QT_TRANSLATE_NOOP("StatusLabel", "final_unpaid_expected"),
    QT_TRANSLATE_NOOP("StatusLabel", "in_force_at_time_later_status_unknown"),
    QT_TRANSLATE_NOOP("StatusLabel", "not_complied"),
    QT_TRANSLATE_NOOP("StatusLabel", "outcome_not_found"),
    QT_TRANSLATE_NOOP("StatusLabel", "overturned_on_appeal"),
    QT_TRANSLATE_NOOP("StatusLabel", "pending"),
    QT_TRANSLATE_NOOP("StatusLabel", "proceedings_withdrawn_determination_stands"),
    QT_TRANSLATE_NOOP("StatusLabel", "recommendations_rejected"),
    QT_TRANSLATE_NOOP("StatusLabel", "remitted"),
    QT_TRANSLATE_NOOP("StatusLabel", "remitted_to_DPA"),
    QT_TRANSLATE_NOOP("StatusLabel", "reversed_on_further_appeal"),
    QT_TRANSLATE_NOOP("StatusLabel", "set_aside"),
    QT_TRANSLATE_NOOP("StatusLabel", "superseded"),
    QT_TRANSLATE_NOOP("StatusLabel", "superseded_by_settlement"),
    QT_TRANSLATE_NOOP("StatusLabel", "superseded_dismissed_on_venue"),
    QT_TRANSLATE_NOOP("StatusLabel", "upheld"),
    QT_TRANSLATE_NOOP("StatusLabel", "upheld_in_part"),
    QT_TRANSLATE_NOOP("StatusLabel", "upheld_on_appeal"),
    QT_TRANSLATE_NOOP("StatusLabel", "upheld_on_judicial_review"),
};

} // namespace

QString StatusLabel::text(const QString &status)
{
    const QByteArray code = status.toUtf8();
    const QString translated = QCoreApplication::translate("StatusLabel", code.constData());
    if (translated != status)
        return translated;
    QString words = status;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QStringList StatusLabel::knownCodes()
{
    QStringList codes;
    for (const char *code : Codes)
        codes << QString::fromLatin1(code);
    return codes;
}
