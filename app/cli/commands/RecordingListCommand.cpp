// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RecordingListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "audio/RecordingRecovery.h"

namespace clinicdesk::cli {

RecordingListCommand::RecordingListCommand()
    : Command({.path = words("recording", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists recordings, newest first; warns when some wait for "
                                                       "recovery"),
               .options = {option("patient", "ID", QT_TRANSLATE_NOOP("CliHelp", "only this patient's recordings")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int RecordingListCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto list = session.recordings().list(context.option(QStringLiteral("patient")));
    if (!list) {
        return context.failWith(list.error());
    }
    if (auto pending = RecordingRecovery::pendingCount(session.db(), session.session(), context.vaultDir());
        pending && *pending > 0) {
        context.printStderr(tr("clinicdesk-cli: %n recording(s) were left unfinished; run clinicdesk-cli recording "
                               "recover.\n",
                               nullptr, *pending));
    }
    context.printList(*list, json::recording, [](const Recording& r) {
        return QStringLiteral("%1\t%2\t%3\t%4 s\t%5 bytes")
            .arg(r.id, r.patientId, RecordingRepository::stateKey(r.state))
            .arg(r.durationMs / 1000.0, 0, 'f', 1)
            .arg(r.bytes);
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
