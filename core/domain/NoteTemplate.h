// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace clinicdesk {

// A note template: the JSON schema of a note's content (valid for OpenAI strict
// mode) and the instructions the model follows. Built-ins ship with ClinicDesk
// (dental-exam, dental-treatment, soap, dap, birp, free) and cannot be edited;
// a clinic copies one to make its own.
struct NoteTemplate {
    QString id;
    QString key;         // stable: dental-exam, soap, ... or the clinic's own
    QString name;        // shown to the user (built-ins: translated)
    QString description; // one sentence for pickers
    bool builtin = false;
    QString language; // empty: any language
    QJsonObject schema;
    QString instructions;
    std::int64_t updatedAt = 0;
    int rev = 0;
};

} // namespace clinicdesk
