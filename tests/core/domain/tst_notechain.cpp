// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The note form shows an encounter's newest note and, after it was signed and corrected, its newest
// addendum: a regenerated draft replaces an older generated note, and an addendum of an addendum is newer
// than the addendum it corrects, whatever order they were listed in after the note.
#include "domain/NoteChain.h"

#include <QTest>

using namespace clinicdesk;

namespace {

Note note(const QString& id, const std::optional<QString>& amends = std::nullopt) {
    Note n;
    n.id = id;
    n.amendsNoteId = amends;
    return n;
}

} // namespace

class TstNoteChain : public QObject {
    Q_OBJECT
private slots:
    void noNotesHasNoNewest();
    void theNewestGeneratedNoteWithoutAddenda();
    void theNewestAddendumDownTheChain();
};

void TstNoteChain::noNotesHasNoNewest() {
    const NoteChain::Newest newest = NoteChain::newest({});
    QVERIFY(newest.note == nullptr);
    QVERIFY(newest.current == nullptr);
}

void TstNoteChain::theNewestGeneratedNoteWithoutAddenda() {
    const std::vector<Note> notes = {note(QStringLiteral("first")), note(QStringLiteral("regenerated"))};
    const NoteChain::Newest newest = NoteChain::newest(notes);
    QCOMPARE(newest.note->id, QStringLiteral("regenerated"));
    QCOMPARE(newest.current->id, QStringLiteral("regenerated"));
}

void TstNoteChain::theNewestAddendumDownTheChain() {
    // The signed note, an addendum to it, an addendum to that addendum, and an addendum to an older note
    // that is not the one shown.
    const std::vector<Note> notes = {
        note(QStringLiteral("old")),
        note(QStringLiteral("signed")),
        note(QStringLiteral("old-fix"), QStringLiteral("old")),
        note(QStringLiteral("fix-1"), QStringLiteral("signed")),
        note(QStringLiteral("fix-2"), QStringLiteral("fix-1")),
    };
    const NoteChain::Newest newest = NoteChain::newest(notes);
    QCOMPARE(newest.note->id, QStringLiteral("signed"));
    QCOMPARE(newest.current->id, QStringLiteral("fix-2"));
}

QTEST_MAIN(TstNoteChain)
#include "tst_notechain.moc"
