// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientDialog.h"

#include "domain/AccessPolicy.h"
#include "domain/NationalId.h"
#include "patients/PatientTableModel.h"

#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

namespace clinicdesk {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* objectName, int maxLength = 500) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(maxLength);
    return edit;
}

// The red of a problem, readable on a light and on a dark window (the text says what is wrong; the
// colour only draws the eye).
QString problemStyle(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#f2b8b5") : QStringLiteral("#b3261e"));
}

const char* problemName(PatientField field) {
    switch (field) {
    case PatientField::FirstName:
        return "firstNameProblem";
    case PatientField::LastName:
        return "lastNameProblem";
    case PatientField::DateOfBirth:
        return "dateOfBirthProblem";
    case PatientField::NationalId:
        return "nationalIdProblem";
    case PatientField::Phone:
        return "phoneProblem";
    case PatientField::Email:
        return "emailProblem";
    case PatientField::Address:
        return "addressProblem";
    case PatientField::Alerts:
        return "alertsProblem";
    case PatientField::ClinicalNotes:
        return "clinicalNotesProblem";
    }
    return "problem";
}

// Emits `left` when the watched field loses the focus (its message then shows even if nothing was typed).
class FocusOut : public QObject {
public:
    FocusOut(QObject* parent, std::function<void()> left)
        : QObject(parent)
        , m_left(std::move(left)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason &&
            static_cast<QFocusEvent*>(event)->reason() != Qt::ActiveWindowFocusReason) {
            m_left();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_left;
};

} // namespace

PatientDialog::PatientDialog(Role role, QWidget* parent)
    : QDialog(parent)
    , m_showsClinical(AccessPolicy::allows(role, Permission::ReadClinical))
    , m_firstName(lineEdit(this, "firstNameEdit", 100))
    , m_lastName(lineEdit(this, "lastNameEdit", 100))
    , m_dateOfBirth(lineEdit(this, "dateOfBirthEdit", 10))
    , m_nationalId(lineEdit(this, "nationalIdEdit", 20))
    , m_nationalIdKind(new QLabel(this))
    , m_duplicate(new QLabel(this))
    , m_phone(lineEdit(this, "phoneEdit", 40))
    , m_email(lineEdit(this, "emailEdit", 254))
    , m_address(lineEdit(this, "addressEdit"))
    , m_alerts(new QPlainTextEdit(this))
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
    m_duplicate->setObjectName(QStringLiteral("duplicateWarningLabel"));
    m_duplicate->setWordWrap(true);
    m_duplicate->setTextFormat(Qt::RichText);
    m_duplicate->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_duplicate->hide();
    connect(m_duplicate, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("patient:"))) {
            emit openPatientRequested(link.mid(8));
        }
    });
    m_alerts->setObjectName(QStringLiteral("alertsEdit"));
    m_alerts->setPlaceholderText(tr("Allergies, conditions and anything the team must know before treating"));
    m_alerts->setTabChangesFocus(true);
    m_alerts->setMinimumHeight(56);
    m_alerts->setMaximumHeight(90);
    m_notes->setObjectName(QStringLiteral("clinicalNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    m_notes->setMaximumHeight(140);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(problemStyle(palette()));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(14);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* nationalIdRow = new QWidget(this);
    auto* nationalIdLine = new QHBoxLayout(nationalIdRow);
    nationalIdLine->setContentsMargins(0, 0, 0, 0);
    nationalIdLine->addWidget(m_nationalId, 1);
    nationalIdLine->addWidget(m_nationalIdKind);
    const std::pair<PatientField, std::pair<QString, QWidget*>> rows[] = {
        {PatientField::FirstName, {tr("&First name:"), m_firstName}},
        {PatientField::LastName, {tr("&Last name:"), m_lastName}},
        {PatientField::DateOfBirth, {tr("&Date of birth:"), m_dateOfBirth}},
        {PatientField::NationalId, {tr("National &ID:"), m_nationalId}},
        {PatientField::Phone, {tr("&Phone:"), m_phone}},
        {PatientField::Email, {tr("&E-mail:"), m_email}},
        {PatientField::Address, {tr("&Address:"), m_address}},
        {PatientField::Alerts, {tr("Ale&rts:"), m_alerts}},
        {PatientField::ClinicalNotes, {tr("Clinical &notes:"), m_notes}},
    };
    for (const auto& [field, labelAndEdit] : rows) {
        const auto& [labelText, edit] = labelAndEdit;
        auto* cell = new QWidget(this);
        auto* column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(3);
        column->addWidget(field == PatientField::NationalId ? nationalIdRow : edit);
        auto* problem = new QLabel(cell);
        problem->setObjectName(QLatin1String(problemName(field)));
        problem->setWordWrap(true);
        problem->setStyleSheet(problemStyle(palette()));
        problem->hide();
        column->addWidget(problem);
        if (field == PatientField::NationalId) {
            column->addWidget(m_duplicate);
        }
        auto* label = new QLabel(labelText, this);
        label->setBuddy(edit);
        form->addRow(label, cell);
        const bool clinical = field == PatientField::Alerts || field == PatientField::ClinicalNotes;
        label->setVisible(!clinical || m_showsClinical);
        cell->setVisible(!clinical || m_showsClinical);
        m_fields.insert(int(field), Field{edit, problem, false});
        edit->installEventFilter(new FocusOut(this, [this, field] {
            if (!m_saving) {
                m_fields[int(field)].touched = true;
                validate();
            }
        }));
    }

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    const std::pair<PatientField, QLineEdit*> lines[] = {{PatientField::FirstName, m_firstName},
                                                         {PatientField::LastName, m_lastName},
                                                         {PatientField::DateOfBirth, m_dateOfBirth},
                                                         {PatientField::NationalId, m_nationalId},
                                                         {PatientField::Phone, m_phone},
                                                         {PatientField::Email, m_email},
                                                         {PatientField::Address, m_address}};
    for (const auto& [field, edit] : lines) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            m_fields[int(field)].touched = true;
            validate();
        });
    }
    connect(m_nationalId, &QLineEdit::textChanged, this, &PatientDialog::checkDuplicates);
    connect(m_alerts, &QPlainTextEdit::textChanged, this, [this] {
        m_fields[int(PatientField::Alerts)].touched = true;
        validate();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_fields[int(PatientField::ClinicalNotes)].touched = true;
        validate();
    });
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
    m_loadedAlerts = patient.alerts.value_or(QString());
    m_alerts->setPlainText(m_loadedAlerts);
    // A stored record is shown as it is: every field's problem at once (rules may have become stricter).
    for (Field& field : m_fields) {
        field.touched = true;
    }
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
    // Notes and alerts are sent only when this user sees them and changed them, so an edit of the
    // address does not count as a clinical change.
    if (m_showsClinical && m_notes->toPlainText() != m_loadedNotes) {
        draft.clinicalNotes = m_notes->toPlainText();
    }
    if (m_showsClinical && m_alerts->toPlainText() != m_loadedAlerts) {
        draft.alerts = m_alerts->toPlainText();
    }
    return draft;
}

