// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QSettings;
class QTranslator;

namespace clinicdesk {

// The interface language: English, Swedish or Polish, or the system's. Installs ClinicDesk's and Qt's
// translators and sets the default QLocale, so dates, numbers and currency follow the language chosen.
// The choice is remembered in QSettings (kLanguageKey). Switching does not need a restart: apply() swaps
// the translators and AppController builds its windows again.
class Translations : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kLanguageKey = "ui/language"; // "", "en", "sv", "pl"

    // Applies the remembered language (the system's when none is).
    explicit Translations(QSettings* settings, QObject* parent = nullptr);
    ~Translations() override;
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // The languages ClinicDesk speaks, as codes.
    [[nodiscard]] static QStringList available() {
        return {QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("pl")};
    }
    // "English", "Svenska", "Polski": each in its own language.
    [[nodiscard]] static QString nativeName(const QString& code);

    // `code` empty: the system's language. Remembers it.
    void apply(const QString& code);
    // What the user chose ("" for the system's).
    [[nodiscard]] QString chosen() const { return m_chosen; }
    // The language in effect ("en", "sv" or "pl").
    [[nodiscard]] QString effective() const { return m_effective; }

signals:
    void changed(const QString& effective);

private:
    void removeTranslators();

    QSettings* m_settings;
    QString m_chosen;
    QString m_effective;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace clinicdesk
