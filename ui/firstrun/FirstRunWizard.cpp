// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "firstrun/FirstRunWizard.h"

#include "async/Worker.h"
#include "firstrun/AdministratorPage.h"
#include "firstrun/CreateVaultPage.h"
#include "firstrun/FinishPage.h"
#include "firstrun/RecoveryCodePage.h"
#include "firstrun/VaultFolderPage.h"
#include "util/Logging.h"

#include <QAbstractButton>
#include <QIcon>

namespace clinicdesk {

namespace {

struct CreatedVault {
    std::shared_ptr<VaultSession> session;
    QString recoveryCode;
};

} // namespace

FirstRunWizard::FirstRunWizard(const QString& defaultFolder, Worker& vaultTasks, KdfParams kdf, QWidget* parent)
    : QWizard(parent)
    , m_vaultTasks(vaultTasks)
    , m_kdf(kdf)
    , m_folderPage(new VaultFolderPage(defaultFolder, this))
    , m_adminPage(new AdministratorPage(this))
    , m_createPage(new CreateVaultPage(this))
    , m_recoveryPage(new RecoveryCodePage(this))
    , m_finishPage(new FinishPage(this)) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up ClinicDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")).pixmap(48, 48));
    setButtonText(QWizard::CommitButton, tr("Continue"));
    setButtonText(QWizard::FinishButton, tr("&Start ClinicDesk"));
    setMinimumSize(640, 500);

    setPage(FolderPageId, m_folderPage);
    setPage(AdministratorPageId, m_adminPage);
    setPage(CreatePageId, m_createPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setPage(FinishPageId, m_finishPage);
    setStartId(FolderPageId);

    connect(this, &QWizard::currentIdChanged, this, &FirstRunWizard::onPageChanged);
    updateButtons();
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::vaultFolder() const {
    return m_folderPage->folder();
}

bool FirstRunWizard::rememberOnThisComputer() const {
    return m_finishPage->rememberOnThisComputer();
}

void FirstRunWizard::reject() {
    // While the vault is being made, and after (the recovery code must be
    // confirmed), closing would lose the only sight of the recovery code.
    if (m_state != State::Editing) {
        return;
    }
    QWizard::reject();
}

void FirstRunWizard::onPageChanged(int id) {
    if (id == CreatePageId && m_state == State::Editing) {
        startCreating();
    }
    updateButtons();
}

void FirstRunWizard::updateButtons() {
    switch (m_state) {
    case State::Editing:
        setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                         QWizard::FinishButton, QWizard::CancelButton});
        break;
    case State::Creating:
        setButtonLayout({QWizard::Stretch});
        break;
    case State::Created:
        setButtonLayout({QWizard::Stretch, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton});
        break;
    }
}

void FirstRunWizard::startCreating() {
    m_state = State::Creating;
    m_createPage->showWorking();
    updateButtons();
    m_vaultTasks.post(
        this,
        [dir = vaultFolder(), admin = m_adminPage->user(), password = m_adminPage->password(),
         kdf = m_kdf]() -> Result<CreatedVault> {
            auto created = VaultSession::createVault(dir, admin, password, kdf);
            if (!created) {
                return std::unexpected(created.error());
            }
            created->session->vault().setKdfForNewEnvelopes(kdf);
            return CreatedVault{std::shared_ptr<VaultSession>(std::move(created->session)), created->recoveryCode};
        },
        [this](Result<CreatedVault> result) {
            if (!result) {
                qCWarning(lcUi) << "creating the vault failed:" << errorCodeName(result.error().code)
                                << result.error().detail;
                m_state = State::Editing;
                m_createPage->showFailed(result.error().message);
                updateButtons();
                return;
            }
            m_session = std::move(result->session);
            m_adminPage->clearPasswords();
            m_recoveryPage->setCode(result->recoveryCode);
            SecureBytes::wipe(result->recoveryCode);
            m_state = State::Created;
            m_createPage->showCreated();
            updateButtons();
            next();
        });
}

} // namespace clinicdesk
