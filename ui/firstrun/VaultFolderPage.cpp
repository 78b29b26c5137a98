// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "firstrun/VaultFolderPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

VaultFolderPage::VaultFolderPage(const QString& defaultFolder, QWidget* parent)
    : QWizardPage(parent)
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("vaultFolderPage"));
    setTitle(tr("Welcome to ClinicDesk"));
    setSubTitle(tr("ClinicDesk keeps your patients, notes and records in one encrypted vault on this computer."));

    auto* intro = new QLabel(tr("This assistant creates the vault and its first user, the administrator. "
                                "Choose a new or empty folder for it. Keep the folder on this computer and "
                                "include it in your backups."),
                             this);
    intro->setWordWrap(true);

    m_folder->setObjectName(QStringLiteral("vaultFolderEdit"));
    m_folder->setText(QDir::toNativeSeparators(defaultFolder));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("vaultFolderBrowseButton"));
    m_problem->setObjectName(QStringLiteral("vaultFolderProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* label = new QLabel(tr("Vault &folder:"), this);
    label->setBuddy(m_folder);
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_folder, &QLineEdit::textChanged, this, &VaultFolderPage::check);
    connect(browse, &QPushButton::clicked, this, &VaultFolderPage::browse);
    check();
}

QString VaultFolderPage::folder() const {
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

QString VaultFolderPage::problemWith(const QString& dir) {
    if (dir.isEmpty()) {
        return tr("Choose a folder for the vault.");
    }
    if (QDir::isRelativePath(dir)) {
        return tr("Give the full path of the folder.");
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        return tr("This is a file, not a folder.");
    }
    if (info.exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return tr("This folder is not empty. Choose a new or empty folder.");
    }
    return {};
}

void VaultFolderPage::check() {
    // A folder that does not exist yet is fine: the vault creates it.
    m_problem->setText(problemWith(folder()));
    emit completeChanged();
}

bool VaultFolderPage::isComplete() const {
    return problemWith(folder()).isEmpty();
}

void VaultFolderPage::browse() {
    auto* dialog = new QFileDialog(this, tr("Choose the vault folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QFileInfo current(folder());
    dialog->setDirectory(current.exists() ? current.absoluteFilePath() : current.absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& chosen) {
        QString dir = chosen;
        // A folder that already has files gets a new subfolder for the vault.
        if (!problemWith(dir).isEmpty() && QFileInfo(dir).isDir()) {
            dir = QDir(dir).filePath(tr("ClinicDesk vault"));
        }
        m_folder->setText(QDir::toNativeSeparators(dir));
    });
    dialog->open();
}

} // namespace clinicdesk
