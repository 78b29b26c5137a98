// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteContentFile.h"

#include <QFile>
#include <QJsonDocument>

namespace clinicdesk::cli {

Result<QJsonObject> NoteContentFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, tr("The file %1 cannot be read.").arg(path),
                    QStringLiteral("cannot open content file"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput, tr("The file %1 is not a JSON object.").arg(path),
                    QStringLiteral("content file not a JSON object"));
    }
    return doc.object();
}

} // namespace clinicdesk::cli
