// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Recovery of recordings left unfinished: what a crash, a kill or a power cut
// leaves in the vault (whole pages, possibly a torn last write), closed into a
// valid, playable stream. No audio device needed: the chunks are written the
// way the recorder writes them.
#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "audio/OggOpusDecoder.h"
#include "audio/OggPages.h"
#include "audio/OpusStreamEncoder.h"
#include "audio/RecordingRecovery.h"

#include <QDir>
#include <QLockFile>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace clinicdesk;
using namespace clinicdesk::test;

class TstRecordingRecovery : public QObject {
    Q_OBJECT

    std::unique_ptr<TestVault> m_vault;
    QString m_encounterId;

    // A recording whose process "died" after `seconds` of audio, flushed every second like the recorder.
    QString interruptedRecording(int seconds) {
        auto recording = m_vault->session().recordings().begin(
            NewRecording{m_encounterId, RecordingSource::Microphone, QStringLiteral("Microphone"), 48000});
        [&] { QVERIFY2(recording.has_value(), why(recording).constData()); }();
        auto encoder = OpusStreamEncoder::create(48000);
        std::vector<float> second(48000);
        int seq = 0;
        for (int s = 0; s < seconds; ++s) {
            for (size_t i = 0; i < second.size(); ++i) {
                second[i] = float(0.2 * std::sin(2 * std::numbers::pi * 300 * double(s * 48000 + long(i)) / 48000));
            }
            [&] { QVERIFY((*encoder)->write(second).has_value()); }();
            auto appended = m_vault->session().recordings().appendChunk(
                recording->id, seq++, (*encoder)->takePages(true), (*encoder)->durationMs());
            [&] { QVERIFY2(appended.has_value(), why(appended).constData()); }();
        }
        return recording->id;
    }

    QByteArray audio(const QString& id) {
        auto bytes = m_vault->session().recordings().audio(id, RecordingRepository::Purpose::Process);
        return bytes.value_or(QByteArray());
    }

private slots:
    void init() {
        m_vault = std::make_unique<TestVault>();
        auto patient = m_vault->session().patients().add(patientDraft(QStringLiteral("Nils"), QStringLiteral("Ek")));
        CHECK_OK(patient);
        auto encounter = m_vault->session().encounters().open(patient->patient.id, Consent::Written);
        CHECK_OK(encounter);
        m_encounterId = encounter->id;
    }