QString PatientDialog::problemShown(PatientField field) const {
    const auto it = m_fields.constFind(int(field));
    return it != m_fields.constEnd() && !it->problem->isHidden() ? it->problem->text() : QString();
}

void PatientDialog::validate() {
    const PatientDraft current = draft();
    const auto nationalId = NationalId::parse(current.nationalId.trimmed());
    m_nationalIdKind->setText(nationalId ? NationalId::kindName(nationalId->kind()) : QString());
    m_nationalIdKind->setVisible(nationalId.has_value());
    QHash<int, QString> messages;
    for (const PatientProblem& problem : PatientRepository::problems(current)) {
        if (!messages.contains(int(problem.field))) {
            messages.insert(int(problem.field), problem.message);
        }
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        // A fresh field is not an error yet: no scolding before the user has been there (or pressed Save).
        const QString message = it->touched || m_saveTried ? messages.value(it.key()) : QString();
        it->problem->setText(message);
        it->problem->setVisible(!message.isEmpty());
        it->edit->setAccessibleDescription(message);
    }
    // Save waits until the record is valid (the messages say what is missing once a field was visited).
    m_save->setEnabled(!m_saving && messages.isEmpty());
}

void PatientDialog::checkDuplicates() {
    const QString typed = m_nationalId->text().trimmed();
    const auto parsed = NationalId::parse(typed);
    if (!parsed) {
        m_checkedNationalId.clear();
        m_duplicate->hide();
        return;
    }
    if (parsed->normalized() == m_checkedNationalId) {
        return;
    }
    m_checkedNationalId = parsed->normalized();
    m_duplicate->hide();
    emit duplicateCheckRequested(typed, m_patientId.value_or(QString()));
}

void PatientDialog::showDuplicates(const QString& nationalId, const std::vector<Patient>& others) {
    const auto parsed = NationalId::parse(nationalId.trimmed());
    if (!parsed || parsed->normalized() != m_checkedNationalId) {
        return; // an answer about what the field held before
    }
    if (others.empty()) {
        m_duplicate->hide();
        return;
    }
    QStringList links;
    for (const Patient& other : others) {
        QString name = PatientTableModel::displayName(other).toHtmlEscaped();
        if (other.dateOfBirth) {
            name += QStringLiteral(" (%1)").arg(other.dateOfBirth->toString(Qt::ISODate));
        }
        links << QStringLiteral("<a href=\"patient:%1\">%2</a>").arg(other.id.toHtmlEscaped(), name);
    }
    m_duplicate->setText(tr("Another patient has this national ID: %1. Check that this is not the same person "
                            "entered twice.")
                             .arg(links.join(QStringLiteral(", "))));
    m_duplicate->setAccessibleName(tr("Possible duplicate"));
    m_duplicate->show();
}

void PatientDialog::requestSave() {
    if (m_saving) {
        return;
    }
    m_saveTried = true;
    validate();
    const auto problems = PatientRepository::problems(draft());
    if (!problems.empty()) {
        // Every field says what is wrong; the focus goes to the first one.
        if (QWidget* first = m_fields.value(int(problems.front().field)).edit) {
            first->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_error->hide();
    setSaving(true);
    emit saveRequested(draft(), m_patientId);
}

void PatientDialog::setSaving(bool saving) {
    m_saving = saving;
    for (QWidget* w : std::initializer_list<QWidget*>{m_firstName, m_lastName, m_dateOfBirth, m_nationalId, m_phone,
                                                      m_email, m_address, m_alerts, m_notes}) {
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
    m_error->setVisible(!message.isEmpty());
}

} // namespace clinicdesk
