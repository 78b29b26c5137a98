// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/Job.h"

#include <QAbstractTableModel>

#include <vector>

namespace clinicdesk {

// The AI job queue as the jobs panel shows it, newest first: what kind of job, what it is about
// (a short recording or encounter id, never patient data), its state in plain words, attempts,
// when it tries again, progress and the last problem.
class JobTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Subject, State, Attempts, NextAttempt, Progress, LastError, ColumnCount };
    // Under these roles, for every column.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;    // int(JobState)
    static constexpr int ProgressRole = Qt::UserRole + 3; // 0..100

    explicit JobTableModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Replaces the rows (keeps the model's row objects where ids match, so a selection survives).
    void setJobs(const std::vector<Job>& jobs);
    // A progress report from the runner, between two snapshots.
    void setProgress(const QString& jobId, int percent);
    [[nodiscard]] const Job* jobAt(int row) const;
    // -1 when the id is not among the rows.
    [[nodiscard]] int rowOf(const QString& id) const;

    [[nodiscard]] static QString kindName(const QString& kind);
    [[nodiscard]] static QString stateName(JobState state);
    // "Recording 1a2b3c4d", "Encounter 5e6f7a8b".
    [[nodiscard]] static QString subjectName(const Job& job);

private:
    std::vector<Job> m_jobs;
};

} // namespace clinicdesk
