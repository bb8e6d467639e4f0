// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleddata.h"

#include "decisionjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace {

// The translation context of this file's messages; lupdate reads Text::tr() under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BundledData)
};

QByteArray readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read bundled %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

BundledData BundledData::load(QString *error)
{
    BundledData data;
    const QByteArray cases = readResource(QStringLiteral(":/data/clearview-cases.json"), error);
    const QByteArray sizes = readResource(QStringLiteral(":/data/clearview-db-size.json"), error);
    if (!error->isEmpty())
        return data;
    QStringList errors;
    data.decisions = DecisionJson::decisionsFromDocument(cases, &errors);
    data.dbSizeClaims = DecisionJson::dbSizeClaimsFromDocument(sizes, &errors);
    if (!errors.isEmpty()) {
        *error = Text::tr("bundled data is invalid: ") + errors.join(QLatin1String("; "));
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(cases);
    hash.addData(sizes);
    data.version = QString::fromLatin1(hash.result().toHex().left(16));
    return data;
}
