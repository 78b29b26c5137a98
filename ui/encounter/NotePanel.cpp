// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/NotePanel.h"

#include "domain/NoteChain.h"
#include "domain/NoteValidation.h"
#include "encounter/EncounterController.h"
#include "encounter/EncounterJobs.h"
#include "encounter/NoteForm.h"
#include "encounter/ReferralDialog.h"
#include "util/JsonSchema.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace clinicdesk {

namespace {

const QString kFdi = QStringLiteral("fdi");
const QString kUniversal = QStringLiteral("universal");

QString shortHash(const QString& hash) {
    return hash.left(8) + QStringLiteral("…");
}

QString localTime(std::int64_t ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

NotePanel::NotePanel(EncounterController& controller, QSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_settings(settings) {
    setObjectName(QStringLiteral("notePanel"));
    buildUi();
    connect(&m_controller, &EncounterController::encounterChanged, this, &NotePanel::followEncounter);
    connect(&m_controller, &EncounterController::patientChanged, this, &NotePanel::followEncounter);
    connect(&m_controller, &EncounterController::noteJobFinished, this, &NotePanel::reload);
    connect(&m_controller, &EncounterController::changed, this, &NotePanel::updateControls);
    followEncounter();
}

void NotePanel::buildUi() {
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->setAccessibleName(tr("Note template"));
    m_template->setToolTip(tr("The kind of note to write from the transcript"));
    connect(m_template, &QComboBox::currentIndexChanged, this, &NotePanel::updateControls);
    m_generate = new QPushButton(tr("Generate"), this);
    m_generate->setObjectName(QStringLiteral("generateNoteButton"));
    connect(m_generate, &QPushButton::clicked, this, &NotePanel::generate);

    m_notation = new QComboBox(this);
    m_notation->setObjectName(QStringLiteral("toothNotationCombo"));
    m_notation->setAccessibleName(tr("Tooth numbering"));
    m_notation->setToolTip(tr("How tooth numbers are shown; notes always store FDI numbers"));
    m_notation->addItem(tr("FDI (11–48)"), kFdi);
    m_notation->addItem(tr("Universal (1–32)"), kUniversal);
    const QString stored = m_settings ? m_settings->value(QLatin1String(kToothNotationKey), kFdi).toString() : kFdi;
    m_notation->setCurrentIndex(std::max(0, m_notation->findData(stored)));
    connect(m_notation, &QComboBox::currentIndexChanged, this, &NotePanel::onNotationChosen);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noteEmptyLabel"));
    m_empty->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noteNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84a; color: #1f1f1f; "
                                           "border-radius: 4px; padding: 6px; }"));
    m_notice->hide();
    m_amends = new QLabel(this);
    m_amends->setObjectName(QStringLiteral("noteAmendsLabel"));
    m_amends->setWordWrap(true);
    m_amends->hide();
    m_revision = new QLabel(this);
    m_revision->setObjectName(QStringLiteral("noteRevisionLabel"));
    m_signature = new QLabel(this);
    m_signature->setObjectName(QStringLiteral("noteSignature"));
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signature->hide();

    m_form = new NoteForm(this);
    m_form->setObjectName(QStringLiteral("noteForm"));
    connect(m_form, &NoteForm::edited, this, &NotePanel::updateControls);
    connect(m_form, &NoteForm::evidenceRequested, &m_controller, &EncounterController::showEvidence);
    m_form->setToothNotation(toothNotation());
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("noteScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_save->setToolTip(tr("Save your edits as a new revision of the draft"));
    m_sign = new QPushButton(tr("Si&gn…"), this);
    m_sign->setObjectName(QStringLiteral("signNoteButton"));
    m_sign->setToolTip(tr("Sign the note: it can no longer be changed; corrections become addenda"));
    m_addendum = new QPushButton(tr("Add &addendum"), this);
    m_addendum->setObjectName(QStringLiteral("addendumButton"));
    m_addendum->setToolTip(tr("Correct or complete the signed note with an addendum"));
    m_export = new QPushButton(tr("Export &PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportPdfButton"));
    m_export->setToolTip(tr("Save the note as a PDF file (not encrypted)"));
    connect(m_save, &QPushButton::clicked, this, &NotePanel::save);
    connect(m_sign, &QPushButton::clicked, this, &NotePanel::signWithConfirmation);
    connect(m_addendum, &QPushButton::clicked, this, &NotePanel::addAddendum);
    connect(m_export, &QPushButton::clicked, this, &NotePanel::chooseExportFile);
    m_referral = new QPushButton(tr("R&eferral letter…"), this);
    m_referral->setObjectName(QStringLiteral("referralButton"));
    m_referral->setToolTip(tr("Write a referral letter from this signed note, on the clinic's letterhead (Alt+E)"));
    m_referral->setVisible(false); // for signed notes only (updateControls)
    connect(m_referral, &QPushButton::clicked, this, &NotePanel::openReferral);

    auto* top = new QHBoxLayout;
    auto* templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    top->addWidget(templateLabel);
    top->addWidget(m_template, 1);
    top->addWidget(m_generate);
    auto* notationRow = new QHBoxLayout;
    m_notationLabel = new QLabel(tr("Tooth &numbering:"), this);
    m_notationLabel->setBuddy(m_notation);
    notationRow->addWidget(m_notationLabel);
    notationRow->addWidget(m_notation);
    notationRow->addStretch(1);
    notationRow->addWidget(m_revision);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_addendum);
    buttons->addStretch(1);
    buttons->addWidget(m_referral);
    buttons->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(notationRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_amends);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_signature);
    layout->addLayout(buttons);
}

