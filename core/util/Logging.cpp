// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "clinicdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "clinicdesk.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "clinicdesk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRepo, "clinicdesk.repo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackup, "clinicdesk.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "clinicdesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "clinicdesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "clinicdesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudio, "clinicdesk.audio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "clinicdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "clinicdesk.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAi, "clinicdesk.ai", QtInfoMsg)
