// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/NoteChain.h"

#include <algorithm>

namespace clinicdesk {

NoteChain::Newest NoteChain::newest(const std::vector<Note>& notes) {
    const Note* main = nullptr;
    for (const Note& n : notes) {
        if (!n.amendsNoteId) {
            main = &n;
        }
    }
    const Note* current = main;
    while (current != nullptr) {
        const auto next =
            std::find_if(notes.rbegin(), notes.rend(), [&](const Note& n) { return n.amendsNoteId == current->id; });
        if (next == notes.rend()) {
            break;
        }
        current = &*next;
    }
    return {main, current};
}

} // namespace clinicdesk
