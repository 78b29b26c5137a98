// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/RestoreRunPage.h"

#include "backups/BackupTaskPanel.h"
#include "backups/RestoreFilePage.h"
#include "backups/RestoreFolderPage.h"
#include "backups/RestorePasswordPage.h"
#include "backups/RestoreWizard.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

RestoreRunPage::RestoreRunPage(QWidget* parent)
    : QWizardPage(parent)
    , m_task(new BackupTaskPanel(this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("restoreRunPage"));
    setTitle(tr("Restoring"));
    m_result->setObjectName(QStringLiteral("restoreResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_task);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_task, &BackupTaskPanel::cancelRequested, this, [this] {
        if (m_cancel) {
            *m_cancel = true;
            m_task->cancelButton()->setEnabled(false);
        }
    });
}

void RestoreRunPage::initializePage() {
    auto* wizard = qobject_cast<RestoreWizard*>(this->wizard());
    if (wizard == nullptr || wizard->service() == nullptr) {
        return;
    }
    m_done = false;
    m_result->clear();
    const quint64 run = ++m_run;
    const QString file = wizard->filePage()->path();
    const QString dir = wizard->folderPage()->folder();
    QString text = wizard->passwordPage()->password();
    BackupService::Credentials credentials{wizard->passwordPage()->userName(),
                                           std::make_shared<SecureBytes>(SecureBytes::fromUtf8(text))};
    SecureBytes::wipe(text);
    setSubTitle(tr("From %1 into %2.").arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(dir)));
    m_task->start(BackupTaskPanel::Task::Restore, tr("Restoring into %1").arg(QDir::toNativeSeparators(dir)));
    m_cancel = wizard->service()->restore(
        this, file, credentials, dir,
        [this](BackupStep step, std::int64_t done, std::int64_t total) { m_task->progress(step, done, total); },
        [this, dir, run](Result<BackupReport> report) {
            if (run != m_run) {
                return; // a restore left with Back: it was cancelled
            }
            m_cancel.reset();
            if (m_closeWhenStopped) {
                if (QWizard* w = this->wizard()) {
                    w->QDialog::reject();
                }
                return;
            }
            if (!report) {
                if (report.error().code == ErrorCode::Cancelled) {
                    m_task->stopped(report.error().message);
                } else {
                    m_task->failAt(report.error().message);
                }
                m_result->setText(tr("Nothing was restored. Go back to change the password or the folder."));
                return;
            }
            m_task->succeed(tr("Restored: %n patient(s), %1 audit entries.", nullptr, int(report->patients))
                                .arg(QLocale().toString(qint64(report->auditEntries))));
            m_result->setText(tr("The restored vault is in %1. It is a vault of its own, with the same users and "
                                 "passwords as in the backup; this vault stays open and unchanged. To work in the "
                                 "restored one, start ClinicDesk with that folder.")
                                  .arg(QDir::toNativeSeparators(dir)));
            m_done = true;
            emit completeChanged();
            emit restored(dir);
        });
}

void RestoreRunPage::cleanupPage() {
    // Back from this page: a restore still running stops (and leaves nothing).
    if (m_cancel) {
        *m_cancel = true;
        m_cancel.reset();
    }
    ++m_run;
}

void RestoreRunPage::cancelAndClose() {
    if (!m_cancel) {
        return;
    }
    *m_cancel = true;
    m_closeWhenStopped = true;
    m_task->cancelButton()->setEnabled(false);
}

} // namespace clinicdesk
