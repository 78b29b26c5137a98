// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CalendarSettingsPage.h"

#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QTime timeOf(int minute) {
    return minute >= 24 * 60 ? QTime(23, 59) : QTime(minute / 60, minute % 60);
}

int minuteOf(const QTime& time) {
    return time == QTime(23, 59) ? 24 * 60 : time.hour() * 60 + time.minute();
}

} // namespace

CalendarSettingsPage::CalendarSettingsPage(CalendarService& calendar, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_admin(user.role == Role::Admin && user.active)
    , m_infoBar(new InfoBar(this))
    , m_readOnly(new QLabel(tr("Only an administrator can change these settings."), this))
    , m_practitioner(new QComboBox(this))
    , m_useDefault(new QCheckBox(tr("Use the clinic's usual hours (Monday to Friday, 08:00–17:00)"), this))
    , m_privacy(new QButtonGroup(this))
    , m_save(new QPushButton(tr("&Save"), this)) {
    setObjectName(QStringLiteral("calendarSettingsPage"));
    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to Settings"));
    connect(back, &QPushButton::clicked, this, &CalendarSettingsPage::backRequested);
    m_readOnly->setObjectName(QStringLiteral("calendarSettingsReadOnlyLabel"));
    m_readOnly->setVisible(!m_admin);

    // Working hours.
    auto* hoursBox = new QGroupBox(tr("Working hours"), this);
    hoursBox->setObjectName(QStringLiteral("workingHoursBox"));
    auto* hoursText = new QLabel(tr("The calendar shades the time outside these hours and warns when a booking "
                                    "falls outside them (it is still allowed)."),
                                 hoursBox);
    hoursText->setWordWrap(true);
    m_practitioner->setObjectName(QStringLiteral("hoursPractitionerCombo"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->setMinimumContentsLength(22);
    m_useDefault->setObjectName(QStringLiteral("useDefaultHoursCheck"));
    auto* days = new QGridLayout;
    days->setHorizontalSpacing(12);
    days->setVerticalSpacing(6);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        DayRow& row = m_days[std::size_t(day - 1)];
        row.works = new QCheckBox(locale.standaloneDayName(day, QLocale::LongFormat), hoursBox);
        row.works->setObjectName(QStringLiteral("worksCheck_%1").arg(day));
        row.from = new QTimeEdit(hoursBox);
        row.to = new QTimeEdit(hoursBox);
        for (QTimeEdit* edit : {row.from, row.to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
        }
        row.from->setObjectName(QStringLiteral("fromEdit_%1").arg(day));
        row.to->setObjectName(QStringLiteral("toEdit_%1").arg(day));
        row.from->setAccessibleName(tr("%1 from").arg(locale.standaloneDayName(day)));
        row.to->setAccessibleName(tr("%1 until").arg(locale.standaloneDayName(day)));
        days->addWidget(row.works, day, 0);
        days->addWidget(row.from, day, 1);
        days->addWidget(new QLabel(QStringLiteral("–"), hoursBox), day, 2);
        days->addWidget(row.to, day, 3);
        connect(row.works, &QCheckBox::toggled, this, &CalendarSettingsPage::updateEnabled);
        connect(row.from, &QTimeEdit::timeChanged, this, &CalendarSettingsPage::keepEdits);
        connect(row.to, &QTimeEdit::timeChanged, this, &CalendarSettingsPage::keepEdits);
    }
    days->setColumnStretch(4, 1);
    auto* pick = new QHBoxLayout;
    auto* pickLabel = new QLabel(tr("&Practitioner:"), hoursBox);
    pickLabel->setBuddy(m_practitioner);
    pick->addWidget(pickLabel);
    pick->addWidget(m_practitioner);
    pick->addStretch(1);
    auto* hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->setSpacing(10);
    hoursLayout->addWidget(hoursText);
    hoursLayout->addLayout(pick);
    hoursLayout->addWidget(m_useDefault);
    hoursLayout->addLayout(days);

    // Privacy of exports.
    auto* privacyBox = new QGroupBox(tr("Exported calendars"), this);
    privacyBox->setObjectName(QStringLiteral("calendarPrivacyBox"));
    auto* privacyText = new QLabel(tr("A calendar exported for a phone (iCalendar) names the patient of each "
                                      "appointment as chosen here. The reason for a visit is never exported."),
                                   privacyBox);
    privacyText->setWordWrap(true);
    auto* privacyLayout = new QVBoxLayout(privacyBox);
    privacyLayout->addWidget(privacyText);
    const auto addChoice = [&](CalendarPrivacy p, const QString& name, const QString& text) {
        auto* radio = new QRadioButton(text, privacyBox);
        radio->setObjectName(name);
        m_privacy->addButton(radio, int(p));
        privacyLayout->addWidget(radio);
    };
    addChoice(CalendarPrivacy::None, QStringLiteral("privacyNoneRadio"), tr("No name: “Appointment”"));
    addChoice(CalendarPrivacy::Initials, QStringLiteral("privacyInitialsRadio"),
              tr("Initials: “Appointment: Å. L.” (recommended)"));
    addChoice(CalendarPrivacy::FullName, QStringLiteral("privacyFullNameRadio"),
              tr("Full name: “Appointment: Åsa Lind”"));

    m_save->setObjectName(QStringLiteral("saveCalendarSettingsButton"));
    m_save->setVisible(m_admin);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 16, 32, 24);
    layout->setSpacing(14);
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(new PageTitle(tr("Calendar"), content));
    layout->addWidget(m_readOnly);
    layout->addWidget(m_infoBar);
    layout->addWidget(hoursBox);
    layout->addWidget(privacyBox);
    layout->addLayout(buttons);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &CalendarSettingsPage::showPractitioner);
    connect(m_useDefault, &QCheckBox::toggled, this, &CalendarSettingsPage::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &CalendarSettingsPage::save);
    for (QWidget* w : std::initializer_list<QWidget*>{m_useDefault}) {
        w->setEnabled(m_admin);
    }
    for (QAbstractButton* b : m_privacy->buttons()) {
        b->setEnabled(m_admin);
    }
    setFocusProxy(m_practitioner);
}

void CalendarSettingsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        reload();
    }
}

