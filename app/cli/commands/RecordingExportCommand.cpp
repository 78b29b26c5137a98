// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RecordingExportCommand.h"

#include "CommandContext.h"

#include <QSaveFile>

namespace clinicdesk::cli {

RecordingExportCommand::RecordingExportCommand()
    : Command({.path = words("recording", "export"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "writes a recording's Ogg Opus file, unencrypted, at your "
                                                       "request (audited)"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the recording's id"))},
               .options = {required("out", "FILE",
                                    QT_TRANSLATE_NOOP("CliHelp", "the file to write; an existing one is refused"))}}) {}

int RecordingExportCommand::run(CommandContext& context) const {
    const auto outFile = context.newOutputFile(QStringLiteral("out"), tr("recording export needs --out FILE."));
    if (!outFile) {
        return outFile.error();
    }
    const QString& out = *outFile;
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto audio = session.recordings().audio(context.argument(), RecordingRepository::Purpose::Export);
    if (!audio) {
        return context.failWith(audio.error());
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*audio) != audio->size() || !file.commit()) {
        return context.failWith(Error{ErrorCode::Io, tr("%1 could not be written.").arg(out), file.errorString()});
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
