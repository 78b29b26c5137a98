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
    <name>AiKeyStore</name>
    <message>
        <location filename="../core/ai/AiKeyStore.cpp" line="+29"/>
        <source>No API key is stored for &quot;%1&quot; on this computer. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Ingen API-nyckel är sparad för ”%1” på den här datorn. Ange den under AI &gt; AI-inställningar eller med clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The API key needs a name to be stored under.</source>
        <translation>API-nyckeln behöver ett namn att sparas under.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is empty.</source>
        <translation>API-nyckeln är tom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key contains spaces or characters that an API key never has. Copy it again.</source>
        <translation>API-nyckeln innehåller mellanslag eller tecken som en API-nyckel aldrig har. Kopiera den igen.</translation>
    </message>
</context>
<context>
    <name>AiPipeline</name>
    <message>
        <location filename="../core/ai/AiPipeline.cpp" line="+95"/>
        <source>No transcription provider is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task transcription.</source>
        <translation>Ingen leverantör för transkribering är konfigurerad. Välj en under AI &gt; AI-inställningar eller med clinicdesk-cli config ai --task transcription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provider for notes is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task notes.</source>
        <translation>Ingen leverantör för anteckningar är konfigurerad. Välj en under AI &gt; AI-inställningar eller med clinicdesk-cli config ai --task notes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This month&apos;s AI budget (%1 %2) is used up, so the job waits. An administrator can raise the budget in AI &gt; AI settings, or the job runs next month.</source>
        <translation>Månadens AI-budget (%1 %2) är förbrukad, så jobbet väntar. En administratör kan höja budgeten under AI &gt; AI-inställningar, annars körs jobbet nästa månad.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The recording is not finished yet; stop it (or recover it) before transcribing.</source>
        <translation>Inspelningen är inte avslutad än; stoppa den (eller återställ den) innan du transkriberar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient declined consent in this encounter, so nothing is sent for transcription.</source>
        <translation>Patienten har avböjt samtycke vid det här besöket, så inget skickas för transkribering.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Waiting for the transcription to finish.</source>
        <translation>Väntar på att transkriberingen ska bli klar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This encounter has no transcript yet. Transcribe a recording first, then generate the note.</source>
        <translation>Det här besöket har ingen transkription än. Transkribera först en inspelning och skapa sedan anteckningen.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The key works, but %1 does not offer the model &quot;%2&quot;. Choose one of: %3.</source>
        <translation>Nyckeln fungerar, men %1 erbjuder inte modellen ”%2”. Välj en av: %3.</translation>
    </message>
</context>
<context>
    <name>AiSettingsStore</name>
    <message>
        <location filename="../core/ai/AiSettings.cpp" line="+243"/>
        <source>The AI settings stored in this vault cannot be read. An administrator can set them again in AI &gt; AI settings.</source>
        <translation>AI-inställningarna som sparats i valvet kan inte läsas. En administratör kan ange dem igen under AI &gt; AI-inställningar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator may change the AI settings.</source>
        <translation>Endast en administratör får ändra AI-inställningarna.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <location filename="../core/repo/AppointmentRepository.cpp" line="+17"/>
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
        <location line="+18"/>
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
        <location filename="../core/audit/AuditLog.cpp" line="+112"/>
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
        <location filename="../core/storage/Backup.cpp" line="+64"/>
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
        <location filename="../app/cli/CliApp.cpp" line="+23"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Unknown %1 subcommand &quot;%2&quot;.</source>
        <translation>%1 har inget underkommando ”%2”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 kräver ett underkommando: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</source>
        <translation>Användning: clinicdesk-cli [--vault MAPP] [--user NAMN] &lt;kommando&gt; ...  (clinicdesk-cli help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+25"/>
        <source>The option --%1 needs a value.</source>
        <translation>Flaggan --%1 behöver ett värde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option --%1 is given twice.</source>
        <translation>Flaggan --%1 har angetts två gånger.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="-23"/>
        <location filename="../app/cli/CommandContext.cpp" line="+61"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>Okänd flagga --%1 för det här kommandot.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+6"/>
        <source>Too many arguments.</source>
        <translation>För många argument.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing argument.</source>
        <translation>Argument saknas.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="+28"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+21"/>
        <source>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget lösenord: ange CLINICDESK_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="-3"/>
        <location line="+10"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="+25"/>
        <source>init needs --admin NAME.</source>
        <translation>init kräver --admin NAMN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="+33"/>
        <source>The profession must be dentist or therapist.</source>
        <translation>Yrket måste vara dentist (tandläkare) eller therapist (terapeut).</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="+18"/>
        <source>Recovery code: </source>
        <translation>Återställningskod: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>Ingen återställningskod: ange CLINICDESK_RECOVERY_CODE eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new password was given.</source>
        <translation>Inget nytt lösenord angavs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password of %1 was reset with the recovery code.</source>
        <translation>Lösenordet för %1 återställdes med återställningskoden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-7"/>
        <source>user add needs --role admin, practitioner or receptionist.</source>
        <translation>user add kräver --role admin, practitioner eller receptionist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget lösenord för den nya användaren: ange CLINICDESK_NEW_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="+22"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget nytt lösenord: ange CLINICDESK_NEW_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>Lösenordet för %1 har ändrats.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="+27"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add kräver --first-name och --last-name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: varning: en annan patient har samma identitetsnummer (%1).
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="+21"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="+22"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="+21"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit kräver ett positivt heltal.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+30"/>
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
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="+23"/>
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
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="+22"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day kräver ett giltigt datum skrivet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="+33"/>
        <source>The audit log failed verification: %1</source>
        <translation>Granskningsloggen klarade inte verifieringen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>Granskningsloggen är intakt: %1 poster, kedjan och ankaret är verifierade.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="+19"/>
        <source>backup create needs --out FILE.</source>
        <translation>backup create kräver --out FIL.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written to %1 (%2 patients, %3 audit entries).</source>
        <translation>Säkerhetskopian sparades i %1 (%2 patienter, %3 granskningsposter).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-5"/>
        <source>backup restore needs --to DIR.</source>
        <translation>backup restore kräver --to MAPP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored the backup into %1 (%2 patients).</source>
        <translation>Säkerhetskopian återställdes till %1 (%2 patienter).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+9"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>Säkerhetskopian är intakt: den går att öppna, klarar integritetskontrollen och dess granskningskedja är verifierad (%1 patienter, %2 granskningsposter).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="+46"/>
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
        <location line="+24"/>
        <source>The encounter belongs to another patient.</source>
        <translation>Besöket tillhör en annan patient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="+28"/>
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
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+18"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export kräver --out FIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+25"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+16"/>
        <source>%1 could not be written.</source>
        <translation>%1 kunde inte skrivas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+23"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import kräver --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="+37"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: inga oavslutade inspelningar.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="+43"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: inga ljudingångar hittades.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteContentFile.cpp" line="+11"/>
        <source>The file %1 cannot be read.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a JSON object.</source>
        <translation>Filen %1 är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobWait.cpp" line="+19"/>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout kräver ett antal sekunder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 is still waiting (%2). It runs by itself in ClinicDesk or with clinicdesk-cli jobs run.</source>
        <translation>Jobb %1 väntar fortfarande (%2). Det körs av sig självt i ClinicDesk eller med clinicdesk-cli jobs run.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet due</source>
        <translation>inte dags än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 ended %2: %3</source>
        <translation>Jobb %1 avslutades med status %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+79"/>
        <source>The task must be transcription or notes.</source>
        <translation>Uppgiften måste vara transcription eller notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--api-key-stdin needs --task.</source>
        <translation>--api-key-stdin kräver --task.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key was given on standard input.</source>
        <translation>Ingen API-nyckel angavs på standard in.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiOptions.cpp" line="+37"/>
        <source>The provider must be openai, azure or compatible.</source>
        <translation>Leverantören måste vara openai, azure eller compatible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The base URL must be an http or https address, like https://api.openai.com/v1.</source>
        <translation>Bas-URL:en måste vara en http- eller https-adress, till exempel https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>config ai --task needs --model.</source>
        <translation>config ai --task kräver --model.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure and compatible providers need --base-url.</source>
        <translation>Leverantörerna azure och compatible kräver --base-url.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language must be sv, pl, en, af or auto.</source>
        <translation>Språket måste vara sv, pl, en, af eller auto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note language must be sv, pl, en or af.</source>
        <translation>Anteckningsspråket måste vara sv, pl, en eller af.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--privacy takes on or off.</source>
        <translation>--privacy kräver on eller off.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 måste vara ett heltal från %2 till %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The currency is a three-letter code, like USD.</source>
        <translation>Valutan anges med en kod på tre bokstäver, till exempel SEK.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--budget takes USER=AMOUNT (&quot;none&quot; removes it; 0 holds every AI job of that user).</source>
        <translation>--budget tar ANVÄNDARE=BELOPP (”none” tar bort det; 0 håller kvar alla AI-jobb för den användaren).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The budget must be an amount like 25 or 12.50.</source>
        <translation>Budgeten måste vara ett belopp, till exempel 25 eller 12.50.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--price takes MODEL=PER_AUDIO_MINUTE,PER_MILLION_INPUT_TOKENS,PER_MILLION_OUTPUT_TOKENS.</source>
        <translation>--price kräver MODELL=PER_LJUDMINUT,PER_MILJON_INDATATOKEN,PER_MILJON_UTDATATOKEN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prices must be amounts like 0.006.</source>
        <translation>Priser måste vara belopp, till exempel 0.006.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+50"/>
        <source>Set the provider for this task first (--provider, --model), then its key.</source>
        <translation>Ange först leverantören för den här uppgiften (--provider, --model) och sedan dess nyckel.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>language %1, note language %2, privacy placeholders %3, parts of at most %4 min, %5 in parallel</source>
        <translation>språk %1, anteckningsspråk %2, platshållare för integritet %3, delar på högst %4 min, %5 parallellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="+25"/>
        <source>note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free).</source>
        <translation>note generate kräver --template NAMN (dental-exam, dental-treatment, soap, dap, birp, free).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="+19"/>
        <source>note list needs --encounter ID.</source>
        <translation>note list kräver --encounter ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="+24"/>
        <source>Signed; content hash %1</source>
        <translation>Signerad; innehållets hash %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="+19"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+18"/>
        <source>note %1 needs --content-file FILE (a JSON object in the template&apos;s shape).</source>
        <translation>note %1 kräver --content-file FIL (ett JSON-objekt med mallens struktur).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+16"/>
        <source>Revision %1 saved.</source>
        <translation>Version %1 sparad.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="+19"/>
        <source>note export needs --pdf FILE.</source>
        <translation>note export kräver --pdf FIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="+35"/>
        <source> (custom)</source>
        <translation> (egen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="+26"/>
        <source>%n job(s) ran.</source>
        <translation>
            <numerusform>%n jobb kördes.</numerusform>
            <numerusform>%n jobb kördes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) still waiting.</source>
        <translation>
            <numerusform>%n jobb väntar fortfarande.</numerusform>
            <numerusform>%n jobb väntar fortfarande.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="+32"/>
        <source>The month must look like 2026-11.</source>
        <translation>Månaden måste anges som 2026-11.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+91"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>See clinicdesk-cli help %1.</source>
        <translation>Se clinicdesk-cli help %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the vault folder (default: $CLINICDESK_VAULT, else ClinicDesk&apos;s data folder)</source>
        <translation>valvets mapp (standard: $CLINICDESK_VAULT, annars ClinicDesks datamapp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who signs in (default: the vault&apos;s only administrator)</source>
        <translation>vem som loggar in (standard: valvets enda administratör)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>clinicdesk-cli help COMMAND (or COMMAND --help) shows a command&apos;s arguments and options.</source>
        <translation>clinicdesk-cli help COMMAND (eller COMMAND --help) visar ett kommandos argument och flaggor.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),
CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.
Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,
5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error,
8 the AI provider could not be reached or refused (the job&apos;s reason is printed).</source>
        <translation>Lösenord: CLINICDESK_PASSWORD (inloggning), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),
CLINICDESK_RECOVERY_CODE (user recover); annars efterfrågas de i terminalen (det du skriver visas inte).
Avslutningskoder: 0 ok, 1 felaktig användning, 2 fel lösenord eller låst konto, 3 hittades inte,
4 ogiltig indata, 5 valvet avvisades (skadat, nyare version, inte ett valv, manipulerad säkerhetskopia),
6 åtkomst nekad, 7 systemfel, 8 AI-leverantören kunde inte nås eller nekade (jobbets orsak skrivs ut).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It signs in as --user; the password comes from CLINICDESK_PASSWORD or a prompt without echo.</source>
        <translation>Kommandot loggar in som --user; lösenordet hämtas från CLINICDESK_PASSWORD eller efterfrågas (det du skriver visas inte).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="-24"/>
        <source>books an appointment and prints its id</source>
        <translation>bokar en tid och skriver ut dess ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-26"/>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="-61"/>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="-11"/>
        <source>the patient&apos;s id</source>
        <translation>patientens ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when it starts, like 2026-12-01T09:30 (local time without an offset)</source>
        <translation>när besöket börjar, t.ex. 2026-12-01T09:30 (lokal tid, utan tidszon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long it takes</source>
        <translation>hur länge besöket varar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practitioner&apos;s user name</source>
        <translation>behandlarens användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason for the visit</source>
        <translation>besöksorsaken</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="-10"/>
        <source>lists one local day&apos;s appointments</source>
        <translation>listar de bokade tiderna för en dag (lokal tid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day (default today)</source>
        <translation>dagen (standard: i dag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="-26"/>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="-8"/>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="-23"/>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="-19"/>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-21"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-16"/>
        <location filename="../app/cli/commands/EgressListCommand.cpp" line="+17"/>
        <location filename="../app/cli/commands/JobsListCommand.cpp" line="+13"/>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-5"/>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="+16"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="-8"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="-8"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+1"/>
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="-14"/>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="-23"/>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="-22"/>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="+26"/>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="-7"/>
        <location filename="../app/cli/commands/UserListCommand.cpp" line="+11"/>
        <source>prints JSON instead of text</source>
        <translation>skriver ut JSON i stället för text</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="-2"/>
        <source>lists the audio inputs: id, name, default, preferred rate and channels</source>
        <translation>listar ljudingångarna: ID, namn, standard, föredragen samplingsfrekvens och antal kanaler</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="-1"/>
        <source>lists the audit log, newest first (administrators only)</source>
        <translation>listar granskningsloggen, nyaste först (endast administratörer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N entries (default 100)</source>
        <translation>högst N poster (standard: 100)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="-2"/>
        <source>recomputes the audit log&apos;s hash chain and checks it against the anchor file</source>
        <translation>beräknar om granskningsloggens hashkedja och kontrollerar den mot granskningsankarets fil</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="-3"/>
        <source>writes the vault into one encrypted file while in use (administrators only)</source>
        <translation>skriver valvet till en enda krypterad fil, även medan det används (endast administratörer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation>filen som säkerhetskopian ska skrivas till</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-4"/>
        <source>verifies a backup, then writes it as a new vault into an empty or new folder</source>
        <translation>verifierar en säkerhetskopia och skriver den sedan som ett nytt valv i en tom eller ny mapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-1"/>
        <source>the backup file</source>
        <translation>filen med säkerhetskopian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder of the new vault</source>
        <translation>mappen för det nya valvet</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-2"/>
        <source>checks a backup&apos;s tag, integrity and audit chain, opening it as --user</source>
        <translation>kontrollerar en säkerhetskopias tagg, integritet och granskningskedja och öppnar den som --user</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="-135"/>
        <source>sets AI providers, API keys, languages, limits, prices, budgets; or shows them</source>
        <translation>ställer in eller visar AI-leverantörer, API-nycklar, språk, gränser, priser och budgetar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the task whose provider or key is set</source>
        <translation>uppgiften vars leverantör eller nyckel ställs in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task&apos;s provider</source>
        <translation>uppgiftens leverantör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model (for Azure classic: the deployment)</source>
        <translation>modellen (för klassisk Azure: distributionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s http or https address (Azure and compatible)</source>
        <translation>leverantörens http- eller https-adress (azure och compatible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Azure API version (default 2024-10-21)</source>
        <translation>API-versionen för Azure (standard: 2024-10-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses Azure&apos;s {endpoint}/openai/v1</source>
        <translation>använder Azures adress {endpoint}/openai/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends the key as a Bearer token instead of api-key</source>
        <translation>skickar nyckeln som Bearer-token i stället för i huvudet api-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets the task&apos;s fallback provider instead</source>
        <translation>ställer i stället in uppgiftens reservleverantör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reads the task&apos;s API key from one line of standard input into the keychain</source>
        <translation>läser uppgiftens API-nyckel från en rad på standard in och sparar den i nyckelringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletes the task&apos;s API key from the keychain</source>
        <translation>tar bort uppgiftens API-nyckel från nyckelringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the transcription language (auto: detected)</source>
        <translation>transkriberingens språk (auto: identifieras automatiskt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms that help the transcription</source>
        <translation>termer som hjälper transkriberingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of notes</source>
        <translation>anteckningarnas språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces names and national ids with placeholders in notes</source>
        <translation>ersätter namn och ID-nummer med platshållare när anteckningar skrivs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest part of a recording sent in one request</source>
        <translation>den längsta del av en inspelning som skickas i en begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many parts are sent at once</source>
        <translation>hur många delar som skickas samtidigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request timeout</source>
        <translation>tidsgränsen för en begäran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of prices (three letters)</source>
        <translation>prisernas valuta (tre bokstäver)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model&apos;s price per audio minute and per million input and output tokens</source>
        <translation>en modells pris per ljudminut och per miljon indata- och utdatatoken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user&apos;s monthly budget (none removes it; 0 holds every job)</source>
        <translation>en användares månadsbudget (none tar bort den; 0 håller kvar alla jobb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the settings after the changes</source>
        <translation>skriver ut inställningarna efter ändringarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the stored settings as JSON (no keys)</source>
        <translation>skriver ut de sparade inställningarna som JSON (utan nycklar)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/EgressListCommand.cpp" line="-2"/>
        <source>lists every request that left this computer, newest first</source>
        <translation>listar alla begäranden som har lämnat den här datorn, nyaste först</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N requests (default 1000)</source>
        <translation>högst N begäranden (standard: 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="-40"/>
        <source>creates a vault in an empty or new folder; prints the recovery code once</source>
        <translation>skapar ett valv i en tom eller ny mapp; skriver ut återställningskoden en enda gång</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first administrator&apos;s user name</source>
        <translation>den första administratörens användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-33"/>
        <source>the name shown for the user</source>
        <translation>användarens visningsnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the administrator&apos;s profession, if clinical</source>
        <translation>administratörens yrke, om kliniskt verksam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-1"/>
        <source>the professional licence number</source>
        <translation>legitimationsnumret</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsCancelCommand.cpp" line="+10"/>
        <source>cancels a job that has not ended; a running job&apos;s result is not kept (audited)</source>
        <translation>avbryter ett jobb som inte är avslutat; om jobbet körs sparas inte resultatet (loggförs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="+12"/>
        <source>the job&apos;s id</source>
        <translation>jobbets ID</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsListCommand.cpp" line="-2"/>
        <source>lists the jobs, newest first: id, kind, state, progress, last error</source>
        <translation>listar jobben, nyaste först: ID, typ, status, förlopp, senaste fel</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="-2"/>
        <source>queues a stopped job again, due now, with a fresh attempt count (audited)</source>
        <translation>köar ett stoppat jobb igen för körning direkt, med nollställt antal försök (loggförs)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="-17"/>
        <source>runs every job that is due now; prints how many ran and how many still wait</source>
        <translation>kör alla jobb som ska köras nu; skriver ut hur många som kördes och hur många som väntar</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="-8"/>
        <source>corrects a signed note with a new draft that amends it; prints its id</source>
        <translation>rättar en signerad anteckning med ett tillägg (ett nytt utkast); skriver ut tilläggets ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signed note&apos;s id</source>
        <translation>den signerade anteckningens ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="-20"/>
        <source>a JSON object in the template&apos;s shape</source>
        <translation>ett JSON-objekt med mallens struktur</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="-3"/>
        <source>saves a new revision of a draft; a signed note is refused</source>
        <translation>sparar en ny version av ett utkast; en signerad anteckning kan inte ändras</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="-6"/>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="-1"/>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="-12"/>
        <source>the note&apos;s id</source>
        <translation>anteckningens ID</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="-1"/>
        <source>writes a note as a PDF (audited)</source>
        <translation>skriver en anteckning som PDF (loggförs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="-19"/>
        <source>the file to write; an existing one is refused</source>
        <translation>filen som ska skrivas; en befintlig fil skrivs inte över</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="-14"/>
        <source>queues a note from an encounter&apos;s transcripts; prints the job id (--wait: the note id)</source>
        <translation>köar en anteckning från besökets transkriptioner; skriver ut jobb-ID (--wait: antecknings-ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-1"/>
        <source>the encounter&apos;s id</source>
        <translation>besökets ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dental-exam, dental-treatment, soap, dap, birp, free or the clinic&apos;s own</source>
        <translation>dental-exam, dental-treatment, soap, dap, birp, free eller en av mottagningens egna</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+14"/>
        <source>runs the queue until the job ends</source>
        <translation>kör kön tills jobbet är avslutat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+2"/>
        <source>how long --wait waits (default 900)</source>
        <translation>hur länge --wait väntar (standard: 900)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-2"/>
        <source>lists an encounter&apos;s notes: id, template, draft or signed, last change</source>
        <translation>listar ett besöks anteckningar: ID, mall, utkast eller signerad, senaste ändring</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="-2"/>
        <source>shows a note&apos;s content, and a notice if the transcript was summarised</source>
        <translation>visar en antecknings innehåll och ett meddelande om transkriptionen sammanfattades</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="-2"/>
        <source>signs a draft and prints its SHA-256 content hash; it cannot change afterwards</source>
        <translation>signerar ett utkast och skriver ut innehållets SHA-256-hash; därefter kan det inte ändras</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="-44"/>
        <source>adds a patient and prints the new id; warns if another has the same national id</source>
        <translation>lägger till en patient och skriver ut dess ID; varnar om en annan patient har samma ID-nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first name</source>
        <translation>förnamnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last name</source>
        <translation>efternamnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of birth</source>
        <translation>födelsedatumet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer, samordningsnummer, PESEL or South African ID; checked when given</source>
        <translation>personnummer, samordningsnummer, PESEL-nummer eller sydafrikanskt ID-nummer; kontrolleras när det anges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the phone number</source>
        <translation>telefonnumret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address</source>
        <translation>e-postadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal address</source>
        <translation>postadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinical notes (clinical roles only)</source>
        <translation>journalanteckningar (endast kliniska roller)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="-1"/>
        <source>lists patients&apos; demographics, sorted by last name</source>
        <translation>listar patienternas personuppgifter, sorterade efter efternamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N patients (default 1000)</source>
        <translation>högst N patienter (standard: 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="-3"/>
        <source>searches by name prefix (diacritics folded), national id, phone digits, e-mail</source>
        <translation>söker på namnets början (diakritiska tecken ignoreras), ID-nummer, telefonnummer, e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what to look for</source>
        <translation>det som ska sökas efter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N patients (default 50)</source>
        <translation>högst N patienter (standard: 50)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-3"/>
        <source>shows one patient record (audited); clinical notes only for clinical roles</source>
        <translation>visar en patients uppgifter (loggförs); journalanteckningar endast för kliniska roller</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="-2"/>
        <source>records from the microphone until --seconds or Ctrl+C; prints the recording id</source>
        <translation>spelar in från mikrofonen tills --seconds har gått eller Ctrl+C; skriver ut inspelningens ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+2"/>
        <source>an encounter of that patient (default: a new one)</source>
        <translation>ett besök för den patienten (standard: ett nytt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stops after N seconds (1 to 86400)</source>
        <translation>stoppar efter N sekunder (1 till 86400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an input&apos;s id or name from audio devices (default: the system&apos;s default input)</source>
        <translation>ID eller namn på en ingång från audio devices (standard: systemets standardingång)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records the patient&apos;s consent on the encounter</source>
        <translation>registrerar patientens samtycke för besöket</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="-4"/>
        <source>writes a recording&apos;s Ogg Opus file, unencrypted, at your request (audited)</source>
        <translation>skriver inspelningens Ogg Opus-fil okrypterad, på din begäran (loggförs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="-3"/>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="-1"/>
        <source>the recording&apos;s id</source>
        <translation>inspelningens ID</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="-5"/>
        <source>imports a wav, mp3, m4a, ogg, webm or flac file as a recording and prints its id</source>
        <translation>importerar en wav-, mp3-, m4a-, ogg-, webm- eller flac-fil som inspelning och skriver ut dess ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audio file</source>
        <translation>ljudfilen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="-3"/>
        <source>lists recordings, newest first; warns when some wait for recovery</source>
        <translation>listar inspelningar, nyaste först; varnar om några väntar på att återställas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this patient&apos;s recordings</source>
        <translation>endast den här patientens inspelningar</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="-1"/>
        <source>closes recordings left unfinished by a crash or a kill (audited)</source>
        <translation>avslutar inspelningar som blev oavslutade vid en krasch eller tvångsavslutning (loggförs)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="-1"/>
        <source>lists the note templates: key, name, built-in or custom</source>
        <translation>listar anteckningsmallarna: nyckel, namn, inbyggd eller egen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="-2"/>
        <source>queues a recording&apos;s transcription; prints the job id (--wait: the transcript id)</source>
        <translation>köar transkribering av en inspelning; skriver ut jobb-ID (--wait: transkriptions-ID)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="-2"/>
        <source>shows the newest transcript of a recording, one timed segment per line</source>
        <translation>visar den senaste transkriptionen av en inspelning, ett tidsatt segment per rad</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="-2"/>
        <source>a month&apos;s AI usage per user and model, with the estimated cost</source>
        <translation>visar en månads AI-användning per användare och modell, med uppskattad kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the month (default this one)</source>
        <translation>månaden (standard: innevarande)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-6"/>
        <source>adds a user with a role (administrators only) and prints the new id</source>
        <translation>lägger till en användare med en roll (endast administratörer) och skriver ut dess ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new user&apos;s sign-in name</source>
        <translation>den nya användarens inloggningsnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the user may see and do</source>
        <translation>vad användaren får se och göra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dentist or therapist</source>
        <translation>dentist (tandläkare) eller therapist (terapeut)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserListCommand.cpp" line="-1"/>
        <source>lists the users and their roles</source>
        <translation>listar användarna och deras roller</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="-20"/>
        <source>changes one&apos;s own password, or anyone&apos;s for an administrator</source>
        <translation>byter det egna lösenordet; en administratör kan byta allas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose password changes</source>
        <translation>användaren vars lösenord byts</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="-28"/>
        <source>sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)</source>
        <translation>sätter ett nytt lösenord med återställningskoden (CLINICDESK_RECOVERY_CODE eller inmatning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whose password is reset</source>
        <translation>användaren vars lösenord återställs</translation>
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
        <location filename="../core/repo/EncounterRepository.cpp" line="+118"/>
        <location line="+34"/>
        <source>The encounter does not exist.</source>
        <translation>Besöket finns inte.</translation>
    </message>
</context>
<context>
    <name>EncounterService</name>
    <message>
        <location filename="../ui/services/EncounterService.cpp" line="+55"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>Inspelningen kunde inte sparas i ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+472"/>
        <source>The request to %1 has an invalid header.</source>
        <translation>Begäran till %1 har ett ogiltigt huvud.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API key contains characters that cannot be sent to %1.</source>
        <translation>API-nyckeln innehåller tecken som inte kan skickas till %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The request to %1 has an invalid method.</source>
        <translation>Begäran till %1 har en ogiltig metod.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+86"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Begäran till %1 avbröts.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Connecting to %1 took too long.</source>
        <translation>Anslutningen till %1 tog för lång tid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took too long to answer.</source>
        <translation>%1 tog för lång tid på sig att svara.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address of %1 is not valid.</source>
        <translation>Adressen till %1 är ogiltig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found. Check the internet connection.</source>
        <translation>%1 kunde inte hittas. Kontrollera internetanslutningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server for %1 could not be found.</source>
        <translation>Proxyservern för %1 kunde inte hittas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1.</source>
        <translation>Kunde inte ansluta till %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate could not be verified, so the connection to %1 was refused.</source>
        <translation>Serverns certifikat kunde inte verifieras, så anslutningen till %1 nekades.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A secure connection to %1 could not be established.</source>
        <translation>En säker anslutning till %1 kunde inte upprättas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to %1 was lost.</source>
        <translation>Anslutningen till %1 bröts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>The request to %1 failed.</source>
        <translation>Begäran till %1 misslyckades.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The address %1 is not a valid web address.</source>
        <translation>Adressen %1 är inte en giltig webbadress.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network library could not be started.</source>
        <translation>Nätverksbiblioteket kunde inte startas.</translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <location filename="../core/jobs/JobRepository.cpp" line="+56"/>
        <source>The job does not exist.</source>
        <translation>Jobbet finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job was cancelled or taken over while it ran; its result was not kept.</source>
        <translation>Jobbet avbröts eller togs över medan det kördes; resultatet sparades inte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A job needs a kind.</source>
        <translation>Ett jobb måste ha en typ.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The job is already running.</source>
        <translation>Jobbet körs redan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+179"/>
        <source>The job has already finished.</source>
        <translation>Jobbet är redan avslutat.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The job is not waiting to run. Retry it first.</source>
        <translation>Jobbet väntar inte på att köras. Starta om det först.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The job has already finished and cannot be cancelled.</source>
        <translation>Jobbet är redan avslutat och kan inte avbrytas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Another job for the same recording or note is already waiting or running, so this one is not queued again.</source>
        <translation>Ett annat jobb för samma inspelning eller anteckning väntar redan eller körs, så det här jobbet läggs inte i kön igen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The job is running now.</source>
        <translation>Jobbet körs just nu.</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <location filename="../core/util/JsonSchema.cpp" line="+181"/>
        <source>At #: the root of the schema must be an object, not anyOf.</source>
        <translation>Vid #: schemats rot måste vara ett objekt, inte anyOf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At #: the root of the schema must have &quot;type&quot;: &quot;object&quot;.</source>
        <translation>Vid #: schemats rot måste ha &quot;type&quot;: &quot;object&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At #/$defs: $defs must be an object of named schemas.</source>
        <translation>Vid #/$defs: $defs måste vara ett objekt med namngivna scheman.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At #: the schema has %1 properties in all; strict mode allows at most %2.</source>
        <translation>Vid #: schemat har totalt %1 egenskaper; strikt läge tillåter högst %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At #: the schema has %1 enum values in all; strict mode allows at most %2.</source>
        <translation>Vid #: schemat har totalt %1 enum-värden; strikt läge tillåter högst %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: a schema must be a JSON object.</source>
        <translation>Vid %1: ett schema måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: &quot;type&quot; must be one of string, number, integer, boolean, object, array or null, or a list of different ones.</source>
        <translation>Vid %1: &quot;type&quot; måste vara en av string, number, integer, boolean, object, array eller null, eller en lista med olika sådana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: the schema has no &quot;type&quot;.</source>
        <translation>Vid %1: schemat saknar &quot;type&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: &quot;$ref&quot; must point to a schema in the root&apos;s $defs.</source>
        <translation>Vid %1: &quot;$ref&quot; måste peka på ett schema i rotens $defs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: $defs is supported only at the root of the schema.</source>
        <translation>Vid %1: $defs stöds bara i schemats rot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>Vid %1: &quot;enum&quot; måste vara en lista som inte är tom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;enum&quot; values must be strings, numbers, booleans or null.</source>
        <translation>Vid %1: värdena i &quot;enum&quot; måste vara strängar, tal, booleska värden eller null.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: &quot;anyOf&quot; must be a non-empty list of schemas.</source>
        <translation>Vid %1: &quot;anyOf&quot; måste vara en lista med scheman som inte är tom.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At %1: an array needs &quot;items&quot; with one schema for its elements.</source>
        <translation>Vid %1: en array behöver &quot;items&quot; med ett schema för sina element.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: objects are nested more than %2 levels deep.</source>
        <translation>Vid %1: objekten är nästlade mer än %2 nivåer djupt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: every object needs &quot;additionalProperties&quot;: false.</source>
        <translation>Vid %1: varje objekt behöver &quot;additionalProperties&quot;: false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;properties&quot; must be an object of named schemas.</source>
        <translation>Vid %1: &quot;properties&quot; måste vara ett objekt med namngivna scheman.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At %1: every object needs &quot;required&quot; listing all of its properties.</source>
        <translation>Vid %1: varje objekt behöver &quot;required&quot; med alla sina egenskaper.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: &quot;required&quot; must list every property; missing: %2.</source>
        <translation>Vid %1: &quot;required&quot; måste innehålla alla egenskaper; saknas: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: &quot;required&quot; names properties that are not defined: %2.</source>
        <translation>Vid %1: &quot;required&quot; nämner egenskaper som inte är definierade: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1: &quot;%2&quot; is not supported in strict mode.</source>
        <translation>Vid %1: &quot;%2&quot; stöds inte i strikt läge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1: the keyword &quot;%2&quot; is not supported in strict mode.</source>
        <translation>Vid %1: nyckelordet &quot;%2&quot; stöds inte i strikt läge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: &quot;%2&quot; must be text.</source>
        <translation>Vid %1: &quot;%2&quot; måste vara text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;pattern&quot; must be a valid regular expression.</source>
        <translation>Vid %1: &quot;pattern&quot; måste vara ett giltigt reguljärt uttryck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: &quot;format&quot; must be one of %2.</source>
        <translation>Vid %1: &quot;format&quot; måste vara ett av %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;%2&quot; must be a number.</source>
        <translation>Vid %1: &quot;%2&quot; måste vara ett tal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;multipleOf&quot; must be a number greater than zero.</source>
        <translation>Vid %1: &quot;multipleOf&quot; måste vara ett tal större än noll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;%2&quot; must be a whole number, zero or more.</source>
        <translation>Vid %1: &quot;%2&quot; måste vara ett heltal, noll eller större.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: &quot;minItems&quot; is greater than &quot;maxItems&quot;.</source>
        <translation>Vid %1: &quot;minItems&quot; är större än &quot;maxItems&quot;.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>At %1: the schema is nested too deeply to check.</source>
        <translation>Vid %1: schemat är för djupt nästlat för att kunna kontrolleras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: there is no value.</source>
        <translation>Vid %1: det finns inget värde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the schema refers to a definition that does not exist.</source>
        <translation>Vid %1: schemat hänvisar till en definition som inte finns.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>At %1: expected %2, found %3.</source>
        <translation>Vid %1: förväntade %2, hittade %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the value is not one of the allowed values.</source>
        <translation>Vid %1: värdet är inte ett av de tillåtna värdena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the value is not the one the schema requires.</source>
        <translation>Vid %1: värdet är inte det som schemat kräver.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At %1: the value matches none of the allowed forms.</source>
        <translation>Vid %1: värdet motsvarar ingen av de tillåtna formerna.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the schema&apos;s pattern is not a valid regular expression.</source>
        <translation>Vid %1: schemats mönster är inte ett giltigt reguljärt uttryck.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: the text does not match the pattern %2.</source>
        <translation>Vid %1: texten matchar inte mönstret %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: the text is shorter than %2 characters.</source>
        <translation>Vid %1: texten är kortare än %2 tecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the text is longer than %2 characters.</source>
        <translation>Vid %1: texten är längre än %2 tecken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the number is less than the minimum %2.</source>
        <translation>Vid %1: talet är mindre än minimivärdet %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the number is greater than the maximum %2.</source>
        <translation>Vid %1: talet är större än maxvärdet %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: the number must be greater than %2.</source>
        <translation>Vid %1: talet måste vara större än %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: the number must be less than %2.</source>
        <translation>Vid %1: talet måste vara mindre än %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the number is not a multiple of %2.</source>
        <translation>Vid %1: talet är inte en multipel av %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the list has fewer than %2 items.</source>
        <translation>Vid %1: listan har färre än %2 element.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the list has more than %2 items.</source>
        <translation>Vid %1: listan har fler än %2 element.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the list must be empty.</source>
        <translation>Vid %1: listan måste vara tom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: a required property is missing.</source>
        <translation>Vid %1: en obligatorisk egenskap saknas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At %1: the object has properties the schema does not allow (%2).</source>
        <translation>Vid %1: objektet har egenskaper som schemat inte tillåter (%2).</translation>
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
        <location filename="../core/keychain/KeychainStore.cpp" line="+20"/>
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
    <name>NoteGenerator</name>
    <message>
        <location filename="../core/ai/NoteGenerator.cpp" line="+142"/>
        <source>There is no transcript to write the note from. Transcribe a recording of this encounter first.</source>
        <translation>Det finns ingen transkription att skriva anteckningen utifrån. Transkribera först en inspelning från det här besöket.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The transcript was too long for one request, so it was summarised in %1 parts and the note was written from the summaries. Check the note against the transcript.</source>
        <translation>Transkriptionen var för lång för en enda begäran, så den sammanfattades i %1 delar och anteckningen skrevs utifrån sammanfattningarna. Kontrollera anteckningen mot transkriptionen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The provider&apos;s answer did not contain a note.</source>
        <translation>Leverantörens svar innehöll ingen anteckning.</translation>
    </message>
</context>
<context>
    <name>NotePdfExporter</name>
    <message>
        <location filename="../core/export/NotePdfExporter.cpp" line="+151"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>DRAFT – not signed</source>
        <translation>UTKAST – inte signerad</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Addendum: %1</source>
        <translation>Tillägg: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This note may still change. It is not part of the signed record.</source>
        <translation>Den här anteckningen kan fortfarande ändras. Den ingår inte i den signerade journalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>licence no. %1</source>
        <translation>leg.nr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinician</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note ID</source>
        <translation>Antecknings-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This addendum corrects or completes note %1</source>
        <translation>Det här tillägget rättar eller kompletterar anteckning %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed %1</source>
        <translation>signerad %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(SHA-256 %1)</source>
        <translation>(SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original note is unchanged.</source>
        <translation>Den ursprungliga anteckningen är oförändrad.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed electronically by %1 on %2. The signed note cannot be changed; corrections are added as addenda.</source>
        <translation>Signerad elektroniskt av %1 den %2. Den signerade anteckningen kan inte ändras; rättelser läggs till som tillägg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content SHA-256:</source>
        <translation>Innehållets SHA-256:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed.</source>
        <translation>Inte signerad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF export needs the graphical part of the application.</source>
        <translation>PDF-export kräver programmets grafiska del.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 finns redan. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+29"/>
        <location line="+32"/>
        <source>The PDF could not be written.</source>
        <translation>PDF-filen kunde inte skrivas.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1, born %2</source>
        <translation>%1, född %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/repo/NoteRepository.cpp" line="+70"/>
        <source>The note does not exist.</source>
        <translation>Anteckningen finns inte.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>A note needs an encounter and a template.</source>
        <translation>En anteckning måste ha ett besök och en mall.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+114"/>
        <source>The note template does not exist.</source>
        <translation>Anteckningsmallen finns inte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A note was already written for this job.</source>
        <translation>En anteckning har redan skrivits för det här jobbet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This note is signed and cannot be changed; add an addendum instead.</source>
        <translation>Anteckningen är signerad och kan inte ändras; lägg till ett tillägg i stället.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This note is already signed.</source>
        <translation>Anteckningen är redan signerad.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This draft does not match its template yet (%n problem(s); the first: %1). Fix the marked fields and save the draft, then sign it.</source>
        <translation>
            <numerusform>Utkastet stämmer inte med sin mall än (%n problem: %1). Rätta de markerade fälten, spara utkastet och signera det sedan.</numerusform>
            <numerusform>Utkastet stämmer inte med sin mall än (%n problem; det första: %1). Rätta de markerade fälten, spara utkastet och signera det sedan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only a signed note takes an addendum; this draft can still be edited.</source>
        <translation>Endast en signerad anteckning kan få ett tillägg; det här utkastet kan fortfarande redigeras.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The note is not signed, so it has no hash to verify.</source>
        <translation>Anteckningen är inte signerad, så den har ingen hash att verifiera.</translation>
    </message>
</context>
<context>
    <name>NoteSchemaField</name>
    <message>
        <location filename="../ui/encounter/NoteSchemaField.cpp" line="+254"/>
        <source>%1: “%2” is not a Universal tooth number (1–32 or A–T).</source>
        <translation>%1: ”%2” är inte ett tandnummer enligt Universalsystemet (1–32 eller A–T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not an FDI tooth number (e.g. 16 or 75).</source>
        <translation>%1: ”%2” är inte ett tandnummer enligt FDI (t.ex. 16 eller 75).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: choose one of %2.</source>
        <translation>%1: välj en av %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: enter a number.</source>
        <translation>%1: ange ett tal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1: ”%2” är inte ett heltal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: ”%2” är inte ett tal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: ”%2” är inte en av %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: this is not valid JSON.</source>
        <translation>%1: detta är inte giltig JSON.</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <location filename="../ui/services/NoteService.cpp" line="+105"/>
        <source>“%1” could not be replaced.</source>
        <translation>”%1” kunde inte ersättas.</translation>
    </message>
</context>
<context>
    <name>NoteTemplateRepository</name>
    <message>
        <location filename="../core/repo/NoteTemplateRepository.cpp" line="+28"/>
        <source>Dental examination</source>
        <translation>Tandundersökning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dental examination: complaint, history changes, extraoral and soft-tissue findings, findings per tooth (FDI), periodontal status, radiographs, diagnosis and treatment plan.</source>
        <translation>En tandundersökning: besvär, ändringar i anamnesen, extraorala fynd och mjukdelsfynd, fynd per tand (FDI), parodontalstatus, röntgenbilder, diagnos och behandlingsplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dental treatment</source>
        <translation>Tandbehandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dental treatment visit: complaint, procedures per tooth (FDI) with materials and anaesthesia, complications, post-operative instructions and the next visit.</source>
        <translation>Ett behandlingsbesök hos tandläkaren: besvär, åtgärder per tand (FDI) med material och bedövning, komplikationer, instruktioner efter ingreppet och nästa besök.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOAP note</source>
        <translation>SOAP-anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjective, Objective, Assessment and Plan: the classic structure for a clinical visit or therapy session.</source>
        <translation>Subjektivt, Objektivt, Bedömning och Plan (Subjective, Objective, Assessment, Plan): den klassiska strukturen för ett kliniskt besök eller en terapisession.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAP note</source>
        <translation>DAP-anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data, Assessment and Plan: a compact session note common in therapy and counselling.</source>
        <translation>Data, Bedömning och Plan (Data, Assessment, Plan): en kompakt sessionsanteckning som är vanlig inom terapi och rådgivning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIRP note</source>
        <translation>BIRP-anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour, Intervention, Response and Plan: a session note focused on the client&apos;s behaviour and response to interventions.</source>
        <translation>Beteende, Intervention, Respons och Plan (Behaviour, Intervention, Response, Plan): en sessionsanteckning med fokus på klientens beteende och respons på interventioner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text</source>
        <translation>Fritext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free-text note: a short title and the note itself, for anything the structured templates do not fit.</source>
        <translation>En fritextanteckning: en kort rubrik och själva anteckningen, för allt som de strukturerade mallarna inte passar för.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The note template does not exist.</source>
        <translation>Anteckningsmallen finns inte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note template needs a name.</source>
        <translation>En anteckningsmall måste ha ett namn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template name can have at most %1 characters.</source>
        <translation>Ett mallnamn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A built-in note template is missing from this installation.</source>
        <translation>En inbyggd anteckningsmall saknas i den här installationen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A built-in note template is damaged in this installation.</source>
        <translation>En inbyggd anteckningsmall är skadad i den här installationen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>There is no note template &quot;%1&quot;. Valid templates: %2.</source>
        <translation>Det finns ingen anteckningsmall ”%1”. Giltiga mallar: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The built-in template &quot;%1&quot; cannot be changed. Copy it and edit the copy.</source>
        <translation>Den inbyggda mallen ”%1” kan inte ändras. Kopiera den och redigera kopian.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A template key may have 1 to 64 characters: letters a-z and A-Z, digits, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>En mallnyckel får ha 1–64 tecken: bokstäverna a-z och A-Z, siffror, &quot;_&quot; och &quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;%1&quot; belongs to a built-in template.</source>
        <translation>Nyckeln ”%1” tillhör en inbyggd mall.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A note template with the key &quot;%1&quot; already exists.</source>
        <translation>Det finns redan en anteckningsmall med nyckeln ”%1”.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A note template needs instructions for the model.</source>
        <translation>En anteckningsmall måste ha instruktioner till modellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The instructions can have at most %1 characters.</source>
        <translation>Instruktionerna får vara högst %1 tecken långa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template&apos;s schema cannot be used for notes: %1</source>
        <translation>Mallens schema kan inte användas för anteckningar: %1</translation>
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
    <name>OggOpusSplitter</name>
    <message>
        <location filename="../core/audio/OggOpusSplitter.cpp" line="+122"/>
        <source>The recording is not an Ogg Opus audio stream.</source>
        <translation>Inspelningen är inte en Ogg Opus-ljudström.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The recording holds more than one audio stream and cannot be split.</source>
        <translation>Inspelningen innehåller mer än en ljudström och kan inte delas upp.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>The recording contains no audio.</source>
        <translation>Inspelningen innehåller inget ljud.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>The size limits for recording parts must be positive.</source>
        <translation>Storleksgränserna för inspelningens delar måste vara positiva.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The recording cannot be split into parts as small as the provider requires.</source>
        <translation>Inspelningen kan inte delas upp i så små delar som leverantören kräver.</translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <location filename="../core/ai/OpenAiClient.cpp" line="+242"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Begäran till %1 avbröts.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>HTTP status %1</source>
        <translation>HTTP-status %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account at %1 has run out of credit or reached its spending limit. Check the plan and billing with the provider; the work waits until then.</source>
        <translation>Kontot hos %1 har slut på kredit eller har nått sin utgiftsgräns. Kontrollera abonnemang och fakturering hos leverantören; arbetet väntar tills dess.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy (rate limit reached); the request will be retried.</source>
        <translation>%1 är upptagen (gränsen för antal begäranden har nåtts); begäran görs om.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not answer (HTTP %2); the request will be retried.</source>
        <translation>%1 kunde inte svara (HTTP %2); begäran görs om.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was too large for %1 (%2).</source>
        <translation>Begäran var för stor för %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 nekade begäran: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gave an unexpected answer (HTTP %2).</source>
        <translation>%1 gav ett oväntat svar (HTTP %2).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 Check the provider in AI &gt; AI settings.</source>
        <translation>%1 Kontrollera leverantören under AI &gt; AI-inställningar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key was refused by %1. Enter a new key in AI &gt; AI settings.</source>
        <translation>%1 nekade API-nyckeln. Ange en ny nyckel under AI &gt; AI-inställningar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The model or deployment &quot;%1&quot; was not found at %2. Check the provider and model in AI &gt; AI settings.</source>
        <translation>Modellen eller distributionen ”%1” hittades inte hos %2. Kontrollera leverantör och modell under AI &gt; AI-inställningar.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No AI provider and model are set up for this task. Set them in AI &gt; AI settings.</source>
        <translation>Ingen AI-leverantör och modell är konfigurerade för den här uppgiften. Ange dem under AI &gt; AI-inställningar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No API key is stored for %1. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Ingen API-nyckel är sparad för %1. Ange den under AI &gt; AI-inställningar eller med clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+157"/>
        <location line="+35"/>
        <location line="+34"/>
        <source>The provider&apos;s answer was not valid JSON (%1).</source>
        <translation>Leverantörens svar var inte giltig JSON (%1).</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>The answer from %1 holds no transcription.</source>
        <translation>Svaret från %1 innehåller ingen transkription.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The recording part to transcribe is empty.</source>
        <translation>Inspelningsdelen som ska transkriberas är tom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording part is too large to send to %1 (at most 25 MiB per request).</source>
        <translation>Inspelningsdelen är för stor för att skickas till %1 (högst 25 MiB per begäran).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The answer format has an invalid name.</source>
        <translation>Svarsformatet har ett ogiltigt namn.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The server at %1 does not support structured (JSON schema) answers, which notes need.</source>
        <translation>Servern på %1 stöder inte strukturerade svar (JSON-schema), vilket anteckningar kräver.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The model refused to write this answer: &quot;%1&quot;</source>
        <translation>Modellen vägrade att skriva det här svaret: ”%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer was cut off because it became too long (too long for the output limit). Try a shorter input or a larger limit.</source>
        <translation>Svaret klipptes av eftersom det blev för långt (för långt för utdatagränsen). Försök med kortare indata eller en högre gräns.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>Leverantörens innehållsfilter stoppade svaret.</translation>
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
        <location filename="../core/repo/PatientRepository.cpp" line="+37"/>
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
        <location line="+68"/>
        <location line="+114"/>
        <location line="+60"/>
        <location line="+64"/>
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
        <location filename="../core/repo/RecordingRepository.cpp" line="+36"/>
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
        <location line="+136"/>
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
    <name>RunnerJobContext</name>
    <message>
        <location filename="../core/jobs/RunnerJobContext.cpp" line="+43"/>
        <source>The job&apos;s result was already saved.</source>
        <translation>Jobbets resultat har redan sparats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job was cancelled; its result was not kept.</source>
        <translation>Jobbet avbröts; resultatet sparades inte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The job was cancelled or taken over while it ran; its result was not kept.</source>
        <translation>Jobbet avbröts eller togs över medan det kördes; resultatet sparades inte.</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <location filename="../core/ai/Transcriber.cpp" line="+122"/>
        <source>The transcription was cancelled.</source>
        <translation>Transkriberingen avbröts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part of the recording was not sent.</source>
        <translation>En del av inspelningen skickades inte.</translation>
    </message>
</context>
<context>
    <name>TranscriptRepository</name>
    <message>
        <location filename="../core/repo/TranscriptRepository.cpp" line="+74"/>
        <source>A transcript needs the recording it was made from.</source>
        <translation>En transkription måste ha den inspelning som den gjordes från.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording does not exist.</source>
        <translation>Inspelningen finns inte.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The transcript does not exist.</source>
        <translation>Transkriptionen finns inte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This recording has not been transcribed yet.</source>
        <translation>Inspelningen har inte transkriberats än.</translation>
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
        <location line="+63"/>
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
    <name>clinicdesk::AiSettingsPage</name>
    <message>
        <location filename="../ui/settings/AiSettingsPage.cpp" line="+43"/>
        <source>Detect automatically</source>
        <translation>Identifiera automatiskt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Spara inställningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator can change these settings. You can still store this computer&apos;s API keys and test the connection.</source>
        <translation>Endast en administratör kan ändra de här inställningarna. Du kan ändå spara den här datorns API-nycklar och testa anslutningen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;AI settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AI-inställningar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers</source>
        <translation>Leverantörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription and notes</source>
        <translation>Transkribering och anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets</source>
        <translation>Priser och budgetar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note templates</source>
        <translation>Anteckningsmallar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each task can use its own provider. API keys are kept in this computer&apos;s keychain, never in the clinic&apos;s vault: enter the key on every computer that sends requests.</source>
        <translation>Varje uppgift kan använda en egen leverantör. API-nycklar sparas i den här datorns nyckelring, aldrig i mottagningens valv: ange nyckeln på varje dator som skickar begäranden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Transcription</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+72"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Fallback provider (used when the first cannot be reached)</source>
        <translation>Reservleverantör (används när den första inte kan nås)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the key and that the model is offered, with the values shown here (a key typed above is stored first).</source>
        <translation>Kontrollerar nyckeln och att modellen erbjuds, med värdena som visas här (en nyckel som skrivits in ovan sparas först).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words the recordings often contain, in their language: tooth numbers, materials, drug names…</source>
        <translation>Ord som ofta förekommer i inspelningarna, på deras språk: tandnummer, material, läkemedelsnamn…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace names and national ids with placeholders before writing notes</source>
        <translation>Ersätt namn och ID-nummer med platshållare innan anteckningar skrivs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the recordings:</source>
        <translation>Inspelningarnas språk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary:</source>
        <translation>Ordlista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest part sent at once:</source>
        <translation>Längsta del som skickas åt gången:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts sent at the same time:</source>
        <translation>Delar som skickas samtidigt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the notes:</source>
        <translation>Anteckningarnas språk:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per audio minute</source>
        <translation>Per ljudminut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million input tokens</source>
        <translation>Per miljon indatatoken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million output tokens</source>
        <translation>Per miljon utdatatoken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add model</source>
        <translation>&amp;Lägg till modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove model</source>
        <translation>Ta &amp;bort modell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimates for the usage page and the budgets; the provider&apos;s invoice is what counts. Models not listed count as free.</source>
        <translation>Uppskattningar för användningssidan och budgetarna; det är leverantörens faktura som gäller. Modeller som inte finns i listan räknas som kostnadsfria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly budget per user</source>
        <translation>Månadsbudget per användare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget per month (empty: none)</source>
        <translation>Budget per månad (tomt: ingen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a user&apos;s AI requests this month reach the budget, their further jobs wait until an administrator raises it or the month ends.</source>
        <translation>När en användares AI-begäranden den här månaden når budgeten väntar användarens fortsatta jobb tills en administratör höjer den eller månaden tar slut.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, fallback provider: %2</source>
        <translation>%1, reservleverantör: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The currency is a three-letter code such as USD, EUR, SEK or PLN.</source>
        <translation>Valutan anges med en kod på tre bokstäver, till exempel USD, EUR, SEK eller PLN.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The price &quot;%1&quot; for %2 is not an amount (write it like 0.006 or 2.50).</source>
        <translation>Priset ”%1” för %2 är inte ett belopp (skriv det som 0.006 eller 2.50).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The budget &quot;%1&quot; for %2 is not an amount (write it like 50 or 49.90).</source>
        <translation>Budgeten ”%1” för %2 är inte ett belopp (skriv den som 50 eller 49.90).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The AI settings are saved.</source>
        <translation>AI-inställningarna har sparats.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Testing the connection to %1…</source>
        <translation>Testar anslutningen till %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to %1: the key works and the model &quot;%2&quot; is available.
Models offered: %3</source>
        <translation>Ansluten till %1: nyckeln fungerar och modellen ”%2” är tillgänglig.
Erbjudna modeller: %3</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+141"/>
        <source>The demo vault could not be created: %1</source>
        <translation>Demovalvet kunde inte skapas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo vault with fictional patients. User: %1, password: %2</source>
        <translation>Demovalv med påhittade patienter. Användare: %1, lösenord: %2</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location line="+22"/>
        <location line="+27"/>
        <source>ClinicDesk could not remember you on this computer: %1</source>
        <translation>ClinicDesk kunde inte komma ihåg dig på den här datorn: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This computer now remembers you.</source>
        <translation>Den här datorn kommer nu ihåg dig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Locking the vault…</source>
        <translation>Låser valvet…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+48"/>
        <source>No audio output device is available.</source>
        <translation>Ingen ljudenhet för uppspelning är tillgänglig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio output device cannot play recordings.</source>
        <translation>Ljudenheten för uppspelning kan inte spela upp inspelningar.</translation>
    </message>
    <message>
        <location line="+115"/>
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
    <name>clinicdesk::ConsentPanel</name>
    <message>
        <location filename="../ui/encounter/ConsentPanel.cpp" line="+19"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+9"/>
        <source>&amp;Recording consent:</source>
        <translation>&amp;Samtycke till inspelning:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the patient whether this consultation may be recorded.</source>
        <translation>Fråga patienten om det här besöket får spelas in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Registrerat av %1 den %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
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
    <name>clinicdesk::EgressLogPage</name>
    <message>
        <location filename="../ui/settings/EgressLogPage.cpp" line="+21"/>
        <source>Transcription</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of a long transcript</source>
        <translation>Sammanfattning av en lång transkription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test</source>
        <translation>Anslutningstest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Skickade byte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Mottagna byte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id</source>
        <translation>Begäran-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;What left this computer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vad som lämnat datorn&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every request ClinicDesk sent to an AI provider: where it went, why and how much. The recordings and texts themselves are never written to this log.</source>
        <translation>Varje begäran som ClinicDesk har skickat till en AI-leverantör: vart den gick, varför och hur mycket. Själva inspelningarna och texterna skrivs aldrig till den här loggen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n request(s) listed; %1 sent, %2 received.</source>
        <translation>
            <numerusform>%n begäran visas; %1 skickat, %2 mottaget.</numerusform>
            <numerusform>%n begäranden visas; %1 skickat, %2 mottaget.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterController</name>
    <message>
        <location filename="../ui/encounter/EncounterController.cpp" line="+200"/>
        <location line="+38"/>
        <source>The recording was discarded.</source>
        <translation>Inspelningen har kasserats.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file was imported.</source>
        <translation>Filen har importerats.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Inspelningen sparades i ”%1”. Filen är inte krypterad: förvara den säkert och radera den när du är klar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a recording to see its transcript.</source>
        <translation>Välj en inspelning för att se dess transkription.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No transcript yet: press Transcribe.</source>
        <translation>Ingen transkription än: tryck på Transkribera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transcript has no timed segments.</source>
        <translation>Transkriptionen har inga tidsatta segment.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That recording is not in this patient&apos;s list.</source>
        <translation>Den inspelningen finns inte i patientens lista.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterJobs</name>
    <message>
        <location filename="../ui/encounter/EncounterJobs.cpp" line="+228"/>
        <source>Transcription</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: working offline — runs when you go back online</source>
        <translation>Väntar: du arbetar offline — körs när du går online igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: offline — runs by itself</source>
        <translation>Väntar: offline — körs av sig självt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to start</source>
        <translation>Väntar på att starta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transcribing… %1%</source>
        <translation>Transkriberar… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the note… %1%</source>
        <translation>Skriver anteckningen… %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting: tries again at %1 by itself</source>
        <translation>Väntar: försöker igen av sig självt kl. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: tries again at %1 by itself — %2</source>
        <translation>Väntar: försöker igen av sig självt kl. %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs you: %1</source>
        <translation>Kräver din åtgärd: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>see the AI settings</source>
        <translation>se AI-inställningarna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>ingen orsak angavs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcript ready</source>
        <translation>Transkriptionen är klar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note ready</source>
        <translation>Anteckningen är klar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+31"/>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patienter</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Back to the patient list</source>
        <translation>Tillbaka till patientlistan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Encounter started %1</source>
        <translation>Besöket började %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Stoppa inspelningen innan du lämnar den här patienten</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Note</source>
        <translation>Anteckning</translation>
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
    <name>clinicdesk::JobRunner</name>
    <message>
        <location filename="../core/jobs/JobRunner.cpp" line="+282"/>
        <source>This kind of job (%1) is not known to this version of ClinicDesk.</source>
        <translation>Den här typen av jobb (%1) är okänd för den här versionen av ClinicDesk.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The request could not be completed.</source>
        <translation>Begäran kunde inte slutföras.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gave up after %1 attempts. The last problem was: %2</source>
        <translation>Gav upp efter %1 försök. Det senaste problemet var: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobStatusPanel</name>
    <message>
        <location filename="../ui/encounter/JobStatusPanel.cpp" line="+21"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress of the AI job</source>
        <translation>AI-jobbets förlopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try this job again now</source>
        <translation>Kör det här jobbet igen nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this job; nothing of it is kept</source>
        <translation>Avbryt det här jobbet; inget av det sparas</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobTableModel</name>
    <message>
        <location filename="../ui/jobs/JobTableModel.cpp" line="+33"/>
        <source>Transcription</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting its turn</source>
        <translation>Väntar på sin tur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will try again</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs you</source>
        <translation>Kräver din åtgärd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording %1</source>
        <translation>Inspelning %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encounter %1</source>
        <translation>Besök %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nästa försök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation>Senaste problem</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="+23"/>
        <source>AI jobs</source>
        <translation>AI-jobb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Avbryt jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work offline</source>
        <translation>Arbeta offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;offline</source>
        <translation>Arbeta &amp;offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI &amp;jobs panel</source>
        <translation>Panel för AI-&amp;jobb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop the selected job. Nothing of it is kept; Retry starts it again.</source>
        <translation>Stoppa det valda jobbet. Inget av det sparas; Försök igen startar det på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected job again now (after fixing what it needed).</source>
        <translation>Kör det valda jobbet igen nu (efter att du har åtgärdat det som behövdes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send nothing to the AI provider until switched off; jobs wait in the queue.</source>
        <translation>Skicka inget till AI-leverantören förrän detta stängs av; jobben väntar i kön.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n job(s) not finished</source>
        <translation>
            <numerusform>%n jobb inte klart</numerusform>
            <numerusform>%n jobb inte klara</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+96"/>
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
        <location filename="../ui/main/MainWindow.cpp" line="+33"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+19"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>En inspelning pågår. Stoppa den innan du öppnar en annan patient.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>AI &amp;settings…</source>
        <translation>AI-&amp;inställningar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Usage and cost…</source>
        <translation>&amp;Användning och kostnad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;left this computer…</source>
        <translation>Vad som &amp;lämnat datorn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;AI</source>
        <translation>A&amp;I</translation>
    </message>
    <message>
        <location line="+77"/>
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
    <name>clinicdesk::NoteForm</name>
    <message>
        <location filename="../ui/encounter/NoteForm.cpp" line="+69"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show and play the part of the transcript this came from</source>
        <translation>Visa och spela upp den del av transkriptionen som detta kommer från</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Separated by commas: %1</source>
        <translation>Åtskilda med kommatecken: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not stated)</source>
        <translation>(ej angivet)</translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>Show and play the part of the transcript this came from (%n segment(s))</source>
        <translation>
            <numerusform>Visa och spela upp den del av transkriptionen som detta kommer från (%n segment)</numerusform>
            <numerusform>Visa och spela upp den del av transkriptionen som detta kommer från (%n segment)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::NotePanel</name>
    <message>
        <location filename="../ui/encounter/NotePanel.cpp" line="+55"/>
        <source>Note template</source>
        <translation>Anteckningsmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of note to write from the transcript</source>
        <translation>Den typ av anteckning som ska skrivas utifrån transkriptionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+518"/>
        <source>Generate</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Tooth numbering</source>
        <translation>Tandnumrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How tooth numbers are shown; notes always store FDI numbers</source>
        <translation>Hur tandnummer visas; anteckningar sparar alltid FDI-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI (11–48)</source>
        <translation>FDI (11–48)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Universal (1–32)</source>
        <translation>Universalsystemet (1–32)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your edits as a new revision of the draft</source>
        <translation>Spara dina ändringar som en ny version av utkastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gnera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+486"/>
        <source>Sign the note: it can no longer be changed; corrections become addenda</source>
        <translation>Signera anteckningen: den kan sedan inte ändras; rättelser blir tillägg</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>Add &amp;addendum</source>
        <translation>Lägg till &amp;tillägg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or complete the signed note with an addendum</source>
        <translation>Rätta eller komplettera den signerade anteckningen med ett tillägg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note as a PDF file (not encrypted)</source>
        <translation>Spara anteckningen som en PDF-fil (inte krypterad)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Template:</source>
        <translation>Ma&amp;ll:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tooth &amp;numbering:</source>
        <translation>Tand&amp;numrering:</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The note was saved as revision %1.</source>
        <translation>Anteckningen sparades som version %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note was signed.</source>
        <translation>Anteckningen har signerats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An addendum was added. Edit it, then save and sign it.</source>
        <translation>Ett tillägg har lagts till. Redigera det och spara och signera det sedan.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No note yet. Transcribe a recording, choose a template and press Generate.</source>
        <translation>Ingen anteckning än. Transkribera en inspelning, välj en mall och tryck på Skapa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template of this note is no longer available.</source>
        <translation>Anteckningens mall finns inte längre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Names and identity numbers were replaced by placeholders before the transcript was sent, and put back in the note: check them.</source>
        <translation>Namn och identitetsnummer ersattes med platshållare innan transkriptionen skickades och sattes sedan tillbaka i anteckningen: kontrollera dem.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This draft does not match its template in %n place(s), marked below. Correct them and save before signing.</source>
        <translation>
            <numerusform>Utkastet stämmer inte med sin mall på %n ställe, som är markerat nedan. Rätta det och spara innan du signerar.</numerusform>
            <numerusform>Utkastet stämmer inte med sin mall på %n ställen, som är markerade nedan. Rätta dem och spara innan du signerar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n source reference(s) from the provider point to no part of this note; they are not shown as sources.</source>
        <translation>
            <numerusform>%n källhänvisning från leverantören pekar inte på någon del av den här anteckningen; den visas inte som källa.</numerusform>
            <numerusform>%n källhänvisningar från leverantören pekar inte på någon del av den här anteckningen; de visas inte som källor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Addendum to the note signed %1. The signed note itself does not change.</source>
        <translation>Tillägg till anteckningen som signerades %1. Själva den signerade anteckningen ändras inte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1, signed</source>
        <translation>Version %1, signerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1, draft</source>
        <translation>Version %1, utkast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by %1 at %2, hash %3</source>
        <translation>Signerad av %1 den %2, hash %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the signed content: %1</source>
        <translation>SHA-256 för det signerade innehållet: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write a new draft</source>
        <translation>Skriv ett nytt utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new draft from the transcript? It replaces the draft shown here; your saved revisions stay in the vault, unsaved edits are lost.</source>
        <translation>Skriva ett nytt utkast utifrån transkriptionen? Det ersätter utkastet som visas här; dina sparade versioner finns kvar i valvet, osparade ändringar går förlorade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>Regenerate</source>
        <translation>Skapa igen</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The note was not saved: %1</source>
        <translation>Anteckningen sparades inte: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign the note</source>
        <translation>Signera anteckningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign this note as %1? A signed note can no longer be changed; later corrections are added as addenda.</source>
        <translation>Signera anteckningen %1? En signerad anteckning kan inte längre ändras; senare rättelser läggs till som tillägg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited (your edits are saved first)</source>
        <translation>med dina ändringar (de sparas först)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown</source>
        <translation>så som den visas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign</source>
        <translation>Signera</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export note as PDF (the file is not encrypted)</source>
        <translation>Exportera anteckningen som PDF (filen är inte krypterad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The note was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Anteckningen sparades i ”%1”. Filen är inte krypterad: förvara den säkert och radera den när du är klar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing notes with AI is not available here.</source>
        <translation>Att skriva anteckningar med AI är inte tillgängligt här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is signed: add corrections as an addendum.</source>
        <translation>Anteckningen är signerad: lägg till rättelser som ett tillägg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note is being written…</source>
        <translation>En anteckning skrivs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a draft note from this encounter&apos;s transcripts with the chosen template</source>
        <translation>Skriv ett utkast till anteckning utifrån besökets transkriptioner med den valda mallen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the marked fields first</source>
        <translation>Rätta de markerade fälten först</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTableEditor</name>
    <message>
        <location filename="../ui/encounter/NoteTableEditor.cpp" line="+18"/>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add an entry to “%1”</source>
        <translation>Lägg till en post i ”%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry from “%1”</source>
        <translation>Ta bort den valda posten från ”%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (Universal)</source>
        <translation>%1 (Universalsystemet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (FDI)</source>
        <translation>%1 (FDI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1, row %2, %3</source>
        <translation>%1, rad %2, %3</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTemplatesEditor</name>
    <message>
        <location filename="../ui/settings/NoteTemplatesEditor.cpp" line="+39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;template</source>
        <translation>Spara &amp;mall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make an editable copy of the selected template for this clinic.</source>
        <translation>Gör en redigerbar kopia av den valda mallen för den här mottagningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model should write, in plain words.</source>
        <translation>Vad modellen ska skriva, med vanliga ord.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions:</source>
        <translation>Instruktioner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema (JSON):</source>
        <translation>JSON-schema:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (built-in)</source>
        <translation>%1 (inbyggd)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No templates.</source>
        <translation>Inga mallar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in templates cannot be changed. Copy one to make your own.</source>
        <translation>Inbyggda mallar kan inte ändras. Kopiera en för att göra en egen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not change templates.</source>
        <translation>Din roll får inte ändra mallar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinic&apos;s own template (key %1).</source>
        <translation>Mottagningens egen mall (nyckel %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying…</source>
        <translation>Kopierar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The schema is not valid JSON: %1 (at character %2).</source>
        <translation>Schemat är inte giltig JSON: %1 (vid tecken %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schema must be a JSON object ({ … }).</source>
        <translation>Schemat måste vara ett JSON-objekt ({ … }).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved.</source>
        <translation>Inte sparad.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved: %1 (key %2).</source>
        <translation>Sparad: %1 (nyckel %2).</translation>
    </message>
</context>
<context>
    <name>clinicdesk::OnlineIndicator</name>
    <message>
        <location filename="../ui/jobs/OnlineIndicator.cpp" line="+16"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — jobs wait and run by themselves</source>
        <translation>Offline — jobben väntar och körs av sig själva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline</source>
        <translation>Arbetar offline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AI jobs are sent to the provider as they come.</source>
        <translation>AI-jobb skickas till leverantören allteftersom de kommer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AI provider cannot be reached. Jobs stay in the queue and run as soon as it answers again; nothing is lost.</source>
        <translation>AI-leverantören kan inte nås. Jobben stannar i kön och körs så snart den svarar igen; inget går förlorat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose to work offline: nothing is sent until you switch it off. Jobs wait in the queue.</source>
        <translation>Du har valt att arbeta offline: inget skickas förrän du stänger av det. Jobben väntar i kön.</translation>
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
        <location filename="../ui/patients/PatientsPage.cpp" line="+27"/>
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
        <location line="+98"/>
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
        <location line="+75"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>En annan patient har samma ID-nummer. Kontrollera att det inte är samma person som registrerats två gånger.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ProviderEditor</name>
    <message>
        <location filename="../ui/settings/ProviderEditor.cpp" line="+21"/>
        <source>API version:</source>
        <translation>API-version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the OpenAI-compatible /openai/v1 address</source>
        <translation>Använd den OpenAI-kompatibla adressen /openai/v1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibel server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a new key here to store it on this computer</source>
        <translation>Klistra in en ny nyckel här för att spara den på den här datorn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>Leverantör:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key:</source>
        <translation>API-nyckel:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the deployment name.</source>
        <translation>Ange distributionens namn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the model.</source>
        <translation>Ange modellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Azure OpenAI endpoint (https://NAME.openai.azure.com).</source>
        <translation>Ange slutpunkten för Azure OpenAI (https://NAMN.openai.azure.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server&apos;s address (for example http://host:8080/v1).</source>
        <translation>Ange serverns adress (till exempel http://host:8080/v1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address &quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>Adressen ”%1” är inte en webbadress (en sådan börjar med https://).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A key is stored on this computer.</source>
        <translation>En nyckel är sparad på den här datorn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key is stored on this computer.</source>
        <translation>Ingen nyckel är sparad på den här datorn.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deployment:</source>
        <translation>Distribution:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://api.openai.com/v1 (leave empty)</source>
        <translation>https://api.openai.com/v1 (lämna tomt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the deployment&apos;s name</source>
        <translation>distributionens namn</translation>
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
        <location line="+48"/>
        <source>A recording is already running.</source>
        <translation>En inspelning pågår redan.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecorderPanel</name>
    <message>
        <location filename="../ui/encounter/RecorderPanel.cpp" line="+42"/>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Spela in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Kassera…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record / Pause / Resume</source>
        <translation>Spela in / Pausa / Återuppta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Stoppa inspelningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded time</source>
        <translation>Inspelad tid</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+168"/>
        <source>Start recording (%1)</source>
        <translation>Starta inspelningen (%1)</translation>
    </message>
    <message>
        <location line="-167"/>
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
        <location line="+6"/>
        <source>No sound: check the microphone</source>
        <translation>Inget ljud: kontrollera mikrofonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</source>
        <translation>Mikrofonen kopplades från. Det som hittills spelats in är sparat; välj en annan mikrofon och tryck på Återuppta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+53"/>
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
        <location line="+27"/>
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
        <location line="+10"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingTableModel</name>
    <message>
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+38"/>
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
    <name>clinicdesk::RecordingsPanel</name>
    <message>
        <location filename="../ui/encounter/RecordingsPanel.cpp" line="+25"/>
        <source>Recordings of this patient</source>
        <translation>Patientens inspelningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+161"/>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+171"/>
        <source>Transcribe</source>
        <translation>Transkribera</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Play or pause the selected recording</source>
        <translation>Spela upp eller pausa den valda inspelningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback position</source>
        <translation>Uppspelningsposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the selected recording as an Ogg Opus file</source>
        <translation>Spara den valda inspelningen som en Ogg Opus-fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</source>
        <translation>Lägg till en ljudfil (wav, mp3, m4a, ogg, webm, flac) i det här besöket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+38"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a recording</source>
        <translation>Importera en inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</source>
        <translation>Ljudfiler (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;Alla filer (*)</translation>
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
        <location line="+7"/>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: %1</source>
        <translation>Filen kunde inte importeras: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcribe again</source>
        <translation>Transkribera igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recording is being transcribed</source>
        <translation>Inspelningen transkriberas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected recording into text with the AI provider</source>
        <translation>Gör om den valda inspelningen till text med AI-leverantören</translation>
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
    <name>clinicdesk::TranscriptModel</name>
    <message>
        <location filename="../ui/encounter/TranscriptModel.cpp" line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2; click to play from here</source>
        <translation>Från %1 till %2; klicka för att spela upp härifrån</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said</source>
        <translation>Vad som sades</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TranscriptPanel</name>
    <message>
        <location filename="../ui/encounter/TranscriptPanel.cpp" line="+14"/>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line to play the recording from there</source>
        <translation>Klicka på en rad för att spela upp inspelningen därifrån</translation>
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
    <name>clinicdesk::UsagePage</name>
    <message>
        <location filename="../ui/settings/UsagePage.cpp" line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio minutes</source>
        <translation>Ljudminuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Indatatoken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Utdatatoken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;AI usage and cost&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AI-användning och kostnad&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs are estimates from the price table in the AI settings; the provider&apos;s invoice is what counts.</source>
        <translation>Kostnaderna är uppskattningar utifrån pristabellen i AI-inställningarna; det är leverantörens faktura som gäller.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No AI requests in %1.</source>
        <translation>Inga AI-begäranden under %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total for %1: %2</source>
        <translation>Totalt för %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no monthly AI budget. This month you have used %1.</source>
        <translation>Du har ingen månadsbudget för AI. Den här månaden har du använt %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your budget for %1: %2. Used: %3. Left: %4.</source>
        <translation>Din budget för %1: %2. Använt: %3. Kvar: %4.</translation>
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
        <location filename="../app/cli/CliRecorder.cpp" line="+146"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>Mikrofonen försvann; det som hittills spelats in är sparat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+88"/>
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
        <location filename="../app/cli/main.cpp" line="+49"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: kryptografibiblioteket kunde inte startas.
</translation>
    </message>
</context>
</TS>
