// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace clinicdesk {

class EncounterController;

// The encounter's recording consent: not asked yet, verbal, written or declined, and who recorded it
// when. A recorded answer is replaced, never undone.
class ConsentPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ConsentPanel(EncounterController& controller, QWidget* parent = nullptr);

private:
    void onChosen(int index);
    void showConsent();

    EncounterController& m_controller;
    QComboBox* m_consent;
    QLabel* m_info;
};

} // namespace clinicdesk
