// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RecordCommand.h"

#include "CliRecorder.h"
#include "CommandContext.h"
#include "util/Logging.h"

#include <QAudioDevice>
#include <QMediaDevices>

#include <cstdio>

namespace clinicdesk::cli {

namespace {

// An input by its id or its name (as `audio devices` prints them), ignoring case.
std::optional<QAudioDevice> findInput(const QString& name) {
    const auto inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice& device : inputs) {
        if (QString::fromUtf8(device.id()) == name || device.description().compare(name, Qt::CaseInsensitive) == 0) {
            return device;
        }
    }
    return std::nullopt;
}

} // namespace

RecordCommand::RecordCommand()
    : Command({.path = words("record"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "records from the microphone until --seconds or Ctrl+C; prints the recording id"),
               .options = {required("patient", "ID", QT_TRANSLATE_NOOP("CliHelp", "the patient's id")),
                           option("encounter", "ID",
                                  QT_TRANSLATE_NOOP("CliHelp", "an encounter of that patient (default: a new one)")),
                           option("seconds", "N", QT_TRANSLATE_NOOP("CliHelp", "stops after N seconds (1 to 86400)")),
                           option("device", "NAME",
                                  QT_TRANSLATE_NOOP("CliHelp", "an input's id or name from audio devices (default: the "
                                                               "system's default input)")),
                           option("consent", "verbal|written",
                                  QT_TRANSLATE_NOOP("CliHelp", "records the patient's consent on the encounter"))}}) {}

int RecordCommand::run(CommandContext& context) const {
    const QString patientId = context.option(QStringLiteral("patient"));
    if (patientId.isEmpty()) {
        return context.usage(tr("record needs --patient ID."));
    }
    int seconds = 0;
    if (context.hasOption(QStringLiteral("seconds"))) {
        bool ok = false;
        seconds = context.option(QStringLiteral("seconds")).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            return context.failWith(
                Error{ErrorCode::InvalidInput, tr("--seconds takes a whole number of seconds from 1 to 86400."), {}});
        }
    }
    std::optional<Consent> consent;
    if (context.hasOption(QStringLiteral("consent"))) {
        consent = EncounterRepository::consentFromKey(context.option(QStringLiteral("consent")));
        if (!consent || *consent == Consent::Declined) {
            return context.failWith(Error{ErrorCode::InvalidInput, tr("--consent takes verbal or written."), {}});
        }
    }
    QByteArray deviceId;
    if (const QString name = context.option(QStringLiteral("device")); !name.isEmpty()) {
        const auto device = findInput(name);
        if (!device) {
            return context.failWith(
                Error{ErrorCode::NotFound,
                      tr("There is no audio input called \"%1\"; see clinicdesk-cli audio devices.").arg(name),
                      {}});
        }
        deviceId = device->id();
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    QString encounterId = context.option(QStringLiteral("encounter"));
    if (encounterId.isEmpty()) {
        auto opened = session.encounters().open(patientId, consent);
        if (!opened) {
            return context.failWith(opened.error());
        }
        encounterId = opened->id;
    } else {
        auto encounter = session.encounters().get(encounterId);
        if (!encounter) {
            return context.failWith(encounter.error());
        }
        if (encounter->patientId != patientId) {
            return context.failWith(
                Error{ErrorCode::InvalidInput, tr("The encounter belongs to another patient."), {}});
        }
        if (consent) {
            if (auto updated = session.encounters().recordConsent(encounterId, *consent); !updated) {
                return context.failWith(updated.error());
            }
        }
    }
    auto db = session.vault().openConnection();
    if (!db) {
        return context.failWith(db.error());
    }
    CliRecorder recorder(std::move(*db), session.session(), context.vaultDir());
    const auto outcome = recorder.run(encounterId, deviceId, seconds, [&context](const QString& id) {
        // The id first, at once: even if this process is killed, the caller knows what to recover.
        context.printLine(id);
        std::fflush(stdout);
    });
    if (outcome.error) {
        return context.failWith(*outcome.error);
    }
    qCInfo(lcCli) << "recorded" << outcome.durationMs << "ms";
    return ExitOk;
}

} // namespace clinicdesk::cli
