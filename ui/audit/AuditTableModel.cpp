// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audit/AuditTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace clinicdesk {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString AuditTableModel::actionLabel(const QString& action) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("logout"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("login_refused"), QT_TR_NOOP("Sign-in refused")},
        {QStringLiteral("view"), QT_TR_NOOP("Opened")},
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Removed")},
        {QStringLiteral("sign"), QT_TR_NOOP("Signed")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("backup_cancelled"), QT_TR_NOOP("Backup cancelled")},
        {QStringLiteral("backup_verified"), QT_TR_NOOP("Backup verified")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("disable"), QT_TR_NOOP("User disabled")},
        {QStringLiteral("enable"), QT_TR_NOOP("User enabled")},
        {QStringLiteral("role"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("password_change"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("password_reset"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("remember_device"), QT_TR_NOOP("Remembered on a computer")},
        {QStringLiteral("forget_device"), QT_TR_NOOP("Forgotten on a computer")},
        {QStringLiteral("retry"), QT_TR_NOOP("Retried")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditTableModel::entityLabel(const QString& entity) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("patient"), QT_TR_NOOP("Patient")},
        {QStringLiteral("appointment"), QT_TR_NOOP("Appointment")},
        {QStringLiteral("encounter"), QT_TR_NOOP("Encounter")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("note_template"), QT_TR_NOOP("Note template")},
        {QStringLiteral("recording"), QT_TR_NOOP("Recording")},
        {QStringLiteral("transcript"), QT_TR_NOOP("Transcript")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("vault"), QT_TR_NOOP("Vault")},
        {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
        {QStringLiteral("job"), QT_TR_NOOP("AI job")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit log")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.constEnd() ? entity : tr(it.value());
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    const AuditEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (e == nullptr) {
        return {};
    }
    if (role == SeqRole) {
        return qint64(e->seq);
    }
    if (role == EntityIdRole) {
        return e->entityId;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Record:
            return e->entityId;
        case Action:
            return e->action;
        case Detail:
            return e->detail;
        case UserColumn:
            return e->userId;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Seq:
        return QLocale().toString(qint64(e->seq));
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e->at), QLocale::ShortFormat);
    case UserColumn:
        return e->userId.isEmpty() ? tr("—") : m_userNames.value(e->userId, e->userId.left(8));
    case Action:
        return actionLabel(e->action);
    case Subject:
        return entityLabel(e->entity);
    case Record:
        return e->entityId.left(8);
    case Detail:
        return e->detail;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case Action:
        return tr("Action");
    case Subject:
        return tr("About");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more && !m_loading;
}

void AuditTableModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent)) {
        m_loading = true;
        emit moreRequested();
    }
}

void AuditTableModel::reset(std::vector<AuditEntry> entries, bool more) {
    beginResetModel();
    m_entries = std::move(entries);
    m_more = more;
    m_loading = false;
    endResetModel();
}

void AuditTableModel::append(std::vector<AuditEntry> entries, bool more) {
    m_loading = false;
    m_more = more;
    if (entries.empty()) {
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
    endInsertRows();
}

void AuditTableModel::setUserNames(QHash<QString, QString> names) {
    m_userNames = std::move(names);
    if (!m_entries.empty()) {
        emit dataChanged(index(0, UserColumn), index(rowCount() - 1, UserColumn));
    }
}

const AuditEntry* AuditTableModel::entryAt(int row) const {
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[std::size_t(row)] : nullptr;
}

int AuditTableModel::rowOfSeq(std::int64_t seq) const {
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries[std::size_t(row)].seq == seq) {
            return row;
        }
    }
    return -1;
}

std::int64_t AuditTableModel::oldestSeq() const {
    return m_entries.empty() ? 0 : m_entries.back().seq;
}

} // namespace clinicdesk
