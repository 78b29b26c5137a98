// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CommandLine.h"

namespace clinicdesk::cli {

CommandLine CommandLine::parse(const QStringList& arguments, const QStringList& flagNames) {
    CommandLine line;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg.size() <= 2) {
            line.words << arg;
            continue;
        }
        const QString name = arg.mid(2);
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            line.options.insert(name.left(eq), name.mid(eq + 1));
            line.names << name.left(eq);
            continue;
        }
        if (flagNames.contains(name)) {
            line.flags << name;
            line.names << name;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            line.problem = tr("The option --%1 needs a value.").arg(name);
            line.problemOption = name;
            return line;
        }
        if (line.options.contains(name)) {
            line.problem = tr("The option --%1 is given twice.").arg(name);
            line.problemOption = name;
            return line;
        }
        line.options.insert(name, arguments.at(++i));
        line.names << name;
    }
    line.vault = line.options.take(QStringLiteral("vault"));
    line.user = line.options.take(QStringLiteral("user"));
    line.names.removeAll(QStringLiteral("vault"));
    line.names.removeAll(QStringLiteral("user"));
    return line;
}

} // namespace clinicdesk::cli
