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
    [[nodiscard]] const Recording* recordingAt(int row) const;
    // -1 when the id is not among the rows.
    [[nodiscard]] int rowOf(const QString& id) const;

    // "1:02:03" or "2:03".
    [[nodiscard]] static QString formatDuration(qint64 ms);
    [[nodiscard]] static QString stateName(RecordingState state);
    [[nodiscard]] static QString sourceName(RecordingSource source);

private:
    std::vector<Recording> m_recordings;
};

} // namespace clinicdesk
