// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"
#include "ExitCode.h"
#include "ai/AiSettings.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

#include <optional>

namespace clinicdesk {
class VaultSession;
}

namespace clinicdesk::cli {

// `config ai`: the AI providers, their keys in the keychain, languages, limits, prices and budgets.
class ConfigAiCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    ConfigAiCommand();
    [[nodiscard]] int run(CommandContext& context) const override;

private:
    // Stores or removes the key of the task's provider in the keychain.
    [[nodiscard]] static OrExit<void> storeKey(CommandContext& context, VaultSession& session,
                                               const AiSettings& settings, AiTask task, bool fallback,
                                               const std::optional<SecureBytes>& key);
    static void show(CommandContext& context, const AiSettings& settings);
};

} // namespace clinicdesk::cli
