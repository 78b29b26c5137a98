# CPack configuration; see installer/README.md.
set(CPACK_PACKAGE_NAME "clinicdesk")
set(CPACK_PACKAGE_VENDOR "ClinicDesk")
set(CPACK_PACKAGE_CONTACT "ClinicDesk <support@clinicdesk.example>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
include(CPack)