    void closesAnInterruptedRecording() {
        const QString id = interruptedRecording(5);
        auto pending =
            RecordingRecovery::pendingCount(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(pending);
        QCOMPARE(*pending, 1);
        auto recovered =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(recovered);
        QCOMPARE(recovered->size(), size_t(1));
        QVERIFY2(recovered->front().durationMs >= 4300, qPrintable(QString::number(recovered->front().durationMs)));

        auto recording = m_vault->session().recordings().get(id);
        CHECK_OK(recording);
        QCOMPARE(recording->state, RecordingState::Recovered);
        QCOMPARE(recording->durationMs, recovered->front().durationMs);
        const QByteArray stream = audio(id);
        QCOMPARE(recording->bytes, stream.size());
        const auto pages = OggPages::scan(stream);
        QCOMPARE(pages.back().offset + pages.back().size, stream.size());
        QVERIFY(pages.back().flags & OggPages::kEndOfStream);
        auto pcm = OggOpusDecoder::decodeAll(stream);
        CHECK_OK(pcm);
        QVERIFY(qAbs(qint64(pcm->size()) / 48 - recording->durationMs) <= 25);
        auto audit = m_vault->session().auditEntries(3);
        CHECK_OK(audit);
        QVERIFY(std::ranges::any_of(
            *audit, [&](const AuditEntry& e) { return e.entityId == id && e.detail == QLatin1String("recovered"); }));
    }

    void dropsATornLastWrite() {
        const QString id = interruptedRecording(4);
        // The power went during a write the file system half kept: a chunk cut mid-page.
        auto chunks = m_vault->session().recordings().chunks(id);
        CHECK_OK(chunks);
        const QByteArray whole = audio(id);
        const auto pagesBefore = OggPages::scan(whole);
        QByteArray torn = chunks->back().data.left(chunks->back().data.size() - 7);
        CHECK_OK(m_vault->session().recordings().rewriteTail(id, chunks->back().seq, torn));

        auto recovered =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(recovered);
        QCOMPARE(recovered->size(), size_t(1));
        const QByteArray stream = audio(id);
        const auto pages = OggPages::scan(stream);
        QCOMPARE(pages.size(), pagesBefore.size() - 1);
        QCOMPARE(pages.back().offset + pages.back().size, stream.size());
        QVERIFY(pages.back().flags & OggPages::kEndOfStream);
        CHECK_OK(OggOpusDecoder::decodeAll(stream));
        QVERIFY(recovered->front().durationMs >= 2500);
    }

    void rewritingAudioIsClinicalAndAudited() {
        const QString id = interruptedRecording(2);
        auto chunks = m_vault->session().recordings().chunks(id);
        CHECK_OK(chunks);
        CHECK_OK(m_vault->addUser(QStringLiteral("desk"), Role::Receptionist));
        CHECK_OK(m_vault->loginAs(QStringLiteral("desk"), TestVault::passwordFor(QStringLiteral("desk"))));
        // A receptionist neither adds audio nor rewrites it, and her sign-in leaves recovery to a clinician's.
        auto appended = m_vault->session().recordings().appendChunk(id, 99, QByteArray("OggS"), 0);
        QVERIFY(!appended);
        QCOMPARE(code(appended.error().code), code(ErrorCode::PermissionDenied));
        auto rewritten = m_vault->session().recordings().rewriteTail(id, chunks->back().seq, {});
        QVERIFY(!rewritten);
        QCOMPARE(code(rewritten.error().code), code(ErrorCode::PermissionDenied));
        auto recovered =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(recovered);
        QVERIFY(recovered->empty());
        QCOMPARE(scalarOf(m_vault->session().db(), "SELECT count(*) FROM recording_chunks WHERE recording_id = ?", id),
                 std::int64_t(chunks->size()));

        CHECK_OK(m_vault->loginAs(QString::fromLatin1(TestVault::kAdminName),
                                  QString::fromLatin1(TestVault::kAdminPassword)));
        auto byAdmin =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(byAdmin);
        QCOMPARE(byAdmin->size(), size_t(1));
        QVERIFY(scalarOf(m_vault->session().db(),
                         "SELECT count(*) FROM audit_log WHERE action = 'rewrite_tail' AND entity_id = ?", id) >= 1);
    }

    void leavesALiveRecordingAlone() {
        const QString id = interruptedRecording(2);
        // The recorder of a running process holds this lock.
        QLockFile live(QDir(m_vault->dir()).filePath(QStringLiteral("recording-%1.lock").arg(id)));
        QVERIFY(live.tryLock(0));
        auto pending =
            RecordingRecovery::pendingCount(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(pending);
        QCOMPARE(*pending, 0);
        auto recovered =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(recovered);
        QVERIFY(recovered->empty());
        auto recording = m_vault->session().recordings().get(id);
        CHECK_OK(recording);
        QCOMPARE(recording->state, RecordingState::Recording);
        live.unlock();
        recovered =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(recovered);
        QCOMPARE(recovered->size(), size_t(1));
    }

    void aRecordingWithoutAudioIsClosedEmpty() {
        auto recording = m_vault->session().recordings().begin(
            NewRecording{m_encounterId, RecordingSource::Microphone, std::nullopt, 48000});
        CHECK_OK(recording);
        auto recovered =
            RecordingRecovery::recoverAll(m_vault->session().db(), m_vault->session().session(), m_vault->dir());
        CHECK_OK(recovered);
        QCOMPARE(recovered->size(), size_t(1));
        QCOMPARE(recovered->front().durationMs, qint64(0));
        auto after = m_vault->session().recordings().get(recording->id);
        CHECK_OK(after);
        QCOMPARE(after->state, RecordingState::Recovered);
    }
};

QTEST_GUILESS_MAIN(TstRecordingRecovery)
#include "tst_recordingrecovery.moc"
