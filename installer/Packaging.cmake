# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 ClinicDesk contributors
# CPack configuration; see installer/README.md.
set(CPACK_PACKAGE_NAME "clinicdesk")
set(CPACK_PACKAGE_VENDOR "ClinicDesk")
set(CPACK_PACKAGE_CONTACT "ClinicDesk <support@clinicdesk.example>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DESCRIPTION "ClinicDesk turns a consultation into a signed clinical note and keeps a \
practice's patients, appointments, notes, payments and receipts in one encrypted vault on the \
clinic's own computer.")
set(CPACK_STRIP_FILES ON)

# Desktop integration on Linux: menu entry, AppStream metadata, icon, and the policy template for IT.
if(UNIX AND NOT APPLE)
  include(GNUInstallDirs)
  install(FILES "${PROJECT_SOURCE_DIR}/installer/clinicdesk.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${PROJECT_SOURCE_DIR}/installer/io.clinicdesk.ClinicDesk.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/ui/icons/clinicdesk.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
  install(FILES "${PROJECT_SOURCE_DIR}/installer/policy.example.json"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/clinicdesk")
  install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/clinicdesk"
          RENAME copyright)
endif()

# Debian package: the installer that works today.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(CPACK_GENERATOR "DEB")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  # Library dependencies are computed by dpkg-shlibdeps from the installed binaries.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's platform plugins (xcb, wayland), the
  # SVG icon and image plugins, and libsecret, which QtKeychain opens to reach the Secret Service.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
  # A Secret Service for "remember on this computer" and the AI providers' API keys.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
endif()

include(CPack)
