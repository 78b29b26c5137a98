// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "repo/NoteRepository.h"

namespace clinicdesk::cli {

NoteListCommand::NoteListCommand()
    : Command({.path = words("note", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists an encounter's notes: id, template, draft or signed, "
                                                       "last change"),
               .options = {required("encounter", "ID", QT_TRANSLATE_NOOP("CliHelp", "the encounter's id")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int NoteListCommand::run(CommandContext& context) const {
    const QString encounterId = context.option(QStringLiteral("encounter"));
    if (encounterId.isEmpty()) {
        return context.usage(tr("note list needs --encounter ID."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto notes = NoteRepository(session.db(), session.session()).listForEncounter(encounterId);
    if (!notes) {
        return context.failWith(notes.error());
    }
    context.printList(*notes, json::note, [](const Note& n) {
        return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(n.id, n.templateKey,
                 n.status == NoteStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft"),
                 json::isoLocal(n.updatedAt));
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
