// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/AiEgress.h"

#include "util/Logging.h"

namespace clinicdesk {

EgressEntry AiEgress::entry(const ProviderConfig& provider, const RequestMeter& meter, const QString& purpose,
                            const QString& userId, const QString& jobId) {
    EgressEntry e;
    e.userId = userId;
    e.jobId = jobId;
    e.host = meter.host.isEmpty() ? provider.host() : meter.host;
    e.provider = ProviderConfig::kindKey(provider.kind);
    e.model = meter.model.isEmpty() ? provider.model : meter.model;
    e.purpose = purpose;
    e.bytesSent = meter.bytesSent;
    e.bytesReceived = meter.bytesReceived;
    e.httpStatus = meter.httpStatus;
    e.requestId = meter.requestId;
    return e;
}

void AiEgress::record(Database& db, const Session& session, const EgressEntry& entry) {
    if (auto s = EgressRepository(db, session).record(entry); !s) {
        qCWarning(lcAi) << "egress log write failed:" << s.error().detail;
    }
}

} // namespace clinicdesk
