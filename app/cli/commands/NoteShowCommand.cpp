// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteShowCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "repo/NoteRepository.h"

#include <QJsonDocument>

namespace clinicdesk::cli {

NoteShowCommand::NoteShowCommand()
    : Command({.path = words("note", "show"),
               .summary = QT_TRANSLATE_NOOP("CliHelp",
                                            "shows a note's content, and a notice if the transcript was summarised"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the note's id"))},
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int NoteShowCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto note = NoteRepository(session.db(), session.session()).get(context.argument());
    if (!note) {
        return context.failWith(note.error());
    }
    if (context.json()) {
        context.printJson(json::note(*note));
        return ExitOk;
    }
    context.printLine(
        QStringLiteral("%1\t%2\t%3")
            .arg(note->id, note->templateKey,
                 note->status == NoteStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft")));
    context.printLine(QString::fromUtf8(QJsonDocument(note->content).toJson(QJsonDocument::Indented)));
    if (const QString notice = note->evidence.value(QStringLiteral("notice")).toString(); !notice.isEmpty()) {
        context.printLine(notice);
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