// --- loading ----------------------------------------------------------------------------------------

void NotePanel::followEncounter() {
    const auto& encounter = m_controller.encounter();
    const QString encounterId = encounter && m_controller.isAiAvailable() ? encounter->id : QString();
    if (encounterId != m_encounterId) {
        m_encounterId = encounterId;
        m_notes = EncounterNotes{};
        m_note.reset();
        m_mainNote.reset();
        m_writing = Write::None;
        m_exporting = false;
        showNote(false);
    }
    if (!m_templatesLoaded && !m_templatesRequested && !encounterId.isEmpty()) {
        m_templatesRequested = true;
        m_controller.listTemplates(this, [this](Result<std::vector<NoteTemplate>> templates) {
            m_templatesRequested = false;
            if (!templates) {
                m_controller.notify(templates.error().message, EncounterController::Notice::Error);
                return;
            }
            onTemplatesListed(*templates);
        });
    }
    reload();
}

void NotePanel::reload() {
    if (m_encounterId.isEmpty()) {
        return;
    }
    m_controller.loadNotes(this, [this, encounterId = m_encounterId](Result<EncounterNotes> notes) {
        if (!notes) {
            m_controller.notify(notes.error().message, EncounterController::Notice::Error);
            return;
        }
        if (notes->encounterId == encounterId) {
            onNotesLoaded(*notes, false);
        }
    });
}

void NotePanel::onTemplatesListed(const std::vector<NoteTemplate>& templates) {
    m_templatesLoaded = true;
    m_templates = templates;
    const QString keep = chosenTemplateKey();
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
        for (const NoteTemplate& t : m_templates) {
            m_template->addItem(t.name, t.key); // built-ins' names come translated
            m_template->setItemData(m_template->count() - 1, t.description, Qt::ToolTipRole);
        }
        const int index = m_template->findData(keep);
        m_template->setCurrentIndex(index >= 0 ? index : 0);
    }
    showNote(true);
}

void NotePanel::onWritten(Result<EncounterNotes> notes) {
    if (!notes) {
        m_writing = Write::None;
        m_controller.notify(notes.error().message, EncounterController::Notice::Error);
        updateControls();
        return;
    }
    onNotesLoaded(*notes, true);
}

void NotePanel::onNotesLoaded(const EncounterNotes& notes, bool wrote) {
    if (notes.encounterId != m_encounterId) {
        if (wrote) {
            m_writing = Write::None;
        }
        return; // the page has moved on to another encounter
    }
    const Write writeKind = m_writing;
    if (wrote) {
        m_writing = Write::None;
    }
    m_notes = notes;
    // A write answered: what the vault has now is what is shown. A reload keeps unsaved edits
    // of the note on screen.
    showNote(!wrote);
    if (wrote && m_note) {
        switch (writeKind) {
        case Write::Save:
            m_controller.notify(tr("The note was saved as revision %1.").arg(m_note->revision));
            break;
        case Write::Sign:
            m_controller.notify(tr("The note was signed."));
            break;
        case Write::Addendum:
            m_controller.notify(tr("An addendum was added. Edit it, then save and sign it."));
            break;
        case Write::None:
            break;
        }
    }
    emit notesShown();
}

