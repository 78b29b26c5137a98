// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentWarnings.h"

#include "CommandContext.h"
#include "repo/ClinicSettingsStore.h"

namespace clinicdesk::cli {

void AppointmentWarnings::print(CommandContext& context, VaultSession& session,
                                const std::optional<QString>& practitionerId, const QDateTime& start, int minutes,
                                const QString& exceptId) {
    auto settings = ClinicSettingsStore(session.db(), session.session()).load();
    if (!settings) {
        return; // the write that follows reports what is wrong
    }
    auto checks = session.appointments().check(practitionerId, start, minutes, *settings, exceptId);
    if (!checks) {
        return;
    }
    if (checks->inPast) {
        context.printStderr(tr("clinicdesk-cli: warning: this appointment starts in the past.\n"));
    }
    if (checks->outsideWorkingHours) {
        context.printStderr(tr("clinicdesk-cli: warning: this is outside the practitioner's working hours.\n"));
    }
}

} // namespace clinicdesk::cli
