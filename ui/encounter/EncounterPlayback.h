// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audio/AudioPlayer.h"

#include <QObject>

#include <optional>

namespace clinicdesk {

class EncounterService;

// Playback of the encounter's recordings: reads a recording's audio through the EncounterService (off
// the UI thread, audited as played), loads it into the AudioPlayer and plays, optionally from a point
// (a transcript segment or a note's evidence). Owned by the EncounterController.
class EncounterPlayback : public QObject {
    Q_OBJECT
public:
    EncounterPlayback(EncounterService& encounters, QObject* parent = nullptr);

    [[nodiscard]] AudioPlayer* player() const { return m_player; }
    // The recording whose audio is loaded (empty when none).
    [[nodiscard]] QString loadedId() const { return m_loadedId; }
    // Audio is being read from the vault.
    [[nodiscard]] bool isLoading() const { return !m_loadingId.isEmpty(); }
    [[nodiscard]] bool isPlaying() const { return m_player->state() == AudioPlayer::State::Playing; }

    // Plays `recordingId` from where it was (or from the start), or pauses it when it plays.
    void toggle(const QString& recordingId);
    // Plays `recordingId` from `startMs`.
    void playFrom(const QString& recordingId, qint64 startMs);
    void seek(qint64 ms);
    // Stops and forgets the loaded audio (another recording was selected, or it is being discarded).
    void stop();

signals:
    // Loading, playing, pausing or stopping changed what the controls should show.
    void changed();
    // A new recording was loaded: its duration.
    void loaded(qint64 durationMs);
    void positionChanged(qint64 ms);
    void failed(const QString& message);

private:
    void load(const QString& recordingId, std::optional<qint64> startMs);

    EncounterService& m_encounters;
    AudioPlayer* m_player;
    QString m_loadedId;
    QString m_loadingId;
};

} // namespace clinicdesk
