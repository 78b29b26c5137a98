// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/AiPipeline.h"

#include "ai/AiEgress.h"
#include "ai/AiKeyStore.h"
#include "ai/NoteGenerator.h"
#include "ai/TaskProviders.h"
#include "ai/Transcriber.h"
#include "repo/EncounterRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/PatientRepository.h"
#include "repo/RecordingRepository.h"
#include "repo/TranscriptRepository.h"
#include "repo/UsageRepository.h"
#include "util/Logging.h"

#include <atomic>
#include <mutex>

namespace clinicdesk {

namespace {

JobFailure needsUser(const QString& message, const QString& detail, HoldReason hold = HoldReason::None) {
    return JobFailure{JobFailure::Kind::NeedsUser, Error{ErrorCode::NeedsUser, message, detail}, std::nullopt, false,
                      hold};
}

JobFailure fromError(const Error& error) {
    // A local problem (the vault, a missing recording) will not go away by waiting.
    return JobFailure{JobFailure::Kind::Fatal, error, std::nullopt, false};
}

// Everything a handler needs to send requests for one task, with metering into the vault.
class Metering {
public:
    Metering(Database& db, const Session& session, const Job& job, QString task)
        : m_db(db)
        , m_session(session)
        , m_job(job)
        , m_task(std::move(task)) {}

    // Called from any thread: serialised, and the runner thread waits while parts are in flight.
    void egress(const ProviderConfig& provider, const RequestMeter& m, const QString& purpose) {
        std::lock_guard lock(m_mutex);
        AiEgress::record(m_db, m_session, AiEgress::entry(provider, m, purpose, m_job.createdBy, m_job.id));
    }

