// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RecordingRecoverCommand.h"

#include "CommandContext.h"
#include "audio/RecordingRecovery.h"

#include <QJsonObject>

namespace clinicdesk::cli {

RecordingRecoverCommand::RecordingRecoverCommand()
    : Command(
          {.path = words("recording", "recover"),
           .summary = QT_TRANSLATE_NOOP("CliHelp", "closes recordings left unfinished by a crash or a kill (audited)"),
           .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int RecordingRecoverCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto recovered = RecordingRecovery::recoverAll(session.db(), session.session(), context.vaultDir());
    if (!recovered) {
        return context.failWith(recovered.error());
    }
    context.printList(
        *recovered,
        [](const auto& r) {
            return QJsonObject{{QStringLiteral("id"), r.recordingId},
                               {QStringLiteral("duration_ms"), static_cast<double>(r.durationMs)},
                               {QStringLiteral("bytes"), static_cast<double>(r.bytes)}};
        },
        [](const auto& r) {
            return QStringLiteral("%1\t%2 s").arg(r.recordingId).arg(r.durationMs / 1000.0, 0, 'f', 1);
        });
    if (recovered->empty() && !context.json()) {
        context.printStderr(tr("clinicdesk-cli: no unfinished recordings.\n"));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
