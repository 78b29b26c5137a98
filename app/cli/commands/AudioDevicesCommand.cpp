// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AudioDevicesCommand.h"

#include "CommandContext.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QJsonArray>
#include <QJsonObject>
#include <QMediaDevices>

namespace clinicdesk::cli {

AudioDevicesCommand::AudioDevicesCommand()
    : Command({.path = words("audio", "devices"),
               .summary = QT_TRANSLATE_NOOP("CliHelp",
                                            "lists the audio inputs: id, name, default, preferred rate and channels"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))},
               .needsSignIn = false}) {}

int AudioDevicesCommand::run(CommandContext& context) const {
    const auto inputs = QMediaDevices::audioInputs();
    const QByteArray defaultId = QMediaDevices::defaultAudioInput().id();
    if (context.json()) {
        QJsonArray array;
        for (const QAudioDevice& d : inputs) {
            const QAudioFormat f = d.preferredFormat();
            array.append(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(d.id())},
                                     {QStringLiteral("name"), d.description()},
                                     {QStringLiteral("default"), d.id() == defaultId},
                                     {QStringLiteral("sample_rate"), f.sampleRate()},
                                     {QStringLiteral("channels"), f.channelCount()}});
        }
        context.printJson(array);
        return ExitOk;
    }
    for (const QAudioDevice& d : inputs) {
        context.printLine(QStringLiteral("%1%2\t%3\t%4 Hz")
                              .arg(d.id() == defaultId ? QStringLiteral("* ") : QStringLiteral("  "),
                                   QString::fromUtf8(d.id()), d.description())
                              .arg(d.preferredFormat().sampleRate()));
    }
    if (inputs.isEmpty()) {
        context.printStderr(tr("clinicdesk-cli: no audio inputs found.\n"));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
