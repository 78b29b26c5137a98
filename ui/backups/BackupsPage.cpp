// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/BackupsPage.h"

#include "backups/BackupCredentialsDialog.h"
#include "backups/BackupStatusIndicator.h"
#include "backups/BackupTaskPanel.h"
#include "backups/RestoreWizard.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"
#include "widgets/ThemedIcon.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

// One thing the page does: a title, a sentence, and its button on the right.
void addTask(QGridLayout* grid, int row, const QString& title, const QString& text, QPushButton* button) {
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);
    auto* description = new QLabel(text);
    description->setWordWrap(true);
    description->setBuddy(button);
    button->setAccessibleDescription(text);
    button->setMinimumWidth(170);
    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(heading);
    words->addWidget(description);
    grid->addLayout(words, row, 0);
    grid->addWidget(button, row, 1, Qt::AlignRight | Qt::AlignVCenter);
}

QString describe(const BackupReport& report) {
    return BackupsPage::tr("%n patient(s), %1 audit entries, %2", nullptr, int(report.patients))
        .arg(QLocale().toString(qint64(report.auditEntries)), QLocale().formattedDataSize(report.databaseBytes));
}

} // namespace

BackupsPage::BackupsPage(BackupService& service, QSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_service(&service)
    , m_settings(settings)
    , m_last(new QLabel(this))
    , m_backUp(new QPushButton(tr("&Back up now…"), this))
    , m_verify(new QPushButton(tr("&Verify a file…"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_task(new BackupTaskPanel(this))
    , m_infoBar(new InfoBar(this)) {
    setObjectName(QStringLiteral("backupsPage"));
    m_infoBar->setObjectName(QStringLiteral("backupsInfoBar"));
    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("backupsBackButton"));
    back->setToolTip(tr("Back to Settings"));
    connect(back, &QPushButton::clicked, this, &BackupsPage::backRequested);
    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUp->setIcon(ThemedIcon::make(QStringLiteral("backup"), this));
    m_verify->setObjectName(QStringLiteral("verifyBackupButton"));
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_last->setObjectName(QStringLiteral("lastBackupLabel"));
    m_last->setWordWrap(true);
    m_last->setTextFormat(Qt::PlainText);

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addStretch(1);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(20);
    grid->setColumnStretch(0, 1);
    addTask(grid, 0, tr("Back up now"),
            tr("The whole vault in one encrypted file, checked right after it is written. Keep backups on a USB "
               "drive or a network share, not only on this computer."),
            m_backUp);
    addTask(grid, 1, tr("Verify a backup file"),
            tr("Checks that a file is complete and unmodified, that the database in it is intact and that its "
               "audit log is unbroken."),
            m_verify);
    addTask(grid, 2, tr("Restore into a new folder"),
            tr("Makes a separate vault from a backup file, in a new or empty folder. This vault is not changed."),
            m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 24);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(new PageTitle(tr("Backups"), this));
    layout->addWidget(m_last);
    layout->addWidget(m_infoBar);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_task);
    layout->addStretch(1);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::chooseBackupFile);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::chooseFileToVerify);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::startRestore);
    connect(m_task, &BackupTaskPanel::cancelRequested, this, [this] {
        if (m_cancel) {
            *m_cancel = true;
            m_task->cancelButton()->setEnabled(false);
        }
    });
    connect(&service, &BackupService::verifiedBackupRecorded, this,
            [this](const VerifiedBackup& backup) { showLast(backup); });
    setFocusProxy(m_backUp);
}

void BackupsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void BackupsPage::refresh() {
    if (!m_service) {
        return;
    }
    m_service->lastVerified(this, [this](Result<std::optional<VerifiedBackup>> backup) {
        if (backup) {
            showLast(*backup);
        }
    });
}

void BackupsPage::showLast(const std::optional<VerifiedBackup>& backup) {
    if (!backup) {
        m_last->setText(tr("This vault has no verified backup yet. Make one now, and keep it away from this "
                           "computer."));
        return;
    }
    const QString made = QLocale().toString(QDateTime::fromMSecsSinceEpoch(backup->createdAt), QLocale::LongFormat);
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - backup->createdAt;
    QString text = tr("Last verified backup: made %1 (%2)").arg(made, BackupStatusIndicator::ageText(age));
    if (!backup->fileName.isEmpty()) {
        text += QLatin1String(", ") + tr("file %1").arg(backup->fileName);
    }
    text += QLatin1Char('.');
    if (age > BackupStatusIndicator::kOverdueMs) {
        text += QLatin1Char(' ') + tr("That is more than a day ago: make a new one.");
    }
    m_last->setText(text);
}

