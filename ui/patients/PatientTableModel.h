// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Patient.h"

#include <QAbstractTableModel>

#include <vector>

namespace clinicdesk {

// The rows of the patient list: whatever the last search returned.
class PatientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, DateOfBirth, NationalId, Phone, Email, ColumnCount };
    // The patient's id under this role, for every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PatientTableModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setPatients(std::vector<Patient> patients);
    [[nodiscard]] const Patient* patientAt(int row) const;
    // -1 when the id is not among the rows.
    [[nodiscard]] int rowOf(const QString& id) const;

    // "Lindström, Åsa": the list is sorted by last name.
    [[nodiscard]] static QString displayName(const Patient& patient);

private:
    std::vector<Patient> m_patients;
};

} // namespace clinicdesk
