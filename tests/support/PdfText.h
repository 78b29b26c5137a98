// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

namespace clinicdesk::test {

// What a reader of a PDF finds in it, from Debian's poppler-utils (installed by scripts/deps).
// True when pdftotext and pdfimages are on the PATH; tests skip otherwise.
[[nodiscard]] bool havePoppler();
// The text as `pdftotext -raw` lays it out (pages `first`..`last`, 0: all), NFKC-normalised so the font's
// ligatures read as letters; empty when it is not a PDF.
[[nodiscard]] QString pdfText(const QString& path, int first = 0, int last = 0);
// The images `pdfimages -list` finds, soft masks (a PNG's transparency) not counted; -1 on failure.
[[nodiscard]] int pdfImageCount(const QString& path);

} // namespace clinicdesk::test
