// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteAddendumCommand.h"

#include "CommandContext.h"
#include "NoteContentFile.h"
#include "repo/NoteRepository.h"

namespace clinicdesk::cli {

NoteAddendumCommand::NoteAddendumCommand()
    : Command({.path = words("note", "addendum"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "corrects a signed note with a new draft that amends it; prints "
                                                       "its id"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the signed note's id"))},
               .options = {required("content-file", "FILE",
                                    QT_TRANSLATE_NOOP("CliHelp", "a JSON object in the template's shape"))}}) {}

int NoteAddendumCommand::run(CommandContext& context) const {
    if (context.option(QStringLiteral("content-file")).isEmpty()) {
        return context.usage(tr("note %1 needs --content-file FILE (a JSON object in the template's shape).")
                                 .arg(QStringLiteral("addendum")));
    }
    auto content = NoteContentFile::read(context.option(QStringLiteral("content-file")));
    if (!content) {
        return context.failWith(content.error());
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto note = NoteRepository(session.db(), session.session()).addAddendum(context.argument(), *content);
    if (!note) {
        return context.failWith(note.error());
    }
    context.printLine(note->id);
    return ExitOk;
}

} // namespace clinicdesk::cli
