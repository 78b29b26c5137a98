// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clinicdesk {
class VaultSession;
}

namespace clinicdesk::cli {

class CommandContext;

// What `appointment add` and `appointment move` print on stderr before they write: a booking in the past
// or outside the practitioner's working hours is allowed, with a warning. An overlap is not warned here:
// the repository refuses it (exit 4, naming the other booking) unless --allow-overlap is given.
class AppointmentWarnings {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    static void print(CommandContext& context, VaultSession& session, const std::optional<QString>& practitionerId,
                      const QDateTime& start, int minutes, const QString& exceptId = {});
};

} // namespace clinicdesk::cli
