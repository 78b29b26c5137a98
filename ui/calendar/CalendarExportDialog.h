// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/User.h"
#include "export/CalendarExport.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

// Export as iCalendar: whose appointments (one practitioner or the clinic), which days, and the file. It
// says how patients are named (the clinic's privacy setting) before anything is written. exportRequested()
// asks; the page writes on the long-task worker and answers with exportFinished() / exportFailed().
class CalendarExportDialog : public QDialog {
    Q_OBJECT
public:
    CalendarExportDialog(const std::vector<User>& practitioners, const QString& practitionerId, QDate from, QDate to,
                         CalendarPrivacy privacy, QWidget* parent = nullptr);

    void setPath(const QString& path);
    [[nodiscard]] QString path() const;
    [[nodiscard]] CalendarExportRequest request() const;

    void exportFailed(const QString& message);

signals:
    void exportRequested(const clinicdesk::CalendarExportRequest& request, const QString& path);

private:
    void chooseFile();
    void updateState();

    QComboBox* m_whose;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_path;
    QLabel* m_error;
    QPushButton* m_export;
    bool m_busy = false;
};

} // namespace clinicdesk
