// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/JobTableModel.h"

#include "jobs/JobStates.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace clinicdesk {

namespace {

QString shortId(const QString& id) {
    return id.left(8);
}

} // namespace

JobTableModel::JobTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int JobTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::kindName(const QString& kind) {
    if (kind == JobKind::Transcribe) {
        return tr("Transcription");
    }
    if (kind == JobKind::Note) {
        return tr("Note");
    }
    return kind;
}

QString JobTableModel::stateName(JobState state) {
    switch (state) {
    case JobState::Queued:
        return tr("Waiting its turn");
    case JobState::Running:
        return tr("Running");
    case JobState::WaitingRetry:
        return tr("Will try again");
    case JobState::NeedsUser:
        return tr("Needs you");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Done:
        return tr("Done");
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobTableModel::subjectName(const Job& job) {
    if (job.subjectId.isEmpty()) {
        return {};
    }
    if (job.kind == JobKind::Transcribe) {
        return tr("Recording %1").arg(shortId(job.subjectId));
    }
    if (job.kind == JobKind::Note) {
        return tr("Encounter %1").arg(shortId(job.subjectId));
    }
    return shortId(job.subjectId);
}

QVariant JobTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Job& job = m_jobs[size_t(index.row())];
    switch (role) {
    case IdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case ProgressRole:
        return job.state == JobState::Done ? 100 : job.progress;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return kindName(job.kind);
        case Subject:
            return subjectName(job);
        case State:
            return stateName(job.state);
        case Attempts:
            return job.attempts;
        case NextAttempt:
            if (job.state == JobState::WaitingRetry && job.nextAttemptAt) {
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*job.nextAttemptAt).time(),
                                          QLocale::ShortFormat);
            }
            return {};
        case Progress:
            return QStringLiteral("%1%").arg(job.state == JobState::Done ? 100 : job.progress);
        case LastError:
            // Only meaningful while the job is not done.
            return job.state == JobState::Done ? QString() : job.lastError;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LastError && job.state != JobState::Done) {
            return job.lastError;
        }
        if (index.column() == Subject) {
            return job.subjectId;
        }
        if (index.column() == NextAttempt && job.nextAttemptAt) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*job.nextAttemptAt), QLocale::LongFormat);
        }
        return {};
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("Job");
    case Subject:
        return tr("About");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Progress:
        return tr("Progress");
    case LastError:
        return tr("Last problem");
    default:
        return {};
    }
}

void JobTableModel::setJobs(const std::vector<Job>& jobs) {
    const bool sameRows =
        jobs.size() == m_jobs.size() &&
        std::equal(jobs.begin(), jobs.end(), m_jobs.begin(), [](const Job& a, const Job& b) { return a.id == b.id; });
    if (sameRows) {
        m_jobs = jobs;
        if (!m_jobs.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void JobTableModel::setProgress(const QString& jobId, int percent) {
    const int row = rowOf(jobId);
    if (row < 0) {
        return;
    }
    Job& job = m_jobs[size_t(row)];
    job.progress = std::clamp(percent, 0, 100);
    if (canClaim(job.state)) {
        job.state = JobState::Running; // the snapshot that says so is on its way
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Job* JobTableModel::jobAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_jobs[size_t(row)] : nullptr;
}

int JobTableModel::rowOf(const QString& id) const {
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

} // namespace clinicdesk
