// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/RestoreFilePage.h"

#include "backups/RestoreWizard.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

RestoreFilePage::RestoreFilePage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose…"), this))
    , m_info(new QLabel(this)) {
    setObjectName(QStringLiteral("restoreFilePage"));
    setTitle(tr("Which backup?"));
    setSubTitle(tr("Choose the backup file to restore. The vault in it becomes a vault of its own; this one is not "
                   "changed."));
    m_path->setObjectName(QStringLiteral("restoreFileEdit"));
    m_path->setAccessibleName(tr("Backup file"));
    m_path->setPlaceholderText(tr("A .cdb file"));
    m_browse->setObjectName(QStringLiteral("restoreFileBrowseButton"));
    m_info->setObjectName(QStringLiteral("restoreFileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addStretch(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_checked.clear();
        m_info->clear();
        emit completeChanged();
        m_delay.start();
    });
    connect(&m_delay, &QTimer::timeout, this, &RestoreFilePage::inspect);
    connect(m_browse, &QPushButton::clicked, this, &RestoreFilePage::browse);
}

QString RestoreFilePage::path() const {
    return m_path->text().trimmed();
}

bool RestoreFilePage::isComplete() const {
    return !m_checked.isEmpty() && m_checked == path();
}

void RestoreFilePage::browse() {
    auto* wizard = qobject_cast<RestoreWizard*>(this->wizard());
    auto* dialog = new QFileDialog(this, tr("Backup to restore"), wizard != nullptr ? wizard->startFolder() : QString(),
                                   tr("ClinicDesk backups (*.cdb);;All files (*)"));
    dialog->setObjectName(QStringLiteral("restoreFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

void RestoreFilePage::inspect() {
    auto* wizard = qobject_cast<RestoreWizard*>(this->wizard());
    const QString chosen = path();
    if (chosen.isEmpty() || wizard == nullptr || wizard->service() == nullptr) {
        return;
    }
    m_info->setText(tr("Reading the file…"));
    wizard->service()->inspect(this, chosen, [this, chosen, wizard](Result<BackupHeader> header) {
        if (chosen != path()) {
            return; // the user typed on
        }
        if (!header) {
            m_info->setText(header.error().message);
            return;
        }
        m_thisVault = wizard->service() != nullptr && header->vaultId == wizard->service()->vaultId();
        const QString made = QLocale().toString(QDateTime::fromMSecsSinceEpoch(header->createdAt), QLocale::LongFormat);
        m_info->setText(m_thisVault ? tr("A backup of this vault, made %1.").arg(made)
                                    : tr("A backup of another vault, made %1.").arg(made));
        m_checked = chosen;
        emit completeChanged();
    });
}

} // namespace clinicdesk
