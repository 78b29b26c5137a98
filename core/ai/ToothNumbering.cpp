// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/ToothNumbering.h"

namespace clinicdesk {

namespace {

// Position 0-31 (permanent) or 0-19 (primary) in Universal order, or -1.
int universalIndex(int quadrant, int tooth) {
    switch (quadrant) {
    case 1:
        return 8 - tooth; // 18 -> 0 ... 11 -> 7
    case 2:
        return 7 + tooth; // 21 -> 8 ... 28 -> 15
    case 3:
        return 24 - tooth; // 38 -> 16 ... 31 -> 23
    case 4:
        return 23 + tooth; // 41 -> 24 ... 48 -> 31
    case 5:
        return 5 - tooth; // 55 -> 0 (A) ... 51 -> 4 (E)
    case 6:
        return 4 + tooth; // 61 -> 5 (F) ... 65 -> 9 (J)
    case 7:
        return 15 - tooth; // 75 -> 10 (K) ... 71 -> 14 (O)
    case 8:
        return 14 + tooth; // 81 -> 15 (P) ... 85 -> 19 (T)
    default:
        return -1;
    }
}

} // namespace

bool ToothNumbering::isValidFdi(const QString& fdi) {
    if (fdi.size() != 2 || !fdi.at(0).isDigit() || !fdi.at(1).isDigit() || fdi.at(0).unicode() > 127 ||
        fdi.at(1).unicode() > 127) {
        return false;
    }
    const int quadrant = fdi.at(0).digitValue();
    const int tooth = fdi.at(1).digitValue();
    if (quadrant >= 1 && quadrant <= 4) {
        return tooth >= 1 && tooth <= 8;
    }
    if (quadrant >= 5 && quadrant <= 8) {
        return tooth >= 1 && tooth <= 5;
    }
    return false;
}

bool ToothNumbering::isPrimary(const QString& fdi) {
    return isValidFdi(fdi) && fdi.at(0).digitValue() >= 5;
}

QString ToothNumbering::toUniversal(const QString& fdi) {
    if (!isValidFdi(fdi)) {
        return {};
    }
    const int quadrant = fdi.at(0).digitValue();
    const int index = universalIndex(quadrant, fdi.at(1).digitValue());
    if (quadrant >= 5) {
        return QString(QChar(u'A' + index));
    }
    return QString::number(index + 1);
}

QString ToothNumbering::fromUniversal(const QString& universal) {
    const QString u = universal.trimmed().toUpper();
    int target = -1;
    int firstQuadrant = 1;
    if (u.size() == 1 && u.at(0) >= QLatin1Char('A') && u.at(0) <= QLatin1Char('T')) {
        target = u.at(0).unicode() - u'A';
        firstQuadrant = 5;
    } else {
        bool ok = false;
        const int n = u.toInt(&ok);
        if (!ok || n < 1 || n > 32 || u != QString::number(n)) {
            return {};
        }
        target = n - 1;
    }
    const int teeth = firstQuadrant == 5 ? 5 : 8;
    for (int quadrant = firstQuadrant; quadrant < firstQuadrant + 4; ++quadrant) {
        for (int tooth = 1; tooth <= teeth; ++tooth) {
            if (universalIndex(quadrant, tooth) == target) {
                return QString::number(quadrant * 10 + tooth);
            }
        }
    }
    return {};
}

QString ToothNumbering::display(const QString& fdi, Notation notation) {
    if (notation == Notation::Universal && isValidFdi(fdi)) {
        return toUniversal(fdi);
    }
    return fdi;
}

} // namespace clinicdesk
