// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Note.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace clinicdesk {

// What a note's content is checked for, the same way at generation and at every later edit of a draft
// that has problems: where it breaks its template's schema (NoteProblem, stored in `notes.problems`),
// and which evidence statements point nowhere in it.
class NoteValidation {
public:
    // Every place `content` breaks `templateSchema`; empty when it matches.
    [[nodiscard]] static std::vector<NoteProblem> problems(const QJsonObject& content,
                                                           const QJsonObject& templateSchema);

    // Whether `path` (a JSON pointer, "/plan", "/teeth/0/finding") names a field of `content`.
    [[nodiscard]] static bool pointsInto(const QJsonObject& content, const QString& path);
    // The evidence statements with "dangling": true on each whose path names no field of `content`
    // (kept, never dropped silently); how many there were in `dangling`.
    [[nodiscard]] static QJsonArray markDangling(const QJsonArray& statements, const QJsonObject& content,
                                                 int* dangling = nullptr);
    // How many of a stored note's evidence statements ({"statements": [...]}) are marked dangling.
    [[nodiscard]] static int danglingCount(const QJsonObject& evidence);

    // The stored form, `notes.problems`: [{"path": ..., "message": ...}]; an empty list for none.
    [[nodiscard]] static QJsonArray toJson(const std::vector<NoteProblem>& problems);
    [[nodiscard]] static std::vector<NoteProblem> fromJson(const QJsonArray& stored);
};

} // namespace clinicdesk
