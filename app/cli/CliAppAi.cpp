// clinicdesk-cli: the AI pipeline commands (config ai, transcribe, transcript, note, template, jobs, usage, egress).
#include "CliApp.h"
#include "CliJobRunner.h"
#include "ai/AiKeyStore.h"
#include "ai/AiPipeline.h"
#include "ai/AiSettings.h"
#include "export/NotePdfExporter.h"
#include "jobs/JobRepository.h"
#include "repo/EgressRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/TranscriptRepository.h"
#include "repo/UsageRepository.h"
#include "storage/KeychainStore.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>

namespace clinicdesk::cli {

namespace {

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms)
        .toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc())
        .toString(Qt::ISODate);
}

QJsonValue optionalTime(const std::optional<std::int64_t>& ms) {
    return ms ? QJsonValue(isoTime(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonObject jobJson(const Job& j) {
    return {
        {QStringLiteral("id"), j.id},
        {QStringLiteral("kind"), j.kind},
        {QStringLiteral("state"), JobRepository::stateKey(j.state)},
        {QStringLiteral("subject_id"), j.subjectId},
        {QStringLiteral("patient_id"), j.patientId},
        {QStringLiteral("attempts"), j.attempts},
        {QStringLiteral("next_attempt_at"), optionalTime(j.nextAttemptAt)},
        {QStringLiteral("progress"), j.progress},
        {QStringLiteral("last_error"), j.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(j.lastError)},
        {QStringLiteral("result_id"), j.resultId ? QJsonValue(*j.resultId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), isoTime(j.createdAt)},
        {QStringLiteral("updated_at"), isoTime(j.updatedAt)}};
}

QJsonObject noteJson(const Note& n) {
    return {
        {QStringLiteral("id"), n.id},
        {QStringLiteral("encounter_id"), n.encounterId},
        {QStringLiteral("patient_id"), n.patientId},
        {QStringLiteral("template"), n.templateKey},
        {QStringLiteral("status"), n.status == NoteStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft")},
        {QStringLiteral("revision"), n.revision},
        {QStringLiteral("language"), n.language},
        {QStringLiteral("content"), n.content},
        {QStringLiteral("evidence"), n.evidence},
        {QStringLiteral("amends_note_id"), n.amendsNoteId ? QJsonValue(*n.amendsNoteId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("transcript_id"), n.transcriptId ? QJsonValue(*n.transcriptId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("signed_by"), n.signedBy ? QJsonValue(*n.signedBy) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("signed_at"), optionalTime(n.signedAt)},
        {QStringLiteral("content_hash"), n.contentHash ? QJsonValue(*n.contentHash) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), isoTime(n.createdAt)},
        {QStringLiteral("updated_at"), isoTime(n.updatedAt)}};
}

QJsonObject transcriptJson(const Transcript& t) {
    QJsonArray segments;
    for (const TranscriptSegmentRow& s : t.segments) {
        QJsonObject o{{QStringLiteral("index"), s.index},
                      {QStringLiteral("start_ms"), static_cast<double>(s.startMs)},
                      {QStringLiteral("end_ms"), static_cast<double>(s.endMs)},
                      {QStringLiteral("text"), s.text}};
        if (!s.speaker.isEmpty()) {
            o.insert(QStringLiteral("speaker"), s.speaker);
        }
        segments.append(o);
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("recording_id"), t.recordingId},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("provider"), t.provider},
            {QStringLiteral("model"), t.model},
            {QStringLiteral("text"), t.text},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("job_id"), t.jobId ? QJsonValue(*t.jobId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("created_at"), isoTime(t.createdAt)}};
}

QString clockText(std::int64_t ms) {
    const std::int64_t s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString money(std::int64_t micro, const QString& currency) {
    return QStringLiteral("%1 %2").arg(static_cast<double>(micro) / 1e6, 0, 'f', 4).arg(currency);
}

std::optional<std::int64_t> parseMicro(const QString& text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(value * 1e6 + 0.5);
}

// Reads the API key from standard input (one line) straight into guarded memory.
std::optional<SecureBytes> readKeyFromStdin() {
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ')) {
        line.pop_back();
    }
    if (line.empty()) {
        return std::nullopt;
    }
    SecureBytes key = SecureBytes::fromBytes(
        std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(line.data()), line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return key;
}

Result<QJsonObject> readJsonFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, CliApp::tr("The file %1 cannot be read.").arg(path),
                    QStringLiteral("cannot open content file"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput, CliApp::tr("The file %1 is not a JSON object.").arg(path),
                    QStringLiteral("content file not a JSON object"));
    }
    return doc.object();
}

} // namespace

int CliApp::queuedOrWait(VaultSession& session, const Job& job) {
    if (!has(QStringLiteral("wait"))) {
        printLine(job.id);
        return ExitOk;
    }
    int timeout = 900;
    if (const QString t = option(QStringLiteral("timeout")); !t.isEmpty()) {
        bool ok = false;
        timeout = t.toInt(&ok);
        if (!ok || timeout <= 0) {
            return usage(tr("--timeout needs a number of seconds."));
        }
    }
    CliJobRunner runner(session, m_vaultDir);
    auto outcome = runner.waitFor(job.id, timeout);
    if (!outcome) {
        return failWith(outcome.error());
    }
    const Job& end = outcome->job;
    if (end.state == JobState::Done && end.resultId) {
        printLine(*end.resultId);
        return ExitOk;
    }
    if (!outcome->ended) {
        return failWith(Error{ErrorCode::Network,
                              tr("Job %1 is still waiting (%2). It runs by itself in ClinicDesk or with "
                                 "clinicdesk-cli jobs run.")
                                  .arg(end.id, end.lastError.isEmpty() ? tr("not yet due") : end.lastError),
                              QStringLiteral("wait timed out")});
    }
    const QString reason = end.lastError.isEmpty() ? JobRepository::stateKey(end.state) : end.lastError;
    return failWith(Error{end.state == JobState::Cancelled ? ErrorCode::Cancelled : ErrorCode::Remote,
                          tr("Job %1 ended %2: %3").arg(end.id, JobRepository::stateKey(end.state), reason),
                          QStringLiteral("job ended without result")});
}

int CliApp::cmdConfig() {
    if (m_args.positional.isEmpty() || m_args.positional.first() != QLatin1String("ai")) {
        return usage(tr("config needs a subject: ai."));
    }
    m_args.positional.removeFirst();
    if (!checkOptions({QStringLiteral("task"), QStringLiteral("provider"), QStringLiteral("base-url"),
                       QStringLiteral("model"), QStringLiteral("api-version"), QStringLiteral("language"),
                       QStringLiteral("vocabulary"), QStringLiteral("note-language"), QStringLiteral("privacy"),
                       QStringLiteral("max-part-minutes"), QStringLiteral("parallel"), QStringLiteral("budget"),
                       QStringLiteral("price"), QStringLiteral("currency"), QStringLiteral("timeout-seconds")},
                      {QStringLiteral("api-key-stdin"), QStringLiteral("azure-v1"), QStringLiteral("bearer"),
                       QStringLiteral("fallback"), QStringLiteral("show"), QStringLiteral("json"),
                       QStringLiteral("remove-key")},
                      0)) {
        return ExitUsage;
    }
    const QString taskKey = option(QStringLiteral("task"));
    std::optional<AiTask> task;
    if (!taskKey.isEmpty()) {
        task = ProviderConfig::taskFromKey(taskKey);
        if (!task || *task == AiTask::Receipts) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The task must be transcription or notes."), {}});
        }
    }
    const bool fallback = has(QStringLiteral("fallback"));
    // Read the key before anything else touches stdin or the vault.
    std::optional<SecureBytes> key;
    if (has(QStringLiteral("api-key-stdin"))) {
        if (!task) {
            return usage(tr("--api-key-stdin needs --task."));
        }
        key = readKeyFromStdin();
        if (!key) {
            return failWith(Error{ErrorCode::InvalidInput, tr("No API key was given on standard input."), {}});
        }
    }
    if (!signIn()) {
        return m_exitCode;
    }
    AiSettingsStore store(m_session->db(), m_session->session());
    auto settings = store.load();
    if (!settings) {
        return failWith(settings.error());
    }
    bool changed = false;
    if (task && (!option(QStringLiteral("provider")).isEmpty() || !option(QStringLiteral("model")).isEmpty() ||
                 !option(QStringLiteral("base-url")).isEmpty())) {
        auto& map = fallback ? settings->fallbacks : settings->providers;
        ProviderConfig provider = map.count(*task) != 0 ? map.at(*task) : ProviderConfig{};
        if (const QString p = option(QStringLiteral("provider")); !p.isEmpty()) {
            auto kind = ProviderConfig::kindFromKey(p);
            if (!kind) {
                return failWith(
                    Error{ErrorCode::InvalidInput, tr("The provider must be openai, azure or compatible."), {}});
            }
            provider.kind = *kind;
        }
        if (option(QStringLiteral("base-url")) != QString()) {
            const QUrl url(option(QStringLiteral("base-url")), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
                url.host().isEmpty()) {
                return failWith(
                    Error{ErrorCode::InvalidInput,
                          tr("The base URL must be an http or https address, like https://api.openai.com/v1."),
                          {}});
            }
            provider.baseUrl = url.toString();
        }
        if (const QString m = option(QStringLiteral("model")); !m.isEmpty()) {
            provider.model = m;
        }
        if (const QString v = option(QStringLiteral("api-version")); !v.isEmpty()) {
            provider.apiVersion = v;
        }
        if (has(QStringLiteral("azure-v1"))) {
            provider.azureV1 = true;
        }
        if (has(QStringLiteral("bearer"))) {
            provider.useBearer = true;
        }
        if (!provider.isValid()) {
            return failWith(Error{ErrorCode::InvalidInput,
                                  provider.model.isEmpty() ? tr("config ai --task needs --model.")
                                                           : tr("Azure and compatible providers need --base-url."),
                                  {}});
        }
        map[*task] = provider;
        changed = true;
    }
    if (const QString l = option(QStringLiteral("language")); !l.isEmpty()) {
        static const QStringList languages{QStringLiteral("sv"), QStringLiteral("pl"), QStringLiteral("en"),
                                           QStringLiteral("af"), QStringLiteral("auto")};
        if (!languages.contains(l)) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The language must be sv, pl, en, af or auto."), {}});
        }
        settings->transcriptionLanguage = l;
        changed = true;
    }
    if (m_args.options.contains(QStringLiteral("vocabulary"))) {
        settings->vocabulary = option(QStringLiteral("vocabulary"));
        changed = true;
    }
    if (const QString l = option(QStringLiteral("note-language")); !l.isEmpty()) {
        static const QStringList languages{QStringLiteral("sv"), QStringLiteral("pl"), QStringLiteral("en"),
                                           QStringLiteral("af")};
        if (!languages.contains(l)) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The note language must be sv, pl, en or af."), {}});
        }
        settings->noteLanguage = l;
        changed = true;
    }
    if (const QString p = option(QStringLiteral("privacy")); !p.isEmpty()) {
        if (p != QLatin1String("on") && p != QLatin1String("off")) {
            return failWith(Error{ErrorCode::InvalidInput, tr("--privacy takes on or off."), {}});
        }
        settings->privacyPlaceholders = p == QLatin1String("on");
        changed = true;
    }
    for (const auto& [name, target, low, high] :
         {std::tuple{QStringLiteral("max-part-minutes"), &settings->maxPartMinutes, 1, 120},
          std::tuple{QStringLiteral("parallel"), &settings->parallelParts, 1, 8},
          std::tuple{QStringLiteral("timeout-seconds"), &settings->requestTimeoutSeconds, 5, 24 * 3600}}) {
        if (const QString v = option(name); !v.isEmpty()) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < low || n > high) {
                return failWith(Error{ErrorCode::InvalidInput,
                                      tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(low).arg(high),
                                      {}});
            }
            *target = n;
            changed = true;
        }
    }
    if (const QString c = option(QStringLiteral("currency")); !c.isEmpty()) {
        if (c.size() != 3) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The currency is a three-letter code, like USD."), {}});
        }
        settings->currency = c.toUpper();
        changed = true;
    }
    if (const QString b = option(QStringLiteral("budget")); !b.isEmpty()) {
        const qsizetype eq = b.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return usage(tr("--budget takes USER=AMOUNT (\"none\" removes it; 0 holds every AI job of that user)."));
        }
        auto user = m_session->users().findByName(b.left(eq));
        if (!user) {
            return failWith(user.error());
        }
        const QString amount = b.mid(eq + 1);
        if (amount == QLatin1String("none")) {
            settings->monthlyBudgetMicro.erase(user->id);
        } else {
            auto micro = parseMicro(amount);
            if (!micro) {
                return failWith(
                    Error{ErrorCode::InvalidInput, tr("The budget must be an amount like 25 or 12.50."), {}});
            }
            settings->monthlyBudgetMicro[user->id] = *micro;
        }
        changed = true;
    }
    if (const QString p = option(QStringLiteral("price")); !p.isEmpty()) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const QStringList parts = eq > 0 ? p.mid(eq + 1).split(QLatin1Char(',')) : QStringList();
        if (parts.size() != 3) {
            return usage(
                tr("--price takes MODEL=PER_AUDIO_MINUTE,PER_MILLION_INPUT_TOKENS,PER_MILLION_OUTPUT_TOKENS."));
        }
        ModelPrice price;
        auto a = parseMicro(parts[0]);
        auto i = parseMicro(parts[1]);
        auto o = parseMicro(parts[2]);
        if (!a || !i || !o) {
            return failWith(Error{ErrorCode::InvalidInput, tr("Prices must be amounts like 0.006."), {}});
        }
        price.perAudioMinuteMicro = *a;
        price.perMillionInputTokensMicro = *i;
        price.perMillionOutputTokensMicro = *o;
        settings->prices[p.left(eq)] = price;
        changed = true;
    }
    if (changed) {
        if (auto s = store.save(*settings); !s) {
            return failWith(s.error());
        }
    }
    if (task && (key || has(QStringLiteral("remove-key")))) {
        const auto provider = fallback ? settings->fallback(*task) : settings->provider(*task);
        if (!provider) {
            return failWith(Error{ErrorCode::InvalidInput,
                                  tr("Set the provider for this task first (--provider, --model), then its key."),
                                  {}});
        }
        KeychainStore keychain;
        AiKeyStore keys(keychain, m_session->vault().vaultId(), m_session->db(), m_session->session());
        const QString slot = AiKeyStore::slotFor(*provider, *task, fallback);
        auto stored = key ? keys.write(slot, *key) : keys.remove(slot);
        if (!stored) {
            return failWith(stored.error());
        }
        changed = true;
    }
    if (has(QStringLiteral("show")) || !changed) {
        if (has(QStringLiteral("json"))) {
            printJson(settings->toJson());
        } else {
            for (const auto& [t, p] : settings->providers) {
                printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(ProviderConfig::taskKey(t), ProviderConfig::kindKey(p.kind),
                                   p.endpoint(QString()).toString(), p.model));
            }
            for (const auto& [t, p] : settings->fallbacks) {
                printLine(QStringLiteral("%1 (fallback)\t%2\t%3\t%4")
                              .arg(ProviderConfig::taskKey(t), ProviderConfig::kindKey(p.kind),
                                   p.endpoint(QString()).toString(), p.model));
            }
            printLine(
                tr("language %1, note language %2, privacy placeholders %3, parts of at most %4 min, %5 in parallel")
                    .arg(settings->transcriptionLanguage, settings->noteLanguage,
                         settings->privacyPlaceholders ? tr("on") : tr("off"))
                    .arg(settings->maxPartMinutes)
                    .arg(settings->parallelParts));
        }
    }
    return ExitOk;
}

