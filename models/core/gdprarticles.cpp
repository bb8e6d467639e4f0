// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdprarticles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

const QMap<int, QString> &GdprArticles::titles()
{
    static const QMap<int, QString> map = [] {
        QMap<int, QString> m;
        QFile file(QStringLiteral(":/data/gdpr-articles.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
            for (const QJsonValue &v : array)
                m.insert(v[QLatin1String("number")].toInt(), v[QLatin1String("title")].toString());
        }
        return m;
    }();
    return map;
}

QString GdprArticles::title(int number)
{
    return titles().value(number);
}

QList<int> GdprArticles::citedIn(const QString &provision)
{
    // "Art. 12(1) with Art. 14(1)-(2)", "Art. 6", "Art. 3(2)(b)"
    static const QRegularExpression pattern(QStringLiteral("\\bArt(?:icle|\\.)\\s*(\\d{1,3})"));
    QList<int> numbers;
    auto it = pattern.globalMatch(provision);
    while (it.hasNext()) {
        const int n = it.next().captured(1).toInt();
        if (!numbers.contains(n))
            numbers.append(n);
    }
    return numbers;
}
