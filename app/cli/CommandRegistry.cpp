// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CommandRegistry.h"

#include "commands/AppointmentAddCommand.h"
#include "commands/AppointmentCancelCommand.h"
#include "commands/AppointmentExportCommand.h"
#include "commands/AppointmentListCommand.h"
#include "commands/AppointmentMoveCommand.h"
#include "commands/AppointmentStatusCommand.h"
#include "commands/AudioDevicesCommand.h"
#include "commands/AuditListCommand.h"
#include "commands/AuditVerifyCommand.h"
#include "commands/BackupCreateCommand.h"
#include "commands/BackupRestoreCommand.h"
#include "commands/BackupVerifyCommand.h"
#include "commands/ClinicSetCommand.h"
#include "commands/ClinicShowCommand.h"
#include "commands/ConfigAiCommand.h"
#include "commands/EgressListCommand.h"
#include "commands/InitCommand.h"
#include "commands/JobsCancelCommand.h"
#include "commands/JobsListCommand.h"
#include "commands/JobsRetryCommand.h"
#include "commands/JobsRunCommand.h"
#include "commands/NoteAddendumCommand.h"
#include "commands/NoteEditCommand.h"
#include "commands/NoteExportCommand.h"
#include "commands/NoteGenerateCommand.h"
#include "commands/NoteListCommand.h"
#include "commands/NoteReferralCommand.h"
#include "commands/NoteShowCommand.h"
#include "commands/NoteSignCommand.h"
#include "commands/PatientAddCommand.h"
#include "commands/PatientListCommand.h"
#include "commands/PatientMergeCommand.h"
#include "commands/PatientSearchCommand.h"
#include "commands/PatientShowCommand.h"
#include "commands/RecordCommand.h"
#include "commands/RecordingExportCommand.h"
#include "commands/RecordingImportCommand.h"
#include "commands/RecordingListCommand.h"
#include "commands/RecordingRecoverCommand.h"
#include "commands/TemplateListCommand.h"
#include "commands/TranscribeCommand.h"
#include "commands/TranscriptShowCommand.h"
#include "commands/UsageCommand.h"
#include "commands/UserAddCommand.h"
#include "commands/UserDisableCommand.h"
#include "commands/UserEnableCommand.h"
#include "commands/UserListCommand.h"
#include "commands/UserPasswdCommand.h"
#include "commands/UserRecoverCommand.h"
#include "commands/UserRoleCommand.h"

#include <algorithm>

namespace clinicdesk::cli {

CommandRegistry::CommandRegistry() {
    // The order of `clinicdesk-cli help` (and of docs/CLI.md).
    add<InitCommand>();
    add<UserAddCommand>();
    add<UserListCommand>();
    add<UserPasswdCommand>();
    add<UserRecoverCommand>();
    add<UserDisableCommand>();
    add<UserEnableCommand>();
    add<UserRoleCommand>();
    add<PatientAddCommand>();
    add<PatientListCommand>();
    add<PatientSearchCommand>();
    add<PatientShowCommand>();
    add<PatientMergeCommand>();
    add<AppointmentAddCommand>();
    add<AppointmentListCommand>();
    add<ClinicShowCommand>();
    add<ClinicSetCommand>();
    add<AppointmentMoveCommand>();
    add<AppointmentCancelCommand>();
    add<AppointmentStatusCommand>();
    add<AppointmentExportCommand>();
    add<AuditVerifyCommand>();
    add<AuditListCommand>();
    add<BackupCreateCommand>();
    add<BackupVerifyCommand>();
    add<BackupRestoreCommand>();
    add<RecordCommand>();
    add<RecordingListCommand>();
    add<RecordingExportCommand>();
    add<RecordingImportCommand>();
    add<RecordingRecoverCommand>();
    add<AudioDevicesCommand>();
    add<ConfigAiCommand>();
    add<TranscribeCommand>();
    add<TranscriptShowCommand>();
    add<NoteGenerateCommand>();
    add<NoteListCommand>();
    add<NoteShowCommand>();
    add<NoteEditCommand>();
    add<NoteSignCommand>();
    add<NoteAddendumCommand>();
    add<NoteExportCommand>();
    add<NoteReferralCommand>();
    add<TemplateListCommand>();
    add<JobsListCommand>();
    add<JobsRunCommand>();
    add<JobsRetryCommand>();
    add<JobsCancelCommand>();
    add<UsageCommand>();
    add<EgressListCommand>();

    m_flagNames << QStringLiteral("help");
    for (const auto& command : m_commands) {
        for (const Command::Option& o : command->spec().options) {
            if (o.isFlag() && !m_flagNames.contains(o.name)) {
                m_flagNames << o.name;
            }
        }
    }
    // The words are split before the command is known (CommandLine), so a name must not be a flag of
    // one command and take a value in another.
    for (const auto& command : m_commands) {
        for (const Command::Option& o : command->spec().options) {
            Q_ASSERT_X(o.isFlag() || !m_flagNames.contains(o.name), "CommandRegistry",
                       "an option name is a flag elsewhere");
        }
    }
}

namespace {

bool startsWith(const QStringList& words, const QStringList& start) {
    return start.size() <= words.size() && std::equal(start.cbegin(), start.cend(), words.cbegin());
}

} // namespace

CommandRegistry::Match CommandRegistry::find(const QStringList& words) const {
    Match match;
    for (const auto& command : m_commands) {
        const QStringList& path = command->spec().path;
        if (startsWith(words, path) && (match.command == nullptr || path.size() > match.command->spec().path.size())) {
            match.command = command.get();
        }
    }
    if (match.command != nullptr) {
        return match;
    }
    for (const auto& command : m_commands) {
        const QStringList& path = command->spec().path;
        qsizetype common = 0;
        while (common < path.size() - 1 && common < words.size() && path.at(common) == words.at(common)) {
            ++common;
        }
        if (common > match.group.size()) {
            match.group = path.mid(0, common);
        }
    }
    return match;
}

std::vector<const Command*> CommandRegistry::commandsUnder(const QStringList& group) const {
    std::vector<const Command*> under;
    for (const auto& command : m_commands) {
        if (startsWith(command->spec().path, group)) {
            under.push_back(command.get());
        }
    }
    return under;
}

QStringList CommandRegistry::wordsAfter(const QStringList& group) const {
    QStringList next;
    for (const Command* command : commandsUnder(group)) {
        const QStringList& path = command->spec().path;
        if (path.size() > group.size() && !next.contains(path.at(group.size()))) {
            next << path.at(group.size());
        }
    }
    return next;
}

} // namespace clinicdesk::cli
