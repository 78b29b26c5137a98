// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "firstrun/AdministratorPage.h"

#include "repo/UserRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clinicdesk {

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_profession(new QComboBox(this))
    , m_licence(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("administratorPage"));
    setTitle(tr("The administrator"));
    setSubTitle(tr("The administrator adds the other users later. Each user has their own password, and each "
                   "password opens the vault."));

    m_name->setObjectName(QStringLiteral("adminNameEdit"));
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("for example anna.berg"));
    m_displayName->setObjectName(QStringLiteral("adminDisplayNameEdit"));
    m_displayName->setMaxLength(200);
    m_displayName->setPlaceholderText(tr("for example Dr Anna Berg"));
    m_profession->setObjectName(QStringLiteral("professionCombo"));
    m_profession->addItem(tr("None (not a clinician)"));
    m_profession->addItem(RoleNames::displayName(Profession::Dentist),
                          QVariant::fromValue(static_cast<int>(Profession::Dentist)));
    m_profession->addItem(RoleNames::displayName(Profession::Therapist),
                          QVariant::fromValue(static_cast<int>(Profession::Therapist)));
    m_licence->setObjectName(QStringLiteral("licenceEdit"));
    m_licence->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(kMinPasswordLength));
    m_confirm->setObjectName(QStringLiteral("passwordConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("adminProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Licence number:"), m_licence);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_confirm);

    auto* note = new QLabel(tr("Choose a password you can remember: nobody, not even ClinicDesk's makers, can read "
                               "the vault without it. The next pages show a recovery code for emergencies."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(note);

    for (QLineEdit* edit : {m_name, m_displayName, m_licence, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &AdministratorPage::check);
    }
    connect(m_profession, &QComboBox::currentIndexChanged, this, &AdministratorPage::check);
    setButtonText(QWizard::NextButton, tr("&Create vault"));
    check();
}

NewUser AdministratorPage::user() const {
    NewUser user;
    user.name = m_name->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = Role::Admin;
    if (const QVariant profession = m_profession->currentData(); profession.isValid()) {
        user.profession = static_cast<Profession>(profession.toInt());
    }
    if (const QString licence = m_licence->text().trimmed(); !licence.isEmpty()) {
        user.licenceNumber = licence;
    }
    return user;
}

SecureBytes AdministratorPage::password() const {
    QString typed = m_password->text();
    SecureBytes bytes = SecureBytes::fromUtf8(typed);
    SecureBytes::wipe(typed);
    return bytes;
}

void AdministratorPage::clearPasswords() {
    m_password->clear();
    m_confirm->clear();
}

std::optional<QString> AdministratorPage::problem() const {
    if (m_name->text().trimmed().isEmpty()) {
        return QString(); // nothing typed yet: incomplete, but nothing to scold
    }
    User candidate;
    const NewUser draft = user();
    candidate.name = draft.name;
    candidate.displayName = draft.displayName.isEmpty() ? draft.name : draft.displayName;
    candidate.role = Role::Admin;
    candidate.profession = draft.profession;
    candidate.licenceNumber = draft.licenceNumber;
    if (auto valid = UserRepository::validate(candidate); !valid) {
        return valid.error().message;
    }
    if (m_password->text().isEmpty()) {
        return QString();
    }
    if (m_password->text().size() < kMinPasswordLength) {
        return tr("The password must have at least %1 characters.").arg(kMinPasswordLength);
    }
    if (m_confirm->text().isEmpty()) {
        return QString();
    }
    if (m_confirm->text() != m_password->text()) {
        return tr("The two passwords are not the same.");
    }
    return std::nullopt;
}

void AdministratorPage::check() {
    m_problem->setText(problem().value_or(QString()));
    emit completeChanged();
}

bool AdministratorPage::isComplete() const {
    return !problem().has_value();
}

} // namespace clinicdesk
