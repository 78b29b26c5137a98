// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/User.h"
#include "services/CalendarService.h"

#include <QWidget>

#include <array>
#include <map>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace clinicdesk {

class InfoBar;

// Settings › Calendar: each practitioner's working hours per weekday (the calendar shades the rest and
// warns about bookings outside them) and how much of a patient an exported calendar names. An
// administrator changes them; everyone else sees them read-only.
class CalendarSettingsPage : public QWidget {
    Q_OBJECT
public:
    CalendarSettingsPage(CalendarService& calendar, const User& user, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }

signals:
    void backRequested();
    void loaded();
    void saved();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct DayRow {
        QCheckBox* works = nullptr;
        QTimeEdit* from = nullptr;
        QTimeEdit* to = nullptr;
    };

    void showPractitioner();
    void keepEdits();
    void updateEnabled();
    void save();
    [[nodiscard]] QString problem() const;

    CalendarService& m_calendar;
    bool m_admin;
    bool m_loaded = false;
    bool m_showing = false;
    QString m_shownId;
    std::vector<User> m_practitioners;
    std::map<QString, std::vector<WorkingInterval>> m_hours;

    InfoBar* m_infoBar;
    QLabel* m_readOnly;
    QComboBox* m_practitioner;
    QCheckBox* m_useDefault;
    std::array<DayRow, 7> m_days;
    QButtonGroup* m_privacy;
    QPushButton* m_save;
};

} // namespace clinicdesk
