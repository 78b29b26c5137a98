// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"

#include <QWidget>

namespace clinicdesk {

// The top of an A4 page as the PDFs print it: the clinic's letterhead (drawn by the same Letterhead code
// as the PDFs) above a hint of the document, fading out. A sheet of paper, so white in dark mode too.
class LetterheadPreview : public QWidget {
    Q_OBJECT
public:
    explicit LetterheadPreview(QWidget* parent = nullptr);

    void setProfile(const ClinicProfile& profile);
    [[nodiscard]] const ClinicProfile& profile() const { return m_profile; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ClinicProfile m_profile;
};

} // namespace clinicdesk
