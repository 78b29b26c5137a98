// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "firstrun/FinishPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace clinicdesk {

FinishPage::FinishPage(QWidget* parent)
    : QWizardPage(parent)
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this)) {
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("All set"));
    setSubTitle(tr("The vault is ready and you are signed in as its administrator."));
    setFinalPage(true);

    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(false);
    auto* explain = new QLabel(tr("ClinicDesk then keeps a key in this computer's keychain and opens the vault at "
                                  "start without your password, so only turn this on if nobody else uses your "
                                  "account on this computer."),
                               this);
    explain->setObjectName(QStringLiteral("rememberExplanationLabel"));
    explain->setWordWrap(true);
    explain->setIndent(24);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_remember);
    layout->addWidget(explain);
    layout->addStretch(1);
}

bool FinishPage::rememberOnThisComputer() const {
    return m_remember->isChecked();
}

} // namespace clinicdesk
