// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "demo/DemoClinic.h"

#include "audio/OpusStreamEncoder.h"
#include "demo/DemoSpeech.h"
#include "domain/AppointmentStatus.h"
#include "repo/AppointmentRepository.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/RecordingRepository.h"
#include "repo/TranscriptRepository.h"
#include "util/Logging.h"

#include <QBuffer>
#include <QDate>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace clinicdesk {

namespace {

template <typename T>
Status statusOf(const Result<T>& result) {
    return result ? Status{} : Status(std::unexpected(result.error()));
}

QString randomPassword() {
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

// A simple logo for the letterhead: a rounded square with a tooth outline, drawn at first start.
QByteArray logoPng() {
    QImage image(256, 256, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x6f, 0x8b));
        p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52);
        QPainterPath tooth;
        tooth.moveTo(128, 70);
        tooth.cubicTo(100, 52, 58, 60, 62, 108);
        tooth.cubicTo(66, 150, 84, 200, 100, 200);
        tooth.cubicTo(114, 200, 112, 150, 128, 150);
        tooth.cubicTo(144, 150, 142, 200, 156, 200);
        tooth.cubicTo(172, 200, 190, 150, 194, 108);
        tooth.cubicTo(198, 60, 156, 52, 128, 70);
        p.setBrush(Qt::white);
        p.drawPath(tooth);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The examination as it was said, one sentence per transcript segment.
const QStringList kExamination = {
    QStringLiteral("The patient reports sensitivity to cold on the upper right side for two weeks."),
    QStringLiteral("No changes in general health, no new medication."),
    QStringLiteral("Extraoral findings are normal, lymph nodes not palpable."),
    QStringLiteral("Tooth sixteen has caries mesial and occlusal."),
    QStringLiteral("Tooth twenty-six has an old amalgam filling that is intact."),
    QStringLiteral("Gingiva healthy, no bleeding on probing."),
    QStringLiteral("We plan a composite filling on sixteen next week."),
};

Result<QString> recordExamination(VaultSession& session, const QString& encounterId) {
    const DemoSpeech speech(kExamination);
    RecordingRepository recordings(session.db(), session.session());
    auto recording = recordings.begin(NewRecording{encounterId, RecordingSource::Microphone,
                                                   DemoClinic::tr("Demo microphone"), DemoSpeech::kSampleRate});
    if (!recording) {
        return std::unexpected(recording.error());
    }
    auto encoder = OpusStreamEncoder::create(DemoSpeech::kSampleRate);
    if (!encoder) {
        return std::unexpected(encoder.error());
    }
    const std::vector<float>& pcm = speech.samples();
    int seq = 0;
    for (std::size_t at = 0; at < pcm.size(); at += DemoSpeech::kSampleRate) {
        const std::size_t n = std::min<std::size_t>(DemoSpeech::kSampleRate, pcm.size() - at);
        if (auto s = (*encoder)->write(std::span<const float>(pcm.data() + at, n)); !s) {
            return std::unexpected(s.error());
        }
        if (const QByteArray pages = (*encoder)->takePages(true); !pages.isEmpty()) {
            if (auto s = recordings.appendChunk(recording->id, seq++, pages, (*encoder)->durationMs()); !s) {
                return std::unexpected(s.error());
            }
        }
    }
    auto last = (*encoder)->finish();
    if (!last) {
        return std::unexpected(last.error());
    }
    if (auto s = recordings.appendChunk(recording->id, seq, *last, speech.durationMs()); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = recordings.finish(recording->id, RecordingState::Complete, speech.durationMs()); !s) {
        return std::unexpected(s.error());
    }
    Transcript transcript;
    transcript.recordingId = recording->id;
    transcript.language = QStringLiteral("en");
    transcript.provider = QStringLiteral("demo");
    transcript.model = QStringLiteral("demo");
    transcript.text = kExamination.join(QLatin1Char(' '));
    for (std::size_t i = 0; i < speech.sentences().size(); ++i) {
        transcript.segments.push_back(TranscriptSegmentRow{
            int(i), speech.sentences()[i].startMs, speech.sentences()[i].endMs, kExamination[qsizetype(i)], QString()});
    }
    auto created = TranscriptRepository(session.db(), session.session()).create(transcript);
    if (!created) {
        return std::unexpected(created.error());
    }
    return created->id;
}

QJsonObject cite(const QString& transcriptId, const DemoSpeech& speech, int index) {
    const auto& s = speech.sentences()[std::size_t(index)];
    return {{QStringLiteral("transcript"), transcriptId},
            {QStringLiteral("index"), index},
            {QStringLiteral("start_ms"), double(s.startMs)},
            {QStringLiteral("end_ms"), double(s.endMs)}};
}

Status signedDentalNote(VaultSession& session, const QString& encounterId, const QString& transcriptId) {
    const DemoSpeech speech(kExamination); // the same timings as the recording
    const QJsonObject content{
        {QStringLiteral("chief_complaint"), QStringLiteral("Sensitivity to cold, upper right, for two weeks.")},
        {QStringLiteral("medical_history_changes"), QStringLiteral("None; no new medication.")},
        {QStringLiteral("extraoral"), QStringLiteral("Normal; lymph nodes not palpable.")},
        {QStringLiteral("intraoral_soft_tissue"), QJsonValue::Null},
        {QStringLiteral("teeth"),
         QJsonArray{QJsonObject{{QStringLiteral("tooth"), QStringLiteral("16")},
                                {QStringLiteral("surfaces"), QJsonArray{QStringLiteral("M"), QStringLiteral("O")}},
                                {QStringLiteral("finding"), QStringLiteral("caries")},
                                {QStringLiteral("note"), QJsonValue::Null}},
                    QJsonObject{{QStringLiteral("tooth"), QStringLiteral("26")},
                                {QStringLiteral("surfaces"), QJsonArray{}},
                                {QStringLiteral("finding"), QStringLiteral("restoration")},
                                {QStringLiteral("note"), QStringLiteral("Amalgam, intact.")}}}},
        {QStringLiteral("periodontal"), QStringLiteral("Healthy gingiva, no bleeding on probing.")},
        {QStringLiteral("radiographs"), QJsonValue::Null},
        {QStringLiteral("diagnosis"), QStringLiteral("Caries 16 MO.")},
        {QStringLiteral("treatment_plan"), QStringLiteral("Composite filling 16 MO next week.")}};
    QJsonArray statements;
    for (const auto& [path, index] : std::vector<std::pair<const char*, int>>{{"/chief_complaint", 0},
                                                                              {"/medical_history_changes", 1},
                                                                              {"/extraoral", 2},
                                                                              {"/teeth", 3},
                                                                              {"/teeth", 4},
                                                                              {"/periodontal", 5},
                                                                              {"/treatment_plan", 6}}) {
        statements.append(QJsonObject{{QStringLiteral("path"), QString::fromLatin1(path)},
                                      {QStringLiteral("segments"), QJsonArray{cite(transcriptId, speech, index)}}});
    }
    NewNote note;
    note.encounterId = encounterId;
    note.templateId = NoteTemplateRepository::builtinId(QStringLiteral("dental-exam"));
    note.content = content;
    note.evidence = {{QStringLiteral("statements"), statements}};
    note.transcriptId = transcriptId;
    note.language = QStringLiteral("en");
    NoteRepository notes(session.db(), session.session());
    auto draft = notes.createDraft(note);
    if (!draft) {
        return std::unexpected(draft.error());
    }
    return statusOf(notes.sign(draft->id));
}

Status dapDraft(VaultSession& session, const QString& encounterId) {
    NewNote note;
    note.encounterId = encounterId;
    note.templateId = NoteTemplateRepository::builtinId(QStringLiteral("dap"));
    note.content = {
        {QStringLiteral("data"), QStringLiteral("Second session. Sleep better since the last visit; worry about "
                                                "work remains most evenings.")},
        {QStringLiteral("assessment"), QStringLiteral("Engaged; early progress with the sleep routine.")},
        {QStringLiteral("plan"), QStringLiteral("Continue the worry diary; next session in two weeks.")}};
    note.language = QStringLiteral("en");
    return statusOf(NoteRepository(session.db(), session.session()).createDraft(note));
}

} // namespace

