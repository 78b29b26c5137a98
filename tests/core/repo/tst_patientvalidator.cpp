// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The rules of a patient record field by field (PatientRepository::problems, used by the form to show a
// message beside the field that is wrong): every problem of a draft is named with its field, in the
// order of the form, and a good draft has none.

#include "repo/PatientRepository.h"

#include <QTest>

using namespace clinicdesk;

Q_DECLARE_METATYPE(clinicdesk::PatientField)

class TstPatientValidator : public QObject {
    Q_OBJECT

private slots:
    void oneProblemIsNamedWithItsField_data();
    void oneProblemIsNamedWithItsField();
    void everyProblemIsListedInFormOrder();
    void aGoodDraftHasNone();
};

namespace {

const QDate kToday(2026, 12, 7);

PatientDraft good() {
    PatientDraft d;
    d.firstName = QStringLiteral("Åsa");
    d.lastName = QStringLiteral("Öberg");
    d.dateOfBirth = QStringLiteral("1912-12-12");
    d.nationalId = QStringLiteral("19121212-1212");
    d.phone = QStringLiteral("+46 70 123 45 67");
    d.email = QStringLiteral("asa@example.se");
    return d;
}

} // namespace

void TstPatientValidator::oneProblemIsNamedWithItsField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<PatientField>("expected");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no first name") << "first"
                                   << "" << PatientField::FirstName << "first name";
    QTest::newRow("no last name") << "last"
                                  << "  " << PatientField::LastName << "last name";
    QTest::newRow("future birth") << "dob"
                                  << "2027-01-01" << PatientField::DateOfBirth << "future";
    QTest::newRow("not a date") << "dob"
                                << "1912-02-30" << PatientField::DateOfBirth << "YYYY-MM-DD";
    QTest::newRow("luhn") << "nid"
                          << "19121212-1213" << PatientField::NationalId << "check digit";
    QTest::newRow("pesel") << "nid"
                           << "44051401358" << PatientField::NationalId << "check digit";
    QTest::newRow("sa id") << "nid"
                           << "8001015009088" << PatientField::NationalId << "check digit";
    QTest::newRow("phone") << "phone"
                           << "call me" << PatientField::Phone << "phone";
    QTest::newRow("email") << "email"
                           << "asa.example.se" << PatientField::Email << "e-mail";
}

void TstPatientValidator::oneProblemIsNamedWithItsField() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(PatientField, expected);
    QFETCH(QString, messagePart);
    PatientDraft d = good();
    if (field == QLatin1String("first")) {
        d.firstName = value;
    } else if (field == QLatin1String("last")) {
        d.lastName = value;
    } else if (field == QLatin1String("dob")) {
        d.dateOfBirth = value;
        d.nationalId.clear();
    } else if (field == QLatin1String("nid")) {
        d.nationalId = value;
        d.dateOfBirth.clear();
    } else if (field == QLatin1String("phone")) {
        d.phone = value;
    } else {
        d.email = value;
    }
    const auto problems = PatientRepository::problems(d, kToday);
    QCOMPARE(problems.size(), std::size_t{1});
    QCOMPARE(int(problems.front().field), int(expected));
    QVERIFY2(problems.front().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(problems.front().message));
    // validate() refuses the same draft, with the same message (the names share one sentence there).
    auto refused = PatientRepository::validate(d, kToday);
    QVERIFY(!refused);
    if (expected != PatientField::FirstName && expected != PatientField::LastName) {
        QCOMPARE(refused.error().message, problems.front().message);
    }
}

void TstPatientValidator::everyProblemIsListedInFormOrder() {
    PatientDraft d = good();
    d.firstName.clear();
    d.nationalId = QStringLiteral("12345");
    d.dateOfBirth = QStringLiteral("2030-05-05");
    d.email = QStringLiteral("nope");
    const auto problems = PatientRepository::problems(d, kToday);
    QCOMPARE(problems.size(), std::size_t{4});
    QCOMPARE(int(problems.at(0).field), int(PatientField::FirstName));
    QCOMPARE(int(problems.at(1).field), int(PatientField::DateOfBirth));
    QCOMPARE(int(problems.at(2).field), int(PatientField::NationalId));
    QCOMPARE(int(problems.at(3).field), int(PatientField::Email));
}

void TstPatientValidator::aGoodDraftHasNone() {
    QVERIFY(PatientRepository::problems(good(), kToday).empty());
    auto patient = PatientRepository::validate(good(), kToday);
    QVERIFY(patient.has_value());
    QCOMPARE(patient->nationalId, std::optional<QString>(QStringLiteral("19121212-1212")));
    // The date of birth may come from the national id alone.
    PatientDraft d = good();
    d.dateOfBirth.clear();
    auto fromId = PatientRepository::validate(d, kToday);
    QVERIFY(fromId.has_value());
    QCOMPARE(fromId->dateOfBirth, std::optional<QDate>(QDate(1912, 12, 12)));
}

QTEST_GUILESS_MAIN(TstPatientValidator)
#include "tst_patientvalidator.moc"
