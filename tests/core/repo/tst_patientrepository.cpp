// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// PatientRepository against a real vault: add/get/update/list/search,
// validation that writes nothing, duplicate national ids, FTS safety.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace clinicdesk;
using clinicdesk::test::readAll;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;

// Everything a failed write must not leave behind.
Footprint footprint(Database& db) {
    return Footprint::of(db,
                         {{"patients", "SELECT count(*) FROM patients"}, {"fts", "SELECT count(*) FROM patients_fts"}});
}

using clinicdesk::test::code;
using clinicdesk::test::patientDraft;

} // namespace

class TstPatientRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addNormalisesAndGetReturnsIt();
    void updateKeepsIdentityAndNotes();
    void updateUnknownIsNotFound();
    void listIsSortedAndPaged();
    void search_data();
    void search();
    void ftsSyntaxIsHarmless_data();
    void ftsSyntaxIsHarmless();
    void deletedPatientsVanish();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void duplicateNationalIdIsSavedWithWarning();
    void nationalIdKindsAreRecorded();
    void clinicalNotesAreNullOnlyWhenHidden();

private:
    // A shared, read-mostly population for the search tests.
    std::unique_ptr<TestVault> m_vault;
    std::map<QString, QString> m_ids; // key -> patient id
};

void TstPatientRepository::initTestCase() {
    m_vault = std::make_unique<TestVault>();
    PatientRepository repo = m_vault->session().patients();
    const struct {
        const char* key;
        PatientDraft draft;
    } population[] = {
        {"asa", patientDraft(QStringLiteral("Åsa"), QStringLiteral("Öberg"), QStringLiteral("19121212-1212"),
                             QStringLiteral("070-123 45 67"), QStringLiteral("asa.oberg@example.se"))},
        {"asahel", patientDraft(QStringLiteral("Asahel"), QStringLiteral("Obermann"))},
        {"jan", patientDraft(QStringLiteral("Jan"), QStringLiteral("Kowalski"), QStringLiteral("44051401359"),
                             QStringLiteral("+48 601 234 567"), QStringLiteral("jan.k@poczta.example.pl"))},
        {"thabo", patientDraft(QStringLiteral("Thabo"), QStringLiteral("Mokoena"), QStringLiteral("8001015009087"),
                               QStringLiteral("+27 82 555 0101"), QStringLiteral("thabo@mail.example.za"))},
        {"elsa", patientDraft(QStringLiteral("Elsa"), QStringLiteral("Andersson"), QStringLiteral("20080903-2386"),
                              QStringLiteral("08-765 43 21"), QStringLiteral("elsa@example.se"))},
        {"anders", patientDraft(QStringLiteral("Anders"), QStringLiteral("Åberg"))},
    };
    for (const auto& p : population) {
        auto saved = repo.add(p.draft);
        CHECK_OK(saved);
        m_ids[QString::fromLatin1(p.key)] = saved->patient.id;
    }
}

