// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The audit viewer's queries (AuditLog::list, count, forEach, actions) against a real vault: filters
// by user, action, date range and patient (the patient resolved to the records that belong to it,
// also one merged into it), pages read backwards by sequence number, and counts that agree.
#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "repo/RecordingRepository.h"

#include <QTest>

#include <set>

using namespace clinicdesk;
using clinicdesk::test::patientDraft;
using clinicdesk::test::scalarOf;
using clinicdesk::test::TestVault;

namespace {

std::set<QString> entityIds(const std::vector<AuditEntry>& entries) {
    std::set<QString> ids;
    for (const AuditEntry& e : entries) {
        ids.insert(e.entityId);
    }
    return ids;
}

} // namespace

class TstAuditFilter : public QObject {
    Q_OBJECT

    TestVault m_vault;
    QString m_ingrid;      // a patient with an appointment, an encounter and a recording
    QString m_duplicate;   // a record of Ingrid's merged into hers
    QString m_piotr;       // another patient
    QString m_appointment; // Ingrid's
    QString m_encounter;   // Ingrid's
    QString m_recording;   // Ingrid's
    QString m_ritaId;

private slots:
    void initTestCase();
    void everythingNewestFirstInPages();
    void byPatientFindsWhatBelongsToThem();
    void byUserActionAndDate();
    void filtersCombine();
};

void TstAuditFilter::initTestCase() {
    VaultSession& s = m_vault.session();
    auto ingrid = s.patients().add(patientDraft(QStringLiteral("Ingrid"), QStringLiteral("Holm")));
    auto piotr = s.patients().add(patientDraft(QStringLiteral("Piotr"), QStringLiteral("Nowak")));
    auto duplicate = s.patients().add(patientDraft(QStringLiteral("Ingrid"), QStringLiteral("Holm")));
    CHECK_OK(ingrid);
    CHECK_OK(piotr);
    CHECK_OK(duplicate);
    m_ingrid = ingrid->patient.id;
    m_piotr = piotr->patient.id;
    m_duplicate = duplicate->patient.id;
    AppointmentDraft appointment;
    appointment.patientId = m_ingrid;
    appointment.start = QDateTime(QDate(2030, 1, 2), QTime(9, 0));
    appointment.durationMinutes = 30;
    auto booked = s.appointments().add(appointment);
    CHECK_OK(booked);
    m_appointment = booked->id;
    auto encounter = s.encounters().open(m_ingrid, Consent::Verbal);
    CHECK_OK(encounter);
    m_encounter = encounter->id;
    NewRecording recording;
    recording.encounterId = m_encounter;
    recording.source = RecordingSource::Import;
    recording.sampleRate = 48000;
    auto started = RecordingRepository(s.db(), s.session()).begin(recording);
    CHECK_OK(started);
    m_recording = started->id;
    CHECK_OK(s.patients().get(m_piotr)); // a view of Piotr
    auto rita = m_vault.addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(rita);
    m_ritaId = rita->id;
    CHECK_OK(m_vault.loginAs(QStringLiteral("rita"), TestVault::passwordFor(QStringLiteral("rita"))));
    CHECK_OK(m_vault.session().patients().get(m_ingrid)); // rita opens Ingrid's record
    CHECK_OK(
        m_vault.loginAs(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword)));
    // The duplicate was merged into Ingrid's record (the merge itself is another issue's; its mark is enough).
    auto raw = m_vault.session().vault().openConnection();
    CHECK_OK(raw);
    auto merge = raw->prepare("UPDATE patients SET merged_into = ?, deleted_at = 1 WHERE id = ?");
    CHECK_OK(merge);
    merge->bindAll(m_ingrid, m_duplicate);
    CHECK_OK(merge->run());
}

