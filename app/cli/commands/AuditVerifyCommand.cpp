// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AuditVerifyCommand.h"

#include "CommandContext.h"

#include <QJsonObject>

namespace clinicdesk::cli {

AuditVerifyCommand::AuditVerifyCommand()
    : Command({.path = words("audit", "verify"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "recomputes the audit log's hash chain and checks it against "
                                                       "the anchor file"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int AuditVerifyCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto report = session.verifyAudit();
    if (!report) {
        return context.failWith(report.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), report->ok},
                                      {QStringLiteral("entries"), static_cast<double>(report->entries)},
                                      {QStringLiteral("first_bad_seq"), static_cast<double>(report->firstBadSeq)},
                                      {QStringLiteral("problem"), report->problem}});
    }
    if (!report->ok) {
        return context.failWith(
            Error{ErrorCode::Integrity, tr("The audit log failed verification: %1").arg(report->problem), {}});
    }
    if (!context.json()) {
        context.printLine(tr("The audit log is intact: %1 entries, chain and anchor verified.").arg(report->entries));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
