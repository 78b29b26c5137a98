// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CalendarExportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QString privacySentence(CalendarPrivacy privacy) {
    switch (privacy) {
    case CalendarPrivacy::None:
        return CalendarExportDialog::tr("Events are called “Appointment”: no patient is named.");
    case CalendarPrivacy::Initials:
        return CalendarExportDialog::tr("Patients are named by their initials (“Appointment: Å. L.”).");
    case CalendarPrivacy::FullName:
        return CalendarExportDialog::tr("Patients are named in full (“Appointment: Åsa Lind”).");
    }
    return {};
}

} // namespace

CalendarExportDialog::CalendarExportDialog(const std::vector<User>& practitioners, const QString& practitionerId,
                                           QDate from, QDate to, CalendarPrivacy privacy, QWidget* parent)
    : QDialog(parent)
    , m_whose(new QComboBox(this))
    , m_from(new QDateEdit(from, this))
    , m_to(new QDateEdit(to, this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this)) {
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export the calendar"));
    setMinimumWidth(520);
    m_whose->setObjectName(QStringLiteral("exportWhoseCombo"));
    m_whose->setAccessibleName(tr("Whose appointments"));
    m_whose->addItem(tr("The whole clinic"), QString());
    for (const User& user : practitioners) {
        m_whose->addItem(user.displayName.isEmpty() ? user.name : user.displayName, user.id);
    }
    m_whose->setCurrentIndex(std::max(0, m_whose->findData(practitionerId)));
    m_from->setObjectName(QStringLiteral("exportFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("exportToEdit"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("File"));
    m_path->setPlaceholderText(tr("Choose where to save the .ics file"));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("exportChooseFileButton"));
    auto* privacyLabel = new QLabel(privacySentence(privacy) + QLatin1Char(' ') +
                                        tr("The reason for a visit is never exported. The file is not encrypted."),
                                    this);
    privacyLabel->setObjectName(QStringLiteral("exportPrivacyLabel"));
    privacyLabel->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_export->setObjectName(QStringLiteral("exportCalendarButton"));
    m_export->setDefault(true);

    auto* days = new QHBoxLayout;
    days->setSpacing(8);
    days->addWidget(m_from);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_to);
    days->addStretch(1);
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->setSpacing(8);
    file->addWidget(choose);
    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("&Whose:"), m_whose);
    // A layout's row label gets no buddy by itself: the mnemonic would show as "&".
    auto* daysLabel = new QLabel(tr("&Days:"), this);
    daysLabel->setBuddy(m_from);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(daysLabel, days);
    form->addRow(fileLabel, file);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(privacyLabel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &CalendarExportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &CalendarExportDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_export->isEnabled()) {
            return;
        }
        m_busy = true;
        m_error->hide();
        updateState();
        emit exportRequested(request(), path());
    });
    updateState();
}

void CalendarExportDialog::chooseFile() {
    // A dialog of its own, opened (no nested event loop); it asks before replacing a file.
    auto* dialog = new QFileDialog(this, tr("Save the calendar (the file is not encrypted)"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("iCalendar files (*.ics)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ics"));
    dialog->selectFile(QStringLiteral("clinicdesk-calendar.ics"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CalendarExportDialog::setPath);
    dialog->open();
}

void CalendarExportDialog::setPath(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
}

QString CalendarExportDialog::path() const {
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

CalendarExportRequest CalendarExportDialog::request() const {
    CalendarExportRequest request;
    request.practitionerId = m_whose->currentData().toString();
    request.fromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    request.toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    return request;
}

void CalendarExportDialog::updateState() {
    const bool rangeOk = m_from->date() <= m_to->date();
    m_export->setEnabled(!m_busy && rangeOk && !path().isEmpty());
    if (!rangeOk) {
        m_error->setText(tr("The last day is before the first."));
        m_error->show();
    } else if (!m_busy && m_error->text() == tr("The last day is before the first.")) {
        m_error->hide();
    }
}

void CalendarExportDialog::exportFailed(const QString& message) {
    m_busy = false;
    m_error->setText(message);
    m_error->show();
    updateState();
}

} // namespace clinicdesk
