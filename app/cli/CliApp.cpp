// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CliApp.h"

#include "CommandContext.h"
#include "CommandLine.h"
#include "CommandRegistry.h"
#include "Console.h"
#include "EnvironmentSecrets.h"
#include "HelpText.h"
#include "util/AppPaths.h"

#include <QStandardPaths>

namespace clinicdesk::cli {

namespace {

const QString kHelp = QStringLiteral("help");

// "a, b, c or d"
QString alternatives(const QStringList& words) {
    if (words.size() <= 1) {
        return words.join(QString());
    }
    return CliApp::tr("%1 or %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

} // namespace

CliApp::CliApp(const CommandRegistry& registry, QStringList arguments, const EnvironmentSecrets& secrets)
    : m_registry(registry)
    , m_arguments(std::move(arguments))
    , m_secrets(secrets) {}

bool CliApp::needsGui(const CommandRegistry& registry, const QStringList& arguments) {
    const CommandLine line = CommandLine::parse(arguments, registry.flagNames());
    if (!line.problem.isEmpty() || line.flags.contains(kHelp)) {
        return false;
    }
    const CommandRegistry::Match match = registry.find(line.words);
    return match.command != nullptr && match.command->spec().needsGui;
}

int CliApp::usage(const QString& problem, const QString& usageLine) {
    console::err(QStringLiteral("clinicdesk-cli: ") + problem + QLatin1Char('\n'));
    console::err(usageLine);
    return ExitUsage;
}

int CliApp::run() {
    CommandLine line = CommandLine::parse(m_arguments, m_registry.flagNames());
    bool help = line.flags.contains(kHelp);
    if (!line.words.isEmpty() && line.words.first() == kHelp) {
        line.words.removeFirst();
        help = true;
    }
    const CommandRegistry::Match match = m_registry.find(line.words);
    if (!line.problem.isEmpty()) {
        return refuse(line, match);
    }
    if (line.words.isEmpty()) {
        // Bare `clinicdesk-cli` prints the help too, but as a usage error.
        console::out(HelpText::general(m_registry));
        return help ? ExitOk : ExitUsage;
    }
    if (match.command == nullptr) {
        return noCommand(line, match, help);
    }
    const Command& command = *match.command;
    if (help) {
        console::out(HelpText::command(command));
        return ExitOk;
    }
    line.words = line.words.mid(command.spec().path.size());
    QString vaultDir = line.vault;
    if (vaultDir.isEmpty()) {
        vaultDir = qEnvironmentVariable("CLINICDESK_VAULT");
    }
    if (vaultDir.isEmpty()) {
        vaultDir = AppPaths::defaultVaultDir();
    }
    CommandContext context(command, std::move(line), vaultDir, m_secrets);
    if (!context.checkArguments()) {
        return ExitUsage;
    }
    return command.run(context);
}

int CliApp::refuse(const CommandLine& line, const CommandRegistry::Match& match) {
    // The words before the option may have named the command: then the error is in its terms.
    if (match.command == nullptr) {
        const bool unknown = !line.words.isEmpty() && match.group.isEmpty();
        return usage(unknown ? tr("Unknown command \"%1\".").arg(line.words.first()) : line.problem, generalUsage());
    }
    const QString problem = match.command->findOption(line.problemOption) == nullptr
                                ? tr("Unknown option --%1 for this command.").arg(line.problemOption)
                                : line.problem;
    return usage(problem, HelpText::usage(*match.command) + HelpText::seeHelp(match.command->spec().path));
}

int CliApp::noCommand(const CommandLine& line, const CommandRegistry::Match& match, bool help) {
    if (match.group.isEmpty()) {
        return usage(tr("Unknown command \"%1\".").arg(line.words.first()), generalUsage());
    }
    const QString group = match.group.join(QLatin1Char(' '));
    const QString groupUsage = HelpText::groupUsage(match.group) + HelpText::seeHelp(match.group);
    if (line.words.size() > match.group.size()) {
        return usage(tr("Unknown %1 subcommand \"%2\".").arg(group, line.words.at(match.group.size())), groupUsage);
    }
    if (help) {
        console::out(HelpText::group(m_registry, match.group));
        return ExitOk;
    }
    return usage(tr("%1 needs a subcommand: %2.").arg(group, alternatives(m_registry.wordsAfter(match.group))),
                 groupUsage);
}

QString CliApp::generalUsage() {
    return tr("Usage: clinicdesk-cli [--vault DIR] [--user NAME] <command> ...  (clinicdesk-cli help)\n");
}

} // namespace clinicdesk::cli
