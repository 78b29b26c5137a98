// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/MicroUnits.h"

#include <QRegularExpression>

namespace clinicdesk::MicroUnits {

QString format(std::int64_t micro) {
    const bool negative = micro < 0;
    const std::uint64_t value = negative ? std::uint64_t(-(micro + 1)) + 1 : std::uint64_t(micro);
    QString fraction = QStringLiteral("%1").arg(value % 1'000'000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0'))) {
        fraction.chop(1);
    }
    return (negative ? QStringLiteral("-") : QString()) + QString::number(value / 1'000'000) + QLatin1Char('.') +
           fraction;
}

std::optional<std::int64_t> parse(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,12})(?:[.,](\\d{0,6}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const std::int64_t whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(6, QLatin1Char('0'));
    return whole * 1'000'000 + fraction.toLongLong();
}

} // namespace clinicdesk::MicroUnits
