#include "CliApp.h"

#include "CliRecorder.h"
#include "PasswordPrompt.h"
#include "audio/RecordingImporter.h"
#include "audio/RecordingRecovery.h"
#include "domain/AccessPolicy.h"
#include "domain/NationalId.h"
#include "storage/Backup.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaDevices>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>

namespace clinicdesk::cli {

namespace {

const QStringList kFlagNames = {
    QStringLiteral("json"),          QStringLiteral("help"),     QStringLiteral("wait"),
    QStringLiteral("api-key-stdin"), QStringLiteral("azure-v1"), QStringLiteral("bearer"),
    QStringLiteral("fallback"),      QStringLiteral("show"),     QStringLiteral("remove-key")};

QString isoLocal(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms)
        .toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc())
        .toString(Qt::ISODate);
}

QJsonValue optionalJson(const std::optional<QString>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject patientJson(const Patient& p) {
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("first_name"), p.firstName},
                  {QStringLiteral("last_name"), p.lastName},
                  {QStringLiteral("date_of_birth"),
                   p.dateOfBirth ? QJsonValue(p.dateOfBirth->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("national_id"), optionalJson(p.nationalId)},
                  {QStringLiteral("national_id_kind"), optionalJson(p.nationalIdKind)},
                  {QStringLiteral("phone"), optionalJson(p.phone)},
                  {QStringLiteral("email"), optionalJson(p.email)},
                  {QStringLiteral("address"), optionalJson(p.address)},
                  {QStringLiteral("created_at"), isoLocal(p.createdAt)},
                  {QStringLiteral("updated_at"), isoLocal(p.updatedAt)}};
    if (p.clinicalNotes) {
        o.insert(QStringLiteral("clinical_notes"), *p.clinicalNotes);
    }
    return o;
}

QJsonObject appointmentJson(const Appointment& a) {
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("patient_id"), a.patientId},
            {QStringLiteral("practitioner_id"), optionalJson(a.practitionerId)},
            {QStringLiteral("start"), isoLocal(a.startsAt)},
            {QStringLiteral("minutes"), a.durationMinutes},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("reason"), optionalJson(a.reason)}};
}

QJsonObject userJson(const User& u) {
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), RoleNames::key(u.role)},
            {QStringLiteral("profession"),
             u.profession ? QJsonValue(RoleNames::key(*u.profession)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("licence_number"), optionalJson(u.licenceNumber)},
            {QStringLiteral("active"), u.active}};
}

QJsonObject recordingJson(const Recording& r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("encounter_id"), r.encounterId},
            {QStringLiteral("patient_id"), r.patientId},
            {QStringLiteral("state"), RecordingRepository::stateKey(r.state)},
            {QStringLiteral("duration_ms"), static_cast<double>(r.durationMs)},
            {QStringLiteral("bytes"), static_cast<double>(r.bytes)},
            {QStringLiteral("codec"), r.codec},
            {QStringLiteral("source"),
             r.source == RecordingSource::Import ? QStringLiteral("import") : QStringLiteral("microphone")},
            {QStringLiteral("device"), optionalJson(r.deviceName)},
            {QStringLiteral("started_at"), isoLocal(r.startedAt)}};
}

QJsonObject backupJson(const BackupReport& r) {
    return {{QStringLiteral("vault_id"), r.vaultId},
            {QStringLiteral("created_at"), isoLocal(r.createdAt)},
            {QStringLiteral("database_bytes"), static_cast<double>(r.databaseBytes)},
            {QStringLiteral("patients"), static_cast<double>(r.patients)},
            {QStringLiteral("audit_entries"), static_cast<double>(r.auditEntries)}};
}

} // namespace

CliApp::CliApp(QStringList arguments)
    : m_raw(std::move(arguments)) {}

int CliApp::exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::Cancelled:
        return ExitUsage;
    case ErrorCode::WrongPassword:
    case ErrorCode::Locked:
        return ExitWrongPassword;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
        return ExitInvalidInput;
    case ErrorCode::VaultRefused:
    case ErrorCode::Integrity:
        return ExitVaultRefused;
    case ErrorCode::PermissionDenied:
        return ExitPermissionDenied;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Crypto:
    case ErrorCode::Keychain:
        return ExitFailure;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Remote:
    case ErrorCode::NeedsUser:
        return ExitRemote;
    }
    return ExitFailure;
}

void CliApp::printLine(const QString& line) {
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
}

