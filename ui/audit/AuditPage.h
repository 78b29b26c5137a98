// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditFilter.h"
#include "services/AuditService.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace clinicdesk {

class AuditTableModel;
class InfoBar;
class PatientPicker;
class PatientService;

// Settings > Audit log (objectName "auditPage", administrators): every entry of the hash-chained log,
// newest first, filtered by user, patient (resolved to the records that belong to them), action and
// period; loaded a page at a time as the list scrolls, so a log of 100,000 entries opens at once.
// "Export CSV…" writes the filtered view; "Verify chain" recomputes the chain off the UI thread and
// says that it is intact and anchored, or where it breaks and what is wrong (with a way to that entry).
//
// Object names: auditBackButton, auditUserCombo, auditPatientPicker (auditPatientEdit),
// auditActionCombo, auditPeriodCombo, auditFromDate, auditToDate, clearAuditFiltersButton,
// verifyAuditButton, exportAuditButton, auditVerifyPanel, auditVerifyResult, showBrokenEntryButton,
// auditInfoBar, auditTable, auditCountLabel, auditExportProgress, cancelAuditExportButton,
// auditExportDialog.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    AuditPage(AuditService& service, PatientService& patients, QWidget* parent = nullptr);

    [[nodiscard]] AuditTableModel* model() const { return m_model; }
    [[nodiscard]] AuditFilter filter() const;
    // Reads the filters' choices and the first page again.
    void reload();
    // Writes the filtered view to `path` (what the file dialog leads to).
    void exportTo(const QString& path);

signals:
    void backRequested();
    // A first page (or a page asked for) arrived.
    void pageShown();
    void verified();
    void exported();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadFacets();
    void loadFirstPage();
    void loadMore();
    void updatePeriod();
    void clearFilters();
    void chooseExportFile();
    void verify();
    void showVerified(const AuditService::Verified& result);
    void showEntry(std::int64_t seq);

    QPointer<AuditService> m_service;
    AuditTableModel* m_model;
    QComboBox* m_user;
    PatientPicker* m_patient;
    QComboBox* m_action;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_clear;
    QPushButton* m_verify;
    QPushButton* m_export;
    QFrame* m_verifyPanel;
    QLabel* m_verifyIcon;
    QLabel* m_verifyText;
    QPushButton* m_showBroken;
    InfoBar* m_infoBar;
    QTableView* m_table;
    QLabel* m_count;
    QProgressBar* m_exportProgress;
    QPushButton* m_cancelExport;
    QTimer m_delay;
    AuditFilter m_shown; // the filter whose entries the table holds
    std::int64_t m_brokenSeq = 0;
    std::int64_t m_selectSeq = 0;
    AuditService::CancelFlag m_exportCancel;
    bool m_facetsLoaded = false;
};

} // namespace clinicdesk
