// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "firstrun/RecoveryCodePage.h"

#include "crypto/SecureBytes.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

RecoveryCodePage::RecoveryCodePage(QWidget* parent)
    : QWizardPage(parent)
    , m_codeLabel(new QLabel(this))
    , m_confirm(new QCheckBox(tr("I have &written down the recovery code"), this))
    , m_copied(new QLabel(this)) {
    setObjectName(QStringLiteral("recoveryCodePage"));
    setTitle(tr("Your recovery code"));
    setSubTitle(tr("If every password is forgotten, this code is the only way to open the vault."));

    auto* explain = new QLabel(tr("Write the code on paper and keep it somewhere safe, away from this computer. "
                                  "ClinicDesk shows it only now and does not store it."),
                               this);
    explain->setWordWrap(true);

    m_codeLabel->setObjectName(QStringLiteral("recoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_codeLabel->setFont(mono);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMargin(14);
    m_codeLabel->setAccessibleName(tr("Recovery code"));

    auto* copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyRecoveryCodeButton"));
    copyButton->setToolTip(tr("Copies the code; ClinicDesk clears it from the clipboard after a minute."));
    m_copied->setObjectName(QStringLiteral("recoveryCodeCopiedLabel"));
    m_copied->setEnabled(false);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(copyButton);
    copyRow->addWidget(m_copied, 1);

    m_confirm->setObjectName(QStringLiteral("recoveryConfirmCheck"));
    // The trailing * makes the field mandatory: Next stays off until it is ticked.
    registerField(QStringLiteral("recoveryConfirmed*"), m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addSpacing(8);
    layout->addWidget(m_codeLabel);
    layout->addLayout(copyRow);
    layout->addStretch(1);
    layout->addWidget(m_confirm);

    m_clipboardTimer.setSingleShot(true);
    m_clipboardTimer.setInterval(kClipboardClearMs);
    connect(&m_clipboardTimer, &QTimer::timeout, this, &RecoveryCodePage::clearClipboard);
    connect(copyButton, &QPushButton::clicked, this, &RecoveryCodePage::copy);
}

RecoveryCodePage::~RecoveryCodePage() {
    clearClipboard();
    SecureBytes::wipe(m_code);
}

void RecoveryCodePage::setCode(const QString& code) {
    m_code = code;
    m_codeLabel->setText(code);
}

void RecoveryCodePage::copy() {
    auto* mime = new QMimeData;
    mime->setText(m_code);
    // Asks clipboard managers (KDE Klipper and others) not to keep a history copy.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(mime);
    m_copied->setText(tr("Copied. The clipboard is cleared in one minute."));
    m_clipboardTimer.start();
}

void RecoveryCodePage::clearClipboard() {
    QClipboard* clipboard = QApplication::clipboard();
    if (!m_code.isEmpty() && clipboard != nullptr && clipboard->text() == m_code) {
        clipboard->clear();
    }
    m_copied->clear();
}

} // namespace clinicdesk
