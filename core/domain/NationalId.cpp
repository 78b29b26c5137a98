// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/NationalId.h"

#include <utility>

namespace clinicdesk {

namespace {

constexpr int kSamordningsnummerDayOffset = 60;

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// The caller guarantees that `digits` holds ASCII digits only.
int digitAt(QStringView digits, qsizetype index) {
    return digits.at(index).unicode() - u'0';
}

int number(QStringView digits, qsizetype from, qsizetype length) {
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        value = value * 10 + digitAt(digits, i);
    }
    return value;
}

// Luhn (modulus 10 with weights 1 and 2, counted from the check digit on the right).
bool luhnValid(QStringView digits) {
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int value = digitAt(digits, i);
        if (doubled) {
            value *= 2;
            if (value > 9) {
                value -= 9;
            }
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool peselChecksumValid(QStringView digits) {
    static constexpr int weights[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        sum += digitAt(digits, i) * weights[i];
    }
    return (10 - sum % 10) % 10 == digitAt(digits, 10);
}

// The latest year that is not after `referenceYear` and ends in the two digits `yy`.
int latestYearEndingIn(int yy, int referenceYear) {
    return referenceYear - (((referenceYear - yy) % 100) + 100) % 100;
}

} // namespace

NationalId::NationalId(NationalIdKind kind, QString digits, QDate birthDate)
    : m_kind(kind)
    , m_digits(std::move(digits))
    , m_birthDate(birthDate) {}

Result<NationalId> NationalId::parse(const QString& text, QDate today) {
    if (!today.isValid()) {
        return fail(ErrorCode::Usage, tr("The national identity number cannot be checked without today's date."),
                    QStringLiteral("national_id: invalid reference date"));
    }
    const auto shapeError = [] {
        return fail(ErrorCode::InvalidInput,
                    tr("A national identity number must be a Swedish personnummer (10 or 12 digits), a Polish PESEL "
                       "(11 digits) or a South African ID (13 digits)."),
                    QStringLiteral("national_id: unrecognised shape"));
    };

    QString digits;
    digits.reserve(text.size());
    QChar separator;
    qsizetype separatorIndex = -1; // position among the digits
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c.isSpace()) {
            continue;
        } else if ((c == u'-' || c == u'+') && separatorIndex < 0) {
            separator = c;
            separatorIndex = digits.size();
        } else {
            return shapeError();
        }
    }

    if (separatorIndex >= 0) {
        // Only the Swedish forms YYMMDD-NNNN, YYMMDD+NNNN and YYYYMMDD-NNNN have a separator.
        const bool shortForm = digits.size() == 10 && separatorIndex == 6;
        const bool longForm = digits.size() == 12 && separatorIndex == 8 && separator == u'-';
        if (!shortForm && !longForm) {
            return shapeError();
        }
    }

    switch (digits.size()) {
    case 10:
    case 12:
        return parseSwedish(digits, separator, today);
    case 11:
        return parsePesel(digits, today);
    case 13:
        return parseSouthAfrican(digits, today);
    default:
        return shapeError();
    }
}

Result<NationalId> NationalId::parseSwedish(QStringView digits, QChar separator, QDate today) {
    const bool withCentury = digits.size() == 12;
    const QStringView tenDigits = withCentury ? digits.sliced(2) : digits;
    const int yy = number(tenDigits, 0, 2);
    const int month = number(tenDigits, 2, 2);
    const int encodedDay = number(tenDigits, 4, 2);
    const bool coordination = encodedDay > kSamordningsnummerDayOffset;
    const int day = coordination ? encodedDay - kSamordningsnummerDayOffset : encodedDay;
    const NationalIdKind kind =
        coordination ? NationalIdKind::SwedishSamordningsnummer : NationalIdKind::SwedishPersonnummer;
    const QString detailPrefix = kindKey(kind);

    if (!luhnValid(tenDigits)) {
        return fail(ErrorCode::InvalidInput,
                    coordination ? tr("The Swedish samordningsnummer has a wrong check digit (Luhn).")
                                 : tr("The Swedish personnummer has a wrong check digit (Luhn)."),
                    detailPrefix + QStringLiteral(": check digit"));
    }

    int year = 0;
    if (withCentury) {
        year = number(digits, 0, 4);
    } else {
        // Skatteverket: '-' until the year the person turns 100, '+' from that year on.
        year = latestYearEndingIn(yy, today.year());
        if (separator == u'+') {
            year -= 100;
        }
    }

    const QDate birthDate(year, month, day);
    if (!birthDate.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    coordination ? tr("The date of birth encoded in the Swedish samordningsnummer is not a real date.")
                                 : tr("The date of birth encoded in the Swedish personnummer is not a real date."),
                    detailPrefix + QStringLiteral(": date"));
    }
    if (birthDate > today) {
        return fail(ErrorCode::InvalidInput,
                    coordination ? tr("The date of birth encoded in the Swedish samordningsnummer is in the future.")
                                 : tr("The date of birth encoded in the Swedish personnummer is in the future."),
                    detailPrefix + QStringLiteral(": future date"));
    }

    const QString canonical = QString::number(year).rightJustified(4, u'0') + tenDigits.sliced(2).toString();
    return NationalId(kind, canonical, birthDate);
}

