// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ExitCode.h"
#include "ai/AiSettings.h"

#include <QCoreApplication>

#include <optional>

namespace clinicdesk {
class VaultSession;
}

namespace clinicdesk::cli {

class CommandContext;

// How `config ai` changes AiSettings from its options. Each step refuses a bad value (printed, the exit
// code returned) before anything is saved, and says whether it changed something.
class ConfigAiOptions {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    // --provider, --model, --base-url, --api-version, --azure-v1, --bearer for --task (or its --fallback).
    [[nodiscard]] static OrExit<bool> applyProvider(CommandContext& context, AiSettings& settings,
                                                    std::optional<AiTask> task, bool fallback);
    // --language, --vocabulary, --note-language, --privacy, --max-part-minutes, --parallel, --timeout-seconds.
    [[nodiscard]] static OrExit<bool> applyTranscription(CommandContext& context, AiSettings& settings);
    // --currency, --budget USER=AMOUNT (the user looked up in the vault), --price MODEL=....
    [[nodiscard]] static OrExit<bool> applyCosts(CommandContext& context, VaultSession& session, AiSettings& settings);
};

} // namespace clinicdesk::cli
