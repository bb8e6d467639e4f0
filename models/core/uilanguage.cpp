// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <cstring>
#include <iterator>
#include <unicode/uloc.h>

namespace {

QLocale::Language languageOf(const QString &code)
{
    return code == QLatin1String("fr") ? QLocale::French : QLocale::English;
}

} // namespace

QStringList UiLanguage::codes()
{
    return { QStringLiteral("en"), QStringLiteral("fr") };
}

bool UiLanguage::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString UiLanguage::systemCode()
{
    const QStringList languages = QLocale::system().uiLanguages();
    const QString first = languages.isEmpty() ? QLocale::system().name() : languages.constFirst();
    return QLocale(first).language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QLocale UiLanguage::localeFor(const QString &code)
{
    const QLocale::Language language = languageOf(code);
    const QLocale system = QLocale::system();
    if (system.language() == language)
        return system;
    return language == QLocale::French ? QLocale(QLocale::French, QLocale::France)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString UiLanguage::nativeName(const QString &code)
{
    // ICU's (CLDR's) name of the language in itself, capitalised for a menu: "English", "Français". QLocale's
    // nativeLanguageName() names a territory's variant ("American English").
    const QByteArray language = QLocale::languageToCode(languageOf(code)).toLatin1();
    UChar name[64] = {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length
        = uloc_getDisplayLanguage(language.constData(), language.constData(), name, int32_t(std::size(name)), &status);
    QString text = U_SUCCESS(status) && length > 0 ? QString(reinterpret_cast<const QChar *>(name), length) : code;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString UiLanguage::fromArguments(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

UiLanguage *UiLanguage::instance()
{
    // A child of the application, so that it goes with it (tests create and destroy applications).
    static QPointer<UiLanguage> one;
    if (!one && QCoreApplication::instance())
        one = new UiLanguage(QCoreApplication::instance());
    return one;
}

void UiLanguage::removeTranslators()
{
    for (QTranslator **translator : { &m_own, &m_qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool UiLanguage::apply(const QString &code)
{
    if (!isKnown(code))
        return false;
    const QLocale locale = localeFor(code);
    // The default locale first: views that reformat on LanguageChange read QLocale().
    QLocale::setDefault(locale);
    removeTranslators();
    // caseline's own messages, compiled into the executable (English too: its plural forms).
    auto *own = new QTranslator(this);
    if (own->load(QStringLiteral(":/i18n/caseline_%1.qm").arg(code))) {
        m_own = own;
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
        qWarning("caseline: no translation compiled in for '%s'", qPrintable(code));
    }
    // Qt's own dialogs and context menus; Debian's qt6-translations-l10n has them when installed.
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    m_code = code;
    Q_EMIT changed(code);
    return true;
}
