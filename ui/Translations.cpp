// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Translations.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace clinicdesk {

namespace {

QLocale localeFor(const QString& code) {
    if (code == QLatin1String("sv")) {
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    }
    if (code == QLatin1String("pl")) {
        return QLocale(QLocale::Polish, QLocale::Poland);
    }
    if (code == QLatin1String("en")) {
        // The system's English variant (British, South African, ...) when it is English; else British.
        const QLocale system = QLocale::system();
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale::system();
}

QString codeOf(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::Polish:
        return QStringLiteral("pl");
    default:
        return QStringLiteral("en");
    }
}

} // namespace

Translations::Translations(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings) {
    const QString stored =
        settings != nullptr ? settings->value(QString::fromLatin1(kLanguageKey)).toString() : QString();
    apply(available().contains(stored) ? stored : QString());
}

Translations::~Translations() {
    removeTranslators();
}

QString Translations::nativeName(const QString& code) {
    if (code == QLatin1String("sv")) {
        return QStringLiteral("Svenska");
    }
    if (code == QLatin1String("pl")) {
        return QStringLiteral("Polski");
    }
    return QStringLiteral("English");
}

void Translations::removeTranslators() {
    for (auto& translator : m_installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
    m_installed.clear();
}

void Translations::apply(const QString& code) {
    const QString chosen = available().contains(code) ? code : QString();
    const QLocale locale = localeFor(chosen);
    removeTranslators();
    QLocale::setDefault(locale);
    const auto install = [this](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        m_installed.push_back(std::move(translator));
    };
    // Qt's own strings (wizard buttons, dialogs) in the language when Qt ships them.
    if (auto qt = std::make_unique<QTranslator>(); qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        install(std::move(qt));
    }
    // English first: it carries the plural forms ("1 patient", "2 patients") and answers whatever the
    // language has not translated. The translator installed last is asked first.
    if (auto english = std::make_unique<QTranslator>(); english->load(QStringLiteral(":/i18n/clinicdesk_en.qm"))) {
        install(std::move(english));
    }
    const QString effective = codeOf(locale);
    if (effective != QLatin1String("en")) {
        if (auto own = std::make_unique<QTranslator>();
            own->load(QStringLiteral(":/i18n/clinicdesk_%1.qm").arg(effective))) {
            install(std::move(own));
        }
    }
    const bool changedNow = effective != m_effective;
    m_chosen = chosen;
    m_effective = effective;
    if (m_settings != nullptr) {
        m_settings->setValue(QString::fromLatin1(kLanguageKey), chosen);
    }
    qCInfo(lcUi) << "interface language" << effective << (chosen.isEmpty() ? "(the system's)" : "");
    if (changedNow) {
        emit changed(effective);
    }
}

} // namespace clinicdesk
