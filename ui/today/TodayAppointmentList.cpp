// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "today/TodayAppointmentList.h"

#include "domain/AppointmentStatus.h"
#include "patients/PatientTableModel.h"
#include "widgets/AppointmentStatusLook.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTime>

#include <map>

namespace clinicdesk {

namespace {

QString timeRange(const Appointment& a) {
    const QLocale locale;
    return QStringLiteral("%1–%2").arg(
        locale.toString(QDateTime::fromMSecsSinceEpoch(a.startsAt).time(), QLocale::ShortFormat),
        locale.toString(QDateTime::fromMSecsSinceEpoch(a.endsAt()).time(), QLocale::ShortFormat));
}

} // namespace

TodayAppointmentList::TodayAppointmentList(bool quickActions, QWidget* parent)
    : QTreeWidget(parent)
    , m_quickActions(quickActions)
    , m_arrivedAction(new QAction(tr("Mark as &arrived"), this))
    , m_noShowAction(new QAction(tr("Mark as &no-show"), this)) {
    setObjectName(QStringLiteral("todayAppointments"));
    setAccessibleName(tr("Today's appointments"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Time"), tr("Patient"), tr("Reason"), tr("Status"), QString()});
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setIndentation(0);
    setWordWrap(false);
    setIconSize(QSize(14, 14));
    header()->setStretchLastSection(false);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Wide enough for the longest range the locale writes ("23:30 – 23:45", "11:30 AM – 11:45 AM"): sized to
    // contents it was cut to "08..." before the rows came.
    header()->setSectionResizeMode(Time, QHeaderView::Fixed);
    const QLocale locale;
    const QString widest = QStringLiteral("%1 – %2").arg(locale.toString(QTime(23, 30), QLocale::ShortFormat),
                                                         locale.toString(QTime(23, 45), QLocale::ShortFormat));
    header()->resizeSection(Time, fontMetrics().horizontalAdvance(widest) + 24);
    header()->setSectionResizeMode(Patient, QHeaderView::Stretch);
    header()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Actions, QHeaderView::ResizeToContents);
    header()->setSectionHidden(Actions, !quickActions);
    header()->setHighlightSections(false);

    m_arrivedAction->setObjectName(QStringLiteral("todayArrivedAction"));
    m_arrivedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_noShowAction->setObjectName(QStringLiteral("todayNoShowAction"));
    m_noShowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    for (QAction* action : {m_arrivedAction, m_noShowAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(quickActions);
        addAction(action);
    }
    setContextMenuPolicy(quickActions ? Qt::ActionsContextMenu : Qt::NoContextMenu);
    connect(m_arrivedAction, &QAction::triggered, this, [this] { requestForCurrent(AppointmentStatus::Arrived); });
    connect(m_noShowAction, &QAction::triggered, this, [this] { requestForCurrent(AppointmentStatus::NoShow); });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item, int) { open(item); });
}

void TodayAppointmentList::setSnapshot(const TodaySnapshot& snapshot) {
    QTreeWidgetItem* current = currentItem();
    const QString keep = current != nullptr ? current->data(Time, AppointmentIdRole).toString() : QString();
    const int scroll = verticalScrollBar()->value();
    clear();
    m_count = 0;
    const auto nameOf = [&](const QString& patientId) {
        const auto it = snapshot.patients.constFind(patientId);
        return it != snapshot.patients.constEnd() ? PatientTableModel::displayName(*it) : tr("Unknown patient");
    };
    if (!snapshot.everyone) {
        for (const Appointment& a : snapshot.appointments) {
            addRow(nullptr, a, nameOf(a.patientId));
        }
    } else {
        // One group per practitioner, by name; bookings with no practitioner last.
        std::map<QString, std::vector<const Appointment*>> groups;
        for (const Appointment& a : snapshot.appointments) {
            const QString name =
                a.practitionerId ? snapshot.userNames.value(*a.practitionerId, tr("Unknown practitioner")) : QString();
            groups[name].push_back(&a);
        }
        const auto addGroup = [&](const QString& name, const std::vector<const Appointment*>& rows) {
            auto* group = new QTreeWidgetItem(this);
            group->setText(Time, QStringLiteral("%1  ·  %2")
                                     .arg(name.isEmpty() ? tr("No practitioner") : name,
                                          tr("%n appointment(s)", nullptr, int(rows.size()))));
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(Time);
            bold.setWeight(QFont::DemiBold);
            group->setFont(Time, bold);
            group->setSizeHint(Time, QSize(0, fontMetrics().height() + 18));
            for (const Appointment* a : rows) {
                addRow(group, *a, nameOf(a->patientId));
            }
            group->setExpanded(true);
        };
        for (const auto& [name, rows] : groups) {
            if (!name.isEmpty()) {
                addGroup(name, rows);
            }
        }
        if (auto it = groups.find(QString()); it != groups.end()) {
            addGroup(QString(), it->second);
        }
    }
    if (QTreeWidgetItem* again = itemOf(keep)) {
        setCurrentItem(again);
    }
    verticalScrollBar()->setValue(scroll);
}

QTreeWidgetItem* TodayAppointmentList::addRow(QTreeWidgetItem* parent, const Appointment& appointment,
                                              const QString& patientName) {
    auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setData(Time, AppointmentIdRole, appointment.id);
    item->setData(Time, PatientIdRole, appointment.patientId);
    item->setData(Time, StatusRole, appointment.status);
    item->setText(Time, timeRange(appointment));
    item->setText(Patient, patientName);
    item->setText(Reason, appointment.reason.value_or(QString()));
    item->setText(Status, AppointmentStatusLook::text(appointment.status));
    item->setIcon(Status, AppointmentStatusLook::icon(appointment.status, this));
    item->setSizeHint(Time, QSize(0, fontMetrics().height() + 16));
    const bool gone =
        appointment.status == AppointmentStatus::Cancelled || appointment.status == AppointmentStatus::NoShow;
    if (gone) {
        // Muted, and the word and the shape say why: not colour alone.
        for (int column = Time; column < Actions; ++column) {
            item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    QFont font = item->font(Patient);
    font.setWeight(gone ? QFont::Normal : QFont::Medium);
    item->setFont(Patient, font);
    item->setToolTip(Patient, appointment.status == AppointmentStatus::Cancelled && appointment.cancelReason
                                  ? tr("Cancelled: %1").arg(*appointment.cancelReason)
                                  : QString());
    ++m_count;
    if (m_quickActions) {
        addActions(item, appointment);
    }
    return item;
}

void TodayAppointmentList::addActions(QTreeWidgetItem* item, const Appointment& appointment) {
    QList<std::pair<QString, QString>> buttons; // status, label
    if (appointment.status == AppointmentStatus::Booked) {
        buttons = {{AppointmentStatus::Arrived, tr("Arrived")}, {AppointmentStatus::NoShow, tr("No-show")}};
    } else if (appointment.status == AppointmentStatus::NoShow) {
        buttons = {{AppointmentStatus::Arrived, tr("Arrived")}}; // came late after all
    }
    if (buttons.isEmpty()) {
        return;
    }
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 2, 8, 2);
    layout->setSpacing(6);
    for (const auto& [status, label] : buttons) {
        auto* button = new QPushButton(label, box);
        const bool arrived = status == AppointmentStatus::Arrived;
        button->setObjectName(arrived ? QStringLiteral("todayArrivedButton") : QStringLiteral("todayNoShowButton"));
        const QAction* action = arrived ? m_arrivedAction : m_noShowAction;
        button->setToolTip(
            tr("%1 (%2 on the selected appointment)")
                .arg(action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
        button->setAccessibleName(tr("%1: %2").arg(label, item->text(Patient)));
        button->setFocusPolicy(Qt::TabFocus);
        const QString id = appointment.id;
        const QString next = status;
        connect(button, &QPushButton::clicked, this, [this, id, next] { emit statusRequested(id, next); });
        layout->addWidget(button);
    }
    setItemWidget(item, Actions, box);
}

QTreeWidgetItem* TodayAppointmentList::itemOf(const QString& appointmentId) const {
    if (appointmentId.isEmpty()) {
        return nullptr;
    }
    for (QTreeWidgetItemIterator it(const_cast<TodayAppointmentList*>(this)); *it != nullptr; ++it) {
        if ((*it)->data(Time, AppointmentIdRole).toString() == appointmentId) {
            return *it;
        }
    }
    return nullptr;
}

void TodayAppointmentList::open(QTreeWidgetItem* item) {
    if (item == nullptr) {
        return;
    }
    const QString id = item->data(Time, AppointmentIdRole).toString();
    if (id.isEmpty()) {
        return; // a practitioner's heading
    }
    emit opened(id, item->data(Time, PatientIdRole).toString(), item->text(Patient));
}

void TodayAppointmentList::requestForCurrent(const QString& status) {
    QTreeWidgetItem* item = currentItem();
    if (item == nullptr || item->data(Time, AppointmentIdRole).toString().isEmpty()) {
        return;
    }
    const QString now = item->data(Time, StatusRole).toString();
    if (now == AppointmentStatus::Booked ||
        (now == AppointmentStatus::NoShow && status == AppointmentStatus::Arrived)) {
        emit statusRequested(item->data(Time, AppointmentIdRole).toString(), status);
    }
}

void TodayAppointmentList::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        open(currentItem());
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace clinicdesk