QString BackupsPage::folder() const {
    QString stored = m_settings != nullptr ? m_settings->value(QLatin1String(kFolderKey)).toString() : QString();
    if (!stored.isEmpty() && QDir(stored).exists()) {
        return stored;
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void BackupsPage::rememberFolder(const QString& path) {
    if (m_settings != nullptr) {
        m_settings->setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    }
}

void BackupsPage::setRunning(bool running) {
    m_backUp->setEnabled(!running);
    m_verify->setEnabled(!running);
    m_restore->setEnabled(!running);
}

void BackupsPage::chooseBackupFile() {
    const QString name = QStringLiteral("clinicdesk-%1.cdb")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    auto* dialog =
        new QFileDialog(this, tr("Back up to"), QDir(folder()).filePath(name), tr("ClinicDesk backups (*.cdb)"));
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("cdb"));
    // An existing file is never replaced: the backup refuses it with a sentence of its own.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupsPage::backUpTo);
    dialog->open();
}

void BackupsPage::backUpTo(const QString& path) {
    if (!m_service || m_task->isRunning()) {
        return;
    }
    rememberFolder(path);
    m_infoBar->dismiss();
    setRunning(true);
    m_task->start(BackupTaskPanel::Task::Create, tr("Backing up to %1").arg(QDir::toNativeSeparators(path)));
    m_cancel = m_service->create(
        this, path,
        [this](BackupStep step, std::int64_t done, std::int64_t total) { m_task->progress(step, done, total); },
        [this, path](Result<BackupService::Made> made) {
            setRunning(false);
            m_cancel.reset();
            if (!made) {
                finish(made.error());
                return;
            }
            m_task->succeed(tr("Backed up and verified: %1.").arg(describe(made->report)));
            m_infoBar->showMessage(tr("The backup %1 is complete and verified. Keep a copy away from this computer.")
                                       .arg(QFileInfo(path).fileName()));
            emit taskFinished();
        });
}

void BackupsPage::finish(const Error& error) {
    if (error.code == ErrorCode::Cancelled) {
        m_task->stopped(error.message);
        m_infoBar->showMessage(error.message);
    } else {
        m_task->failAt(error.message);
        m_infoBar->showMessage(error.message, InfoBar::Kind::Error);
    }
    emit taskFinished();
}

void BackupsPage::chooseFileToVerify() {
    auto* dialog =
        new QFileDialog(this, tr("Verify a backup file"), folder(), tr("ClinicDesk backups (*.cdb);;All files (*)"));
    dialog->setObjectName(QStringLiteral("verifyFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupsPage::verifyFile);
    dialog->open();
}

void BackupsPage::verifyFile(const QString& path) {
    if (!m_service || m_task->isRunning()) {
        return;
    }
    rememberFolder(path);
    m_infoBar->dismiss();
    setRunning(true);
    m_service->inspect(this, path, [this, path](Result<BackupHeader> header) {
        if (!m_service) {
            return;
        }
        if (!header) {
            setRunning(false);
            m_task->hide();
            m_infoBar->showMessage(header.error().message, InfoBar::Kind::Error);
            emit taskFinished();
            return;
        }
        if (header->vaultId == m_service->vaultId()) {
            runVerify(path, std::nullopt);
            return;
        }
        auto* dialog = new BackupCredentialsDialog(QFileInfo(path).fileName(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::rejected, this, [this] {
            setRunning(false);
            emit taskFinished();
        });
        connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
            QString text = dialog->takePassword();
            BackupService::Credentials credentials{dialog->userName(),
                                                   std::make_shared<SecureBytes>(SecureBytes::fromUtf8(text))};
            SecureBytes::wipe(text);
            runVerify(path, credentials);
        });
        dialog->open();
    });
}

void BackupsPage::runVerify(const QString& path, const std::optional<BackupService::Credentials>& credentials) {
    m_task->start(BackupTaskPanel::Task::Verify, tr("Checking %1").arg(QDir::toNativeSeparators(path)));
    m_cancel = m_service->verify(
        this, path, credentials,
        [this](BackupStep step, std::int64_t done, std::int64_t total) { m_task->progress(step, done, total); },
        [this, path](Result<BackupService::Checked> checked) {
            setRunning(false);
            m_cancel.reset();
            if (!checked) {
                finish(checked.error());
                return;
            }
            const QString made =
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(checked->report.createdAt), QLocale::ShortFormat);
            m_task->succeed(tr("Intact: made %1; %2.").arg(made, describe(checked->report)));
            m_infoBar->showMessage(checked->thisVault
                                       ? tr("%1 is an intact backup of this vault.").arg(QFileInfo(path).fileName())
                                       : tr("%1 is an intact backup of another vault; it says nothing about this "
                                            "vault's backups.")
                                             .arg(QFileInfo(path).fileName()));
            emit taskFinished();
        });
}

void BackupsPage::startRestore() {
    if (!m_service || m_task->isRunning()) {
        return;
    }
    auto* wizard = new RestoreWizard(*m_service, folder(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RestoreWizard::restored, this, [this](const QString& dir) {
        m_infoBar->showMessage(
            tr("A vault was restored into %1. This vault is unchanged.").arg(QDir::toNativeSeparators(dir)));
    });
    wizard->open();
}

} // namespace clinicdesk
