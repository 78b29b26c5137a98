<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/domain/AccessPolicy.cpp" line="+21"/>
        <source>This user account is disabled.</source>
        <translation>Det här användarkontot är inaktiverat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A %1 may not see or change clinical data.</source>
        <translation>En %1 får inte se eller ändra kliniska uppgifter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may manage users.</source>
        <translation>Endast en administratör får hantera användare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may create or restore backups.</source>
        <translation>Endast en administratör får skapa eller återställa säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may read the audit log.</source>
        <translation>Endast en administratör får läsa granskningsloggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <location filename="../core/repo/AppointmentRepository.cpp" line="+16"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Starttiden är ogiltig; skriv den enligt ISO 8601 som ÅÅÅÅ-MM-DDTtt:mm, till exempel 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment lasts from 1 to 1440 minutes.</source>
        <translation>Ett besök måste vara mellan 1 och 1440 minuter långt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason can have at most 500 characters.</source>
        <translation>Besöksorsaken får vara högst 500 tecken lång.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The patient does not exist.</source>
        <translation>Patienten finns inte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The practitioner does not exist.</source>
        <translation>Behandlaren finns inte.</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <location filename="../core/audio/AudioFileDecoder.cpp" line="+397"/>
        <source>The audio file %1 does not exist.</source>
        <translation>Ljudfilen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio file %1 cannot be read.</source>
        <translation>Ljudfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty.</source>
        <translation>Filen %1 är tom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an audio file that ClinicDesk can import.</source>
        <translation>%1 är inte en ljudfil som ClinicDesk kan importera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio file %1 is incomplete: it ends before the length its header declares, so it was probably cut off while being copied.</source>
        <translation>Ljudfilen %1 är ofullständig: den tar slut före den längd som anges i filhuvudet, så den blev troligen avbruten när den kopierades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 contains no audio.</source>
        <translation>Filen %1 innehåller inget ljud.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Audio decoding is not available on this computer, so %1 cannot be imported.</source>
        <translation>Ljudavkodning är inte tillgänglig på den här datorn, så %1 kan inte importeras.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+12"/>
        <source>Importing %1 was cancelled.</source>
        <translation>Importen av %1 avbröts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decoding %1 stopped making progress, so it was abandoned.</source>
        <translation>Avkodningen av %1 slutade göra framsteg och avbröts därför.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an audio file that ClinicDesk can import, or it is damaged.</source>
        <translation>%1 är inte en ljudfil som ClinicDesk kan importera, eller så är den skadad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audio file %1 is damaged and cannot be imported.</source>
        <translation>Ljudfilen %1 är skadad och kan inte importeras.</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../core/audit/AuditAnchor.cpp" line="+34"/>
        <source>The audit anchor could not be written: %1</source>
        <translation>Granskningsankaret kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit anchor could not be read: %1</source>
        <translation>Granskningsankaret kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit anchor file was altered or damaged.</source>
        <translation>Granskningsankarets fil har ändrats eller skadats.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+121"/>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>Granskningspost %1 saknas: poster har raderats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entry %1 does not follow entry %2: the chain was rewritten.</source>
        <translation>Granskningspost %1 följer inte på post %2: kedjan har skrivits om.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Granskningspost %1 har ändrats efter att den skrevs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log ends at entry %1 but the anchor records entry %2: entries were removed from the end.</source>
        <translation>Granskningsloggen slutar vid post %1 men ankaret anger post %2: poster har tagits bort från slutet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit entry %1 differs from the anchored copy: the log was rewritten.</source>
        <translation>Granskningspost %1 skiljer sig från den förankrade kopian: loggen har skrivits om.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/export/Backup.cpp" line="+64"/>
        <source>The backup file is damaged, truncated or was modified; it cannot be trusted.</source>
        <translation>Säkerhetskopian är skadad, avkortad eller har ändrats; den går inte att lita på.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup file %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file could not be read: %1</source>
        <translation>Säkerhetskopian kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a ClinicDesk backup.</source>
        <translation>Filen är inte en säkerhetskopia från ClinicDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</source>
        <translation>Säkerhetskopian gjordes med en nyare version av ClinicDesk. Uppdatera ClinicDesk för att använda den.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup has several administrators: say which user you are.</source>
        <translation>Säkerhetskopian har flera administratörer: ange vilken användare du är.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The user name or password is not correct for this backup.</source>
        <translation>Användarnamnet eller lösenordet är fel för den här säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>The database could not be copied out of the backup.</source>
        <translation>Databasen kunde inte kopieras ut ur säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The audit log in the backup is broken: %1</source>
        <translation>Granskningsloggen i säkerhetskopian är bruten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore backups.</source>
        <translation>Endast en administratör får återställa säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No temporary folder is available for the backup.</source>
        <translation>Det finns ingen tillfällig mapp för säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The backup copy could not be read.</source>
        <translation>Den tillfälliga databaskopian kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The backup file could not be written: %1</source>
        <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No temporary folder is available to check the backup.</source>
        <translation>Det finns ingen tillfällig mapp för att kontrollera säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 is not empty. Restore into a new or empty folder.</source>
        <translation>Mappen %1 är inte tom. Återställ till en ny eller tom mapp.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The restored vault could not be finished.</source>
        <translation>Det återställda valvet kunde inte slutföras.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The restored vault could not be moved to %1.</source>
        <translation>Det återställda valvet kunde inte flyttas till %1.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+146"/>
        <source>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</source>
        <translation>Användning: clinicdesk-cli [--vault MAPP] [--user NAMN] &lt;kommando&gt; ...  (clinicdesk-cli help)
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The option --%1 needs a value.</source>
        <translation>Flaggan --%1 behöver ett värde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option --%1 is given twice.</source>
        <translation>Flaggan --%1 har angetts två gånger.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>Okänd flagga --%1 för det här kommandot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many arguments.</source>
        <translation>För många argument.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing argument.</source>
        <translation>Argument saknas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password: </source>
        <translation>Lösenord: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new password: </source>
        <translation>Upprepa det nya lösenordet: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clinicdesk-cli: The two passwords differ.
