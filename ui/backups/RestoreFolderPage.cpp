// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/RestoreFolderPage.h"

#include "backups/RestoreWizard.h"
#include "widgets/Tone.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

RestoreFolderPage::RestoreFolderPage(QWidget* parent)
    : QWizardPage(parent)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose…"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("restoreFolderPage"));
    setTitle(tr("Where should the restored vault go?"));
    setSubTitle(tr("A new folder, or an empty one. Nothing that is already there is ever overwritten."));
    m_folder->setObjectName(QStringLiteral("restoreFolderEdit"));
    m_folder->setAccessibleName(tr("Folder for the restored vault"));
    m_browse->setObjectName(QStringLiteral("restoreFolderBrowseButton"));
    m_status->setObjectName(QStringLiteral("restoreFolderStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        m_accepted.clear();
        m_status->clear();
        emit completeChanged();
        m_delay.start();
    });
    connect(&m_delay, &QTimer::timeout, this, &RestoreFolderPage::check);
    connect(m_browse, &QPushButton::clicked, this, &RestoreFolderPage::browse);
}

QString RestoreFolderPage::folder() const {
    return m_folder->text().trimmed();
}

bool RestoreFolderPage::isComplete() const {
    return !m_accepted.isEmpty() && m_accepted == folder();
}

void RestoreFolderPage::browse() {
    auto* wizard = qobject_cast<RestoreWizard*>(this->wizard());
    auto* dialog = new QFileDialog(this, tr("Folder for the restored vault"),
                                   wizard != nullptr ? wizard->startFolder() : QString());
    dialog->setObjectName(QStringLiteral("restoreFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
    dialog->open();
}

void RestoreFolderPage::check() {
    auto* wizard = qobject_cast<RestoreWizard*>(this->wizard());
    const QString chosen = folder();
    if (chosen.isEmpty() || wizard == nullptr || wizard->service() == nullptr) {
        return;
    }
    wizard->service()->checkRestoreTarget(this, chosen, [this, chosen](Status usable) {
        if (chosen != folder()) {
            return;
        }
        QPalette p = m_status->palette();
        if (!usable) {
            p.setColor(QPalette::WindowText, Tone::text(Tone::Kind::Error, this));
            m_status->setPalette(p);
            m_status->setText(usable.error().message);
            return;
        }
        m_status->setPalette(palette());
        m_status->setText(tr("This folder can take the restored vault: it is new or empty."));
        m_accepted = chosen;
        emit completeChanged();
    });
}

} // namespace clinicdesk
