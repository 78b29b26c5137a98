// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/NoteValidation.h"

#include "util/JsonPointer.h"
#include "util/JsonSchema.h"

namespace clinicdesk {

std::vector<NoteProblem> NoteValidation::problems(const QJsonObject& content, const QJsonObject& templateSchema) {
    std::vector<NoteProblem> out;
    for (const JsonSchema::Problem& p : JsonSchema::problems(content, templateSchema)) {
        out.push_back({JsonPointer::fromFragment(p.path), p.message});
    }
    return out;
}

bool NoteValidation::pointsInto(const QJsonObject& content, const QString& path) {
    // The whole note ("") is no statement's place: a statement is about a field.
    return !path.isEmpty() && JsonPointer::resolve(content, path).has_value();
}

QJsonArray NoteValidation::markDangling(const QJsonArray& statements, const QJsonObject& content, int* dangling) {
    QJsonArray out;
    int count = 0;
    for (const QJsonValue& value : statements) {
        QJsonObject statement = value.toObject();
        if (pointsInto(content, statement.value(QLatin1String("path")).toString())) {
            statement.remove(QStringLiteral("dangling"));
        } else {
            statement.insert(QStringLiteral("dangling"), true);
            ++count;
        }
        out.append(statement);
    }
    if (dangling != nullptr) {
        *dangling = count;
    }
    return out;
}

QJsonArray NoteValidation::toJson(const std::vector<NoteProblem>& problems) {
    QJsonArray out;
    for (const NoteProblem& p : problems) {
        out.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("message"), p.message}});
    }
    return out;
}

std::vector<NoteProblem> NoteValidation::fromJson(const QJsonArray& stored) {
    std::vector<NoteProblem> out;
    for (const QJsonValue& value : stored) {
        const QJsonObject o = value.toObject();
        out.push_back({o.value(QLatin1String("path")).toString(), o.value(QLatin1String("message")).toString()});
    }
    return out;
}

int NoteValidation::danglingCount(const QJsonObject& evidence) {
    int dangling = 0;
    for (const QJsonValue& statement : evidence.value(QStringLiteral("statements")).toArray()) {
        dangling += statement.toObject().value(QStringLiteral("dangling")).toBool() ? 1 : 0;
    }
    return dangling;
}

} // namespace clinicdesk