const NoteTemplate* NotePanel::templateById(const QString& id) const {
    for (const NoteTemplate& t : m_templates) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

const Note* NotePanel::noteById(const QString& id) const {
    for (const Note& n : m_notes.notes) {
        if (n.id == id) {
            return &n;
        }
    }
    return nullptr;
}

void NotePanel::showNote(bool keepEdits) {
    const auto [main, current] = NoteChain::newest(m_notes.notes);
    const bool sameNote = current != nullptr && m_note && m_note->id == current->id;
    const bool keepForm = keepEdits && sameNote && m_form->isModified();
    m_mainNote = main ? std::optional<Note>(*main) : std::nullopt;
    m_note = current ? std::optional<Note>(*current) : std::nullopt;

    const NoteTemplate* shownTemplate = m_note ? templateById(m_note->templateId) : nullptr;
    if (!m_note) {
        m_empty->setText(m_encounterId.isEmpty()
                             ? QString()
                             : tr("No note yet. Transcribe a recording, choose a template and press Generate."));
        m_form->setSchema({});
        m_form->setContent({});
    } else if (shownTemplate == nullptr) {
        m_empty->setText(m_templatesLoaded ? tr("The template of this note is no longer available.") : tr("Loading…"));
        m_form->setSchema({});
    } else {
        m_empty->clear();
        if (!keepForm) {
            m_form->setSchema(shownTemplate->schema);
            m_form->setContent(m_note->content);
        }
        m_form->setEvidence(m_note->evidence);
        m_form->setProblems(m_note->status == NoteStatus::Draft ? m_note->problems : std::vector<NoteProblem>{});
        m_form->setReadOnly(m_note->status == NoteStatus::Signed);
        if (!m_note->amendsNoteId) {
            const QSignalBlocker blocker(m_template);
            const int index = m_template->findData(shownTemplate->key);
            if (index >= 0) {
                m_template->setCurrentIndex(index);
            }
        }
    }
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_scroll->setVisible(m_note && shownTemplate != nullptr);

    // What the model was given: a summary in parts, or placeholders instead of names.
    QStringList notices;
    const QJsonObject evidence = m_mainNote ? m_mainNote->evidence : QJsonObject{};
    if (const QString notice = evidence.value(QStringLiteral("notice")).toString(); !notice.isEmpty()) {
        notices << notice;
    }
    if (evidence.value(QStringLiteral("placeholders")).toBool()) {
        notices << tr("Names and identity numbers were replaced by placeholders before the transcript was sent, "
                      "and put back in the note: check them.");
    }
    if (m_note && m_note->status == NoteStatus::Draft && !m_note->problems.empty()) {
        // The provider's answer did not match the template even when asked again: kept, marked.
        notices << tr("This draft does not match its template in %n place(s), marked below. Correct them and save "
                      "before signing.",
                      nullptr, int(m_note->problems.size()));
        for (const NoteProblem& problem : m_note->problems) {
            if (problem.path.isEmpty()) {
                notices << problem.message;
            }
        }
    }
    if (const int dangling = m_note ? NoteValidation::danglingCount(m_note->evidence) : 0; dangling > 0) {
        notices << tr("%n source reference(s) from the provider point to no part of this note; they are not shown "
                      "as sources.",
                      nullptr, dangling);
    }
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    if (m_note && m_note->amendsNoteId) {
        const Note* amended = noteById(*m_note->amendsNoteId);
        const QString when = amended && amended->signedAt ? localTime(*amended->signedAt) : QString();
        m_amends->setText(tr("Addendum to the note signed %1. The signed note itself does not change.").arg(when));
        m_amends->show();
    } else {
        m_amends->hide();
    }
    if (m_note) {
        m_revision->setText(m_note->status == NoteStatus::Signed ? tr("Revision %1, signed").arg(m_note->revision)
                                                                 : tr("Revision %1, draft").arg(m_note->revision));
    } else {
        m_revision->clear();
    }
    if (m_note && m_note->status == NoteStatus::Signed) {
        const QString signer =
            m_notes.userNames.value(m_note->signedBy.value_or(QString()), m_note->signedBy.value_or(QString()));
        m_signature->setText(tr("Signed by %1 at %2, hash %3")
                                 .arg(signer, m_note->signedAt ? localTime(*m_note->signedAt) : QString(),
                                      shortHash(m_note->contentHash.value_or(QString()))));
        m_signature->setToolTip(tr("SHA-256 of the signed content: %1").arg(m_note->contentHash.value_or(QString())));
        m_signature->show();
    } else {
        m_signature->hide();
    }
    updateControls();
    applyPendingRestore();
}

std::optional<std::pair<QString, QJsonObject>> NotePanel::unsavedEdits() const {
    if (!m_note || m_note->status != NoteStatus::Draft || !m_form->isModified()) {
        return std::nullopt;
    }
    return std::make_pair(m_note->id, m_form->content());
}

void NotePanel::restoreEdits(const QString& noteId, const QJsonObject& content) {
    m_pendingRestore = std::make_pair(noteId, content);
    applyPendingRestore();
}

void NotePanel::applyPendingRestore() {
    if (!m_pendingRestore || !m_note || m_note->id != m_pendingRestore->first || m_note->status != NoteStatus::Draft ||
        m_form->schema().isEmpty()) {
        return;
    }
    m_form->setContent(m_pendingRestore->second);
    m_form->setModified(true);
    m_pendingRestore.reset();
    m_controller.notify(tr("Your unsaved edits of this note are back. Save them when you are ready."));
    updateControls();
}

// --- actions ----------------------------------------------------------------------------------------

ToothNumbering::Notation NotePanel::toothNotation() const {
    return m_notation->currentData().toString() == kUniversal ? ToothNumbering::Notation::Universal
                                                              : ToothNumbering::Notation::Fdi;
}

void NotePanel::onNotationChosen(int index) {
    if (m_settings && index >= 0) {
        m_settings->setValue(QLatin1String(kToothNotationKey), m_notation->itemData(index).toString());
    }
    m_form->setToothNotation(toothNotation());
}

QString NotePanel::chosenTemplateKey() const {
    return m_template->currentData().toString();
}

void NotePanel::chooseTemplate(const QString& key) {
    const int index = m_template->findData(key);
    if (index >= 0) {
        m_template->setCurrentIndex(index);
    }
}

void NotePanel::generate() {
    if (!m_generate->isEnabled() || m_encounterId.isEmpty()) {
        return;
    }
    const QString key = chosenTemplateKey();
    const bool edited = m_note && (m_form->isModified() || m_note->revision > 1);
    if (!edited) {
        m_controller.jobs().generateNote(key);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Write a new draft"),
                                tr("Write a new draft from the transcript? It replaces the draft shown here; your "
                                   "saved revisions stay in the vault, unsaved edits are lost."),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("regenerateConfirmBox"));
    box->button(QMessageBox::Ok)->setText(tr("Regenerate"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, key, encounterId = m_encounterId] {
        if (box->clickedButton() == box->button(QMessageBox::Ok) && encounterId == m_encounterId) {
            m_form->setModified(false);
            m_controller.jobs().generateNote(key);
        }
    });
    box->open();
}

std::optional<QJsonObject> NotePanel::validatedContent() {
    QStringList problems;
    const QJsonObject content = m_form->content(&problems);
    if (problems.isEmpty()) {
        problems = JsonSchema::validate(content, m_form->schema());
    }
    if (!problems.isEmpty()) {
        m_controller.notify(tr("The note was not saved: %1").arg(problems.mid(0, 3).join(QLatin1Char(' '))),
                            EncounterController::Notice::Error);
        return std::nullopt;
    }
    return content;
}

void NotePanel::save() {
    if (!m_note || m_note->status != NoteStatus::Draft || m_writing != Write::None) {
        return;
    }
    auto content = validatedContent();
    if (!content) {
        return;
    }
    m_writing = Write::Save;
    m_controller.saveNote(this, m_note->id, *content,
                          [this](Result<EncounterNotes> notes) { onWritten(std::move(notes)); });
    updateControls();
}

void NotePanel::signWithConfirmation() {
    if (!m_note || m_note->status != NoteStatus::Draft || m_writing != Write::None) {
        return;
    }
    if (m_form->isModified() && !validatedContent()) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Sign the note"),
        tr("Sign this note as %1? A signed note can no longer be changed; later corrections are added as addenda.")
            .arg(m_form->isModified() ? tr("edited (your edits are saved first)") : tr("shown")),
        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("signConfirmBox"));
    box->button(QMessageBox::Ok)->setText(tr("Sign"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = m_note->id] {
        if (box->clickedButton() == box->button(QMessageBox::Ok) && m_note && m_note->id == id) {
            signNow();
        }
    });
    box->open(); // not exec(): nothing here waits for the user
}

