// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "TemplateListCommand.h"

#include "CommandContext.h"
#include "repo/NoteTemplateRepository.h"

#include <QJsonObject>

namespace clinicdesk::cli {

TemplateListCommand::TemplateListCommand()
    : Command({.path = words("template", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists the note templates: key, name, built-in or custom"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int TemplateListCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    NoteTemplateRepository templates(session.db(), session.session());
    auto list = templates.list();
    if (!list) {
        return context.failWith(list.error());
    }
    context.printList(
        *list,
        [](const NoteTemplate& t) {
            return QJsonObject{{QStringLiteral("id"), t.id},
                               {QStringLiteral("key"), t.key},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("builtin"), t.builtin}};
        },
        [](const NoteTemplate& t) {
            return QStringLiteral("%1\t%2%3").arg(t.key, t.name, t.builtin ? QString() : tr(" (custom)"));
        });
    return ExitOk;
}

} // namespace clinicdesk::cli
