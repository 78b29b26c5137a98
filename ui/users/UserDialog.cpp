// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "users/UserDialog.h"

#include "repo/UserRepository.h"
#include "services/UserAdminService.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QString roleHint(Role role) {
    switch (role) {
    case Role::Admin:
        return UserDialog::tr("Everything, including users, backups and the audit log.");
    case Role::Practitioner:
        return UserDialog::tr("Patients, the calendar and clinical notes; no users, backups or audit log.");
    case Role::Receptionist:
        return UserDialog::tr("Patients' details and the calendar; nothing clinical.");
    }
    return {};
}

QLineEdit* lineEdit(QWidget* parent, const char* objectName, int maxLength, const QString& accessibleName) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(maxLength);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(340);
    return edit;
}

} // namespace

UserDialog::UserDialog(UserAdminService& service, const User* existing, const QString& self, bool lastAdmin,
                       QWidget* parent)
    : QDialog(parent)
    , m_service(&service)
    , m_id(existing != nullptr ? existing->id : QString())
    , m_displayName(lineEdit(this, "userDisplayNameEdit", 200, tr("Name shown")))
    , m_name(lineEdit(this, "userNameEdit", 64, tr("Sign-in name")))
    , m_role(new QComboBox(this))
    , m_roleHint(new QLabel(this))
    , m_profession(new QComboBox(this))
    , m_licence(lineEdit(this, "userLicenceEdit", 64, tr("Licence number")))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyBar(tr("Saving"), this))
    , m_accept(new QPushButton(existing != nullptr ? tr("Save") : tr("Add user"), this)) {
    const bool adding = existing == nullptr;
    setObjectName(adding ? QStringLiteral("addUserDialog") : QStringLiteral("editUserDialog"));
    setWindowTitle(adding ? tr("Add a user") : tr("Edit %1").arg(existing->displayName));
    setModal(true);

    m_role->setObjectName(QStringLiteral("userRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (Role role : {Role::Practitioner, Role::Receptionist, Role::Admin}) {
        m_role->addItem(RoleNames::displayName(role), int(role));
    }
    m_roleHint->setObjectName(QStringLiteral("userRoleHint"));
    m_roleHint->setWordWrap(true);
    m_roleHint->setEnabled(false); // a hint, greyed
    m_profession->setObjectName(QStringLiteral("userProfessionCombo"));
    m_profession->setAccessibleName(tr("Profession"));
    m_profession->addItem(tr("None"), -1);
    m_profession->addItem(RoleNames::displayName(Profession::Dentist), int(Profession::Dentist));
    m_profession->addItem(RoleNames::displayName(Profession::Therapist), int(Profession::Therapist));
    m_licence->setPlaceholderText(tr("As on the professional register"));
    m_name->setPlaceholderText(tr("Letters, digits, . _ - @; no spaces"));

    // The choices as wide as the fields beside them, so the form reads as one column.
    m_role->setMinimumWidth(240);
    m_profession->setMinimumWidth(240);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("Name &shown:"), m_displayName);
    form->addRow(tr("S&ign-in name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleHint);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Licence number:"), m_licence);
    if (adding) {
        m_password = lineEdit(this, "userPasswordEdit", 1024, tr("Password"));
        m_repeat = lineEdit(this, "userPasswordRepeatEdit", 1024, tr("Repeat the password"));
        for (QLineEdit* edit : {m_password, m_repeat}) {
            edit->setEchoMode(QLineEdit::Password);
        }
        auto* passwordHint = new QLabel(tr("At least 8 characters. Give it to the user in person; they can change it "
                                           "after signing in."),
                                        this);
        passwordHint->setWordWrap(true);
        passwordHint->setEnabled(false);
        form->addRow(tr("Pass&word:"), m_password);
        form->addRow(tr("R&epeat:"), m_repeat);
        form->addRow(QString(), passwordHint);
    } else {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("The sign-in name cannot change: entries and keys are tied to it."));
        m_displayName->setText(existing->displayName);
        m_role->setCurrentIndex(m_role->findData(int(existing->role)));
        m_profession->setCurrentIndex(m_profession->findData(existing->profession ? int(*existing->profession) : -1));
        m_licence->setText(existing->licenceNumber.value_or(QString()));
        if (existing->id == self) {
            m_roleLock = tr("You cannot change your own role. Another administrator can do it.");
        } else if (lastAdmin) {
            m_roleLock = tr("%1 is the only active administrator and stays one. Make another user an "
                            "administrator first.")
                             .arg(existing->displayName);
        }
        m_role->setEnabled(m_roleLock.isEmpty());
    }

    m_error->setObjectName(QStringLiteral("userDialogError"));
    m_busy->setObjectName(QStringLiteral("userDialogBusy"));

    m_accept->setObjectName(QStringLiteral("userDialogAcceptButton"));
    m_accept->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("userDialogCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::updateRoleFields);
    updateRoleFields();
    m_displayName->setFocus();
}

