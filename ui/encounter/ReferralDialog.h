// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "export/ReferralLetter.h"
#include "util/Error.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clinicdesk {

class InfoBar;
class NoteService;

// A referral letter from a signed note: the recipient, the reason and a summary filled from the note
// (for a dental examination its diagnosis, findings and plan; for SOAP its assessment and plan; else its
// fields), all editable, beside the letter as it will read. Export PDF… writes it on the clinic's
// letterhead on the long-task worker (audited as an export of the note). Open it with open().
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    // `language`: the letter's ("en", "sv", "pl"); the interface's by default.
    ReferralDialog(NoteService& notes, const QString& noteId, QWidget* parent = nullptr, const QString& language = {});

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isExporting() const { return m_exporting; }
    // The letter as the fields hold it.
    [[nodiscard]] ReferralLetter letter() const;
    // Writes the PDF to `path` without the file dialog (refuses to replace an existing file).
    void exportPdfTo(const QString& path);

signals:
    // The letter arrived from the vault and is shown (or could not be made: `ok` false).
    void loaded(bool ok);
    void exported(const QString& path);
    void exportFailed(const QString& message);

private:
    void onLoaded(Result<ReferralLetter> letter);
    void chooseFile();
    void exportPdf(const QString& path, bool replace);
    void updatePreview();
    void updateControls();

    NoteService& m_notes;
    QString m_noteId;
    ReferralLetter m_letter;
    bool m_loaded = false;
    bool m_exporting = false;

    InfoBar* m_infoBar;
    QPlainTextEdit* m_recipient;
    QLineEdit* m_reason;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_preview;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_close;
};

} // namespace clinicdesk
