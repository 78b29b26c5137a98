// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace clinicdesk::cli {

// The --content-file of `note edit` and `note addendum`: a JSON object in the template's shape.
class NoteContentFile {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    [[nodiscard]] static Result<QJsonObject> read(const QString& path);
};

} // namespace clinicdesk::cli
