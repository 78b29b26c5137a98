// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"
#include "session/VaultSession.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clinicdesk {

// The first user: the administrator, with their own password.
class AdministratorPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdministratorPage(QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] NewUser user() const;
    // The password in guarded memory; the caller wipes the fields after use.
    [[nodiscard]] SecureBytes password() const;
    void clearPasswords();

    static constexpr int kMinPasswordLength = 8;

private:
    // nullopt when the page is complete; otherwise the first thing to fix
    // (an empty text while the user has simply not typed it yet).
    [[nodiscard]] std::optional<QString> problem() const;
    void check();

    QLineEdit* m_name;
    QLineEdit* m_displayName;
    QComboBox* m_profession;
    QLineEdit* m_licence;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_problem;
};

} // namespace clinicdesk
