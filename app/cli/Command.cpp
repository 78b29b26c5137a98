// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Command.h"

namespace clinicdesk::cli {

Command::Command(Spec spec)
    : m_spec(std::move(spec)) {}

const Command::Option* Command::findOption(const QString& name) const {
    for (const Option& o : m_spec.options) {
        if (o.name == name) {
            return &o;
        }
    }
    return nullptr;
}

Command::Argument Command::argument(const char* name, const char* help) {
    return {QString::fromLatin1(name), help};
}

Command::Option Command::option(const char* name, const char* valueName, const char* help) {
    return {QString::fromLatin1(name), QString::fromLatin1(valueName), help, false};
}

Command::Option Command::required(const char* name, const char* valueName, const char* help) {
    return {QString::fromLatin1(name), QString::fromLatin1(valueName), help, true};
}

Command::Option Command::flag(const char* name, const char* help) {
    return {QString::fromLatin1(name), QString(), help, false};
}

QStringList Command::words(const char* first, const char* second) {
    QStringList path{QString::fromLatin1(first)};
    if (second != nullptr) {
        path << QString::fromLatin1(second);
    }
    return path;
}

} // namespace clinicdesk::cli
