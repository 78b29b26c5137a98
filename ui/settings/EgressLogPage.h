// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "repo/EgressRepository.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clinicdesk {

class AiSettingsService;
class InfoBar;

// "What left this computer" (objectName "egressLogPage"): every AI request sent from this vault,
// newest first: time, user, host, provider, model, purpose, bytes sent and received, HTTP status,
// the provider's request id and the job. Never the content: the log holds none.
//
// Object names: egressTable, egressSummaryLabel, refreshEgressButton, egressBackButton,
// egressInfoBar.
class EgressLogPage : public QWidget {
    Q_OBJECT
public:
    enum Column {
        Time,
        UserName,
        Host,
        Provider,
        Model,
        Purpose,
        BytesSent,
        BytesReceived,
        HttpStatus,
        JobId,
        RequestId,
        ColumnCount
    };

    explicit EgressLogPage(AiSettingsService& backend, QWidget* parent = nullptr);

    // Reads the log again (off the UI thread); listed() follows.
    void reload();

signals:
    void backRequested();
    void listed();

private:
    void display(const std::vector<EgressEntry>& entries);

    QPointer<AiSettingsService> m_backend; // gone once the session locks
    InfoBar* m_infoBar;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_refresh;
    bool m_loading = false;
};

} // namespace clinicdesk
