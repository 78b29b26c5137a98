// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace clinicdesk {

// Asks why a booking is cancelled (required; kept with the booking). Open it with open(); reasonGiven()
// says the user confirmed.
class CancelAppointmentDialog : public QDialog {
    Q_OBJECT
public:
    // `what`: the booking in a few words ("Åsa Lind, Mon 3 June 09:30").
    explicit CancelAppointmentDialog(const QString& what, QWidget* parent = nullptr);
    [[nodiscard]] QString reason() const;

signals:
    void reasonGiven(const QString& reason);

private:
    QLineEdit* m_reason;
    QPushButton* m_confirm;
};

} // namespace clinicdesk
