// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace clinicdesk::AppPaths {

QString defaultVaultDir() {
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QString current = QDir(data).filePath(QStringLiteral("ClinicDesk/vault"));
    // AppDataLocation is <data>/<organisation>/<application>: both "ClinicDesk" before 0.2.
    QString earlier =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("vault"));
    if (earlier != current && !QFileInfo::exists(QDir(current).filePath(QStringLiteral("keys.json"))) &&
        QFileInfo::exists(QDir(earlier).filePath(QStringLiteral("keys.json")))) {
        return earlier;
    }
    return current;
}

} // namespace clinicdesk::AppPaths
