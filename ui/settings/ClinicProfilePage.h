// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clinicdesk {

class ClinicSettingsService;
class InfoBar;
class LetterheadPreview;

// Settings > Clinic: who the clinic is on every PDF (name, address, VAT or tax number, phone, e-mail and
// logo) with a live preview of the letterhead, and the clinic's own referral letter template.
// Administrators change them; everyone else sees them read-only. Saving changes the profile and the
// template only (ClinicSettingsService::saveProfile): the clinic's other settings stay as they are.
class ClinicProfilePage : public QWidget {
    Q_OBJECT
public:
    ClinicProfilePage(ClinicSettingsService& settings, bool admin, QWidget* parent = nullptr);

    // Reads the settings again, unless there are unsaved edits.
    void reload();
    // Takes `path` (PNG, JPEG or SVG) as the new logo: what the file dialog does once a file is chosen.
    void chooseLogoFile(const QString& path);
    [[nodiscard]] bool isModified() const { return m_modified; }
    // The profile as the fields hold it.
    [[nodiscard]] ClinicProfile profile() const;

public slots:
    void save();

signals:
    void backRequested();
    // A save answered (tests).
    void saveFinished(bool saved);

protected:
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] QWidget* buildLetterheadSection();
    [[nodiscard]] QWidget* buildReferralSection();
    void fill(const ClinicSettings& settings);
    void setLogo(const QByteArray& png);
    void openLogoDialog();
    void edited();
    void updateControls();

    ClinicSettingsService& m_service;
    bool m_admin;
    bool m_modified = false;
    bool m_loading = false; // filling the fields: not an edit
    bool m_saving = false;
    bool m_converting = false;
    QByteArray m_logo;

    InfoBar* m_infoBar = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_vat = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_emailProblem = nullptr;
    QLabel* m_logoThumb = nullptr;
    QLabel* m_logoInfo = nullptr;
    QPushButton* m_chooseLogo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    LetterheadPreview* m_preview = nullptr;
    QPlainTextEdit* m_template = nullptr;
    QLabel* m_templateProblems = nullptr;
    QPushButton* m_editBuiltin = nullptr;
    QPushButton* m_useBuiltin = nullptr;
    QLabel* m_readOnly = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace clinicdesk
