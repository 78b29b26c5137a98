// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clinicdesk::cli {

class CommandContext;

// One clinicdesk-cli command: its words, what it accepts (from which its help and its usage checks
// are made) and what it does. A new command is a subclass in commands/ and one line in
// CommandRegistry.
class Command {
public:
    // A positional argument. Every declared argument must be given, and no more.
    struct Argument {
        QString name;          // as the usage shows it: ID, FILE, TEXT
        const char* help = ""; // QT_TRANSLATE_NOOP("CliHelp", ...)
    };
    // An option (--name VALUE) or, without a value name, a flag (--name).
    struct Option {
        QString name;          // without the leading "--"
        QString valueName;     // as the usage shows the value: ID, YYYY-MM-DD; empty for a flag
        const char* help = ""; // QT_TRANSLATE_NOOP("CliHelp", ...)
        bool required = false; // shown without brackets; the command checks it with its own message

        [[nodiscard]] bool isFlag() const { return valueName.isEmpty(); }
    };
    struct Spec {
        QStringList path = {};          // the command's words: {"patient", "add"}
        const char* summary = "";       // one line for the listing, QT_TRANSLATE_NOOP("CliHelp", ...)
        QList<Argument> arguments = {}; // in the order the usage shows them
        QList<Option> options = {};     // options and flags, in the order the help shows them
        bool needsSignIn = true;        // opens --vault as --user (CLINICDESK_PASSWORD or a prompt)
        bool needsGui = false;          // lays text out with QtGui (PDF): main makes a QGuiApplication
    };

    explicit Command(Spec spec);
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    [[nodiscard]] const Spec& spec() const { return m_spec; }
    // The words joined: "patient add".
    [[nodiscard]] QString name() const { return m_spec.path.join(QLatin1Char(' ')); }
    [[nodiscard]] const Option* findOption(const QString& name) const;

    // Runs the command once its options have been checked against the spec; returns the exit code.
    [[nodiscard]] virtual int run(CommandContext& context) const = 0;

protected:
    // Declarations, for the specs of subclasses.
    [[nodiscard]] static Argument argument(const char* name, const char* help);
    [[nodiscard]] static Option option(const char* name, const char* valueName, const char* help);
    [[nodiscard]] static Option required(const char* name, const char* valueName, const char* help);
    [[nodiscard]] static Option flag(const char* name, const char* help);
    [[nodiscard]] static QStringList words(const char* first, const char* second = nullptr);

private:
    Spec m_spec;
};

} // namespace clinicdesk::cli