Status DemoClinic::fill(VaultSession& session) {
    // The clinic.
    ClinicSettings settings;
    settings.profile.name = tr("Lindby Dental & Therapy");
    settings.profile.address = QStringLiteral("Storgatan 12\n114 55 Stockholm");
    settings.profile.phone = QStringLiteral("08-123 456 00");
    settings.profile.email = QStringLiteral("reception@example.se");
    settings.profile.logoPng = logoPng();
    if (auto s = ClinicSettingsStore(session.db(), session.session()).save(settings); !s) {
        return s;
    }
    // The team.
    std::vector<QString> practitioners{session.user().id};
    for (const auto& [name, display, role, profession] :
         std::vector<std::tuple<const char*, const char*, Role, std::optional<Profession>>>{
             {"ingrid", "Dr Ingrid Holm", Role::Practitioner, Profession::Dentist},
             {"piotr", "Piotr Kowal", Role::Practitioner, Profession::Therapist},
             {"rita", "Rita Mokoena", Role::Receptionist, std::nullopt}}) {
        NewUser user{QString::fromLatin1(name), QString::fromUtf8(display), role, profession, std::nullopt};
        auto added = session.addUser(user, SecureBytes::fromUtf8(randomPassword()));
        if (!added) {
            return std::unexpected(added.error());
        }
        if (role == Role::Practitioner) {
            practitioners.push_back(added->id);
        }
    }
    auto patients = session.patients().list(100);
    if (!patients) {
        return std::unexpected(patients.error());
    }
    if (patients->size() < 20) {
        return fail(ErrorCode::Usage, tr("The demo needs its patients first."), QStringLiteral("demo: few patients"));
    }
    // A week of appointments, Monday to Friday of this week: the days before today done (one no-show), today
    // partly done, the rest booked; one cancelled with its reason.
    AppointmentRepository appointments(session.db(), session.session());
    const QDate today = QDate::currentDate();
    // The working week of today, or the coming one at a weekend.
    const QDate anchor = today.dayOfWeek() >= 6 ? today.addDays(8 - today.dayOfWeek()) : today;
    const QDate monday = anchor.addDays(1 - anchor.dayOfWeek());
    const std::vector<std::pair<QTime, int>> times{{QTime(8, 30), 45}, {QTime(9, 30), 60}, {QTime(11, 0), 30},
                                                   {QTime(13, 0), 45}, {QTime(14, 0), 60}, {QTime(15, 30), 45}};
    const QStringList reasons{tr("Check-up"), tr("Follow-up"), tr("Treatment"), tr("Consultation"), tr("Session")};
    std::size_t next = 0;
    QString firstToday;
    for (int day = 0; day < 5; ++day) {
        const QDate date = monday.addDays(day);
        for (std::size_t p = 0; p < practitioners.size(); ++p) {
            for (std::size_t slot = 0; slot < times.size(); ++slot) {
                if ((day + int(p) + int(slot)) % 5 == 4) {
                    continue; // a free slot now and then
                }
                AppointmentDraft draft;
                draft.patientId = (*patients)[next++ % patients->size()].id;
                draft.practitionerId = practitioners[p];
                draft.start = QDateTime(date, times[slot].first);
                draft.durationMinutes = times[slot].second;
                draft.reason = reasons[qsizetype((p == 2 ? 4 : (slot + std::size_t(day)) % 4))];
                auto added = appointments.add(draft);
                if (!added) {
                    return std::unexpected(added.error());
                }
                QString status;
                if (date < today || (date == today && slot < 2)) {
                    status = (day == 1 && slot == 3 && p == 1) ? AppointmentStatus::NoShow : AppointmentStatus::Done;
                } else if (date == today && slot == 2) {
                    status = AppointmentStatus::Arrived;
                }
                if (date == anchor && p == 0 && firstToday.isEmpty()) {
                    firstToday = added->patientId;
                }
                if (day == 4 && slot == 4 && p == 0) {
                    if (auto s = statusOf(appointments.cancel(added->id, tr("The patient is travelling."))); !s) {
                        return s;
                    }
                } else if (!status.isEmpty()) {
                    if (auto s = statusOf(appointments.setStatus(added->id, status)); !s) {
                        return s;
                    }
                }
            }
        }
    }
    // The finished dental examination (the demo dentist's first patient of the day) and a therapy session.
    auto dental = session.encounters().open(firstToday, Consent::Verbal);
    if (!dental) {
        return std::unexpected(dental.error());
    }
    auto transcript = recordExamination(session, dental->id);
    if (!transcript) {
        return std::unexpected(transcript.error());
    }
    if (auto s = signedDentalNote(session, dental->id, *transcript); !s) {
        return s;
    }
    auto therapy = session.encounters().open((*patients)[patients->size() / 2].id, Consent::Written);
    if (!therapy) {
        return std::unexpected(therapy.error());
    }
    if (auto s = dapDraft(session, therapy->id); !s) {
        return s;
    }
    qCInfo(lcUi) << "demo clinic filled";
    return {};
}

} // namespace clinicdesk
