<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/domain/AccessPolicy.cpp" line="+21"/>
        <source>This user account is disabled.</source>
        <translation>This user account is disabled.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A %1 may not see or change clinical data.</source>
        <translation>A %1 may not see or change clinical data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may create or restore backups.</source>
        <translation>Only an administrator may create or restore backups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may read the audit log.</source>
        <translation>Only an administrator may read the audit log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <location filename="../core/repo/AppointmentRepository.cpp" line="+16"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment lasts from 1 to 1440 minutes.</source>
        <translation>An appointment lasts from 1 to 1440 minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason can have at most 500 characters.</source>
        <translation>The reason can have at most 500 characters.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The patient does not exist.</source>
        <translation>The patient does not exist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The practitioner does not exist.</source>
        <translation>The practitioner does not exist.</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <location filename="../core/audio/AudioFileDecoder.cpp" line="+397"/>
        <source>The audio file %1 does not exist.</source>
        <translation>The audio file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio file %1 cannot be read.</source>
        <translation>The audio file %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an audio file that ClinicDesk can import.</source>
        <translation>%1 is not an audio file that ClinicDesk can import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio file %1 is incomplete: it ends before the length its header declares, so it was probably cut off while being copied.</source>
        <translation>The audio file %1 is incomplete: it ends before the length its header declares, so it was probably cut off while being copied.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 contains no audio.</source>
        <translation>The file %1 contains no audio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Audio decoding is not available on this computer, so %1 cannot be imported.</source>
        <translation>Audio decoding is not available on this computer, so %1 cannot be imported.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+12"/>
        <source>Importing %1 was cancelled.</source>
        <translation>Importing %1 was cancelled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decoding %1 stopped making progress, so it was abandoned.</source>
        <translation>Decoding %1 stopped making progress, so it was abandoned.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an audio file that ClinicDesk can import, or it is damaged.</source>
        <translation>%1 is not an audio file that ClinicDesk can import, or it is damaged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audio file %1 is damaged and cannot be imported.</source>
        <translation>The audio file %1 is damaged and cannot be imported.</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../core/audit/AuditAnchor.cpp" line="+34"/>
        <source>The audit anchor could not be written: %1</source>
        <translation>The audit anchor could not be written: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit anchor could not be read: %1</source>
        <translation>The audit anchor could not be read: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit anchor file was altered or damaged.</source>
        <translation>The audit anchor file was altered or damaged.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+121"/>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>Audit entry %1 is missing: entries were deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entry %1 does not follow entry %2: the chain was rewritten.</source>
        <translation>Audit entry %1 does not follow entry %2: the chain was rewritten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Audit entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log ends at entry %1 but the anchor records entry %2: entries were removed from the end.</source>
        <translation>The audit log ends at entry %1 but the anchor records entry %2: entries were removed from the end.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit entry %1 differs from the anchored copy: the log was rewritten.</source>
        <translation>Audit entry %1 differs from the anchored copy: the log was rewritten.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/export/Backup.cpp" line="+64"/>
        <source>The backup file is damaged, truncated or was modified; it cannot be trusted.</source>
        <translation>The backup file is damaged, truncated or was modified; it cannot be trusted.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file could not be read: %1</source>
        <translation>The backup file could not be read: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a ClinicDesk backup.</source>
        <translation>This file is not a ClinicDesk backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</source>
        <translation>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup has several administrators: say which user you are.</source>
        <translation>This backup has several administrators: say which user you are.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The user name or password is not correct for this backup.</source>
        <translation>The user name or password is not correct for this backup.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>The database could not be copied out of the backup.</source>
        <translation>The database could not be copied out of the backup.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The audit log in the backup is broken: %1</source>
        <translation>The audit log in the backup is broken: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore backups.</source>
        <translation>Only an administrator may restore backups.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No temporary folder is available for the backup.</source>
        <translation>No temporary folder is available for the backup.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The backup copy could not be read.</source>
        <translation>The backup copy could not be read.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The backup file could not be written: %1</source>
        <translation>The backup file could not be written: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No temporary folder is available to check the backup.</source>
        <translation>No temporary folder is available to check the backup.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 is not empty. Restore into a new or empty folder.</source>
        <translation>The folder %1 is not empty. Restore into a new or empty folder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The restored vault could not be finished.</source>
        <translation>The restored vault could not be finished.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The restored vault could not be moved to %1.</source>
        <translation>The restored vault could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+146"/>
        <source>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</source>
        <translation>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>Unknown option --%1 for this command.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many arguments.</source>
        <translation>Too many arguments.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clinicdesk-cli: The two passwords differ.
