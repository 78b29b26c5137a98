// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace clinicdesk {

// What a user had open and not saved when the vault locked (auto-lock, Lock, Switch user) or the window
// was built again (another language): the place they were at and a note they were editing. Held only in
// locked memory (sodium_malloc, wiped), never on disk, and given back only to the same user, after they
// sign in again in this run of the program.
struct UnsavedWork {
    QString userId;
    QString place; // the rail's place that was shown
    // The encounter that was open, and the edits of its draft note (content as the form had it).
    QString encounterPatientId;
    QString encounterPatientName;
    QString noteId;
    std::optional<QJsonObject> noteContent;

    [[nodiscard]] bool hasEdits() const { return noteContent.has_value(); }

    // Sealed into locked memory and back.
    [[nodiscard]] std::shared_ptr<SecureBytes> seal() const;
    [[nodiscard]] static UnsavedWork open(const SecureBytes& sealed);
};

} // namespace clinicdesk