    void usage(const AiSettings& settings, const ProviderConfig& provider, const RequestMeter& m,
               std::int64_t audioMs) {
        std::lock_guard lock(m_mutex);
        UsageEntry u;
        u.userId = m_job.createdBy;
        u.jobId = m_job.id;
        u.task = m_task;
        u.provider = ProviderConfig::kindKey(provider.kind);
        u.model = m.model;
        u.audioMs = audioMs;
        u.inputTokens = m.inputTokens;
        u.outputTokens = m.outputTokens;
        u.bytesSent = m.bytesSent;
        u.costMicro = settings.estimateCostMicro(m.model, audioMs, m.inputTokens, m.outputTokens);
        u.currency = settings.currency;
        if (auto s = UsageRepository(m_db, m_session).record(u); !s) {
            qCWarning(lcAi) << "usage write failed:" << s.error().detail;
        }
    }

private:
    Database& m_db;
    const Session& m_session;
    const Job& m_job;
    QString m_task;
    std::mutex m_mutex;
};

std::expected<SecureBytes, JobFailure> keyFor(const QString& vaultId, const ProviderConfig& provider, AiTask task,
                                              bool fallback = false) {
    KeychainStore keychain;
    auto key = AiKeyStore(keychain, vaultId).readFor(provider, task, fallback);
    if (!key) {
        // No key stored: saving one ends the wait. A keychain that does not answer is not a setting.
        const HoldReason hold = key.error().code == ErrorCode::NeedsUser ? HoldReason::Configuration : HoldReason::None;
        return std::unexpected(JobFailure{JobFailure::Kind::NeedsUser, key.error(), std::nullopt, false, hold});
    }
    return std::move(*key);
}

// The configured provider(s) for a task with their keys, or why the job must wait for the user.
std::expected<TaskProviders, JobFailure> providersFor(const QString& vaultId, const AiSettings& settings, AiTask task) {
    auto primary = settings.provider(task);
    if (!primary || !primary->isValid()) {
        return std::unexpected(needsUser(
            task == AiTask::Transcription
                ? AiPipeline::tr("No transcription provider is set up. Choose one in AI > AI settings, or with "
                                 "clinicdesk-cli config ai --task transcription.")
                : AiPipeline::tr("No provider for notes is set up. Choose one in AI > AI settings, or with "
                                 "clinicdesk-cli config ai --task notes."),
            QStringLiteral("no provider for %1").arg(ProviderConfig::taskKey(task)), HoldReason::Configuration));
    }
    TaskProviders p;
    p.primary = *primary;
    auto key = keyFor(vaultId, p.primary, task);
    if (!key) {
        return std::unexpected(key.error());
    }
    p.primaryKey = std::move(*key);
    if (auto fallback = settings.fallback(task); fallback && fallback->isValid()) {
        if (auto fk = keyFor(vaultId, *fallback, task, true); fk) {
            p.fallback = *fallback;
            p.fallbackKey = std::move(*fk);
        } else {
            qCWarning(lcAi) << "fallback provider has no key; not used";
        }
    }
    return p;
}

std::optional<JobFailure> budgetReached(Database& db, const Session& session, const AiSettings& settings,
                                        const Job& job) {
    const auto budget = settings.monthlyBudgetMicro.find(job.createdBy);
    if (budget == settings.monthlyBudgetMicro.end()) {
        return std::nullopt;
    }
    auto spent = UsageRepository(db, session).spentMicro(job.createdBy, QDate::currentDate());
    if (!spent) {
        return fromError(spent.error());
    }
    if (*spent >= budget->second) {
        return needsUser(
            AiPipeline::tr("This month's AI budget (%1 %2) is used up, so the job waits. An administrator "
                           "can raise the budget in AI > AI settings, or the job runs next month.")
                .arg(QString::number(static_cast<double>(budget->second) / 1e6, 'f', 2), settings.currency),
            QStringLiteral("monthly budget reached"), HoldReason::Budget);
    }
    return std::nullopt;
}

// Writes a job's result and marks the job done in one transaction; the result's id is the job's result.
template <typename Create>
std::expected<QString, JobFailure> commitCreated(JobContext& context, Create create) {
    auto id = context.commit([&](Database& writeDb) -> Result<QString> {
        auto created = create(writeDb);
        if (!created) {
            return std::unexpected(created.error());
        }
        return created->id;
    });
    if (!id) {
        return std::unexpected(fromError(id.error()));
    }
    return *id;
}

SecureBytes copyKey(const SecureBytes& key) {
    return key.isEmpty() ? SecureBytes() : SecureBytes::fromBytes(key.span());
}

OpenAiClient clientFor(JobContext& context, const ProviderConfig& provider, const SecureBytes& key,
                       const AiSettings& settings) {
    OpenAiClient client(context.http(), provider, copyKey(key));
    client.setTimeouts(settings.connectTimeoutSeconds * 1000, settings.requestTimeoutSeconds * 1000);
    return client;
}

// What every AI job needs before it sends anything: the clinic's settings, a budget that is not used up,
// and the task's provider(s) with their keys.
struct Prepared {
    AiSettings settings;
    TaskProviders providers;
};

std::expected<Prepared, JobFailure> prepareJob(JobContext& context, const QString& vaultId, AiTask task) {
    auto settings = AiSettingsStore(context.db(), context.session()).load();
    if (!settings) {
        return std::unexpected(fromError(settings.error()));
    }
    if (auto over = budgetReached(context.db(), context.session(), *settings, context.job())) {
        return std::unexpected(*over);
    }
    auto providers = providersFor(vaultId, *settings, task);
    if (!providers) {
        return std::unexpected(providers.error());
    }
    return Prepared{std::move(*settings), std::move(*providers)};
}

// Whether a transcription of one of the encounter's own recordings is still pending; one of another
// encounter of the same patient does not count (its transcript would never be this note's).
Result<bool> transcriptionPendingIn(Database& db, const Session& session, const QString& encounterId) {
    auto pending = JobRepository(db, session).pending();
    if (!pending) {
        return std::unexpected(pending.error());
    }
    RecordingRepository recordings(db, session);
    for (const Job& other : *pending) {
        if (other.kind != JobKind::Transcribe || other.subjectId.isEmpty()) {
            continue;
        }
        auto recording = recordings.get(other.subjectId);
        if (recording && recording->encounterId == encounterId) {
            return true;
        }
    }
    return false;
}

} // namespace

void AiPipeline::registerHandlers(JobRunner& runner) const {
    runner.registerHandler(JobKind::Transcribe, [this](JobContext& context) { return runTranscription(context); });
    runner.registerHandler(JobKind::Note, [this](JobContext& context) { return runNote(context); });
}

Result<Job> AiPipeline::requestTranscription(Database& db, const Session& session, const QString& recordingId) {
    auto recording = RecordingRepository(db, session).get(recordingId);
    if (!recording) {
        return std::unexpected(recording.error());
    }
    if (recording->state != RecordingState::Complete && recording->state != RecordingState::Recovered) {
        return fail(ErrorCode::InvalidInput,
                    tr("The recording is not finished yet; stop it (or recover it) before transcribing."),
                    QStringLiteral("recording not finished"));
    }
    auto encounter = EncounterRepository(db, session).get(recording->encounterId);
    if (!encounter) {
        return std::unexpected(encounter.error());
    }
    if (!encounter->mayRecord()) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The patient declined consent in this encounter, so nothing is sent for transcription."),
                    QStringLiteral("consent declined"));
    }
    // One pending transcription per recording: the unique index refuses a second, and the pending one comes back.
    return JobRepository(db, session)
        .enqueue(NewJob{JobKind::Transcribe, QJsonObject{{QStringLiteral("recording_id"), recordingId}}, recordingId,
                        recording->patientId, recordingId});
}