void TstPatientRepository::addNormalisesAndGetReturnsIt() {
    TestVault tv;
    PatientDraft d =
        patientDraft(QStringLiteral("  Karin  "), QStringLiteral(" Larsson   Berg "), QStringLiteral("191212121212"),
                     QStringLiteral("+46 70 111 22 33"), QStringLiteral("karin@example.se"));
    d.address = QStringLiteral("Storgatan 1, Uppsala");
    d.clinicalNotes = QStringLiteral("  Anxious about needles.  ");
    auto saved = tv.session().patients().add(d);
    CHECK_OK(saved);
    const Patient& p = saved->patient;
    QVERIFY(!p.id.isEmpty());
    QCOMPARE(p.firstName, QStringLiteral("Karin"));
    QCOMPARE(p.lastName, QStringLiteral("Larsson Berg"));
    QCOMPARE(p.nationalId, std::optional<QString>(QStringLiteral("19121212-1212")));
    QCOMPARE(p.nationalIdKind, std::optional<QString>(QStringLiteral("se_personnummer")));
    QCOMPARE(p.dateOfBirth, std::optional<QDate>(QDate(1912, 12, 12))); // taken from the national id
    QCOMPARE(p.clinicalNotes, std::optional<QString>(QStringLiteral("Anxious about needles.")));
    QVERIFY(p.createdAt > 0);
    QCOMPARE(p.updatedAt, p.createdAt);
    QVERIFY(saved->sameNationalId.isEmpty());

    auto got = tv.session().patients().get(p.id);
    CHECK_OK(got);
    QCOMPARE(got->id, p.id);
    QCOMPARE(got->firstName, p.firstName);
    QCOMPARE(got->lastName, p.lastName);
    QCOMPARE(got->dateOfBirth, p.dateOfBirth);
    QCOMPARE(got->nationalId, p.nationalId);
    QCOMPARE(got->nationalIdKind, p.nationalIdKind);
    QCOMPARE(got->phone, std::optional<QString>(QStringLiteral("+46 70 111 22 33")));
    QCOMPARE(got->email, std::optional<QString>(QStringLiteral("karin@example.se")));
    QCOMPARE(got->address, std::optional<QString>(QStringLiteral("Storgatan 1, Uppsala")));
    QCOMPARE(got->clinicalNotes, p.clinicalNotes);
    QCOMPARE(got->createdAt, p.createdAt);
    auto total = tv.session().patients().count();
    CHECK_OK(total);
    QCOMPARE(*total, std::int64_t{1});

    // Optional fields left empty are stored as absent, not as empty strings.
    auto minimal = tv.session().patients().add(patientDraft(QStringLiteral("Bo"), QStringLiteral("Ek")));
    CHECK_OK(minimal);
    auto gotMinimal = tv.session().patients().get(minimal->patient.id);
    CHECK_OK(gotMinimal);
    QVERIFY(!gotMinimal->nationalId);
    QVERIFY(!gotMinimal->dateOfBirth);
    QVERIFY(!gotMinimal->phone);
    QVERIFY(!gotMinimal->email);
    QVERIFY(!gotMinimal->address);
}

void TstPatientRepository::updateKeepsIdentityAndNotes() {
    TestVault tv;
    PatientDraft d = patientDraft(QStringLiteral("Karin"), QStringLiteral("Larsson"), QStringLiteral("19121212-1212"));
    d.clinicalNotes = QStringLiteral("Notes v1");
    auto saved = tv.session().patients().add(d);
    CHECK_OK(saved);
    QTest::qWait(5); // let the clock move so updated_at can differ

    PatientDraft change = patientDraft(QStringLiteral("Karin"), QStringLiteral("Berg"), QStringLiteral("19121212-1212"),
                                       QStringLiteral("0701112233"));
    change.clinicalNotes = std::nullopt; // leave notes as they are
    auto updated = tv.session().patients().update(saved->patient.id, change);
    CHECK_OK(updated);
    QCOMPARE(updated->patient.id, saved->patient.id);
    QCOMPARE(updated->patient.lastName, QStringLiteral("Berg"));
    QCOMPARE(updated->patient.createdAt, saved->patient.createdAt);
    QVERIFY(updated->patient.updatedAt > saved->patient.updatedAt);
    QCOMPARE(updated->patient.clinicalNotes, std::optional<QString>(QStringLiteral("Notes v1")));

    auto got = tv.session().patients().get(saved->patient.id);
    CHECK_OK(got);
    QCOMPARE(got->lastName, QStringLiteral("Berg"));
    QCOMPARE(got->phone, std::optional<QString>(QStringLiteral("0701112233")));
    QCOMPARE(got->clinicalNotes, std::optional<QString>(QStringLiteral("Notes v1")));
    QCOMPARE(got->updatedAt, updated->patient.updatedAt);

    change.clinicalNotes = QStringLiteral("Notes v2");
    CHECK_OK(tv.session().patients().update(saved->patient.id, change));
    auto again = tv.session().patients().get(saved->patient.id);
    CHECK_OK(again);
    QCOMPARE(again->clinicalNotes, std::optional<QString>(QStringLiteral("Notes v2")));

    // The search index follows the update: the old last name is gone, the new one found.
    auto oldName = tv.session().patients().search(QStringLiteral("larsson"));
    CHECK_OK(oldName);
    QVERIFY(oldName->empty());
    auto newName = tv.session().patients().search(QStringLiteral("berg"));
    CHECK_OK(newName);
    QCOMPARE(newName->size(), std::size_t{1});
    auto byPhone = tv.session().patients().search(QStringLiteral("0701112233"));
    CHECK_OK(byPhone);
    QCOMPARE(byPhone->size(), std::size_t{1});
    QCOMPARE(scalarOf(tv.session().db(), "SELECT count(*) FROM patients_fts"), std::int64_t{1});
}

