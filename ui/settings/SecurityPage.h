// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace clinicdesk {

class ClinicSettingsService;
class InfoBar;

// Settings > Sign-in and privacy (the clinic's, kept in the vault): auto-lock after how many idle minutes
// (0: never; unsaved edits are kept and come back after signing in again), and which practitioners see a
// patient's notes. Administrators change them; others see them read-only.
class SecurityPage : public QWidget {
    Q_OBJECT
public:
    SecurityPage(ClinicSettingsService& settings, bool admin, QWidget* parent = nullptr);

    // Reads the settings again (when the page is shown).
    void reload();

signals:
    void backRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void save();

    ClinicSettingsService& m_service;
    bool m_admin;
    ClinicSettings m_loaded;
    InfoBar* m_infoBar;
    QSpinBox* m_autoLock;
    QComboBox* m_visibility;
    QLabel* m_readOnly;
    QPushButton* m_save;
};

} // namespace clinicdesk
