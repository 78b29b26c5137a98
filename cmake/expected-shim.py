#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 ClinicDesk contributors
# A copy of libstdc++ 12's <expected> that clang before 19 can use:
#   cmake/expected-shim.py COMPILER OUT_DIR     writes OUT_DIR/expected
# libstdc++ 12's <expected> needs __cpp_concepts >= 202002L, which clang announces only from version 19
# on, and its conditionally trivial members (P0848) are more than clang 14 implements. The copy lowers
# the feature test and removes the trivial overloads: std::expected is then never trivial, which changes
# nothing that ClinicDesk's code relies on. Used by scripts/tidy (clang-tidy 14) and the fuzz preset
# (clang 14 with libFuzzer); put OUT_DIR first on the system include path.
import os
import re
import subprocess
import sys

compiler, out_dir = sys.argv[1], sys.argv[2]
deps = subprocess.run([compiler, "-std=c++2b", "-x", "c++", "-M", "-"], input="#include <version>\n",
                      capture_output=True, text=True)
header = next((p for p in deps.stdout.replace("\\", " ").split() if re.search(r"/c\+\+/[0-9]+/version$", p)), None)
if deps.returncode != 0 or header is None:
    sys.exit(f"expected-shim: cannot find libstdc++'s headers ({compiler} -M failed)")
source = os.path.join(os.path.dirname(header), "expected")
text = open(source).read()
text, guard = re.subn(r"(__cplusplus > 202002L && __cpp_concepts >= )202002L", r"\g<1>201907L", text)
text, defaulted = re.subn(r"\n[ \t]*(?:constexpr )?(?:~expected\(\)|expected\((?:const expected&|expected&&)\)) = default;", "", text)
text, _ = re.subn(r"\s*&&\s*\(!is_trivially_(copy|move)_constructible_v<_\w+>(?:\s*\|\|\s*!is_trivially_\1_constructible_v<_\w+>)?\)", "", text)
text, _ = re.subn(r"requires \(!is_trivially_destructible_v<_\w+>\)(?:\s*\|\|\s*\(!is_trivially_destructible_v<_\w+>\))?", "", text)
if guard != 1 or defaulted == 0:
    sys.exit("expected-shim: this <expected> is not the libstdc++ 12 one the shim knows: " + source)
os.makedirs(out_dir, exist_ok=True)
open(os.path.join(out_dir, "expected"), "w").write(text)
