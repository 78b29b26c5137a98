# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 ClinicDesk contributors
# Hardening flags as an interface target, linked by clinicdesk_warnings and so by every ClinicDesk
# target (never directory-wide flags). In every preset:
#
#   -fstack-protector-strong    canaries in functions with arrays or address-taken locals
#   -D_FORTIFY_SOURCE=2         glibc's checked memcpy/sprintf/read...: only when optimising (at -O0
#                               glibc warns "requires compiling with optimization" and checks nothing)
#                               and not in sanitizer builds (the *_chk variants bypass the sanitizers'
#                               interceptors, so ASan/TSan would miss what they should catch)
#   PIE                         position-independent code and executables (-fPIE/-fPIC, -pie)
#   full RELRO                  -Wl,-z,relro -Wl,-z,now: the GOT is read-only once loaded (ELF only)
#   -fstack-clash-protection    and, on x86, -fcf-protection (CET): where the compiler has them, as
#                               Debian's own packages are built
#
# scripts/check-hardening verifies the built executables.
add_library(clinicdesk_hardening INTERFACE)

include(CheckPIESupported)
check_pie_supported(OUTPUT_VARIABLE clinicdesk_pie_output LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
  message(WARNING "The linker cannot make position-independent executables: ${clinicdesk_pie_output}")
endif()
# Every target linking clinicdesk_hardening gets POSITION_INDEPENDENT_CODE ON (Qt6::Core asks the same),
# which with check_pie_supported() above adds -pie when linking executables.
set_property(TARGET clinicdesk_hardening PROPERTY INTERFACE_POSITION_INDEPENDENT_CODE ON)

if(MSVC)
  # /GS, /DYNAMICBASE and /NXCOMPAT are MSVC's defaults; add control-flow guard.
  target_compile_options(clinicdesk_hardening INTERFACE /guard:cf)
  target_link_options(clinicdesk_hardening INTERFACE /guard:cf)
else()
  target_compile_options(clinicdesk_hardening INTERFACE -fstack-protector-strong)
  include(CheckCXXCompilerFlag)
  foreach(flag -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "CLINICDESK_HAS${flag}" has_flag)
    check_cxx_compiler_flag(${flag} ${has_flag})
    if(${has_flag})
      target_compile_options(clinicdesk_hardening INTERFACE ${flag})
    endif()
  endforeach()
  if(CLINICDESK_SANITIZER STREQUAL "")
    # Not for Debug (-O0). -U first: some toolchains (Ubuntu's GCC) define it already.
    target_compile_options(clinicdesk_hardening INTERFACE "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
  endif()
  if(NOT APPLE AND NOT WIN32)
    target_link_options(clinicdesk_hardening INTERFACE LINKER:-z,relro LINKER:-z,now)
  endif()
endif()
