// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "DemoVault.h"
#include "audio/OggOpusDecoder.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/TranscriptRepository.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace clinicdesk;

class TstDemoVault : public QObject {
    Q_OBJECT

private slots:
    void createsASearchableVault();
    void samplesAreValid();
    void showsTheProduct();
};

void TstDemoVault::samplesAreValid() {
    const auto samples = DemoVault::samplePatients();
    QVERIFY(samples.size() >= 30);
    int withNationalId = 0;
    for (const PatientDraft& draft : samples) {
        auto valid = PatientRepository::validate(draft);
        QVERIFY2(valid.has_value(),
                 qPrintable(draft.lastName + QStringLiteral(": ") + (valid ? QString() : valid.error().message)));
        withNationalId += draft.nationalId.isEmpty() ? 0 : 1;
    }
    QVERIFY(withNationalId >= 1 && withNationalId <= 5);
}

void TstDemoVault::createsASearchableVault() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    auto demo = DemoVault::create(dir);
    QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().detail));
    QCOMPARE(demo->userName, QStringLiteral("demo"));
    QVERIFY(demo->password.size() >= 12);

    auto patients = demo->session->patients();
    auto count = patients.count();
    QVERIFY(count.has_value());
    QVERIFY(*count >= 30);

    // Diacritics do not matter to the search, prefixes are enough.
    for (const QString& query : {QStringLiteral("Lindström"), QStringLiteral("lindstr"), QStringLiteral("LINDSTROM")}) {
        auto found = patients.search(query);
        QVERIFY(found.has_value());
        QCOMPARE(found->size(), std::size_t{1});
        QCOMPARE(found->front().firstName, QStringLiteral("Åsa"));
    }
    auto byId = patients.search(QStringLiteral("19121212"));
    QVERIFY(byId.has_value());
    QCOMPARE(byId->size(), std::size_t{1});
    QCOMPARE(byId->front().lastName, QStringLiteral("Tolvansson"));

    // The random password opens the vault again.
    demo->session.reset();
    auto again = VaultSession::login(dir, demo->userName, SecureBytes::fromUtf8(demo->password));
    QVERIFY(again.has_value());
}

// `--demo` shows the product: a clinic with a team, a week of appointments, a finished dental examination
// with its recording, transcript and signed note, a therapy draft, and an audit trail that verifies.
void TstDemoVault::showsTheProduct() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto demo = DemoVault::create(tmp.filePath(QStringLiteral("vault")));
    QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().detail));
    VaultSession& s = *demo->session;
    auto users = s.users().list();
    QVERIFY(users.has_value());
    int practitioners = 0;
    int receptionists = 0;
    for (const User& u : *users) {
        practitioners += u.role != Role::Receptionist ? 1 : 0;
        receptionists += u.role == Role::Receptionist ? 1 : 0;
    }
    QCOMPARE(practitioners, 3);
    QCOMPARE(receptionists, 1);
    auto clinic = ClinicSettingsStore(s.db(), s.session()).load();
    QVERIFY(clinic.has_value());
    QVERIFY(!clinic->profile.name.isEmpty());
    QVERIFY(clinic->profile.logoPng.startsWith("\x89PNG"));

    // A working week of appointments for the three practitioners, past ones done, one cancelled with why.
    const QDate today = QDate::currentDate();
    const QDate anchor = today.dayOfWeek() >= 6 ? today.addDays(8 - today.dayOfWeek()) : today;
    const QDate monday = anchor.addDays(1 - anchor.dayOfWeek());
    auto week = s.appointments().listBetween(QDateTime(monday, QTime(0, 0)).toMSecsSinceEpoch(),
                                             QDateTime(monday.addDays(7), QTime(0, 0)).toMSecsSinceEpoch(), 1000);
    QVERIFY(week.has_value());
    QVERIFY2(week->size() >= 60, qPrintable(QString::number(week->size())));
    QSet<QString> who;
    int cancelled = 0;
    for (const Appointment& a : *week) {
        who.insert(a.practitionerId.value_or(QString()));
        // The days before today are done (or a no-show, or cancelled); today's morning too. Later today
        // stays booked whatever the time the demo is made at, so the test holds at any hour.
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.startsAt);
        const bool past = start.date() < today || (start.date() == today && start.time() < QTime(11, 0));
        QVERIFY2(!past || a.status != QLatin1String("booked"), qPrintable(start.toString(Qt::ISODate)));
        if (a.status == QLatin1String("cancelled")) {
            ++cancelled;
            QVERIFY(a.cancelReason.has_value());
        }
    }
    QCOMPARE(who.size(), qsizetype(3));
    QCOMPARE(cancelled, 1);

    // The finished examination: a recording that sounds (not silence) for as long as its transcript says.
    auto recordings = s.recordings().list({});
    QVERIFY(recordings.has_value());
    QCOMPARE(recordings->size(), std::size_t{1});
    const Recording& recording = recordings->front();
    QCOMPARE(recording.state, RecordingState::Complete);
    auto audio = s.recordings().audio(recording.id, RecordingRepository::Purpose::Process);
    QVERIFY(audio.has_value());
    auto pcm = OggOpusDecoder::decodeAll(*audio);
    QVERIFY(pcm.has_value());
    const qint64 decodedMs = qint64(pcm->size()) * 1000 / OggOpusDecoder::kSampleRate;
    QVERIFY2(qAbs(decodedMs - recording.durationMs) < 200, qPrintable(QString::number(decodedMs)));
    double energy = 0;
    for (float v : *pcm) {
        energy += double(v) * double(v);
    }
    QVERIFY(std::sqrt(energy / double(pcm->size())) > 0.02); // speech-like, not silence
    auto transcript = TranscriptRepository(s.db(), s.session()).latestForRecording(recording.id);
    QVERIFY(transcript.has_value());
    QCOMPARE(transcript->segments.size(), std::size_t{7});
    QVERIFY(transcript->segments.back().endMs <= recording.durationMs);
    auto notes = NoteRepository(s.db(), s.session()).listForEncounter(recording.encounterId);
    QVERIFY(notes.has_value());
    QCOMPARE(notes->size(), std::size_t{1});
    QCOMPARE(notes->front().status, NoteStatus::Signed);
    QCOMPARE(notes->front().templateKey, QStringLiteral("dental-exam"));
    QVERIFY(!notes->front().evidence.value(QStringLiteral("statements")).toArray().isEmpty());

    // A therapy session with a draft DAP note, and an audit trail that verifies.
    auto drafts = s.db().scalar("SELECT count(*) FROM notes n JOIN note_templates t ON t.id = n.template_id "
                                "WHERE t.key = 'dap' AND n.status = 'draft'");
    QVERIFY(drafts.has_value());
    QCOMPARE(*drafts, 1);
    auto audit = s.verifyAudit();
    QVERIFY(audit.has_value());
    QVERIFY(audit->ok);
    QVERIFY(*s.db().scalar("SELECT count(*) FROM audit_log") > 100);
}

QTEST_MAIN(TstDemoVault)
#include "tst_demovault.moc"
