// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteSignCommand.h"

#include "CommandContext.h"
#include "repo/NoteRepository.h"

namespace clinicdesk::cli {

NoteSignCommand::NoteSignCommand()
    : Command({.path = words("note", "sign"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "signs a draft and prints its SHA-256 content hash; it cannot "
                                                       "change afterwards"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the note's id"))}}) {}

int NoteSignCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto note = NoteRepository(session.db(), session.session()).sign(context.argument());
    if (!note) {
        return context.failWith(note.error());
    }
    context.printLine(tr("Signed; content hash %1").arg(note->contentHash.value_or(QString())));
    return ExitOk;
}

} // namespace clinicdesk::cli
