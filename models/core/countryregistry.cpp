// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryregistry.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

struct Registry
{
    QList<Country> countries;
    QHash<QString, int> byCode;
};

const Registry &registry()
{
    static const Registry r = [] {
        Registry reg;
        QFile file(QStringLiteral(":/data/countries.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
            for (const QJsonValue &v : array) {
                const QJsonObject o = v.toObject();
                reg.byCode.insert(o.value(QLatin1String("code")).toString(), int(reg.countries.size()));
                reg.countries.append({o.value(QLatin1String("code")).toString(),
                    o.value(QLatin1String("name_en")).toString(), o.value(QLatin1String("name_fr")).toString()});
            }
        }
        return reg;
    }();
    return r;
}

} // namespace

const QList<Country> &CountryRegistry::all()
{
    return registry().countries;
}

bool CountryRegistry::isKnown(const QString &code)
{
    return registry().byCode.contains(code);
}

QString CountryRegistry::nameEn(const QString &code)
{
    const Registry &r = registry();
    const auto it = r.byCode.constFind(code);
    return it == r.byCode.cend() ? code : r.countries.at(*it).nameEn;
}

QString CountryRegistry::nameFr(const QString &code)
{
    const Registry &r = registry();
    const auto it = r.byCode.constFind(code);
    return it == r.byCode.cend() ? code : r.countries.at(*it).nameFr;
}

QString CountryRegistry::name(const QString &code, const QLocale &locale)
{
    return locale.language() == QLocale::French ? nameFr(code) : nameEn(code);
}