Result<NationalId> NationalId::parsePesel(QStringView digits, QDate today) {
    const QString detailPrefix = kindKey(NationalIdKind::PolishPesel);
    if (!peselChecksumValid(digits)) {
        return fail(ErrorCode::InvalidInput, tr("The PESEL number has a wrong check digit."),
                    detailPrefix + QStringLiteral(": check digit"));
    }

    const int yy = number(digits, 0, 2);
    const int encodedMonth = number(digits, 2, 2);
    const int day = number(digits, 4, 2);
    // The month carries the century: 81-92 1800s, 1-12 1900s, 21-32 2000s, 41-52 2100s, 61-72 2200s.
    const int offset = encodedMonth / 20 * 20;
    const int month = encodedMonth - offset;
    int century = 0;
    switch (offset) {
    case 80:
        century = 1800;
        break;
    case 0:
        century = 1900;
        break;
    case 20:
        century = 2000;
        break;
    case 40:
        century = 2100;
        break;
    case 60:
        century = 2200;
        break;
    default:
        break;
    }

    const QDate birthDate = century == 0 ? QDate() : QDate(century + yy, month, day);
    if (!birthDate.isValid()) {
        return fail(ErrorCode::InvalidInput, tr("The date of birth encoded in the PESEL number is not a real date."),
                    detailPrefix + QStringLiteral(": date"));
    }
    if (birthDate > today) {
        return fail(ErrorCode::InvalidInput, tr("The date of birth encoded in the PESEL number is in the future."),
                    detailPrefix + QStringLiteral(": future date"));
    }
    return NationalId(NationalIdKind::PolishPesel, digits.toString(), birthDate);
}

Result<NationalId> NationalId::parseSouthAfrican(QStringView digits, QDate today) {
    const QString detailPrefix = kindKey(NationalIdKind::SouthAfricanId);
    if (!luhnValid(digits)) {
        return fail(ErrorCode::InvalidInput, tr("The South African ID number has a wrong check digit (Luhn)."),
                    detailPrefix + QStringLiteral(": check digit"));
    }
    const int citizenship = digitAt(digits, 10);
    if (citizenship > 2) {
        return fail(ErrorCode::InvalidInput,
                    tr("The South African ID number has an invalid citizenship digit (it must be 0, 1 or 2)."),
                    detailPrefix + QStringLiteral(": citizenship digit"));
    }

    const int yy = number(digits, 0, 2);
    const int month = number(digits, 2, 2);
    const int day = number(digits, 4, 2);
    // The number has no century: take 20xx unless that date has not happened yet.
    QDate birthDate(2000 + yy, month, day);
    if (!birthDate.isValid() || birthDate > today) {
        birthDate = QDate(1900 + yy, month, day);
    }
    if (!birthDate.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The date of birth encoded in the South African ID number is not a real date."),
                    detailPrefix + QStringLiteral(": date"));
    }
    if (birthDate > today) {
        return fail(ErrorCode::InvalidInput,
                    tr("The date of birth encoded in the South African ID number is in the future."),
                    detailPrefix + QStringLiteral(": future date"));
    }
    return NationalId(NationalIdKind::SouthAfricanId, digits.toString(), birthDate);
}

QString NationalId::normalized() const {
    switch (m_kind) {
    case NationalIdKind::SwedishPersonnummer:
    case NationalIdKind::SwedishSamordningsnummer:
        return m_digits.left(8) + u'-' + m_digits.mid(8);
    case NationalIdKind::PolishPesel:
    case NationalIdKind::SouthAfricanId:
        return m_digits;
    }
    return m_digits;
}

QString NationalId::kindName(NationalIdKind kind) {
    switch (kind) {
    case NationalIdKind::SwedishPersonnummer:
        return tr("Swedish personnummer");
    case NationalIdKind::SwedishSamordningsnummer:
        return tr("Swedish samordningsnummer");
    case NationalIdKind::PolishPesel:
        return tr("Polish PESEL");
    case NationalIdKind::SouthAfricanId:
        return tr("South African ID");
    }
    return {};
}

QString NationalId::kindKey(NationalIdKind kind) {
    switch (kind) {
    case NationalIdKind::SwedishPersonnummer:
        return QStringLiteral("se_personnummer");
    case NationalIdKind::SwedishSamordningsnummer:
        return QStringLiteral("se_samordningsnummer");
    case NationalIdKind::PolishPesel:
        return QStringLiteral("pl_pesel");
    case NationalIdKind::SouthAfricanId:
        return QStringLiteral("za_id");
    }
    return {};
}

std::optional<NationalIdKind> NationalId::kindFromKey(QStringView key) {
    for (const NationalIdKind kind : {NationalIdKind::SwedishPersonnummer, NationalIdKind::SwedishSamordningsnummer,
                                      NationalIdKind::PolishPesel, NationalIdKind::SouthAfricanId}) {
        if (key == kindKey(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace clinicdesk