void CliApp::printJson(const QJsonValue& value) {
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

int CliApp::usage(const QString& problem) {
    std::fputs(("clinicdesk-cli: " + problem + "\n").toUtf8().constData(), stderr);
    std::fputs(tr("Usage: clinicdesk-cli [--vault DIR] [--user NAME] <command> ...  (clinicdesk-cli help)\n")
                   .toUtf8()
                   .constData(),
               stderr);
    return ExitUsage;
}

int CliApp::failWith(const Error& error) {
    std::fputs(("clinicdesk-cli: " + error.message + "\n").toUtf8().constData(), stderr);
    qCDebug(lcCli) << "error" << errorCodeName(error.code) << error.detail;
    return exitCodeFor(error.code);
}

bool CliApp::parse(QString& problem) {
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const QString& arg = m_raw.at(i);
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                m_args.options.insert(name, value);
                continue;
            }
            if (kFlagNames.contains(name)) {
                m_args.flags << name;
                continue;
            }
            if (i + 1 >= m_raw.size()) {
                problem = tr("The option --%1 needs a value.").arg(name);
                return false;
            }
            if (m_args.options.contains(name)) {
                problem = tr("The option --%1 is given twice.").arg(name);
                return false;
            }
            m_args.options.insert(name, m_raw.at(++i));
        } else {
            m_args.positional << arg;
        }
    }
    m_vaultDir = m_args.options.take(QStringLiteral("vault"));
    if (m_vaultDir.isEmpty()) {
        m_vaultDir = qEnvironmentVariable("CLINICDESK_VAULT");
    }
    if (m_vaultDir.isEmpty()) {
        m_vaultDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vault");
    }
    m_userName = m_args.options.take(QStringLiteral("user"));
    return true;
}

bool CliApp::checkOptions(const QStringList& allowedOptions, const QStringList& allowedFlags, int positionalCount) {
    for (auto it = m_args.options.cbegin(); it != m_args.options.cend(); ++it) {
        if (!allowedOptions.contains(it.key())) {
            usage(tr("Unknown option --%1 for this command.").arg(it.key()));
            return false;
        }
    }
    for (const QString& flag : m_args.flags) {
        if (!allowedFlags.contains(flag)) {
            usage(tr("Unknown option --%1 for this command.").arg(flag));
            return false;
        }
    }
    if (m_args.positional.size() != positionalCount) {
        usage(m_args.positional.size() > positionalCount ? tr("Too many arguments.") : tr("Missing argument."));
        return false;
    }
    return true;
}

std::optional<SecureBytes> CliApp::password() {
    QString text = qEnvironmentVariable("CLINICDESK_PASSWORD");
    if (text.isEmpty()) {
        auto prompted = promptHidden(tr("Password: "));
        if (!prompted) {
            return std::nullopt;
        }
        text = *prompted;
    }
    SecureBytes secret = SecureBytes::fromUtf8(text);
    SecureBytes::wipe(text);
    return secret;
}

std::optional<SecureBytes> CliApp::newPassword(const QString& who) {
    QString text = qEnvironmentVariable("CLINICDESK_NEW_PASSWORD");
    if (text.isEmpty()) {
        auto first = promptHidden(tr("New password for %1: ").arg(who));
        if (!first) {
            return std::nullopt;
        }
        auto second = promptHidden(tr("Repeat the new password: "));
        if (!second || *second != *first) {
            std::fputs(tr("clinicdesk-cli: The two passwords differ.\n").toUtf8().constData(), stderr);
            return std::nullopt;
        }
        text = *first;
        SecureBytes::wipe(*first);
        SecureBytes::wipe(*second);
    }
    SecureBytes secret = SecureBytes::fromUtf8(text);
    SecureBytes::wipe(text);
    return secret;
}

Result<std::unique_ptr<VaultSession>> CliApp::login() {
    if (auto s = Vault::probe(m_vaultDir); !s) {
        return std::unexpected(s.error());
    }
    auto secret = password();
    if (!secret) {
        return fail(ErrorCode::Usage, tr("No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal."),
                    QStringLiteral("no password source"));
    }
    return VaultSession::login(m_vaultDir, m_userName, *secret);
}

bool CliApp::signIn() {
    auto session = login();
    if (!session) {
        m_exitCode = failWith(session.error());
        return false;
    }
    m_session = std::move(*session);
    return true;
}

std::optional<QString> CliApp::newOutputFile(const QString& optionName, const QString& missing) {
    const QString path = option(optionName);
    if (path.isEmpty()) {
        m_exitCode = usage(missing);
        return std::nullopt;
    }
    if (QFileInfo::exists(path)) {
        m_exitCode =
            failWith(Error{ErrorCode::AlreadyExists, tr("%1 already exists; choose another file name.").arg(path), {}});
        return std::nullopt;
    }
    return path;
}

