// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "repo/BackupStatusStore.h"

#include <QPointer>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <optional>

namespace clinicdesk {

class BackupService;

// The status bar's "Last backup: 3 h ago" (objectName "lastBackupIndicator"): the age of the
// vault's last verified backup (made and verified here, a file verified here, or `clinicdesk-cli
// backup verify`). Older than 24 hours, or none yet, it turns amber with a warning icon and says so
// in words (its tooltip and accessible name say "overdue"), not in colour alone. For an
// administrator it opens the Backups page (clicked()).
//
// The age is worked out again every minute and the record read again every few minutes (a backup
// verified with the CLI shows up without a restart), and at once when the Backups page records one.
class BackupStatusIndicator : public QToolButton {
    Q_OBJECT
public:
    static constexpr qint64 kOverdueMs = 24LL * 60 * 60 * 1000;

    BackupStatusIndicator(BackupService& service, bool canBackUp, QWidget* parent = nullptr);

    // Reads the record again.
    void refresh();
    // For tests: the clock the age is measured against (UTC ms).
    void setClock(std::function<qint64()> now);
    [[nodiscard]] bool isOverdue() const { return m_overdue; }

    // "3 h ago", "just now", "2 days ago".
    [[nodiscard]] static QString ageText(qint64 ageMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(const std::optional<VerifiedBackup>& backup);
    void redraw();

    QPointer<BackupService> m_service;
    bool m_canBackUp;
    std::optional<VerifiedBackup> m_backup;
    bool m_known = false; // the record has been read once
    bool m_overdue = false;
    std::function<qint64()> m_now;
    QTimer m_tick;
    int m_ticks = 0;
};

} // namespace clinicdesk
