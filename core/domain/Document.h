// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>

namespace clinicdesk {

// A file kept on a patient's record (a referral letter received, a signed consent form, an image): the
// bytes live in the vault (`documents.content`), never as a loose file. This is what a list shows.
struct Document {
    QString id;
    QString patientId;
    QString name;     // the file name it was added with, without a folder
    QString mimeType; // e.g. application/pdf
    std::int64_t sizeBytes = 0;
    std::int64_t createdAt = 0;
    QString createdBy;
};

} // namespace clinicdesk
