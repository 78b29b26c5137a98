// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Recording.h"

#include <QAbstractTableModel>

#include <vector>

namespace clinicdesk {

// The recordings of the encounter page's patient, newest first.
class RecordingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Duration, State, Source, ColumnCount };
    // Under these roles, for every column.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int DurationMsRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3; // int(RecordingState)

    explicit RecordingTableModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setRecordings(std::vector<Recording> recordings);
    // The recording `id` is being recorded and has `ms` of audio so far: its duration shows that
    // rather than what the vault held when the list was read. An empty id: none.
    void setLiveDuration(const QString& id, qint64 ms);
    [[nodiscard]] const Recording* recordingAt(int row) const;
    // -1 when the id is not among the rows.
    [[nodiscard]] int rowOf(const QString& id) const;

    // "1:02:03" or "2:03".
    [[nodiscard]] static QString formatDuration(qint64 ms);
    [[nodiscard]] static QString stateName(RecordingState state);
    [[nodiscard]] static QString sourceName(RecordingSource source);

private:
    [[nodiscard]] qint64 durationOf(const Recording& recording) const;

    std::vector<Recording> m_recordings;
    QString m_liveId;
    qint64 m_liveMs = 0;
};

} // namespace clinicdesk
