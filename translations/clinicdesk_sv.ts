<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/domain/AccessPolicy.cpp" line="+24"/>
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
        <source>Only an administrator may merge patient records.</source>
        <translation>Endast en administratör får slå ihop patientjournaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may change the AI providers or their API keys.</source>
        <translation>Endast en administratör får ändra AI-leverantörerna eller deras API-nycklar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow this.</source>
        <translation>Din roll tillåter inte detta.</translation>
    </message>
    <message>
        <location filename="../core/repo/DeniedAccess.cpp" line="+113"/>
        <source>The clinic lets practitioners read only the notes of patients they have seen or booked.</source>
        <translation>Mottagningen tillåter att behandlare bara läser anteckningar för patienter som de har träffat eller bokat.</translation>
    </message>
</context>
<context>
    <name>AiKeyStore</name>
    <message>
        <location filename="../core/ai/AiKeyStore.cpp" line="+33"/>
        <source>No API key is stored for &quot;%1&quot; on this computer. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Ingen API-nyckel är sparad för ”%1” på den här datorn. Ange den under AI &gt; AI-inställningar eller med clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location filename="../core/ai/AiPipeline.cpp" line="+97"/>
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
        <location filename="../core/ai/AiSettings.cpp" line="+245"/>
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
        <location filename="../core/repo/AppointmentRepository.cpp" line="+55"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Starttiden är ogiltig; skriv den enligt ISO 8601 som ÅÅÅÅ-MM-DDTtt:mm, till exempel 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment lasts from 1 to 1440 minutes.</source>
        <translation>Ett besök måste vara mellan 1 och 1440 minuter långt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This overlaps the practitioner&apos;s booking %1 (%2, %3). Choose another time, or book it anyway as a double booking.</source>
        <translation>Detta överlappar behandlarens bokning %1 (%2, %3). Välj en annan tid eller boka ändå som dubbelbokning.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+152"/>
        <source>The reason can have at most 500 characters.</source>
        <translation>Besöksorsaken får vara högst 500 tecken lång.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The practitioner does not exist.</source>
        <translation>Behandlaren finns inte.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No such appointment.</source>
        <translation>Bokningen finns inte.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A cancelled or finished appointment cannot be moved.</source>
        <translation>En avbokad eller avslutad bokning kan inte flyttas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Say why the appointment is cancelled.</source>
        <translation>Ange varför bokningen avbokas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This appointment is already cancelled or finished.</source>
        <translation>Bokningen är redan avbokad eller avslutad.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The status is booked, arrived, in-progress, done or no-show (cancel with a reason).</source>
        <translation>Statusen måste vara booked, arrived, in-progress, done eller no-show (avboka med en orsak).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A cancelled appointment keeps its status; book a new one.</source>
        <translation>En avbokad bokning behåller sin status; boka en ny.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatusLook</name>
    <message>
        <location filename="../ui/widgets/AppointmentStatusLook.cpp" line="+103"/>
        <source>Booked</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <location filename="../core/audio/AudioFileDecoder.cpp" line="+90"/>
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
        <location line="+22"/>
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
        <location filename="../core/audit/AuditAnchor.cpp" line="+36"/>
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
    <name>AuditCsvExporter</name>
    <message>
        <location filename="../core/export/AuditCsvExporter.cpp" line="+48"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to.</source>
        <translation>ClinicDesk kan inte skriva en fil i %1 (%2). Välj en mapp som du har skrivbehörighet till.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+207"/>
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
        <location filename="../core/storage/BackupFileHeader.cpp" line="+15"/>
        <source>The backup file is damaged, truncated or was modified; it cannot be trusted.</source>
        <translation>Säkerhetskopian är skadad, avkortad eller har ändrats; den går inte att lita på.</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupReader.cpp" line="+37"/>
        <source>The backup file %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>The backup file could not be read: %1</source>
        <translation>Säkerhetskopian kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupFileHeader.cpp" line="+5"/>
        <source>This file is not a ClinicDesk backup.</source>
        <translation>Filen är inte en säkerhetskopia från ClinicDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</source>
        <translation>Säkerhetskopian gjordes med en nyare version av ClinicDesk. Uppdatera ClinicDesk för att använda den.</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupReader.cpp" line="-109"/>
        <source>The check was cancelled.</source>
        <translation>Kontrollen avbröts.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This backup has several administrators: say which user you are.</source>
        <translation>Säkerhetskopian har flera administratörer: ange vilken användare du är.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>The user name or password is not correct for this backup.</source>
        <translation>Användarnamnet eller lösenordet är fel för den här säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This backup belongs to another vault. Enter the name and password of a user in that backup.</source>
        <translation>Säkerhetskopian hör till ett annat valv. Ange namn och lösenord för en användare i den säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>The database could not be copied out of the backup.</source>
        <translation>Databasen kunde inte kopieras ut ur säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The audit log in the backup is broken: %1</source>
        <translation>Granskningsloggen i säkerhetskopian är bruten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore backups.</source>
        <translation>Endast en administratör får återställa säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+158"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to, such as a USB drive or a network share.</source>
        <translation>ClinicDesk kan inte skriva en fil i %1 (%2). Välj en mapp som du har skrivbehörighet till, till exempel på ett USB-minne eller en nätverksresurs.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No temporary folder is available for the backup.</source>
        <translation>Det finns ingen tillfällig mapp för säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup copy could not be read.</source>
        <translation>Den tillfälliga databaskopian kunde inte läsas.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The backup file could not be written: %1</source>
        <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <source>ClinicDesk cannot create or write the folder %1. Choose a folder you may write to.</source>
        <translation>ClinicDesk kan inte skapa eller skriva till mappen %1. Välj en mapp som du har skrivbehörighet till.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>Återställningen avbröts; inget skrevs.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>No temporary folder is available to check the backup.</source>
        <translation>Det finns ingen tillfällig mapp för att kontrollera säkerhetskopian.</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../ui/services/BackupService.cpp" line="+148"/>
        <source>The backup was cancelled; no file was written.</source>
        <translation>Säkerhetskopieringen avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Choose a folder for the restored vault.</source>
        <translation>Välj en mapp för det återställda valvet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder. Restore into a new or empty folder.</source>
        <translation>%1 är en fil, inte en mapp. Återställ till en ny eller tom mapp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not empty. Restore into a new or empty folder.</source>
        <translation>Mappen %1 är inte tom. Återställ till en ny eller tom mapp.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The restored vault could not be finished.</source>
        <translation>Det återställda valvet kunde inte slutföras.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restored vault could not be moved to %1.</source>
        <translation>Det återställda valvet kunde inte flyttas till %1.</translation>
    </message>
</context>
<context>
    <name>BackupStatusStore</name>
    <message>
        <location filename="../core/repo/BackupStatusStore.cpp" line="+64"/>
        <source>This backup belongs to another vault; it is not recorded here.</source>
        <translation>Säkerhetskopian hör till ett annat valv; den registreras inte här.</translation>
    </message>
</context>
<context>
    <name>BookingAdvisor</name>
    <message>
        <location filename="../ui/calendar/BookingAdvisor.cpp" line="+14"/>
        <source>no practitioner</source>
        <translation>ingen behandlare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the practitioner</source>
        <translation>behandlaren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This time is in the past.</source>
        <translation>Tiden har redan passerat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outside %1&apos;s working hours.</source>
        <translation>Utanför arbetstiden för %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlaps %1.</source>
        <translation>Överlappar %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is in the past</source>
        <translation>tiden har redan passerat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is outside %1&apos;s working hours</source>
        <translation>den ligger utanför arbetstiden för %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a double booking</source>
        <translation>det är en dubbelbokning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Note: %2.</source>
        <translation>%1 Observera: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has a booking at this time: %2.</source>
        <translation>%1 har redan en bokning vid den här tiden: %2.</translation>
    </message>
</context>
<context>
    <name>BuiltinFieldText</name>
    <message>
        <location filename="../ui/encounter/BuiltinFieldText.cpp" line="+19"/>
        <source>Behavior</source>
        <translation>Beteende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief complaint</source>
        <translation>Sökorsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical history changes</source>
        <translation>Förändringar i anamnesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraoral</source>
        <translation>Extraoralt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intraoral soft tissue</source>
        <translation>Intraorala mjukvävnader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teeth</source>
        <translation>Tänder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tooth</source>
        <translation>Tand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surfaces</source>
        <translation>Ytor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodontal</source>
        <translation>Parodontalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiographs</source>
        <translation>Röntgenbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment plan</source>
        <translation>Behandlingsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaesthesia</source>
        <translation>Anestesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Komplikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post op instructions</source>
        <translation>Postoperativa instruktioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>Nästa besök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjective</source>
        <translation>Subjektivt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objektivt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client&apos;s presentation and behaviour: what they reported and what the clinician observed, including mood and affect.</source>
        <translation>Klientens framtoning och beteende: vad klienten berättade och vad behandlaren observerade, inklusive stämningsläge och affekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinician did in the session: techniques, methods and topics addressed.</source>
        <translation>Vad behandlaren gjorde under sessionen: tekniker, metoder och teman som togs upp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client responded to the interventions.</source>
        <translation>Hur klienten svarade på interventionerna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan: next steps, homework, referrals and the next session.</source>
        <translation>Planen: nästa steg, hemuppgifter, remisser och nästa session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened in the session: what the client reported and what the clinician observed, including interventions used.</source>
        <translation>Vad som hände under sessionen: vad klienten berättade och vad behandlaren observerade, inklusive använda interventioner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinician&apos;s assessment of the data: interpretation, progress towards goals, risk.</source>
        <translation>Behandlarens bedömning av data: tolkning, framsteg mot målen, risk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s reason for the visit, in their words as the clinician summarised them.</source>
        <translation>Patientens orsak till besöket, med patientens egna ord så som behandlaren sammanfattade dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in general health, medications or allergies since the last visit.</source>
        <translation>Förändringar i allmänhälsa, läkemedel eller allergier sedan förra besöket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraoral findings: face, lymph nodes, temporomandibular joints, muscles.</source>
        <translation>Extraorala fynd: ansikte, lymfkörtlar, käkleder, muskulatur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings in the oral mucosa, tongue, floor of the mouth, palate and gingiva other than periodontal measurements.</source>
        <translation>Fynd i munslemhinna, tunga, munbotten, gom och gingiva, förutom parodontala mätningar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per finding on a tooth.</source>
        <translation>En post per fynd på en tand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI two-digit tooth number, e.g. 16 (permanent) or 75 (primary).</source>
        <translation>Tandnummer enligt FDI med två siffror, t.ex. 16 (permanent tand) eller 75 (mjölktand).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surfaces involved; empty when none is said.</source>
        <translation>Berörda ytor; tomt om inga nämns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of finding.</source>
        <translation>Typ av fynd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the finding as said: extent, material, grade, symptoms.</source>
        <translation>Detaljer om fyndet så som de nämndes: utbredning, material, grad, symtom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodontal status: pocket depths, bleeding on probing, recession, furcations, plaque and calculus.</source>
        <translation>Parodontalstatus: fickdjup, blödning vid sondering, retraktioner, furkationer, plack och tandsten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Radiographs taken and what they show.</source>
        <translation>Tagna röntgenbilder och vad de visar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnoses the clinician stated.</source>
        <translation>De diagnoser som behandlaren angav.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment the clinician proposed or agreed with the patient, in order, with the next steps.</source>
        <translation>Den behandling som behandlaren föreslog eller kom överens om med patienten, i ordningsföljd, med nästa steg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for the visit.</source>
        <translation>Besöksorsaken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedures performed, in order.</source>
        <translation>Utförda åtgärder, i ordningsföljd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI two-digit tooth number, or null when the procedure is not on one tooth.</source>
        <translation>Tandnummer enligt FDI med två siffror, eller tomt om åtgärden inte gäller en enskild tand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done, e.g. composite restoration MO, extraction, root canal treatment.</source>
        <translation>Vad som gjordes, t.ex. kompositfyllning MO, extraktion, rotbehandling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials used, as said.</source>
        <translation>Använda material, så som de nämndes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local anaesthesia: agent, amount and technique, as said.</source>
        <translation>Lokalanestesi: preparat, mängd och teknik, så som de nämndes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications during the treatment, or null when none were mentioned.</source>
        <translation>Komplikationer under behandlingen, eller tomt om inga nämndes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions given to the patient after the treatment.</source>
        <translation>Instruktioner som patienten fick efter behandlingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next: the next appointment and the treatment planned for it.</source>
        <translation>Vad som händer härnäst: nästa besök och den behandling som planeras till det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short title saying what the visit or session was about.</source>
        <translation>En kort rubrik som anger vad besöket eller sessionen handlade om.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note, in short paragraphs.</source>
        <translation>Anteckningen, i korta stycken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the patient reports: the reason for the visit, symptoms, history, feelings and concerns in their own terms.</source>
        <translation>Vad patienten berättar: orsaken till besöket, symtom, anamnes, känslor och farhågor med egna ord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinician observed or measured: examination findings, test results, observed behaviour and presentation.</source>
        <translation>Vad behandlaren observerade eller mätte: undersökningsfynd, testresultat, observerat beteende och framtoning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinician&apos;s assessment: interpretation, diagnosis or working hypothesis, progress since the last session, risk.</source>
        <translation>Behandlarens bedömning: tolkning, diagnos eller arbetshypotes, framsteg sedan förra sessionen, risk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan: treatment, interventions, homework, referrals, prescriptions and the next session.</source>
        <translation>Planen: behandling, interventioner, hemuppgifter, remisser, recept och nästa session.</translation>
    </message>
