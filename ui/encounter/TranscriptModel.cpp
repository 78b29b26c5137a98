// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/TranscriptModel.h"

#include <algorithm>

namespace clinicdesk {

TranscriptModel::TranscriptModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int TranscriptModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_transcript.segments.size());
}

int TranscriptModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const {
    const TranscriptSegmentRow* segment = index.isValid() ? segmentAt(index.row()) : nullptr;
    if (segment == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Time) {
            return formatTime(segment->startMs);
        }
        if (index.column() == Text) {
            return segment->speaker.isEmpty() ? segment->text : tr("%1: %2").arg(segment->speaker, segment->text);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Time) {
            return tr("From %1 to %2; click to play from here")
                .arg(formatTime(segment->startMs), formatTime(segment->endMs));
        }
        return segment->text;
    case Qt::TextAlignmentRole:
        return int((index.column() == Time ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    case StartMsRole:
        return qint64(segment->startMs);
    case EndMsRole:
        return qint64(segment->endMs);
    case SegmentIndexRole:
        return segment->index;
    default:
        return {};
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Text:
        return tr("What was said");
    default:
        return {};
    }
}

void TranscriptModel::setTranscript(Transcript transcript) {
    beginResetModel();
    m_transcript = std::move(transcript);
    std::stable_sort(
        m_transcript.segments.begin(), m_transcript.segments.end(),
        [](const TranscriptSegmentRow& a, const TranscriptSegmentRow& b) { return a.startMs < b.startMs; });
    endResetModel();
}

void TranscriptModel::clear() {
    setTranscript(Transcript{});
}

const TranscriptSegmentRow* TranscriptModel::segmentAt(int row) const {
    if (row < 0 || row >= int(m_transcript.segments.size())) {
        return nullptr;
    }
    return &m_transcript.segments[std::size_t(row)];
}

int TranscriptModel::rowOfSegment(int index) const {
    for (std::size_t i = 0; i < m_transcript.segments.size(); ++i) {
        if (m_transcript.segments[i].index == index) {
            return int(i);
        }
    }
    return -1;
}

QString TranscriptModel::formatTime(qint64 ms) {
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(total / 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace clinicdesk