Result<Job> AiPipeline::requestNote(Database& db, const Session& session, const QString& encounterId,
                                    const QString& templateKey) {
    auto encounter = EncounterRepository(db, session).get(encounterId);
    if (!encounter) {
        return std::unexpected(encounter.error());
    }
    auto noteTemplate = NoteTemplateRepository(db, session).byKey(templateKey);
    if (!noteTemplate) {
        return std::unexpected(noteTemplate.error());
    }
    // One pending note per encounter and template, the same way.
    return JobRepository(db, session)
        .enqueue(NewJob{
            JobKind::Note,
            QJsonObject{{QStringLiteral("encounter_id"), encounterId}, {QStringLiteral("template"), noteTemplate->key}},
            encounterId, encounter->patientId, encounterId + QLatin1Char('/') + noteTemplate->key});
}

std::expected<QString, JobFailure> AiPipeline::runTranscription(JobContext& context) const {
    const Job& job = context.job();
    Database& db = context.db();
    const Session& session = context.session();
    auto prepared = prepareJob(context, m_vaultId, AiTask::Transcription);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    const QString recordingId = job.payload.value(QStringLiteral("recording_id")).toString();
    auto audio = RecordingRepository(db, session).audio(recordingId, RecordingRepository::Purpose::Process);
    if (!audio) {
        return std::unexpected(fromError(audio.error()));
    }
    Metering metering(db, session, job, QStringLiteral("transcription"));
    const AiSettings& config = prepared->settings;
    const TaskProviders& p = prepared->providers;

    auto sendWith = [&](const ProviderConfig& provider, const SecureBytes& key, const AudioPart& part,
                        const std::function<void(std::int64_t, std::int64_t)>& progress) {
        OpenAiClient client = clientFor(context, provider, key, config);
        std::optional<RequestMeter> last;
        client.setMeter([&](const RequestMeter& m) {
            metering.egress(provider, m, QStringLiteral("transcription"));
            last = m;
        });
        TranscriptionRequest request;
        request.audio = part.ogg;
        request.fileName = QStringLiteral("recording-part-%1.ogg").arg(part.index + 1);
        request.contentType = "audio/ogg";
        request.language = config.transcriptionLanguage;
        request.prompt = config.vocabulary;
        auto result = client.transcribe(
            request, &context.cancel(),
            [&](std::int64_t sent, std::int64_t total, std::int64_t, std::int64_t) { progress(sent, total); });
        if (result && last) {
            metering.usage(config, provider, *last, part.durationMs);
        }
        return result;
    };
    // Which provider transcribed the parts (the transcript names the one(s) that did).
    std::atomic_bool primaryServed{false};
    std::atomic_bool fallbackServed{false};
    auto sendPart = [&](const AudioPart& part, const std::function<void(std::int64_t, std::int64_t)>& progress)
        -> std::expected<TranscriptionResult, JobFailure> {
        TaskProviders::Served served = TaskProviders::Served::Primary;
        auto result = p.send(
            context.cancel(),
            [&](const ProviderConfig& provider, const SecureBytes& key) {
                return sendWith(provider, key, part, progress);
            },
            &served);
        if (result) {
            (served == TaskProviders::Served::Fallback ? fallbackServed : primaryServed).store(true);
        }
        return result;
    };

    Transcriber::Options options;
    options.maxPartMs = static_cast<std::int64_t>(config.maxPartMinutes) * 60'000;
    options.maxPartBytes = config.maxPartBytes;
    options.parallel = config.parallelParts;
    auto joined = Transcriber::run(
        *audio, options, sendPart, [&](int percent) { context.progress(percent); }, context.cancel());
    if (!joined) {
        return std::unexpected(joined.error());
    }
    Transcript transcript;
    transcript.recordingId = recordingId;
    transcript.language =
        joined->language.isEmpty() ? config.transcriptionLanguage : Transcriber::isoLanguage(joined->language);
    transcript.provider = ProviderConfig::kindKey(p.primary.kind);
    transcript.model = p.primary.model;
    if (fallbackServed.load() && p.fallback) {
        const QString kind = ProviderConfig::kindKey(p.fallback->kind);
        if (!primaryServed.load()) {
            transcript.provider = kind;
            transcript.model = p.fallback->model;
        } else {
            if (kind != transcript.provider) {
                transcript.provider += QLatin1Char('+') + kind;
            }
            transcript.model += QLatin1Char('+') + p.fallback->model;
        }
    }
    transcript.text = joined->text;
    transcript.jobId = job.id;
    for (const TranscriptSegment& s : joined->segments) {
        transcript.segments.push_back({0, s.startMs, s.endMs, s.text, s.speaker});
    }
    return commitCreated(context,
                         [&](Database& writeDb) { return TranscriptRepository(writeDb, session).create(transcript); });
}