</context>
<context>
    <name>CalendarColumnBuilder</name>
    <message>
        <location filename="../ui/calendar/CalendarColumnBuilder.cpp" line="+81"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No practitioner</source>
        <translation>Ingen behandlare</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/export/CalendarExport.cpp" line="+19"/>
        <source>The export&apos;s last day is before its first.</source>
        <translation>Exportens sista dag ligger före den första.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>More than %1 appointments: export a shorter range.</source>
        <translation>Fler än %1 bokningar: exportera en kortare period.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClinicDesk: %1</source>
        <translation>ClinicDesk: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar could not be saved to “%1”: %2</source>
        <translation>Kalendern kunde inte sparas i ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+26"/>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location filename="../app/cli/CommandLine.cpp" line="+27"/>
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
        <location filename="../app/cli/CommandContext.cpp" line="+67"/>
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
        <location line="+36"/>
        <source>Password: </source>
        <translation>Lösenord: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New password for %1: </source>
        <translation>Nytt lösenord för %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new password: </source>
        <translation>Upprepa det nya lösenordet: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinicdesk-cli: The two passwords differ.
</source>
        <translation>clinicdesk-cli: Lösenorden är inte likadana.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="+30"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+51"/>
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
        <location filename="../app/cli/commands/InitCommand.cpp" line="+27"/>
        <source>init needs --admin NAME.</source>
        <translation>init kräver --admin NAMN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="+35"/>
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
        <location filename="../app/cli/CommandContext.cpp" line="-10"/>
        <source>Recovery code: </source>
        <translation>Återställningskod: </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="+20"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>Ingen återställningskod: ange CLINICDESK_RECOVERY_CODE eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new password was given.</source>
        <translation>Inget nytt lösenord angavs.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="+24"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Inget nytt lösenord: ange CLINICDESK_NEW_PASSWORD eller kör clinicdesk-cli i en terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>Lösenordet för %1 har ändrats.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="+31"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add kräver --first-name och --last-name.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: varning: en annan patient har samma identitetsnummer (%1).
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="+23"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="+24"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="+23"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit kräver ett positivt heltal.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+32"/>
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
        <source>Alerts:         %1</source>
        <translation>Varningar:           %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinical notes: %1</source>
        <translation>Journalanteckningar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="+29"/>
        <source>appointment add needs --patient ID, --start ISO8601 and --minutes N.</source>
        <translation>appointment add kräver --patient ID, --start ISO8601 och --minutes N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="+38"/>
        <source>--minutes takes a whole number of minutes.</source>
        <translation>--minutes kräver ett heltal (antal minuter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-8"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Starttiden är ogiltig; skriv den enligt ISO 8601 som ÅÅÅÅ-MM-DDTtt:mm, till exempel 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="+24"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day kräver ett giltigt datum skrivet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="+35"/>
        <source>The audit log failed verification: %1</source>
        <translation>Granskningsloggen klarade inte verifieringen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>Granskningsloggen är intakt: %1 poster, kedjan och ankaret är verifierade.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="+21"/>
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
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-21"/>
        <source>The check was not recorded in the vault: %1</source>
        <translation>Kontrollen registrerades inte i valvet: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>Säkerhetskopian är intakt: den går att öppna, klarar integritetskontrollen och dess granskningskedja är verifierad (%1 patienter, %2 granskningsposter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded in the vault as its last verified backup.</source>
        <translation>Registrerad i valvet som dess senaste verifierade säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="+48"/>
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
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="+30"/>
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
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+20"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export kräver --out FIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+35"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+16"/>
        <source>%1 could not be written.</source>
        <translation>%1 kunde inte skrivas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+25"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import kräver --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="+39"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: inga oavslutade inspelningar.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="+45"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: inga ljudingångar hittades.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteContentFile.cpp" line="+13"/>
        <source>The file %1 cannot be read.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a JSON object.</source>
        <translation>Filen %1 är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobWait.cpp" line="+21"/>
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
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+81"/>
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
        <location filename="../app/cli/commands/ConfigAiOptions.cpp" line="+40"/>
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
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="+27"/>
        <source>note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free).</source>
        <translation>note generate kräver --template NAMN (dental-exam, dental-treatment, soap, dap, birp, free).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="+21"/>
        <source>note list needs --encounter ID.</source>
        <translation>note list kräver --encounter ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="+26"/>
        <source>Signed; content hash %1</source>
        <translation>Signerad; innehållets hash %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="+21"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+20"/>
        <source>note %1 needs --content-file FILE (a JSON object in the template&apos;s shape).</source>
        <translation>note %1 kräver --content-file FIL (ett JSON-objekt med mallens struktur).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+16"/>
        <source>Revision %1 saved.</source>
        <translation>Version %1 sparad.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="+22"/>
        <source>note export needs --pdf FILE.</source>
        <translation>note export kräver --pdf FIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="+37"/>
        <source> (custom)</source>
        <translation> (egen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="+28"/>
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
        <location filename="../app/cli/commands/UsageCommand.cpp" line="+34"/>
        <source>The month must look like 2026-11.</source>
        <translation>Månaden måste anges som 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentCancelCommand.cpp" line="+18"/>
        <source>appointment cancel needs ID and --reason R.</source>
        <translation>appointment cancel kräver ID och --reason R.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentExportCommand.cpp" line="+38"/>
        <source>appointment export needs --ics FILE.</source>
        <translation>appointment export kräver --ics FIL.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--from and --to take real dates written as YYYY-MM-DD.</source>
        <translation>--from och --to kräver giltiga datum skrivna som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to is before --from.</source>
        <translation>--to ligger före --from.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n appointment(s) written to %1</source>
        <translation>
            <numerusform>%n bokning skrevs till %1</numerusform>
            <numerusform>%n bokningar skrevs till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <source>appointment move needs ID and --start ISO8601.</source>
        <translation>appointment move kräver ID och --start ISO8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="+22"/>
        <source>The status is booked, arrived, in-progress, done or no-show (cancel with clinicdesk-cli appointment cancel ID --reason R).</source>
        <translation>Statusen måste vara booked, arrived, in-progress, done eller no-show (avboka med clinicdesk-cli appointment cancel ID --reason R).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentWarnings.cpp" line="+22"/>
        <source>clinicdesk-cli: warning: this appointment starts in the past.
</source>
        <translation>clinicdesk-cli: varning: bokningens starttid har redan passerat.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinicdesk-cli: warning: this is outside the practitioner&apos;s working hours.
</source>
        <translation>clinicdesk-cli: varning: detta är utanför behandlarens arbetstid.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicSetCommand.cpp" line="+37"/>
        <source>clinic set needs at least one of --name, --address, --vat-number, --phone, --email, --logo or --remove-logo.</source>
        <translation>clinic set kräver minst en av --name, --address, --vat-number, --phone, --email, --logo eller --remove-logo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give --logo or --remove-logo, not both.</source>
        <translation>Ange --logo eller --remove-logo, inte båda.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The clinic&apos;s profile was saved.</source>
        <translation>Mottagningens profil har sparats.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="+59"/>
        <source>Name:        %1</source>
        <translation>Namn:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:     %1</source>
        <translation>Adress:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number:  %1</source>
        <translation>Momsreg.nr:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:       %1</source>
        <translation>Telefon:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:      %1</source>
        <translation>E-post:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:        %1</source>
        <translation>Logotyp:     %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral:    %1</source>
        <translation>Remiss:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the built-in letter</source>
        <translation>det inbyggda brevet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the clinic&apos;s own template (%n character(s))</source>
        <translation>
            <numerusform>mottagningens egen mall (%n tecken)</numerusform>
            <numerusform>mottagningens egen mall (%n tecken)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="+22"/>
        <source>note referral needs --pdf FILE.</source>
        <translation>note referral kräver --pdf FIL.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="+47"/>
        <source>Merged %1 into %2; moved: %3.</source>
        <translation>%1 har slagits ihop med %2; flyttat: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserDisableCommand.cpp" line="+29"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 är inaktiverad och kan inte längre logga in.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="+28"/>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 är aktiverad och kan logga in igen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="+25"/>
        <source>user role needs --role admin, practitioner or receptionist.</source>
        <translation>user role kräver --role admin, practitioner eller receptionist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profession must be dentist, therapist or none.</source>
        <translation>Yrket måste vara dentist (tandläkare), therapist (terapeut) eller none (inget).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now %2.</source>
        <translation>%1 är nu %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession: %1.</source>
        <translation>Yrke: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1.</source>
        <translation>Legitimationsnummer: %1.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+93"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;kommando&gt; [flaggor]</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>See clinicdesk-cli help %1.</source>
        <translation>Se clinicdesk-cli help %1.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="-27"/>
        <source>books an appointment and prints its id</source>
        <translation>bokar en tid och skriver ut dess ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-29"/>
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
        <source>the reason for the visit (no clinical detail)</source>
        <translation>besöksorsaken (inga kliniska uppgifter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <source>books it even if it overlaps another booking of the practitioner</source>
        <translation>bokar även om tiden överlappar en annan bokning hos behandlaren</translation>
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
        <location filename="../app/cli/commands/AppointmentExportCommand.cpp" line="-59"/>
        <source>writes appointments as an iCalendar file for a phone&apos;s calendar, naming patients only as the clinic&apos;s calendar privacy setting allows (audited)</source>
        <translation>skriver bokningar till en iCalendar-fil för en telefons kalender och namnger patienter endast så som mottagningens integritetsinställning för kalendern tillåter (loggförs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write; an existing one is refused</source>
        <translation>.ics-filen som ska skrivas; en befintlig fil skrivs inte över</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one practitioner&apos;s user name (default: the whole clinic)</source>
        <translation>en behandlares användarnamn (standard: hela mottagningen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day (default today)</source>
        <translation>första dagen (standard: i dag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day, included (default 90 days after the first)</source>
        <translation>sista dagen, inräknad (standard: 90 dagar efter den första)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="+1"/>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="-26"/>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="-8"/>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="-23"/>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="-19"/>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-21"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-24"/>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="-33"/>
        <location filename="../app/cli/commands/EgressListCommand.cpp" line="+19"/>
        <location filename="../app/cli/commands/JobsListCommand.cpp" line="+15"/>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-5"/>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="+18"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="-8"/>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="-27"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="-8"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+1"/>
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="-14"/>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="-23"/>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="-22"/>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="+28"/>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="-7"/>
        <location filename="../app/cli/commands/UserListCommand.cpp" line="+13"/>
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
        <location filename="../app/cli/commands/JobsCancelCommand.cpp" line="+12"/>
        <source>cancels a job that has not ended; a running job&apos;s result is not kept (audited)</source>
        <translation>avbryter ett jobb som inte är avslutat; om jobbet körs sparas inte resultatet (loggförs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="+14"/>
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
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="-8"/>
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
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="+2"/>
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
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+16"/>
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
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="-49"/>
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
        <location line="+2"/>
        <source>alerts such as allergies (clinical roles only)</source>
        <translation>varningar, till exempel allergier (endast kliniska roller)</translation>
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
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-52"/>
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
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="-26"/>
        <source>sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)</source>
        <translation>sätter ett nytt lösenord med återställningskoden (CLINICDESK_RECOVERY_CODE eller inmatning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whose password is reset</source>
        <translation>användaren vars lösenord återställs</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentCancelCommand.cpp" line="-7"/>
        <source>cancels a booking; the reason is kept</source>
        <translation>avbokar en bokning; orsaken sparas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="-8"/>
        <source>the appointment&apos;s id</source>
        <translation>bokningens ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why, in a sentence (no clinical detail)</source>
        <translation>varför, i en mening (inga kliniska uppgifter)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-1"/>
        <source>moves or resizes a booking</source>
        <translation>flyttar en bokning eller ändrar dess längd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new start, like 2026-12-01T09:30 (local time without an offset)</source>
        <translation>den nya starttiden, t.ex. 2026-12-01T09:30 (lokal tid, utan tidszon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new length (default: unchanged)</source>
        <translation>den nya längden (standard: oförändrad)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="-2"/>
        <source>marks a booking booked, arrived, in-progress, done or no-show</source>
        <translation>markerar en bokning som booked, arrived, in-progress, done eller no-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked, arrived, in-progress, done or no-show</source>
        <translation>booked (bokat), arrived (har kommit), in-progress (pågår), done (klart) eller no-show (uteblev)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-2"/>
        <source>checks a backup&apos;s tag, integrity and audit chain, opening it as --user; a backup of --vault is recorded there as verified</source>
        <translation>kontrollerar en säkerhetskopias kontrollkod, integritet och granskningskedja och öppnar den som --user; en säkerhetskopia av --vault registreras där som verifierad</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicSetCommand.cpp" line="-65"/>
        <source>changes the clinic&apos;s profile and letterhead (admin only; audited)</source>
        <translation>ändrar mottagningens profil och brevhuvud (endast administratörer; loggförs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s name as letters show it</source>
        <translation>mottagningens namn så som det visas i brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the postal address; lines separated by line breaks</source>
        <translation>postadressen; rader åtskilda med radbrytningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VAT or tax number</source>
        <translation>momsregistrerings- eller organisationsnumret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s phone number</source>
        <translation>mottagningens telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s e-mail address</source>
        <translation>mottagningens e-postadress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a PNG, JPEG or SVG file, stored as a PNG of at most 600 px</source>
        <translation>en PNG-, JPEG- eller SVG-fil, som sparas som PNG på högst 600 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the letterhead without a logo</source>
        <translation>brevhuvudet skrivs ut utan logotyp</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="-1"/>
        <source>shows the clinic&apos;s profile and letterhead</source>
        <translation>visar mottagningens profil och brevhuvud</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="-3"/>
        <source>writes a referral letter from a signed note as a PDF (audited)</source>
        <translation>skriver en remiss utifrån en signerad anteckning som PDF (loggförs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to whom the letter is addressed</source>
        <translation>vem remissen är ställd till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason for the referral</source>
        <translation>remissorsaken</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="-6"/>
        <source>moves everything of a duplicate record into the kept one and closes the duplicate (administrators; audited; cannot be undone)</source>
        <translation>flyttar allt från en dubblettjournal till den som behålls och stänger dubbletten (administratörer; loggförs; kan inte ångras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record that stays</source>
        <translation>journalen som behålls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record of the same person entered again</source>
        <translation>journalen för samma person som registrerats en gång till</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-3"/>
        <source>shows one patient record (audited); alerts and clinical notes only for clinical roles</source>
        <translation>visar en patientjournal (loggförs); varningar och journalanteckningar endast för kliniska roller</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserDisableCommand.cpp" line="-18"/>
        <source>disables a user (administrators only): they can no longer sign in; what they wrote stays theirs</source>
        <translation>inaktiverar en användare (endast administratörer): användaren kan inte längre logga in; det som användaren har skrivit förblir användarens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="-16"/>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-2"/>
        <source>the user&apos;s sign-in name</source>
        <translation>användarens inloggningsnamn</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="-1"/>
        <source>enables a disabled user again (administrators only)</source>
        <translation>aktiverar en inaktiverad användare igen (endast administratörer)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-2"/>
        <source>changes a user&apos;s role, profession and licence number (administrators only)</source>
        <translation>ändrar en användares roll, yrke och legitimationsnummer (endast administratörer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dentist, therapist or none (default: unchanged)</source>
        <translation>dentist (tandläkare), therapist (terapeut) eller none (inget) (standard: oförändrat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the licence number, or none (default: unchanged)</source>
        <translation>legitimationsnumret, eller none (standard: oförändrat)</translation>
    </message>
</context>
<context>
    <name>ClinicLogo</name>
    <message>
        <location filename="../core/export/ClinicLogo.cpp" line="+40"/>
        <source>The logo is not an image ClinicDesk can read.</source>
        <translation>Logotypen är inte en bild som ClinicDesk kan läsa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logo could not be converted to PNG.</source>
        <translation>Logotypen kunde inte konverteras till PNG.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The logo is too detailed to store. Choose a simpler image.</source>
        <translation>Logotypen är för detaljerad för att kunna sparas. Välj en enklare bild.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be read.</source>
        <translation>”%1” kan inte läsas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is larger than 20 MiB; a logo is much smaller.</source>
        <translation>”%1” är större än 20 MiB; en logotyp är mycket mindre än så.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>”%1” är inte en PNG-, JPEG- eller SVG-bild.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PNG, %1 × %2 px, %3 KiB</source>
        <translation>PNG-bild, %1 × %2 px, %3 KiB</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsStore</name>
    <message>
        <location filename="../core/repo/ClinicSettingsStore.cpp" line="+65"/>
        <source>The clinic&apos;s settings stored in this vault cannot be read. An administrator can set them again in Settings.</source>
        <translation>Mottagningens inställningar som sparats i valvet kan inte läsas. En administratör kan ange dem igen under Inställningar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clinic&apos;s name can have at most 200 characters.</source>
        <translation>Mottagningens namn får vara högst 200 tecken långt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address can have at most 1000 characters.</source>
        <translation>Adressen får vara högst 1000 tecken lång.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clinic&apos;s e-mail address is not valid: it needs an @ and no spaces.</source>
        <translation>Mottagningens e-postadress är ogiltig: den måste innehålla ett @ och inga mellanslag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG image.</source>
        <translation>Logotypen måste vara en PNG-bild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo can be at most 512 KiB.</source>
        <translation>Logotypen får vara högst 512 KiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-lock is off (0) or after 1 to 240 minutes.</source>
        <translation>Automatisk låsning är avstängd (0) eller sker efter 1 till 240 minuter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working hours end after they start, within one day.</source>
        <translation>Arbetstiden måste sluta efter att den börjar, inom samma dag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The referral letter&apos;s template can have at most 20000 characters.</source>
        <translation>Remissmallen får vara högst 20000 tecken lång.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator may change the clinic&apos;s settings.</source>
        <translation>Endast en administratör får ändra mottagningens inställningar.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+53"/>
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
    <name>DemoClinic</name>
    <message>
        <location filename="../ui/demo/DemoClinic.cpp" line="+80"/>
        <source>Demo microphone</source>
        <translation>Demomikrofon</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Lindby Dental &amp; Therapy</source>
        <translation>Lindby Tand &amp; Terapi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo needs its patients first.</source>
        <translation>Demon behöver sina patienter först.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-up</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Återbesök</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The patient is travelling.</source>
        <translation>Patienten är bortrest.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <location filename="../ui/DemoVault.cpp" line="+108"/>
        <source>Dr Demo</source>
        <translation>Dr Demo</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <location filename="../core/repo/DocumentRepository.cpp" line="+34"/>
        <source>The document does not exist.</source>
        <translation>Dokumentet finns inte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A document needs a file name of 1 to %1 characters.</source>
        <translation>Ett dokument måste ha ett filnamn på 1 till %1 tecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty; there is nothing to keep.</source>
        <translation>Filen är tom; det finns inget att spara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than %1 MiB, the most a document may be.</source>
        <translation>Filen är större än %1 MiB, som är den största tillåtna storleken för ett dokument.</translation>
    </message>
</context>
<context>
    <name>EncounterRepository</name>
    <message>
        <location filename="../core/repo/EncounterRepository.cpp" line="+147"/>
        <source>The appointment was cancelled; open the patient&apos;s record to start an encounter.</source>
        <translation>Bokningen är avbokad; öppna patientens journal för att starta ett besök.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+36"/>
        <source>The encounter does not exist.</source>
        <translation>Besöket finns inte.</translation>
    </message>
</context>
<context>
    <name>EncounterService</name>
    <message>
        <location filename="../ui/services/EncounterService.cpp" line="+57"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>Inspelningen kunde inte sparas i ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+483"/>
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
        <location line="+8"/>
        <location line="+86"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Begäran till %1 avbröts.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The answer from %1 was larger than %2, so it was not read.</source>
        <translation>Svaret från %1 var större än %2 och lästes därför inte.</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>ICalendarExporter</name>
    <message>
        <location filename="../core/export/ICalendarExporter.cpp" line="+63"/>
        <location line="+5"/>
        <source>Appointment: %1</source>
        <translation>Bokning: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>With %1</source>
        <translation>Hos %1</translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <location filename="../core/jobs/JobRepository.cpp" line="+59"/>
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
        <location line="+186"/>
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
        <location filename="../core/util/JsonSchema.cpp" line="+183"/>
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
        <location filename="../core/crypto/KeyEnvelope.cpp" line="+90"/>
        <location line="+63"/>
        <location line="+38"/>
        <source>The key file keys.json is damaged.</source>
        <translation>Nyckelfilen keys.json är skadad.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The password is not correct.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This key envelope opens with the keychain, not a password.</source>
        <translation>Det här nyckelkuvertet öppnas med nyckelringen, inte med ett lösenord.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This key envelope does not open with a keychain key.</source>
        <translation>Det här nyckelkuvertet kan inte öppnas med en nyckel från nyckelringen.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/crypto/KeyFile.cpp" line="+19"/>
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
        <location line="+15"/>
        <source>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</source>
        <translation>Nyckelfilen keys.json är skadad. Återställ den från en säkerhetskopia eller öppna valvet från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</source>
        <translation>Valvets nyckelfil kommer från en nyare version av ClinicDesk. Uppdatera ClinicDesk för att öppna valvet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>The key file keys.json could not be written: %1</source>
        <translation>Nyckelfilen keys.json kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+22"/>
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
    <name>Letterhead</name>
    <message>
        <location filename="../core/export/Letterhead.cpp" line="+60"/>
        <source>Tel. %1</source>
        <translation>Tfn %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT no. %1</source>
        <translation>Momsreg.nr %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+44"/>
        <source>The vault could not be brought up to date: its records do not fit together. It was not changed.</source>
        <translation>Valvet kunde inte uppdateras: dess uppgifter hänger inte ihop. Det har inte ändrats.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</source>
        <translation>Valvet skapades med en nyare version av ClinicDesk (schema %1; den här versionen känner till scheman upp till %2). Uppdatera ClinicDesk för att öppna det; valvet har inte ändrats.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A schema migration is missing from this build of ClinicDesk.</source>
        <translation>En schemamigrering saknas i den här versionen av ClinicDesk.</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../core/domain/NationalId.cpp" line="+71"/>
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
        <location filename="../core/ai/NoteGenerator.cpp" line="+144"/>
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
        <location filename="../core/export/NotePdfExporter.cpp" line="+139"/>
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
        <location line="+10"/>
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
        <location filename="../core/export/LetterheadPdf.cpp" line="+64"/>
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
        <location line="+97"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+41"/>
        <location line="+41"/>
        <source>The PDF could not be written.</source>
        <translation>PDF-filen kunde inte skrivas.</translation>
    </message>
    <message>
        <location filename="../core/export/NotePdfExporter.cpp" line="+13"/>
        <source>%1, born %2</source>
        <translation>%1, född %2</translation>
    </message>
    <message>
        <location filename="../core/export/LetterheadPdf.cpp" line="-109"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/repo/NoteRepository.cpp" line="+73"/>
        <source>The note does not exist.</source>
        <translation>Anteckningen finns inte.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>A note needs an encounter and a template.</source>
        <translation>En anteckning måste ha ett besök och en mall.</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+117"/>
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
        <location line="+74"/>
        <source>The note is not signed, so it has no hash to verify.</source>
        <translation>Anteckningen är inte signerad, så den har ingen hash att verifiera.</translation>
    </message>
</context>
<context>
    <name>NoteSchemaField</name>
    <message>
        <location filename="../ui/encounter/NoteSchemaField.cpp" line="+261"/>
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
        <location filename="../ui/services/NoteService.cpp" line="+77"/>
        <source>“%1” could not be replaced.</source>
        <translation>”%1” kunde inte ersättas.</translation>
    </message>
</context>
<context>
    <name>NoteTemplateRepository</name>
    <message>
        <location filename="../core/repo/NoteTemplateRepository.cpp" line="+30"/>
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
        <location filename="../core/audio/OggOpusDecoder.cpp" line="+11"/>
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
        <location filename="../core/audio/OggOpusSplitter.cpp" line="+124"/>
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
        <location filename="../core/ai/OpenAiClient.cpp" line="+201"/>
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
        <location line="+10"/>
        <source>No API key is stored for %1. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Ingen API-nyckel är sparad för %1. Ange den under AI &gt; AI-inställningar eller med clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiAnswer.cpp" line="+40"/>
        <source>The provider&apos;s answer was not valid JSON (%1).</source>
        <translation>Leverantörens svar var inte giltig JSON (%1).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The answer from %1 holds no transcription.</source>
        <translation>Svaret från %1 innehåller ingen transkription.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiClient.cpp" line="+27"/>
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
        <location filename="../core/ai/OpenAiAnswer.cpp" line="+22"/>
        <source>The model refused to write this answer: &quot;%1&quot;</source>
        <translation>Modellen vägrade att skriva det här svaret: ”%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was cut off because it became too long (too long for the output limit). Try a shorter input or a larger limit.</source>
        <translation>Svaret klipptes av eftersom det blev för långt (för långt för utdatagränsen). Försök med kortare indata eller en högre gräns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>Leverantörens innehållsfilter stoppade svaret.</translation>
    </message>
</context>
<context>
    <name>OpusStreamEncoder</name>
    <message>
        <location filename="../core/audio/OpusStreamEncoder.cpp" line="+31"/>
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
        <location filename="../core/crypto/PasswordKdf.cpp" line="+11"/>
        <source>The key derivation was given a malformed salt.</source>
        <translation>Nyckelhärledningen fick ett felaktigt salt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There was not enough memory to derive the key from the password. Close other programs and try again.</source>
        <translation>Det fanns inte tillräckligt med minne för att härleda nyckeln från lösenordet. Stäng andra program och försök igen.</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <location filename="../core/repo/PatientMerge.cpp" line="+52"/>
        <source>A record cannot be merged into itself.</source>
        <translation>En journal kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The patient does not exist (or was already merged or removed).</source>
        <translation>Patienten finns inte (eller har redan slagits ihop eller tagits bort).</translation>
    </message>
</context>
<context>
    <name>PatientRecordService</name>
    <message>
        <location filename="../ui/services/PatientRecordService.cpp" line="+80"/>
        <source>“%1” is larger than %2 MiB, the most a document may be.</source>
        <translation>”%1” är större än %2 MiB, som är den största tillåtna storleken för ett dokument.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be read: %2</source>
        <translation>”%1” kunde inte läsas: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document could not be saved to “%1”: %2</source>
        <translation>Dokumentet kunde inte sparas i ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/repo/PatientValidator.cpp" line="+45"/>
        <source>A patient needs a first name and a last name.</source>
        <translation>En patient måste ha både förnamn och efternamn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the first name.</source>
        <translation>Ange förnamnet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the last name.</source>
        <translation>Ange efternamnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name can have at most %1 characters.</source>
        <translation>Ett namn får vara högst %1 tecken långt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>Födelsedatumet måste vara ett giltigt datum skrivet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Födelsedatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is before 1880; check the year.</source>
        <translation>Födelsedatumet är före 1880; kontrollera året.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The date of birth does not match the one in the national identity number.</source>
        <translation>Födelsedatumet stämmer inte med det i identitetsnumret.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</source>
        <translation>Telefonnumret får bara innehålla siffror, mellanslag, parenteser, punkter, bindestreck och ett inledande +.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The e-mail address is not valid (it should look like name@example.com).</source>
        <translation>E-postadressen är ogiltig (den ska se ut som namn@example.com).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address can have at most %1 characters.</source>
        <translation>Adressen får vara högst %1 tecken lång.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The alerts can have at most %1 characters.</source>
        <translation>Varningarna får vara högst %1 tecken långa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clinical notes are too long.</source>
        <translation>Journalanteckningarna är för långa.</translation>
    </message>
    <message>
        <location filename="../core/repo/PatientRepository.cpp" line="+102"/>
        <location line="+119"/>
        <location line="+66"/>
        <location line="+68"/>
        <source>The patient does not exist.</source>
        <translation>Patienten finns inte.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This record was merged into the record of %1 (ID %2); open that one.</source>
        <translation>Den här journalen har slagits ihop med journalen för %1 (ID %2); öppna den i stället.</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <location filename="../core/ai/ProviderConfig.cpp" line="+60"/>
        <source>The address &quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>Adressen ”%1” är inte en webbadress (en sådan börjar med https://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address &quot;%1&quot; must start with https://: without it, recordings and notes would cross the network unencrypted (plain http:// is only for a server on this computer, such as http://localhost:8080/v1).</source>
        <translation>Adressen ”%1” måste börja med https://: annars skulle inspelningar och anteckningar gå okrypterade över nätverket (vanlig http:// är bara till för en server på den här datorn, till exempel http://localhost:8080/v1).</translation>
    </message>
</context>
<context>
    <name>RecordingImporter</name>
    <message>
        <location filename="../core/audio/RecordingImporter.cpp" line="+35"/>
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
        <location filename="../core/repo/RecordingRepository.cpp" line="+39"/>
        <source>The recording does not exist.</source>
        <translation>Inspelningen finns inte.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient declined to be recorded in this encounter, so it cannot be recorded.</source>
        <translation>Patienten har avböjt inspelning vid det här besöket, så det kan inte spelas in.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The recording is no longer being captured.</source>
        <translation>Inspelningen pågår inte längre.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The recording was discarded.</source>
        <translation>Inspelningen har kasserats.</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <location filename="../core/export/ReferralSource.cpp" line="+22"/>
        <source>A referral letter is written from a signed note. Sign the note first.</source>
        <translation>En remiss skrivs utifrån en signerad anteckning. Signera anteckningen först.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+31"/>
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
        <location filename="../core/jobs/RunnerJobContext.cpp" line="+45"/>
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
        <location filename="../core/ai/Transcriber.cpp" line="+124"/>
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
        <location filename="../core/repo/TranscriptRepository.cpp" line="+77"/>
        <source>A transcript needs the recording it was made from.</source>
        <translation>En transkription måste ha den inspelning som den gjordes från.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording does not exist.</source>
        <translation>Inspelningen finns inte.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The transcript does not exist.</source>
        <translation>Transkriptionen finns inte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This recording has not been transcribed yet.</source>
        <translation>Inspelningen har inte transkriberats än.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/repo/UserRepository.cpp" line="+46"/>
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
        <location line="+22"/>
        <source>There is already a user called %1.</source>
        <translation>Det finns redan en användare som heter %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The user does not exist.</source>
        <translation>Användaren finns inte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user called %1.</source>
        <translation>Det finns ingen användare som heter %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is the last active administrator and cannot be disabled. Make another user an administrator first.</source>
        <translation>%1 är den sista aktiva administratören och kan inte inaktiveras. Gör först en annan användare till administratör.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You cannot disable your own account. Another administrator can do it.</source>
        <translation>Du kan inte inaktivera ditt eget konto. En annan administratör kan göra det.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is the last active administrator and must stay one. Make another user an administrator first.</source>
        <translation>%1 är den sista aktiva administratören och måste förbli det. Gör först en annan användare till administratör.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You cannot change your own role. Another administrator can do it.</source>
        <translation>Du kan inte ändra din egen roll. En annan administratör kan göra det.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="+98"/>
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
        <location line="+7"/>
        <source>The user name or password is not correct.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer does not remember this user. Enter the password.</source>
        <translation>Den här datorn kommer inte ihåg den här användaren. Ange lösenordet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key remembered on this computer no longer opens the vault. Enter the password.</source>
        <translation>Nyckeln som sparats på den här datorn öppnar inte längre valvet. Ange lösenordet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This vault has no recovery envelope.</source>
        <translation>Valvet har inget återställningskuvert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery code is not correct.</source>
        <translation>Återställningskoden är fel.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+79"/>
        <source>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</source>
        <translation>Granskningsankarets fil %1 saknas: loggens slut kan inte bekräftas.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../core/session/VaultSession.cpp" line="+48"/>
        <location line="+113"/>
        <location line="+33"/>
        <location line="+40"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The user name or password is not correct.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This user account is disabled. Ask an administrator to enable it.</source>
        <translation>Det här användarkontot är inaktiverat. Be en administratör att aktivera det.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This vault&apos;s administrators have changed: say which user you are.</source>
        <translation>Valvets administratörer har ändrats: ange vilken användare du är.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AdministratorPage</name>
    <message>
        <location filename="../ui/firstrun/AdministratorPage.cpp" line="+25"/>
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
        <location filename="../ui/settings/AiSettingsPage.cpp" line="+45"/>
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
        <location filename="../ui/AppController.cpp" line="+154"/>
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
        <source>Stop the recording first, then change the language.</source>
        <translation>Stoppa inspelningen först och byt sedan språk.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+36"/>
        <source>Locking the vault…</source>
        <translation>Låser valvet…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+50"/>
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
    <name>clinicdesk::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+62"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifiera kedjan</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel export</source>
        <translation>Avbryt exporten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Tillbaka till Inställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between dates</source>
        <translation>Mellan datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (included)</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute the hash chain and compare its end with the anchor kept outside the database</source>
        <translation>Beräkna om hashkedjan och jämför dess slut med ankaret som förvaras utanför databasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entries the filters show, as a CSV file</source>
        <translation>Posterna som filtren visar, som en CSV-fil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sign-in, change, opened record, export and backup, each entry chained to the one before so that a changed or removed entry shows.</source>
        <translation>Varje inloggning, ändring, öppnad journal, export och säkerhetskopiering, där varje post är kedjad till den föregående så att en ändrad eller borttagen post syns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>Å&amp;tgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod</source>
        <translation>Peri&amp;od</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Audit log entries</source>
        <translation>Granskningsloggens poster</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, disabled)</source>
        <translation>%1 (%2, inaktiverad)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the log…</source>
        <translation>Läser loggen…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <location line="+160"/>
        <source>%n entry(s) in the log</source>
        <translation>
            <numerusform>%n post i loggen</numerusform>
            <numerusform>%n poster i loggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-159"/>
        <source>%n entry(s) match</source>
        <translation>
            <numerusform>%n post matchar</numerusform>
            <numerusform>%n poster matchar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n post exporterades till %1.</numerusform>
            <numerusform>%n poster exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verifying…</source>
        <translation>Verifierar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Intact and anchored: all %1 entries follow one another unchanged, and entry %2, recorded outside the database when the vault was last locked, is still the same.</source>
        <translation>Intakt och förankrad: alla %1 poster följer på varandra oförändrade, och post %2, som registrerades utanför databasen när valvet senast låstes, är fortfarande densamma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain breaks at entry %1: %2 Entries from there on cannot be trusted; keep this vault as it is and restore a verified backup into a new folder to compare.</source>
        <translation>Kedjan bryts vid post %1: %2 Poster från och med den går inte att lita på; låt valvet vara som det är och återställ en verifierad säkerhetskopia till en ny mapp för att jämföra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end of the log cannot be confirmed: %1</source>
        <translation>Loggens slut kan inte bekräftas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is intact</source>
        <translation>Granskningsloggen är intakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audit log is broken</source>
        <translation>Granskningsloggen är bruten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entry %1</source>
        <translation>Visa post %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditService</name>
    <message>
        <location filename="../ui/services/AuditService.cpp" line="+138"/>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="+15"/>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Utloggad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Inloggning nekad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Säkerhetskopia gjord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup cancelled</source>
        <translation>Säkerhetskopiering avbruten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup verified</source>
        <translation>Säkerhetskopia verifierad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User disabled</source>
        <translation>Användare inaktiverad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User enabled</source>
        <translation>Användare aktiverad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Roll ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Lösenord ändrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Lösenord återställt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered on a computer</source>
        <translation>Ihågkommen på en dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgotten on a computer</source>
        <translation>Bortglömd på en dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried</source>
        <translation>Körd igen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note template</source>
        <translation>Anteckningsmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Vault</source>
        <translation>Valv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI job</source>
        <translation>AI-jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Betalning</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupCredentialsDialog</name>
    <message>
        <location filename="../ui/backups/BackupCredentialsDialog.cpp" line="+19"/>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a backup of another vault. To check it, enter the sign-in name and password of a user in that vault.</source>
        <translation>%1 är en säkerhetskopia av ett annat valv. Ange inloggningsnamn och lösenord för en användare i det valvet för att kontrollera den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in name in the backup</source>
        <translation>Inloggningsnamn i säkerhetskopian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the only administrator</source>
        <translation>Tomt: den enda administratören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password in the backup</source>
        <translation>Lösenord i säkerhetskopian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the backup</source>
        <translation>Kontrollera säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupService</name>
    <message>
        <location filename="../ui/services/BackupService.cpp" line="-124"/>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The backup was written but failed its check (%1) and was removed. Try again, or choose another drive.</source>
        <translation>Säkerhetskopian skrevs men klarade inte kontrollen (%1) och togs bort. Försök igen eller välj en annan enhet.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupStatusIndicator</name>
    <message>
        <location filename="../ui/backups/BackupStatusIndicator.cpp" line="+31"/>
        <source>Last backup: …</source>
        <translation>Senaste säkerhetskopia: …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>för %n min sedan</numerusform>
            <numerusform>för %n min sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>för %n tim sedan</numerusform>
            <numerusform>för %n tim sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No verified backup yet — overdue</source>
        <translation>Ingen verifierad säkerhetskopia än — försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault has no verified backup.</source>
        <translation>Valvet har ingen verifierad säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup: %1 — overdue</source>
        <translation>Senaste säkerhetskopia: %1 — försenad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last backup: %1</source>
        <translation>Senaste säkerhetskopia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: the last verified backup was made %1, more than a day ago.</source>
        <translation>Försenad: den senaste verifierade säkerhetskopian gjordes %1, för mer än ett dygn sedan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last verified backup was made %1.</source>
        <translation>Den senaste verifierade säkerhetskopian gjordes %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Settings › Backups to make one.</source>
        <translation>Öppna Inställningar › Säkerhetskopior för att göra en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator makes backups in Settings › Backups.</source>
        <translation>En administratör gör säkerhetskopior under Inställningar › Säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue.</source>
        <translation>Försenad.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupTaskPanel</name>
    <message>
        <location filename="../ui/backups/BackupTaskPanel.cpp" line="+23"/>
        <source>The file is a ClinicDesk backup and its key opens</source>
        <translation>Filen är en säkerhetskopia från ClinicDesk och nyckeln öppnar den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete and unmodified (a keyed tag over the whole file)</source>
        <translation>Fullständig och oförändrad (en nyckelbaserad kontrollkod för hela filen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database inside is intact (integrity check)</source>
        <translation>Databasen i filen är intakt (integritetskontroll)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log inside is unbroken, up to its last entry</source>
        <translation>Granskningsloggen i filen är obruten, ända till sista posten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop now: nothing is left behind (Esc)</source>
        <translation>Stoppa nu: inget lämnas kvar (Esc)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copying the vault…</source>
        <translation>Kopierar valvet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the backup file…</source>
        <translation>Skriver säkerhetskopian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the backup…</source>
        <translation>Öppnar säkerhetskopian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking that the file is complete and unmodified…</source>
        <translation>Kontrollerar att filen är fullständig och oförändrad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the database out of the file…</source>
        <translation>Läser ut databasen ur filen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database…</source>
        <translation>Kontrollerar databasen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the audit log…</source>
        <translation>Kontrollerar granskningsloggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing the restored vault…</source>
        <translation>Slutför det återställda valvet…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>underkänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking now</source>
        <translation>kontrolleras nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>inte kontrollerad än</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupsPage</name>
    <message numerus="yes">
        <location filename="../ui/backups/BackupsPage.cpp" line="+50"/>
        <source>%n patient(s), %1 audit entries, %2</source>
        <translation>
            <numerusform>%n patient, %1 granskningsposter, %2</numerusform>
            <numerusform>%n patienter, %1 granskningsposter, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Verifiera en fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Tillbaka till Inställningar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole vault in one encrypted file, checked right after it is written. Keep backups on a USB drive or a network share, not only on this computer.</source>
        <translation>Hela valvet i en krypterad fil, som kontrolleras direkt efter att den har skrivits. Förvara säkerhetskopior på ett USB-minne eller en nätverksresurs, inte bara på den här datorn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+143"/>
        <source>Verify a backup file</source>
        <translation>Verifiera en säkerhetskopia</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Checks that a file is complete and unmodified, that the database in it is intact and that its audit log is unbroken.</source>
        <translation>Kontrollerar att en fil är fullständig och oförändrad, att databasen i den är intakt och att dess granskningslogg är obruten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a new folder</source>
        <translation>Återställ till en ny mapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a separate vault from a backup file, in a new or empty folder. This vault is not changed.</source>
        <translation>Skapar ett separat valv från en säkerhetskopia, i en ny eller tom mapp. Det här valvet ändras inte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This vault has no verified backup yet. Make one now, and keep it away from this computer.</source>
        <translation>Valvet har ingen verifierad säkerhetskopia än. Gör en nu och förvara den någon annanstans än på den här datorn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last verified backup: made %1 (%2)</source>
        <translation>Senaste verifierade säkerhetskopia: gjord %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file %1</source>
        <translation>fil %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is more than a day ago: make a new one.</source>
        <translation>Det är mer än ett dygn sedan: gör en ny.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back up to</source>
        <translation>Säkerhetskopiera till</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClinicDesk backups (*.cdb)</source>
        <translation>ClinicDesk-säkerhetskopior (*.cdb)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up to %1</source>
        <translation>Säkerhetskopierar till %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up and verified: %1.</source>
        <translation>Säkerhetskopierad och verifierad: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup %1 is complete and verified. Keep a copy away from this computer.</source>
        <translation>Säkerhetskopian %1 är fullständig och verifierad. Förvara en kopia någon annanstans än på den här datorn.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ClinicDesk backups (*.cdb);;All files (*)</source>
        <translation>ClinicDesk-säkerhetskopior (*.cdb);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Checking %1</source>
        <translation>Kontrollerar %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Intact: made %1; %2.</source>
        <translation>Intakt: gjord %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an intact backup of this vault.</source>
        <translation>%1 är en intakt säkerhetskopia av det här valvet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an intact backup of another vault; it says nothing about this vault&apos;s backups.</source>
        <translation>%1 är en intakt säkerhetskopia av ett annat valv; den säger inget om det här valvets säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A vault was restored into %1. This vault is unchanged.</source>
        <translation>Ett valv återställdes till %1. Det här valvet är oförändrat.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BookingDialog</name>
    <message>
        <location filename="../ui/calendar/BookingDialog.cpp" line="+58"/>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New booking</source>
        <translation>Ny bokning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name, national ID or phone number</source>
        <translation>Skriv namn, ID-nummer eller telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the patient</source>
        <translation>Sök patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching patients</source>
        <translation>Matchande patienter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No practitioner</source>
        <translation>Ingen behandlare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why they come, e.g. check-up (no clinical details)</source>
        <translation>Varför patienten kommer, t.ex. kontroll (inga kliniska uppgifter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the visit</source>
        <translation>Besöksorsak</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ractitioner:</source>
        <translation>Be&amp;handlare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason:</source>
        <translation>Besöks&amp;orsak:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change the time</source>
        <translation>Ändra tiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Booking for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bokning för &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the patient first</source>
        <translation>Välj patient först</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarExportDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarExportDialog.cpp" line="+25"/>
        <source>Events are called “Appointment”: no patient is named.</source>
        <translation>Händelserna heter ”Bokning”: ingen patient namnges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients are named by their initials (“Appointment: Å. L.”).</source>
        <translation>Patienter anges med initialer (”Bokning: Å. L.”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients are named in full (“Appointment: Åsa Lind”).</source>
        <translation>Patienter anges med fullständigt namn (”Bokning: Åsa Lind”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the calendar</source>
        <translation>Exportera kalendern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose appointments</source>
        <translation>Vems bokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole clinic</source>
        <translation>Hela mottagningen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the .ics file</source>
        <translation>Välj var .ics-filen ska sparas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>Vä&amp;lj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for a visit is never exported. The file is not encrypted.</source>
        <translation>Besöksorsaken exporteras aldrig. Filen är inte krypterad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Whose:</source>
        <translation>&amp;Vems:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dagar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the calendar (the file is not encrypted)</source>
        <translation>Spara kalendern (filen är inte krypterad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>The last day is before the first.</source>
        <translation>Sista dagen ligger före den första.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarGrid</name>
    <message>
        <location filename="../ui/calendar/CalendarGrid.cpp" line="+42"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+534"/>
        <source>Cancelled: %1</source>
        <translation>Avbokad: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2 to %3, %4</source>
        <translation>%1, %2 till %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free time, %1, %2</source>
        <translation>Ledig tid, %1, %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="+60"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Ny bokning…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrived</source>
        <translation>&amp;Har kommit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In progress</source>
        <translation>&amp;Pågår</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Klart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;No-show</source>
        <translation>&amp;Uteblev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to booked</source>
        <translation>&amp;Tillbaka till bokat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Avboka…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;encounter</source>
        <translation>Öppna &amp;besök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag over free time to book · drag a booking to move it, its bottom edge to resize · arrows move, %1/%2 the previous/next %3, T today, Enter opens, Delete cancels, %4 books</source>
        <translation>Dra över ledig tid för att boka · dra en bokning för att flytta den, dess nederkant för att ändra längden · piltangenterna flyttar, %1/%2 föregående/nästa %3, T i dag, Enter öppnar, Delete avbokar, %4 bokar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week or day</source>
        <translation>vecka eller dag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go to today</source>
        <translation>Gå till i dag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show one day</source>
        <translation>Visa en dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a week</source>
        <translation>Visa en vecka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose calendar</source>
        <translation>Vems kalender</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <source>Whole clinic</source>
        <translation>Hela mottagningen</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Snap dragged times to</source>
        <translation>Fäst dragna tider vid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dragged times snap to this step; hold Shift for 5 minutes</source>
        <translation>Dragna tider fästs vid det här intervallet; håll ned Skift för 5 minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15-minute steps</source>
        <translation>15-minutersintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-minute steps</source>
        <translation>5-minutersintervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book at the selected time</source>
        <translation>Boka på den valda tiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save appointments as an iCalendar file for a phone&apos;s calendar</source>
        <translation>Spara bokningar som en iCalendar-fil för en telefons kalender</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Week %1 · %2–%3</source>
        <translation>Vecka %1 · %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 · %2 – %3</source>
        <translation>Vecka %1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>week</source>
        <translation>vecka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>The previous %1</source>
        <translation>Föregående %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The next %1</source>
        <translation>Nästa %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Double booking</source>
        <translation>Dubbelbokning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book it anyway as a double booking, or choose another time?</source>
        <translation>Vill du boka ändå som dubbelbokning eller välja en annan tid?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book anyway</source>
        <translation>&amp;Boka ändå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose another time</source>
        <translation>&amp;Välj en annan tid</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Booked.</source>
        <translation>Bokat.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Moved.</source>
        <translation>Flyttat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. The booking is kept with the reason.</source>
        <translation>Avbokat. Bokningen sparas med orsaken.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n bokning exporterades till %1.</numerusform>
            <numerusform>%n bokningar exporterades till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarSettingsPage</name>
    <message>
        <location filename="../ui/calendar/CalendarSettingsPage.cpp" line="+42"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Endast en administratör kan ändra de här inställningarna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the clinic&apos;s usual hours (Monday to Friday, 08:00–17:00)</source>
        <translation>Använd mottagningens vanliga tider (måndag–fredag, 08:00–17:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Tillbaka till Inställningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working hours</source>
        <translation>Arbetstider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar shades the time outside these hours and warns when a booking falls outside them (it is still allowed).</source>
        <translation>Kalendern skuggar tiden utanför de här tiderna och varnar när en bokning hamnar utanför dem (det är ändå tillåtet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 from</source>
        <translation>%1 från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 until</source>
        <translation>%1 till</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandlare:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported calendars</source>
        <translation>Exporterade kalendrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar exported for a phone (iCalendar) names the patient of each appointment as chosen here. The reason for a visit is never exported.</source>
        <translation>En kalender som exporteras till en telefon (iCalendar) anger patienten för varje bokning så som du väljer här. Besöksorsaken exporteras aldrig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No name: “Appointment”</source>
        <translation>Inget namn: ”Bokning”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initials: “Appointment: Å. L.” (recommended)</source>
        <translation>Initialer: ”Bokning: Å. L.” (rekommenderas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name: “Appointment: Åsa Lind”</source>
        <translation>Fullständigt namn: ”Bokning: Åsa Lind”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1&apos;s hours on %2 end before they start.</source>
        <translation>Arbetstiden för %1 på %2 slutar innan den börjar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The calendar settings are saved.</source>
        <translation>Kalenderinställningarna har sparats.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CancelAppointmentDialog</name>
    <message>
        <location filename="../ui/calendar/CancelAppointmentDialog.cpp" line="+16"/>
        <source>Cancel the &amp;appointment</source>
        <translation>&amp;Avboka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the appointment</source>
        <translation>Avbokning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? The booking is kept as cancelled, with the reason.</source>
        <translation>Avboka &lt;b&gt;%1&lt;/b&gt;? Bokningen sparas som avbokad, med orsaken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required, no clinical details):</source>
        <translation>&amp;Orsak (obligatoriskt, inga kliniska uppgifter):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Patient called, ill</source>
        <translation>t.ex. Patienten ringde, sjuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>Orsak till avbokningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the appointment</source>
        <translation>&amp;Behåll bokningen</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ClinicProfilePage</name>
    <message>
        <location filename="../ui/settings/ClinicProfilePage.cpp" line="+57"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only an administrator can change the clinic&apos;s profile.</source>
        <translation>Endast en administratör kan ändra mottagningens profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile and the letter template (Alt+S)</source>
        <translation>Spara profilen och brevmallen (Alt+R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinic</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clinic name</source>
        <translation>Mottagningens namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it appears on letters and notes</source>
        <translation>Så som det visas i brev och anteckningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per line of the postal address</source>
        <translation>En rad per rad i postadressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street and number
Postcode and town</source>
        <translation>Gatuadress
Postnummer och ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT or tax number</source>
        <translation>Momsreg.nr eller org.nr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ An e-mail address has an @ in it.</source>
        <translation>⚠ En e-postadress innehåller ett @.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose &amp;logo…</source>
        <translation>Välj &amp;logotyp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG, JPEG or SVG file; it is stored as a PNG of at most 600 px (Alt+L)</source>
        <translation>En PNG-, JPEG- eller SVG-fil; den sparas som PNG på högst 600 px (Alt+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove logo</source>
        <translation>Ta &amp;bort logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the letterhead without a logo (Alt+R)</source>
        <translation>Skriv ut brevhuvudet utan logotyp (Alt+B)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT or tax no.:</source>
        <translation>&amp;Moms-/org.nr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The top of the first page of every note PDF and letter. The pages after it repeat the clinic&apos;s name in a small header.</source>
        <translation>Överst på första sidan i varje antecknings-PDF och brev. Följande sidor upprepar mottagningens namn i ett litet sidhuvud.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letterhead</source>
        <translation>Brevhuvud</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referral letter template</source>
        <translation>Remissmall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders: %1</source>
        <translation>Platshållare: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the &amp;built-in letter</source>
        <translation>Redigera &amp;inbyggt brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the built-in letter in the editor to change it (Alt+B)</source>
        <translation>Lägg in det inbyggda brevet i redigeraren för att ändra det (Alt+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use the built-in letter</source>
        <translation>An&amp;vänd inbyggt brev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the editor: letters use the built-in text in the interface&apos;s language (Alt+U)</source>
        <translation>Töm redigeraren: breven använder den inbyggda texten på gränssnittets språk (Alt+V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referral letter</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of a referral letter made from a signed note. Empty: the built-in letter (shown in grey) in English, Swedish or Polish, as the interface. Placeholders are filled in when the letter is made: %1.</source>
        <translation>Texten i en remiss som skapas utifrån en signerad anteckning. Tomt: det inbyggda brevet (visas i grått) på engelska, svenska eller polska, enligt gränssnittets språk. Platshållarna fylls i när remissen skapas: %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo: the letterhead shows the clinic&apos;s name and address.</source>
        <translation>Ingen logotyp: brevhuvudet visar mottagningens namn och adress.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Välj mottagningens logotyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the logo…</source>
        <translation>Läser logotypen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>⚠ Not a placeholder, printed as written: %1</source>
        <translation>⚠ Inte en platshållare, skrivs ut som den står: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the e-mail address: it has no @.</source>
        <translation>Kontrollera e-postadressen: den saknar @.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. New PDFs and letters use this letterhead.</source>
        <translation>Sparat. Nya PDF-filer och brev använder det här brevhuvudet.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ConsentPanel</name>
    <message>
        <location filename="../ui/encounter/ConsentPanel.cpp" line="+21"/>
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
        <location filename="../ui/firstrun/CreateVaultPage.cpp" line="+17"/>
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
        <location filename="../ui/settings/EgressLogPage.cpp" line="+23"/>
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
        <location filename="../ui/encounter/EncounterController.cpp" line="+228"/>
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
        <location filename="../ui/encounter/EncounterJobs.cpp" line="+230"/>
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
    <name>clinicdesk::EncounterListTab</name>
    <message>
        <location filename="../ui/patients/EncounterListTab.cpp" line="+18"/>
        <source>&amp;Open encounter</source>
        <translation>&amp;Öppna besök</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+146"/>
        <source>Encounter started %1</source>
        <translation>Besöket började %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Stoppa inspelningen innan du lämnar den här patienten</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Tillbaka</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Back to where you came from</source>
        <translation>Tillbaka dit du kom ifrån</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ErrorLabel</name>
    <message>
        <location filename="../ui/widgets/ErrorLabel.cpp" line="+14"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FinishPage</name>
    <message>
        <location filename="../ui/firstrun/FinishPage.cpp" line="+13"/>
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
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
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
        <location filename="../ui/widgets/InfoBar.cpp" line="+23"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobRunner</name>
    <message>
        <location filename="../core/jobs/JobRunner.cpp" line="+284"/>
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
        <location filename="../ui/encounter/JobStatusPanel.cpp" line="+23"/>
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
        <location filename="../ui/jobs/JobTableModel.cpp" line="+35"/>
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
        <location filename="../ui/jobs/JobsPanel.cpp" line="+68"/>
        <source>AI jobs</source>
        <translation>AI-jobb</translation>
    </message>
    <message>
        <location line="-37"/>
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
        <location line="+5"/>
        <source>AI jobs of this vault</source>
        <translation>Valvets AI-jobb</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+109"/>
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
        <location filename="../core/keychain/KeychainStore.cpp" line="+97"/>
        <source>The keychain did not answer.</source>
        <translation>Nyckelringen svarade inte.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LanguagePage</name>
    <message>
        <location filename="../ui/settings/LanguagePage.cpp" line="+21"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates, times, numbers and amounts follow the language chosen. Notes and transcripts keep the language of the consultation (AI providers).</source>
        <translation>Datum, tider, tal och belopp följer det valda språket. Anteckningar och transkriptioner behåller besökets språk (ställs in under AI-leverantörer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LetterheadPreview</name>
    <message>
        <location filename="../ui/settings/LetterheadPreview.cpp" line="+27"/>
        <source>Letterhead preview</source>
        <translation>Förhandsvisning av brevhuvud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No letterhead: documents start with their own heading.</source>
        <translation>Inget brevhuvud: dokumenten börjar med sin egen rubrik.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LevelMeter</name>
    <message>
        <location filename="../ui/encounter/LevelMeter.cpp" line="+21"/>
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
        <location filename="../ui/main/MainWindow.cpp" line="+56"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Patients</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Money</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>AI jobs</source>
        <translation>AI-jobb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoices, payments and receipts will be kept here in a later version of ClinicDesk.</source>
        <translation>Fakturor, betalningar och kvitton kommer att hanteras här i en senare version av ClinicDesk.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working hours of each practitioner, and how much of a patient an exported calendar names.</source>
        <translation>Varje behandlares arbetstider och hur mycket av patientens namn som visas i en exporterad kalender.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <source>S&amp;witch user…</source>
        <translation>&amp;Byt användare…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock and let someone else sign in (%1)</source>
        <translation>Lås och låt någon annan logga in (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Inloggad som %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n AI job(s) waiting</source>
        <translation>
            <numerusform>%n AI-jobb väntar</numerusform>
            <numerusform>%n AI-jobb väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n kräver din åtgärd</numerusform>
            <numerusform>%n kräver din åtgärd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>En inspelning pågår. Stoppa den innan du öppnar en annan patient.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clinic</source>
        <translation>Mottagning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address, VAT number and logo on every PDF; the referral letter&apos;s text.</source>
        <translation>Namn, adress, momsreg.nr och logotyp på varje PDF; remissens text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English, Swedish or Polish; dates and numbers follow it.</source>
        <translation>Engelska, svenska eller polska; datum och tal följer språket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in and privacy</source>
        <translation>Inloggning och integritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes; which practitioners see a patient&apos;s notes.</source>
        <translation>Låsning efter inaktivitet; vilka behandlare som ser en patients anteckningar.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>AI providers</source>
        <translation>AI-leverantörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who transcribes and writes notes, with which keys and languages; note templates; prices and budgets.</source>
        <translation>Vem som transkriberar och skriver anteckningar, med vilka nycklar och språk; anteckningsmallar; priser och budgetar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage and cost</source>
        <translation>Användning och kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the AI was used for this month, per user and model, and its estimated cost.</source>
        <translation>Vad AI har använts till den här månaden, per användare och modell, och den uppskattade kostnaden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What left this computer</source>
        <translation>Vad som lämnat datorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request sent to an AI provider: when, by whom, where, how much. Never its content.</source>
        <translation>Varje begäran som skickats till en AI-leverantör: när, av vem, vart och hur mycket. Aldrig innehållet.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
        <source>AI &amp;jobs</source>
        <translation>AI-&amp;jobb</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Users and roles</source>
        <translation>Användare och roller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may sign in and what each may see: add users, change roles, disable accounts, set a new password.</source>
        <translation>Vem som får logga in och vad var och en får se: lägg till användare, ändra roller, inaktivera konton, ange nytt lösenord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the vault now, verify a backup file, restore a backup into a new folder.</source>
        <translation>Säkerhetskopiera valvet nu, verifiera en säkerhetskopia, återställ en säkerhetskopia till en ny mapp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sign-in, change and opened record: filter, export as CSV, verify the chain.</source>
        <translation>Varje inloggning, ändring och öppnad journal: filtrera, exportera som CSV, verifiera kedjan.</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>clinicdesk::NavigationRail</name>
    <message>
        <location filename="../ui/main/NavigationRail.cpp" line="+19"/>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: %1</source>
        <translation>Kortkommando: %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteForm</name>
    <message>
        <location filename="../ui/encounter/NoteForm.cpp" line="+71"/>
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
        <location filename="../ui/encounter/NotePanel.cpp" line="+62"/>
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
        <location line="+534"/>
        <source>Generate</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location line="-528"/>
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
        <location line="+503"/>
        <source>Sign the note: it can no longer be changed; corrections become addenda</source>
        <translation>Signera anteckningen: den kan sedan inte ändras; rättelser blir tillägg</translation>
    </message>
    <message>
        <location line="-502"/>
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
        <location line="+5"/>
        <source>R&amp;eferral letter…</source>
        <translation>R&amp;emiss…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a referral letter from this signed note, on the clinic&apos;s letterhead (Alt+E)</source>
        <translation>Skriv en remiss utifrån den här signerade anteckningen, med mottagningens brevhuvud (Alt+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Template:</source>
        <translation>Ma&amp;ll:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tooth &amp;numbering:</source>
        <translation>Tand&amp;numrering:</translation>
    </message>
    <message>
        <location line="+114"/>
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
        <location line="+38"/>
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
        <location line="+10"/>
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
        <location line="+29"/>
        <source>Your unsaved edits of this note are back. Save them when you are ready.</source>
        <translation>Dina osparade ändringar i anteckningen är återställda. Spara dem när du är klar.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+153"/>
        <source>Regenerate</source>
        <translation>Skapa igen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The note was not saved: %1</source>
        <translation>Anteckningen sparades inte: %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+31"/>
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
        <location line="+9"/>
        <source>Correct the marked fields first</source>
        <translation>Rätta de markerade fälten först</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTableEditor</name>
    <message>
        <location filename="../ui/encounter/NoteTableEditor.cpp" line="+20"/>
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
        <location filename="../ui/settings/NoteTemplatesEditor.cpp" line="+41"/>
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
        <location filename="../ui/jobs/OnlineIndicator.cpp" line="+18"/>
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
    <name>clinicdesk::PatientAppointmentsTab</name>
    <message>
        <location filename="../ui/patients/PatientAppointmentsTab.cpp" line="+23"/>
        <source>No appointments booked.</source>
        <translation>Inga bokningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Besöksorsak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Tidigare</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDialog</name>
    <message>
        <location filename="../ui/patients/PatientDialog.cpp" line="+154"/>
        <source>Clinical &amp;notes:</source>
        <translation>&amp;Journalanteckningar:</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+14"/>
        <source>Allergies, conditions and anything the team must know before treating</source>
        <translation>Allergier, sjukdomar och allt som teamet måste känna till före behandling</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>National &amp;ID:</source>
        <translation>&amp;ID-nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Ale&amp;rts:</source>
        <translation>&amp;Varningar:</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+174"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit patient</source>
        <translation>Redigera patient</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Another patient has this national ID: %1. Check that this is not the same person entered twice.</source>
        <translation>En annan patient har det här ID-numret: %1. Kontrollera att det inte är samma person som registrerats två gånger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDocumentsTab</name>
    <message>
        <location filename="../ui/patients/PatientDocumentsTab.cpp" line="+28"/>
        <source>No documents yet. Add referral letters, signed forms or images with “Add file…”.</source>
        <translation>Inga dokument än. Lägg till remisser, signerade blanketter eller bilder med ”Lägg till fil…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents are kept encrypted in the vault. “Save a copy…” writes an unencrypted copy where you choose: keep it safe and delete it when you no longer need it.</source>
        <translation>Dokumenten förvaras krypterade i valvet. ”Spara en kopia…” skriver en okrypterad kopia dit du väljer: förvara den säkert och radera den när du inte längre behöver den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Lägg till fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Spara en kopia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep a file of any type (at most 50 MiB) in this patient&apos;s record</source>
        <translation>Spara en fil av valfri typ (högst 50 MiB) i patientens journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an unencrypted copy of the selected document to a folder you choose</source>
        <translation>Skriv en okrypterad kopia av det valda dokumentet till en mapp som du väljer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a document</source>
        <translation>Lägg till ett dokument</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding the document</source>
        <translation>Lägger till dokumentet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was added to the record.</source>
        <translation>”%1” har lagts till i journalen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save an unencrypted copy</source>
        <translation>Spara en okrypterad kopia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a copy</source>
        <translation>Sparar en kopia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unencrypted copy was saved to “%1”. Delete it when you no longer need it.</source>
        <translation>En okrypterad kopia sparades i ”%1”. Radera den när du inte längre behöver den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the document?</source>
        <translation>Radera dokumentet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will be removed from the record and its contents deleted from the vault. This cannot be undone.</source>
        <translation>”%1” tas bort från journalen och innehållet raderas från valvet. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the document</source>
        <translation>Raderar dokumentet</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientEncountersTab</name>
    <message>
        <location filename="../ui/patients/PatientEncountersTab.cpp" line="+23"/>
        <source>No encounters yet. “Open encounter” starts one.</source>
        <translation>Inga besök än. ”Öppna besök” startar ett.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected encounter (Enter)</source>
        <translation>Öppna det valda besöket (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounters and notes</source>
        <translation>Besök och anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n signed</source>
        <translation>
            <numerusform>%n signerad</numerusform>
            <numerusform>%n signerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n utkast</numerusform>
            <numerusform>%n utkast</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note</source>
        <translation>Ingen anteckning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum · %1</source>
        <translation>Tillägg · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1, %2</source>
        <translation>Signerad av %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, changed %1</source>
        <translation>Utkast, ändrat %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientMergeDialog</name>
    <message>
        <location filename="../ui/patients/PatientMergeDialog.cpp" line="+48"/>
        <source>Merge a duplicate</source>
        <translation>Slå ihop dubblett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record that is the same person as &lt;b&gt;%1&lt;/b&gt;. Its appointments, encounters, notes, recordings, documents and payments move to this record, and its alerts and clinical notes are added here. The chosen record is then closed and points to this one. This cannot be undone.</source>
        <translation>Välj den journal som gäller samma person som &lt;b&gt;%1&lt;/b&gt;. Dess bokningar, besök, anteckningar, inspelningar, dokument och betalningar flyttas till den här journalen, och dess varningar och journalanteckningar läggs till här. Den valda journalen stängs sedan och hänvisar till den här. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, national ID, phone or e-mail</source>
        <translation>Sök på namn, ID-nummer, telefon eller e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for the duplicate</source>
        <translation>Sök efter dubbletten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have checked that both records are the same person</source>
        <translation>Jag har kontrollerat att båda journalerna gäller samma person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into this record</source>
        <translation>Slå ihop med den här journalen</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientOverviewTab</name>
    <message>
        <location filename="../ui/patients/PatientOverviewTab.cpp" line="+38"/>
        <source>Verbal consent</source>
        <translation>Muntligt samtycke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written consent</source>
        <translation>Skriftligt samtycke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined (no recording)</source>
        <translation>Avböjt (ingen inspelning)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alerts</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Consents given</source>
        <translation>Lämnade samtycken</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Encounter</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken by</source>
        <translation>Inhämtat av</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No consent recorded yet.</source>
        <translation>Inget samtycke registrerat än.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinical notes</source>
        <translation>Journalanteckningar</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n år)</numerusform>
            <numerusform>%1 (%n år)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts recorded.</source>
        <translation>Inga varningar registrerade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientPicker</name>
    <message>
        <location filename="../ui/audit/PatientPicker.cpp" line="+32"/>
        <source>Any patient — type a name or ID</source>
        <translation>Alla patienter — skriv namn eller ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientRecordPage</name>
    <message>
        <location filename="../ui/patients/PatientRecordPage.cpp" line="+36"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Tillbaka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open that record</source>
        <translation>Öppna den journalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to where you came from</source>
        <translation>Tillbaka dit du kom ifrån</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open e&amp;ncounter</source>
        <translation>Öppna &amp;besök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent, recording and notes: the patient&apos;s open encounter, or a new one</source>
        <translation>Samtycke, inspelning och anteckningar: patientens öppna besök eller ett nytt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Slå ihop dubblett…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person entered twice: move everything of the other record into this one</source>
        <translation>Samma person registrerad två gånger: flytta allt från den andra journalen till den här</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounters and notes</source>
        <translation>Besök och anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointments</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments will be shown here once ClinicDesk keeps the clinic&apos;s money (a later version).</source>
        <translation>Fakturor och betalningar visas här när ClinicDesk hanterar mottagningens ekonomi (i en senare version).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>En annan patient har samma ID-nummer. Kontrollera att det inte är samma person som registrerats två gånger.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record not available</source>
        <translation>Journalen är inte tillgänglig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merged record</source>
        <translation>Sammanslagen journal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This record was merged into the record of %1: everything it held is there now.</source>
        <translation>Den här journalen har slagits ihop med journalen för %1: allt som fanns här finns nu där.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Born %1</source>
        <translation>Född %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alerts: %1</source>
        <translation>Varningar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encounters and notes (%1)</source>
        <translation>Besök och anteckningar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings (%1)</source>
        <translation>Inspelningar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Dokument (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments (%1)</source>
        <translation>Bokningar (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The duplicate was merged into this record (%n row(s) moved).</source>
        <translation>
            <numerusform>Dubbletten har slagits ihop med den här journalen (%n rad flyttad).</numerusform>
            <numerusform>Dubbletten har slagits ihop med den här journalen (%n rader flyttade).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientRecordingsTab</name>
    <message>
        <location filename="../ui/patients/PatientRecordingsTab.cpp" line="+30"/>
        <source>No recordings yet.</source>
        <translation>Inga inspelningar än.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the encounter of the selected recording (Enter)</source>
        <translation>Öppna besöket för den valda inspelningen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Inspelningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Inspelad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>recording…</source>
        <translation>spelar in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>Importerad fil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribed</source>
        <translation>Transkriberad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription on its way</source>
        <translation>Transkribering pågår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transcribed</source>
        <translation>Inte transkriberad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered after the program stopped during the recording</source>
        <translation>Återställd efter att programmet stoppades under inspelningen</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientTableModel</name>
    <message>
        <location filename="../ui/patients/PatientTableModel.cpp" line="+19"/>
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
        <location filename="../ui/patients/PatientsPage.cpp" line="+30"/>
        <location line="+6"/>
        <source>&amp;Open record</source>
        <translation>&amp;Öppna journal</translation>
    </message>
    <message>
        <location line="-5"/>
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
        <location line="+13"/>
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
        <location line="+3"/>
        <source>The selected patient&apos;s record: overview, encounters, recordings, appointments, documents (Enter or a double click)</source>
        <translation>Den valda patientens journal: översikt, besök, inspelningar, bokningar, dokument (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent, recording and recordings for the selected patient</source>
        <translation>Samtycke, inspelning och inspelningar för den valda patienten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients found</source>
        <translation>Hittade patienter</translation>
    </message>
    <message>
        <location line="+100"/>
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
        <location line="+53"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>En annan patient har samma ID-nummer. Kontrollera att det inte är samma person som registrerats två gånger.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ProviderEditor</name>
    <message>
        <location filename="../ui/settings/ProviderEditor.cpp" line="+23"/>
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
        <source>Enter the server&apos;s address (for example https://host:8080/v1, or http://localhost:8080/v1 on this computer).</source>
        <translation>Ange serverns adress (till exempel https://host:8080/v1, eller http://localhost:8080/v1 på den här datorn).</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../core/audio/Recorder.cpp" line="+33"/>
        <source>The microphone delivered no sound, so nothing was recorded. Check that it is connected and not in use by another program, then try again.</source>
        <translation>Mikrofonen gav inget ljud, så inget spelades in. Kontrollera att den är ansluten och inte används av ett annat program, och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location filename="../ui/encounter/RecorderPanel.cpp" line="+44"/>
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
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+40"/>
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
        <location filename="../ui/encounter/RecordingsPanel.cpp" line="+27"/>
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
        <location filename="../ui/firstrun/RecoveryCodePage.cpp" line="+22"/>
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
        <location filename="../ui/unlock/RecoveryDialog.cpp" line="+35"/>
        <source>Set a new password with the recovery code</source>
        <translation>Ange ett nytt lösenord med återställningskoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</source>
        <translation>Skriv in återställningskoden som du skrev ner när valvet skapades. Den öppnar valvet en gång så att du kan välja ett nytt lösenord.</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>clinicdesk::ReferralDialog</name>
    <message>
        <location filename="../ui/encounter/ReferralDialog.cpp" line="+31"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral letter</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, department, clinic or hospital, address</source>
        <translation>Namn, avdelning, mottagning eller sjukhus, adress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for referral</source>
        <translation>Remissorsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ask the recipient to do</source>
        <translation>Vad du ber mottagaren att göra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from the signed note. Only what stays here goes into the letter.</source>
        <translation>Ifyllt från den signerade anteckningen. Endast det som står kvar här kommer med i remissen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter as it will read</source>
        <translation>Remissen så som den kommer att se ut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the letter as a PDF on the clinic&apos;s letterhead (the file is not encrypted) (Alt+E)</source>
        <translation>Spara remissen som PDF med mottagningens brevhuvud (filen är inte krypterad) (Alt+E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving a letter (Esc)</source>
        <translation>Stäng utan att spara någon remiss (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the signed note. Keep only what the recipient needs: nothing else of the note is in the letter.</source>
        <translation>Från den signerade anteckningen. Behåll bara det som mottagaren behöver: inget annat från anteckningen kommer med i remissen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;letter</source>
        <translation>&amp;Remissen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Referral letter: %1</source>
        <translation>Remiss: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the referral letter as PDF (the file is not encrypted)</source>
        <translation>Exportera remissen som PDF (filen är inte krypterad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The letter was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Remissen sparades i ”%1”. Filen är inte krypterad: förvara den säkert och radera den när du är klar.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreFilePage</name>
    <message>
        <location filename="../ui/backups/RestoreFilePage.cpp" line="+21"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which backup?</source>
        <translation>Vilken säkerhetskopia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file to restore. The vault in it becomes a vault of its own; this one is not changed.</source>
        <translation>Välj den säkerhetskopia som ska återställas. Valvet i den blir ett eget valv; det här valvet ändras inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file</source>
        <translation>Säkerhetskopiefil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .cdb file</source>
        <translation>En .cdb-fil</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>Säkerhetskopia att återställa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk backups (*.cdb);;All files (*)</source>
        <translation>ClinicDesk-säkerhetskopior (*.cdb);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backup of this vault, made %1.</source>
        <translation>En säkerhetskopia av det här valvet, gjord %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of another vault, made %1.</source>
        <translation>En säkerhetskopia av ett annat valv, gjord %1.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreFolderPage</name>
    <message>
        <location filename="../ui/backups/RestoreFolderPage.cpp" line="+20"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where should the restored vault go?</source>
        <translation>Var ska det återställda valvet placeras?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder, or an empty one. Nothing that is already there is ever overwritten.</source>
        <translation>En ny mapp eller en tom mapp. Inget som redan finns där skrivs någonsin över.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Folder for the restored vault</source>
        <translation>Mapp för det återställda valvet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This folder can take the restored vault: it is new or empty.</source>
        <translation>Mappen kan ta emot det återställda valvet: den är ny eller tom.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestorePasswordPage</name>
    <message>
        <location filename="../ui/backups/RestorePasswordPage.cpp" line="+19"/>
        <source>An administrator of that backup</source>
        <translation>En administratör i den säkerhetskopian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in name in the backup</source>
        <translation>Inloggningsnamn i säkerhetskopian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the only administrator</source>
        <translation>Tomt: den enda administratören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password in the backup</source>
        <translation>Lösenord i säkerhetskopian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own sign-in name and password work if you were an administrator when the backup was made.</source>
        <translation>Ditt eget inloggningsnamn och lösenord fungerar om du var administratör när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is sealed with its vault&apos;s key, which only its users&apos; passwords open. Restoring needs an administrator of that vault.</source>
        <translation>Säkerhetskopian är förseglad med valvets nyckel, som bara valvets användares lösenord kan öppna. Återställning kräver en administratör i det valvet.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreRunPage</name>
    <message>
        <location filename="../ui/backups/RestoreRunPage.cpp" line="+24"/>
        <source>Restoring</source>
        <translation>Återställer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1 into %2.</source>
        <translation>Från %1 till %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring into %1</source>
        <translation>Återställer till %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was restored. Go back to change the password or the folder.</source>
        <translation>Inget återställdes. Gå tillbaka för att ändra lösenordet eller mappen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored: %n patient(s), %1 audit entries.</source>
        <translation>
            <numerusform>Återställt: %n patient, %1 granskningsposter.</numerusform>
            <numerusform>Återställt: %n patienter, %1 granskningsposter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restored vault is in %1. It is a vault of its own, with the same users and passwords as in the backup; this vault stays open and unchanged. To work in the restored one, start ClinicDesk with that folder.</source>
        <translation>Det återställda valvet finns i %1. Det är ett eget valv, med samma användare och lösenord som i säkerhetskopian; det här valvet förblir öppet och oförändrat. Starta ClinicDesk med den mappen för att arbeta i det återställda valvet.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreWizard</name>
    <message>
        <location filename="../ui/backups/RestoreWizard.cpp" line="+23"/>
        <source>Restore a backup into a new folder</source>
        <translation>Återställ en säkerhetskopia till en ny mapp</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SecurityPage</name>
    <message>
        <location filename="../ui/settings/SecurityPage.cpp" line="+26"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Endast en administratör kan ändra de här inställningarna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle minutes</source>
        <translation>Lås efter antal minuter utan aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk locks when nobody has used it for this long. Unsaved edits are kept and come back when the same user signs in again.</source>
        <translation>ClinicDesk låses när ingen har använt programmet så här länge. Osparade ändringar behålls och kommer tillbaka när samma användare loggar in igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sees notes</source>
        <translation>Vem som ser anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every practitioner sees every patient&apos;s notes</source>
        <translation>Alla behandlare ser alla patienters anteckningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A practitioner sees the notes of patients they have seen or booked</source>
        <translation>En behandlare ser anteckningar för patienter som behandlaren har träffat eller bokat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receptionists never see clinical notes, transcripts or recordings; administrators see everything.</source>
        <translation>Receptionister ser aldrig journalanteckningar, transkriptioner eller inspelningar; administratörer ser allt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in and privacy</source>
        <translation>Inloggning och integritet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SetPasswordDialog</name>
    <message>
        <location filename="../ui/users/SetPasswordDialog.cpp" line="+27"/>
        <source>Set password</source>
        <translation>Ange lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password for %1</source>
        <translation>Nytt lösenord för %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 signs in with this password from now on; the old one no longer works, and a computer that remembered %1 asks for the new one. Tell %1 the password in person.</source>
        <translation>%1 loggar in med det här lösenordet från och med nu; det gamla fungerar inte längre, och en dator som kom ihåg %1 frågar efter det nya. Berätta lösenordet för %1 personligen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password</source>
        <translation>Upprepa det nya lösenordet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SettingsPage</name>
    <message>
        <location filename="../ui/main/SettingsPage.cpp" line="+22"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayAppointmentList</name>
    <message>
        <location filename="../ui/today/TodayAppointmentList.cpp" line="+37"/>
        <source>Mark as &amp;arrived</source>
        <translation>Markera som &amp;ankommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;no-show</source>
        <translation>Markera som &amp;utebliven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s appointments</source>
        <translation>Dagens bokningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Besöksorsak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown patient</source>
        <translation>Okänd patient</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown practitioner</source>
        <translation>Okänd behandlare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No practitioner</source>
        <translation>Ingen behandlare</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n bokning</numerusform>
            <numerusform>%n bokningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled: %1</source>
        <translation>Avbokad: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Har kommit</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 on the selected appointment)</source>
        <translation>%1 (%2 på den valda bokningen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayPage</name>
    <message>
        <location filename="../ui/today/TodayPage.cpp" line="+35"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read the day again (%1)</source>
        <translation>Läs in dagen igen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whose appointments</source>
        <translation>Vems bokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My appointments</source>
        <translation>Mina bokningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s appointments</source>
        <translation>Allas bokningar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appointments</source>
        <translation>Bokningar</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+4"/>
        <source>No appointments today.</source>
        <translation>Inga bokningar i dag.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>You have no appointments today. Choose “Everyone&apos;s appointments” to see the clinic&apos;s day.</source>
        <translation>Du har inga bokningar i dag. Välj ”Allas bokningar” för att se mottagningens dag.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n bokning</numerusform>
            <numerusform>%n bokningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayWorkPanel</name>
    <message>
        <location filename="../ui/today/TodayWorkPanel.cpp" line="+40"/>
        <source>No drafts waiting for your signature.</source>
        <translation>Inga utkast väntar på din signatur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every recording has a transcript or is on its way.</source>
        <translation>Alla inspelningar har en transkription eller håller på att transkriberas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI job needs you.</source>
        <translation>Inget AI-jobb kräver din åtgärd.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown patient</source>
        <translation>Okänd patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addendum</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 · draft, changed %2</source>
        <translation>%1 · utkast, ändrat %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the encounter to review and sign</source>
        <translation>Öppna besöket för att granska och signera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts to sign</source>
        <translation>Utkast att signera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded %1 · %2 long</source>
        <translation>Inspelad %1 · %2 lång</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the encounter to transcribe it</source>
        <translation>Öppna besöket för att transkribera inspelningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings waiting for a transcript</source>
        <translation>Inspelningar som väntar på transkription</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription</source>
        <translation>Transkribering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open AI jobs to retry or cancel it</source>
        <translation>Öppna AI-jobb för att försöka igen eller avbryta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI jobs that need you</source>
        <translation>AI-jobb som kräver din åtgärd</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TranscriptModel</name>
    <message>
        <location filename="../ui/encounter/TranscriptModel.cpp" line="+31"/>
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
        <location filename="../ui/encounter/TranscriptPanel.cpp" line="+16"/>
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
        <location filename="../ui/unlock/UnlockWindow.cpp" line="+34"/>
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
        <location line="+33"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location filename="../ui/settings/UsagePage.cpp" line="+29"/>
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
    <name>clinicdesk::UserAdminService</name>
    <message>
        <location filename="../ui/services/UserAdminService.cpp" line="+17"/>
        <source>The vault is locked.</source>
        <translation>Valvet är låst.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserDialog</name>
    <message>
        <location filename="../ui/users/UserDialog.cpp" line="+26"/>
        <source>Everything, including users, backups and the audit log.</source>
        <translation>Allt, inklusive användare, säkerhetskopior och granskningsloggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients, the calendar and clinical notes; no users, backups or audit log.</source>
        <translation>Patienter, kalendern och journalanteckningar; inte användare, säkerhetskopior eller granskningslogg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients&apos; details and the calendar; nothing clinical.</source>
        <translation>Patienternas uppgifter och kalendern; inget kliniskt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name shown</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number</source>
        <translation>Legitimationsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a user</source>
        <translation>Lägg till en användare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on the professional register</source>
        <translation>Enligt legitimationsregistret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, . _ - @; no spaces</source>
        <translation>Bokstäver, siffror, . _ - @; inga mellanslag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name &amp;shown:</source>
        <translation>&amp;Visningsnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ign-in name:</source>
        <translation>&amp;Inloggningsnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence number:</source>
        <translation>Legitimations&amp;nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least 8 characters. Give it to the user in person; they can change it after signing in.</source>
        <translation>Minst 8 tecken. Lämna det personligen till användaren, som kan byta det efter inloggningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in name cannot change: entries and keys are tied to it.</source>
        <translation>Inloggningsnamnet kan inte ändras: poster och nycklar är knutna till det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot change your own role. Another administrator can do it.</source>
        <translation>Du kan inte ändra din egen roll. En annan administratör kan göra det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the only active administrator and stays one. Make another user an administrator first.</source>
        <translation>%1 är den enda aktiva administratören och förblir det. Gör först en annan användare till administratör.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Enter the name shown for this user.</source>
        <translation>Ange visningsnamnet för den här användaren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserTableModel</name>
    <message>
        <location filename="../ui/users/UserTableModel.cpp" line="+42"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in name</source>
        <translation>Inloggningsnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence number</source>
        <translation>Legitimationsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UsersPage</name>
    <message>
        <location filename="../ui/users/UsersPage.cpp" line="+30"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Ny användare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new &amp;password…</source>
        <translation>Ange nytt &amp;lösenord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>&amp;Disable</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Tillbaka till Inställningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new user with their own password and role</source>
        <translation>En ny användare med eget lösenord och egen roll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, role, profession and licence number of the selected user</source>
        <translation>Namn, roll, yrke och legitimationsnummer för den valda användaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>For a user who forgot their password</source>
        <translation>För en användare som har glömt sitt lösenord</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Users and roles</source>
        <translation>Användare och roller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may sign in to this vault, and what each of them may see and do. A disabled user can no longer sign in; what they wrote stays theirs.</source>
        <translation>Vem som får logga in i valvet och vad var och en får se och göra. En inaktiverad användare kan inte längre logga in; det som användaren har skrivit förblir användarens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n user(s), %1 active</source>
        <translation>
            <numerusform>%n användare (aktiva: %1)</numerusform>
            <numerusform>%n användare (aktiva: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change your own password from the sign-in screen or clinicdesk-cli user passwd</source>
        <translation>Byt ditt eget lösenord från inloggningsskärmen eller med clinicdesk-cli user passwd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;able</source>
        <translation>&amp;Aktivera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to sign in</source>
        <translation>%1 kommer inte längre att kunna logga in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may sign in again</source>
        <translation>%1 får logga in igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the only active administrator: the account cannot be disabled or lose the administrator role. Make another user an administrator first.</source>
        <translation>%1 är den enda aktiva administratören: kontot kan inte inaktiveras eller förlora administratörsrollen. Gör först en annan användare till administratör.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own account: another administrator can disable it or change its role.</source>
        <translation>Det här är ditt eget konto: en annan administratör kan inaktivera det eller ändra dess roll.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was added as %2 and can sign in as “%3”.</source>
        <translation>%1 har lagts till som %2 och kan logga in som ”%3”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was saved.</source>
        <translation>%1 har sparats.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a new password.</source>
        <translation>%1 har ett nytt lösenord.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable %1?</source>
        <translation>Inaktivera %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to sign in. Everything %1 wrote stays in the vault under their name. You can enable the account again at any time.</source>
        <translation>%1 kommer inte längre att kunna logga in. Allt som %1 har skrivit finns kvar i valvet under användarens namn. Du kan aktivera kontot igen när som helst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kan logga in igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 är inaktiverad och kan inte längre logga in.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::VaultFolderPage</name>
    <message>
        <location filename="../ui/firstrun/VaultFolderPage.cpp" line="+21"/>
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
        <location filename="../app/cli/CliRecorder.cpp" line="+148"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>Mikrofonen försvann; det som hittills spelats in är sparat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+71"/>
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
        <location filename="../app/cli/main.cpp" line="+54"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: kryptografibiblioteket kunde inte startas.
</translation>
    </message>
</context>
</TS>
