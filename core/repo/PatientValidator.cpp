// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/PatientValidator.h"

#include "domain/NationalId.h"
#include "util/Digits.h"

#include <QRegularExpression>

#include <functional>

namespace clinicdesk {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxFieldLength = 500;
constexpr int kMaxNotesLength = 100000;
constexpr int kMaxAlertsLength = 2000;

std::optional<QString> nonEmpty(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

} // namespace

Status PatientValidator::check(const PatientDraft& draft, QDate today, Patient& patient,
                               std::vector<PatientProblem>* problems) {
    // A problem is collected (and the check goes on) or, without a list, ends the check.
    std::optional<Error> first;
    const auto problem = [&](PatientField field, QString message, QString detail) {
        if (problems != nullptr) {
            problems->push_back({field, message});
            return true;
        }
        first = Error{ErrorCode::InvalidInput, std::move(message), std::move(detail)};
        return false;
    };
    const auto stop = [&] { return std::unexpected(*first); };

    patient.firstName = draft.firstName.simplified();
    patient.lastName = draft.lastName.simplified();
    if (problems == nullptr && (patient.firstName.isEmpty() || patient.lastName.isEmpty())) {
        return fail(ErrorCode::InvalidInput, tr("A patient needs a first name and a last name."),
                    QStringLiteral("missing name"));
    }
    const std::pair<PatientField, const QString*> names[] = {{PatientField::FirstName, &patient.firstName},
                                                             {PatientField::LastName, &patient.lastName}};
    for (const auto& [field, name] : names) {
        if (name->isEmpty()) {
            (void)problem(field,
                          field == PatientField::FirstName ? tr("Enter the first name.") : tr("Enter the last name."),
                          QStringLiteral("missing name"));
        } else if (name->size() > kMaxNameLength &&
                   !problem(field, tr("A name can have at most %1 characters.").arg(kMaxNameLength),
                            QStringLiteral("name too long"))) {
            return stop();
        }
    }
    std::optional<QDate> typedBirthDate;
    if (const auto dob = nonEmpty(draft.dateOfBirth)) {
        const QDate date = QDate::fromString(*dob, Qt::ISODate);
        if (!date.isValid() || dob->size() != 10) {
            if (!problem(PatientField::DateOfBirth, tr("The date of birth must be a real date written as YYYY-MM-DD."),
                         QStringLiteral("bad date of birth"))) {
                return stop();
            }
        } else if (date > today) {
            if (!problem(PatientField::DateOfBirth, tr("The date of birth cannot be in the future."),
                         QStringLiteral("date of birth in the future"))) {
                return stop();
            }
        } else if (date.year() < 1880) {
            if (!problem(PatientField::DateOfBirth, tr("The date of birth is before 1880; check the year."),
                         QStringLiteral("date of birth too early"))) {
                return stop();
            }
        } else {
            typedBirthDate = date;
            patient.dateOfBirth = date;
        }
    }
    if (const auto nid = nonEmpty(draft.nationalId)) {
        auto parsed = NationalId::parse(*nid, today);
        if (!parsed) {
            if (problems == nullptr) {
                return std::unexpected(parsed.error());
            }
            problems->push_back({PatientField::NationalId, parsed.error().message});
        } else {
            patient.nationalId = parsed->normalized();
            patient.nationalIdKind = NationalId::kindKey(parsed->kind());
            if (typedBirthDate && *typedBirthDate != parsed->birthDate()) {
                if (!problem(PatientField::DateOfBirth,
                             tr("The date of birth does not match the one in the national identity number."),
                             QStringLiteral("dob mismatch"))) {
                    return stop();
                }
            }
            if (!patient.dateOfBirth) {
                patient.dateOfBirth = parsed->birthDate();
            }
        }
    }
    if (!checkContactAndClinical(draft, patient, problem)) {
        return stop();
    }
    if (problems != nullptr && !problems->empty()) {
        return fail(ErrorCode::InvalidInput, problems->front().message, QStringLiteral("invalid patient"));
    }
    return {};
}

bool PatientValidator::checkContactAndClinical(const PatientDraft& draft, Patient& patient, const Problem& problem) {
    if (const auto phone = nonEmpty(draft.phone)) {
        static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()./-]{3,40}$"));
        if (!phonePattern.match(*phone).hasMatch() || digitsOf(*phone).size() < 3) {
            if (!problem(PatientField::Phone,
                         tr("The phone number may contain only digits, spaces, brackets, dots, dashes and a leading "
                            "+."),
                         QStringLiteral("bad phone"))) {
                return false;
            }
        } else {
            patient.phone = phone;
        }
    }
    if (const auto email = nonEmpty(draft.email)) {
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!emailPattern.match(*email).hasMatch() || email->size() > 254) {
            if (!problem(PatientField::Email,
                         tr("The e-mail address is not valid (it should look like "
                            "name@example.com)."),
                         QStringLiteral("bad email"))) {
                return false;
            }
        } else {
            patient.email = email;
        }
    }
    if (const auto address = nonEmpty(draft.address)) {
        if (address->size() > kMaxFieldLength) {
            if (!problem(PatientField::Address, tr("The address can have at most %1 characters.").arg(kMaxFieldLength),
                         QStringLiteral("address too long"))) {
                return false;
            }
        } else {
            patient.address = address;
        }
    }
    if (draft.alerts) {
        if (draft.alerts->trimmed().size() > kMaxAlertsLength) {
            if (!problem(PatientField::Alerts, tr("The alerts can have at most %1 characters.").arg(kMaxAlertsLength),
                         QStringLiteral("alerts too long"))) {
                return false;
            }
        } else {
            patient.alerts = draft.alerts->trimmed();
        }
    }
    if (draft.clinicalNotes) {
        if (draft.clinicalNotes->size() > kMaxNotesLength) {
            if (!problem(PatientField::ClinicalNotes, tr("The clinical notes are too long."),
                         QStringLiteral("notes too long"))) {
                return false;
            }
        } else {
            patient.clinicalNotes = draft.clinicalNotes->trimmed();
        }
    }
    return true;
}

} // namespace clinicdesk
