// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

class QTableView;

namespace clinicdesk {

// The look of the application's read-only tables of records (patients, users, the audit log): whole
// rows selected one at a time, no grid, no row numbers, alternating rows `rowPadding` pixels taller
// than the text, headers aligned with their columns' text and the last column stretched.
class RecordTable {
public:
    static void style(QTableView* table, int rowPadding);
};

} // namespace clinicdesk
