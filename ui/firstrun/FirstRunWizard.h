// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KdfParams.h"
#include "session/VaultSession.h"

#include <QWizard>

#include <memory>

namespace clinicdesk {

class Worker;

class AdministratorPage;
class CreateVaultPage;
class FinishPage;
class RecoveryCodePage;
class VaultFolderPage;

// First run: a new vault and its administrator. Creating the vault (Argon2id
// for two envelopes) runs on `vaultTasks`; the wizard shows a busy page and
// cannot be left while it runs, and after it succeeded only forward (the
// recovery code is shown once). Accepted means: session() is signed in.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FolderPageId, AdministratorPageId, CreatePageId, RecoveryPageId, FinishPageId };

    FirstRunWizard(const QString& defaultFolder, Worker& vaultTasks, KdfParams kdf = KdfParams::interactive(),
                   QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    [[nodiscard]] std::shared_ptr<VaultSession> session() const { return m_session; }
    [[nodiscard]] QString vaultFolder() const;
    [[nodiscard]] bool rememberOnThisComputer() const;

    void reject() override;

private:
    enum class State { Editing, Creating, Created };

    void onPageChanged(int id);
    void startCreating();
    void updateButtons();

    Worker& m_vaultTasks;
    KdfParams m_kdf;
    State m_state = State::Editing;
    std::shared_ptr<VaultSession> m_session;
    VaultFolderPage* m_folderPage;
    AdministratorPage* m_adminPage;
    CreateVaultPage* m_createPage;
    RecoveryCodePage* m_recoveryPage;
    FinishPage* m_finishPage;
};

} // namespace clinicdesk