void TstPatientRepository::updateUnknownIsNotFound() {
    TestVault tv;
    Database& db = tv.session().db();
    const Footprint before = footprint(db);
    auto updated = tv.session().patients().update(QStringLiteral("no-such-id"), patientDraft("A", "B"));
    QVERIFY(!updated);
    QCOMPARE(code(updated.error().code), code(ErrorCode::NotFound));
    auto removed = tv.session().patients().remove(QStringLiteral("no-such-id"));
    QVERIFY(!removed);
    QCOMPARE(code(removed.error().code), code(ErrorCode::NotFound));
    auto got = tv.session().patients().get(QStringLiteral("no-such-id"));
    QVERIFY(!got);
    QCOMPARE(code(got.error().code), code(ErrorCode::NotFound));
    const Footprint after = footprint(db);
    QCOMPARE(after, before);
}

void TstPatientRepository::listIsSortedAndPaged() {
    auto all = m_vault->session().patients().list();
    CHECK_OK(all);
    QStringList names;
    for (const Patient& p : *all) {
        names << p.lastName + QStringLiteral(", ") + p.firstName;
    }
    // Sorted by last name, then first name, case-insensitively (NOCASE folds ASCII only, so Å/Ö sort last).
    const QStringList expected = {QStringLiteral("Andersson, Elsa"), QStringLiteral("Kowalski, Jan"),
                                  QStringLiteral("Mokoena, Thabo"),  QStringLiteral("Obermann, Asahel"),
                                  QStringLiteral("Åberg, Anders"),   QStringLiteral("Öberg, Åsa")};
    QCOMPARE(names, expected);

    auto page = m_vault->session().patients().list(2, 2);
    CHECK_OK(page);
    QCOMPARE(page->size(), std::size_t{2});
    QCOMPARE(page->at(0).id, all->at(2).id);
    QCOMPARE(page->at(1).id, all->at(3).id);
    auto total = m_vault->session().patients().count();
    CHECK_OK(total);
    QCOMPARE(*total, std::int64_t{6});
}

