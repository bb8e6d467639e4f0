// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryregistry.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <unicode/uloc.h>

namespace {

// The territory's name in a language, from ICU's CLDR data ("GB" in "fr": "Royaume-Uni"); empty when ICU has none.
QString icuCountryName(const QString &code, const QByteArray &language)
{
    const QByteArray territory = QByteArrayLiteral("und_") + code.toLatin1();
    UChar name[128] = {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length
        = uloc_getDisplayCountry(territory.constData(), language.constData(), name, int32_t(std::size(name)), &status);
    // ICU answers an unknown territory with its code and a fallback warning: no name, then.
    if (U_FAILURE(status) || length <= 0 || status == U_USING_DEFAULT_WARNING)
        return {};
    return QString(reinterpret_cast<const QChar *>(name), length);
}

struct Registry
{
    QList<Country> countries;
    QHash<QString, int> byCode;
};

const Registry &registry()
{
    static const Registry r = [] {
        Registry reg;
        for (const char *const *code = uloc_getISOCountries(); *code != nullptr; ++code) {
            const QString iso = QString::fromLatin1(*code);
            reg.byCode.insert(iso, int(reg.countries.size()));
            reg.countries.append({ iso, icuCountryName(iso, QByteArrayLiteral("en")),
                icuCountryName(iso, QByteArrayLiteral("fr")) });
        }
        if (reg.countries.isEmpty())
            qWarning("ICU lists no country: every country code will be refused");
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
    return it == r.byCode.cend() || r.countries.at(*it).nameEn.isEmpty() ? code : r.countries.at(*it).nameEn;
}

QString CountryRegistry::nameFr(const QString &code)
{
    const Registry &r = registry();
    const auto it = r.byCode.constFind(code);
    return it == r.byCode.cend() || r.countries.at(*it).nameFr.isEmpty() ? code : r.countries.at(*it).nameFr;
}

QString CountryRegistry::name(const QString &code, const QLocale &locale)
{
    if (locale.language() == QLocale::French)
        return nameFr(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return nameEn(code);
    // Any other language ICU knows, for a user whose system speaks it; looked up once per language and code.
    static QMutex mutex;
    static QHash<QString, QString> names;
    if (!isKnown(code))
        return code;
    const QString language = QLocale::languageToCode(locale.language());
    const QMutexLocker lock(&mutex);
    const QString key = language + QLatin1Char('_') + code;
    auto found = names.constFind(key);
    if (found == names.cend()) {
        const QString icu = icuCountryName(code, language.toLatin1());
        found = names.insert(key, icu.isEmpty() ? nameEn(code) : icu);
    }
    return *found;
}
