// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/ReferralDialog.h"

#include "services/NoteService.h"
#include "widgets/InfoBar.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace clinicdesk {

ReferralDialog::ReferralDialog(NoteService& notes, const QString& noteId, QWidget* parent, const QString& language)
    : QDialog(parent)
    , m_notes(notes)
    , m_noteId(noteId)
    , m_infoBar(new InfoBar(this))
    , m_recipient(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export PDF…"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("Referral letter"));
    setModal(true);
    m_infoBar->setObjectName(QStringLiteral("referralInfoBar"));

    m_recipient->setObjectName(QStringLiteral("referralRecipientEdit"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setPlaceholderText(tr("Name, department, clinic or hospital, address"));
    m_recipient->setTabChangesFocus(true);
    m_recipient->setFixedHeight(m_recipient->fontMetrics().lineSpacing() * 3 + 14);
    m_reason->setObjectName(QStringLiteral("referralReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for referral"));
    m_reason->setPlaceholderText(tr("What you ask the recipient to do"));
    m_summary->setObjectName(QStringLiteral("referralSummaryEdit"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setAccessibleDescription(tr("Filled from the signed note. Only what stays here goes into the letter."));
    m_summary->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("referralPreview"));
    m_preview->setAccessibleName(tr("The letter as it will read"));
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_status->setObjectName(QStringLiteral("referralStatusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_export->setObjectName(QStringLiteral("exportReferralButton"));
    m_export->setToolTip(tr("Save the letter as a PDF on the clinic's letterhead (the file is not encrypted) "
                            "(Alt+E)"));
    m_export->setDefault(true);
    m_close->setObjectName(QStringLiteral("closeReferralButton"));
    m_close->setToolTip(tr("Close without saving a letter (Esc)"));
    connect(m_export, &QPushButton::clicked, this, &ReferralDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_recipient, &QPlainTextEdit::textChanged, this, &ReferralDialog::updatePreview);
    connect(m_reason, &QLineEdit::textChanged, this, &ReferralDialog::updatePreview);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &ReferralDialog::updatePreview);

    auto* summaryHint = new QLabel(tr("From the signed note. Keep only what the recipient needs: nothing else of "
                                      "the note is in the letter."),
                                   this);
    summaryHint->setWordWrap(true);
    summaryHint->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("&To:"), m_recipient);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(QString(), summaryHint);
    auto* previewTitle = new QLabel(tr("The &letter"), this);
    previewTitle->setBuddy(m_preview);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(previewTitle);
    previewColumn->addWidget(m_preview, 1);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(form, 1);
    columns->addLayout(previewColumn, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_infoBar);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    resize(980, 620);

    m_status->setText(tr("Loading…"));
    updateControls();
    const QString chosen = language.isEmpty() ? ReferralLetter::languageOf(QLocale()) : language;
    m_notes.prepareReferral(this, noteId, chosen,
                            [this](Result<ReferralLetter> letter) { onLoaded(std::move(letter)); });
}

void ReferralDialog::onLoaded(Result<ReferralLetter> letter) {
    m_status->clear();
    if (!letter) {
        m_infoBar->showMessage(letter.error().message, InfoBar::Kind::Error);
        updateControls();
        emit loaded(false);
        return;
    }
    m_letter = *letter;
    m_loaded = true;
    setWindowTitle(tr("Referral letter: %1").arg(m_letter.patientName));
    m_recipient->setPlainText(m_letter.recipient);
    m_reason->setText(m_letter.reason);
    m_summary->setPlainText(m_letter.summary);
    updatePreview();
    updateControls();
    m_recipient->setFocus();
    emit loaded(true);
}

ReferralLetter ReferralDialog::letter() const {
    ReferralLetter letter = m_letter;
    letter.recipient = m_recipient->toPlainText().trimmed();
    letter.reason = m_reason->text().trimmed();
    letter.summary = m_summary->toPlainText().trimmed();
    return letter;
}

void ReferralDialog::updatePreview() {
    if (m_loaded) {
        m_preview->setPlainText(ReferralLetter::title(m_letter.language) + QStringLiteral("\n\n") + letter().text());
    }
}

void ReferralDialog::chooseFile() {
    if (!m_loaded || m_exporting) {
        return;
    }
    const QString name = QStringLiteral("referral-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    auto* dialog =
        new QFileDialog(this, tr("Export the referral letter as PDF (the file is not encrypted)"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name,
                        tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("referralFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The file dialog asked before replacing a file.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportPdf(path, true); });
    dialog->open();
}

void ReferralDialog::exportPdfTo(const QString& path) {
    exportPdf(path, false);
}

void ReferralDialog::exportPdf(const QString& path, bool replace) {
    if (!m_loaded || m_exporting || path.isEmpty()) {
        return;
    }
    m_exporting = true;
    m_status->setText(tr("Writing the PDF…"));
    updateControls();
    m_notes.exportReferralPdf(this, letter(), path, replace, [this, path](Status written) {
        m_exporting = false;
        m_status->clear();
        updateControls();
        if (!written) {
            m_infoBar->showMessage(written.error().message, InfoBar::Kind::Error);
            emit exportFailed(written.error().message);
            return;
        }
        m_infoBar->showMessage(
            tr("The letter was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.")
                .arg(QDir::toNativeSeparators(path)),
            InfoBar::Kind::Warning);
        emit exported(path);
    });
}

void ReferralDialog::updateControls() {
    for (QWidget* w :
         {static_cast<QWidget*>(m_recipient), static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_summary)}) {
        w->setEnabled(m_loaded && !m_exporting);
    }
    m_export->setEnabled(m_loaded && !m_exporting);
}

} // namespace clinicdesk
