// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/NationalId.h"

#include <QRegularExpression>
#include <QTest>

using clinicdesk::ErrorCode;
using clinicdesk::NationalId;
using clinicdesk::NationalIdKind;

Q_DECLARE_METATYPE(clinicdesk::NationalIdKind)

namespace {

// Every test that depends on "today" passes this date, so the results do not change with the calendar.
const QDate kToday(2024, 6, 15);

const QString kShapeMessage = QStringLiteral(
    "A national identity number must be a Swedish personnummer (10 or 12 digits), a Polish PESEL (11 digits) or "
    "a South African ID (13 digits).");
const QString kPersonnummerLuhn = QStringLiteral("The Swedish personnummer has a wrong check digit (Luhn).");
const QString kSamordningsnummerLuhn = QStringLiteral("The Swedish samordningsnummer has a wrong check digit (Luhn).");
const QString kPersonnummerDate =
    QStringLiteral("The date of birth encoded in the Swedish personnummer is not a real date.");
const QString kSamordningsnummerDate =
    QStringLiteral("The date of birth encoded in the Swedish samordningsnummer is not a real date.");
const QString kPersonnummerFuture =
    QStringLiteral("The date of birth encoded in the Swedish personnummer is in the future.");
const QString kPeselCheck = QStringLiteral("The PESEL number has a wrong check digit.");
const QString kPeselDate = QStringLiteral("The date of birth encoded in the PESEL number is not a real date.");
const QString kPeselFuture = QStringLiteral("The date of birth encoded in the PESEL number is in the future.");
const QString kSaLuhn = QStringLiteral("The South African ID number has a wrong check digit (Luhn).");
const QString kSaDate = QStringLiteral("The date of birth encoded in the South African ID number is not a real date.");
const QString kSaCitizenship =
    QStringLiteral("The South African ID number has an invalid citizenship digit (it must be 0, 1 or 2).");

} // namespace

class TstNationalId : public QObject {
    Q_OBJECT

private slots:
    void parsesValidNumbers_data();
    void parsesValidNumbers();
    void refusesInvalidNumbers_data();
    void refusesInvalidNumbers();
    void resolvesSwedishCentury_data();
    void resolvesSwedishCentury();
    void resolvesPeselCentury_data();
    void resolvesPeselCentury();
    void resolvesSouthAfricanCentury_data();
    void resolvesSouthAfricanCentury();
    void errorsNeverContainTheNumber_data();
    void errorsNeverContainTheNumber();
    void usesCurrentDateByDefault();
    void refusesInvalidReferenceDate();
    void normalizedFormParsesToTheSameNumber_data();
    void normalizedFormParsesToTheSameNumber();
    void kindKeysAndNames();
};

