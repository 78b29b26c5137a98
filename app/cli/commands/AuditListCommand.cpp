// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AuditListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"

#include <QJsonObject>

namespace clinicdesk::cli {

AuditListCommand::AuditListCommand()
    : Command({.path = words("audit", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists the audit log, newest first (administrators only)"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text")),
                           option("limit", "N", QT_TRANSLATE_NOOP("CliHelp", "at most N entries (default 100)"))}}) {}

int AuditListCommand::run(CommandContext& context) const {
    bool ok = true;
    const int limit =
        context.hasOption(QStringLiteral("limit")) ? context.option(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit <= 0) {
        return context.usage(tr("--limit takes a positive whole number."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto entries = session.auditEntries(limit);
    if (!entries) {
        return context.failWith(entries.error());
    }
    context.printList(
        *entries,
        [](const AuditEntry& e) {
            return QJsonObject{{QStringLiteral("seq"), static_cast<double>(e.seq)},
                               {QStringLiteral("at"), json::isoLocal(e.at)},
                               {QStringLiteral("user_id"), e.userId},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("entity"), e.entity},
                               {QStringLiteral("entity_id"), e.entityId},
                               {QStringLiteral("detail"), e.detail},
                               {QStringLiteral("hash"), e.hash}};
        },
        [](const AuditEntry& e) {
            return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(e.seq)
                .arg(json::isoLocal(e.at), e.action, e.entity, e.entityId, e.detail);
        });
    return ExitOk;
}

} // namespace clinicdesk::cli
