// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/PrivacyFilter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clinicdesk {

namespace {

// A name as a whole word (Unicode letters around it do not count as a boundary in \b for
// non-ASCII names, so the boundaries are spelled out).
QRegularExpression wordPattern(const QString& word) {
    return QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(word) + QStringLiteral("(?![\\p{L}\\p{N}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The national id's digits with any spaces, dashes or plus signs between them; also
// the Swedish short form without the century.
std::vector<QRegularExpression> idPatterns(const QString& nationalId) {
    QString digits;
    for (const QChar c : nationalId) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    std::vector<QRegularExpression> patterns;
    if (digits.size() < 6) {
        return patterns;
    }
    auto spaced = [](const QString& d) -> QString {
        QStringList parts;
        for (const QChar c : d) {
            parts.append(QString(c));
        }
        return QStringLiteral("(?<!\\d)") + parts.join(QStringLiteral("[\\s\\-+]?")) + QStringLiteral("(?!\\d)");
    };
    patterns.emplace_back(spaced(digits));
    if (digits.size() == 12) { // Swedish personnummer with century: also the 10-digit form
        patterns.emplace_back(spaced(digits.mid(2)));
    }
    return patterns;
}

} // namespace

PrivacyFilter::PrivacyFilter(const Patient& patient) {
    // National ids first (digits never collide with names), then longer names before shorter ones.
    if (patient.nationalId && !patient.nationalId->isEmpty()) {
        for (auto& p : idPatterns(*patient.nationalId)) {
            m_rules.push_back({std::move(p), QStringLiteral("[PATIENT_NATIONAL_ID]"), *patient.nationalId});
        }
    }
    std::vector<std::pair<QString, QString>> names;
    for (const QString& part :
         patient.lastName.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts)) {
        names.emplace_back(part, QStringLiteral("[PATIENT_LAST_NAME]"));
    }
    for (const QString& part :
         patient.firstName.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts)) {
        names.emplace_back(part, QStringLiteral("[PATIENT_FIRST_NAME]"));
    }
    if (!patient.lastName.trimmed().isEmpty() && patient.lastName.trimmed().contains(QLatin1Char(' '))) {
        names.emplace_back(patient.lastName.trimmed(), QStringLiteral("[PATIENT_LAST_NAME]"));
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [name, placeholder] : names) {
        if (name.size() < 2) {
            continue;
        }
        const QString original = placeholder == QLatin1String("[PATIENT_LAST_NAME]") ? patient.lastName.trimmed()
                                                                                     : patient.firstName.trimmed();
        m_rules.push_back({wordPattern(name), placeholder, original});
    }
}

QString PrivacyFilter::mask(const QString& text) const {
    QString out = text;
    for (const Rule& rule : m_rules) {
        out.replace(rule.pattern, rule.placeholder);
    }
    return out;
}

int PrivacyFilter::count(const QString& text) const {
    int n = 0;
    QString work = text;
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(work);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        work.replace(rule.pattern, rule.placeholder);
    }
    return n;
}

QString PrivacyFilter::unmask(const QString& text) const {
    QString out = text;
    for (const Rule& rule : m_rules) {
        out.replace(rule.placeholder, rule.original);
    }
    return out;
}

QJsonValue PrivacyFilter::unmask(const QJsonValue& value) const {
    if (value.isString()) {
        return unmask(value.toString());
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray()) {
            out.append(unmask(v));
        }
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            out.insert(it.key(), unmask(it.value()));
        }
        return out;
    }
    return value;
}

} // namespace clinicdesk