</source>
        <translation>clinicdesk-cli: The two passwords differ.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+564"/>
        <source>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="-551"/>
        <source>clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt;
  init --admin NAME [--display-name N] [--profession dentist|therapist] [--licence L]
  user add NAME --role admin|practitioner|receptionist [--profession P] [--licence L]
  user list [--json]
  user passwd NAME
  user recover NAME
  patient add --first-name F --last-name L [--dob YYYY-MM-DD] [--national-id N] [--phone P]
              [--email E] [--address A] [--notes TEXT]
  patient list [--json] [--limit N]
  patient search TEXT [--json]
  patient show ID [--json]
  appointment add --patient ID --start ISO8601 --minutes N [--practitioner NAME] [--reason R]
  appointment list [--day YYYY-MM-DD] [--json]
  audit verify
  audit list [--json] [--limit N]
  backup create --out FILE
  backup verify FILE [--json]
  backup restore FILE --to DIR
  record --patient ID [--encounter ID] [--seconds N] [--device NAME] [--consent verbal|written]
  recording list [--patient ID] [--json]
  recording export ID --out FILE
  recording import --patient ID [--encounter ID] FILE
  recording recover
  audio devices [--json]
Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover), CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.
Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,
5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error.</source>
        <translation>clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt;
  init --admin NAME [--display-name N] [--profession dentist|therapist] [--licence L]
  user add NAME --role admin|practitioner|receptionist [--profession P] [--licence L]
  user list [--json]
  user passwd NAME
  user recover NAME
  patient add --first-name F --last-name L [--dob YYYY-MM-DD] [--national-id N] [--phone P]
              [--email E] [--address A] [--notes TEXT]
  patient list [--json] [--limit N]
  patient search TEXT [--json]
  patient show ID [--json]
  appointment add --patient ID --start ISO8601 --minutes N [--practitioner NAME] [--reason R]
  appointment list [--day YYYY-MM-DD] [--json]
  audit verify
  audit list [--json] [--limit N]
  backup create --out FILE
  backup verify FILE [--json]
  backup restore FILE --to DIR
  record --patient ID [--encounter ID] [--seconds N] [--device NAME] [--consent verbal|written]
  recording list [--patient ID] [--json]
  recording export ID --out FILE
  recording import --patient ID [--encounter ID] FILE
  recording recover
  audio devices [--json]
Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover), CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.
Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,
5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init needs --admin NAME.</source>
        <translation>init needs --admin NAME.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The profession must be dentist or therapist.</source>
        <translation>The profession must be dentist or therapist.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>No password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created the vault in %1 with administrator %2.</source>
        <translation>Created the vault in %1 with administrator %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down and keep it safe; it is shown only this once):</source>
        <translation>Recovery code (write it down and keep it safe; it is shown only this once):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user needs a subcommand: add, list, passwd or recover.</source>
        <translation>user needs a subcommand: add, list, passwd or recover.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No new password was given.</source>
        <translation>No new password was given.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password of %1 was reset with the recovery code.</source>
        <translation>The password of %1 was reset with the recovery code.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>user add needs --role admin, practitioner or receptionist.</source>
        <translation>user add needs --role admin, practitioner or receptionist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown user subcommand &quot;%1&quot;.</source>
        <translation>Unknown user subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>patient needs a subcommand: add, list, search or show.</source>
        <translation>patient needs a subcommand: add, list, search or show.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add needs --first-name and --last-name.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+189"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit takes a positive whole number.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>ID:             %1</source>
        <translation>ID:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:           %1</source>
        <translation>Name:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:  %1</source>
        <translation>Date of birth:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID:    %1</source>
        <translation>National ID:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:          %1</source>
        <translation>Phone:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:         %1</source>
        <translation>E-mail:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:        %1</source>
        <translation>Address:        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical notes: %1</source>
        <translation>Clinical notes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown patient subcommand &quot;%1&quot;.</source>
        <translation>Unknown patient subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appointment needs a subcommand: add or list.</source>
        <translation>appointment needs a subcommand: add or list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>appointment add needs --patient ID, --start ISO8601 and --minutes N.</source>
        <translation>appointment add needs --patient ID, --start ISO8601 and --minutes N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--minutes takes a whole number of minutes.</source>
        <translation>--minutes takes a whole number of minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day takes a real date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown appointment subcommand &quot;%1&quot;.</source>
        <translation>Unknown appointment subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit needs a subcommand: verify or list.</source>
        <translation>audit needs a subcommand: verify or list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit log failed verification: %1</source>
        <translation>The audit log failed verification: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>The audit log is intact: %1 entries, chain and anchor verified.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown audit subcommand &quot;%1&quot;.</source>
        <translation>Unknown audit subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup needs a subcommand: create, verify or restore.</source>
        <translation>backup needs a subcommand: create, verify or restore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backup create needs --out FILE.</source>
        <translation>backup create needs --out FILE.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to %1 (%2 patients, %3 audit entries).</source>
        <translation>Backup written to %1 (%2 patients, %3 audit entries).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backup restore needs --to DIR.</source>
        <translation>backup restore needs --to DIR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restored the backup into %1 (%2 patients).</source>
        <translation>Restored the backup into %1 (%2 patients).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown backup subcommand &quot;%1&quot;.</source>
        <translation>Unknown backup subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>record needs --patient ID.</source>
        <translation>record needs --patient ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seconds takes a whole number of seconds from 1 to 86400.</source>
        <translation>--seconds takes a whole number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--consent takes verbal or written.</source>
        <translation>--consent takes verbal or written.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no audio input called &quot;%1&quot;; see clinicdesk-cli audio devices.</source>
        <translation>There is no audio input called &quot;%1&quot;; see clinicdesk-cli audio devices.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The encounter belongs to another patient.</source>
        <translation>The encounter belongs to another patient.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>recording needs a subcommand: list, export, import or recover.</source>
        <translation>recording needs a subcommand: list, export, import or recover.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>clinicdesk-cli: %n recording(s) were left unfinished; run clinicdesk-cli recording recover.
