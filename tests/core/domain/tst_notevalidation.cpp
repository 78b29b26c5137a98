// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// A model may cite any path as the source of a statement. NoteValidation keeps every statement but
// marks the ones whose path names no field of the note, and counts them back from a stored note's
// evidence, so the form can say how many sources point nowhere.
#include "domain/NoteValidation.h"

#include <QTest>

using namespace clinicdesk;

class TstNoteValidation : public QObject {
    Q_OBJECT
private slots:
    void pathsIntoTheNoteAreFound();
    void statementsThatPointNowhereAreMarkedAndCounted();
};

void TstNoteValidation::pathsIntoTheNoteAreFound() {
    const QJsonObject content{{QStringLiteral("plan"), QStringLiteral("Composite 36")},
                              {QStringLiteral("teeth"), QJsonArray{QJsonObject{{QStringLiteral("finding"), 1}}}}};
    QVERIFY(NoteValidation::pointsInto(content, QStringLiteral("/plan")));
    QVERIFY(NoteValidation::pointsInto(content, QStringLiteral("/teeth/0/finding")));
    QVERIFY(!NoteValidation::pointsInto(content, QStringLiteral("/teeth/1/finding")));
    QVERIFY(!NoteValidation::pointsInto(content, QStringLiteral("/diagnosis")));
}

void TstNoteValidation::statementsThatPointNowhereAreMarkedAndCounted() {
    const QJsonObject content{{QStringLiteral("plan"), QStringLiteral("Composite 36")}};
    const QJsonArray statements{QJsonObject{{QStringLiteral("path"), QStringLiteral("/plan")}},
                                QJsonObject{{QStringLiteral("path"), QStringLiteral("/nowhere")}},
                                QJsonObject{{QStringLiteral("path"), QStringLiteral("not a pointer")}}};
    int dangling = -1;
    const QJsonArray marked = NoteValidation::markDangling(statements, content, &dangling);
    QCOMPARE(dangling, 2);
    QCOMPARE(marked.size(), 3); // kept, never dropped
    QVERIFY(!marked.at(0).toObject().value(QStringLiteral("dangling")).toBool());
    QVERIFY(marked.at(1).toObject().value(QStringLiteral("dangling")).toBool());
    QCOMPARE(NoteValidation::danglingCount(QJsonObject{{QStringLiteral("statements"), marked}}), 2);
    QCOMPARE(NoteValidation::danglingCount(QJsonObject{}), 0);
}

QTEST_MAIN(TstNoteValidation)
#include "tst_notevalidation.moc"
