// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace clinicdesk {

enum class NationalIdKind { SwedishPersonnummer, SwedishSamordningsnummer, PolishPesel, SouthAfricanId };

// A validated national identity number. The only way to get one is parse(),
// so every instance has a correct check digit and a real, non-future birth date.
// The number is patient data: it never goes into an Error's message or detail.
class NationalId {
    Q_DECLARE_TR_FUNCTIONS(NationalId)

public:
    // Detects the kind from the number of digits (spaces are ignored):
    //  - Swedish personnummer / samordningsnummer: YYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN (100 years or older),
    //    YYYYMMDDNNNN or YYYYMMDD-NNNN. Luhn check over the last 10 digits; a samordningsnummer has day + 60.
    //    For the 10-digit forms the year is the latest one ending in YY that is not after today's year
    //    (Skatteverket: '-' until the year the person turns 100); '+' moves it back another 100 years.
    //  - Polish PESEL: 11 digits, YYMMDDZZZXQ, century from the month offset (+80 1800s, +0 1900s, +20 2000s,
    //    +40 2100s, +60 2200s), weighted check digit (1 3 7 9 1 3 7 9 1 3).
    //  - South African ID: 13 digits, YYMMDDSSSSCAZ, citizenship digit C is 0, 1 or 2, Luhn check digit Z;
    //    century 20xx unless that puts the birth date after `today`, then 19xx.
    // Refuses with ErrorCode::InvalidInput when the shape, check digit or embedded date is wrong, including a
    // birth date after `today`.
    [[nodiscard]] static Result<NationalId> parse(const QString& text, QDate today = QDate::currentDate());

    [[nodiscard]] NationalIdKind kind() const { return m_kind; }
    // Canonical form: Swedish YYYYMMDD-NNNN, PESEL 11 digits, South African ID 13 digits.
    [[nodiscard]] QString normalized() const;
    // Digits only (Swedish: 12 digits with the century).
    [[nodiscard]] QString digits() const { return m_digits; }
    // The date of birth encoded in the number (for a samordningsnummer, the day without the +60).
    [[nodiscard]] QDate birthDate() const { return m_birthDate; }

    // Translated display name, e.g. "Swedish personnummer".
    [[nodiscard]] static QString kindName(NationalIdKind kind);
    // Stable key for storage and exports: "se_personnummer", "se_samordningsnummer", "pl_pesel", "za_id".
    [[nodiscard]] static QString kindKey(NationalIdKind kind);
    // The inverse of kindKey(); std::nullopt for an unknown key.
    [[nodiscard]] static std::optional<NationalIdKind> kindFromKey(QStringView key);

    friend bool operator==(const NationalId&, const NationalId&) = default;

private:
    NationalId(NationalIdKind kind, QString digits, QDate birthDate);

    [[nodiscard]] static Result<NationalId> parseSwedish(QStringView digits, QChar separator, QDate today);
    [[nodiscard]] static Result<NationalId> parsePesel(QStringView digits, QDate today);
    [[nodiscard]] static Result<NationalId> parseSouthAfrican(QStringView digits, QDate today);

    NationalIdKind m_kind;
    QString m_digits;
    QDate m_birthDate;
};

} // namespace clinicdesk