Role UserDialog::chosenRole() const {
    return static_cast<Role>(m_role->currentData().toInt());
}

void UserDialog::updateRoleFields() {
    const bool clinical = chosenRole() != Role::Receptionist;
    m_profession->setEnabled(clinical);
    m_licence->setEnabled(clinical);
    if (!clinical) {
        m_profession->setCurrentIndex(0);
        m_licence->clear();
    }
    m_roleHint->setText(m_roleLock.isEmpty() ? roleHint(chosenRole()) : m_roleLock);
}

void UserDialog::showError(const QString& message) {
    m_error->showMessage(message);
}

void UserDialog::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_accept->setEnabled(!busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_displayName, m_profession, m_licence, m_password, m_repeat}) {
        if (w != nullptr) {
            w->setEnabled(!busy && (w == m_displayName || w == m_password || w == m_repeat ||
                                    chosenRole() != Role::Receptionist));
        }
    }
    m_role->setEnabled(!busy && m_roleLock.isEmpty());
    if (m_id.isEmpty()) {
        m_name->setEnabled(!busy);
    }
}

void UserDialog::submit() {
    if (!m_service) {
        return;
    }
    showError({});
    const int professionData = m_profession->currentData().toInt();
    const std::optional<Profession> profession =
        professionData < 0 ? std::nullopt : std::optional<Profession>(static_cast<Profession>(professionData));
    const QString licence = m_licence->text().trimmed();
    User draft;
    draft.name = m_name->text().trimmed();
    draft.displayName = m_displayName->text().trimmed();
    draft.role = chosenRole();
    draft.profession = profession;
    draft.licenceNumber = licence.isEmpty() ? std::nullopt : std::optional<QString>(licence);
    if (draft.displayName.isEmpty()) {
        showError(tr("Enter the name shown for this user."));
        m_displayName->setFocus();
        return;
    }
    if (auto s = UserRepository::validate(draft); !s) {
        showError(s.error().message);
        return;
    }
    if (m_id.isEmpty()) {
        if (m_password->text().size() < 8) {
            showError(tr("The password must have at least 8 characters."));
            m_password->setFocus();
            return;
        }
        if (m_password->text() != m_repeat->text()) {
            showError(tr("The two passwords differ."));
            m_repeat->setFocus();
            return;
        }
        NewUser user;
        user.name = draft.name;
        user.displayName = draft.displayName;
        user.role = draft.role;
        user.profession = draft.profession;
        user.licenceNumber = draft.licenceNumber;
        QString text = m_password->text();
        auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(text));
        SecureBytes::wipe(text);
        setBusy(true);
        m_service->add(this, user, std::move(password), [this](Result<User> added) {
            setBusy(false);
            if (!added) {
                showError(added.error().message);
                return;
            }
            m_password->clear();
            m_repeat->clear();
            emit saved(*added);
            accept();
        });
        return;
    }
    UserAdminService::Change change{draft.displayName, draft.role, draft.profession, draft.licenceNumber};
    setBusy(true);
    m_service->save(this, m_id, change, [this](Result<User> saved) {
        setBusy(false);
        if (!saved) {
            showError(saved.error().message);
            return;
        }
        emit this->saved(*saved);
        accept();
    });
}

} // namespace clinicdesk