void TstAuditFilter::everythingNewestFirstInPages() {
    AuditLog log(m_vault.session().db());
    auto all = log.list({}, 0, 1000);
    CHECK_OK(all);
    const std::int64_t total = scalarOf(m_vault.session().db(), "SELECT count(*) FROM audit_log");
    QCOMPARE(std::int64_t(all->size()), total);
    QCOMPARE(log.count({}).value_or(-1), total);
    for (std::size_t i = 1; i < all->size(); ++i) {
        QVERIFY((*all)[i - 1].seq > (*all)[i].seq);
    }
    // Pages of 5, each starting below the last one's oldest entry, give the same entries.
    std::vector<AuditEntry> paged;
    std::int64_t before = 0;
    while (true) {
        auto page = log.list({}, before, 5);
        CHECK_OK(page);
        if (page->empty()) {
            break;
        }
        QVERIFY(page->size() <= 5);
        paged.insert(paged.end(), page->begin(), page->end());
        before = page->back().seq;
    }
    QCOMPARE(paged.size(), all->size());
    QCOMPARE(paged.back().seq, std::int64_t{1});
    auto actions = log.actions();
    CHECK_OK(actions);
    QVERIFY(actions->contains(QStringLiteral("create")));
    QVERIFY(actions->contains(QStringLiteral("login")));
    QVERIFY(actions->contains(QStringLiteral("view")));
    QVERIFY(std::is_sorted(actions->begin(), actions->end()));
}

void TstAuditFilter::byPatientFindsWhatBelongsToThem() {
    AuditLog log(m_vault.session().db());
    AuditFilter filter;
    filter.patientId = m_ingrid;
    auto entries = log.list(filter, 0, 1000);
    CHECK_OK(entries);
    const std::set<QString> expected{m_ingrid, m_duplicate, m_appointment, m_encounter, m_recording};
    QCOMPARE(entityIds(*entries), expected);
    QCOMPARE(log.count(filter).value_or(-1), std::int64_t(entries->size()));
    // Rita's view of the record is among them.
    QVERIFY(std::any_of(entries->begin(), entries->end(), [&](const AuditEntry& e) {
        return e.userId == m_ritaId && e.action == QLatin1String("view") && e.entityId == m_ingrid;
    }));
    filter.patientId = m_piotr;
    auto piotr = log.list(filter, 0, 1000);
    CHECK_OK(piotr);
    QCOMPARE(entityIds(*piotr), std::set<QString>{m_piotr});
    QCOMPARE(piotr->size(), std::size_t{2}); // created, viewed
}

void TstAuditFilter::byUserActionAndDate() {
    AuditLog log(m_vault.session().db());
    AuditFilter byRita;
    byRita.userId = m_ritaId;
    auto rita = log.list(byRita, 0, 1000);
    CHECK_OK(rita);
    QVERIFY(!rita->empty());
    for (const AuditEntry& e : *rita) {
        QCOMPARE(e.userId, m_ritaId);
    }
    AuditFilter views;
    views.actions = {QStringLiteral("view"), QStringLiteral("login")};
    auto viewed = log.list(views, 0, 1000);
    CHECK_OK(viewed);
    QVERIFY(!viewed->empty());
    for (const AuditEntry& e : *viewed) {
        QVERIFY(e.action == QLatin1String("view") || e.action == QLatin1String("login"));
    }
    auto all = log.list({}, 0, 1000);
    CHECK_OK(all);
    AuditFilter future;
    future.fromMs = all->front().at + 1;
    QCOMPARE(log.count(future).value_or(-1), std::int64_t{0});
    AuditFilter past;
    past.toMs = all->back().at; // exclusive
    QCOMPARE(log.count(past).value_or(-1), std::int64_t{0});
    AuditFilter span;
    span.fromMs = all->back().at;
    span.toMs = all->front().at + 1;
    QCOMPARE(log.count(span).value_or(-1), std::int64_t(all->size()));
}

void TstAuditFilter::filtersCombine() {
    AuditLog log(m_vault.session().db());
    AuditFilter filter;
    filter.patientId = m_ingrid;
    filter.userId = m_ritaId;
    filter.actions = {QStringLiteral("view")};
    auto entries = log.list(filter, 0, 1000);
    CHECK_OK(entries);
    QCOMPARE(entries->size(), std::size_t{1});
    QCOMPARE(entries->front().entityId, m_ingrid);
    std::vector<std::int64_t> visited;
    CHECK_OK(log.forEach(filter, [&](const AuditEntry& e) {
        visited.push_back(e.seq);
        return true;
    }));
    QCOMPARE(visited, std::vector<std::int64_t>{entries->front().seq});
}

QTEST_GUILESS_MAIN(TstAuditFilter)
#include "tst_auditfilter.moc"
