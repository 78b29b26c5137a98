#pragma once

#include "ai/ToothNumbering.h"
#include "domain/Note.h"
#include "domain/NoteTemplate.h"
#include "encounter/EncounterBackend.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSettings;

namespace clinicdesk {

class InfoBar;
class NoteForm;

// The encounter page's note: a template to generate with, Generate / Regenerate,
// the note as a form (NoteForm), Save (a new revision), Sign (immutable, with the
// signer, time and content hash), Add addendum (for a signed note) and Export PDF.
//
// The note shown is the newest generated note of the encounter or, when it is signed
// and has addenda, the newest addendum in its chain. Reads and writes go to the
// EncounterBackend's thread; generating is a job, queued by the page through
// generateRequested() (the page owns the connection to the job queue).
//
// The tooth numbering shown (FDI or Universal) is remembered in QSettings under
// kToothNotationKey; notes always store FDI.
class NotePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr const char* kToothNotationKey = "notes/toothNotation"; // "fdi" | "universal"

    NotePanel(EncounterBackend& backend, QSettings* settings, InfoBar* infoBar, QWidget* parent = nullptr);

    // Shows the encounter's note (reads templates once and the notes); empty: nothing.
    void setEncounter(const QString& encounterId);
    [[nodiscard]] QString encounterId() const { return m_encounterId; }
    // Reads the notes again (a note job finished).
    void reload();
    // Whether notes can be generated at all (the job queue is there).
    void setAiAvailable(bool available);
    // A note job for this encounter is queued or running: Generate waits.
    void setGenerating(bool generating);

    [[nodiscard]] const std::optional<Note>& note() const { return m_note; }
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

signals:
    void generateRequested(const QString& encounterId, const QString& templateKey);
    void evidenceRequested(const QJsonArray& segments);
    // The notes arrived and the current one is on screen (tests).
    void notesShown();
    // To the backend (queued).
    void templatesRequested(quint64 token);
    void notesRequested(const QString& encounterId, quint64 token);
    void saveRequested(const QString& noteId, const QJsonObject& content, quint64 token);
    void signRequested(const QString& noteId, const QJsonObject& content, bool saveFirst, quint64 token);
    void addendumRequested(const QString& signedNoteId, const QJsonObject& content, quint64 token);
    void exportRequested(const QString& noteId, const QString& path, bool replace, quint64 token);

private:
    void buildUi();
    [[nodiscard]] quint64 nextToken();
    void onTemplatesListed(quint64 token, const std::vector<NoteTemplate>& templates);
    void onNotesLoaded(quint64 token, const EncounterNotes& notes);
    void onExported(quint64 token, const QString& path);
    void onFailed(quint64 token, const Error& error);
    void showNote(bool keepEdits);
    // Validated content, or the problems shown to the user (nullopt).
    [[nodiscard]] std::optional<QJsonObject> validatedContent();
    void signNow();
    void chooseExportFile();
    void onNotationChosen(int index);
    [[nodiscard]] const NoteTemplate* templateById(const QString& id) const;
    [[nodiscard]] const Note* noteById(const QString& id) const;
    void updateControls();

    QSettings* m_settings;
    InfoBar* m_infoBar;
    QString m_encounterId;
    std::vector<NoteTemplate> m_templates;
    bool m_templatesLoaded = false;
    EncounterNotes m_notes;
    std::optional<Note> m_note;     // shown
    std::optional<Note> m_mainNote; // the generated note of the chain shown
    bool m_aiAvailable = false;
    bool m_generating = false;

    quint64 m_lastToken;
    quint64 m_templatesToken = 0;
    quint64 m_notesToken = 0;
    quint64 m_writeToken = 0;
    quint64 m_exportToken = 0;
    int m_writeKind = 0; // what m_writeToken is: 1 save, 2 sign, 3 addendum

    QComboBox* m_template = nullptr;
    QPushButton* m_generate = nullptr;
    QComboBox* m_notation = nullptr;
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
};

} // namespace clinicdesk