void NotePanel::signNow() {
    if (!m_note || m_note->status != NoteStatus::Draft || m_writing != Write::None) {
        return;
    }
    const bool saveFirst = m_form->isModified();
    QJsonObject content;
    if (saveFirst) {
        auto valid = validatedContent();
        if (!valid) {
            return;
        }
        content = *valid;
    }
    m_writing = Write::Sign;
    m_controller.signNote(this, m_note->id, content, saveFirst,
                          [this](Result<EncounterNotes> notes) { onWritten(std::move(notes)); });
    updateControls();
}

void NotePanel::addAddendum() {
    if (!m_note || m_note->status != NoteStatus::Signed || m_writing != Write::None) {
        return;
    }
    m_writing = Write::Addendum;
    // The addendum starts as the signed content, to be corrected.
    m_controller.addAddendum(this, m_note->id, m_note->content,
                             [this](Result<EncounterNotes> notes) { onWritten(std::move(notes)); });
    updateControls();
}

void NotePanel::chooseExportFile() {
    if (!m_note) {
        return;
    }
    const QString name =
        QStringLiteral("note-%1.pdf")
            .arg(QDateTime::fromMSecsSinceEpoch(m_note->createdAt).toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export note as PDF (the file is not encrypted)"),
                                                      folder + QLatin1Char('/') + name, tr("PDF documents (*.pdf)"));
    if (path.isEmpty() || !m_note) {
        return;
    }
    // The dialog asked before replacing a file.
    exportPdf(path, true);
}

