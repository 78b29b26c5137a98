// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Upgrade from schema v3 to v4 (domain rules in one place) on a real v3 vault file: a keyed
// SQLCipher database built from 0001, 0002 and 0003 alone, with a patient, encounters and
// recordings written by the repositories, the built-in templates as v3's ensureBuiltins() left them
// (one current, one outdated, one tombstoned, the rest not yet written), a note on a built-in, and
// the job queue as v3 could leave it: two pending transcriptions of one recording (two requests
// racing past the read), a waiting one beside a running one, and two pending notes for one encounter
// and template. After the upgrade the built-ins are the template files, every duplicate is one
// pending job (the others cancelled, kept, with a reason), the unique index refuses a new duplicate,
// the new columns are there, and migrating again changes nothing.

#include "Checks.h"
#include "LegacyPatient.h"
#include "SqlProbe.h"
#include "ai/AiPipeline.h"
#include "jobs/JobRepository.h"
#include "repo/EncounterRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/RecordingRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

using clinicdesk::test::insertLegacyPatient;
using clinicdesk::test::scalarOf;
using clinicdesk::test::textOf;

const QString kDevice = QStringLiteral("00000000-0000-4000-8000-00000000000a");

Session admin() {
    Session session;
    session.user.id = QStringLiteral("u1");
    session.user.name = QStringLiteral("admin");
    session.user.role = Role::Admin;
    session.user.active = true;
    session.deviceId = kDevice;
    return session;
}

QString compactSchema(const NoteTemplate& t) {
    return QString::fromUtf8(QJsonDocument(t.schema).toJson(QJsonDocument::Compact));
}

