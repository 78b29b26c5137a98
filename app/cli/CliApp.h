#pragma once

#include "jobs/Job.h"
#include "session/VaultSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace clinicdesk::cli {

// Exit codes (documented in docs/CLI.md; scripts rely on them).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitWrongPassword = 2, // or locked / disabled account
    ExitNotFound = 3,
    ExitInvalidInput = 4,
    ExitVaultRefused = 5, // corrupt, newer schema, not a vault, tampered backup
    ExitPermissionDenied = 6,
    ExitFailure = 7, // the system refused (disk, keychain, ...)
    ExitRemote = 8,  // the AI provider could not be reached or refused; the job says why
};

// clinicdesk-cli: the automation and admin interface.
//   clinicdesk-cli [--vault DIR] [--user NAME] <command> [options]
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit CliApp(QStringList arguments);
    [[nodiscard]] int run();

    [[nodiscard]] static int exitCodeFor(ErrorCode code);

private:
    struct Parsed {
        QStringList positional;
        QHash<QString, QString> options;
        QStringList flags;
    };

    [[nodiscard]] bool parse(QString& problem);
    [[nodiscard]] bool has(const QString& flag) const { return m_args.flags.contains(flag); }
    [[nodiscard]] QString option(const QString& name) const { return m_args.options.value(name); }
    [[nodiscard]] bool checkOptions(const QStringList& allowedOptions, const QStringList& allowedFlags,
                                    int positionalCount);

    int usage(const QString& problem);
    int failWith(const Error& error);
    void printJson(const QJsonValue& value);
    void printLine(const QString& line);
    // A listing: with --json one JSON array of `toJson(item)`, otherwise one `toLine(item)` per line.
    template <typename Items, typename ToJson, typename ToLine>
    void printList(const Items& items, ToJson toJson, ToLine toLine) {
        if (has(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& item : items) {
                array.append(toJson(item));
            }
            printJson(array);
            return;
        }
        for (const auto& item : items) {
            printLine(toLine(item));
        }
    }

    [[nodiscard]] std::optional<SecureBytes> password();
    [[nodiscard]] std::optional<SecureBytes> newPassword(const QString& who);
    [[nodiscard]] Result<std::unique_ptr<VaultSession>> login();
    // Signs in for this command (m_session); on failure prints why and leaves the exit code in m_exitCode.
    [[nodiscard]] bool signIn();
    // The path given with --`optionName`, which must not exist yet; otherwise the exit code (usage or
    // invalid input), with the error printed.
    [[nodiscard]] std::optional<QString> newOutputFile(const QString& optionName, const QString& missing);

    int cmdInit();
    int cmdUser();
    int cmdPatient();
    int cmdAppointment();
    int cmdAudit();
    int cmdBackup();
    int cmdRecord();
    int cmdRecording();
    int cmdAudio();
    // AI pipeline (CliAppAi.cpp)
    int cmdConfig();
    int cmdTranscribe();
    int cmdTranscript();
    int cmdNote();
    int cmdJobs();
    int cmdUsage();
    int cmdEgress();
    int cmdTemplate();
    // Prints the job id, or with --wait runs the queue until the job ends and prints its result id.
    int queuedOrWait(VaultSession& session, const Job& job);

    QStringList m_raw;
    Parsed m_args;
    QString m_vaultDir;
    QString m_userName;
    std::unique_ptr<VaultSession> m_session;
    int m_exitCode = ExitOk;
};

} // namespace clinicdesk::cli
