// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/TranscriptPanel.h"

#include "encounter/EncounterController.h"
#include "encounter/TranscriptModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

TranscriptPanel::TranscriptPanel(EncounterController& controller, QWidget* parent)
    : QGroupBox(tr("Transcript"), parent)
    , m_controller(controller)
    , m_view(new QTableView(this))
    , m_notice(new QLabel(this)) {
    setObjectName(QStringLiteral("transcriptPanel"));
    TranscriptModel* model = m_controller.transcript();
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setColumnWidth(TranscriptModel::Time, 64);
    m_view->setToolTip(tr("Click a line to play the recording from there"));
    m_notice->setObjectName(QStringLiteral("transcriptEmptyLabel"));
    m_notice->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex& index) { m_controller.playSegment(index.row()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { m_controller.playSegment(index.row()); });
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeRowsToContents);
    connect(&m_controller, &EncounterController::transcriptRowsRequested, this, &TranscriptPanel::selectRows);
    connect(&m_controller, &EncounterController::changed, this, &TranscriptPanel::updateNotice);
    updateNotice();
}

void TranscriptPanel::selectRows(const QList<int>& rows) {
    const TranscriptModel* model = m_controller.transcript();
    QItemSelection selection;
    for (int row : rows) {
        selection.select(model->index(row, 0), model->index(row, TranscriptModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        m_view->scrollTo(model->index(rows.first(), 0), QAbstractItemView::PositionAtCenter);
        m_view->selectionModel()->setCurrentIndex(model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }
}

void TranscriptPanel::updateNotice() {
    const QString text = m_controller.transcriptNotice();
    if (m_notice->text() != text) {
        m_notice->setText(text);
    }
    m_notice->setVisible(!text.isEmpty());
}

} // namespace clinicdesk