std::expected<QString, JobFailure> AiPipeline::runNote(JobContext& context) const {
    const Job& job = context.job();
    Database& db = context.db();
    const Session& session = context.session();
    const QString encounterId = job.payload.value(QStringLiteral("encounter_id")).toString();
    const QString templateKey = job.payload.value(QStringLiteral("template")).toString();
    auto transcripts = TranscriptRepository(db, session).forEncounter(encounterId);
    if (!transcripts) {
        return std::unexpected(fromError(transcripts.error()));
    }
    if (transcripts->empty()) {
        // A transcription of this encounter still on its way: wait for it rather than fail.
        auto waiting = transcriptionPendingIn(db, session, encounterId);
        if (!waiting) {
            return std::unexpected(fromError(waiting.error()));
        }
        if (*waiting) {
            return std::unexpected(JobFailure{JobFailure::Kind::Retry,
                                              Error{ErrorCode::Remote, tr("Waiting for the transcription to finish."),
                                                    QStringLiteral("transcription pending")},
                                              5'000, false});
        }
        return std::unexpected(JobFailure{JobFailure::Kind::Fatal,
                                          Error{ErrorCode::NotFound,
                                                tr("This encounter has no transcript yet. Transcribe a recording "
                                                   "first, then generate the note."),
                                                QStringLiteral("no transcript")},
                                          std::nullopt, false});
    }
    auto prepared = prepareJob(context, m_vaultId, AiTask::Notes);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    auto noteTemplate = NoteTemplateRepository(db, session).byKey(templateKey);
    if (!noteTemplate) {
        return std::unexpected(fromError(noteTemplate.error()));
    }
    auto encounter = EncounterRepository(db, session).get(encounterId);
    if (!encounter) {
        return std::unexpected(fromError(encounter.error()));
    }
    auto patient = PatientRepository(db, session).get(encounter->patientId);
    if (!patient) {
        return std::unexpected(fromError(patient.error()));
    }
    std::vector<CitedSegment> segments;
    for (const Transcript& t : *transcripts) {
        for (const TranscriptSegmentRow& s : t.segments) {
            segments.push_back({t.id, s.index, s.startMs, s.endMs, s.text});
        }
        if (t.segments.empty() && !t.text.isEmpty()) {
            segments.push_back({t.id, 0, 0, 0, t.text});
        }
    }
    Metering metering(db, session, job, QStringLiteral("notes"));
    const AiSettings& config = prepared->settings;
    const TaskProviders& p = prepared->providers;
    auto chatWith = [&](const ProviderConfig& provider, const SecureBytes& key, const ChatRequest& request,
                        const QString& purpose) {
        OpenAiClient client = clientFor(context, provider, key, config);
        client.setMeter([&](const RequestMeter& m) {
            metering.egress(provider, m, purpose);
            if (m.httpStatus >= 200 && m.httpStatus < 300) {
                metering.usage(config, provider, m, 0);
            }
        });
        return client.chatJson(request, &context.cancel());
    };
    int step = 0;
    auto chat = [&](const ChatRequest& request, const QString& purpose) -> std::expected<ChatResult, JobFailure> {
        context.progress(std::min(90, 10 + 20 * step++));
        return p.send(context.cancel(), [&](const ProviderConfig& provider, const SecureBytes& key) {
            return chatWith(provider, key, request, purpose);
        });
    };
    NoteGenerator::Options options;
    options.outputLanguage = config.noteLanguage;
    options.maxInputChars = config.maxNoteInputChars;
    options.placeholders = config.privacyPlaceholders;
    auto generated = NoteGenerator::generate(*noteTemplate, segments, *patient, options, chat);
    if (!generated) {
        return std::unexpected(generated.error());
    }
    NewNote note;
    note.encounterId = encounterId;
    note.templateId = noteTemplate->id;
    note.content = generated->content;
    note.evidence = generated->evidence;
    note.problems = generated->problems;
    note.transcriptId = transcripts->front().id;
    note.jobId = job.id;
    note.language = config.noteLanguage;
    return commitCreated(context,
                         [&](Database& writeDb) { return NoteRepository(writeDb, session).createDraft(note); });
}

std::expected<QStringList, JobFailure> AiPipeline::testConnection(HttpClient& http, Database& db,
                                                                  const Session& session,
                                                                  const ProviderConfig& provider, AiTask task) const {
    auto key = keyFor(m_vaultId, provider, task);
    if (!key) {
        return std::unexpected(key.error());
    }
    OpenAiClient client(http, provider, std::move(*key));
    client.setTimeouts(10'000, 30'000);
    client.setMaxInCallRetries(0);
    client.setMeter([&](const RequestMeter& m) {
        AiEgress::record(db, session, AiEgress::entry(provider, m, QStringLiteral("test-connection")));
    });
    auto models = client.listModels();
    if (!models) {
        return models;
    }
    if (provider.kind != ProviderKind::Azure || provider.azureV1) {
        if (!models->contains(provider.model)) {
            return std::unexpected(
                needsUser(tr("The key works, but %1 does not offer the model \"%2\". Choose one of: %3.")
                              .arg(provider.host(), provider.model, models->mid(0, 12).join(QStringLiteral(", "))),
                          QStringLiteral("model not listed")));
        }
    }
    return models;
}

} // namespace clinicdesk
