// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/RestoreWizard.h"

#include "backups/RestoreFilePage.h"
#include "backups/RestoreFolderPage.h"
#include "backups/RestorePasswordPage.h"
#include "backups/RestoreRunPage.h"

#include <QAbstractButton>

namespace clinicdesk {

RestoreWizard::RestoreWizard(BackupService& service, const QString& startFolder, QWidget* parent)
    : QWizard(parent)
    , m_service(&service)
    , m_startFolder(startFolder)
    , m_file(new RestoreFilePage(this))
    , m_password(new RestorePasswordPage(this))
    , m_folder(new RestoreFolderPage(this))
    , m_run(new RestoreRunPage(this)) {
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore a backup into a new folder"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setModal(true);
    addPage(m_file);
    addPage(m_password);
    addPage(m_folder);
    addPage(m_run);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("restoreNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("restoreBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("restoreFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("restoreCancelButton"));
    resize(640, 480);
    connect(m_run, &RestoreRunPage::restored, this, &RestoreWizard::restored);
}

void RestoreWizard::reject() {
    // A restore still running is stopped first (it leaves nothing); the wizard closes when it has.
    if (m_run->isRunning()) {
        m_run->cancelAndClose();
        return;
    }
    QWizard::reject();
}

} // namespace clinicdesk
