// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/BookingDialog.h"

#include "services/PatientService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

constexpr int kSearchDelayMs = 150;

QString nameOf(const User& user) {
    return user.displayName.isEmpty() ? user.name : user.displayName;
}

QString describe(const Patient& p) {
    QString text = p.lastName + QStringLiteral(", ") + p.firstName;
    if (p.dateOfBirth) {
        text += QStringLiteral(" · ") + QLocale().toString(*p.dateOfBirth, QLocale::ShortFormat);
    }
    if (p.phone && !p.phone->isEmpty()) {
        text += QStringLiteral(" · ") + *p.phone;
    }
    return text;
}

} // namespace

BookingDialog::BookingDialog(PatientService& patients, std::vector<User> practitioners, QWidget* parent)
    : QDialog(parent)
    , m_patients(patients)
    , m_practitioners(std::move(practitioners))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_patientLabel(new QLabel(this))
    , m_practitioner(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_warningLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("&Book"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("New booking"));
    setMinimumWidth(520);

    m_search->setObjectName(QStringLiteral("bookingPatientSearch"));
    m_search->setPlaceholderText(tr("Type a name, national ID or phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find the patient"));
    m_results->setObjectName(QStringLiteral("bookingPatientList"));
    m_results->setAccessibleName(tr("Matching patients"));
    m_results->setMinimumHeight(m_results->fontMetrics().height() * 6);
    m_patientLabel->setObjectName(QStringLiteral("bookingPatientLabel"));
    m_patientLabel->setWordWrap(true);

    m_practitioner->setObjectName(QStringLiteral("bookingPractitionerCombo"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->addItem(tr("No practitioner"), QString());
    for (const User& user : m_practitioners) {
        m_practitioner->addItem(nameOf(user), user.id);
    }
    m_date->setObjectName(QStringLiteral("bookingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_time->setObjectName(QStringLiteral("bookingTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Start time"));
    m_minutes->setObjectName(QStringLiteral("bookingMinutesSpin"));
    m_minutes->setRange(5, AppointmentRepository::kMaxDurationMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Length in minutes"));
    m_reason->setObjectName(QStringLiteral("bookingReasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why they come, e.g. check-up (no clinical details)"));
    m_reason->setAccessibleName(tr("Reason for the visit"));
    m_warningLabel->setObjectName(QStringLiteral("bookingWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->hide();
    m_error->setObjectName(QStringLiteral("bookingErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(QStringLiteral("#c0392b")));
    m_error->setPalette(errorPalette);

    m_save->setObjectName(QStringLiteral("bookButton"));
    m_save->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelBookingButton"));

    auto* when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(m_time, 1);
    when->addWidget(m_minutes, 1);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Patient:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_patientLabel);
    form->addRow(tr("P&ractitioner:"), m_practitioner);
    auto* whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, when);
    form->addRow(QString(), m_warningLabel);
    form->addRow(tr("R&eason:"), m_reason);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &BookingDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &BookingDialog::choosePatient);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &BookingDialog::updateState);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::updateState);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::updateState);
    connect(m_minutes, &QSpinBox::valueChanged, this, &BookingDialog::updateState);
    connect(m_save, &QPushButton::clicked, this, &BookingDialog::requestSave);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_practitioner);
    setTabOrder(m_practitioner, m_date);
    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_minutes);
    setTabOrder(m_minutes, m_reason);
    search();
    updateState();
}

void BookingDialog::setSlot(const QString& practitionerId, const QDateTime& start, int minutes) {
    const int index = m_practitioner->findData(practitionerId);
    m_practitioner->setCurrentIndex(std::max(0, index));
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    m_minutes->setValue(minutes);
    m_search->setFocus();
    updateState();
}

void BookingDialog::setAppointment(const ScheduledAppointment& s) {
    m_appointmentId = s.appointment.id;
    m_patientId = s.appointment.patientId;
    setWindowTitle(tr("Change the time"));
    m_save->setText(tr("&Save"));
    m_search->setText(s.patientName());
    m_search->setReadOnly(true);
    m_results->hide();
    m_patientLabel->hide();
    m_practitioner->setCurrentIndex(
        std::max(0, m_practitioner->findData(s.appointment.practitionerId.value_or(QString()))));
    m_practitioner->setEnabled(false);
    m_reason->setText(s.appointment.reason.value_or(QString()));
    m_reason->setReadOnly(true);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.appointment.startsAt);
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    m_minutes->setValue(s.appointment.durationMinutes);
    m_time->setFocus();
    updateState();
}