</source>
        <translation>
            <numerusform>clinicdesk-cli: %n recording was left unfinished; run clinicdesk-cli recording recover.
</numerusform>
            <numerusform>clinicdesk-cli: %n recordings were left unfinished; run clinicdesk-cli recording recover.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export needs --out FILE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 already exists; choose another file name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import needs --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: no unfinished recordings.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown recording subcommand &quot;%1&quot;.</source>
        <translation>Unknown recording subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio needs a subcommand: devices.</source>
        <translation>audio needs a subcommand: devices.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: no audio inputs found.
</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+51"/>
        <source>The vault database is damaged or is not a ClinicDesk vault.</source>
        <translation>The vault database is damaged or is not a ClinicDesk vault.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change conflicts with data already in the vault.</source>
        <translation>The change conflicts with data already in the vault.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault file could not be read or written. Check the disk and the folder&apos;s permissions.</source>
        <translation>The vault file could not be read or written. Check the disk and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault database reported an unexpected error.</source>
        <translation>The vault database reported an unexpected error.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault database does not exist.</source>
        <translation>The vault database does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A database already exists at this place.</source>
        <translation>A database already exists at this place.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <location filename="../ui/DemoVault.cpp" line="+105"/>
        <source>Dr Demo</source>
        <translation>Dr Demo</translation>
    </message>
</context>
<context>
    <name>EncounterRepository</name>
    <message>
        <location filename="../core/repo/EncounterRepository.cpp" line="+73"/>
        <source>The patient does not exist.</source>
        <translation>The patient does not exist.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+48"/>
        <source>The encounter does not exist.</source>
        <translation>The encounter does not exist.</translation>
    </message>
