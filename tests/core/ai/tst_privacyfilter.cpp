// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The privacy option: a patient's names and national id never reach the provider,
// and the placeholders in the answer become the real values again.

#include "ai/PrivacyFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace clinicdesk;

namespace {

Patient astrid() {
    Patient p;
    p.firstName = QStringLiteral("Astrid");
    p.lastName = QStringLiteral("Lindgren Ericsson");
    p.nationalId = QStringLiteral("191212121212");
    return p;
}

} // namespace

class TstPrivacyFilter : public QObject {
    Q_OBJECT

private slots:
    void namesAndIdsBecomePlaceholders_data();
    void namesAndIdsBecomePlaceholders();
    void otherWordsStay();
    void unmaskRestoresEveryString();
    void countsReplacements();
};

void TstPrivacyFilter::namesAndIdsBecomePlaceholders_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("first name") << "Hello Astrid, how are you?"
                                << "Hello [PATIENT_FIRST_NAME], how are you?";
    QTest::newRow("any case") << "ASTRID said so"
                              << "[PATIENT_FIRST_NAME] said so";
    QTest::newRow("double last name") << "Mrs Lindgren Ericsson is here"
                                      << "Mrs [PATIENT_LAST_NAME] is here";
    QTest::newRow("one of the last names") << "Ericsson arrived"
                                           << "[PATIENT_LAST_NAME] arrived";
    QTest::newRow("possessive") << "Astrid's tooth"
                                << "[PATIENT_FIRST_NAME]'s tooth";
    QTest::newRow("id with dash") << "id 19121212-1212 ok"
                                  << "id [PATIENT_NATIONAL_ID] ok";
    QTest::newRow("id short form") << "personnummer 121212-1212."
                                   << "personnummer [PATIENT_NATIONAL_ID].";
    QTest::newRow("id spoken in groups") << "it is 1912 1212 1212"
                                         << "it is [PATIENT_NATIONAL_ID]";
}

void TstPrivacyFilter::namesAndIdsBecomePlaceholders() {
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const PrivacyFilter filter(astrid());
    const QString out = filter.mask(text);
    QCOMPARE(out, masked);
    QVERIFY(!out.contains(QStringLiteral("Astrid"), Qt::CaseInsensitive));
    QVERIFY(!out.contains(QStringLiteral("121212")));
}

void TstPrivacyFilter::otherWordsStay() {
    const PrivacyFilter filter(astrid());
    // Names inside other words, other numbers and tooth numbers are left alone.
    const QString text = QStringLiteral("Astridsson has caries in 36; phone 0701234567; Ericssonska street");
    QCOMPARE(filter.mask(text), text);
}

void TstPrivacyFilter::unmaskRestoresEveryString() {
    const PrivacyFilter filter(astrid());
    const QJsonObject answer{
        {QStringLiteral("subjective"), QStringLiteral("[PATIENT_FIRST_NAME] reports pain")},
        {QStringLiteral("items"), QJsonArray{QStringLiteral("id [PATIENT_NATIONAL_ID]"), 36}},
        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("who"), QStringLiteral("[PATIENT_LAST_NAME]")}}}};
    const QJsonObject restored = filter.unmask(QJsonValue(answer)).toObject();
    QCOMPARE(restored.value(QStringLiteral("subjective")).toString(), QStringLiteral("Astrid reports pain"));
    QCOMPARE(restored.value(QStringLiteral("items")).toArray().at(0).toString(), QStringLiteral("id 191212121212"));
    QCOMPARE(restored.value(QStringLiteral("items")).toArray().at(1).toInt(), 36);
    QCOMPARE(restored.value(QStringLiteral("nested")).toObject().value(QStringLiteral("who")).toString(),
             QStringLiteral("Lindgren Ericsson"));
}

void TstPrivacyFilter::countsReplacements() {
    const PrivacyFilter filter(astrid());
    QCOMPARE(filter.count(QStringLiteral("Astrid Lindgren, 19121212-1212, Astrid")), 4);
    QCOMPARE(filter.count(QStringLiteral("nothing here")), 0);
}

QTEST_GUILESS_MAIN(TstPrivacyFilter)
#include "tst_privacyfilter.moc"