void NotePanel::exportPdfTo(const QString& path) {
    exportPdf(path, false);
}

void NotePanel::exportPdf(const QString& path, bool replace) {
    if (!m_note || m_exporting) {
        return;
    }
    m_exporting = true;
    m_controller.exportNotePdf(this, m_note->id, path, replace, [this, path](Status exported) {
        m_exporting = false;
        if (!exported) {
            m_controller.notify(exported.error().message, EncounterController::Notice::Error);
        } else {
            m_controller.notify(
                tr("The note was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.")
                    .arg(QDir::toNativeSeparators(path)),
                EncounterController::Notice::Warning);
        }
        updateControls();
    });
    updateControls();
}

void NotePanel::openReferral() {
    if (!m_note || m_note->status != NoteStatus::Signed) {
        return;
    }
    auto* dialog = new ReferralDialog(m_controller.noteService(), m_note->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NotePanel::updateControls() {
    const bool haveNote = m_note.has_value();
    const bool draft = haveNote && m_note->status == NoteStatus::Draft;
    const bool isSigned = haveNote && m_note->status == NoteStatus::Signed;
    const bool idle = m_writing == Write::None;
    const bool aiAvailable = m_controller.isAiAvailable();
    const bool generating = m_controller.jobs().isGenerating();
    const bool mainSigned = m_mainNote && m_mainNote->status == NoteStatus::Signed;

    m_generate->setText(m_mainNote ? tr("Regenerate") : tr("Generate"));
    m_generate->setEnabled(aiAvailable && !generating && !m_encounterId.isEmpty() && m_template->count() > 0 &&
                           !mainSigned && idle);
    if (!aiAvailable) {
        m_generate->setToolTip(tr("Writing notes with AI is not available here."));
    } else if (mainSigned) {
        m_generate->setToolTip(tr("The note is signed: add corrections as an addendum."));
    } else if (generating) {
        m_generate->setToolTip(tr("A note is being written…"));
    } else {
        m_generate->setToolTip(tr("Write a draft note from this encounter's transcripts with the chosen template"));
    }
    m_template->setEnabled(!m_encounterId.isEmpty() && !mainSigned);
    m_save->setEnabled(draft && idle && m_form->isModified());
    // A draft that does not match its template is signed only after it is corrected (an edit saved
    // first when signing is checked again).
    const bool matches = draft && (m_note->problems.empty() || m_form->isModified());
    m_sign->setEnabled(draft && idle && matches);
    m_sign->setToolTip(draft && !matches
                           ? tr("Correct the marked fields first")
                           : tr("Sign the note: it can no longer be changed; corrections become addenda"));
    m_save->setVisible(!isSigned);
    m_sign->setVisible(!isSigned);
    m_addendum->setVisible(isSigned);
    m_addendum->setEnabled(isSigned && idle);
    m_export->setEnabled(haveNote && !m_exporting);
    m_referral->setVisible(isSigned);
    // The numbering matters only where the template has tooth numbers.
    const bool teeth = m_note && m_form->hasToothFields();
    m_notation->setVisible(teeth);
    m_notationLabel->setVisible(teeth);
}

} // namespace clinicdesk