void TstNationalId::parsesValidNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<NationalIdKind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QDate>("birthDate");

    const auto pnr = NationalIdKind::SwedishPersonnummer;
    const auto samn = NationalIdKind::SwedishSamordningsnummer;
    const auto pesel = NationalIdKind::PolishPesel;
    const auto za = NationalIdKind::SouthAfricanId;

    // Swedish test personnummer (Skatteverket's examples and widely used test numbers).
    QTest::newRow("se 12 digits with dash") << "19121212-1212" << pnr << "19121212-1212"
                                            << "191212121212" << QDate(1912, 12, 12);
    QTest::newRow("se 12 digits plain") << "191212121212" << pnr << "19121212-1212"
                                        << "191212121212" << QDate(1912, 12, 12);
    QTest::newRow("se 10 digits with dash") << "121212-1212" << pnr << "20121212-1212"
                                            << "201212121212" << QDate(2012, 12, 12);
    QTest::newRow("se 10 digits plain") << "1212121212" << pnr << "20121212-1212"
                                        << "201212121212" << QDate(2012, 12, 12);
    QTest::newRow("se 10 digits with plus") << "121212+1212" << pnr << "19121212-1212"
                                            << "191212121212" << QDate(1912, 12, 12);
    QTest::newRow("se 2008") << "20080903-2386" << pnr << "20080903-2386"
                             << "200809032386" << QDate(2008, 9, 3);
    QTest::newRow("se skatteverket check digit example") << "640823-3234" << pnr << "19640823-3234"
                                                         << "196408233234" << QDate(1964, 8, 23);
    QTest::newRow("se 1981") << "19811218-9876" << pnr << "19811218-9876"
                             << "198112189876" << QDate(1981, 12, 18);
    QTest::newRow("se 1981 short") << "811218-9876" << pnr << "19811218-9876"
                                   << "198112189876" << QDate(1981, 12, 18);
    QTest::newRow("se leap day 2000") << "000229-1235" << pnr << "20000229-1235"
                                      << "200002291235" << QDate(2000, 2, 29);
    QTest::newRow("se with spaces") << " 1912 1212 - 1212 " << pnr << "19121212-1212"
                                    << "191212121212" << QDate(1912, 12, 12);
    QTest::newRow("se born today") << "240615-1239" << pnr << "20240615-1239"
                                   << "202406151239" << QDate(2024, 6, 15);

    // Samordningsnummer: day + 60.
    QTest::newRow("samn 1970") << "701063-2391" << samn << "19701063-2391"
                               << "197010632391" << QDate(1970, 10, 3);
    QTest::newRow("samn 1970 plain") << "7010632391" << samn << "19701063-2391"
                                     << "197010632391" << QDate(1970, 10, 3);
    QTest::newRow("samn 2012") << "121272-1219" << samn << "20121272-1219"
                               << "201212721219" << QDate(2012, 12, 12);
    QTest::newRow("samn 12 digits") << "19121272-1219" << samn << "19121272-1219"
                                    << "191212721219" << QDate(1912, 12, 12);

    // PESEL.
    QTest::newRow("pesel 1944") << "44051401359" << pesel << "44051401359"
                                << "44051401359" << QDate(1944, 5, 14);
    QTest::newRow("pesel 1949") << "49040501580" << pesel << "49040501580"
                                << "49040501580" << QDate(1949, 4, 5);
    QTest::newRow("pesel 1902") << "02070803628" << pesel << "02070803628"
                                << "02070803628" << QDate(1902, 7, 8);
    QTest::newRow("pesel 2002") << "02270803624" << pesel << "02270803624"
                                << "02270803624" << QDate(2002, 7, 8);
    QTest::newRow("pesel 1805") << "05820112348" << pesel << "05820112348"
                                << "05820112348" << QDate(1805, 2, 1);
    QTest::newRow("pesel leap day 2000") << "00222912349" << pesel << "00222912349"
                                         << "00222912349" << QDate(2000, 2, 29);
    QTest::newRow("pesel with spaces") << "440514 01359" << pesel << "44051401359"
                                       << "44051401359" << QDate(1944, 5, 14);

    // South African ID.
    QTest::newRow("za 1980") << "8001015009087" << za << "8001015009087"
                             << "8001015009087" << QDate(1980, 1, 1);
    QTest::newRow("za 1986") << "8605065397083" << za << "8605065397083"
                             << "8605065397083" << QDate(1986, 5, 6);
    QTest::newRow("za 2005") << "0501015009084" << za << "0501015009084"
                             << "0501015009084" << QDate(2005, 1, 1);
    QTest::newRow("za permanent resident") << "8001015009186" << za << "8001015009186"
                                           << "8001015009186" << QDate(1980, 1, 1);
    QTest::newRow("za refugee") << "8001015009285" << za << "8001015009285"
                                << "8001015009285" << QDate(1980, 1, 1);
    QTest::newRow("za with spaces") << "800101 5009 087" << za << "8001015009087"
                                    << "8001015009087" << QDate(1980, 1, 1);
}

void TstNationalId::parsesValidNumbers() {
    QFETCH(QString, input);
    QFETCH(NationalIdKind, kind);
    QFETCH(QString, normalized);
    QFETCH(QString, digits);
    QFETCH(QDate, birthDate);

    const auto id = NationalId::parse(input, kToday);
    QVERIFY2(id.has_value(), qPrintable(id.has_value() ? QString() : id.error().message));
    QCOMPARE(id->kind(), kind);
    QCOMPARE(id->normalized(), normalized);
    QCOMPARE(id->digits(), digits);
    QCOMPARE(id->birthDate(), birthDate);
}

