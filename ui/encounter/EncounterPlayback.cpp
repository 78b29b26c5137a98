// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/EncounterPlayback.h"

#include "services/EncounterService.h"

namespace clinicdesk {

EncounterPlayback::EncounterPlayback(EncounterService& encounters, QObject* parent)
    : QObject(parent)
    , m_encounters(encounters)
    , m_player(new AudioPlayer(QMediaDevices::defaultAudioOutput(), this)) {
    connect(m_player, &AudioPlayer::positionChanged, this, &EncounterPlayback::positionChanged);
    connect(m_player, &AudioPlayer::stateChanged, this, &EncounterPlayback::changed);
    connect(m_player, &AudioPlayer::errorOccurred, this, [this](const Error& error) { emit failed(error.message); });
}

void EncounterPlayback::toggle(const QString& recordingId) {
    if (isPlaying()) {
        m_player->pause();
        return;
    }
    if (recordingId.isEmpty()) {
        return;
    }
    if (recordingId == m_loadedId && m_player->isLoaded()) {
        m_player->play();
        return;
    }
    load(recordingId, std::nullopt);
}

void EncounterPlayback::playFrom(const QString& recordingId, qint64 startMs) {
    if (recordingId == m_loadedId && m_player->isLoaded()) {
        m_player->seek(startMs);
        emit positionChanged(m_player->position());
        if (!isPlaying()) {
            m_player->play();
        }
        emit changed();
        return;
    }
    load(recordingId, startMs);
}

void EncounterPlayback::seek(qint64 ms) {
    m_player->seek(ms);
}

void EncounterPlayback::stop() {
    m_player->stop();
    m_loadedId.clear();
    m_loadingId.clear();
    emit loaded(0);
    emit positionChanged(0);
    emit changed();
}

void EncounterPlayback::load(const QString& recordingId, std::optional<qint64> startMs) {
    m_loadingId = recordingId;
    // The newest request wins: an older recording's audio arriving late is never played.
    m_encounters.loadAudio(this, recordingId, [this, recordingId, startMs](Result<QByteArray> ogg) {
        if (m_loadingId != recordingId) {
            return; // stopped, or another recording was chosen meanwhile
        }
        m_loadingId.clear();
        if (!ogg) {
            emit failed(ogg.error().message);
            emit changed();
            return;
        }
        if (auto loadedOk = m_player->load(*ogg); !loadedOk) {
            m_loadedId.clear();
            emit failed(loadedOk.error().message);
            emit changed();
            return;
        }
        m_loadedId = recordingId;
        emit loaded(m_player->duration());
        emit positionChanged(0);
        if (startMs) {
            m_player->seek(*startMs);
            emit positionChanged(m_player->position());
        }
        m_player->play();
        emit changed();
    });
    emit changed();
}

} // namespace clinicdesk
