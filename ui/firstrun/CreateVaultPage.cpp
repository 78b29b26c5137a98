// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "firstrun/CreateVaultPage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace clinicdesk {

CreateVaultPage::CreateVaultPage(QWidget* parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("createVaultPage"));
    setTitle(tr("Creating the vault"));
    setSubTitle(tr("ClinicDesk makes a new encryption key and protects it with your password."));
    // Once the vault exists there is no way back to change the folder or user.
    setCommitPage(true);

    m_status->setObjectName(QStringLiteral("createVaultStatusLabel"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("createVaultProgress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_error->setObjectName(QStringLiteral("createVaultErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void CreateVaultPage::showWorking() {
    m_created = false;
    m_status->setText(tr("Creating the encrypted vault… This takes a few seconds."));
    m_busy->show();
    m_error->clear();
    emit completeChanged();
}

void CreateVaultPage::showCreated() {
    m_created = true;
    m_status->setText(tr("The vault is ready."));
    m_busy->hide();
    emit completeChanged();
}

void CreateVaultPage::showFailed(const QString& message) {
    m_created = false;
    m_status->setText(tr("The vault could not be created."));
    m_busy->hide();
    m_error->setText(tr("%1\n\nGo back to change the folder or the administrator, then try again.").arg(message));
    emit completeChanged();
}

} // namespace clinicdesk