void TstNationalId::refusesInvalidNumbers_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");

    // Wrong check digits.
    QTest::newRow("se 12 digits luhn") << "19121212-1213" << kPersonnummerLuhn;
    QTest::newRow("se 10 digits luhn") << "121212-1213" << kPersonnummerLuhn;
    QTest::newRow("se swapped digits") << "19121212-2112" << kPersonnummerLuhn;
    QTest::newRow("se blog example with wrong check digit") << "481210-7815" << kPersonnummerLuhn;
    QTest::newRow("samn luhn") << "701063-2392" << kSamordningsnummerLuhn;
    QTest::newRow("pesel check digit") << "44051401358" << kPeselCheck;
    QTest::newRow("pesel 12345678901") << "12345678901" << kPeselCheck;
    QTest::newRow("za luhn") << "8001015009088" << kSaLuhn;
    QTest::newRow("za luhn swapped") << "8001015009078" << kSaLuhn;

    // Check digit right, date impossible.
    QTest::newRow("se 19990230") << "19990230-1234" << kPersonnummerDate;
    QTest::newRow("se 990230") << "990230-1234" << kPersonnummerDate;
    QTest::newRow("se 1970-02-29") << "700229-1230" << kPersonnummerDate;
    QTest::newRow("samn february 31") << "990291-1230" << kSamordningsnummerDate;
    QTest::newRow("pesel month 13") << "44131401350" << kPeselDate;
    QTest::newRow("pesel month 34") << "12345678903" << kPeselDate;
    QTest::newRow("pesel 1900-02-29") << "00022912343" << kPeselDate;
    QTest::newRow("pesel 1901-02-29") << "01022912340" << kPeselDate;
    QTest::newRow("za february 30") << "8002305009084" << kSaDate;

    // Check digit and date right, birth date after today (2024-06-15).
    QTest::newRow("se 12 digits future") << "20251212-1233" << kPersonnummerFuture;
    QTest::newRow("se 10 digits later this year") << "240620-1232" << kPersonnummerFuture;
    QTest::newRow("pesel future") << "24262001236" << kPeselFuture;
    QTest::newRow("pesel 2100s") << "00410112340" << kPeselFuture;
    QTest::newRow("pesel 2200s") << "00610112346" << kPeselFuture;

    // Other rules.
    QTest::newRow("za citizenship 3") << "8001015009384" << kSaCitizenship;

    // Shape.
    QTest::newRow("empty") << "" << kShapeMessage;
    QTest::newRow("only spaces") << "   " << kShapeMessage;
    QTest::newRow("9 digits") << "121212121" << kShapeMessage;
    QTest::newRow("14 digits") << "80010150090870" << kShapeMessage;
    QTest::newRow("letter") << "19121212-121A" << kShapeMessage;
    QTest::newRow("letters only") << "abcdefghij" << kShapeMessage;
    QTest::newRow("plus with 12 digits") << "19121212+1212" << kShapeMessage;
    QTest::newRow("separator in the wrong place") << "1212-121212" << kShapeMessage;
    QTest::newRow("two separators") << "121212--1212" << kShapeMessage;
    QTest::newRow("dash and plus") << "121212-+1212" << kShapeMessage;
    QTest::newRow("dash in pesel") << "440514-01359" << kShapeMessage;
    QTest::newRow("dash in za id") << "800101-5009087" << kShapeMessage;
    QTest::newRow("slash") << "121212/1212" << kShapeMessage;
    QTest::newRow("arabic-indic digits") << QStringLiteral(u"\u0661\u0662\u0661\u0662\u0661\u0662-1212")
                                         << kShapeMessage;
    QTest::newRow("fullwidth digits") << QStringLiteral(u"\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12-1212") << kShapeMessage;
}

void TstNationalId::refusesInvalidNumbers() {
    QFETCH(QString, input);
    QFETCH(QString, message);

    const auto id = NationalId::parse(input, kToday);
    QVERIFY2(!id.has_value(), qPrintable(id.has_value() ? id->normalized() : QString()));
    QCOMPARE(id.error().code, ErrorCode::InvalidInput);
    QCOMPARE(id.error().message, message);
}

void TstNationalId::resolvesSwedishCentury_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birthDate"); // invalid when the number must be refused
    QTest::addColumn<QString>("message");

    QTest::newRow("dash: under 100") << "121212-1212" << kToday << QDate(2012, 12, 12) << QString();
    QTest::newRow("plus: 100 years older") << "121212+1212" << kToday << QDate(1912, 12, 12) << QString();
    QTest::newRow("dash: 99 years") << "250101-1239" << kToday << QDate(1925, 1, 1) << QString();
    QTest::newRow("dash: this year") << "240101-1230" << kToday << QDate(2024, 1, 1) << QString();
    QTest::newRow("plus: turns 100 this year") << "240101+1230" << kToday << QDate(1924, 1, 1) << QString();
    QTest::newRow("plus: born 1924 after today's date") << "240620+1232" << kToday << QDate(1924, 6, 20) << QString();
    QTest::newRow("plus: 1800s") << "180101+1238" << QDate(1920, 1, 1) << QDate(1818, 1, 1) << QString();
    QTest::newRow("12 digits ignore today") << "19180101-1238" << kToday << QDate(1918, 1, 1) << QString();
    QTest::newRow("dash: another today") << "121212-1212" << QDate(2011, 1, 1) << QDate(1912, 12, 12) << QString();
    // The year the person turns 100 the separator becomes '+', so on 2012-12-11 "121212-1212" is a baby born
    // tomorrow, which cannot be.
    QTest::newRow("dash: the day before") << "121212-1212" << QDate(2012, 12, 11) << QDate() << kPersonnummerFuture;
    QTest::newRow("plus: the day before") << "121212+1212" << QDate(2012, 12, 11) << QDate(1912, 12, 12) << QString();
    QTest::newRow("dash: on the day") << "121212-1212" << QDate(2012, 12, 12) << QDate(2012, 12, 12) << QString();
    QTest::newRow("dash: leap day 2000") << "000229-1235" << kToday << QDate(2000, 2, 29) << QString();
    QTest::newRow("plus: leap day 1900") << "000229+1235" << kToday << QDate() << kPersonnummerDate;
    QTest::newRow("samn plus") << "701063+2391" << kToday << QDate(1870, 10, 3) << QString();
    QTest::newRow("samn dash in 1970") << "701063-2391" << QDate(1971, 1, 1) << QDate(1970, 10, 3) << QString();
}