int CliApp::run() {
    QString problem;
    if (!parse(problem)) {
        return usage(problem);
    }
    if (m_args.positional.isEmpty() || m_args.positional.first() == QLatin1String("help") ||
        has(QStringLiteral("help"))) {
        printLine(
            tr("clinicdesk-cli [--vault DIR] [--user NAME] <command>\n"
               "  init --admin NAME [--display-name N] [--profession dentist|therapist] [--licence L]\n"
               "  user add NAME --role admin|practitioner|receptionist [--profession P] [--licence L]\n"
               "  user list [--json]\n"
               "  user passwd NAME\n"
               "  user recover NAME\n"
               "  patient add --first-name F --last-name L [--dob YYYY-MM-DD] [--national-id N] [--phone P]\n"
               "              [--email E] [--address A] [--notes TEXT]\n"
               "  patient list [--json] [--limit N]\n"
               "  patient search TEXT [--json]\n"
               "  patient show ID [--json]\n"
               "  appointment add --patient ID --start ISO8601 --minutes N [--practitioner NAME] [--reason R]\n"
               "  appointment list [--day YYYY-MM-DD] [--json]\n"
               "  audit verify\n"
               "  audit list [--json] [--limit N]\n"
               "  backup create --out FILE\n"
               "  backup verify FILE [--json]\n"
               "  backup restore FILE --to DIR\n"
               "  record --patient ID [--encounter ID] [--seconds N] [--device NAME] [--consent verbal|written]\n"
               "  recording list [--patient ID] [--json]\n"
               "  recording export ID --out FILE\n"
               "  recording import --patient ID [--encounter ID] FILE\n"
               "  recording recover\n"
               "  audio devices [--json]\n"
               "  config ai --task transcription|notes --provider openai|azure|compatible [--base-url URL]\n"
               "            --model M [--api-version V] [--azure-v1] [--bearer] [--fallback] [--api-key-stdin]\n"
               "  config ai [--language sv|pl|en|af|auto] [--vocabulary TEXT] [--note-language L]\n"
               "            [--privacy on|off] [--max-part-minutes N] [--parallel N] [--budget USER=AMOUNT]\n"
               "            [--price MODEL=PER_AUDIO_MIN,PER_M_IN,PER_M_OUT] [--timeout-seconds N] [--show] [--json]\n"
               "  transcribe RECORDING_ID [--wait] [--timeout SECONDS]\n"
               "  transcript show RECORDING_ID [--json]\n"
               "  note generate ENCOUNTER_ID --template dental-exam|dental-treatment|soap|dap|birp|free [--wait]\n"
               "  note list --encounter ID [--json]\n"
               "  note show ID [--json]\n"
               "  note edit ID --content-file FILE\n"
               "  note sign ID\n"
               "  note addendum ID --content-file FILE\n"
               "  note export ID --pdf FILE\n"
               "  template list [--json]\n"
               "  jobs list [--json]\n"
               "  jobs run\n"
               "  jobs retry ID\n"
               "  jobs cancel ID\n"
               "  usage [--month YYYY-MM] [--json]\n"
               "  egress list [--json]\n"
               "Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/"
               "recover), CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.\n"
               "Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,\n"
               "5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system "
               "error,\n8 the AI provider could not be reached or refused (the job's reason is printed)."));
        return m_args.positional.isEmpty() && !has(QStringLiteral("help")) ? ExitUsage : ExitOk;
    }
    const QString command = m_args.positional.takeFirst();
    if (command == QLatin1String("init")) {
        return cmdInit();
    }
    if (command == QLatin1String("user")) {
        return cmdUser();
    }
    if (command == QLatin1String("patient")) {
        return cmdPatient();
    }
    if (command == QLatin1String("appointment")) {
        return cmdAppointment();
    }
    if (command == QLatin1String("audit")) {
        return cmdAudit();
    }
    if (command == QLatin1String("backup")) {
        return cmdBackup();
    }
    if (command == QLatin1String("record")) {
        return cmdRecord();
    }
    if (command == QLatin1String("recording")) {
        return cmdRecording();
    }
    if (command == QLatin1String("audio")) {
        return cmdAudio();
    }
    if (command == QLatin1String("config")) {
        return cmdConfig();
    }
    if (command == QLatin1String("transcribe")) {
        return cmdTranscribe();
    }
    if (command == QLatin1String("transcript")) {
        return cmdTranscript();
    }
    if (command == QLatin1String("note")) {
        return cmdNote();
    }
    if (command == QLatin1String("jobs")) {
        return cmdJobs();
    }
    if (command == QLatin1String("usage")) {
        return cmdUsage();
    }
    if (command == QLatin1String("egress")) {
        return cmdEgress();
    }
    if (command == QLatin1String("template")) {
        return cmdTemplate();
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CliApp::cmdInit() {
    if (!checkOptions({QStringLiteral("admin"), QStringLiteral("display-name"), QStringLiteral("profession"),
                       QStringLiteral("licence")},
                      {}, 0)) {
        return ExitUsage;
    }
    NewUser admin;
    admin.name = option(QStringLiteral("admin"));
    if (admin.name.isEmpty()) {
        return usage(tr("init needs --admin NAME."));
    }
    admin.displayName = option(QStringLiteral("display-name"));
    if (const QString p = option(QStringLiteral("profession")); !p.isEmpty()) {
        admin.profession = RoleNames::professionFromKey(p);
        if (!admin.profession) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The profession must be dentist or therapist."), {}});
        }
    }
    if (const QString l = option(QStringLiteral("licence")); !l.isEmpty()) {
        admin.licenceNumber = l;
    }
    auto secret = newPassword(admin.name);
    if (!secret) {
        return failWith(Error{
            ErrorCode::Usage, tr("No password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal."), {}});
    }
    KdfParams kdf = KdfParams::interactive();
    if (qEnvironmentVariable("CLINICDESK_KDF_PROFILE") == QLatin1String("minimum")) {
        kdf = KdfParams::minimum(); // for test suites; still Argon2id with 64 MiB
    }
    auto created = VaultSession::createVault(m_vaultDir, admin, *secret, kdf);
    if (!created) {
        return failWith(created.error());
    }
    printLine(tr("Created the vault in %1 with administrator %2.")
                  .arg(QDir::toNativeSeparators(m_vaultDir), created->session->user().name));
    printLine(tr("Recovery code (write it down and keep it safe; it is shown only this once):"));
    printLine(created->recoveryCode);
    return ExitOk;
}

int CliApp::cmdUser() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("user needs a subcommand: add, list, passwd or recover."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("recover")) {
        if (!checkOptions({}, {}, 1)) {
            return ExitUsage;
        }
        QString code = qEnvironmentVariable("CLINICDESK_RECOVERY_CODE");
        if (code.isEmpty()) {
            code = promptHidden(tr("Recovery code: ")).value_or(QString());
        }
        if (code.isEmpty()) {
            return failWith(Error{ErrorCode::Usage,
                                  tr("No recovery code: set CLINICDESK_RECOVERY_CODE or run "
                                     "clinicdesk-cli in a terminal."),
                                  {}});
        }
        auto secret = newPassword(m_args.positional.first());
        if (!secret) {
            return failWith(Error{ErrorCode::Usage, tr("No new password was given."), {}});
        }
        if (auto s = Vault::probe(m_vaultDir); !s) {
            return failWith(s.error());
        }
        auto session = VaultSession::recover(m_vaultDir, code, m_args.positional.first(), *secret);
        if (!session) {
            return failWith(session.error());
        }
        printLine(tr("The password of %1 was reset with the recovery code.").arg(m_args.positional.first()));
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        if (!checkOptions({QStringLiteral("role"), QStringLiteral("profession"), QStringLiteral("licence"),
                           QStringLiteral("display-name")},
                          {}, 1)) {
            return ExitUsage;
        }
        NewUser user;
        user.name = m_args.positional.first();
        user.displayName = option(QStringLiteral("display-name"));
        const auto role = RoleNames::roleFromKey(option(QStringLiteral("role")));
        if (!role) {
            return usage(tr("user add needs --role admin, practitioner or receptionist."));
        }
        user.role = *role;
        if (const QString p = option(QStringLiteral("profession")); !p.isEmpty()) {
            user.profession = RoleNames::professionFromKey(p);
            if (!user.profession) {
                return failWith(Error{ErrorCode::InvalidInput, tr("The profession must be dentist or therapist."), {}});
            }
        }
        if (const QString l = option(QStringLiteral("licence")); !l.isEmpty()) {
            user.licenceNumber = l;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        if (auto s = AccessPolicy::require(m_session->user(), Permission::ManageUsers); !s) {
            return failWith(s.error());
        }
        auto secret = newPassword(user.name);
        if (!secret) {
            return failWith(Error{ErrorCode::Usage,
                                  tr("No password for the new user: set CLINICDESK_NEW_PASSWORD or run "
                                     "clinicdesk-cli in a terminal."),
                                  {}});
        }
        auto added = m_session->addUser(user, *secret);
        if (!added) {
            return failWith(added.error());
        }
        printLine(added->id);
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (!checkOptions({}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto users = m_session->users().list();
        if (!users) {
            return failWith(users.error());
        }
        printList(
            *users, [&](const User& u) { return userJson(u); },
            [&](const User& u) {
                return QStringLiteral("%1\t%2\t%3\t%4").arg(u.id, u.name, RoleNames::key(u.role), u.displayName);
            });
        return ExitOk;
    }
    if (sub == QLatin1String("passwd")) {
        if (!checkOptions({}, {}, 1)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto secret = newPassword(m_args.positional.first());
        if (!secret) {
            return failWith(Error{ErrorCode::Usage,
                                  tr("No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a "
                                     "terminal."),
                                  {}});
        }
        if (auto s = m_session->changePassword(m_args.positional.first(), *secret); !s) {
            return failWith(s.error());
        }
        printLine(tr("The password of %1 was changed.").arg(m_args.positional.first()));
        return ExitOk;
    }
    return usage(tr("Unknown user subcommand \"%1\".").arg(sub));
}

int CliApp::cmdPatient() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("patient needs a subcommand: add, list, search or show."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("add")) {
        if (!checkOptions({QStringLiteral("first-name"), QStringLiteral("last-name"), QStringLiteral("dob"),
                           QStringLiteral("national-id"), QStringLiteral("phone"), QStringLiteral("email"),
                           QStringLiteral("address"), QStringLiteral("notes")},
                          {}, 0)) {
            return ExitUsage;
        }
        if (option(QStringLiteral("first-name")).isEmpty() || option(QStringLiteral("last-name")).isEmpty()) {
            return usage(tr("patient add needs --first-name and --last-name."));
        }
        PatientDraft draft;
        draft.firstName = option(QStringLiteral("first-name"));
        draft.lastName = option(QStringLiteral("last-name"));
        draft.dateOfBirth = option(QStringLiteral("dob"));
        draft.nationalId = option(QStringLiteral("national-id"));
        draft.phone = option(QStringLiteral("phone"));
        draft.email = option(QStringLiteral("email"));
        draft.address = option(QStringLiteral("address"));
        if (m_args.options.contains(QStringLiteral("notes"))) {
            draft.clinicalNotes = option(QStringLiteral("notes"));
        }
        // Validate before asking for a password: bad input fails fast and changes nothing.
        if (auto valid = PatientRepository::validate(draft); !valid) {
            return failWith(valid.error());
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto saved = m_session->patients().add(draft);
        if (!saved) {
            return failWith(saved.error());
        }
        if (!saved->sameNationalId.isEmpty()) {
            std::fputs(tr("clinicdesk-cli: warning: another patient has the same national identity number (%1).\n")
                           .arg(saved->sameNationalId.join(QStringLiteral(", ")))
                           .toUtf8()
                           .constData(),
                       stderr);
        }
        printLine(saved->patient.id);
        return ExitOk;
    }
    if (sub == QLatin1String("list") || sub == QLatin1String("search")) {
        const bool search = sub == QLatin1String("search");
        if (!checkOptions({QStringLiteral("limit")}, {QStringLiteral("json")}, search ? 1 : 0)) {
            return ExitUsage;
        }
        bool ok = true;
        const int limit = m_args.options.contains(QStringLiteral("limit")) ? option(QStringLiteral("limit")).toInt(&ok)
                                                                           : (search ? 50 : 1000);
        if (!ok || limit <= 0) {
            return usage(tr("--limit takes a positive whole number."));
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto repo = m_session->patients();
        auto patients = search ? repo.search(m_args.positional.first(), limit) : repo.list(limit, 0);
        if (!patients) {
            return failWith(patients.error());
        }
        if (has(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Patient& p : *patients) {
                QJsonObject o = patientJson(p);
                o.remove(QStringLiteral("clinical_notes")); // listings show demographics only
                array.append(o);
            }
            printJson(array);
        } else {
            for (const Patient& p : *patients) {
                printLine(QStringLiteral("%1\t%2, %3\t%4\t%5")
                              .arg(p.id, p.lastName, p.firstName,
                                   p.dateOfBirth ? p.dateOfBirth->toString(Qt::ISODate) : QString(),
                                   p.nationalId.value_or(QString())));
            }
        }
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        if (!checkOptions({}, {QStringLiteral("json")}, 1)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto patient = m_session->patients().get(m_args.positional.first());
        if (!patient) {
            return failWith(patient.error());
        }
        if (has(QStringLiteral("json"))) {
            printJson(patientJson(*patient));
        } else {
            const Patient& p = *patient;
            printLine(tr("ID:             %1").arg(p.id));
            printLine(tr("Name:           %1").arg(p.fullName()));
            printLine(tr("Date of birth:  %1").arg(p.dateOfBirth ? p.dateOfBirth->toString(Qt::ISODate) : QString()));
            printLine(tr("National ID:    %1").arg(p.nationalId.value_or(QString())));
            printLine(tr("Phone:          %1").arg(p.phone.value_or(QString())));
            printLine(tr("E-mail:         %1").arg(p.email.value_or(QString())));
            printLine(tr("Address:        %1").arg(p.address.value_or(QString())));
            if (p.clinicalNotes) {
                printLine(tr("Clinical notes: %1").arg(*p.clinicalNotes));
            }
        }
        return ExitOk;
    }
    return usage(tr("Unknown patient subcommand \"%1\".").arg(sub));
}

int CliApp::cmdAppointment() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("appointment needs a subcommand: add or list."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("add")) {
        if (!checkOptions({QStringLiteral("patient"), QStringLiteral("start"), QStringLiteral("minutes"),
                           QStringLiteral("practitioner"), QStringLiteral("reason")},
                          {}, 0)) {
            return ExitUsage;
        }
        if (option(QStringLiteral("patient")).isEmpty() || option(QStringLiteral("start")).isEmpty() ||
            option(QStringLiteral("minutes")).isEmpty()) {
            return usage(tr("appointment add needs --patient ID, --start ISO8601 and --minutes N."));
        }
        AppointmentDraft draft;
        draft.patientId = option(QStringLiteral("patient"));
        draft.start = QDateTime::fromString(option(QStringLiteral("start")), Qt::ISODate);
        bool ok = false;
        draft.durationMinutes = option(QStringLiteral("minutes")).toInt(&ok);
        if (!ok) {
            return failWith(Error{ErrorCode::InvalidInput, tr("--minutes takes a whole number of minutes."), {}});
        }
        if (!draft.start.isValid()) {
            return failWith(Error{ErrorCode::InvalidInput,
                                  tr("The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601)."),
                                  {}});
        }
        if (m_args.options.contains(QStringLiteral("reason"))) {
            draft.reason = option(QStringLiteral("reason"));
        }
        if (!signIn()) {
            return m_exitCode;
        }
        if (const QString name = option(QStringLiteral("practitioner")); !name.isEmpty()) {
            auto practitioner = m_session->users().findByName(name);
            if (!practitioner) {
                return failWith(practitioner.error());
            }
            draft.practitionerId = practitioner->id;
        }
        auto added = m_session->appointments().add(draft);
        if (!added) {
            return failWith(added.error());
        }
        printLine(added->id);
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (!checkOptions({QStringLiteral("day")}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        QDate day = QDate::currentDate();
        if (m_args.options.contains(QStringLiteral("day"))) {
            day = QDate::fromString(option(QStringLiteral("day")), Qt::ISODate);
            if (!day.isValid()) {
                return failWith(
                    Error{ErrorCode::InvalidInput, tr("--day takes a real date written as YYYY-MM-DD."), {}});
            }
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto list = m_session->appointments().listForDay(day);
        if (!list) {
            return failWith(list.error());
        }
        printList(
            *list, [&](const Appointment& a) { return appointmentJson(a); },
            [&](const Appointment& a) {
                return QStringLiteral("%1\t%2\t%3 min\t%4\t%5")
                    .arg(a.id, isoLocal(a.startsAt))
                    .arg(a.durationMinutes)
                    .arg(a.patientId, a.status);
            });
        return ExitOk;
    }
    return usage(tr("Unknown appointment subcommand \"%1\".").arg(sub));
}

int CliApp::cmdAudit() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("audit needs a subcommand: verify or list."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("verify")) {
        if (!checkOptions({}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto report = m_session->verifyAudit();
        if (!report) {
            return failWith(report.error());
        }
        if (has(QStringLiteral("json"))) {
            printJson(QJsonObject{{QStringLiteral("ok"), report->ok},
                                  {QStringLiteral("entries"), static_cast<double>(report->entries)},
                                  {QStringLiteral("first_bad_seq"), static_cast<double>(report->firstBadSeq)},
                                  {QStringLiteral("problem"), report->problem}});
        }
        if (!report->ok) {
            return failWith(
                Error{ErrorCode::Integrity, tr("The audit log failed verification: %1").arg(report->problem), {}});
        }
        if (!has(QStringLiteral("json"))) {
            printLine(tr("The audit log is intact: %1 entries, chain and anchor verified.").arg(report->entries));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (!checkOptions({QStringLiteral("limit")}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        bool ok = true;
        const int limit =
            m_args.options.contains(QStringLiteral("limit")) ? option(QStringLiteral("limit")).toInt(&ok) : 100;
        if (!ok || limit <= 0) {
            return usage(tr("--limit takes a positive whole number."));
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto entries = m_session->auditEntries(limit);
        if (!entries) {
            return failWith(entries.error());
        }
        printList(
            *entries,
            [&](const AuditEntry& e) {
                return QJsonObject{{QStringLiteral("seq"), static_cast<double>(e.seq)},
                                   {QStringLiteral("at"), isoLocal(e.at)},
                                   {QStringLiteral("user_id"), e.userId},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("entity"), e.entity},
                                   {QStringLiteral("entity_id"), e.entityId},
                                   {QStringLiteral("detail"), e.detail},
                                   {QStringLiteral("hash"), e.hash}};
            },
            [&](const AuditEntry& e) {
                return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                    .arg(e.seq)
                    .arg(isoLocal(e.at), e.action, e.entity, e.entityId, e.detail);
            });
        return ExitOk;
    }
    return usage(tr("Unknown audit subcommand \"%1\".").arg(sub));
}

int CliApp::cmdBackup() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("backup needs a subcommand: create, verify or restore."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("create")) {
        if (!checkOptions({QStringLiteral("out")}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (option(QStringLiteral("out")).isEmpty()) {
            return usage(tr("backup create needs --out FILE."));
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto report = Backup::create(*m_session, option(QStringLiteral("out")));
        if (!report) {
            return failWith(report.error());
        }
        if (has(QStringLiteral("json"))) {
            printJson(backupJson(*report));
        } else {
            printLine(tr("Backup written to %1 (%2 patients, %3 audit entries).")
                          .arg(option(QStringLiteral("out")))
                          .arg(report->patients)
                          .arg(report->auditEntries));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("verify") || sub == QLatin1String("restore")) {
        const bool restore = sub == QLatin1String("restore");
        if (!checkOptions(restore ? QStringList{QStringLiteral("to")} : QStringList{}, {QStringLiteral("json")}, 1)) {
            return ExitUsage;
        }
        if (restore && option(QStringLiteral("to")).isEmpty()) {
            return usage(tr("backup restore needs --to DIR."));
        }
        auto secret = password();
        if (!secret) {
            return failWith(Error{
                ErrorCode::Usage, tr("No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal."), {}});
        }
        const QString file = m_args.positional.first();
        auto report = restore ? Backup::restore(file, m_userName, *secret, option(QStringLiteral("to")))
                              : Backup::verify(file, m_userName, *secret);
        if (!report) {
            return failWith(report.error());
        }
        if (has(QStringLiteral("json"))) {
            printJson(backupJson(*report));
        } else if (restore) {
            printLine(tr("Restored the backup into %1 (%2 patients).")
                          .arg(QDir::toNativeSeparators(option(QStringLiteral("to"))))
                          .arg(report->patients));
        } else {
            printLine(tr("The backup is intact: it opens, passes the integrity check and its audit chain "
                         "verifies (%1 patients, %2 audit entries).")
                          .arg(report->patients)
                          .arg(report->auditEntries));
        }
        return ExitOk;
    }
    return usage(tr("Unknown backup subcommand \"%1\".").arg(sub));
}

namespace {

// An input by its id or its name (as `audio devices` prints them), ignoring case.
std::optional<QAudioDevice> findInput(const QString& name) {
    const auto inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice& device : inputs) {
        if (QString::fromUtf8(device.id()) == name || device.description().compare(name, Qt::CaseInsensitive) == 0) {
            return device;
        }
    }
    return std::nullopt;
}

} // namespace

int CliApp::cmdRecord() {
    if (!checkOptions({QStringLiteral("patient"), QStringLiteral("encounter"), QStringLiteral("seconds"),
                       QStringLiteral("device"), QStringLiteral("consent")},
                      {}, 0)) {
        return ExitUsage;
    }
    const QString patientId = option(QStringLiteral("patient"));
    if (patientId.isEmpty()) {
        return usage(tr("record needs --patient ID."));
    }
    int seconds = 0;
    if (m_args.options.contains(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = option(QStringLiteral("seconds")).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            return failWith(
                Error{ErrorCode::InvalidInput, tr("--seconds takes a whole number of seconds from 1 to 86400."), {}});
        }
    }
    std::optional<Consent> consent;
    if (m_args.options.contains(QStringLiteral("consent"))) {
        consent = EncounterRepository::consentFromKey(option(QStringLiteral("consent")));
        if (!consent || *consent == Consent::Declined) {
            return failWith(Error{ErrorCode::InvalidInput, tr("--consent takes verbal or written."), {}});
        }
    }
    QByteArray deviceId;
    if (const QString name = option(QStringLiteral("device")); !name.isEmpty()) {
        const auto device = findInput(name);
        if (!device) {
            return failWith(
                Error{ErrorCode::NotFound,
                      tr("There is no audio input called \"%1\"; see clinicdesk-cli audio devices.").arg(name),
                      {}});
        }
        deviceId = device->id();
    }
    if (!signIn()) {
        return m_exitCode;
    }
    QString encounterId = option(QStringLiteral("encounter"));
    if (encounterId.isEmpty()) {
        auto opened = m_session->encounters().open(patientId, consent);
        if (!opened) {
            return failWith(opened.error());
        }
        encounterId = opened->id;
    } else {
        auto encounter = m_session->encounters().get(encounterId);
        if (!encounter) {
            return failWith(encounter.error());
        }
        if (encounter->patientId != patientId) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The encounter belongs to another patient."), {}});
        }
        if (consent) {
            if (auto updated = m_session->encounters().recordConsent(encounterId, *consent); !updated) {
                return failWith(updated.error());
            }
        }
    }
    auto db = m_session->vault().openConnection();
    if (!db) {
        return failWith(db.error());
    }
    CliRecorder recorder(std::move(*db), m_session->session(), m_vaultDir);
    const auto outcome = recorder.run(encounterId, deviceId, seconds, [this](const QString& id) {
        // The id first, at once: even if this process is killed, the caller knows what to recover.
        printLine(id);
        std::fflush(stdout);
    });
    if (outcome.error) {
        return failWith(*outcome.error);
    }
    qCInfo(lcCli) << "recorded" << outcome.durationMs << "ms";
    return ExitOk;
}

int CliApp::cmdRecording() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("recording needs a subcommand: list, export, import or recover."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("list")) {
        if (!checkOptions({QStringLiteral("patient")}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto list = m_session->recordings().list(option(QStringLiteral("patient")));
        if (!list) {
            return failWith(list.error());
        }
        if (auto pending = RecordingRecovery::pendingCount(m_session->db(), m_session->session(), m_vaultDir);
            pending && *pending > 0) {
            std::fputs(tr("clinicdesk-cli: %n recording(s) were left unfinished; run clinicdesk-cli recording "
                          "recover.\n",
                          nullptr, *pending)
                           .toUtf8()
                           .constData(),
                       stderr);
        }
        printList(
            *list, [&](const Recording& r) { return recordingJson(r); },
            [&](const Recording& r) {
                return QStringLiteral("%1\t%2\t%3\t%4 s\t%5 bytes")
                    .arg(r.id, r.patientId, RecordingRepository::stateKey(r.state))
                    .arg(r.durationMs / 1000.0, 0, 'f', 1)
                    .arg(r.bytes);
            });
        return ExitOk;
    }
    if (sub == QLatin1String("export")) {
        if (!checkOptions({QStringLiteral("out")}, {}, 1)) {
            return ExitUsage;
        }
        const auto outFile = newOutputFile(QStringLiteral("out"), tr("recording export needs --out FILE."));
        if (!outFile) {
            return m_exitCode;
        }
        const QString& out = *outFile;
        if (!signIn()) {
            return m_exitCode;
        }
        auto audio = m_session->recordings().audio(m_args.positional.first(), RecordingRepository::Purpose::Export);
        if (!audio) {
            return failWith(audio.error());
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(*audio) != audio->size() || !file.commit()) {
            return failWith(Error{ErrorCode::Io, tr("%1 could not be written.").arg(out), file.errorString()});
        }
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        if (!checkOptions({QStringLiteral("patient"), QStringLiteral("encounter")}, {}, 1)) {
            return ExitUsage;
        }
        const QString patientId = option(QStringLiteral("patient"));
        if (patientId.isEmpty()) {
            return usage(tr("recording import needs --patient ID."));
        }
        const QString path = m_args.positional.first();
        if (!QFileInfo(path).isFile()) {
            return failWith(Error{ErrorCode::NotFound, tr("There is no file %1.").arg(path), {}});
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto imported = RecordingImporter::importFile(m_session->db(), m_session->session(), patientId,
                                                      option(QStringLiteral("encounter")), path);
        if (!imported) {
            return failWith(imported.error());
        }
        printLine(imported->recordingId);
        return ExitOk;
    }
    if (sub == QLatin1String("recover")) {
        if (!checkOptions({}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto recovered = RecordingRecovery::recoverAll(m_session->db(), m_session->session(), m_vaultDir);
        if (!recovered) {
            return failWith(recovered.error());
        }
        printList(
            *recovered,
            [&](const auto& r) {
                return QJsonObject{{QStringLiteral("id"), r.recordingId},
                                   {QStringLiteral("duration_ms"), static_cast<double>(r.durationMs)},
                                   {QStringLiteral("bytes"), static_cast<double>(r.bytes)}};
            },
            [&](const auto& r) {
                return QStringLiteral("%1\t%2 s").arg(r.recordingId).arg(r.durationMs / 1000.0, 0, 'f', 1);
            });
        if (recovered->empty() && !has(QStringLiteral("json"))) {
            std::fputs(tr("clinicdesk-cli: no unfinished recordings.\n").toUtf8().constData(), stderr);
        }
        return ExitOk;
    }
    return usage(tr("Unknown recording subcommand \"%1\".").arg(sub));
}

int CliApp::cmdAudio() {
    if (m_args.positional.isEmpty() || m_args.positional.takeFirst() != QLatin1String("devices")) {
        return usage(tr("audio needs a subcommand: devices."));
    }
    if (!checkOptions({}, {QStringLiteral("json")}, 0)) {
        return ExitUsage;
    }
    const auto inputs = QMediaDevices::audioInputs();
    const QByteArray defaultId = QMediaDevices::defaultAudioInput().id();
    if (has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const QAudioDevice& d : inputs) {
            const QAudioFormat f = d.preferredFormat();
            array.append(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(d.id())},
                                     {QStringLiteral("name"), d.description()},
                                     {QStringLiteral("default"), d.id() == defaultId},
                                     {QStringLiteral("sample_rate"), f.sampleRate()},
                                     {QStringLiteral("channels"), f.channelCount()}});
        }
        printJson(array);
    } else {
        for (const QAudioDevice& d : inputs) {
            printLine(QStringLiteral("%1%2\t%3\t%4 Hz")
                          .arg(d.id() == defaultId ? QStringLiteral("* ") : QStringLiteral("  "),
                               QString::fromUtf8(d.id()), d.description())
                          .arg(d.preferredFormat().sampleRate()));
        }
        if (inputs.isEmpty()) {
            std::fputs(tr("clinicdesk-cli: no audio inputs found.\n").toUtf8().constData(), stderr);
        }
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
