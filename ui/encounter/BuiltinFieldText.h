// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

namespace clinicdesk {

// The titles and descriptions of the built-in note templates' fields in the interface's language. The
// templates' schemas are English (the AI reads them); the note form shows their fields translated. A
// clinic's own template keeps its own words.
class BuiltinFieldText {
public:
    // The translated title of a built-in field name ("chief_complaint"), or empty when none has it.
    [[nodiscard]] static QString title(const QString& name);
    // The translation of a built-in field's description, or `english` itself when it is not one.
    [[nodiscard]] static QString description(const QString& english);
};

} // namespace clinicdesk
