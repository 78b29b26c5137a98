// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "HelpText.h"

#include "Command.h"
#include "CommandRegistry.h"

#include <algorithm>

namespace clinicdesk::cli {

namespace {

constexpr qsizetype kWidth = 100;       // where the usage line wraps
constexpr qsizetype kMaxNameWidth = 30; // a longer name in a listing puts its text on the next line

QString translated(const char* text) {
    return QCoreApplication::translate("CliHelp", text);
}

// A summary as the opening sentence of a command's help: "Adds a patient ... national id."
QString sentence(const QString& summary) {
    QString text = summary;
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString globalOptions() {
    return QStringLiteral("clinicdesk-cli [--vault DIR] [--user NAME]");
}

// `tokens` after "Usage: ", broken into lines of at most kWidth characters.
QString wrapped(const QString& prefix, const QStringList& tokens) {
    QString text = prefix;
    qsizetype column = prefix.size();
    const QString indent(prefix.size() + 4, QLatin1Char(' '));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (i > 0 && column + 1 + token.size() > kWidth) {
            text += QLatin1Char('\n') + indent;
            column = indent.size();
        } else if (i > 0) {
            text += QLatin1Char(' ');
            ++column;
        }
        text += token;
        column += token.size();
    }
    return text + QLatin1Char('\n');
}

// "--json", "--limit N"
QString optionText(const Command::Option& o) {
    return o.isFlag() ? QStringLiteral("--") + o.name : QStringLiteral("--%1 %2").arg(o.name, o.valueName);
}

QString usageToken(const Command::Option& o) {
    return o.required ? optionText(o) : QLatin1Char('[') + optionText(o) + QLatin1Char(']');
}

} // namespace

QString HelpText::listing(const QStringList& names, const QStringList& texts) {
    qsizetype width = 0;
    for (const QString& name : names) {
        width = std::max(width, std::min(name.size(), kMaxNameWidth));
    }
    QString text;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        text += QStringLiteral("  ") + name;
        if (name.size() > width) {
            text += QLatin1Char('\n') + QString(width + 2, QLatin1Char(' '));
        } else {
            text += QString(width - name.size(), QLatin1Char(' '));
        }
        text += QStringLiteral("   ") + texts.at(i) + QLatin1Char('\n');
    }
    return text;
}

QString HelpText::usage(const Command& command) {
    const Command::Spec& spec = command.spec();
    QStringList tokens{globalOptions(), command.name()};
    for (const Command::Argument& a : spec.arguments) {
        tokens << a.name;
    }
    for (const Command::Option& o : spec.options) {
        tokens << usageToken(o);
    }
    return wrapped(tr("Usage:") + QLatin1Char(' '), tokens);
}

QString HelpText::groupUsage(const QStringList& group) {
    return tr("Usage:") + QLatin1Char(' ') + globalOptions() + QLatin1Char(' ') + group.join(QLatin1Char(' ')) +
           QLatin1Char(' ') + tr("<command> [options]") + QLatin1Char('\n');
}

QString HelpText::seeHelp(const QStringList& words) {
    return tr("See clinicdesk-cli help %1.").arg(words.join(QLatin1Char(' '))) + QLatin1Char('\n');
}

QString HelpText::general(const CommandRegistry& registry) {
    QStringList names;
    QStringList summaries;
    for (const auto& command : registry.commands()) {
        names << command->name();
        summaries << translated(command->spec().summary);
    }
    return tr("Usage:") + QLatin1Char(' ') + globalOptions() + QLatin1Char(' ') + tr("<command> [options]") +
           QStringLiteral("\n\n") +
           listing({QStringLiteral("--vault DIR"), QStringLiteral("--user NAME")},
                   {tr("the vault folder (default: $CLINICDESK_VAULT, else ClinicDesk's data folder)"),
                    tr("who signs in (default: the vault's only administrator)")}) +
           QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') + listing(names, summaries) + QLatin1Char('\n') +
           tr("clinicdesk-cli help COMMAND (or COMMAND --help) shows a command's arguments and options.") +
           QLatin1Char('\n') +
           tr("Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),\n"
              "CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.\n"
              "Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,\n"
              "5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error,\n"
              "8 the AI provider could not be reached or refused (the job's reason is printed).") +
           QLatin1Char('\n');
}

QString HelpText::group(const CommandRegistry& registry, const QStringList& group) {
    QStringList names;
    QStringList summaries;
    for (const Command* command : registry.commandsUnder(group)) {
        names << command->name();
        summaries << translated(command->spec().summary);
    }
    return groupUsage(group) + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') + listing(names, summaries) +
           QLatin1Char('\n') +
           tr("clinicdesk-cli help COMMAND (or COMMAND --help) shows a command's arguments and options.") +
           QLatin1Char('\n');
}

QString HelpText::command(const Command& command) {
    const Command::Spec& spec = command.spec();
    QString text = usage(command) + QLatin1Char('\n') + sentence(translated(spec.summary)) + QLatin1Char('\n');
    if (!spec.arguments.isEmpty()) {
        QStringList names;
        QStringList texts;
        for (const Command::Argument& a : spec.arguments) {
            names << a.name;
            texts << translated(a.help);
        }
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + listing(names, texts);
    }
    if (!spec.options.isEmpty()) {
        QStringList names;
        QStringList texts;
        for (const Command::Option& o : spec.options) {
            names << optionText(o);
            texts << translated(o.help);
        }
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + listing(names, texts);
    }
    if (spec.needsSignIn) {
        text += QLatin1Char('\n') +
                tr("It signs in as --user; the password comes from CLINICDESK_PASSWORD or a prompt without echo.") +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace clinicdesk::cli