void TstNationalId::resolvesSwedishCentury() {
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(QDate, birthDate);
    QFETCH(QString, message);

    const auto id = NationalId::parse(input, today);
    if (birthDate.isValid()) {
        QVERIFY2(id.has_value(), qPrintable(id.has_value() ? QString() : id.error().message));
        QCOMPARE(id->birthDate(), birthDate);
        QCOMPARE(id->digits().left(4).toInt(), birthDate.year());
    } else {
        QVERIFY2(!id.has_value(), qPrintable(id.has_value() ? id->normalized() : QString()));
        QCOMPARE(id.error().code, ErrorCode::InvalidInput);
        QCOMPARE(id.error().message, message);
    }
}

void TstNationalId::resolvesPeselCentury_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("birthDate");

    // Far in the future, so that the 2100s and 2200s are in the past.
    QTest::newRow("+80 1800s") << "05820112348" << QDate(1805, 2, 1);
    QTest::newRow("+0 1900s") << "81010112347" << QDate(1981, 1, 1);
    QTest::newRow("+20 2000s") << "00210112344" << QDate(2000, 1, 1);
    QTest::newRow("+40 2100s") << "00410112340" << QDate(2100, 1, 1);
    QTest::newRow("+60 2200s") << "00610112346" << QDate(2200, 1, 1);
    QTest::newRow("2024 month 6") << "24262001236" << QDate(2024, 6, 20);
    QTest::newRow("2124 month 6") << "24462001232" << QDate(2124, 6, 20);
}

void TstNationalId::resolvesPeselCentury() {
    QFETCH(QString, input);
    QFETCH(QDate, birthDate);

    const auto id = NationalId::parse(input, QDate(2300, 1, 1));
    QVERIFY2(id.has_value(), qPrintable(id.has_value() ? QString() : id.error().message));
    QCOMPARE(id->kind(), NationalIdKind::PolishPesel);
    QCOMPARE(id->birthDate(), birthDate);
}

void TstNationalId::resolvesSouthAfricanCentury_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birthDate"); // invalid when the number must be refused
    QTest::addColumn<QString>("message");

    QTest::newRow("1980") << "8001015009087" << kToday << QDate(1980, 1, 1) << QString();
    QTest::newRow("2005") << "0501015009084" << kToday << QDate(2005, 1, 1) << QString();
    QTest::newRow("2005 seen from 2004") << "0501015009084" << QDate(2004, 12, 31) << QDate(1905, 1, 1) << QString();
    QTest::newRow("born today") << "2406155009084" << kToday << QDate(2024, 6, 15) << QString();
    QTest::newRow("tomorrow means 1924") << "2406165009082" << kToday << QDate(1924, 6, 16) << QString();
    QTest::newRow("leap day 2000") << "0002295009084" << kToday << QDate(2000, 2, 29) << QString();
    QTest::newRow("leap day before 2000") << "0002295009084" << QDate(1999, 12, 31) << QDate() << kSaDate;
}

void TstNationalId::resolvesSouthAfricanCentury() {
    QFETCH(QString, input);
    QFETCH(QDate, today);
    QFETCH(QDate, birthDate);
    QFETCH(QString, message);

    const auto id = NationalId::parse(input, today);
    if (birthDate.isValid()) {
        QVERIFY2(id.has_value(), qPrintable(id.has_value() ? QString() : id.error().message));
        QCOMPARE(id->kind(), NationalIdKind::SouthAfricanId);
        QCOMPARE(id->birthDate(), birthDate);
    } else {
        QVERIFY2(!id.has_value(), qPrintable(id.has_value() ? id->normalized() : QString()));
        QCOMPARE(id.error().code, ErrorCode::InvalidInput);
        QCOMPARE(id.error().message, message);
    }
}

