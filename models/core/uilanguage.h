// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

// The interface language: English or French. One choice decides both the words (caseline's translation and Qt's
// own) and the formats (the default QLocale that every view and command formats with), so that French text always
// comes with French formats and English with English.
class UiLanguage final : public QObject
{
    Q_OBJECT
public:
    // "en", "fr", in menu order.
    static QStringList codes();
    static bool isKnown(const QString &code);
    // "fr" when the system's first interface language is French, else "en".
    static QString systemCode();
    // The formats that go with a language: the system's own locale when it speaks that language (fr_CA keeps its
    // conventions), else the language's main one (en_GB: "17 Oct 2022"; fr_FR).
    static QLocale localeFor(const QString &code);
    // The language's name in itself, for the menu: "English", "Français".
    static QString nativeName(const QString &code);
    // The value of `--lang CODE` or `--lang=CODE` among the arguments, read before any parser runs so that the
    // parser's own help and errors are in that language; empty when absent.
    static QString fromArguments(int argc, const char *const *argv);

    // The one instance, created with the application; its signal tells views that set text in code to set it again.
    static UiLanguage *instance();
    // Installs caseline's and Qt's translations for `code` into the application, replacing the previous ones, and
    // makes localeFor(code) the default QLocale. Qt then sends QEvent::LanguageChange to every widget, and
    // changed() follows. Returns false, changing nothing, for an unknown code.
    bool apply(const QString &code);
    QString current() const { return m_code; }

    // Keeps text that code sets (a menu title, an action, a label, a tooltip, a model's headers) in the interface
    // language: runs `apply` now and again after each switch, for as long as `owner` lives. Forms from .ui files get
    // this from retranslateUi(); caseline builds its widgets in code, so each text is set where it is made.
    template<typename Apply>
    static void follow(QObject *owner, Apply apply)
    {
        apply();
        if (UiLanguage *language = instance())
            QObject::connect(language, &UiLanguage::changed, owner, [apply] { apply(); });
    }

Q_SIGNALS:
    void changed(const QString &code);

private:
    explicit UiLanguage(QObject *parent);
    void removeTranslators();

    QString m_code;
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};
