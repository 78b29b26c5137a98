// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audit/AuditPage.h"

#include "audit/AuditTableModel.h"
#include "audit/PatientPicker.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"
#include "widgets/RecordTable.h"
#include "widgets/ThemedIcon.h"
#include "widgets/Tone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

enum Period { AnyTime, Today, LastWeek, LastMonth, Between };

constexpr int kFilterDelayMs = 150;

qint64 startOfDay(const QDate& day) {
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

QLabel* filterLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    label->setEnabled(false); // quieter than the values
    return label;
}

} // namespace

AuditPage::AuditPage(AuditService& service, PatientService& patients, QWidget* parent)
    : QWidget(parent)
    , m_service(&service)
    , m_model(new AuditTableModel(this))
    , m_user(new QComboBox(this))
    , m_patient(new PatientPicker(patients, this))
    , m_action(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_verifyPanel(new QFrame(this))
    , m_verifyIcon(new QLabel(m_verifyPanel))
    , m_verifyText(new QLabel(m_verifyPanel))
    , m_showBroken(new QPushButton(m_verifyPanel))
    , m_infoBar(new InfoBar(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_exportProgress(new QProgressBar(this))
    , m_cancelExport(new QPushButton(tr("Cancel export"), this)) {
    setObjectName(QStringLiteral("auditPage"));
    m_infoBar->setObjectName(QStringLiteral("auditInfoBar"));
    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("auditBackButton"));
    back->setToolTip(tr("Back to Settings"));
    connect(back, &QPushButton::clicked, this, &AuditPage::backRequested);

    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_user->setAccessibleName(tr("User"));
    m_user->addItem(tr("Everyone"), QString());
    m_user->setMinimumContentsLength(14);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Every action"), QString());
    m_action->setMinimumContentsLength(14);
    m_period->setObjectName(QStringLiteral("auditPeriodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("Between dates"), Between);
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        date->hide();
    }
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setAccessibleName(tr("To (included)"));
    m_clear->setObjectName(QStringLiteral("clearAuditFiltersButton"));
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verify->setToolTip(tr("Recompute the hash chain and compare its end with the anchor kept outside the database"));
    m_export->setObjectName(QStringLiteral("exportAuditButton"));
    m_export->setToolTip(tr("The entries the filters show, as a CSV file"));

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addStretch(1);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(new PageTitle(tr("Audit log"), this), 1);
    titleRow->addWidget(m_verify);
    titleRow->addWidget(m_export);
    auto* intro = new QLabel(tr("Every sign-in, change, opened record, export and backup, each entry chained to the "
                                "one before so that a changed or removed entry shows."),
                             this);
    intro->setWordWrap(true);

    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(12);
    filters->setVerticalSpacing(4);
    filters->addWidget(filterLabel(tr("&User"), m_user), 0, 0);
    filters->addWidget(filterLabel(tr("&Patient"), m_patient->edit()), 0, 1);
    filters->addWidget(filterLabel(tr("&Action"), m_action), 0, 2);
    filters->addWidget(filterLabel(tr("Pe&riod"), m_period), 0, 3);
    filters->addWidget(m_user, 1, 0);
    filters->addWidget(m_patient, 1, 1);
    filters->addWidget(m_action, 1, 2);
    auto* period = new QHBoxLayout;
    period->setSpacing(6);
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(m_to);
    filters->addLayout(period, 1, 3);
    filters->addWidget(m_clear, 1, 4);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(5, 1);

    m_verifyPanel->setObjectName(QStringLiteral("auditVerifyPanel"));
    m_verifyText->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyText->setWordWrap(true);
    m_verifyText->setTextFormat(Qt::PlainText);
    m_verifyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showBroken->setObjectName(QStringLiteral("showBrokenEntryButton"));
    m_showBroken->hide();
    auto* verifyRow = new QHBoxLayout(m_verifyPanel);
    verifyRow->setContentsMargins(12, 8, 12, 8);
    verifyRow->setSpacing(10);
    verifyRow->addWidget(m_verifyIcon, 0, Qt::AlignTop);
    verifyRow->addWidget(m_verifyText, 1);
    verifyRow->addWidget(m_showBroken, 0, Qt::AlignVCenter);
    m_verifyPanel->hide();

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_model);
    RecordTable::style(m_table, 10);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(AuditTableModel::Seq, metrics.horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_table->setColumnWidth(AuditTableModel::Time, metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00 MM")));
    m_table->setColumnWidth(AuditTableModel::UserColumn, 150);
    m_table->setColumnWidth(AuditTableModel::Action, 150);
    m_table->setColumnWidth(AuditTableModel::Subject, 110);
    m_table->setColumnWidth(AuditTableModel::Record, metrics.horizontalAdvance(QStringLiteral("000000000000")) + 24);

    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_count->setEnabled(false);
    m_exportProgress->setObjectName(QStringLiteral("auditExportProgress"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setMaximumWidth(260);
    m_exportProgress->hide();
    m_cancelExport->setObjectName(QStringLiteral("cancelAuditExportButton"));
    m_cancelExport->hide();
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_exportProgress);
    footer->addWidget(m_cancelExport);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(titleRow);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_verifyPanel);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kFilterDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &AuditPage::loadFirstPage);
    const auto changed = [this] { m_delay.start(); };
    connect(m_user, &QComboBox::currentIndexChanged, this, changed);
    connect(m_action, &QComboBox::currentIndexChanged, this, changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, changed] {
        updatePeriod();
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_patient, &PatientPicker::patientChosen, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_showBroken, &QPushButton::clicked, this, [this] { showEntry(m_brokenSeq); });
    connect(m_model, &AuditTableModel::moreRequested, this, &AuditPage::loadMore);
    connect(m_cancelExport, &QPushButton::clicked, this, [this] {
        if (m_exportCancel) {
            *m_exportCancel = true;
            m_cancelExport->setEnabled(false);
        }
    });
    setFocusProxy(m_table);
}

void AuditPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload() {
    loadFacets();
    loadFirstPage();
}

AuditFilter AuditPage::filter() const {
    AuditFilter f;
    f.userId = m_user->currentData().toString();
    f.patientId = m_patient->patientId();
    if (const QString action = m_action->currentData().toString(); !action.isEmpty()) {
        f.actions = {action};
    }
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Today:
        f.fromMs = startOfDay(today);
        break;
    case LastWeek:
        f.fromMs = startOfDay(today.addDays(-6));
        break;
    case LastMonth:
        f.fromMs = startOfDay(today.addDays(-29));
        break;
    case Between:
        f.fromMs = startOfDay(std::min(m_from->date(), m_to->date()));
        f.toMs = startOfDay(std::max(m_from->date(), m_to->date()).addDays(1));
        break;
    default:
        break;
    }
    return f;
}

void AuditPage::updatePeriod() {
    const bool between = m_period->currentData().toInt() == Between;
    m_from->setVisible(between);
    m_to->setVisible(between);
}

void AuditPage::clearFilters() {
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockPeriod(m_period);
    const QSignalBlocker blockPatient(m_patient);
    m_user->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    m_patient->clear();
    updatePeriod();
    loadFirstPage();
}

void AuditPage::loadFacets() {
    if (!m_service) {
        return;
    }
    m_service->facets(this, [this](Result<AuditService::Facets> facets) {
        if (!facets) {
            m_infoBar->showMessage(facets.error().message, InfoBar::Kind::Error);
            return;
        }
        QHash<QString, QString> names;
        const QString user = m_user->currentData().toString();
        const QString action = m_action->currentData().toString();
        const QSignalBlocker blockUser(m_user);
        const QSignalBlocker blockAction(m_action);
        while (m_user->count() > 1) {
            m_user->removeItem(1);
        }
        for (const User& u : facets->users) {
            names.insert(u.id, u.displayName);
            m_user->addItem(u.active ? tr("%1 (%2)").arg(u.displayName, u.name)
                                     : tr("%1 (%2, disabled)").arg(u.displayName, u.name),
                            u.id);
        }
        while (m_action->count() > 1) {
            m_action->removeItem(1);
        }
        for (const QString& key : facets->actions) {
            m_action->addItem(AuditTableModel::actionLabel(key), key);
            m_action->setItemData(m_action->count() - 1, key, Qt::ToolTipRole);
        }
        m_user->setCurrentIndex(std::max(0, m_user->findData(user)));
        m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
        m_model->setUserNames(std::move(names));
        m_facetsLoaded = true;
    });
}

void AuditPage::loadFirstPage() {
    if (!m_service) {
        return;
    }
    m_delay.stop();
    const AuditFilter f = filter();
    m_shown = f;
    m_count->setText(tr("Reading the log…"));
    m_model->setLoading(true);
    m_service->firstPage(this, f, kPageSize, [this](Result<std::vector<AuditEntry>> entries) {
        if (!entries) {
            m_model->setLoading(false);
            m_infoBar->showMessage(entries.error().message, InfoBar::Kind::Error);
            return;
        }
        const bool more = int(entries->size()) == kPageSize;
        m_model->reset(std::move(*entries), more);
        if (m_model->rowCount() > 0) {
            m_table->scrollToTop();
        }
        emit pageShown();
    });
    m_service->count(this, f, [this, f](Result<std::int64_t> count) {
        if (!count) {
            m_count->clear();
            return;
        }
        m_count->setText(f.isEmpty() ? tr("%n entry(s) in the log", nullptr, int(*count))
                                     : tr("%n entry(s) match", nullptr, int(*count)));
    });
}

void AuditPage::loadMore() {
    if (!m_service) {
        return;
    }
    m_service->nextPage(this, m_shown, m_model->oldestSeq(), kPageSize,
                        [this](Result<std::vector<AuditEntry>> entries) {
                            if (!entries) {
                                m_model->setLoading(false);
                                m_infoBar->showMessage(entries.error().message, InfoBar::Kind::Error);
                                return;
                            }
                            const bool more = int(entries->size()) == kPageSize;
                            m_model->append(std::move(*entries), more);
                            if (m_selectSeq > 0) {
                                if (const int row = m_model->rowOfSeq(m_selectSeq); row >= 0) {
                                    m_table->selectRow(row);
                                    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
                                    m_selectSeq = 0;
                                }
                            }
                            emit pageShown();
                        });
}

void AuditPage::chooseExportFile() {
    const QString name = QStringLiteral("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto* dialog =
        new QFileDialog(this, tr("Export the audit log"),
                        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
                        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditPage::exportTo);
    dialog->open();
}

void AuditPage::exportTo(const QString& path) {
    if (!m_service || m_exportCancel) {
        return;
    }
    m_export->setEnabled(false);
    m_exportProgress->setRange(0, 0);
    m_exportProgress->show();
    m_cancelExport->setEnabled(true);
    m_cancelExport->show();
    m_exportCancel = m_service->exportCsv(
        this, m_shown, path,
        [this](std::int64_t done, std::int64_t total) {
            m_exportProgress->setRange(0, int(std::max<std::int64_t>(total, 1)));
            m_exportProgress->setValue(int(done));
        },
        [this, path](Result<std::int64_t> written) {
            m_exportCancel.reset();
            m_export->setEnabled(true);
            m_exportProgress->hide();
            m_cancelExport->hide();
            if (!written) {
                m_infoBar->showMessage(written.error().message, written.error().code == ErrorCode::Cancelled
                                                                    ? InfoBar::Kind::Information
                                                                    : InfoBar::Kind::Error);
            } else {
                m_infoBar->showMessage(
                    tr("%n entry(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
            }
            emit exported();
        });
}

void AuditPage::verify() {
    if (!m_service) {
        return;
    }
    m_verify->setEnabled(false);
    m_verify->setText(tr("Verifying…"));
    m_service->verify(this, [this](Result<AuditService::Verified> result) {
        m_verify->setEnabled(true);
        m_verify->setText(tr("&Verify chain"));
        if (!result) {
            m_infoBar->showMessage(result.error().message, InfoBar::Kind::Error);
        } else {
            showVerified(*result);
        }
        emit verified();
    });
}

void AuditPage::showVerified(const AuditService::Verified& result) {
    const AuditVerifyReport& r = result.report;
    const Tone::Kind kind = r.ok ? Tone::Kind::Good : Tone::Kind::Error;
    m_verifyPanel->setStyleSheet(Tone::panelStyle(kind, this, QStringLiteral("QFrame#auditVerifyPanel")));
    QPalette p = m_verifyIcon->palette();
    p.setColor(QPalette::WindowText, Tone::text(kind, this));
    m_verifyIcon->setPalette(p);
    m_verifyIcon->setPixmap(ThemedIcon::make(r.ok ? QStringLiteral("backup") : QStringLiteral("warning"), m_verifyIcon)
                                .pixmap(QSize(20, 20), devicePixelRatioF()));
    m_brokenSeq = r.ok ? 0 : r.firstBadSeq;
    if (r.ok) {
        m_verifyText->setText(
            tr("Intact and anchored: all %1 entries follow one another unchanged, and entry %2, recorded outside the "
               "database when the vault was last locked, is still the same.")
                .arg(QLocale().toString(qint64(r.entries)), QLocale().toString(qint64(r.anchoredSeq))));
    } else if (r.firstBadSeq > 0) {
        m_verifyText->setText(tr("The chain breaks at entry %1: %2 Entries from there on cannot be trusted; keep this "
                                 "vault as it is and restore a verified backup into a new folder to compare.")
                                  .arg(QLocale().toString(qint64(r.firstBadSeq)), r.problem));
    } else {
        m_verifyText->setText(tr("The end of the log cannot be confirmed: %1").arg(r.problem));
    }
    m_verifyText->setAccessibleName(r.ok ? tr("The audit log is intact") : tr("The audit log is broken"));
    m_showBroken->setText(tr("Show entry %1").arg(QLocale().toString(qint64(r.firstBadSeq))));
    m_showBroken->setVisible(m_brokenSeq > 0 && m_brokenSeq <= result.head);
    m_verifyPanel->show();
}

void AuditPage::showEntry(std::int64_t seq) {
    if (!m_service || seq <= 0) {
        return;
    }
    // Everything, from that entry on down.
    {
        const QSignalBlocker blockUser(m_user);
        const QSignalBlocker blockAction(m_action);
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockPatient(m_patient);
        m_user->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_period->setCurrentIndex(0);
        m_patient->clear();
        updatePeriod();
    }
    m_delay.stop();
    m_shown = AuditFilter{};
    m_model->reset({}, true);
    m_model->setLoading(true);
    m_selectSeq = seq;
    m_service->nextPage(this, m_shown, seq + 1, kPageSize, [this](Result<std::vector<AuditEntry>> entries) {
        if (!entries) {
            m_model->setLoading(false);
            return;
        }
        const bool more = int(entries->size()) == kPageSize;
        m_model->reset(std::move(*entries), more);
        if (const int row = m_model->rowOfSeq(m_selectSeq); row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
            m_table->setFocus();
        }
        m_selectSeq = 0;
        emit pageShown();
    });
    m_service->count(this, m_shown, [this](Result<std::int64_t> count) {
        if (count) {
            m_count->setText(tr("%n entry(s) in the log", nullptr, int(*count)));
        }
    });
}

} // namespace clinicdesk