</source>
        <translation>clinicdesk-cli: Lösenorden är inte likadana.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+564"/>
        <source>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget lösenord: ange CLINICDESK_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
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
        <translation>clinicdesk-cli [--vault MAPP] [--user NAMN] &lt;kommando&gt;
  init --admin NAMN [--display-name N] [--profession dentist|therapist] [--licence L]
  user add NAMN --role admin|practitioner|receptionist [--profession P] [--licence L]
  user list [--json]
  user passwd NAMN
  user recover NAMN
  patient add --first-name F --last-name L [--dob ÅÅÅÅ-MM-DD] [--national-id N] [--phone P]
              [--email E] [--address A] [--notes TEXT]
  patient list [--json] [--limit N]
  patient search TEXT [--json]
  patient show ID [--json]
  appointment add --patient ID --start ISO8601 --minutes N [--practitioner NAMN] [--reason R]
  appointment list [--day ÅÅÅÅ-MM-DD] [--json]
  audit verify
  audit list [--json] [--limit N]
  backup create --out FIL
  backup verify FIL [--json]
  backup restore FIL --to MAPP
  record --patient ID [--encounter ID] [--seconds N] [--device NAMN] [--consent verbal|written]
  recording list [--patient ID] [--json]
  recording export ID --out FIL
  recording import --patient ID [--encounter ID] FIL
  recording recover
  audio devices [--json]
Lösenord: CLINICDESK_PASSWORD (inloggning), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover), CLINICDESK_RECOVERY_CODE (user recover); annars efterfrågas lösenordet utan att det visas.
Avslutningskoder: 0 ok, 1 felaktig användning, 2 fel lösenord eller låst konto, 3 hittades inte, 4 ogiltig indata,
5 valvet avvisades (skadat, från en nyare version, inte ett valv, manipulerad säkerhetskopia), 6 åtkomst nekad, 7 systemfel.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init needs --admin NAME.</source>
        <translation>init kräver --admin NAMN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The profession must be dentist or therapist.</source>
        <translation>Yrket måste vara dentist (tandläkare) eller therapist (terapeut).</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>No password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget lösenord: ange CLINICDESK_NEW_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created the vault in %1 with administrator %2.</source>
        <translation>Valvet skapades i %1 med administratören %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down and keep it safe; it is shown only this once):</source>
        <translation>Återställningskod (skriv ner den och förvara den säkert; den visas bara den här gången):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user needs a subcommand: add, list, passwd or recover.</source>
        <translation>user kräver ett underkommando: add, list, passwd eller recover.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery code: </source>
        <translation>Återställningskod: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>Ingen återställningskod: ange CLINICDESK_RECOVERY_CODE eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No new password was given.</source>
        <translation>Inget nytt lösenord angavs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password of %1 was reset with the recovery code.</source>
        <translation>Lösenordet för %1 återställdes med återställningskoden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>user add needs --role admin, practitioner or receptionist.</source>
        <translation>user add kräver --role admin, practitioner eller receptionist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget lösenord för den nya användaren: ange CLINICDESK_NEW_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget nytt lösenord: ange CLINICDESK_NEW_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>Lösenordet för %1 har ändrats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown user subcommand &quot;%1&quot;.</source>
        <translation>Okänt underkommando till user: ”%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>patient needs a subcommand: add, list, search or show.</source>
        <translation>patient kräver ett underkommando: add, list, search eller show.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add kräver --first-name och --last-name.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: varning: en annan patient har samma identitetsnummer (%1).