void TstPatientRepository::search_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const auto keys = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* key : list) {
            out << QString::fromLatin1(key);
        }
        return out;
    };
    // Names: prefixes, any order, diacritics folded both ways.
    QTest::newRow("first name prefix") << "Els" << keys({"elsa"});
    QTest::newRow("first name prefix lower") << "tha" << keys({"thabo"});
    QTest::newRow("last name prefix") << "kowal" << keys({"jan"});
    QTest::newRow("full name") << "Jan Kowalski" << keys({"jan"});
    QTest::newRow("name reversed") << "kowalski jan" << keys({"jan"});
    QTest::newRow("folded prefixes") << "asa obe" << keys({"asa", "asahel"});
    QTest::newRow("with diacritics") << "Åsa Öberg" << keys({"asa"});
    QTest::newRow("last name folded") << "oberg" << keys({"asa"});
    QTest::newRow("last name upper") << "ÖBERG" << keys({"asa"});
    QTest::newRow("Å folded") << "aberg" << keys({"anders"});
    QTest::newRow("first name shared prefix") << "asa" << keys({"asa", "asahel"});
    // National ids in every form a clinician types.
    QTest::newRow("se 12 digits dash") << "19121212-1212" << keys({"asa"});
    QTest::newRow("se 12 digits") << "191212121212" << keys({"asa"});
    QTest::newRow("se 10 digits dash") << "121212-1212" << keys({"asa"});
    QTest::newRow("se 10 digits") << "1212121212" << keys({"asa"});
    QTest::newRow("se 2008 dash") << "20080903-2386" << keys({"elsa"});
    QTest::newRow("se 2008 10 digits") << "0809032386" << keys({"elsa"});
    QTest::newRow("se 2008 short dash") << "080903-2386" << keys({"elsa"});
    QTest::newRow("pesel") << "44051401359" << keys({"jan"});
    QTest::newRow("pesel prefix") << "440514" << keys({"jan"});
    QTest::newRow("south african id") << "8001015009087" << keys({"thabo"});
    // Phone: as stored and as bare digits.
    QTest::newRow("phone digits") << "0701234567" << keys({"asa"});
    QTest::newRow("phone as written") << "070-123 45 67" << keys({"asa"});
    QTest::newRow("phone international digits") << "48601234567" << keys({"jan"});
    QTest::newRow("phone groups") << "601 234 567" << keys({"jan"});
    // E-mail.
    QTest::newRow("email") << "asa.oberg@example.se" << keys({"asa"});
    QTest::newRow("email prefix") << "thabo@mail" << keys({"thabo"});
    QTest::newRow("email domain") << "example.se" << keys({"asa", "elsa"});
    // Misses.
    QTest::newRow("no match") << "Zebulon" << QStringList();
    QTest::newRow("all words must match") << "jan mokoena" << QStringList();
    QTest::newRow("wrong digits") << "19121212-1213" << QStringList();
}

void TstPatientRepository::search() {
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto found = m_vault->session().patients().search(query);
    CHECK_OK(found);
    std::set<QString> got;
    for (const Patient& p : *found) {
        got.insert(p.id);
    }
    std::set<QString> want;
    for (const QString& key : expected) {
        want.insert(m_ids.at(key));
    }
    QStringList gotNames;
    for (const Patient& p : *found) {
        gotNames << p.fullName();
    }
    QVERIFY2(got == want, qPrintable(QStringLiteral("found: ") + gotNames.join(QStringLiteral(", "))));
    QCOMPARE(found->size(), got.size()); // no duplicates
}

void TstPatientRepository::ftsSyntaxIsHarmless_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("minimum"); // results at least (-1: any)
    QTest::newRow("unbalanced quote") << "\"asa" << 2;
    QTest::newRow("quoted phrase") << "\"asa öberg\"" << 1;
    QTest::newRow("OR") << "asa OR jan" << -1;
    QTest::newRow("AND NOT") << "asa AND NOT jan" << -1;
    QTest::newRow("star") << "asa*" << 2;
    QTest::newRow("lone star") << "*" << -1;
    QTest::newRow("leading minus") << "-asa" << 2;
    QTest::newRow("minus between") << "asa -obermann" << -1;
    QTest::newRow("NEAR") << "asa NEAR oberg" << -1;
    QTest::newRow("NEAR/2") << "asa NEAR/2 oberg" << -1;
    QTest::newRow("column filter") << "name:asa" << -1;
    QTest::newRow("brackets") << "(asa" << 2;
    QTest::newRow("caret") << "^asa" << 2;
    QTest::newRow("apostrophe") << "o'brien" << 0;
    QTest::newRow("sql injection") << "'); DROP TABLE patients; --" << -1;
    QTest::newRow("only punctuation") << "\"*-:()" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("very long") << QString(5000, QLatin1Char('a')) << 0;
    QTest::newRow("many words") << "a b c d e f g h i j k l m n o p" << -1;
}

