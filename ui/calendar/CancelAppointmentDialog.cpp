// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CancelAppointmentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

CancelAppointmentDialog::CancelAppointmentDialog(const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("Cancel the &appointment"), this)) {
    setObjectName(QStringLiteral("cancelAppointmentDialog"));
    setWindowTitle(tr("Cancel the appointment"));
    setMinimumWidth(440);
    auto* text = new QLabel(
        tr("Cancel <b>%1</b>? The booking is kept as cancelled, with the reason.").arg(what.toHtmlEscaped()), this);
    text->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason (required, no clinical details):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. Patient called, ill"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_confirm->setObjectName(QStringLiteral("confirmCancelButton"));
    m_confirm->setEnabled(false);
    auto* keep = new QPushButton(tr("&Keep the appointment"), this);
    keep->setObjectName(QStringLiteral("keepAppointmentButton"));
    m_confirm->setDefault(true); // Enter confirms once a reason is typed
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(keep, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(text);
    layout->addSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_confirm->setEnabled(!m_reason->text().trimmed().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (reason().isEmpty()) {
            return;
        }
        emit reasonGiven(reason());
        accept();
    });
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    m_reason->setFocus();
}

QString CancelAppointmentDialog::reason() const {
    return m_reason->text().trimmed();
}

} // namespace clinicdesk
