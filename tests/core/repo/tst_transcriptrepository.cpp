// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Transcripts, usage and the egress log against a real vault: one transcript per job,
// the newest per recording, clinical roles only, reads audited; usage totals per month
// and user; each user sees their own requests, an administrator everyone's.

#include "Checks.h"
#include "TestVault.h"
#include "repo/EgressRepository.h"
#include "repo/TranscriptRepository.h"
#include "repo/UsageRepository.h"

#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::patientDraft;
using clinicdesk::test::TestVault;

class TstTranscriptRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void createAndReadBack();
    void oneTranscriptPerJob();
    void encounterGetsNewestPerRecording();
    void receptionistIsRefused();
    void usageTotalsPerMonthAndUser();
    void egressVisibility();

private:
    [[nodiscard]] QString newRecording(const QString& encounterId);
    [[nodiscard]] Transcript transcript(const QString& recordingId, const QString& text,
                                        std::optional<QString> jobId = std::nullopt);

    std::unique_ptr<TestVault> m_vault;
    QString m_encounter;
};

void TstTranscriptRepository::init() {
    m_vault = std::make_unique<TestVault>();
    auto patient = m_vault->session().patients().add(patientDraft(QStringLiteral("Greta"), QStringLiteral("Garbo")));
    CHECK_OK(patient);
    auto encounter = m_vault->session().encounters().open(patient->patient.id, Consent::Verbal);
    CHECK_OK(encounter);
    m_encounter = encounter->id;
}

QString TstTranscriptRepository::newRecording(const QString& encounterId) {
    auto recording =
        m_vault->session().recordings().begin(NewRecording{encounterId, RecordingSource::Import, {}, 48000});
    if (!recording) {
        return {};
    }
    (void)m_vault->session().recordings().finish(recording->id, RecordingState::Complete, 1000);
    return recording->id;
}

Transcript TstTranscriptRepository::transcript(const QString& recordingId, const QString& text,
                                               std::optional<QString> jobId) {
    Transcript t;
    t.recordingId = recordingId;
    t.language = QStringLiteral("sv");
    t.provider = QStringLiteral("openai");
    t.model = QStringLiteral("whisper-1");
    t.text = text;
    t.segments = {{0, 0, 1200, QStringLiteral("Hej"), {}}, {0, 1200, 3400, text, QStringLiteral("A")}};
    t.jobId = std::move(jobId);
    return t;
}

void TstTranscriptRepository::createAndReadBack() {
    const QString recording = newRecording(m_encounter);
    QVERIFY(!recording.isEmpty());
    TranscriptRepository repo(m_vault->session().db(), m_vault->session().session());
    auto created = repo.create(transcript(recording, QStringLiteral("ont i 36")));
    CHECK_OK(created);
    auto read = repo.get(created->id);
    CHECK_OK(read);
    QCOMPARE(read->text, QStringLiteral("ont i 36"));
    QCOMPARE(read->segments.size(), std::size_t(2));
    QCOMPARE(read->segments[1].index, 1);
    QCOMPARE(read->segments[1].startMs, std::int64_t(1200));
    QCOMPARE(read->segments[1].speaker, QStringLiteral("A"));
    auto views = m_vault->session().db().scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'transcript' AND entity_id = ?",
        created->id);
    QVERIFY(views && *views == 1);
    auto none = repo.latestForRecording(newRecording(m_encounter));
    QVERIFY(!none);
    QCOMPARE(code(none.error().code), code(ErrorCode::NotFound));
}

void TstTranscriptRepository::oneTranscriptPerJob() {
    const QString recording = newRecording(m_encounter);
    TranscriptRepository repo(m_vault->session().db(), m_vault->session().session());
    CHECK_OK(repo.create(transcript(recording, QStringLiteral("first"), QStringLiteral("job-1"))));
    auto second = repo.create(transcript(recording, QStringLiteral("second"), QStringLiteral("job-1")));
    QVERIFY(!second);
    auto rows =
        m_vault->session().db().scalar("SELECT count(*) FROM transcripts WHERE job_id = ?", QStringLiteral("job-1"));
    QVERIFY(rows && *rows == 1);
}

void TstTranscriptRepository::encounterGetsNewestPerRecording() {
    const QString first = newRecording(m_encounter);
    const QString second = newRecording(m_encounter);
    TranscriptRepository repo(m_vault->session().db(), m_vault->session().session());
    CHECK_OK(repo.create(transcript(first, QStringLiteral("old"))));
    CHECK_OK(repo.create(transcript(first, QStringLiteral("new"))));
    CHECK_OK(repo.create(transcript(second, QStringLiteral("other"))));
    auto list = repo.forEncounter(m_encounter);
    CHECK_OK(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).text, QStringLiteral("new"));
    QCOMPARE(list->at(1).text, QStringLiteral("other"));
}