void TstPatientRepository::ftsSyntaxIsHarmless() {
    QFETCH(QString, query);
    QFETCH(int, minimum);
    auto found = m_vault->session().patients().search(query);
    CHECK_OK(found);
    if (minimum >= 0) {
        QVERIFY2(found->size() >= static_cast<std::size_t>(minimum), qPrintable(QString::number(found->size())));
    }
    // The table is still there and intact.
    auto total = m_vault->session().patients().count();
    CHECK_OK(total);
    QCOMPARE(*total, std::int64_t{6});
    // The match expression the user input turns into holds no FTS operators.
    const QString match = PatientRepository::matchExpression(query);
    QVERIFY(!match.contains(QLatin1Char('"')));
    QVERIFY(!match.contains(QLatin1Char(':')));
    QVERIFY(!match.contains(QLatin1Char('(')));
    QVERIFY(!match.contains(QLatin1Char('-')));
    QVERIFY(!match.contains(QLatin1String("OR")));
    QVERIFY(!match.contains(QLatin1String("NEAR")));
    QVERIFY(!match.contains(QLatin1String("NOT")));
    QVERIFY(!match.contains(QLatin1String("AND")));
}

void TstPatientRepository::deletedPatientsVanish() {
    TestVault tv;
    auto keep = tv.session().patients().add(patientDraft(QStringLiteral("Greta"), QStringLiteral("Gustafsson")));
    auto gone =
        tv.session().patients().add(patientDraft(QStringLiteral("Gunnar"), QStringLiteral("Gustafsson"),
                                                 QStringLiteral("20080903-2386"), QStringLiteral("0709998877")));
    CHECK_OK(keep);
    CHECK_OK(gone);
    auto before = tv.session().patients().search(QStringLiteral("gustafsson"));
    CHECK_OK(before);
    QCOMPARE(before->size(), std::size_t{2});

    CHECK_OK(tv.session().patients().remove(gone->patient.id));
    for (const QString& query : {QStringLiteral("gustafsson"), QStringLiteral("gunnar"),
                                 QStringLiteral("20080903-2386"), QStringLiteral("0709998877")}) {
        auto found = tv.session().patients().search(query);
        CHECK_OK(found);
        for (const Patient& p : *found) {
            QVERIFY2(p.id != gone->patient.id, qPrintable(query));
        }
    }
    auto after = tv.session().patients().search(QStringLiteral("gustafsson"));
    CHECK_OK(after);
    QCOMPARE(after->size(), std::size_t{1});
    QCOMPARE(after->front().id, keep->patient.id);
    auto listed = tv.session().patients().list();
    CHECK_OK(listed);
    QCOMPARE(listed->size(), std::size_t{1});
    auto total = tv.session().patients().count();
    CHECK_OK(total);
    QCOMPARE(*total, std::int64_t{1});
    auto got = tv.session().patients().get(gone->patient.id);
    QVERIFY(!got);
    QCOMPARE(code(got.error().code), code(ErrorCode::NotFound));
    // A tombstone, not a hard delete (sync needs it); removing twice is NotFound.
    QCOMPARE(scalarOf(tv.session().db(), "SELECT count(*) FROM patients WHERE deleted_at IS NOT NULL"),
             std::int64_t{1});
    auto twice = tv.session().patients().remove(gone->patient.id);
    QVERIFY(!twice);
    QCOMPARE(code(twice.error().code), code(ErrorCode::NotFound));
    // Its national id no longer counts as a duplicate.
    auto reuse = tv.session().patients().add(
        patientDraft(QStringLiteral("Gunnar"), QStringLiteral("Gustafsson"), QStringLiteral("20080903-2386")));
    CHECK_OK(reuse);
    QVERIFY(reuse->sameNationalId.isEmpty());
}