int CliApp::cmdTranscribe() {
    if (!checkOptions({QStringLiteral("timeout")}, {QStringLiteral("wait")}, 1)) {
        return ExitUsage;
    }
    if (!signIn()) {
        return m_exitCode;
    }
    auto job = AiPipeline::requestTranscription(m_session->db(), m_session->session(), m_args.positional.first());
    if (!job) {
        return failWith(job.error());
    }
    return queuedOrWait(*m_session, *job);
}

int CliApp::cmdTranscript() {
    if (m_args.positional.isEmpty() || m_args.positional.takeFirst() != QLatin1String("show")) {
        return usage(tr("transcript needs a subcommand: show RECORDING_ID."));
    }
    if (!checkOptions({}, {QStringLiteral("json")}, 1)) {
        return ExitUsage;
    }
    if (!signIn()) {
        return m_exitCode;
    }
    auto transcript =
        TranscriptRepository(m_session->db(), m_session->session()).latestForRecording(m_args.positional.first());
    if (!transcript) {
        return failWith(transcript.error());
    }
    if (has(QStringLiteral("json"))) {
        printJson(transcriptJson(*transcript));
        return ExitOk;
    }
    if (transcript->segments.empty()) {
        printLine(transcript->text);
    }
    for (const TranscriptSegmentRow& s : transcript->segments) {
        printLine(QStringLiteral("[%1 - %2] %3").arg(clockText(s.startMs), clockText(s.endMs), s.text));
    }
    return ExitOk;
}

