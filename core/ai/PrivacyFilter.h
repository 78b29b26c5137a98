// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Patient.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace clinicdesk {

// The privacy option for notes: before a transcript goes to the provider, the
// patient's names and national id are replaced by placeholders ([PATIENT_FIRST_NAME],
// [PATIENT_LAST_NAME], [PATIENT_NATIONAL_ID]); the placeholders in the answer are
// put back afterwards, so the note reads naturally and the provider never saw them.
// Matching ignores case and accents-as-typed stay; national ids match with or
// without separators (19121212-1212, 191212121212, 121212 1212).
class PrivacyFilter {
public:
    explicit PrivacyFilter(const Patient& patient);

    [[nodiscard]] QString mask(const QString& text) const;
    [[nodiscard]] QString unmask(const QString& text) const;
    // Every string in a JSON value, recursively.
    [[nodiscard]] QJsonValue unmask(const QJsonValue& value) const;
    // How many replacements `mask` would make in `text`.
    [[nodiscard]] int count(const QString& text) const;

private:
    struct Rule {
        QRegularExpression pattern;
        QString placeholder;
        QString original;
    };
    std::vector<Rule> m_rules;
};

} // namespace clinicdesk