void TstPatientRepository::invalidInputWritesNothing_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("dob");
    QTest::addColumn<QString>("nationalId");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("messagePart");
    const QString future = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    QTest::newRow("luhn") << "Bo"
                          << "Ek"
                          << ""
                          << "19121212-1213"
                          << ""
                          << ""
                          << "check digit";
    QTest::newRow("pesel check") << "Bo"
                                 << "Ek"
                                 << ""
                                 << "44051401358"
                                 << ""
                                 << ""
                                 << "check digit";
    QTest::newRow("sa luhn") << "Bo"
                             << "Ek"
                             << ""
                             << "8001015009088"
                             << ""
                             << ""
                             << "check digit";
    QTest::newRow("shape") << "Bo"
                           << "Ek"
                           << ""
                           << "12345"
                           << ""
                           << ""
                           << "national identity number";
    QTest::newRow("bad date in id") << "Bo"
                                    << "Ek"
                                    << ""
                                    << "19121312-1211"
                                    << ""
                                    << ""
                                    << "not a real date";
    QTest::newRow("dob in future") << "Bo"
                                   << "Ek" << future << ""
                                   << ""
                                   << ""
                                   << "future";
    QTest::newRow("dob not a date") << "Bo"
                                    << "Ek"
                                    << "1912-02-30"
                                    << ""
                                    << ""
                                    << ""
                                    << "YYYY-MM-DD";
    QTest::newRow("dob other format") << "Bo"
                                      << "Ek"
                                      << "12/12/1912"
                                      << ""
                                      << ""
                                      << ""
                                      << "YYYY-MM-DD";
    QTest::newRow("dob mismatches id") << "Bo"
                                       << "Ek"
                                       << "1912-12-13"
                                       << "19121212-1212"
                                       << ""
                                       << ""
                                       << "does not match";
    QTest::newRow("no first name") << "  "
                                   << "Ek"
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "first name";
    QTest::newRow("no last name") << "Bo"
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "last name";
    QTest::newRow("phone letters") << "Bo"
                                   << "Ek"
                                   << ""
                                   << ""
                                   << "call me"
                                   << ""
                                   << "phone";
    QTest::newRow("email") << "Bo"
                           << "Ek"
                           << ""
                           << ""
                           << ""
                           << "not-an-address"
                           << "e-mail";
}

void TstPatientRepository::invalidInputWritesNothing() {
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, dob);
    QFETCH(QString, nationalId);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, messagePart);
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    PatientDraft d = patientDraft(first, last, nationalId, phone, email);
    d.dateOfBirth = dob;
    auto saved = m_vault->session().patients().add(d);
    QVERIFY(!saved);
    QCOMPARE(code(saved.error().code), code(ErrorCode::InvalidInput));
    QVERIFY2(saved.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(saved.error().message));
    // The message and detail never echo the number back (it is patient data).
    if (!nationalId.isEmpty()) {
        QString digits = nationalId;
        digits.remove(QLatin1Char('-'));
        QVERIFY(!saved.error().message.contains(digits.right(4)));
        QVERIFY(!saved.error().detail.contains(digits.right(4)));
    }
    // The same draft is refused as an update of an existing patient, too.
    auto updated = m_vault->session().patients().update(m_ids.at(QStringLiteral("thabo")), d);
    QVERIFY(!updated);
    QCOMPARE(code(updated.error().code), code(ErrorCode::InvalidInput));

    const Footprint after = footprint(db);
    QCOMPARE(after, before);
    auto thabo = m_vault->session().patients().search(QStringLiteral("thabo"));
    CHECK_OK(thabo);
    QCOMPARE(thabo->size(), std::size_t{1});
    QCOMPARE(thabo->front().lastName, QStringLiteral("Mokoena"));
}

