// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/UsagePage.h"

#include "settings/MicroUnits.h"
#include "widgets/InfoBar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

QString money(std::int64_t micro, const QString& currency) {
    return UsagePage::tr("%1 %2").arg(MicroUnits::format(micro), currency);
}

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

} // namespace

UsagePage::UsagePage(AiSettingsService& backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(&backend)
    , m_infoBar(new InfoBar)
    , m_month(new QDateEdit(firstOfMonth(QDate::currentDate())))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_total(new QLabel)
    , m_budget(new QLabel) {
    setObjectName(QStringLiteral("usagePage"));
    m_infoBar->setObjectName(QStringLiteral("usageInfoBar"));
    m_month->setObjectName(QStringLiteral("usageMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    auto* previous = new QPushButton(QStringLiteral("◀"));
    previous->setObjectName(QStringLiteral("previousMonthButton"));
    previous->setToolTip(tr("Previous month"));
    auto* next = new QPushButton(QStringLiteral("▶"));
    next->setObjectName(QStringLiteral("nextMonthButton"));
    next->setToolTip(tr("Next month"));
    m_table->setObjectName(QStringLiteral("usageTable"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Model"), tr("Requests"), tr("Audio minutes"),
                                        tr("Input tokens"), tr("Output tokens"), tr("Sent"), tr("Cost")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_total->setObjectName(QStringLiteral("usageTotalLabel"));
    m_budget->setObjectName(QStringLiteral("usageBudgetLabel"));
    m_budget->setWordWrap(true);

    auto* back = new QPushButton(tr("← Back"));
    back->setObjectName(QStringLiteral("usageBackButton"));
    back->setObjectName(QStringLiteral("usageBackButton"));
    connect(back, &QPushButton::clicked, this, &UsagePage::backRequested);
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(new QLabel(tr("<h2>AI usage and cost</h2>")), 1);
    header->addWidget(previous);
    header->addWidget(m_month);
    header->addWidget(next);
    auto* note = new QLabel(tr("Costs are estimates from the price table in the AI settings; the provider's invoice "
                               "is what counts."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_infoBar);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_budget);

    connect(m_month, &QDateEdit::dateChanged, this, &UsagePage::reload);
    connect(previous, &QPushButton::clicked, this, [this] { showMonth(month().addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(month().addMonths(1)); });
}

QDate UsagePage::month() const {
    return firstOfMonth(m_month->date());
}

void UsagePage::showMonth(const QDate& month) {
    const QDate first = firstOfMonth(month);
    if (first == m_month->date()) {
        reload();
    } else {
        m_month->setDate(first); // reloads
    }
}

void UsagePage::reload() {
    if (!m_backend) {
        return;
    }
    const quint64 token = ++m_token;
    m_backend->monthUsage(this, month(), [this, token](Result<AiSettingsService::UsageView> view) {
        if (token != m_token) {
            return; // another month was asked for meanwhile
        }
        if (!view) {
            m_infoBar->showMessage(view.error().message, InfoBar::Kind::Error);
            return;
        }
        m_infoBar->dismiss();
        display(*view);
        emit listed();
    });
}

void UsagePage::display(const AiSettingsService::UsageView& view) {
    const QLocale locale;
    m_table->setRowCount(int(view.totals.size()));
    std::map<QString, std::int64_t> totalByCurrency;
    for (int row = 0; row < int(view.totals.size()); ++row) {
        const UsageTotal& t = view.totals[size_t(row)];
        const QString currency = t.currency.isEmpty() ? view.currency : t.currency;
        totalByCurrency[currency] += t.costMicro;
        m_table->setItem(row, UserName, cell(t.userName.isEmpty() ? t.userId : t.userName));
        m_table->setItem(row, Model, cell(t.model));
        m_table->setItem(row, Requests, cell(locale.toString(qint64(t.requests)), true));
        m_table->setItem(row, AudioMinutes, cell(locale.toString(double(t.audioMs) / 60'000.0, 'f', 1), true));
        m_table->setItem(row, InputTokens, cell(locale.toString(qint64(t.inputTokens)), true));
        m_table->setItem(row, OutputTokens, cell(locale.toString(qint64(t.outputTokens)), true));
        m_table->setItem(row, BytesSent, cell(locale.formattedDataSize(t.bytesSent), true));
        m_table->setItem(row, Cost, cell(money(t.costMicro, currency), true));
    }
    QStringList totals;
    for (const auto& [currency, micro] : totalByCurrency) {
        totals << money(micro, currency);
    }
    const QString monthName = locale.toString(view.month, QStringLiteral("MMMM yyyy"));
    m_total->setText(totals.isEmpty() ? tr("No AI requests in %1.").arg(monthName)
                                      : tr("Total for %1: %2").arg(monthName, totals.join(QStringLiteral(", "))));
    if (!view.myBudgetMicro) {
        m_budget->setText(tr("You have no monthly AI budget. This month you have used %1.")
                              .arg(money(view.mySpentMicro, view.currency)));
        return;
    }
    const std::int64_t left = std::max<std::int64_t>(0, *view.myBudgetMicro - view.mySpentMicro);
    m_budget->setText(tr("Your budget for %1: %2. Used: %3. Left: %4.")
                          .arg(monthName, money(*view.myBudgetMicro, view.currency),
                               money(view.mySpentMicro, view.currency), money(left, view.currency)));
}

} // namespace clinicdesk
