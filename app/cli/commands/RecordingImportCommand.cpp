// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RecordingImportCommand.h"

#include "CommandContext.h"
#include "audio/RecordingImporter.h"

#include <QFileInfo>

namespace clinicdesk::cli {

RecordingImportCommand::RecordingImportCommand()
    : Command(
          {.path = words("recording", "import"),
           .summary = QT_TRANSLATE_NOOP("CliHelp", "imports a wav, mp3, m4a, ogg, webm or flac file as a "
                                                   "recording and prints its id"),
           .arguments = {argument("FILE", QT_TRANSLATE_NOOP("CliHelp", "the audio file"))},
           .options = {required("patient", "ID", QT_TRANSLATE_NOOP("CliHelp", "the patient's id")),
                       option("encounter", "ID",
                              QT_TRANSLATE_NOOP("CliHelp", "an encounter of that patient (default: a new one)"))}}) {}

int RecordingImportCommand::run(CommandContext& context) const {
    const QString patientId = context.option(QStringLiteral("patient"));
    if (patientId.isEmpty()) {
        return context.usage(tr("recording import needs --patient ID."));
    }
    const QString& path = context.argument();
    if (!QFileInfo(path).isFile()) {
        return context.failWith(Error{ErrorCode::NotFound, tr("There is no file %1.").arg(path), {}});
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto imported = RecordingImporter::importFile(session.db(), session.session(), patientId,
                                                  context.option(QStringLiteral("encounter")), path);
    if (!imported) {
        return context.failWith(imported.error());
    }
    context.printLine(imported->recordingId);
    return ExitOk;
}

} // namespace clinicdesk::cli
