// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/PatternSample.h"

#include <QRegularExpression>

namespace clinicdesk::test::fakeopenai {

PatternSample::PatternSample(const QString& pattern)
    : m_pattern(pattern) {}

std::optional<QString> PatternSample::of(const QString& pattern) {
    PatternSample cursor(pattern);
    QString candidate = cursor.alternation();
    if (QRegularExpression(pattern).match(candidate).hasMatch()) {
        return candidate;
    }
    return std::nullopt;
}

// Skips what is left of a group's other alternatives, up to (not past) its closing parenthesis.
void PatternSample::skipAlternatives() {
    int depth = 0;
    while (!atEnd()) {
        const QChar ch = peek();
        if (ch == QLatin1Char('\\')) {
            m_i += 2;
            continue;
        }
        if (ch == QLatin1Char('[')) {
            ++m_i;
            while (!atEnd() && peek() != QLatin1Char(']')) {
                m_i += peek() == QLatin1Char('\\') ? 2 : 1;
            }
            ++m_i;
            continue;
        }
        if (ch == QLatin1Char('(')) {
            ++depth;
        } else if (ch == QLatin1Char(')')) {
            if (depth == 0) {
                return;
            }
            --depth;
        }
        ++m_i;
    }
}

QChar PatternSample::classChar() {
    // At '[': the first member of the class, or something outside a negated one.
    ++m_i;
    const bool negated = peek() == QLatin1Char('^');
    if (negated) {
        ++m_i;
    }
    QString members;
    QChar first;
    while (!atEnd() && (peek() != QLatin1Char(']') || members.isEmpty())) {
        QChar ch = peek();
        if (ch == QLatin1Char('\\') && m_i + 1 < m_pattern.size()) {
            ++m_i;
            const QChar e = peek();
            ch = e == QLatin1Char('d') ? QLatin1Char('1') : e == QLatin1Char('w') ? QLatin1Char('a') : e;
        }
        ++m_i;
        if (peek() == QLatin1Char('-') && m_i + 1 < m_pattern.size() && m_pattern[m_i + 1] != QLatin1Char(']')) {
            const QChar to = m_pattern[m_i + 1];
            m_i += 2;
            for (char16_t u = ch.unicode(); u <= to.unicode() && members.size() < 512; ++u) {
                members += QChar(u);
            }
            if (first.isNull()) {
                first = ch;
            }
        } else {
            members += ch;
            if (first.isNull()) {
                first = ch;
            }
        }
    }
    ++m_i; // ']'
    if (!negated) {
        return first.isNull() ? QLatin1Char('a') : first;
    }
    for (const QChar candidate : QStringLiteral("aA0x_-. ")) {
        if (!members.contains(candidate)) {
            return candidate;
        }
    }
    return QLatin1Char('~');
}

QString PatternSample::atom() {
    const QChar ch = peek();
    if (ch == QLatin1Char('(')) {
        ++m_i;
        if (peek() == QLatin1Char('?')) {
            ++m_i;
            if (peek() == QLatin1Char(':')) {
                ++m_i;
            } else {
                const qsizetype close = m_pattern.indexOf(QLatin1Char('>'), m_i);
                m_i = close < 0 ? m_pattern.size() : close + 1;
            }
        }
        QString inner = alternation();
        ++m_i; // ')'
        return inner;
    }
    if (ch == QLatin1Char('[')) {
        return QString(classChar());
    }
    ++m_i;
    if (ch == QLatin1Char('\\') && !atEnd()) {
        const QChar e = peek();
        ++m_i;
        switch (e.unicode()) {
        case 'd':
            return QStringLiteral("1");
        case 'w':
            return QStringLiteral("a");
        case 's':
            return QStringLiteral(" ");
        case 'D':
        case 'S':
            return QStringLiteral("a");
        case 'W':
            return QStringLiteral("-");
        default:
            return QString(e);
        }
    }
    if (ch == QLatin1Char('.')) {
        return QStringLiteral("a");
    }
    return QString(ch);
}

QString PatternSample::sequence() {
    QString out;
    while (!atEnd() && peek() != QLatin1Char('|') && peek() != QLatin1Char(')')) {
        if (peek() == QLatin1Char('^') || peek() == QLatin1Char('$')) {
            ++m_i;
            continue;
        }
        const QString piece = atom();
        int count = 1;
        const QChar q = peek();
        if (q == QLatin1Char('?') || q == QLatin1Char('*')) {
            count = 0;
            ++m_i;
        } else if (q == QLatin1Char('+')) {
            ++m_i;
        } else if (q == QLatin1Char('{')) {
            const qsizetype close = m_pattern.indexOf(QLatin1Char('}'), m_i);
            if (close > 0) {
                count = m_pattern.mid(m_i + 1, close - m_i - 1).section(QLatin1Char(','), 0, 0).toInt();
                m_i = close + 1;
            }
        }
        if (peek() == QLatin1Char('?') || peek() == QLatin1Char('+')) {
            ++m_i; // lazy or possessive
        }
        out += piece.repeated(count);
    }
    return out;
}

QString PatternSample::alternation() {
    QString first = sequence();
    if (peek() == QLatin1Char('|')) {
        skipAlternatives();
    }
    return first;
}

} // namespace clinicdesk::test::fakeopenai
