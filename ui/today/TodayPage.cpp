// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "today/TodayPage.h"

#include "domain/AccessPolicy.h"
#include "domain/AppointmentStatus.h"
#include "jobs/JobsHost.h"
#include "today/TodayAppointmentList.h"
#include "today/TodayWorkPanel.h"
#include "widgets/AppointmentStatusLook.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace clinicdesk {

TodayPage::TodayPage(TodayService& today, const User& user, JobsHost* jobs, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_user(user)
    , m_jobs(jobs)
    , m_clinical(AccessPolicy::allows(user.role, Permission::ReadClinical))
    , m_day(QDate::currentDate())
    , m_date(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_infoBar(new InfoBar(this))
    , m_list(new TodayAppointmentList(AccessPolicy::allows(user.role, Permission::WriteSchedule), this))
    , m_empty(new QLabel(this)) {
    setObjectName(QStringLiteral("todayPage"));
    m_infoBar->setObjectName(QStringLiteral("todayInfoBar"));
    m_date->setObjectName(QStringLiteral("todayDateLabel"));
    m_summary->setObjectName(QStringLiteral("todaySummaryLabel"));
    m_summary->setEnabled(false);
    m_empty->setObjectName(QStringLiteral("todayEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.1);
    m_date->setFont(dateFont);

    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &TodayPage::refresh);
    m_refresh->setObjectName(QStringLiteral("todayRefreshButton"));
    m_refresh->setToolTip(
        tr("Read the day again (%1)").arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QPushButton::clicked, this, &TodayPage::refresh);

    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(new PageTitle(tr("Today"), this));
    header->addSpacing(4);
    header->addWidget(m_date, 0, Qt::AlignBaseline);
    header->addStretch(1);
    // A clinician sees their own day; reception and administrators who do not see patients see everyone's.
    const bool seesPatients = user.role == Role::Practitioner || (user.role == Role::Admin && user.profession);
    if (seesPatients) {
        m_scope = new QComboBox(this);
        m_scope->setObjectName(QStringLiteral("todayScopeCombo"));
        m_scope->setAccessibleName(tr("Whose appointments"));
        m_scope->addItem(tr("My appointments"), false);
        m_scope->addItem(tr("Everyone's appointments"), true);
        connect(m_scope, &QComboBox::currentIndexChanged, this, &TodayPage::refresh);
        header->addWidget(m_scope);
    }
    header->addWidget(m_refresh);

    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* appointmentsHeading = new QLabel(tr("Appointments"), this);
    QFont headingFont = appointmentsHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    appointmentsHeading->setFont(headingFont);
    appointmentsHeading->setBuddy(m_list);
    left->addWidget(appointmentsHeading);
    left->addWidget(m_list, 1);
    left->addWidget(m_empty, 1);

    auto* body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(left, 3);
    if (m_clinical) {
        m_work = new TodayWorkPanel(this);
        m_work->setMinimumWidth(300);
        m_work->setMaximumWidth(420);
        body->addWidget(m_work, 2);
        connect(m_work, &TodayWorkPanel::encounterRequested, this, &TodayPage::encounterRequested);
        connect(m_work, &TodayWorkPanel::jobsRequested, this, &TodayPage::jobsRequested);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_infoBar);
    layout->addSpacing(8);
    layout->addLayout(body, 1);
    setFocusProxy(m_list);

    connect(m_list, &TodayAppointmentList::opened, this, &TodayPage::openAppointment);
    connect(m_list, &TodayAppointmentList::statusRequested, this, &TodayPage::setStatus);
    if (m_jobs != nullptr && m_work != nullptr) {
        connect(m_jobs, &JobsHost::jobsListed, this,
                [this](const std::vector<Job>& list) { m_work->setJobs(list, m_user.id, m_snapshot.patients); });
        m_work->setJobs(m_jobs->jobs(), m_user.id, m_snapshot.patients);
    }

    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_refreshTimer.start();
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_day = QDate::currentDate();
        refresh();
        armMidnight();
    });
    armMidnight();
    refresh();
}

bool TodayPage::showsEveryone() const {
    return m_scope == nullptr || m_scope->currentData().toBool();
}

void TodayPage::armMidnight() {
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0));
    // Half a second after midnight, so the new day has surely begun.
    m_midnight.start(int(std::min<qint64>(now.msecsTo(next) + 500, 24LL * 3600 * 1000)));
}

void TodayPage::refresh() {
    if (m_day != QDate::currentDate()) {
        m_day = QDate::currentDate();
    }
    m_date->setText(QLocale().toString(m_day, QLocale::LongFormat));
    m_today.load(this, m_day, showsEveryone(), [this](Result<TodaySnapshot> snapshot) {
        if (!snapshot) {
            m_infoBar->showMessage(snapshot.error().message, InfoBar::Kind::Error);
            return;
        }
        if (m_infoBar->kind() == InfoBar::Kind::Error) {
            m_infoBar->dismiss();
        }
        showSnapshot(*snapshot);
    });
}

void TodayPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous() && m_loaded) {
        refresh(); // coming back from an encounter or the calendar: what changed there shows at once
    }
}

void TodayPage::showSnapshot(const TodaySnapshot& snapshot) {
    m_snapshot = snapshot;
    m_loaded = true;
    m_list->setSnapshot(snapshot);
    const bool none = m_list->appointmentCount() == 0;
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    m_empty->setText(snapshot.everyone ? tr("No appointments today.")
                                       : tr("You have no appointments today. Choose “Everyone's appointments” to "
                                            "see the clinic's day."));
    if (m_scope == nullptr && none) {
        m_empty->setText(tr("No appointments today."));
    }
    updateSummary(snapshot);
    if (m_work != nullptr && snapshot.work) {
        m_work->setWork(*snapshot.work, snapshot.patients);
        if (m_jobs != nullptr) {
            m_work->setJobs(m_jobs->jobs(), m_user.id, snapshot.patients);
        }
    }
    emit refreshed();
}

void TodayPage::updateSummary(const TodaySnapshot& snapshot) {
    QMap<QString, int> counts;
    for (const Appointment& a : snapshot.appointments) {
        ++counts[a.status];
    }
    QStringList parts;
    const int booked = int(snapshot.appointments.size()) - counts.value(AppointmentStatus::Cancelled);
    parts << tr("%n appointment(s)", nullptr, booked);
    for (const QString& status : {AppointmentStatus::Arrived, AppointmentStatus::InProgress, AppointmentStatus::Done,
                                  AppointmentStatus::NoShow, AppointmentStatus::Cancelled}) {
        if (counts.value(status) > 0) {
            parts
                << QStringLiteral("%1 %2").arg(counts.value(status)).arg(AppointmentStatusLook::text(status).toLower());
        }
    }
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

void TodayPage::openAppointment(const QString& appointmentId, const QString& patientId, const QString& patientName) {
    if (m_clinical) {
        emit appointmentOpened(appointmentId, patientId, patientName);
    } else {
        emit patientRecordRequested(patientId);
    }
}

void TodayPage::setStatus(const QString& appointmentId, const QString& status) {
    m_today.setStatus(this, appointmentId, status, [this](Result<Appointment> changed) {
        if (!changed) {
            m_infoBar->showMessage(changed.error().message, InfoBar::Kind::Error);
            return;
        }
        refresh();
    });
}

} // namespace clinicdesk
