// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ToothNumbering.h"
#include "domain/Note.h"
#include "domain/NoteTemplate.h"
#include "services/NoteService.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSettings;

namespace clinicdesk {

class EncounterController;
class NoteForm;

// The encounter page's note: a template to generate with, Generate / Regenerate,
// the note as a form (NoteForm), Save (a new revision), Sign (immutable, with the
// signer, time and content hash), Add addendum and Referral letter… (for a signed note) and Export PDF.
//
// The note shown is the newest generated note of the encounter or, when it is signed
// and has addenda, the newest addendum in its chain. It talks only to the
// EncounterController: reads and writes go through it to the vault worker, and
// Generate queues a note job there; the controller says when that job finishes.
//
// The tooth numbering shown (FDI or Universal) is remembered in QSettings under
// kToothNotationKey and offered only for templates with tooth numbers; notes always
// store FDI.
class NotePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr const char* kToothNotationKey = "notes/toothNotation"; // "fdi" | "universal"

    NotePanel(EncounterController& controller, QSettings* settings, QWidget* parent = nullptr);

    [[nodiscard]] QString encounterId() const { return m_encounterId; }
    // Reads the notes again.
    void reload();

    [[nodiscard]] const std::optional<Note>& note() const { return m_note; }
    // The draft shown, when it has edits not saved yet: its id and the form's content.
    [[nodiscard]] std::optional<std::pair<QString, QJsonObject>> unsavedEdits() const;
    // Puts `content` back into draft `noteId` as unsaved edits once that draft is shown (edits kept over
    // a lock or a change of language).
    void restoreEdits(const QString& noteId, const QJsonObject& content);
    [[nodiscard]] NoteForm* form() const { return m_form; }
    [[nodiscard]] ToothNumbering::Notation toothNotation() const;
    // The template key Generate uses (the combo's choice).
    [[nodiscard]] QString chosenTemplateKey() const;
    void chooseTemplate(const QString& key);

public slots:
    void generate();
    // Validates the form and saves it as the draft's next revision.
    void save();
    // Asks for confirmation ("signConfirmBox"), then signs (saving edits first).
    void signWithConfirmation();
    void addAddendum();
    // Export without the file dialog (refuses to replace an existing file).
    void exportPdfTo(const QString& path);
    // Opens the referral letter dialog (ReferralDialog, "referralDialog") for the signed note shown.
    void openReferral();

signals:
    // The notes arrived and the current one is on screen (tests).
    void notesShown();

private:
    enum class Write { None, Save, Sign, Addendum };

    void buildUi();
    // Follows the controller's encounter (and whether the AI is there).
    void followEncounter();
    void onTemplatesListed(const std::vector<NoteTemplate>& templates);
    void onNotesLoaded(const EncounterNotes& notes, bool wrote);
    void onWritten(Result<EncounterNotes> notes);
    void showNote(bool keepEdits);
    void applyPendingRestore();
    // Validated content, or the problems shown to the user (nullopt).
    [[nodiscard]] std::optional<QJsonObject> validatedContent();
    void signNow();
    void chooseExportFile();
    void exportPdf(const QString& path, bool replace);
    void onNotationChosen(int index);
    [[nodiscard]] const NoteTemplate* templateById(const QString& id) const;
    [[nodiscard]] const Note* noteById(const QString& id) const;
    void updateControls();

    EncounterController& m_controller;
    QSettings* m_settings;
    QString m_encounterId;
    std::vector<NoteTemplate> m_templates;
    bool m_templatesLoaded = false;
    bool m_templatesRequested = false;
    EncounterNotes m_notes;
    std::optional<Note> m_note;     // shown
    std::optional<Note> m_mainNote; // the generated note of the chain shown
    Write m_writing = Write::None;  // a write asked for and not answered yet
    bool m_exporting = false;
    std::optional<std::pair<QString, QJsonObject>> m_pendingRestore; // edits to put back (restoreEdits)

    QComboBox* m_template = nullptr;
    QPushButton* m_generate = nullptr;
    QComboBox* m_notation = nullptr;
    QLabel* m_notationLabel = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_amends = nullptr;
    QLabel* m_revision = nullptr;
    QLabel* m_signature = nullptr;
    QScrollArea* m_scroll = nullptr;
    NoteForm* m_form = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_addendum = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_referral = nullptr;
};

} // namespace clinicdesk