</context>
<context>
    <name>KeyEnvelope</name>
    <message>
        <location filename="../core/crypto/KeyEnvelope.cpp" line="+63"/>
        <location line="+62"/>
        <location line="+33"/>
        <source>The key file keys.json is damaged.</source>
        <translation>The key file keys.json is damaged.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This key envelope opens with the keychain, not a password.</source>
        <translation>This key envelope opens with the keychain, not a password.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This key envelope does not open with a keychain key.</source>
        <translation>This key envelope does not open with a keychain key.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/crypto/KeyFile.cpp" line="+15"/>
        <source>The key file keys.json is missing from the vault folder.</source>
        <translation>The key file keys.json is missing from the vault folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file keys.json could not be read: %1</source>
        <translation>The key file keys.json could not be read: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</source>
        <translation>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</source>
        <translation>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>The key file keys.json could not be written: %1</source>
        <translation>The key file keys.json could not be written: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../core/storage/KeychainStore.cpp" line="+15"/>
        <source>This computer&apos;s keychain has no entry for this user.</source>
        <translation>This computer&apos;s keychain has no entry for this user.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so ClinicDesk cannot remember you here.</source>
        <translation>No keychain is available on this computer, so ClinicDesk cannot remember you here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused the request: %1</source>
        <translation>The keychain refused the request: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+44"/>
        <source>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</source>
        <translation>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A schema migration is missing from this build of ClinicDesk.</source>
        <translation>A schema migration is missing from this build of ClinicDesk.</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../core/domain/NationalId.cpp" line="+69"/>
        <source>The national identity number cannot be checked without today&apos;s date.</source>
        <translation>The national identity number cannot be checked without today&apos;s date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A national identity number must be a Swedish personnummer (10 or 12 digits), a Polish PESEL (11 digits) or a South African ID (13 digits).</source>
        <translation>A national identity number must be a Swedish personnummer (10 or 12 digits), a Polish PESEL (11 digits) or a South African ID (13 digits).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The Swedish samordningsnummer has a wrong check digit (Luhn).</source>
        <translation>The Swedish samordningsnummer has a wrong check digit (Luhn).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Swedish personnummer has a wrong check digit (Luhn).</source>
        <translation>The Swedish personnummer has a wrong check digit (Luhn).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date of birth encoded in the Swedish samordningsnummer is not a real date.</source>
        <translation>The date of birth encoded in the Swedish samordningsnummer is not a real date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth encoded in the Swedish personnummer is not a real date.</source>
        <translation>The date of birth encoded in the Swedish personnummer is not a real date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth encoded in the Swedish samordningsnummer is in the future.</source>
        <translation>The date of birth encoded in the Swedish samordningsnummer is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth encoded in the Swedish personnummer is in the future.</source>
        <translation>The date of birth encoded in the Swedish personnummer is in the future.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PESEL number has a wrong check digit.</source>
        <translation>The PESEL number has a wrong check digit.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The date of birth encoded in the PESEL number is not a real date.</source>
        <translation>The date of birth encoded in the PESEL number is not a real date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth encoded in the PESEL number is in the future.</source>
        <translation>The date of birth encoded in the PESEL number is in the future.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The South African ID number has a wrong check digit (Luhn).</source>
        <translation>The South African ID number has a wrong check digit (Luhn).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The South African ID number has an invalid citizenship digit (it must be 0, 1 or 2).</source>
        <translation>The South African ID number has an invalid citizenship digit (it must be 0, 1 or 2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of birth encoded in the South African ID number is not a real date.</source>
        <translation>The date of birth encoded in the South African ID number is not a real date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth encoded in the South African ID number is in the future.</source>
        <translation>The date of birth encoded in the South African ID number is in the future.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Swedish personnummer</source>
        <translation>Swedish personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish samordningsnummer</source>
        <translation>Swedish samordningsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish PESEL</source>
        <translation>Polish PESEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South African ID</source>
        <translation>South African ID</translation>
    </message>
</context>
<context>
    <name>OggOpusDecoder</name>
    <message>
        <location filename="../core/audio/OggOpusDecoder.cpp" line="+9"/>
        <source>The recording contains no audio.</source>
        <translation>The recording contains no audio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+52"/>
        <location line="+18"/>
        <source>The recording could not be read; it may be damaged.</source>
        <translation>The recording could not be read; it may be damaged.</translation>
    </message>
</context>
<context>
    <name>OpusStreamEncoder</name>
    <message>
        <location filename="../core/audio/OpusStreamEncoder.cpp" line="+23"/>
        <source>The audio input uses an unsupported sample rate (%1 Hz).</source>
        <translation>The audio input uses an unsupported sample rate (%1 Hz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording bit rate must be between 6 and 256 kbit/s.</source>
        <translation>The recording bit rate must be between 6 and 256 kbit/s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The audio encoder could not be started.</source>
        <translation>The audio encoder could not be started.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The recording has already ended.</source>
        <translation>The recording has already ended.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>The audio could not be encoded.</source>
        <translation>The audio could not be encoded.</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <location filename="../core/crypto/PasswordKdf.cpp" line="+9"/>
        <source>The key derivation was given a malformed salt.</source>
        <translation>The key derivation was given a malformed salt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There was not enough memory to derive the key from the password. Close other programs and try again.</source>
        <translation>There was not enough memory to derive the key from the password. Close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/repo/PatientRepository.cpp" line="+35"/>
        <source>A patient needs a first name and a last name.</source>
        <translation>A patient needs a first name and a last name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name can have at most %1 characters.</source>
        <translation>A name can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>The date of birth must be a real date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth is before 1880; check the year.</source>
        <translation>The date of birth is before 1880; check the year.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of birth does not match the one in the national identity number.</source>
        <translation>The date of birth does not match the one in the national identity number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</source>
        <translation>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail address is not valid (it should look like name@example.com).</source>
        <translation>The e-mail address is not valid (it should look like name@example.com).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address can have at most %1 characters.</source>
        <translation>The address can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinical notes are too long.</source>
        <translation>The clinical notes are too long.</translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+68"/>
        <location line="+73"/>
        <source>The patient does not exist.</source>
        <translation>The patient does not exist.</translation>
    </message>
</context>
<context>
    <name>RecordingImporter</name>
    <message>
        <location filename="../core/audio/RecordingImporter.cpp" line="+33"/>
        <source>The encounter belongs to another patient.</source>
        <translation>The encounter belongs to another patient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient declined to be recorded in this encounter, so no audio can be added to it.</source>
        <translation>The patient declined to be recorded in this encounter, so no audio can be added to it.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file contains no audio.</source>
        <translation>The file contains no audio.</translation>
    </message>
</context>
<context>
    <name>RecordingRepository</name>
    <message>
        <location filename="../core/repo/RecordingRepository.cpp" line="+35"/>
        <source>The recording does not exist.</source>
        <translation>The recording does not exist.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient declined to be recorded in this encounter, so it cannot be recorded.</source>
        <translation>The patient declined to be recorded in this encounter, so it cannot be recorded.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The recording is no longer being captured.</source>
        <translation>The recording is no longer being captured.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The recording was discarded.</source>
        <translation>The recording was discarded.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+29"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dentist</source>
        <translation>Dentist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>Therapist</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/repo/UserRepository.cpp" line="+20"/>
        <source>A user name must be 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces.</source>
        <translation>A user name must be 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A user needs a display name of at most 200 characters.</source>
        <translation>A user needs a display name of at most 200 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A licence number can have at most 64 characters.</source>
        <translation>A licence number can have at most 64 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A receptionist has no clinical profession or licence number.</source>
        <translation>A receptionist has no clinical profession or licence number.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is already a user called %1.</source>
        <translation>There is already a user called %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The user does not exist.</source>
        <translation>The user does not exist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user called %1.</source>
        <translation>There is no user called %1.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="+69"/>
        <source>There is no vault at %1.</source>
        <translation>There is no vault at %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a ClinicDesk vault (it has no clinic.db and no keys.json).</source>
        <translation>%1 is not a ClinicDesk vault (it has no clinic.db and no keys.json).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault database clinic.db is missing. Restore the vault from a backup.</source>
        <translation>The vault database clinic.db is missing. Restore the vault from a backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clinic.db is empty: the vault is damaged. Restore the vault from a backup.</source>
        <translation>clinic.db is empty: the vault is damaged. Restore the vault from a backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clinic.db is an unencrypted SQLite database, not a ClinicDesk vault. It was not opened.</source>
        <translation>clinic.db is an unencrypted SQLite database, not a ClinicDesk vault. It was not opened.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder %1 is not empty. Choose a new or empty folder for the vault.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder for the vault.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>clinic.db does not open with this vault&apos;s key: it is damaged or belongs to another vault.</source>
        <translation>clinic.db does not open with this vault&apos;s key: it is damaged or belongs to another vault.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>clinic.db is empty or is not a ClinicDesk vault database. It was not opened.</source>
        <translation>clinic.db is empty or is not a ClinicDesk vault database. It was not opened.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This vault has several administrators: say which user you are.</source>
        <translation>This vault has several administrators: say which user you are.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer does not remember this user. Enter the password.</source>
        <translation>This computer does not remember this user. Enter the password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key remembered on this computer no longer opens the vault. Enter the password.</source>
        <translation>The key remembered on this computer no longer opens the vault. Enter the password.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This vault has no recovery envelope.</source>
        <translation>This vault has no recovery envelope.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery code is not correct.</source>
        <translation>The recovery code is not correct.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The vault database is damaged or is not a ClinicDesk vault.</source>
        <translation>The vault database is damaged or is not a ClinicDesk vault.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+30"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</source>
        <translation>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../core/session/VaultSession.cpp" line="+46"/>
        <location line="+82"/>
        <location line="+33"/>
        <location line="+40"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user account is disabled. Ask an administrator.</source>
        <translation>This user account is disabled. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AdministratorPage</name>
    <message>
        <location filename="../ui/firstrun/AdministratorPage.cpp" line="+23"/>
        <source>The administrator</source>
        <translation>The administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator adds the other users later. Each user has their own password, and each password opens the vault.</source>
        <translation>The administrator adds the other users later. Each user has their own password, and each password opens the vault.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example anna.berg</source>
        <translation>for example anna.berg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example Dr Anna Berg</source>
        <translation>for example Dr Anna Berg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (not a clinician)</source>
        <translation>None (not a clinician)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence number:</source>
        <translation>&amp;Licence number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password you can remember: nobody, not even ClinicDesk&apos;s makers, can read the vault without it. The next pages show a recovery code for emergencies.</source>
        <translation>Choose a password you can remember: nobody, not even ClinicDesk&apos;s makers, can read the vault without it. The next pages show a recovery code for emergencies.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+146"/>
        <source>The demo vault could not be created: %1</source>
        <translation>The demo vault could not be created: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo vault with fictional patients. User: %1, password: %2</source>
        <translation>Demo vault with fictional patients. User: %1, password: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Recordings left unfinished after a crash could not be recovered: %1</source>
        <translation>Recordings left unfinished after a crash could not be recovered: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n recording(s) left unfinished after a crash recovered.</source>
        <translation>
            <numerusform>%n recording left unfinished after a crash was recovered.</numerusform>
            <numerusform>%n recordings left unfinished after a crash were recovered.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>ClinicDesk could not remember you on this computer: %1</source>
        <translation>ClinicDesk could not remember you on this computer: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This computer now remembers you.</source>
        <translation>This computer now remembers you.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locking the vault…</source>
        <translation>Locking the vault…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+44"/>
        <source>No audio output device is available.</source>
        <translation>No audio output device is available.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio output device cannot play recordings.</source>
        <translation>The audio output device cannot play recordings.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The audio output device could not be opened.</source>
        <translation>The audio output device could not be opened.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No recording is loaded.</source>
        <translation>No recording is loaded.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The audio output device stopped working.</source>
        <translation>The audio output device stopped working.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CreateVaultPage</name>
    <message>
        <location filename="../ui/firstrun/CreateVaultPage.cpp" line="+15"/>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk makes a new encryption key and protects it with your password.</source>
        <translation>ClinicDesk makes a new encryption key and protects it with your password.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Creating the encrypted vault… This takes a few seconds.</source>
        <translation>Creating the encrypted vault… This takes a few seconds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is ready.</source>
        <translation>The vault is ready.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault could not be created.</source>
        <translation>The vault could not be created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Go back to change the folder or the administrator, then try again.</source>
        <translation>%1

Go back to change the folder or the administrator, then try again.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterBackend</name>
    <message>
        <location filename="../ui/encounter/EncounterBackend.cpp" line="+126"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>The recording could not be saved to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+75"/>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patients</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+765"/>
        <source>Back to the patient list</source>
        <translation>Back to the patient list</translation>
    </message>
    <message>
        <location line="-745"/>
        <source>Consent to record</source>
        <translation>Consent to record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal consent</source>
        <translation>Verbal consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written consent</source>
        <translation>Written consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recording consent:</source>
        <translation>&amp;Recording consent:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+708"/>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded time</source>
        <translation>Recorded time</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record / Pause / Resume</source>
        <translation>Record / Pause / Resume</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+672"/>
        <source>Start recording (%1)</source>
        <translation>Start recording (%1)</translation>
    </message>
    <message>
        <location line="-671"/>
        <source>Pause or resume the recording (%1)</source>
        <translation>Pause or resume the recording (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and save the recording (%1)</source>
        <translation>Stop and save the recording (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recording in progress or the selected recording</source>
        <translation>Delete the recording in progress or the selected recording</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sound: check the microphone</source>
        <translation>No sound: check the microphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</source>
        <translation>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+623"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>Play or pause the selected recording</source>
        <translation>Play or pause the selected recording</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback position</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected recording as an Ogg Opus file</source>
        <translation>Save the selected recording as an Ogg Opus file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</source>
        <translation>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+445"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="-430"/>
        <source>Recordings of this patient</source>
        <translation>Recordings of this patient</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Encounter started %1</source>
        <translation>Encounter started %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ask the patient whether this consultation may be recorded.</source>
        <translation>Ask the patient whether this consultation may be recorded.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Recorded by %1 on %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No microphone found. Connect one to record.</source>
        <translation>No microphone found. Connect one to record.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone to record from; “System default” follows the system&apos;s choice.</source>
        <translation>The microphone to record from; “System default” follows the system&apos;s choice.</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+68"/>
        <source>The recording was discarded.</source>
        <translation>The recording was discarded.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Discard recording</source>
        <translation>Discard recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the recording in progress? Its audio is deleted and cannot be recovered.</source>
        <translation>Discard the recording in progress? Its audio is deleted and cannot be recovered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the selected recording? Its audio is deleted and cannot be recovered.</source>
        <translation>Discard the selected recording? Its audio is deleted and cannot be recovered.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Import a recording</source>
        <translation>Import a recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</source>
        <translation>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file was imported.</source>
        <translation>The file was imported.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export recording</source>
        <translation>Export recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg Opus audio (*.ogg *.opus)</source>
        <translation>Ogg Opus audio (*.ogg *.opus)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: %1</source>
        <translation>The file could not be imported: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Opening the encounter…</source>
        <translation>Opening the encounter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the patient&apos;s consent above before recording.</source>
        <translation>Record the patient&apos;s consent above before recording.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient declined: this consultation cannot be recorded.</source>
        <translation>The patient declined: this consultation cannot be recorded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Stop the recording before leaving this patient</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FinishPage</name>
    <message>
        <location filename="../ui/firstrun/FinishPage.cpp" line="+11"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All set</source>
        <translation>All set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is ready and you are signed in as its administrator.</source>
        <translation>The vault is ready and you are signed in as its administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk then keeps a key in this computer&apos;s keychain and opens the vault at start without your password, so only turn this on if nobody else uses your account on this computer.</source>
        <translation>ClinicDesk then keeps a key in this computer&apos;s keychain and opens the vault at start without your password, so only turn this on if nobody else uses your account on this computer.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+35"/>
        <source>Set up ClinicDesk</source>
        <translation>Set up ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start ClinicDesk</source>
        <translation>&amp;Start ClinicDesk</translation>
    </message>
</context>
<context>
    <name>clinicdesk::InfoBar</name>
    <message>
        <location filename="../ui/widgets/InfoBar.cpp" line="+21"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>clinicdesk::KeychainStore</name>
    <message>
        <location filename="../core/storage/KeychainStore.cpp" line="+75"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>The keychain did not answer.</source>
        <translation>The keychain did not answer.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LevelMeter</name>
    <message>
        <location filename="../ui/encounter/LevelMeter.cpp" line="+19"/>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input level in dBFS (-60 to 0 dB): the bar is the average (RMS), the line the peak</source>
        <translation>Input level in dBFS (-60 to 0 dB): the bar is the average (RMS), the line the peak</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>clinicdesk::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+25"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lock ClinicDesk (%1): the vault closes until someone signs in again</source>
        <translation>Lock ClinicDesk (%1): the vault closes until someone signs in again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;About ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>A recording is running. Stop it before opening another patient.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About ClinicDesk</source>
        <translation>About ClinicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Patients, notes and practice records in one encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Patients, notes and practice records in one encrypted vault on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDialog</name>
    <message>
        <location filename="../ui/patients/PatientDialog.cpp" line="+39"/>
        <source>Clinical &amp;notes:</source>
        <translation>Clinical &amp;notes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add patient</source>
        <translation>Add patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer, PESEL or South African ID</source>
        <translation>Personnummer, PESEL or South African ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+46 70 123 45 67</source>
        <translation>+46 70 123 45 67</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National &amp;ID:</source>
        <translation>National &amp;ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+83"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit patient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientTableModel</name>
    <message>
        <location filename="../ui/patients/PatientTableModel.cpp" line="+17"/>
        <source>%1, %2</source>
        <comment>patient list: last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientsPage</name>
    <message>
        <location filename="../ui/patients/PatientsPage.cpp" line="+26"/>
        <source>&amp;Add patient…</source>
        <translation>&amp;Add patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Open e&amp;ncounter</source>
        <translation>Open e&amp;ncounter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, national ID, phone or e-mail</source>
        <translation>Search by name, national ID, phone or e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search patients</source>
        <translation>Search patients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent, recording and recordings for the selected patient</source>
        <translation>Consent, recording and recordings for the selected patient</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No patients yet. Click “Add patient” to add the first one.</source>
        <translation>No patients yet. Click “Add patient” to add the first one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No patient matches “%1”.</source>
        <translation>No patient matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Another patient has the same national ID. Check that this is not the same person entered twice.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::Recorder</name>
    <message>
        <location filename="../core/audio/Recorder.cpp" line="+84"/>
        <source>No microphone was found. Connect one and try again.</source>
        <translation>No microphone was found. Connect one and try again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The microphone offers no audio format ClinicDesk can record.</source>
        <translation>The microphone offers no audio format ClinicDesk can record.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The microphone could not be opened. It may be in use by another program.</source>
        <translation>The microphone could not be opened. It may be in use by another program.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A recording is already running.</source>
        <translation>A recording is already running.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingTableModel</name>
    <message>
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+36"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered after a crash</source>
        <translation>Recovered after a crash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported file</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryCodePage</name>
    <message>
        <location filename="../ui/firstrun/RecoveryCodePage.cpp" line="+20"/>
        <source>I have &amp;written down the recovery code</source>
        <translation>I have &amp;written down the recovery code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every password is forgotten, this code is the only way to open the vault.</source>
        <translation>If every password is forgotten, this code is the only way to open the vault.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the code on paper and keep it somewhere safe, away from this computer. ClinicDesk shows it only now and does not store it.</source>
        <translation>Write the code on paper and keep it somewhere safe, away from this computer. ClinicDesk shows it only now and does not store it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the code; ClinicDesk clears it from the clipboard after a minute.</source>
        <translation>Copies the code; ClinicDesk clears it from the clipboard after a minute.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copied. The clipboard is cleared in one minute.</source>
        <translation>Copied. The clipboard is cleared in one minute.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryDialog</name>
    <message>
        <location filename="../ui/unlock/RecoveryDialog.cpp" line="+31"/>
        <source>Set a new password with the recovery code</source>
        <translation>Set a new password with the recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</source>
        <translation>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set new password</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UnlockWindow</name>
    <message>
        <location filename="../ui/unlock/UnlockWindow.cpp" line="+30"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk — Unlock</source>
        <translation>ClinicDesk — Unlock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to open the vault</source>
        <translation>Sign in to open the vault</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening the vault with the key this computer remembers…</source>
        <translation>Opening the vault with the key this computer remembers…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Opening the vault…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The key remembered on this computer did not open the vault: %1 Enter your password instead.</source>
        <translation>The key remembered on this computer did not open the vault: %1 Enter your password instead.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::VaultFolderPage</name>
    <message>
        <location filename="../ui/firstrun/VaultFolderPage.cpp" line="+19"/>
        <source>Welcome to ClinicDesk</source>
        <translation>Welcome to ClinicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk keeps your patients, notes and records in one encrypted vault on this computer.</source>
        <translation>ClinicDesk keeps your patients, notes and records in one encrypted vault on this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assistant creates the vault and its first user, the administrator. Choose a new or empty folder for it. Keep the folder on this computer and include it in your backups.</source>
        <translation>This assistant creates the vault and its first user, the administrator. Choose a new or empty folder for it. Keep the folder on this computer and include it in your backups.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault &amp;folder:</source>
        <translation>Vault &amp;folder:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the vault.</source>
        <translation>Choose a folder for the vault.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the full path of the folder.</source>
        <translation>Give the full path of the folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder.</source>
        <translation>This is a file, not a folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>This folder is not empty. Choose a new or empty folder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ClinicDesk vault</source>
        <translation>ClinicDesk vault</translation>
    </message>
</context>
<context>
    <name>clinicdesk::cli::CliRecorder</name>
    <message>
        <location filename="../app/cli/CliRecorder.cpp" line="+144"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>The microphone disappeared; the recording so far is saved.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+87"/>
        <source>Clinical notes, patients and practice records in one encrypted vault.</source>
        <translation>Clinical notes, patients and practice records in one encrypted vault.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create the vault in &lt;folder&gt;.</source>
        <translation>Open or create the vault in &lt;folder&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a throwaway vault with fictional patients (deleted at exit).</source>
        <translation>Open a throwaway vault with fictional patients (deleted at exit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the main window to &lt;file&gt;, then quit.</source>
        <translation>Save a picture of the main window to &lt;file&gt;, then quit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+31"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: the cryptography library could not start.
</translation>
    </message>
</context>
</TS>
