// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace clinicdesk::test::fakeopenai {

// A string matching a regular expression, for the generated answers of SchemaInstance: the first
// alternative of each group, the fewest repetitions each quantifier allows, the first member of each
// character class (a character outside a negated one). Enough for the simple patterns notes use (FDI
// teeth "^[1-4][1-8]$", codes, dates); the result is checked against the pattern itself.
class PatternSample {
public:
    // Nullopt when what this makes of `pattern` does not match it.
    [[nodiscard]] static std::optional<QString> of(const QString& pattern);

private:
    explicit PatternSample(const QString& pattern);

    [[nodiscard]] bool atEnd() const { return m_i >= m_pattern.size(); }
    [[nodiscard]] QChar peek() const { return atEnd() ? QChar() : m_pattern[m_i]; }
    QString alternation();
    QString sequence();
    QString atom();
    QChar classChar();
    void skipAlternatives();

    QString m_pattern;
    qsizetype m_i = 0;
};

} // namespace clinicdesk::test::fakeopenai