int CliApp::cmdNote() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("note needs a subcommand: generate, list, show, edit, sign, addendum or export."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("generate")) {
        if (!checkOptions({QStringLiteral("template"), QStringLiteral("timeout")}, {QStringLiteral("wait")}, 1)) {
            return ExitUsage;
        }
        if (option(QStringLiteral("template")).isEmpty()) {
            return usage(
                tr("note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free)."));
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto job = AiPipeline::requestNote(m_session->db(), m_session->session(), m_args.positional.first(),
                                           option(QStringLiteral("template")));
        if (!job) {
            return failWith(job.error());
        }
        return queuedOrWait(*m_session, *job);
    }
    if (sub == QLatin1String("list")) {
        if (!checkOptions({QStringLiteral("encounter")}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (option(QStringLiteral("encounter")).isEmpty()) {
            return usage(tr("note list needs --encounter ID."));
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto notes =
            NoteRepository(m_session->db(), m_session->session()).listForEncounter(option(QStringLiteral("encounter")));
        if (!notes) {
            return failWith(notes.error());
        }
        printList(
            *notes, [&](const Note& n) { return noteJson(n); },
            [&](const Note& n) {
                return QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(n.id, n.templateKey,
                         n.status == NoteStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft"),
                         isoTime(n.updatedAt));
            });
        return ExitOk;
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("sign")) {
        if (!checkOptions({}, sub == QLatin1String("show") ? QStringList{QStringLiteral("json")} : QStringList{}, 1)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        NoteRepository notes(m_session->db(), m_session->session());
        auto note =
            sub == QLatin1String("sign") ? notes.sign(m_args.positional.first()) : notes.get(m_args.positional.first());
        if (!note) {
            return failWith(note.error());
        }
        if (sub == QLatin1String("sign")) {
            printLine(tr("Signed; content hash %1").arg(note->contentHash.value_or(QString())));
        } else if (has(QStringLiteral("json"))) {
            printJson(noteJson(*note));
        } else {
            printLine(
                QStringLiteral("%1\t%2\t%3")
                    .arg(note->id, note->templateKey,
                         note->status == NoteStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft")));
            printLine(QString::fromUtf8(QJsonDocument(note->content).toJson(QJsonDocument::Indented)));
            if (const QString notice = note->evidence.value(QStringLiteral("notice")).toString(); !notice.isEmpty()) {
                printLine(notice);
            }
        }
        return ExitOk;
    }
    if (sub == QLatin1String("edit") || sub == QLatin1String("addendum")) {
        if (!checkOptions({QStringLiteral("content-file")}, {}, 1)) {
            return ExitUsage;
        }
        if (option(QStringLiteral("content-file")).isEmpty()) {
            return usage(tr("note %1 needs --content-file FILE (a JSON object in the template's shape).").arg(sub));
        }
        auto content = readJsonFile(option(QStringLiteral("content-file")));
        if (!content) {
            return failWith(content.error());
        }
        if (!signIn()) {
            return m_exitCode;
        }
        NoteRepository notes(m_session->db(), m_session->session());
        auto note = sub == QLatin1String("edit") ? notes.updateDraft(m_args.positional.first(), *content)
                                                 : notes.addAddendum(m_args.positional.first(), *content);
        if (!note) {
            return failWith(note.error());
        }
        printLine(sub == QLatin1String("edit") ? tr("Revision %1 saved.").arg(note->revision) : note->id);
        return ExitOk;
    }
    if (sub == QLatin1String("export")) {
        if (!checkOptions({QStringLiteral("pdf")}, {}, 1)) {
            return ExitUsage;
        }
        const auto outFile = newOutputFile(QStringLiteral("pdf"), tr("note export needs --pdf FILE."));
        if (!outFile) {
            return m_exitCode;
        }
        const QString& out = *outFile;
        if (!signIn()) {
            return m_exitCode;
        }
        VaultSession& s = *m_session;
        NoteRepository notes(s.db(), s.session());
        auto note = notes.get(m_args.positional.first());
        if (!note) {
            return failWith(note.error());
        }
        auto noteTemplate = NoteTemplateRepository(s.db(), s.session()).get(note->templateId);
        if (!noteTemplate) {
            return failWith(noteTemplate.error());
        }
        auto patient = s.patients().get(note->patientId);
        if (!patient) {
            return failWith(patient.error());
        }
        NotePdfContext context;
        context.templateName = noteTemplate->name;
        context.patientName = patient->fullName();
        context.patientDateOfBirth = patient->dateOfBirth;
        if (auto author = s.users().get(note->createdBy); author) {
            context.clinicianName = author->displayName;
            context.clinicianLicence = author->licenceNumber;
        }
        if (note->signedBy) {
            if (auto signer = s.users().get(*note->signedBy); signer) {
                context.signerName = signer->displayName;
            }
        }
        if (note->amendsNoteId) {
            if (auto amended = notes.get(*note->amendsNoteId); amended) {
                context.amendedSignedAt = amended->signedAt;
                context.amendedContentHash = amended->contentHash;
            }
        }
        if (auto st = NotePdfExporter::exportPdf(*note, noteTemplate->schema, context, out); !st) {
            return failWith(st.error());
        }
        if (auto st = notes.recordExport(note->id, QStringLiteral("pdf")); !st) {
            return failWith(st.error());
        }
        printLine(out);
        return ExitOk;
    }
    return usage(tr("Unknown note subcommand \"%1\".").arg(sub));
}

int CliApp::cmdTemplate() {
    if (m_args.positional.isEmpty() || m_args.positional.takeFirst() != QLatin1String("list")) {
        return usage(tr("template needs a subcommand: list."));
    }
    if (!checkOptions({}, {QStringLiteral("json")}, 0)) {
        return ExitUsage;
    }
    if (!signIn()) {
        return m_exitCode;
    }
    NoteTemplateRepository templates(m_session->db(), m_session->session());
    auto list = templates.list();
    if (!list) {
        return failWith(list.error());
    }
    printList(
        *list,
        [](const NoteTemplate& t) {
            return QJsonObject{{QStringLiteral("id"), t.id},
                               {QStringLiteral("key"), t.key},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("builtin"), t.builtin}};
        },
        [](const NoteTemplate& t) {
            return QStringLiteral("%1\t%2%3").arg(t.key, t.name, t.builtin ? QString() : tr(" (custom)"));
        });
    return ExitOk;
}

int CliApp::cmdJobs() {
    if (m_args.positional.isEmpty()) {
        return usage(tr("jobs needs a subcommand: list, run, retry or cancel."));
    }
    const QString sub = m_args.positional.takeFirst();
    if (sub == QLatin1String("list")) {
        if (!checkOptions({}, {QStringLiteral("json")}, 0)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        auto jobs = JobRepository(m_session->db(), m_session->session()).list();
        if (!jobs) {
            return failWith(jobs.error());
        }
        printList(
            *jobs, [&](const Job& j) { return jobJson(j); },
            [&](const Job& j) {
                return QStringLiteral("%1\t%2\t%3\t%4%\t%5")
                    .arg(j.id, j.kind, JobRepository::stateKey(j.state))
                    .arg(j.progress)
                    .arg(j.lastError);
            });
        return ExitOk;
    }
    if (sub == QLatin1String("run")) {
        if (!checkOptions({}, {}, 0)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        CliJobRunner runner(*m_session, m_vaultDir);
        auto ran = runner.drain();
        if (!ran) {
            return failWith(ran.error());
        }
        auto pending = JobRepository(m_session->db(), m_session->session()).pending();
        printLine(tr("%n job(s) ran.", nullptr, *ran));
        if (pending && !pending->empty()) {
            printLine(tr("%n job(s) still waiting.", nullptr, static_cast<int>(pending->size())));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("retry") || sub == QLatin1String("cancel")) {
        if (!checkOptions({}, {}, 1)) {
            return ExitUsage;
        }
        if (!signIn()) {
            return m_exitCode;
        }
        JobRepository jobs(m_session->db(), m_session->session());
        auto s = sub == QLatin1String("retry") ? jobs.retry(m_args.positional.first())
                                               : jobs.cancel(m_args.positional.first());
        if (!s) {
            return failWith(s.error());
        }
        return ExitOk;
    }
    return usage(tr("Unknown jobs subcommand \"%1\".").arg(sub));
}

int CliApp::cmdUsage() {
    if (!checkOptions({QStringLiteral("month")}, {QStringLiteral("json")}, 0)) {
        return ExitUsage;
    }
    QDate month = QDate::currentDate();
    if (const QString m = option(QStringLiteral("month")); !m.isEmpty()) {
        month = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid()) {
            return failWith(Error{ErrorCode::InvalidInput, tr("The month must look like 2026-11."), {}});
        }
    }
    if (!signIn()) {
        return m_exitCode;
    }
    auto totals = UsageRepository(m_session->db(), m_session->session()).monthTotals(month);
    if (!totals) {
        return failWith(totals.error());
    }
    auto settings = AiSettingsStore(m_session->db(), m_session->session()).load();
    auto toJson = [&](const UsageTotal& t) {
        QJsonObject o{{QStringLiteral("user"), t.userName},
                      {QStringLiteral("user_id"), t.userId},
                      {QStringLiteral("model"), t.model},
                      {QStringLiteral("requests"), static_cast<double>(t.requests)},
                      {QStringLiteral("audio_seconds"), static_cast<double>(t.audioMs) / 1000.0},
                      {QStringLiteral("input_tokens"), static_cast<double>(t.inputTokens)},
                      {QStringLiteral("output_tokens"), static_cast<double>(t.outputTokens)},
                      {QStringLiteral("bytes_sent"), static_cast<double>(t.bytesSent)},
                      {QStringLiteral("cost"), static_cast<double>(t.costMicro) / 1e6},
                      {QStringLiteral("currency"), t.currency}};
        if (settings) {
            if (auto b = settings->monthlyBudgetMicro.find(t.userId); b != settings->monthlyBudgetMicro.end()) {
                o.insert(QStringLiteral("budget"), static_cast<double>(b->second) / 1e6);
            }
        }
        return o;
    };
    printList(*totals, toJson, [](const UsageTotal& t) {
        return QStringLiteral("%1\t%2\t%3 requests\t%4 s audio\t%5 in / %6 out tokens\t%7 bytes\t%8")
            .arg(t.userName, t.model)
            .arg(t.requests)
            .arg(static_cast<double>(t.audioMs) / 1000.0, 0, 'f', 1)
            .arg(t.inputTokens)
            .arg(t.outputTokens)
            .arg(t.bytesSent)
            .arg(money(t.costMicro, t.currency));
    });
    return ExitOk;
}

int CliApp::cmdEgress() {
    if (m_args.positional.isEmpty() || m_args.positional.takeFirst() != QLatin1String("list")) {
        return usage(tr("egress needs a subcommand: list."));
    }
    if (!checkOptions({QStringLiteral("limit")}, {QStringLiteral("json")}, 0)) {
        return ExitUsage;
    }
    if (!signIn()) {
        return m_exitCode;
    }
    const int limit = option(QStringLiteral("limit")).isEmpty() ? 1000 : option(QStringLiteral("limit")).toInt();
    auto entries = EgressRepository(m_session->db(), m_session->session()).list(std::max(1, limit));
    if (!entries) {
        return failWith(entries.error());
    }
    auto toJson = [](const EgressEntry& e) {
        return QJsonObject{
            {QStringLiteral("at"), isoTime(e.at)},
            {QStringLiteral("user"), e.userName},
            {QStringLiteral("host"), e.host},
            {QStringLiteral("provider"), e.provider},
            {QStringLiteral("model"), e.model},
            {QStringLiteral("purpose"), e.purpose},
            {QStringLiteral("bytes_sent"), static_cast<double>(e.bytesSent)},
            {QStringLiteral("bytes_received"), static_cast<double>(e.bytesReceived)},
            {QStringLiteral("http_status"),
             e.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.httpStatus)},
            {QStringLiteral("request_id"), e.requestId},
            {QStringLiteral("job_id"), e.jobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.jobId)}};
    };
    printList(*entries, toJson, [](const EgressEntry& e) {
        return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 bytes\t%7\t%8")
            .arg(isoTime(e.at), e.host, e.model, e.purpose, e.userName)
            .arg(e.bytesSent)
            .arg(e.httpStatus)
            .arg(e.jobId);
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
