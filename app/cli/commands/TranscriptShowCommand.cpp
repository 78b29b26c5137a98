// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "TranscriptShowCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "repo/TranscriptRepository.h"

namespace clinicdesk::cli {

namespace {

QString clockText(std::int64_t ms) {
    const std::int64_t s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TranscriptShowCommand::TranscriptShowCommand()
    : Command({.path = words("transcript", "show"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "shows the newest transcript of a recording, one timed "
                                                       "segment per line"),
               .arguments = {argument("RECORDING_ID", QT_TRANSLATE_NOOP("CliHelp", "the recording's id"))},
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int TranscriptShowCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto transcript = TranscriptRepository(session.db(), session.session()).latestForRecording(context.argument());
    if (!transcript) {
        return context.failWith(transcript.error());
    }
    if (context.json()) {
        context.printJson(json::transcript(*transcript));
        return ExitOk;
    }
    if (transcript->segments.empty()) {
        context.printLine(transcript->text);
    }
    for (const TranscriptSegmentRow& s : transcript->segments) {
        context.printLine(QStringLiteral("[%1 - %2] %3").arg(clockText(s.startMs), clockText(s.endMs), s.text));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
