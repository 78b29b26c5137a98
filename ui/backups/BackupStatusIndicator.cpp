// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/BackupStatusIndicator.h"

#include "services/BackupService.h"
#include "widgets/ThemedIcon.h"
#include "widgets/Tone.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

namespace clinicdesk {

namespace {

constexpr int kTickMs = 60 * 1000;
constexpr int kTicksPerRead = 5; // the record is read again every five minutes

} // namespace

BackupStatusIndicator::BackupStatusIndicator(BackupService& service, bool canBackUp, QWidget* parent)
    : QToolButton(parent)
    , m_service(&service)
    , m_canBackUp(canBackUp)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    setObjectName(QStringLiteral("lastBackupIndicator"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setFocusPolicy(canBackUp ? Qt::TabFocus : Qt::NoFocus);
    setText(tr("Last backup: …"));
    connect(&service, &BackupService::verifiedBackupRecorded, this,
            [this](const VerifiedBackup& backup) { display(backup); });
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (++m_ticks % kTicksPerRead == 0) {
            refresh();
        } else {
            redraw();
        }
    });
    m_tick.start();
    refresh();
}

void BackupStatusIndicator::setClock(std::function<qint64()> now) {
    m_now = std::move(now);
    redraw();
}

void BackupStatusIndicator::refresh() {
    if (!m_service) {
        return;
    }
    m_service->lastVerified(this, [this](Result<std::optional<VerifiedBackup>> backup) {
        if (backup) {
            display(*backup);
        }
    });
}

void BackupStatusIndicator::display(const std::optional<VerifiedBackup>& backup) {
    m_backup = backup;
    m_known = true;
    redraw();
}

QString BackupStatusIndicator::ageText(qint64 ageMs) {
    const qint64 minutes = std::max<qint64>(0, ageMs) / (60 * 1000);
    if (minutes < 1) {
        return tr("just now");
    }
    if (minutes < 60) {
        return tr("%n min ago", nullptr, int(minutes));
    }
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return tr("%n h ago", nullptr, int(hours));
    }
    return tr("%n day(s) ago", nullptr, int(hours / 24));
}

void BackupStatusIndicator::redraw() {
    if (!m_known) {
        return;
    }
    QString text;
    QString tip;
    if (!m_backup) {
        m_overdue = true;
        text = tr("No verified backup yet — overdue");
        tip = tr("This vault has no verified backup.");
    } else {
        const qint64 age = m_now() - m_backup->createdAt;
        m_overdue = age > kOverdueMs;
        const QString made =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_backup->createdAt), QLocale::ShortFormat);
        // Overdue is said in words on the bar itself, not by the amber alone.
        text = m_overdue ? tr("Last backup: %1 — overdue").arg(ageText(age)) : tr("Last backup: %1").arg(ageText(age));
        tip = m_overdue ? tr("Overdue: the last verified backup was made %1, more than a day ago.").arg(made)
                        : tr("The last verified backup was made %1.").arg(made);
    }
    tip += QLatin1Char(' ') + (m_canBackUp ? tr("Open Settings › Backups to make one.")
                                           : tr("An administrator makes backups in Settings › Backups."));
    setText(text);
    setToolTip(tip);
    setAccessibleName(m_overdue ? text + QStringLiteral(". ") + tr("Overdue.") : text);
    setAccessibleDescription(tip);
    if (m_overdue) {
        QPalette p = palette();
        const QColor amber = Tone::text(Tone::Kind::Warning, this);
        p.setColor(QPalette::WindowText, amber);
        p.setColor(QPalette::ButtonText, amber);
        setPalette(p);
        setStyleSheet(Tone::panelStyle(Tone::Kind::Warning, this, QStringLiteral("QToolButton")) +
                      QStringLiteral(" QToolButton { padding: 1px 8px; }"));
        setIcon(ThemedIcon::make(QStringLiteral("warning"), this));
    } else {
        setStyleSheet({});
        setPalette({});
        setIcon(ThemedIcon::make(QStringLiteral("backup"), this));
    }
    setProperty("overdue", m_overdue);
}

void BackupStatusIndicator::changeEvent(QEvent* event) {
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) {
        redraw();
    }
}

} // namespace clinicdesk
