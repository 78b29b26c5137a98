// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteEditCommand.h"

#include "CommandContext.h"
#include "NoteContentFile.h"
#include "repo/NoteRepository.h"

namespace clinicdesk::cli {

NoteEditCommand::NoteEditCommand()
    : Command({.path = words("note", "edit"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "saves a new revision of a draft; a signed note is refused"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the note's id"))},
               .options = {required("content-file", "FILE",
                                    QT_TRANSLATE_NOOP("CliHelp", "a JSON object in the template's shape"))}}) {}

int NoteEditCommand::run(CommandContext& context) const {
    if (context.option(QStringLiteral("content-file")).isEmpty()) {
        return context.usage(tr("note %1 needs --content-file FILE (a JSON object in the template's shape).")
                                 .arg(QStringLiteral("edit")));
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
    auto note = NoteRepository(session.db(), session.session()).updateDraft(context.argument(), *content);
    if (!note) {
        return context.failWith(note.error());
    }
    context.printLine(tr("Revision %1 saved.").arg(note->revision));
    return ExitOk;
}

} // namespace clinicdesk::cli
