// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PatientMergeCommand.h"

#include "CommandContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clinicdesk::cli {

PatientMergeCommand::PatientMergeCommand()
    : Command({.path = words("patient", "merge"),
               .summary = QT_TRANSLATE_NOOP("CliHelp",
                                            "moves everything of a duplicate record into the kept one and closes the "
                                            "duplicate (administrators; audited; cannot be undone)"),
               .arguments = {argument("KEEP_ID", QT_TRANSLATE_NOOP("CliHelp", "the record that stays")),
                             argument("DUPLICATE_ID",
                                      QT_TRANSLATE_NOOP("CliHelp", "the record of the same person entered again"))},
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int PatientMergeCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto report = session.patients().merge(context.argument(0), context.argument(1));
    if (!report) {
        return context.failWith(report.error());
    }
    if (context.json()) {
        QJsonObject moved;
        for (const auto& [table, rows] : report->moved) {
            moved.insert(table, rows);
        }
        context.printJson(QJsonObject{{QStringLiteral("kept_id"), report->keptId},
                                      {QStringLiteral("duplicate_id"), report->duplicateId},
                                      {QStringLiteral("moved"), moved}});
        return ExitOk;
    }
    QStringList moved;
    for (const auto& [table, rows] : report->moved) {
        moved << QStringLiteral("%1 %2").arg(rows).arg(table);
    }
    context.printLine(
        tr("Merged %1 into %2; moved: %3.").arg(report->duplicateId, report->keptId, moved.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace clinicdesk::cli
