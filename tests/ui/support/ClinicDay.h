// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

// A clinic's day to run the application on: a test vault with Pia (practitioner) and Rita (reception),
// patients Ada Lund and Bo Ek, and two appointments late today (Ada with Pia at 23:00, Bo with the
// administrator at 22:00), then the main window of whoever signs in.

#include "RunningApp.h"
#include "TestVault.h"

#include <QString>

class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace clinicdesk::test {

struct ClinicDay {
    TestVault vault;
    RunningApp app{vault};
    QString adaId;
    QString boId;
    QString adaAppointment;
    QString boAppointment;

    // Writes the users, patients and appointments; false when the vault refused one.
    [[nodiscard]] bool prepare();
    // Signs `name` in (see RunningApp::startSignedIn) and waits for the main window.
    [[nodiscard]] bool signIn(const QString& name) { return app.startSignedIn(name); }

    [[nodiscard]] MainWindow* window() const { return app.window(); }
    // The page the main window shows now.
    [[nodiscard]] QWidget* currentPage() const;
    // The Today page's appointments, the row of a patient ("Lund, Ada") in it, and a real click on
    // that row's patient cell.
    [[nodiscard]] QTreeWidget* todayList() const;
    [[nodiscard]] QTreeWidgetItem* todayRow(const QString& patientName) const;
    void clickTodayRow(QTreeWidgetItem* item) const;
};

} // namespace clinicdesk::test