void CalendarSettingsPage::reload() {
    m_calendar.loadSettings(this, [this](Result<CalendarService::CalendarSettings> settings) {
        if (!settings) {
            m_infoBar->showMessage(settings.error().message, InfoBar::Kind::Error);
            return;
        }
        m_practitioners = settings->practitioners;
        m_hours = settings->workingHours;
        const QString keep = m_shownId;
        m_showing = true;
        m_practitioner->clear();
        for (const User& user : m_practitioners) {
            m_practitioner->addItem(user.displayName.isEmpty() ? user.name : user.displayName, user.id);
        }
        m_showing = false;
        m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(keep)));
        showPractitioner();
        if (QAbstractButton* b = m_privacy->button(int(settings->privacy)); b != nullptr) {
            b->setChecked(true);
        }
        m_loaded = true;
        emit loaded();
    });
}

void CalendarSettingsPage::showPractitioner() {
    if (m_showing) {
        return;
    }
    m_showing = true;
    m_shownId = m_practitioner->currentData().toString();
    const auto it = m_hours.find(m_shownId);
    const bool own = it != m_hours.end();
    m_useDefault->setChecked(!own);
    const std::vector<WorkingInterval> hours = own ? it->second : ClinicSettings::defaultHours();
    for (int day = 1; day <= 7; ++day) {
        DayRow& row = m_days[std::size_t(day - 1)];
        // One stretch a day here: several are shown from the first start to the last end.
        int from = -1;
        int to = -1;
        for (const WorkingInterval& w : hours) {
            if (w.weekday == day) {
                from = from < 0 ? w.startMinute : std::min(from, w.startMinute);
                to = std::max(to, w.endMinute);
            }
        }
        row.works->setChecked(from >= 0);
        row.from->setTime(timeOf(from >= 0 ? from : 8 * 60));
        row.to->setTime(timeOf(to >= 0 ? to : 17 * 60));
    }
    m_showing = false;
    updateEnabled();
}

void CalendarSettingsPage::updateEnabled() {
    const bool own = !m_useDefault->isChecked();
    const bool any = !m_practitioners.empty();
    m_practitioner->setEnabled(any);
    m_useDefault->setEnabled(m_admin && any);
    for (DayRow& row : m_days) {
        row.works->setEnabled(m_admin && own && any);
        row.from->setEnabled(m_admin && own && any && row.works->isChecked());
        row.to->setEnabled(m_admin && own && any && row.works->isChecked());
    }
    m_save->setEnabled(m_admin && m_loaded);
    keepEdits();
}

void CalendarSettingsPage::keepEdits() {
    if (m_showing || m_shownId.isEmpty()) {
        return;
    }
    if (m_useDefault->isChecked()) {
        m_hours.erase(m_shownId);
        return;
    }
    std::vector<WorkingInterval> hours;
    for (int day = 1; day <= 7; ++day) {
        const DayRow& row = m_days[std::size_t(day - 1)];
        if (row.works->isChecked()) {
            hours.push_back(WorkingInterval{day, minuteOf(row.from->time()), minuteOf(row.to->time())});
        }
    }
    m_hours[m_shownId] = hours;
}

QString CalendarSettingsPage::problem() const {
    const QLocale locale;
    for (const auto& [id, hours] : m_hours) {
        for (const WorkingInterval& w : hours) {
            if (w.endMinute <= w.startMinute) {
                QString who;
                for (const User& user : m_practitioners) {
                    if (user.id == id) {
                        who = user.displayName.isEmpty() ? user.name : user.displayName;
                    }
                }
                return tr("%1's hours on %2 end before they start.").arg(who, locale.standaloneDayName(w.weekday));
            }
        }
    }
    return {};
}

void CalendarSettingsPage::save() {
    if (!m_admin) {
        return;
    }
    keepEdits();
    if (const QString p = problem(); !p.isEmpty()) {
        m_infoBar->showMessage(p, InfoBar::Kind::Error);
        return;
    }
    CalendarService::CalendarSettings settings;
    settings.workingHours = m_hours;
    settings.privacy = CalendarPrivacy(std::max(0, m_privacy->checkedId()));
    m_save->setEnabled(false);
    m_calendar.saveSettings(this, settings, [this](Status status) {
        m_save->setEnabled(true);
        if (!status) {
            m_infoBar->showMessage(status.error().message, InfoBar::Kind::Error);
            return;
        }
        m_infoBar->showMessage(tr("The calendar settings are saved."));
        emit saved();
    });
}

} // namespace clinicdesk
