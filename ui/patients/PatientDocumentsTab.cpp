// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientDocumentsTab.h"

#include "widgets/InfoBar.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clinicdesk {

PatientDocumentsTab::PatientDocumentsTab(PatientRecordService& records, InfoBar* infoBar, QWidget* parent)
    : QWidget(parent)
    , m_records(records)
    , m_infoBar(infoBar)
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No documents yet. Add referral letters, signed forms or images with “Add file…”."), this))
    , m_note(new QLabel(tr("Documents are kept encrypted in the vault. “Save a copy…” writes an unencrypted copy "
                           "where you choose: keep it safe and delete it when you no longer need it."),
                        this))
    , m_progress(new QProgressBar(this))
    , m_add(new QPushButton(tr("&Add file…"), this))
    , m_save(new QPushButton(tr("&Save a copy…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this)) {
    setObjectName(QStringLiteral("recordDocumentsTab"));
    m_view->setObjectName(QStringLiteral("recordDocuments"));
    m_view->setAccessibleName(tr("Documents"));
    m_view->setHeaderLabels({tr("Name"), tr("Type"), tr("Size"), tr("Added")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_empty->setObjectName(QStringLiteral("recordDocumentsEmpty"));
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("recordDocumentsNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("documentProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_add->setObjectName(QStringLiteral("addDocumentButton"));
    m_add->setToolTip(tr("Keep a file of any type (at most 50 MiB) in this patient's record"));
    m_save->setObjectName(QStringLiteral("saveDocumentButton"));
    m_save->setToolTip(tr("Write an unencrypted copy of the selected document to a folder you choose"));
    m_delete->setObjectName(QStringLiteral("deleteDocumentButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_progress);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PatientDocumentsTab::chooseFileToAdd);
    connect(m_save, &QPushButton::clicked, this, &PatientDocumentsTab::chooseWhereToSave);
    connect(m_delete, &QPushButton::clicked, this, &PatientDocumentsTab::confirmDelete);
    connect(m_view, &QTreeWidget::itemActivated, this, &PatientDocumentsTab::chooseWhereToSave);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &PatientDocumentsTab::updateButtons);
    updateButtons();
}

void PatientDocumentsTab::setRecord(const PatientRecord& record) {
    m_patientId = record.patient.id;
    const QString keep = selectedId();
    m_view->clear();
    const QLocale locale;
    if (record.documents) {
        for (const Document& d : *record.documents) {
            auto* item = new QTreeWidgetItem(m_view);
            item->setData(0, DocumentIdRole, d.id);
            item->setText(0, d.name);
            item->setText(1, d.mimeType);
            item->setText(2, locale.formattedDataSize(d.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
            item->setText(
                3, tr("%1, %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(d.createdAt), QLocale::ShortFormat),
                                    record.userNames.value(d.createdBy)));
            if (d.id == keep) {
                m_view->setCurrentItem(item);
            }
        }
    }
    const bool none = m_view->topLevelItemCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    updateButtons();
}

QString PatientDocumentsTab::selectedId() const {
    const QTreeWidgetItem* item = m_view->currentItem();
    return item != nullptr ? item->data(0, DocumentIdRole).toString() : QString();
}

void PatientDocumentsTab::updateButtons() {
    const bool selected = !selectedId().isEmpty();
    m_add->setEnabled(!m_busy && !m_patientId.isEmpty());
    m_save->setEnabled(!m_busy && selected);
    m_delete->setEnabled(!m_busy && selected);
}

void PatientDocumentsTab::setBusy(bool busy, const QString& what) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setAccessibleName(what);
    updateButtons();
}

void PatientDocumentsTab::chooseFileToAdd() {
    auto* dialog = new QFileDialog(this, tr("Add a document"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("addDocumentDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &PatientDocumentsTab::addFrom);
    dialog->open();
}

void PatientDocumentsTab::addFrom(const QString& path) {
    if (m_busy || m_patientId.isEmpty() || path.isEmpty()) {
        return;
    }
    setBusy(true, tr("Adding the document"));
    m_records.addDocument(this, m_patientId, path, [this](Result<Document> added) {
        setBusy(false);
        if (!added) {
            m_infoBar->showMessage(added.error().message, InfoBar::Kind::Error);
            return;
        }
        m_infoBar->showMessage(tr("“%1” was added to the record.").arg(added->name));
        emit changed();
    });
}

void PatientDocumentsTab::chooseWhereToSave() {
    const QTreeWidgetItem* item = m_view->currentItem();
    if (item == nullptr || m_busy) {
        return;
    }
    const QString id = item->data(0, DocumentIdRole).toString();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(item->text(0));
    auto* dialog = new QFileDialog(this, tr("Save an unencrypted copy"), suggested);
    dialog->setObjectName(QStringLiteral("saveDocumentDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& path) { saveTo(id, path); });
    dialog->open();
}

void PatientDocumentsTab::saveTo(const QString& documentId, const QString& path) {
    if (m_busy || documentId.isEmpty() || path.isEmpty()) {
        return;
    }
    setBusy(true, tr("Saving a copy"));
    m_records.saveDocument(this, documentId, path, [this, path](Status saved) {
        setBusy(false);
        if (!saved) {
            m_infoBar->showMessage(saved.error().message, InfoBar::Kind::Error);
            return;
        }
        m_infoBar->showMessage(
            tr("An unencrypted copy was saved to “%1”. Delete it when you no longer need it.").arg(path),
            InfoBar::Kind::Warning);
    });
}

void PatientDocumentsTab::confirmDelete() {
    const QTreeWidgetItem* item = m_view->currentItem();
    if (item == nullptr || m_busy || m_confirm) {
        return;
    }
    const QString id = item->data(0, DocumentIdRole).toString();
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Delete the document?"),
                                tr("“%1” will be removed from the record and its contents deleted from the vault. "
                                   "This cannot be undone.")
                                    .arg(item->text(0)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("deleteDocumentConfirmBox"));
    m_confirm->button(QMessageBox::Yes)->setText(tr("Delete"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        setBusy(true, tr("Deleting the document"));
        m_records.removeDocument(this, id, [this](Status removed) {
            setBusy(false);
            if (!removed) {
                m_infoBar->showMessage(removed.error().message, InfoBar::Kind::Error);
                return;
            }
            emit changed();
        });
    });
    m_confirm->open();
}

} // namespace clinicdesk
