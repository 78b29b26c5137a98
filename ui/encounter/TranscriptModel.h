// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Transcript.h"

#include <QAbstractTableModel>

namespace clinicdesk {

// One recording's transcript on the encounter page: one row per segment, its
// start as "mm:ss" and its text. Empty when the recording has no transcript yet.
class TranscriptModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Text, ColumnCount };
    // Under these roles, for every column.
    static constexpr int StartMsRole = Qt::UserRole + 1;
    static constexpr int EndMsRole = Qt::UserRole + 2;
    static constexpr int SegmentIndexRole = Qt::UserRole + 3; // TranscriptSegmentRow::index

    explicit TranscriptModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setTranscript(Transcript transcript);
    void clear();
    [[nodiscard]] const Transcript& transcript() const { return m_transcript; }
    [[nodiscard]] bool isEmpty() const { return m_transcript.id.isEmpty(); }
    [[nodiscard]] const TranscriptSegmentRow* segmentAt(int row) const;
    // The row of the segment with `index` (TranscriptSegmentRow::index); -1 when none.
    [[nodiscard]] int rowOfSegment(int index) const;

    // "mm:ss" (minutes past 59 keep counting: "75:02").
    [[nodiscard]] static QString formatTime(qint64 ms);

private:
    Transcript m_transcript;
};

} // namespace clinicdesk
