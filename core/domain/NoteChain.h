// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Note.h"

#include <vector>

namespace clinicdesk {

// An encounter's notes as a chain: the generated note and the addenda that correct it, each amending
// the one before. What the note form shows is the chain's newest link.
class NoteChain {
public:
    struct Newest {
        const Note* note = nullptr;    // the newest note that amends nothing (the generated one)
        const Note* current = nullptr; // the newest addendum down its chain, or the note itself
    };

    // `notes` oldest first (as an encounter lists them); both null without a note. The pointers point
    // into `notes`.
    [[nodiscard]] static Newest newest(const std::vector<Note>& notes);
};

} // namespace clinicdesk