void TstNationalId::errorsNeverContainTheNumber_data() {
    QTest::addColumn<QString>("input");

    QTest::newRow("se luhn") << "19121212-1213";
    QTest::newRow("se date") << "19990230-1234";
    QTest::newRow("se future") << "20251212-1233";
    QTest::newRow("samn luhn") << "701063-2392";
    QTest::newRow("pesel check") << "44051401358";
    QTest::newRow("pesel date") << "44131401350";
    QTest::newRow("za luhn") << "8001015009088";
    QTest::newRow("za citizenship") << "8001015009384";
    QTest::newRow("za date") << "8002305009084";
    QTest::newRow("shape") << "1912121212123X";
}

void TstNationalId::errorsNeverContainTheNumber() {
    QFETCH(QString, input);

    const auto id = NationalId::parse(input, kToday);
    QVERIFY(!id.has_value());
    // No run of four or more digits: neither the number nor its date or serial part leaks into the log.
    static const QRegularExpression digitRun(QStringLiteral("[0-9]{4,}"));
    QVERIFY2(!digitRun.match(id.error().message).hasMatch(), qPrintable(id.error().message));
    QVERIFY2(!digitRun.match(id.error().detail).hasMatch(), qPrintable(id.error().detail));
    QVERIFY(!id.error().detail.isEmpty());
}

void TstNationalId::usesCurrentDateByDefault() {
    const auto old = NationalId::parse(QStringLiteral("121212+1212"));
    QVERIFY(old.has_value());
    QCOMPARE(old->birthDate(), QDate(1912, 12, 12));

    // A 12-digit number dated tomorrow is in the future whatever today is.
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QString yyyymmdd = tomorrow.toString(QStringLiteral("yyyyMMdd"));
    // Find a serial that makes the check digit right, so only the date rule can refuse it.
    bool found = false;
    for (int serial = 0; serial < 10 && !found; ++serial) {
        const auto id = NationalId::parse(yyyymmdd + QStringLiteral("-123") + QString::number(serial));
        if (!id.has_value() && id.error().message != kPersonnummerLuhn) {
            QCOMPARE(id.error().message, kPersonnummerFuture);
            found = true;
        }
    }
    QVERIFY(found);
}

void TstNationalId::refusesInvalidReferenceDate() {
    const auto id = NationalId::parse(QStringLiteral("19121212-1212"), QDate());
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().code, ErrorCode::Usage);
}

void TstNationalId::normalizedFormParsesToTheSameNumber_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("se") << "121212+1212";
    QTest::newRow("samn") << "701063-2391";
    QTest::newRow("pesel") << "44051401359";
    QTest::newRow("za") << "8001015009087";
}

void TstNationalId::normalizedFormParsesToTheSameNumber() {
    QFETCH(QString, input);
    const auto first = NationalId::parse(input, kToday);
    QVERIFY(first.has_value());
    const auto again = NationalId::parse(first->normalized(), kToday);
    QVERIFY(again.has_value());
    QVERIFY(*first == *again);
    QCOMPARE(again->normalized(), first->normalized());
}

void TstNationalId::kindKeysAndNames() {
    const QList<NationalIdKind> kinds = {NationalIdKind::SwedishPersonnummer, NationalIdKind::SwedishSamordningsnummer,
                                         NationalIdKind::PolishPesel, NationalIdKind::SouthAfricanId};
    const QStringList keys = {QStringLiteral("se_personnummer"), QStringLiteral("se_samordningsnummer"),
                              QStringLiteral("pl_pesel"), QStringLiteral("za_id")};
    const QStringList names = {QStringLiteral("Swedish personnummer"), QStringLiteral("Swedish samordningsnummer"),
                               QStringLiteral("Polish PESEL"), QStringLiteral("South African ID")};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QCOMPARE(NationalId::kindKey(kinds.at(i)), keys.at(i));
        QCOMPARE(NationalId::kindName(kinds.at(i)), names.at(i));
        QCOMPARE(NationalId::kindFromKey(keys.at(i)), std::optional<NationalIdKind>(kinds.at(i)));
    }
    QCOMPARE(NationalId::kindFromKey(u"se_pnr"), std::optional<NationalIdKind>());
    QCOMPARE(NationalId::kindFromKey(u""), std::optional<NationalIdKind>());
}

QTEST_GUILESS_MAIN(TstNationalId)

#include "tst_nationalid.moc"
