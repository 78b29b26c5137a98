// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

class QGridLayout;

namespace clinicdesk {

// Settings: the sections a user may open (the clinic, AI providers, usage, what left this computer,
// users, backups, the audit log, ...), each a button with a sentence of what is there. Opening one
// shows its page; its Back returns here.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    // `key` names the section ("settingsSection_<key>"); `page` is what it opens.
    void addSection(const QString& key, const QString& title, const QString& description, QWidget* page);

signals:
    void sectionChosen(QWidget* page);

private:
    QGridLayout* m_grid;
    int m_count = 0;
};

} // namespace clinicdesk