void TstPatientRepository::duplicateNationalIdIsSavedWithWarning() {
    TestVault tv;
    auto first = tv.session().patients().add(
        patientDraft(QStringLiteral("Tolvan"), QStringLiteral("Tolvansson"), QStringLiteral("19121212-1212")));
    CHECK_OK(first);
    QVERIFY(first->sameNationalId.isEmpty());

    auto second = tv.session().patients().add(
        patientDraft(QStringLiteral("Tolvan"), QStringLiteral("Dubblett"), QStringLiteral("191212121212")));
    CHECK_OK(second);
    QCOMPARE(second->sameNationalId, QStringList{first->patient.id});
    auto total = tv.session().patients().count();
    CHECK_OK(total);
    QCOMPARE(*total, std::int64_t{2});

    // The 10-digit form of the same person: 121212+1212 (born 1912, so "+" after turning 100).
    auto third =
        tv.session().patients().add(patientDraft(QStringLiteral("Tolvan"), QStringLiteral("Tredje"), "121212+1212"));
    CHECK_OK(third);
    QCOMPARE(third->patient.nationalId, std::optional<QString>(QStringLiteral("19121212-1212")));
    QStringList others = third->sameNationalId;
    others.sort();
    QStringList expected = {first->patient.id, second->patient.id};
    expected.sort();
    QCOMPARE(others, expected);

    // 121212-1212 (with "-") is someone born in 2012, so not a duplicate.
    auto child =
        tv.session().patients().add(patientDraft(QStringLiteral("Tolva"), QStringLiteral("Barn"), "121212-1212"));
    CHECK_OK(child);
    QCOMPARE(child->patient.nationalId, std::optional<QString>(QStringLiteral("20121212-1212")));
    QVERIFY(child->sameNationalId.isEmpty());

    // An update reports the others, never the record itself.
    auto updated = tv.session().patients().update(
        first->patient.id, patientDraft(QStringLiteral("Tolvan"), QStringLiteral("Tolvansson"), "19121212-1212"));
    CHECK_OK(updated);
    QVERIFY(!updated->sameNationalId.contains(first->patient.id));
    QCOMPARE(updated->sameNationalId.size(), 2);
    // Moving a patient onto someone else's number warns as well.
    auto moved = tv.session().patients().update(
        child->patient.id, patientDraft(QStringLiteral("Tolva"), QStringLiteral("Barn"), "19121212-1212"));
    CHECK_OK(moved);
    QCOMPARE(moved->sameNationalId.size(), 3);
}

void TstPatientRepository::nationalIdKindsAreRecorded() {
    const auto kindOf = [this](const char* key) {
        auto found = m_vault->session().patients().get(m_ids.at(QString::fromLatin1(key)));
        return found ? found->nationalIdKind.value_or(QString()) : QStringLiteral("?");
    };
    QCOMPARE(kindOf("asa"), QStringLiteral("se_personnummer"));
    QCOMPARE(kindOf("jan"), QStringLiteral("pl_pesel"));
    QCOMPARE(kindOf("thabo"), QStringLiteral("za_id"));
    QCOMPARE(kindOf("elsa"), QStringLiteral("se_personnummer"));

    auto validated = PatientRepository::validate(patientDraft("Jan", "Kowalski", "44051401359"));
    CHECK_OK(validated);
    QCOMPARE(validated->dateOfBirth, std::optional<QDate>(QDate(1944, 5, 14)));
    auto sa = PatientRepository::validate(patientDraft("Thabo", "Mokoena", "8001015009087"));
    CHECK_OK(sa);
    QCOMPARE(sa->dateOfBirth, std::optional<QDate>(QDate(1980, 1, 1)));
    auto se = PatientRepository::validate(patientDraft("Elsa", "Andersson", "20080903-2386"));
    CHECK_OK(se);
    QCOMPARE(se->dateOfBirth, std::optional<QDate>(QDate(2008, 9, 3)));
    // A matching explicit date of birth is accepted.
    PatientDraft withDob = patientDraft("Elsa", "Andersson", "20080903-2386");
    withDob.dateOfBirth = QStringLiteral("2008-09-03");
    CHECK_OK(PatientRepository::validate(withDob));
}

void TstPatientRepository::clinicalNotesAreNullOnlyWhenHidden() {
    // The admin is a clinical role here: notes come back as a (possibly empty) string.
    auto found = m_vault->session().patients().list();
    CHECK_OK(found);
    QVERIFY(!found->empty());
    for (const Patient& p : *found) {
        QVERIFY2(p.clinicalNotes.has_value(), qPrintable(p.fullName()));
    }
}

QTEST_GUILESS_MAIN(TstPatientRepository)

#include "tst_patientrepository.moc"
