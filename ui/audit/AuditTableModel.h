// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace clinicdesk {

// The rows of the audit viewer: the entries of the current filter, newest first, loaded a page at a
// time. When the view scrolls to the end and more entries match, it asks for the next page
// (moreRequested) and appends it.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, UserColumn, Action, Subject, Record, Detail, ColumnCount };
    static constexpr int SeqRole = Qt::UserRole + 1;      // the entry's sequence number
    static constexpr int EntityIdRole = Qt::UserRole + 2; // the full id of the record

    explicit AuditTableModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A new filter's first page; `more`: older entries may match too.
    void reset(std::vector<AuditEntry> entries, bool more);
    void append(std::vector<AuditEntry> entries, bool more);
    void setUserNames(QHash<QString, QString> names);
    // The page asked for is on its way (no second request meanwhile).
    void setLoading(bool loading) { m_loading = loading; }
    [[nodiscard]] bool hasMore() const { return m_more; }
    [[nodiscard]] const AuditEntry* entryAt(int row) const;
    [[nodiscard]] int rowOfSeq(std::int64_t seq) const;
    // The oldest entry loaded (0: none).
    [[nodiscard]] std::int64_t oldestSeq() const;

    // What an action and an entity are called on screen ("view" -> "Opened").
    [[nodiscard]] static QString actionLabel(const QString& action);
    [[nodiscard]] static QString entityLabel(const QString& entity);

signals:
    void moreRequested();

private:
    std::vector<AuditEntry> m_entries;
    QHash<QString, QString> m_userNames;
    bool m_more = false;
    bool m_loading = false;
};

} // namespace clinicdesk
