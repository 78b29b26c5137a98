// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientTableModel.h"

namespace clinicdesk {

PatientTableModel::PatientTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int PatientTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientTableModel::displayName(const Patient& patient) {
    return tr("%1, %2", "patient list: last name, first name").arg(patient.lastName, patient.firstName);
}

QVariant PatientTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Patient& patient = m_patients[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return patient.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Name:
        return displayName(patient);
    case DateOfBirth:
        return patient.dateOfBirth ? patient.dateOfBirth->toString(Qt::ISODate) : QString();
    case NationalId:
        return patient.nationalId.value_or(QString());
    case Phone:
        return patient.phone.value_or(QString());
    case Email:
        return patient.email.value_or(QString());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case NationalId:
        return tr("National ID");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

void PatientTableModel::setPatients(std::vector<Patient> patients) {
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

const Patient* PatientTableModel::patientAt(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_patients[static_cast<std::size_t>(row)];
}

int PatientTableModel::rowOf(const QString& id) const {
    for (std::size_t row = 0; row < m_patients.size(); ++row) {
        if (m_patients[row].id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

} // namespace clinicdesk
