// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/RecordingTableModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace clinicdesk {

RecordingTableModel::RecordingTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int RecordingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_recordings.size());
}

int RecordingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordingTableModel::formatDuration(qint64 ms) {
    const qint64 totalSeconds = ms / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString RecordingTableModel::stateName(RecordingState state) {
    switch (state) {
    case RecordingState::Recording:
        return tr("Recording");
    case RecordingState::Complete:
        return tr("Complete");
    case RecordingState::Recovered:
        return tr("Recovered after a crash");
    case RecordingState::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString RecordingTableModel::sourceName(RecordingSource source) {
    switch (source) {
    case RecordingSource::Microphone:
        return tr("Microphone");
    case RecordingSource::Import:
        return tr("Imported file");
    }
    return {};
}

QVariant RecordingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Recording& r = m_recordings[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case DurationMsRole:
        return QVariant::fromValue<qint64>(durationOf(r));
    case StateRole:
        return int(r.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAt), QLocale::ShortFormat);
        case Duration:
            return formatDuration(durationOf(r));
        case State:
            return stateName(r.state);
        case Source:
            if (r.source == RecordingSource::Microphone && r.deviceName && !r.deviceName->isEmpty()) {
                return tr("%1 (%2)").arg(sourceName(r.source), *r.deviceName);
            }
            return sourceName(r.source);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecordingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Duration:
        return tr("Duration");
    case State:
        return tr("State");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void RecordingTableModel::setRecordings(std::vector<Recording> recordings) {
    beginResetModel();
    m_recordings = std::move(recordings);
    endResetModel();
}

qint64 RecordingTableModel::durationOf(const Recording& recording) const {
    if (recording.state == RecordingState::Recording && recording.id == m_liveId) {
        return std::max<qint64>(recording.durationMs, m_liveMs);
    }
    return recording.durationMs;
}

void RecordingTableModel::setLiveDuration(const QString& id, qint64 ms) {
    m_liveId = id;
    m_liveMs = std::max<qint64>(0, ms);
    const int row = rowOf(id);
    if (row >= 0) {
        emit dataChanged(index(row, Duration), index(row, Duration));
    }
}

const Recording* RecordingTableModel::recordingAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_recordings[size_t(row)] : nullptr;
}

int RecordingTableModel::rowOf(const QString& id) const {
    for (size_t i = 0; i < m_recordings.size(); ++i) {
        if (m_recordings[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

} // namespace clinicdesk