void TstTranscriptRepository::receptionistIsRefused() {
    const QString recording = newRecording(m_encounter);
    TranscriptRepository admin(m_vault->session().db(), m_vault->session().session());
    auto created = admin.create(transcript(recording, QStringLiteral("secret")));
    CHECK_OK(created);
    CHECK_OK(m_vault->addUser(QStringLiteral("rita"), Role::Receptionist));
    CHECK_OK(m_vault->loginAs(QStringLiteral("rita"), TestVault::passwordFor(QStringLiteral("rita"))));
    TranscriptRepository repo(m_vault->session().db(), m_vault->session().session());
    auto read = repo.get(created->id);
    QVERIFY(!read);
    QCOMPARE(code(read.error().code), code(ErrorCode::PermissionDenied));
    auto write = repo.create(transcript(recording, QStringLiteral("x")));
    QVERIFY(!write);
    QCOMPARE(code(write.error().code), code(ErrorCode::PermissionDenied));
}

void TstTranscriptRepository::usageTotalsPerMonthAndUser() {
    UsageRepository usage(m_vault->session().db(), m_vault->session().session());
    UsageEntry e;
    e.task = QStringLiteral("transcription");
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("whisper-1");
    e.audioMs = 60'000;
    e.bytesSent = 180'000;
    e.costMicro = 6'000;
    CHECK_OK(usage.record(e));
    CHECK_OK(usage.record(e));
    e.model = QStringLiteral("gpt-4o-mini");
    e.audioMs = 0;
    e.inputTokens = 1000;
    e.outputTokens = 200;
    e.costMicro = 270;
    CHECK_OK(usage.record(e));
    auto totals = usage.monthTotals(QDate::currentDate());
    CHECK_OK(totals);
    QCOMPARE(totals->size(), std::size_t(2));
    const auto& whisper = totals->at(0).model == QLatin1String("whisper-1") ? totals->at(0) : totals->at(1);
    QCOMPARE(whisper.requests, std::int64_t(2));
    QCOMPARE(whisper.audioMs, std::int64_t(120'000));
    QCOMPARE(whisper.costMicro, std::int64_t(12'000));
    QCOMPARE(whisper.userName, QStringLiteral("admin"));
    auto spent = usage.spentMicro(m_vault->session().user().id, QDate::currentDate());
    CHECK_OK(spent);
    QCOMPARE(*spent, std::int64_t(12'270));
    auto lastMonth = usage.monthTotals(QDate::currentDate().addMonths(-1));
    CHECK_OK(lastMonth);
    QVERIFY(lastMonth->empty());
}

void TstTranscriptRepository::egressVisibility() {
    EgressEntry e;
    e.host = QStringLiteral("api.openai.com");
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("whisper-1");
    e.purpose = QStringLiteral("transcription");
    e.bytesSent = 1234;
    e.httpStatus = 200;
    e.jobId = QStringLiteral("job-9");
    CHECK_OK(EgressRepository(m_vault->session().db(), m_vault->session().session()).record(e));
    CHECK_OK(m_vault->addUser(QStringLiteral("per"), Role::Practitioner));
    CHECK_OK(m_vault->loginAs(QStringLiteral("per"), TestVault::passwordFor(QStringLiteral("per"))));
    EgressRepository per(m_vault->session().db(), m_vault->session().session());
    auto own = per.list();
    CHECK_OK(own);
    QVERIFY(own->empty()); // the administrator's request is not his
    e.jobId.clear();
    e.httpStatus = 0;
    CHECK_OK(per.record(e));
    auto mine = per.list();
    CHECK_OK(mine);
    QCOMPARE(mine->size(), std::size_t(1));
    QCOMPARE(mine->front().httpStatus, 0);
    QVERIFY(mine->front().jobId.isEmpty());
    CHECK_OK(
        m_vault->loginAs(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword)));
    auto all = EgressRepository(m_vault->session().db(), m_vault->session().session()).list();
    CHECK_OK(all);
    QCOMPARE(all->size(), std::size_t(2));
    QCOMPARE(all->back().host, QStringLiteral("api.openai.com"));
    QCOMPARE(all->back().bytesSent, std::int64_t(1234));
}

QTEST_GUILESS_MAIN(TstTranscriptRepository)
#include "tst_transcriptrepository.moc"