// What the rows of `jobs` and `note_templates` are, as one text: equal before and after a no-op.
QString snapshot(Database& db) {
    QString out;
    for (const char* sql :
         {"SELECT id || state || coalesce(dedupe_key, '-') || coalesce(last_error, '-') || updated_at FROM jobs "
          "ORDER BY id",
          "SELECT id || key || name || builtin || coalesce(deleted_at, '-') || updated_at || length(json_schema) FROM "
          "note_templates ORDER BY id"}) {
        auto stmt = db.prepare(sql);
        if (!stmt) {
            return QStringLiteral("error");
        }
        auto rows = stmt->collect([&] { return stmt->text(0); });
        if (!rows) {
            return QStringLiteral("error");
        }
        for (const QString& row : *rows) {
            out += row + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

class TstMigrationV4 : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_patient, m_encounter, m_otherEncounter, m_recording, m_otherRecording;

    static void applyMigration(Database& db, const QString& resource) {
        QFile file(resource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sql = file.readAll();
        CHECK_OK(db.exec(std::string_view(sql.constData(), size_t(sql.size()))));
    }

    // A job row exactly as v3's JobRepository wrote it (no dedupe_key, no hold_reason).
    static void insertV3Job(Database& db, const QString& id, const QString& kind, const QJsonObject& payload,
                            const char* state, const QString& subject, const QString& patient, std::int64_t createdAt,
                            const QString& runner = {}) {
        auto stmt = db.prepare("INSERT INTO jobs (id, kind, payload, state, attempts, progress, subject_id, "
                               "patient_id, runner, created_at, updated_at, created_by) "
                               "VALUES (?,?,?,?,0,0,?,?,?,?,?,'u1')");
        CHECK_OK(stmt);
        stmt->bindAll(id, kind, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                      QString::fromLatin1(state), subject, patient,
                      runner.isEmpty() ? std::optional<QString>() : std::optional<QString>(runner), createdAt,
                      createdAt);
        CHECK_OK(stmt->run());
    }

    static QJsonObject notePayload(const QString& encounter, const char* templateKey) {
        return QJsonObject{{QStringLiteral("encounter_id"), encounter},
                           {QStringLiteral("template"), QString::fromLatin1(templateKey)}};
    }

    // A finished recording of `encounter`, written by the repository.
    static Result<QString> recordingOf(Database& db, const Session& session, const QString& encounter) {
        RecordingRepository recordings(db, session);
        auto recording = recordings.begin(NewRecording{encounter, RecordingSource::Microphone, {}, 48000});
        if (!recording) {
            return std::unexpected(recording.error());
        }
        if (auto s = recordings.appendChunk(recording->id, 0, QByteArray("OggS pages"), 1000); !s) {
            return std::unexpected(s.error());
        }
        if (auto s = recordings.finish(recording->id, RecordingState::Complete, 1000); !s) {
            return std::unexpected(s.error());
        }
        return recording->id;
    }

    void makeV3Vault(const QString& path, const SecureBytes& key) {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(db->exec("BEGIN IMMEDIATE"));
        applyMigration(*db, QStringLiteral(":/migrations/0001_initial.sql"));
        applyMigration(*db, QStringLiteral(":/migrations/0002_ai_pipeline.sql"));
        applyMigration(*db, QStringLiteral(":/migrations/0003_fewer_pages_per_write.sql"));
        CHECK_OK(db->exec("PRAGMA user_version = 3"));
        CHECK_OK(db->exec("INSERT INTO users (id, name, display_name, role, created_at, updated_at) "
                          "VALUES ('u1', 'admin', 'Admin', 'admin', 1700000000000, 1700000000000)"));
        CHECK_OK(db->exec("COMMIT"));

        const Session session = admin();
        m_patient = QStringLiteral("p1");
        insertLegacyPatient(
            *db, {m_patient, 1, QStringLiteral("Åsa"), QStringLiteral("Öberg"), QString(), QString(), QString()});
        auto encounter = EncounterRepository(*db, session).open(m_patient, Consent::Verbal);
        CHECK_OK(encounter);
        m_encounter = encounter->id;
        auto other = EncounterRepository(*db, session).open(m_patient, Consent::Verbal);
        CHECK_OK(other);
        m_otherEncounter = other->id;
        auto recording = recordingOf(*db, session, m_encounter);
        CHECK_OK(recording);
        m_recording = *recording;
        auto otherRecording = recordingOf(*db, session, m_otherEncounter);
        CHECK_OK(otherRecording);
        m_otherRecording = *otherRecording;

        // The built-ins as v3's ensureBuiltins() left them: soap current, dap from an older build,
        // free tombstoned by some accident, the others never written (nobody asked for a template yet).
        auto shipped = NoteTemplateRepository::builtinTemplates();
        CHECK_OK(shipped);
        for (const NoteTemplate& t : *shipped) {
            if (t.key != QLatin1String("soap") && t.key != QLatin1String("dap") && t.key != QLatin1String("free")) {
                continue;
            }
            auto stmt = db->prepare("INSERT INTO note_templates (id, key, name, builtin, language, json_schema, "
                                    "instructions, created_at, updated_at, created_by, updated_by, deleted_at) "
                                    "VALUES (?,?,?,1,NULL,?,?,1700000000000,1700000000000,'u1','u1',?)");
            CHECK_OK(stmt);
            const bool old = t.key == QLatin1String("dap");
            stmt->bindAll(t.id, t.key, t.name, compactSchema(t),
                          old ? QStringLiteral("Summarise the session.") : t.instructions,
                          t.key == QLatin1String("free") ? std::optional<std::int64_t>(1700000000001)
                                                         : std::optional<std::int64_t>());
            CHECK_OK(stmt->run());
        }
        // A draft written with the old dap (v3's notes have no problems column).
        CHECK_OK(db->exec(("INSERT INTO notes (id, encounter_id, patient_id, template_id, status, content, evidence, "
                           "created_at, updated_at, created_by, updated_by) VALUES ('n1', '" +
                           m_encounter.toStdString() + "', '" + m_patient.toStdString() + "', '" +
                           NoteTemplateRepository::builtinId(QStringLiteral("dap")).toStdString() +
                           "', 'draft', '{\"data\":\"x\"}', '{}', 1700000000000, 1700000000000, 'u1', 'u1')")));

        // The queue as v3 could leave it.
        const QJsonObject transcribe{{QStringLiteral("recording_id"), m_recording}};
        const QJsonObject transcribeOther{{QStringLiteral("recording_id"), m_otherRecording}};
        insertV3Job(*db, QStringLiteral("t-done"), QStringLiteral("transcribe"), transcribe, "done", m_recording,
                    m_patient, 500);
        insertV3Job(*db, QStringLiteral("t-first"), QStringLiteral("transcribe"), transcribe, "queued", m_recording,
                    m_patient, 1000);
        insertV3Job(*db, QStringLiteral("t-second"), QStringLiteral("transcribe"), transcribe, "queued", m_recording,
                    m_patient, 2000);
        insertV3Job(*db, QStringLiteral("o-waiting"), QStringLiteral("transcribe"), transcribeOther, "waiting_retry",
                    m_otherRecording, m_patient, 1000);
        insertV3Job(*db, QStringLiteral("o-running"), QStringLiteral("transcribe"), transcribeOther, "running",
                    m_otherRecording, m_patient, 3000, QStringLiteral("runner-1"));
        insertV3Job(*db, QStringLiteral("n-first"), QStringLiteral("note"), notePayload(m_encounter, "soap"), "queued",
                    m_encounter, m_patient, 1000);
        insertV3Job(*db, QStringLiteral("n-second"), QStringLiteral("note"), notePayload(m_encounter, "soap"),
                    "needs_user", m_encounter, m_patient, 2000);
        insertV3Job(*db, QStringLiteral("n-dap"), QStringLiteral("note"), notePayload(m_encounter, "dap"), "queued",
                    m_encounter, m_patient, 3000);
        db->close();
    }

private slots:
    void upgradesARealV3Vault() {
        QVERIFY(m_tmp.isValid());
        const QString path = m_tmp.filePath(QStringLiteral("v3.db"));
        const SecureBytes key = SecureBytes::random(32);
        makeV3Vault(path, key);
        if (QTest::currentTestFailed()) {
            return;
        }

        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(db);
        QCOMPARE(*db->userVersion(), 3);
        const std::int64_t jobsBefore = scalarOf(*db, "SELECT count(*) FROM jobs");
        const std::int64_t auditBefore = scalarOf(*db, "SELECT count(*) FROM audit_log");
        const std::int64_t changesBefore = scalarOf(*db, "SELECT count(*) FROM changes");
        CHECK_OK(Migrator::migrate(*db));
        QCOMPARE(*db->userVersion(), Migrator::latestVersion()); // v4, and whatever came after it
        QVERIFY(Migrator::latestVersion() >= 4);
        // The migration writes no audit entries and no change feed rows (jobs are local, built-ins are
        // the same rows in every vault).
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM audit_log"), auditBefore);
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM changes"), changesBefore);

        // The built-ins are the template files: inserted, refreshed, brought back; a current one untouched.
        auto shipped = NoteTemplateRepository::builtinTemplates();
        CHECK_OK(shipped);
        for (const NoteTemplate& t : *shipped) {
            auto stmt = db->prepare("SELECT name, json_schema, instructions, builtin, deleted_at IS NULL FROM "
                                    "note_templates WHERE id = ?");
            CHECK_OK(stmt);
            stmt->bind(1, t.id);
            auto rows = stmt->collect([&] {
                return std::tuple{stmt->text(0), stmt->text(1), stmt->text(2), stmt->int64(3), stmt->int64(4)};
            });
            CHECK_OK(rows);
            QCOMPARE(rows->size(), std::size_t{1});
            const auto& [name, schema, instructions, builtin, live] = rows->front();
            QCOMPARE(name, t.name);
            QCOMPARE(schema, compactSchema(t));
            QCOMPARE(instructions, t.instructions);
            QCOMPARE(builtin, 1);
            QCOMPARE(live, 1);
        }
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM note_templates"), 6);
        QCOMPARE(scalarOf(*db, "SELECT updated_at FROM note_templates WHERE key = 'soap'"), 1700000000000);
        QVERIFY(scalarOf(*db, "SELECT updated_at FROM note_templates WHERE key = 'dap'") > 1700000000000);
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'builtin_note_templates_v4'"), 0);
        // The note on the old dap still names its template.
        const Session session = admin();
        auto note = NoteRepository(*db, session).get(QStringLiteral("n1"));
        CHECK_OK(note);
        QCOMPARE(note->templateKey, QStringLiteral("dap"));
        QVERIFY(note->problems.empty());

        // No job was lost: each set of pending duplicates is one pending job, the others cancelled with a reason.
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM jobs"), jobsBefore);
        const auto stateOf = [&](const char* id) {
            return textOf(*db, (std::string("SELECT state FROM jobs WHERE id = '") + id + "'").c_str());
        };
        QCOMPARE(stateOf("t-done"), QStringLiteral("done"));
        QCOMPARE(stateOf("t-first"), QStringLiteral("queued")); // the oldest: what a request returned in v3
        QCOMPARE(stateOf("t-second"), QStringLiteral("cancelled"));
        QCOMPARE(stateOf("o-running"), QStringLiteral("running")); // a runner works on it: it stays
        QCOMPARE(stateOf("o-waiting"), QStringLiteral("cancelled"));
        QCOMPARE(stateOf("n-first"), QStringLiteral("queued"));
        QCOMPARE(stateOf("n-second"), QStringLiteral("cancelled"));
        QCOMPARE(stateOf("n-dap"), QStringLiteral("queued")); // another template: not a duplicate
        QVERIFY(!textOf(*db, "SELECT last_error FROM jobs WHERE id = 't-second'").isEmpty());
        QCOMPARE(textOf(*db, "SELECT last_error FROM jobs WHERE id = 't-first'"), QStringLiteral("NULL"));
        QCOMPARE(textOf(*db, "SELECT runner FROM jobs WHERE id = 'o-running'"), QStringLiteral("runner-1"));
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM jobs WHERE state = 'cancelled' AND runner IS NOT NULL"), 0);
        // Their dedupe keys: the recording, and encounter/template (read from the v3 payload).
        QCOMPARE(textOf(*db, "SELECT dedupe_key FROM jobs WHERE id = 't-done'"), m_recording);
        QCOMPARE(textOf(*db, "SELECT dedupe_key FROM jobs WHERE id = 'n-first'"),
                 m_encounter + QStringLiteral("/soap"));
        QCOMPARE(textOf(*db, "SELECT dedupe_key FROM jobs WHERE id = 'n-dap'"), m_encounter + QStringLiteral("/dap"));
        // The new columns, NULL for old rows.
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM jobs WHERE hold_reason IS NOT NULL"), 0);
        QCOMPARE(textOf(*db, "SELECT problems FROM notes WHERE id = 'n1'"), QStringLiteral("NULL"));
        QVERIFY(!db->exec("UPDATE jobs SET hold_reason = 'whatever' WHERE id = 'n-first'"));

        // The index is the guarantee: a second pending transcription of the recording cannot be written,
        // while a finished one can; and a request returns the pending job.
        QVERIFY(!db->exec(("INSERT INTO jobs (id, kind, payload, state, created_at, updated_at, created_by, "
                           "subject_id, dedupe_key) VALUES ('t-third', 'transcribe', '{}', 'queued', 1, 1, 'u1', '" +
                           m_recording.toStdString() + "', '" + m_recording.toStdString() + "')")));
        CHECK_OK(db->exec(("INSERT INTO jobs (id, kind, payload, state, created_at, updated_at, created_by, "
                           "subject_id, dedupe_key) VALUES ('t-old', 'transcribe', '{}', 'failed', 1, 1, 'u1', '" +
                           m_recording.toStdString() + "', '" + m_recording.toStdString() + "')")));
        auto again = AiPipeline::requestTranscription(*db, session, m_recording);
        CHECK_OK(again);
        QCOMPARE(again->id, QStringLiteral("t-first"));
        auto noteAgain = AiPipeline::requestNote(*db, session, m_encounter, QStringLiteral("soap"));
        CHECK_OK(noteAgain);
        QCOMPARE(noteAgain->id, QStringLiteral("n-first"));
        CHECK_OK(db->exec("DELETE FROM jobs WHERE id = 't-old'"));

        QCOMPARE(textOf(*db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(textOf(*db, "PRAGMA foreign_key_check"), QStringLiteral("missing")); // no violations

        // Reopened, it stays at the latest version and migrating again changes nothing.
        const QString before = snapshot(*db);
        db->close();
        auto reopened = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(reopened);
        CHECK_OK(Migrator::migrate(*reopened));
        QCOMPARE(*reopened->userVersion(), Migrator::latestVersion());
        QCOMPARE(snapshot(*reopened), before);
    }
};

QTEST_GUILESS_MAIN(TstMigrationV4)
#include "tst_migration_v4.moc"
