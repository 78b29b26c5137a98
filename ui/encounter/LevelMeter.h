// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

namespace clinicdesk {

// A horizontal input level meter: the RMS level as a filled bar and the peak as
// a thin marker, on a dBFS scale from -60 dB (left) to 0 dB (right), green up
// to -12 dB, amber to -3 dB, red above.
class LevelMeter : public QWidget {
    Q_OBJECT
public:
    static constexpr float kMinDb = -60.0F;
    static constexpr float kMaxDb = 0.0F;

    explicit LevelMeter(QWidget* parent = nullptr);

    [[nodiscard]] float peakDb() const { return m_peakDb; }
    [[nodiscard]] float rmsDb() const { return m_rmsDb; }
    // How many level reports arrived since construction (for tests and diagnostics).
    [[nodiscard]] qint64 updateCount() const { return m_updates; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

public slots:
    void setLevels(float peakDb, float rmsDb);
    // Back to silence (when capture stops).
    void reset();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // 0..1 along the scale.
    [[nodiscard]] static double fraction(float db);

    float m_peakDb = kMinDb;
    float m_rmsDb = kMinDb;
    qint64 m_updates = 0;
};

} // namespace clinicdesk
