// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// FDI (ISO 3950) <-> Universal (ADA) tooth numbers against the published chart:
// every permanent and primary tooth, both directions, and what is not a tooth.

#include "ai/ToothNumbering.h"

#include <QTest>

using namespace clinicdesk;

namespace {

// The published correspondence, written out tooth by tooth (not computed):
// Universal 1-32 / A-T in order, FDI beside each.
const QList<QPair<const char*, const char*>> kChart = {
    // Permanent, upper right 1-8, upper left 9-16, lower left 17-24, lower right 25-32.
    {"18", "1"},
    {"17", "2"},
    {"16", "3"},
    {"15", "4"},
    {"14", "5"},
    {"13", "6"},
    {"12", "7"},
    {"11", "8"},
    {"21", "9"},
    {"22", "10"},
    {"23", "11"},
    {"24", "12"},
    {"25", "13"},
    {"26", "14"},
    {"27", "15"},
    {"28", "16"},
    {"38", "17"},
    {"37", "18"},
    {"36", "19"},
    {"35", "20"},
    {"34", "21"},
    {"33", "22"},
    {"32", "23"},
    {"31", "24"},
    {"41", "25"},
    {"42", "26"},
    {"43", "27"},
    {"44", "28"},
    {"45", "29"},
    {"46", "30"},
    {"47", "31"},
    {"48", "32"},
    // Primary, upper right A-E, upper left F-J, lower left K-O, lower right P-T.
    {"55", "A"},
    {"54", "B"},
    {"53", "C"},
    {"52", "D"},
    {"51", "E"},
    {"61", "F"},
    {"62", "G"},
    {"63", "H"},
    {"64", "I"},
    {"65", "J"},
    {"75", "K"},
    {"74", "L"},
    {"73", "M"},
    {"72", "N"},
    {"71", "O"},
    {"81", "P"},
    {"82", "Q"},
    {"83", "R"},
    {"84", "S"},
    {"85", "T"},
};

} // namespace

class TstToothNumbering : public QObject {
    Q_OBJECT

private slots:
    void chartBothWays_data();
    void chartBothWays();
    void chartCoversEveryToothOnce();
    void invalidFdiNumbers_data();
    void invalidFdiNumbers();
    void invalidUniversalNumbers_data();
    void invalidUniversalNumbers();
    void lowerCaseLettersAreAccepted();
    void displayUsesTheChosenNotation();
};

void TstToothNumbering::chartBothWays_data() {
    QTest::addColumn<QString>("fdi");
    QTest::addColumn<QString>("universal");
    for (const auto& [fdi, universal] : kChart) {
        QTest::addRow("FDI %s = %s", fdi, universal) << QString::fromLatin1(fdi) << QString::fromLatin1(universal);
    }
}

void TstToothNumbering::chartBothWays() {
    QFETCH(QString, fdi);
    QFETCH(QString, universal);
    QVERIFY(ToothNumbering::isValidFdi(fdi));
    QCOMPARE(ToothNumbering::toUniversal(fdi), universal);
    QCOMPARE(ToothNumbering::fromUniversal(universal), fdi);
    QCOMPARE(ToothNumbering::isPrimary(fdi), universal.at(0).isLetter());
}

void TstToothNumbering::chartCoversEveryToothOnce() {
    // 32 permanent + 20 primary teeth, and isValidFdi accepts exactly those 52 of 00-99.
    QSet<QString> fdis;
    for (const auto& entry : kChart) {
        fdis.insert(QString::fromLatin1(entry.first));
    }
    QCOMPARE(fdis.size(), 52);
    int valid = 0;
    for (int n = 0; n < 100; ++n) {
        const QString candidate = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (ToothNumbering::isValidFdi(candidate)) {
            ++valid;
            QVERIFY2(fdis.contains(candidate), qPrintable(candidate));
        }
    }
    QCOMPARE(valid, 52);
}

void TstToothNumbering::invalidFdiNumbers_data() {
    QTest::addColumn<QString>("fdi");
    for (const char* bad :
         {"", "1", "111", "10", "19", "09", "00", "56", "60", "86", "90", "99", " 11", "11 ", "1a", "A1"}) {
        QTest::addRow("'%s'", bad) << QString::fromLatin1(bad);
    }
    // Digits that are not ASCII (Arabic-Indic one, one) are not FDI numbers.
    QTest::addRow("arabic-indic 11") << QString::fromUtf8("\u0661\u0661");
}

void TstToothNumbering::invalidFdiNumbers() {
    QFETCH(QString, fdi);
    QVERIFY(!ToothNumbering::isValidFdi(fdi));
    QVERIFY(ToothNumbering::toUniversal(fdi).isEmpty());
    QVERIFY(!ToothNumbering::isPrimary(fdi));
}

void TstToothNumbering::invalidUniversalNumbers_data() {
    QTest::addColumn<QString>("universal");
    for (const char* bad : {"", "0", "33", "-1", "01", "1.0", "U", "Z", "AA", "+5"}) {
        QTest::addRow("'%s'", bad) << QString::fromLatin1(bad);
    }
}

void TstToothNumbering::invalidUniversalNumbers() {
    QFETCH(QString, universal);
    QVERIFY(ToothNumbering::fromUniversal(universal).isEmpty());
}

void TstToothNumbering::lowerCaseLettersAreAccepted() {
    QCOMPARE(ToothNumbering::fromUniversal(QStringLiteral("a")), QStringLiteral("55"));
    QCOMPARE(ToothNumbering::fromUniversal(QStringLiteral("t")), QStringLiteral("85"));
}

void TstToothNumbering::displayUsesTheChosenNotation() {
    using N = ToothNumbering::Notation;
    QCOMPARE(ToothNumbering::display(QStringLiteral("36"), N::Fdi), QStringLiteral("36"));
    QCOMPARE(ToothNumbering::display(QStringLiteral("36"), N::Universal), QStringLiteral("19"));
    QCOMPARE(ToothNumbering::display(QStringLiteral("65"), N::Universal), QStringLiteral("J"));
    // Something that is not a tooth number is shown as it is, not dropped.
    QCOMPARE(ToothNumbering::display(QStringLiteral("99"), N::Universal), QStringLiteral("99"));
}

QTEST_GUILESS_MAIN(TstToothNumbering)
#include "tst_toothnumbering.moc"
