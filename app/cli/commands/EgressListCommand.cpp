// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "EgressListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "repo/EgressRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace clinicdesk::cli {

EgressListCommand::EgressListCommand()
    : Command({.path = words("egress", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists every request that left this computer, newest first"),
               .options = {option("limit", "N", QT_TRANSLATE_NOOP("CliHelp", "at most N requests (default 1000)")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int EgressListCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    const QString limitText = context.option(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 1000 : limitText.toInt();
    auto entries = EgressRepository(session.db(), session.session()).list(std::max(1, limit));
    if (!entries) {
        return context.failWith(entries.error());
    }
    auto toJson = [](const EgressEntry& e) {
        return QJsonObject{
            {QStringLiteral("at"), json::isoLocal(e.at)},
            {QStringLiteral("user"), e.userName},
            {QStringLiteral("host"), e.host},
            {QStringLiteral("provider"), e.provider},
            {QStringLiteral("model"), e.model},
            {QStringLiteral("purpose"), e.purpose},
            {QStringLiteral("bytes_sent"), static_cast<double>(e.bytesSent)},
            {QStringLiteral("bytes_received"), static_cast<double>(e.bytesReceived)},
            {QStringLiteral("http_status"),
             e.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.httpStatus)},
            {QStringLiteral("request_id"), e.requestId},
            {QStringLiteral("job_id"), e.jobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.jobId)}};
    };
    context.printList(*entries, toJson, [](const EgressEntry& e) {
        return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 bytes\t%7\t%8")
            .arg(json::isoLocal(e.at), e.host, e.model, e.purpose, e.userName)
            .arg(e.bytesSent)
            .arg(e.httpStatus)
            .arg(e.jobId);
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
