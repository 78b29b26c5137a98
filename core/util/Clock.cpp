// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/Clock.h"

#include <QUuid>

namespace clinicdesk {

QString Clock::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace clinicdesk
