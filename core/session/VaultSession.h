// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "repo/AppointmentRepository.h"
#include "repo/BackupStatusStore.h"
#include "repo/EncounterRepository.h"
#include "repo/PatientRepository.h"
#include "repo/RecordingRepository.h"
#include "repo/UserRepository.h"
#include "storage/Vault.h"

#include <QCoreApplication>

#include <memory>

namespace clinicdesk {

struct NewUser {
    QString name;
    QString displayName;
    Role role = Role::Practitioner;
    std::optional<Profession> profession;
    std::optional<QString> licenceNumber;
};

// A signed-in user on an unlocked vault: the entry point for the GUI and the
// CLI. Logging in opens the user's key envelope; the user row comes from the
// database it unlocked. Logins, logouts and password changes are audited.
class VaultSession {
    Q_DECLARE_TR_FUNCTIONS(VaultSession)
public:
    struct Created {
        std::unique_ptr<VaultSession> session;
        QString recoveryCode;
    };

    [[nodiscard]] static Result<Created> createVault(const QString& dir, const NewUser& admin,
                                                     const SecureBytes& password,
                                                     const KdfParams& kdf = KdfParams::interactive());
    // An empty userName means "the only administrator".
    [[nodiscard]] static Result<std::unique_ptr<VaultSession>> login(const QString& dir, const QString& userName,
                                                                     const SecureBytes& password);
    [[nodiscard]] static Result<std::unique_ptr<VaultSession>>
    loginWithKeychainKey(const QString& dir, const QString& userName, const SecureBytes& wrappingKey);
    // Opens with the recovery code and sets a new password for `userName`.
    [[nodiscard]] static Result<std::unique_ptr<VaultSession>>
    recover(const QString& dir, const QString& recoveryCode, const QString& userName, const SecureBytes& newPassword);

    ~VaultSession();

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] const User& user() const { return m_session.user; }
    [[nodiscard]] Vault& vault() { return *m_vault; }
    [[nodiscard]] Database& db() { return m_vault->db(); }

    [[nodiscard]] PatientRepository patients() { return PatientRepository(m_vault->db(), m_session); }
    [[nodiscard]] AppointmentRepository appointments() { return AppointmentRepository(m_vault->db(), m_session); }
    [[nodiscard]] UserRepository users() { return UserRepository(m_vault->db(), m_session); }
    [[nodiscard]] EncounterRepository encounters() { return EncounterRepository(m_vault->db(), m_session); }
    [[nodiscard]] RecordingRepository recordings() { return RecordingRepository(m_vault->db(), m_session); }
    [[nodiscard]] BackupStatusStore backupStatus() { return BackupStatusStore(m_vault->db(), m_session); }

    // Admin only: a new user with their own password envelope.
    [[nodiscard]] Result<User> addUser(const NewUser& user, const SecureBytes& password);
    // A user changes their own password, or an admin sets anyone's. One envelope is re-sealed.
    [[nodiscard]] Status changePassword(const QString& userName, const SecureBytes& newPassword);
    // "Remember on this computer": returns the wrapping key for the keychain.
    [[nodiscard]] Result<SecureBytes> rememberOnThisComputer();
    [[nodiscard]] Status forgetOnThisComputer();

    [[nodiscard]] Result<AuditVerifyReport> verifyAudit();
    [[nodiscard]] Result<std::vector<AuditEntry>> auditEntries(std::int64_t limit = 100);

    // Audits the logout, writes the anchor and wipes the key.
    void logout();

private:
    VaultSession(std::unique_ptr<Vault> vault, Session session);
    [[nodiscard]] static Result<std::unique_ptr<VaultSession>> start(std::unique_ptr<Vault> vault,
                                                                     const QString& userId, const QString& how);
    [[nodiscard]] Status audit(const QString& action, const QString& entity, const QString& id,
                               const QString& detail = {});

    std::unique_ptr<Vault> m_vault;
    Session m_session;
};

} // namespace clinicdesk
