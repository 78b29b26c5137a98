# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 ClinicDesk contributors
# Compiler warnings, hardening (cmake/ClinicDeskHardening.cmake) and sanitizers as an interface target
# that every ClinicDesk target links.
include(${CMAKE_CURRENT_LIST_DIR}/ClinicDeskHardening.cmake)

add_library(clinicdesk_warnings INTERFACE)
target_link_libraries(clinicdesk_warnings INTERFACE clinicdesk_hardening)
if(MSVC)
  target_compile_options(clinicdesk_warnings INTERFACE /W4 /permissive- /utf-8)
  if(CLINICDESK_WARNINGS_AS_ERRORS)
    target_compile_options(clinicdesk_warnings INTERFACE /WX)
  endif()
else()
  target_compile_options(clinicdesk_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                       -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
  if(CLINICDESK_WARNINGS_AS_ERRORS)
    target_compile_options(clinicdesk_warnings INTERFACE -Werror)
  endif()
  # CLINICDESK_SANITIZER: "address" is AddressSanitizer (with LeakSanitizer) plus UndefinedBehaviorSanitizer;
  # "thread" is ThreadSanitizer. Sanitizer builds are -O1 whatever the build type (after CMAKE_CXX_FLAGS_<CONFIG>,
  # so this -O wins): several times faster than -O0 and still exact enough for the reports. The run-time
  # options and suppressions the tests use are in tests/sanitizers/.
  if(CLINICDESK_SANITIZER STREQUAL "address")
    target_compile_options(clinicdesk_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -O1)
    target_link_options(clinicdesk_warnings INTERFACE -fsanitize=address,undefined)
  elseif(CLINICDESK_SANITIZER STREQUAL "thread")
    target_compile_options(clinicdesk_warnings INTERFACE -fsanitize=thread -fno-omit-frame-pointer -O1)
    target_link_options(clinicdesk_warnings INTERFACE -fsanitize=thread)
  endif()
endif()
target_compile_definitions(clinicdesk_warnings INTERFACE QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                         QT_NO_FOREACH QT_USE_QSTRINGBUILDER)
