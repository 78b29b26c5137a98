// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/EgressLogPage.h"

#include "services/AiSettingsService.h"
#include "widgets/InfoBar.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QString purposeName(const QString& purpose) {
    if (purpose == QLatin1String("transcription")) {
        return EgressLogPage::tr("Transcription");
    }
    if (purpose == QLatin1String("notes")) {
        return EgressLogPage::tr("Note");
    }
    if (purpose == QLatin1String("summary")) {
        return EgressLogPage::tr("Summary of a long transcript");
    }
    if (purpose == QLatin1String("test-connection")) {
        return EgressLogPage::tr("Connection test");
    }
    return purpose;
}

QString providerName(const QString& key) {
    if (key == QLatin1String("openai")) {
        return EgressLogPage::tr("OpenAI");
    }
    if (key == QLatin1String("azure")) {
        return EgressLogPage::tr("Azure OpenAI");
    }
    if (key == QLatin1String("compatible")) {
        return EgressLogPage::tr("OpenAI-compatible");
    }
    return key;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem* number(std::int64_t value) {
    auto* item = cell(QLocale().toString(qint64(value)), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, qint64(value));
    return item;
}

} // namespace

EgressLogPage::EgressLogPage(AiSettingsService& backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(&backend)
    , m_infoBar(new InfoBar)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_summary(new QLabel)
    , m_refresh(new QPushButton(tr("&Refresh"))) {
    setObjectName(QStringLiteral("egressLogPage"));
    m_infoBar->setObjectName(QStringLiteral("egressInfoBar"));
    m_table->setObjectName(QStringLiteral("egressTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Host"), tr("Provider"), tr("Model"), tr("Purpose"),
                                        tr("Bytes sent"), tr("Bytes received"), tr("Status"), tr("Job"),
                                        tr("Request id")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("egressSummaryLabel"));
    m_summary->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshEgressButton"));

    auto* back = new QPushButton(tr("← Back"));
    back->setObjectName(QStringLiteral("egressBackButton"));
    back->setObjectName(QStringLiteral("egressBackButton"));
    connect(back, &QPushButton::clicked, this, &EgressLogPage::backRequested);
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(new QLabel(tr("<h2>What left this computer</h2>")), 1);
    header->addWidget(m_refresh);
    auto* explanation = new QLabel(tr("Every request ClinicDesk sent to an AI provider: where it went, why and how "
                                      "much. The recordings and texts themselves are never written to this log."));
    explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_infoBar);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    connect(m_refresh, &QPushButton::clicked, this, &EgressLogPage::reload);
}

void EgressLogPage::reload() {
    if (m_loading || !m_backend) {
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    m_backend->listEgress(this, [this](Result<std::vector<EgressEntry>> entries) {
        m_loading = false;
        m_refresh->setEnabled(true);
        if (!entries) {
            m_infoBar->showMessage(entries.error().message, InfoBar::Kind::Error);
            return;
        }
        m_infoBar->dismiss();
        display(*entries);
        emit listed();
    });
}

void EgressLogPage::display(const std::vector<EgressEntry>& entries) {
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(entries.size()));
    std::int64_t sent = 0;
    std::int64_t received = 0;
    for (int row = 0; row < int(entries.size()); ++row) {
        const EgressEntry& e = entries[size_t(row)];
        sent += e.bytesSent;
        received += e.bytesReceived;
        m_table->setItem(row, Time,
                         cell(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat)));
        m_table->setItem(row, UserName, cell(e.userName.isEmpty() ? e.userId : e.userName));
        m_table->setItem(row, Host, cell(e.host));
        m_table->setItem(row, Provider, cell(providerName(e.provider)));
        m_table->setItem(row, Model, cell(e.model));
        m_table->setItem(row, Purpose, cell(purposeName(e.purpose)));
        m_table->setItem(row, BytesSent, number(e.bytesSent));
        m_table->setItem(row, BytesReceived, number(e.bytesReceived));
        m_table->setItem(row, HttpStatus, cell(e.httpStatus == 0 ? tr("no answer") : QString::number(e.httpStatus)));
        m_table->setItem(row, JobId, cell(e.jobId.left(8)));
        m_table->item(row, JobId)->setToolTip(e.jobId);
        m_table->item(row, JobId)->setData(Qt::UserRole, e.jobId);
        m_table->setItem(row, RequestId, cell(e.requestId));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n request(s) listed; %1 sent, %2 received.", nullptr, int(entries.size()))
                           .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(received)));
}

} // namespace clinicdesk