void BookingDialog::setWarnings(Warnings warnings) {
    m_warnings = std::move(warnings);
    updateState();
}

std::optional<QString> BookingDialog::practitionerId() const {
    const QString id = m_practitioner->currentData().toString();
    return id.isEmpty() ? std::nullopt : std::optional<QString>(id);
}

QDateTime BookingDialog::start() const {
    return QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()));
}

int BookingDialog::minutes() const {
    return m_minutes->value();
}

AppointmentDraft BookingDialog::draft() const {
    AppointmentDraft draft;
    draft.patientId = m_patientId;
    draft.practitionerId = practitionerId();
    draft.start = start();
    draft.durationMinutes = minutes();
    const QString reason = m_reason->text().trimmed();
    if (!reason.isEmpty()) {
        draft.reason = reason;
    }
    return draft;
}

void BookingDialog::search() {
    m_searchDelay.stop();
    if (!m_appointmentId.isEmpty()) {
        return;
    }
    m_patients.search(this, m_search->text(), [this](Result<std::vector<Patient>> found) {
        m_results->clear();
        if (!found) {
            m_error->setText(found.error().message);
            m_error->show();
            return;
        }
        int keep = -1;
        for (const Patient& p : *found) {
            auto* item = new QListWidgetItem(describe(p), m_results);
            item->setData(Qt::UserRole, p.id);
            item->setData(Qt::UserRole + 1, p.fullName());
            if (p.id == m_patientId) {
                keep = m_results->count() - 1;
            }
        }
        if (keep >= 0) {
            m_results->setCurrentRow(keep);
        } else if (found->size() == 1) {
            m_results->setCurrentRow(0);
        }
        updateState();
    });
}

void BookingDialog::choosePatient() {
    const QListWidgetItem* item = m_results->currentItem();
    if (item != nullptr) {
        m_patientId = item->data(Qt::UserRole).toString();
        m_patientLabel->setText(
            tr("Booking for <b>%1</b>").arg(item->data(Qt::UserRole + 1).toString().toHtmlEscaped()));
    }
    updateState();
}

void BookingDialog::updateState() {
    if (m_appointmentId.isEmpty()) {
        m_patientLabel->setVisible(!m_patientId.isEmpty());
        if (m_patientId.isEmpty()) {
            m_patientLabel->clear();
        }
    }
    const QStringList warnings =
        m_warnings ? m_warnings(practitionerId(), start(), minutes(), m_appointmentId) : QStringList();
    m_warningLabel->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("<br>⚠ ")));
    m_warningLabel->setVisible(!warnings.isEmpty());
    m_save->setEnabled(!m_saving && !m_patientId.isEmpty() && start().isValid());
    m_save->setToolTip(m_patientId.isEmpty() ? tr("Choose the patient first") : QString());
}

void BookingDialog::requestSave() {
    if (!m_save->isEnabled()) {
        return;
    }
    m_error->hide();
    setSaving(true);
    if (m_appointmentId.isEmpty()) {
        emit bookRequested(draft());
    } else {
        emit moveRequested(m_appointmentId, start(), minutes());
    }
}

void BookingDialog::setSaving(bool saving) {
    m_saving = saving;
    updateState();
}

void BookingDialog::saveSucceeded() {
    setSaving(false);
    accept();
}

void BookingDialog::saveFailed(const QString& message) {
    setSaving(false);
    m_error->setText(message);
    m_error->show();
}

void BookingDialog::chooseAnotherTime() {
    setSaving(false);
    m_time->setFocus();
    m_time->selectAll();
}

} // namespace clinicdesk
