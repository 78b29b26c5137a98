#include "patients/PatientDialog.h"

#include "domain/AccessPolicy.h"
#include "domain/NationalId.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* objectName, int maxLength = 500) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

PatientDialog::PatientDialog(Role role, QWidget* parent)
    : QDialog(parent)
    , m_showsClinical(AccessPolicy::allows(role, Permission::ReadClinical))
    , m_firstName(lineEdit(this, "firstNameEdit", 100))
    , m_lastName(lineEdit(this, "lastNameEdit", 100))
    , m_dateOfBirth(lineEdit(this, "dateOfBirthEdit", 10))
    , m_nationalId(lineEdit(this, "nationalIdEdit", 20))
    , m_nationalIdKind(new QLabel(this))
    , m_phone(lineEdit(this, "phoneEdit", 40))
    , m_email(lineEdit(this, "emailEdit", 254))
    , m_address(lineEdit(this, "addressEdit"))
    , m_notesLabel(new QLabel(tr("Clinical &notes:"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(tr("Add patient"));
    setModal(true);

    m_dateOfBirth->setPlaceholderText(tr("YYYY-MM-DD"));
    m_nationalId->setPlaceholderText(tr("Personnummer, PESEL or South African ID"));
    m_phone->setPlaceholderText(tr("+46 70 123 45 67"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_nationalIdKind->setObjectName(QStringLiteral("nationalIdKindLabel"));
    m_nationalIdKind->setEnabled(false); // greyed: a hint, not a value
    m_notes->setObjectName(QStringLiteral("clinicalNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(90);
    m_notes->setMaximumHeight(160);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Date of birth:"), m_dateOfBirth);
    auto* nationalIdRow = new QHBoxLayout;
    nationalIdRow->addWidget(m_nationalId, 1);
    nationalIdRow->addWidget(m_nationalIdKind);
    auto* nationalIdLabel = new QLabel(tr("National &ID:"), this);
    nationalIdLabel->setBuddy(m_nationalId);
    form->addRow(nationalIdLabel, nationalIdRow);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(m_notesLabel, m_notes);
    m_notesLabel->setBuddy(m_notes);
    m_notesLabel->setVisible(m_showsClinical);
    m_notes->setVisible(m_showsClinical);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    for (QLineEdit* edit : {m_firstName, m_lastName, m_dateOfBirth, m_nationalId, m_phone, m_email, m_address}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            validate();
        });
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PatientDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::requestSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientDialog::reject);
    validate();
}

void PatientDialog::setPatient(const Patient& patient) {
    setWindowTitle(tr("Edit patient"));
    m_patientId = patient.id;
    m_firstName->setText(patient.firstName);
    m_lastName->setText(patient.lastName);
    m_dateOfBirth->setText(patient.dateOfBirth ? patient.dateOfBirth->toString(Qt::ISODate) : QString());
    m_nationalId->setText(patient.nationalId.value_or(QString()));
    m_phone->setText(patient.phone.value_or(QString()));
    m_email->setText(patient.email.value_or(QString()));
    m_address->setText(patient.address.value_or(QString()));
    m_loadedNotes = patient.clinicalNotes.value_or(QString());
    m_notes->setPlainText(m_loadedNotes);
    m_touched = true;
    validate();
}

PatientDraft PatientDialog::draft() const {
    PatientDraft draft;
    draft.firstName = m_firstName->text();
    draft.lastName = m_lastName->text();
    draft.dateOfBirth = m_dateOfBirth->text();
    draft.nationalId = m_nationalId->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.address = m_address->text();
    // Notes are sent only when this user sees them and changed them, so an
    // edit of the address does not count as a clinical change.
    if (m_showsClinical && m_notes->toPlainText() != m_loadedNotes) {
        draft.clinicalNotes = m_notes->toPlainText();
    }
    return draft;
}

void PatientDialog::validate() {
    const PatientDraft current = draft();
    const auto nationalId = NationalId::parse(current.nationalId.trimmed());
    m_nationalIdKind->setText(nationalId ? NationalId::kindName(nationalId->kind()) : QString());
    m_nationalIdKind->setVisible(nationalId.has_value());
    const auto valid = PatientRepository::validate(current);
    // A fresh form is not an error yet: Save stays off without a scolding.
    m_error->setText(valid || !m_touched ? QString() : valid.error().message);
    m_save->setEnabled(valid.has_value() && !m_saving);
}

void PatientDialog::requestSave() {
    validate();
    if (!m_save->isEnabled()) {
        return;
    }
    setSaving(true);
    emit saveRequested(draft(), m_patientId);
}

void PatientDialog::setSaving(bool saving) {
    m_saving = saving;
    for (QWidget* w : std::initializer_list<QWidget*>{m_firstName, m_lastName, m_dateOfBirth, m_nationalId, m_phone,
                                                      m_email, m_address, m_notes}) {
        w->setEnabled(!saving);
    }
    m_save->setText(saving ? tr("Saving…") : tr("Save"));
    validate();
}

void PatientDialog::saveSucceeded() {
    setSaving(false);
    accept();
}

void PatientDialog::saveFailed(const QString& message) {
    setSaving(false);
    m_error->setText(message);
}

} // namespace clinicdesk