</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+189"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit kräver ett positivt heltal.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>ID:             %1</source>
        <translation>ID:                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:           %1</source>
        <translation>Namn:                %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:  %1</source>
        <translation>Födelsedatum:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID:    %1</source>
        <translation>ID-nummer:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:          %1</source>
        <translation>Telefon:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:         %1</source>
        <translation>E-post:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:        %1</source>
        <translation>Adress:              %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical notes: %1</source>
        <translation>Journalanteckningar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown patient subcommand &quot;%1&quot;.</source>
        <translation>Okänt underkommando till patient: ”%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appointment needs a subcommand: add or list.</source>
        <translation>appointment kräver ett underkommando: add eller list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>appointment add needs --patient ID, --start ISO8601 and --minutes N.</source>
        <translation>appointment add kräver --patient ID, --start ISO8601 och --minutes N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--minutes takes a whole number of minutes.</source>
        <translation>--minutes kräver ett heltal (antal minuter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Starttiden är ogiltig; skriv den enligt ISO 8601 som ÅÅÅÅ-MM-DDTtt:mm, till exempel 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day kräver ett giltigt datum skrivet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown appointment subcommand &quot;%1&quot;.</source>
        <translation>Okänt underkommando till appointment: ”%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit needs a subcommand: verify or list.</source>
        <translation>audit kräver ett underkommando: verify eller list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit log failed verification: %1</source>
        <translation>Granskningsloggen klarade inte verifieringen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>Granskningsloggen är intakt: %1 poster, kedjan och ankaret är verifierade.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown audit subcommand &quot;%1&quot;.</source>
        <translation>Okänt underkommando till audit: ”%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup needs a subcommand: create, verify or restore.</source>
        <translation>backup kräver ett underkommando: create, verify eller restore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backup create needs --out FILE.</source>
        <translation>backup create kräver --out FIL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to %1 (%2 patients, %3 audit entries).</source>
        <translation>Säkerhetskopian sparades i %1 (%2 patienter, %3 granskningsposter).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backup restore needs --to DIR.</source>
        <translation>backup restore kräver --to MAPP.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restored the backup into %1 (%2 patients).</source>
        <translation>Säkerhetskopian återställdes till %1 (%2 patienter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>Säkerhetskopian är intakt: den går att öppna, klarar integritetskontrollen och dess granskningskedja är verifierad (%1 patienter, %2 granskningsposter).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown backup subcommand &quot;%1&quot;.</source>
        <translation>Okänt underkommando till backup: ”%1”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>record needs --patient ID.</source>
        <translation>record kräver --patient ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seconds takes a whole number of seconds from 1 to 86400.</source>
        <translation>--seconds kräver ett heltal (antal sekunder) från 1 till 86400.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--consent takes verbal or written.</source>
        <translation>--consent kräver verbal (muntligt) eller written (skriftligt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no audio input called &quot;%1&quot;; see clinicdesk-cli audio devices.</source>
        <translation>Det finns ingen ljudingång som heter ”%1”; se clinicdesk-cli audio devices.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The encounter belongs to another patient.</source>
        <translation>Besöket tillhör en annan patient.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>recording needs a subcommand: list, export, import or recover.</source>
        <translation>recording kräver ett underkommando: list, export, import eller recover.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>clinicdesk-cli: %n recording(s) were left unfinished; run clinicdesk-cli recording recover.
</source>
        <translation>
            <numerusform>clinicdesk-cli: %n inspelning lämnades oavslutad; kör clinicdesk-cli recording recover.
</numerusform>
            <numerusform>clinicdesk-cli: %n inspelningar lämnades oavslutade; kör clinicdesk-cli recording recover.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export kräver --out FIL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be written.</source>
        <translation>%1 kunde inte skrivas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import kräver --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: inga oavslutade inspelningar.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown recording subcommand &quot;%1&quot;.</source>
        <translation>Okänt underkommando till recording: ”%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio needs a subcommand: devices.</source>
        <translation>audio kräver ett underkommando: devices.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: inga ljudingångar hittades.
</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+51"/>
        <source>The vault database is damaged or is not a ClinicDesk vault.</source>
        <translation>Valvets databas är skadad eller är inte ett ClinicDesk-valv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change conflicts with data already in the vault.</source>
        <translation>Ändringen står i konflikt med uppgifter som redan finns i valvet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault file could not be read or written. Check the disk and the folder&apos;s permissions.</source>
        <translation>Valvfilen kunde inte läsas eller skrivas. Kontrollera disken och mappens behörigheter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault database reported an unexpected error.</source>
        <translation>Valvets databas rapporterade ett oväntat fel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault database does not exist.</source>
        <translation>Valvets databas finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A database already exists at this place.</source>
        <translation>Det finns redan en databas på den här platsen.</translation>
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
        <translation>Patienten finns inte.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+48"/>
        <source>The encounter does not exist.</source>
        <translation>Besöket finns inte.</translation>
    </message>
</context>
<context>
    <name>KeyEnvelope</name>
    <message>
        <location filename="../core/crypto/KeyEnvelope.cpp" line="+63"/>
        <location line="+62"/>
        <location line="+33"/>
        <source>The key file keys.json is damaged.</source>
        <translation>Nyckelfilen keys.json är skadad.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The password is not correct.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This key envelope opens with the keychain, not a password.</source>
        <translation>Det här nyckelkuvertet öppnas med nyckelringen, inte med ett lösenord.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This key envelope does not open with a keychain key.</source>
        <translation>Det här nyckelkuvertet kan inte öppnas med en nyckel från nyckelringen.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/crypto/KeyFile.cpp" line="+15"/>
        <source>The key file keys.json is missing from the vault folder.</source>
        <translation>Nyckelfilen keys.json saknas i valvets mapp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file keys.json could not be read: %1</source>
        <translation>Nyckelfilen keys.json kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</source>
        <translation>Nyckelfilen keys.json är skadad. Återställ den från en säkerhetskopia eller öppna valvet från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</source>
        <translation>Valvets nyckelfil kommer från en nyare version av ClinicDesk. Uppdatera ClinicDesk för att öppna valvet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>The key file keys.json could not be written: %1</source>
        <translation>Nyckelfilen keys.json kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../core/storage/KeychainStore.cpp" line="+15"/>
        <source>This computer&apos;s keychain has no entry for this user.</source>
        <translation>Datorns nyckelring har ingen post för den här användaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so ClinicDesk cannot remember you here.</source>
        <translation>Det finns ingen nyckelring på den här datorn, så ClinicDesk kan inte komma ihåg dig här.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused the request: %1</source>
        <translation>Nyckelringen nekade begäran: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+44"/>
        <source>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</source>
        <translation>Valvet skapades med en nyare version av ClinicDesk (schema %1; den här versionen känner till scheman upp till %2). Uppdatera ClinicDesk för att öppna det; valvet har inte ändrats.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A schema migration is missing from this build of ClinicDesk.</source>
        <translation>En schemamigrering saknas i den här versionen av ClinicDesk.</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../core/domain/NationalId.cpp" line="+69"/>
        <source>The national identity number cannot be checked without today&apos;s date.</source>
        <translation>Identitetsnumret kan inte kontrolleras utan dagens datum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A national identity number must be a Swedish personnummer (10 or 12 digits), a Polish PESEL (11 digits) or a South African ID (13 digits).</source>
        <translation>Ett identitetsnummer måste vara ett svenskt personnummer (10 eller 12 siffror), ett polskt PESEL-nummer (11 siffror) eller ett sydafrikanskt ID-nummer (13 siffror).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The Swedish samordningsnummer has a wrong check digit (Luhn).</source>
        <translation>Samordningsnumret har fel kontrollsiffra (Luhn).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Swedish personnummer has a wrong check digit (Luhn).</source>
        <translation>Personnumret har fel kontrollsiffra (Luhn).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date of birth encoded in the Swedish samordningsnummer is not a real date.</source>
        <translation>Födelsedatumet i samordningsnumret är inte ett giltigt datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth encoded in the Swedish personnummer is not a real date.</source>
        <translation>Födelsedatumet i personnumret är inte ett giltigt datum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth encoded in the Swedish samordningsnummer is in the future.</source>
        <translation>Födelsedatumet i samordningsnumret ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth encoded in the Swedish personnummer is in the future.</source>
        <translation>Födelsedatumet i personnumret ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PESEL number has a wrong check digit.</source>
        <translation>PESEL-numret har fel kontrollsiffra.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The date of birth encoded in the PESEL number is not a real date.</source>
        <translation>Födelsedatumet i PESEL-numret är inte ett giltigt datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth encoded in the PESEL number is in the future.</source>
        <translation>Födelsedatumet i PESEL-numret ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The South African ID number has a wrong check digit (Luhn).</source>
        <translation>Det sydafrikanska ID-numret har fel kontrollsiffra (Luhn).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The South African ID number has an invalid citizenship digit (it must be 0, 1 or 2).</source>
        <translation>Det sydafrikanska ID-numret har en ogiltig medborgarskapssiffra (den måste vara 0, 1 eller 2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of birth encoded in the South African ID number is not a real date.</source>
        <translation>Födelsedatumet i det sydafrikanska ID-numret är inte ett giltigt datum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth encoded in the South African ID number is in the future.</source>
        <translation>Födelsedatumet i det sydafrikanska ID-numret ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Swedish personnummer</source>
        <translation>Svenskt personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish samordningsnummer</source>
        <translation>Svenskt samordningsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish PESEL</source>
        <translation>Polskt PESEL-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South African ID</source>
        <translation>Sydafrikanskt ID-nummer</translation>
    </message>
</context>
<context>
    <name>OggOpusDecoder</name>
    <message>
        <location filename="../core/audio/OggOpusDecoder.cpp" line="+9"/>
        <source>The recording contains no audio.</source>
        <translation>Inspelningen innehåller inget ljud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+52"/>
        <location line="+18"/>
        <source>The recording could not be read; it may be damaged.</source>
        <translation>Inspelningen kunde inte läsas; den kan vara skadad.</translation>
    </message>
</context>
<context>
    <name>OpusStreamEncoder</name>
    <message>
        <location filename="../core/audio/OpusStreamEncoder.cpp" line="+23"/>
        <source>The audio input uses an unsupported sample rate (%1 Hz).</source>
        <translation>Ljudingången använder en samplingsfrekvens som inte stöds (%1 Hz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording bit rate must be between 6 and 256 kbit/s.</source>
        <translation>Inspelningens bithastighet måste vara mellan 6 och 256 kbit/s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The audio encoder could not be started.</source>
        <translation>Ljudkodaren kunde inte startas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The recording has already ended.</source>
        <translation>Inspelningen har redan avslutats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>The audio could not be encoded.</source>
        <translation>Ljudet kunde inte kodas.</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <location filename="../core/crypto/PasswordKdf.cpp" line="+9"/>
        <source>The key derivation was given a malformed salt.</source>
        <translation>Nyckelhärledningen fick ett felaktigt salt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There was not enough memory to derive the key from the password. Close other programs and try again.</source>
        <translation>Det fanns inte tillräckligt med minne för att härleda nyckeln från lösenordet. Stäng andra program och försök igen.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/repo/PatientRepository.cpp" line="+35"/>
        <source>A patient needs a first name and a last name.</source>
        <translation>En patient måste ha både förnamn och efternamn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name can have at most %1 characters.</source>
        <translation>Ett namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>Födelsedatumet måste vara ett giltigt datum skrivet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Födelsedatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth is before 1880; check the year.</source>
        <translation>Födelsedatumet är före 1880; kontrollera året.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of birth does not match the one in the national identity number.</source>
        <translation>Födelsedatumet stämmer inte med det i identitetsnumret.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</source>
        <translation>Telefonnumret får bara innehålla siffror, mellanslag, parenteser, punkter, bindestreck och ett inledande +.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail address is not valid (it should look like name@example.com).</source>
        <translation>E-postadressen är ogiltig (den ska se ut som namn@example.com).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address can have at most %1 characters.</source>
        <translation>Adressen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinical notes are too long.</source>
        <translation>Journalanteckningarna är för långa.</translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+68"/>
        <location line="+73"/>
        <source>The patient does not exist.</source>
        <translation>Patienten finns inte.</translation>
    </message>
</context>
<context>
    <name>RecordingImporter</name>
    <message>
        <location filename="../core/audio/RecordingImporter.cpp" line="+33"/>
        <source>The encounter belongs to another patient.</source>
        <translation>Besöket tillhör en annan patient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient declined to be recorded in this encounter, so no audio can be added to it.</source>
        <translation>Patienten har avböjt inspelning vid det här besöket, så inget ljud kan läggas till i det.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file contains no audio.</source>
        <translation>Filen innehåller inget ljud.</translation>
    </message>
</context>
<context>
    <name>RecordingRepository</name>
    <message>
        <location filename="../core/repo/RecordingRepository.cpp" line="+35"/>
        <source>The recording does not exist.</source>
        <translation>Inspelningen finns inte.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient declined to be recorded in this encounter, so it cannot be recorded.</source>
        <translation>Patienten har avböjt inspelning vid det här besöket, så det kan inte spelas in.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The recording is no longer being captured.</source>
        <translation>Inspelningen pågår inte längre.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The recording was discarded.</source>
        <translation>Inspelningen har kasserats.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+29"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dentist</source>
        <translation>Tandläkare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/repo/UserRepository.cpp" line="+20"/>
        <source>A user name must be 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces.</source>
        <translation>Ett användarnamn måste bestå av 1–64 bokstäver, siffror, punkter, bindestreck, understreck eller @, utan mellanslag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A user needs a display name of at most 200 characters.</source>
        <translation>En användare måste ha ett visningsnamn på högst 200 tecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A licence number can have at most 64 characters.</source>
        <translation>Ett legitimationsnummer får vara högst 64 tecken långt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A receptionist has no clinical profession or licence number.</source>
        <translation>En receptionist har inget kliniskt yrke och inget legitimationsnummer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is already a user called %1.</source>
        <translation>Det finns redan en användare som heter %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The user does not exist.</source>
        <translation>Användaren finns inte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user called %1.</source>
        <translation>Det finns ingen användare som heter %1.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="+69"/>
        <source>There is no vault at %1.</source>
        <translation>Det finns inget valv i %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a ClinicDesk vault (it has no clinic.db and no keys.json).</source>
        <translation>%1 är inte ett ClinicDesk-valv (clinic.db och keys.json saknas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault database clinic.db is missing. Restore the vault from a backup.</source>
        <translation>Valvets databas clinic.db saknas. Återställ valvet från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clinic.db is empty: the vault is damaged. Restore the vault from a backup.</source>
        <translation>clinic.db är tom: valvet är skadat. Återställ valvet från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clinic.db is an unencrypted SQLite database, not a ClinicDesk vault. It was not opened.</source>
        <translation>clinic.db är en okrypterad SQLite-databas, inte ett ClinicDesk-valv. Den öppnades inte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder %1 is not empty. Choose a new or empty folder for the vault.</source>
        <translation>Mappen %1 är inte tom. Välj en ny eller tom mapp för valvet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>clinic.db does not open with this vault&apos;s key: it is damaged or belongs to another vault.</source>
        <translation>clinic.db kan inte öppnas med valvets nyckel: filen är skadad eller hör till ett annat valv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>clinic.db is empty or is not a ClinicDesk vault database. It was not opened.</source>
        <translation>clinic.db är tom eller är inte en databas för ett ClinicDesk-valv. Den öppnades inte.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This vault has several administrators: say which user you are.</source>
        <translation>Valvet har flera administratörer: ange vilken användare du är.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>The user name or password is not correct.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer does not remember this user. Enter the password.</source>
        <translation>Den här datorn kommer inte ihåg den här användaren. Ange lösenordet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key remembered on this computer no longer opens the vault. Enter the password.</source>
        <translation>Nyckeln som sparats på den här datorn öppnar inte längre valvet. Ange lösenordet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This vault has no recovery envelope.</source>
        <translation>Valvet har inget återställningskuvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery code is not correct.</source>
        <translation>Återställningskoden är fel.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The vault database is damaged or is not a ClinicDesk vault.</source>
        <translation>Valvets databas är skadad eller är inte ett ClinicDesk-valv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+30"/>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</source>
        <translation>Granskningsankarets fil %1 saknas: loggens slut kan inte bekräftas.</translation>
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
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The user name or password is not correct.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user account is disabled. Ask an administrator.</source>
        <translation>Det här användarkontot är inaktiverat. Kontakta en administratör.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AdministratorPage</name>
    <message>
        <location filename="../ui/firstrun/AdministratorPage.cpp" line="+23"/>
        <source>The administrator</source>
        <translation>Administratören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator adds the other users later. Each user has their own password, and each password opens the vault.</source>
        <translation>Administratören lägger till de andra användarna senare. Varje användare har ett eget lösenord, och varje lösenord öppnar valvet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example anna.berg</source>
        <translation>till exempel anna.berg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example Dr Anna Berg</source>
        <translation>till exempel Dr Anna Berg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (not a clinician)</source>
        <translation>Inget (arbetar inte kliniskt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least %1 characters</source>
        <translation>minst %1 tecken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Visningsnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence number:</source>
        <translation>Legitimations&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password you can remember: nobody, not even ClinicDesk&apos;s makers, can read the vault without it. The next pages show a recovery code for emergencies.</source>
        <translation>Välj ett lösenord som du kommer ihåg: ingen, inte ens ClinicDesks utvecklare, kan läsa valvet utan det. På nästa sidor visas en återställningskod för nödsituationer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Skapa valv</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+146"/>
        <source>The demo vault could not be created: %1</source>
        <translation>Demovalvet kunde inte skapas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo vault with fictional patients. User: %1, password: %2</source>
        <translation>Demovalv med påhittade patienter. Användare: %1, lösenord: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Recordings left unfinished after a crash could not be recovered: %1</source>
        <translation>Inspelningar som lämnades oavslutade efter en krasch kunde inte återställas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n recording(s) left unfinished after a crash recovered.</source>
        <translation>
            <numerusform>%n inspelning som lämnades oavslutad efter en krasch har återställts.</numerusform>
            <numerusform>%n inspelningar som lämnades oavslutade efter en krasch har återställts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>ClinicDesk could not remember you on this computer: %1</source>
        <translation>ClinicDesk kunde inte komma ihåg dig på den här datorn: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This computer now remembers you.</source>
        <translation>Den här datorn kommer nu ihåg dig.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locking the vault…</source>
        <translation>Låser valvet…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+44"/>
        <source>No audio output device is available.</source>
        <translation>Ingen ljudenhet för uppspelning är tillgänglig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio output device cannot play recordings.</source>
        <translation>Ljudenheten för uppspelning kan inte spela upp inspelningar.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The audio output device could not be opened.</source>
        <translation>Ljudenheten för uppspelning kunde inte öppnas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No recording is loaded.</source>
        <translation>Ingen inspelning är inläst.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The audio output device stopped working.</source>
        <translation>Ljudenheten för uppspelning slutade fungera.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CreateVaultPage</name>
    <message>
        <location filename="../ui/firstrun/CreateVaultPage.cpp" line="+15"/>
        <source>Creating the vault</source>
        <translation>Valvet skapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk makes a new encryption key and protects it with your password.</source>
        <translation>ClinicDesk skapar en ny krypteringsnyckel och skyddar den med ditt lösenord.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Creating the encrypted vault… This takes a few seconds.</source>
        <translation>Det krypterade valvet skapas… Det tar några sekunder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is ready.</source>
        <translation>Valvet är klart.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault could not be created.</source>
        <translation>Valvet kunde inte skapas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Go back to change the folder or the administrator, then try again.</source>
        <translation>%1

Gå tillbaka för att ändra mappen eller administratören och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterBackend</name>
    <message>
        <location filename="../ui/encounter/EncounterBackend.cpp" line="+126"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>Inspelningen kunde inte sparas i ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+75"/>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patienter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+765"/>
        <source>Back to the patient list</source>
        <translation>Tillbaka till patientlistan</translation>
    </message>
    <message>
        <location line="-745"/>
        <source>Consent to record</source>
        <translation>Samtycke till inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Inte tillfrågad ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal consent</source>
        <translation>Muntligt samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written consent</source>
        <translation>Skriftligt samtycke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recording consent:</source>
        <translation>&amp;Samtycke till inspelning:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Spela in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+708"/>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Kassera…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded time</source>
        <translation>Inspelad tid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record / Pause / Resume</source>
        <translation>Spela in / Pausa / Återuppta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop recording</source>
        <translation>Stoppa inspelningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+672"/>
        <source>Start recording (%1)</source>
        <translation>Starta inspelningen (%1)</translation>
    </message>
    <message>
        <location line="-671"/>
        <source>Pause or resume the recording (%1)</source>
        <translation>Pausa eller återuppta inspelningen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and save the recording (%1)</source>
        <translation>Stoppa och spara inspelningen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recording in progress or the selected recording</source>
        <translation>Radera den pågående inspelningen eller den valda inspelningen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No sound: check the microphone</source>
        <translation>Inget ljud: kontrollera mikrofonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</source>
        <translation>Mikrofonen kopplades från. Det som hittills spelats in är sparat; välj en annan mikrofon och tryck på Återuppta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+623"/>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>Play or pause the selected recording</source>
        <translation>Spela upp eller pausa den valda inspelningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback position</source>
        <translation>Uppspelningsposition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected recording as an Ogg Opus file</source>
        <translation>Spara den valda inspelningen som en Ogg Opus-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</source>
        <translation>Lägg till en ljudfil (wav, mp3, m4a, ogg, webm, flac) i det här besöket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing</source>
        <translation>Importerar</translation>
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
        <translation>Patientens inspelningar</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Encounter started %1</source>
        <translation>Besöket började %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ask the patient whether this consultation may be recorded.</source>
        <translation>Fråga patienten om det här besöket får spelas in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Registrerat av %1 den %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No microphone found. Connect one to record.</source>
        <translation>Ingen mikrofon hittades. Anslut en för att spela in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone to record from; “System default” follows the system&apos;s choice.</source>
        <translation>Mikrofonen som det spelas in från; ”Systemstandard” följer systemets val.</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+68"/>
        <source>The recording was discarded.</source>
        <translation>Inspelningen har kasserats.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Discard recording</source>
        <translation>Kassera inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the recording in progress? Its audio is deleted and cannot be recovered.</source>
        <translation>Kassera den pågående inspelningen? Ljudet raderas och kan inte återställas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the selected recording? Its audio is deleted and cannot be recovered.</source>
        <translation>Kassera den valda inspelningen? Ljudet raderas och kan inte återställas.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Import a recording</source>
        <translation>Importera en inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</source>
        <translation>Ljudfiler (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file was imported.</source>
        <translation>Filen har importerats.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export recording</source>
        <translation>Exportera inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg Opus audio (*.ogg *.opus)</source>
        <translation>Ogg Opus-ljud (*.ogg *.opus)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Inspelningen sparades i ”%1”. Filen är inte krypterad: förvara den säkert och radera den när du är klar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: %1</source>
        <translation>Filen kunde inte importeras: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Opening the encounter…</source>
        <translation>Öppnar besöket…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the patient&apos;s consent above before recording.</source>
        <translation>Registrera patientens samtycke ovan innan du spelar in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient declined: this consultation cannot be recorded.</source>
        <translation>Patienten har avböjt: det här besöket får inte spelas in.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Stoppa inspelningen innan du lämnar den här patienten</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FinishPage</name>
    <message>
        <location filename="../ui/firstrun/FinishPage.cpp" line="+11"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Kom ihåg mig på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All set</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is ready and you are signed in as its administrator.</source>
        <translation>Valvet är klart och du är inloggad som dess administratör.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk then keeps a key in this computer&apos;s keychain and opens the vault at start without your password, so only turn this on if nobody else uses your account on this computer.</source>
        <translation>ClinicDesk sparar då en nyckel i datorns nyckelring och öppnar valvet vid start utan ditt lösenord, så slå bara på detta om ingen annan använder ditt konto på den här datorn.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+35"/>
        <source>Set up ClinicDesk</source>
        <translation>Konfigurera ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start ClinicDesk</source>
        <translation>&amp;Starta ClinicDesk</translation>
    </message>
</context>
<context>
    <name>clinicdesk::InfoBar</name>
    <message>
        <location filename="../ui/widgets/InfoBar.cpp" line="+21"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>clinicdesk::KeychainStore</name>
    <message>
        <location filename="../core/storage/KeychainStore.cpp" line="+75"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>The keychain did not answer.</source>
        <translation>Nyckelringen svarade inte.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LevelMeter</name>
    <message>
        <location filename="../ui/encounter/LevelMeter.cpp" line="+19"/>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input level in dBFS (-60 to 0 dB): the bar is the average (RMS), the line the peak</source>
        <translation>Insignalnivå i dBFS (-60 till 0 dB): stapeln visar medelvärdet (RMS), linjen toppvärdet</translation>
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
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lock ClinicDesk (%1): the vault closes until someone signs in again</source>
        <translation>Lås ClinicDesk (%1): valvet stängs tills någon loggar in igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;Om ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Inloggad som %1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>En inspelning pågår. Stoppa den innan du öppnar en annan patient.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About ClinicDesk</source>
        <translation>Om ClinicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Patients, notes and practice records in one encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Patienter, anteckningar och mottagningens register i ett krypterat valv på den här datorn.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDialog</name>
    <message>
        <location filename="../ui/patients/PatientDialog.cpp" line="+39"/>
        <source>Clinical &amp;notes:</source>
        <translation>&amp;Journalanteckningar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add patient</source>
        <translation>Lägg till patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer, PESEL or South African ID</source>
        <translation>Personnummer, PESEL eller sydafrikanskt ID-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+46 70 123 45 67</source>
        <translation>+46 70 123 45 67</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;First name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>Efter&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth:</source>
        <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National &amp;ID:</source>
        <translation>&amp;ID-nummer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+83"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit patient</source>
        <translation>Redigera patient</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientsPage</name>
    <message>
        <location filename="../ui/patients/PatientsPage.cpp" line="+26"/>
        <source>&amp;Add patient…</source>
        <translation>&amp;Lägg till patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Open e&amp;ncounter</source>
        <translation>Öppna &amp;besök</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patients</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, national ID, phone or e-mail</source>
        <translation>Sök på namn, ID-nummer, telefon eller e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search patients</source>
        <translation>Sök patienter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent, recording and recordings for the selected patient</source>
        <translation>Samtycke, inspelning och inspelningar för den valda patienten</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No patients yet. Click “Add patient” to add the first one.</source>
        <translation>Inga patienter ännu. Klicka på ”Lägg till patient” för att lägga till den första.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No patient matches “%1”.</source>
        <translation>Ingen patient matchar ”%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patienter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>En annan patient har samma ID-nummer. Kontrollera att det inte är samma person som registrerats två gånger.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::Recorder</name>
    <message>
        <location filename="../core/audio/Recorder.cpp" line="+84"/>
        <source>No microphone was found. Connect one and try again.</source>
        <translation>Ingen mikrofon hittades. Anslut en och försök igen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The microphone offers no audio format ClinicDesk can record.</source>
        <translation>Mikrofonen erbjuder inget ljudformat som ClinicDesk kan spela in.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The microphone could not be opened. It may be in use by another program.</source>
        <translation>Mikrofonen kunde inte öppnas. Den kanske används av ett annat program.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A recording is already running.</source>
        <translation>En inspelning pågår redan.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingTableModel</name>
    <message>
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+36"/>
        <source>Recording</source>
        <translation>Spelar in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered after a crash</source>
        <translation>Återställd efter en krasch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Kasserad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported file</source>
        <translation>Importerad fil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryCodePage</name>
    <message>
        <location filename="../ui/firstrun/RecoveryCodePage.cpp" line="+20"/>
        <source>I have &amp;written down the recovery code</source>
        <translation>Jag har &amp;skrivit ner återställningskoden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code</source>
        <translation>Din återställningskod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every password is forgotten, this code is the only way to open the vault.</source>
        <translation>Om alla lösenord glöms bort är den här koden det enda sättet att öppna valvet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the code on paper and keep it somewhere safe, away from this computer. ClinicDesk shows it only now and does not store it.</source>
        <translation>Skriv ner koden på papper och förvara den på ett säkert ställe, inte i närheten av datorn. ClinicDesk visar den bara nu och sparar den inte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code</source>
        <translation>Återställningskod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the code; ClinicDesk clears it from the clipboard after a minute.</source>
        <translation>Kopierar koden; ClinicDesk rensar den från urklipp efter en minut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copied. The clipboard is cleared in one minute.</source>
        <translation>Kopierad. Urklipp rensas om en minut.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryDialog</name>
    <message>
        <location filename="../ui/unlock/RecoveryDialog.cpp" line="+31"/>
        <source>Set a new password with the recovery code</source>
        <translation>Ange ett nytt lösenord med återställningskoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</source>
        <translation>Skriv in återställningskoden som du skrev ner när valvet skapades. Den öppnar valvet en gång så att du kan välja ett nytt lösenord.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery &amp;code:</source>
        <translation>Återställnings&amp;kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set new password</source>
        <translation>Ange nytt lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UnlockWindow</name>
    <message>
        <location filename="../ui/unlock/UnlockWindow.cpp" line="+30"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Glömt lösenordet?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk — Unlock</source>
        <translation>ClinicDesk — Lås upp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to open the vault</source>
        <translation>Logga in för att öppna valvet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Enter your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening the vault with the key this computer remembers…</source>
        <translation>Öppnar valvet med nyckeln som den här datorn kommer ihåg…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Opening the vault…</source>
        <translation>Öppnar valvet…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The key remembered on this computer did not open the vault: %1 Enter your password instead.</source>
        <translation>Nyckeln som sparats på den här datorn öppnade inte valvet: %1 Ange ditt lösenord i stället.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::VaultFolderPage</name>
    <message>
        <location filename="../ui/firstrun/VaultFolderPage.cpp" line="+19"/>
        <source>Welcome to ClinicDesk</source>
        <translation>Välkommen till ClinicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk keeps your patients, notes and records in one encrypted vault on this computer.</source>
        <translation>ClinicDesk förvarar dina patienter, anteckningar och register i ett krypterat valv på den här datorn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assistant creates the vault and its first user, the administrator. Choose a new or empty folder for it. Keep the folder on this computer and include it in your backups.</source>
        <translation>Den här guiden skapar valvet och dess första användare, administratören. Välj en ny eller tom mapp för valvet. Behåll mappen på den här datorn och ta med den i dina säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Mapp för valvet:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the vault.</source>
        <translation>Välj en mapp för valvet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the full path of the folder.</source>
        <translation>Ange hela sökvägen till mappen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder.</source>
        <translation>Det här är en fil, inte en mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>Mappen är inte tom. Välj en ny eller tom mapp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the vault folder</source>
        <translation>Välj mapp för valvet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ClinicDesk vault</source>
        <translation>ClinicDesk-valv</translation>
    </message>
</context>
<context>
    <name>clinicdesk::cli::CliRecorder</name>
    <message>
        <location filename="../app/cli/CliRecorder.cpp" line="+144"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>Mikrofonen försvann; det som hittills spelats in är sparat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+87"/>
        <source>Clinical notes, patients and practice records in one encrypted vault.</source>
        <translation>Journalanteckningar, patienter och mottagningens register i ett krypterat valv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create the vault in &lt;folder&gt;.</source>
        <translation>Öppna eller skapa valvet i &lt;mapp&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a throwaway vault with fictional patients (deleted at exit).</source>
        <translation>Öppna ett tillfälligt valv med påhittade patienter (raderas när programmet avslutas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the main window to &lt;file&gt;, then quit.</source>
        <translation>Spara en bild av huvudfönstret i &lt;fil&gt; och avsluta sedan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+31"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: kryptografibiblioteket kunde inte startas.
</translation>
    </message>
</context>
</TS>
