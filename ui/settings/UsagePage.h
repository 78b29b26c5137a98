// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/AiSettingsService.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace clinicdesk {

class InfoBar;

// Usage and cost (objectName "usagePage"): for a month, the AI requests per user and model
// (requests, audio minutes, tokens, bytes sent, estimated cost), the month's total, and the
// signed-in user's budget with what is left. Administrators see everyone; others see their own.
//
// Object names: usageMonthEdit, previousMonthButton, nextMonthButton, usageTable,
// usageTotalLabel, usageBudgetLabel, usageBackButton, usageInfoBar.
class UsagePage : public QWidget {
    Q_OBJECT
public:
    enum Column { UserName, Model, Requests, AudioMinutes, InputTokens, OutputTokens, BytesSent, Cost, ColumnCount };

    explicit UsagePage(AiSettingsService& backend, QWidget* parent = nullptr);

    void showMonth(const QDate& month);
    [[nodiscard]] QDate month() const;
    // Reads the month again (off the UI thread); listed() follows.
    void reload();

signals:
    void backRequested();
    void listed();

private:
    void display(const AiSettingsService::UsageView& view);

    QPointer<AiSettingsService> m_backend; // gone once the session locks
    InfoBar* m_infoBar;
    QDateEdit* m_month;
    QTableWidget* m_table;
    QLabel* m_total;
    QLabel* m_budget;
    quint64 m_token = 0;
};

} // namespace clinicdesk
