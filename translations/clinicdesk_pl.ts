<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/domain/AccessPolicy.cpp" line="+24"/>
        <source>This user account is disabled.</source>
        <translation>To konto użytkownika jest wyłączone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A %1 may not see or change clinical data.</source>
        <translation>Użytkownik z rolą „%1” nie może przeglądać ani zmieniać danych klinicznych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may manage users.</source>
        <translation>Tylko administrator może zarządzać użytkownikami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may create or restore backups.</source>
        <translation>Tylko administrator może tworzyć i przywracać kopie zapasowe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may read the audit log.</source>
        <translation>Tylko administrator może przeglądać dziennik audytu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may merge patient records.</source>
        <translation>Tylko administrator może scalać karty pacjentów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may change the AI providers or their API keys.</source>
        <translation>Tylko administrator może zmieniać dostawców AI i ich klucze API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <location filename="../core/repo/DeniedAccess.cpp" line="+113"/>
        <source>The clinic lets practitioners read only the notes of patients they have seen or booked.</source>
        <translation>Gabinet pozwala specjalistom przeglądać tylko notatki pacjentów, których przyjęli lub z którymi mają umówione wizyty.</translation>
    </message>
</context>
<context>
    <name>AiKeyStore</name>
    <message>
        <location filename="../core/ai/AiKeyStore.cpp" line="+33"/>
        <source>No API key is stored for &quot;%1&quot; on this computer. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Na tym komputerze nie zapisano klucza API dla „%1”. Wpisz go w menu AI &gt; Ustawienia AI lub za pomocą clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The API key needs a name to be stored under.</source>
        <translation>Klucz API musi mieć nazwę, pod którą zostanie zapisany.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is empty.</source>
        <translation>Klucz API jest pusty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key contains spaces or characters that an API key never has. Copy it again.</source>
        <translation>Klucz API zawiera spacje lub znaki, których klucz API nigdy nie zawiera. Skopiuj go ponownie.</translation>
    </message>
</context>
<context>
    <name>AiPipeline</name>
    <message>
        <location filename="../core/ai/AiPipeline.cpp" line="+97"/>
        <source>No transcription provider is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task transcription.</source>
        <translation>Nie skonfigurowano dostawcy transkrypcji. Wybierz go w menu AI &gt; Ustawienia AI lub za pomocą clinicdesk-cli config ai --task transcription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provider for notes is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task notes.</source>
        <translation>Nie skonfigurowano dostawcy notatek. Wybierz go w menu AI &gt; Ustawienia AI lub za pomocą clinicdesk-cli config ai --task notes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This month&apos;s AI budget (%1 %2) is used up, so the job waits. An administrator can raise the budget in AI &gt; AI settings, or the job runs next month.</source>
        <translation>Budżet AI na ten miesiąc (%1 %2) został wyczerpany, więc zadanie czeka. Administrator może podnieść budżet w menu AI &gt; Ustawienia AI; w przeciwnym razie zadanie zostanie wykonane w przyszłym miesiącu.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The recording is not finished yet; stop it (or recover it) before transcribing.</source>
        <translation>Nagranie nie jest jeszcze zakończone; zatrzymaj je (lub odzyskaj) przed transkrypcją.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient declined consent in this encounter, so nothing is sent for transcription.</source>
        <translation>Pacjent nie wyraził zgody podczas tej wizyty, więc nic nie zostanie wysłane do transkrypcji.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Waiting for the transcription to finish.</source>
        <translation>Oczekiwanie na zakończenie transkrypcji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This encounter has no transcript yet. Transcribe a recording first, then generate the note.</source>
        <translation>Ta wizyta nie ma jeszcze transkrypcji. Najpierw wykonaj transkrypcję nagrania, a potem wygeneruj notatkę.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The key works, but %1 does not offer the model &quot;%2&quot;. Choose one of: %3.</source>
        <translation>Klucz działa, ale %1 nie oferuje modelu „%2”. Wybierz jeden z: %3.</translation>
    </message>
</context>
<context>
    <name>AiSettingsStore</name>
    <message>
        <location filename="../core/ai/AiSettings.cpp" line="+245"/>
        <source>The AI settings stored in this vault cannot be read. An administrator can set them again in AI &gt; AI settings.</source>
        <translation>Nie można odczytać ustawień AI zapisanych w tym sejfie. Administrator może ponownie je skonfigurować w menu AI &gt; Ustawienia AI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator may change the AI settings.</source>
        <translation>Tylko administrator może zmieniać ustawienia AI.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <location filename="../core/repo/AppointmentRepository.cpp" line="+55"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Godzina rozpoczęcia jest nieprawidłowa; wpisz ją w formacie ISO 8601: RRRR-MM-DDTgg:mm, np. 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment lasts from 1 to 1440 minutes.</source>
        <translation>Wizyta musi trwać od 1 do 1440 minut.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This overlaps the practitioner&apos;s booking %1 (%2, %3). Choose another time, or book it anyway as a double booking.</source>
        <translation>Ten termin nakłada się na wizytę %1 u tego specjalisty (%2, %3). Wybierz inny termin albo mimo to umów wizytę jako podwójną rezerwację.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+152"/>
        <source>The reason can have at most 500 characters.</source>
        <translation>Powód wizyty może mieć najwyżej 500 znaków.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The practitioner does not exist.</source>
        <translation>Taki specjalista nie istnieje.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No such appointment.</source>
        <translation>Taka wizyta nie istnieje.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A cancelled or finished appointment cannot be moved.</source>
        <translation>Odwołanej lub zakończonej wizyty nie można przenieść.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Say why the appointment is cancelled.</source>
        <translation>Podaj powód odwołania wizyty.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This appointment is already cancelled or finished.</source>
        <translation>Ta wizyta jest już odwołana lub zakończona.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The status is booked, arrived, in-progress, done or no-show (cancel with a reason).</source>
        <translation>Status musi mieć wartość booked, arrived, in-progress, done lub no-show (odwołanie wizyty wymaga podania powodu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A cancelled appointment keeps its status; book a new one.</source>
        <translation>Odwołana wizyta zachowuje swój status; umów nową wizytę.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatusLook</name>
    <message>
        <location filename="../ui/widgets/AppointmentStatusLook.cpp" line="+103"/>
        <source>Booked</source>
        <translation>Umówiona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived</source>
        <translation>Pacjent przybył</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show</source>
        <translation>Niestawiennictwo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <location filename="../core/audio/AudioFileDecoder.cpp" line="+90"/>
        <source>The audio file %1 does not exist.</source>
        <translation>Plik dźwiękowy %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio file %1 cannot be read.</source>
        <translation>Nie można odczytać pliku dźwiękowego %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty.</source>
        <translation>Plik %1 jest pusty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an audio file that ClinicDesk can import.</source>
        <translation>%1 nie jest plikiem dźwiękowym, który ClinicDesk może zaimportować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audio file %1 is incomplete: it ends before the length its header declares, so it was probably cut off while being copied.</source>
        <translation>Plik dźwiękowy %1 jest niekompletny: kończy się przed długością podaną w nagłówku, więc prawdopodobnie został ucięty podczas kopiowania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 contains no audio.</source>
        <translation>Plik %1 nie zawiera dźwięku.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audio decoding is not available on this computer, so %1 cannot be imported.</source>
        <translation>Dekodowanie dźwięku nie jest dostępne na tym komputerze, więc nie można zaimportować pliku %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+12"/>
        <source>Importing %1 was cancelled.</source>
        <translation>Anulowano importowanie pliku %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decoding %1 stopped making progress, so it was abandoned.</source>
        <translation>Dekodowanie pliku %1 przestało postępować, więc zostało przerwane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an audio file that ClinicDesk can import, or it is damaged.</source>
        <translation>%1 nie jest plikiem dźwiękowym, który ClinicDesk może zaimportować, albo jest uszkodzony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audio file %1 is damaged and cannot be imported.</source>
        <translation>Plik dźwiękowy %1 jest uszkodzony i nie można go zaimportować.</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <location filename="../core/audit/AuditAnchor.cpp" line="+36"/>
        <source>The audit anchor could not be written: %1</source>
        <translation>Nie udało się zapisać kotwicy dziennika audytu: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit anchor could not be read: %1</source>
        <translation>Nie udało się odczytać kotwicy dziennika audytu: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit anchor file was altered or damaged.</source>
        <translation>Plik kotwicy dziennika audytu został zmieniony lub uszkodzony.</translation>
    </message>
</context>
<context>
    <name>AuditCsvExporter</name>
    <message>
        <location filename="../core/export/AuditCsvExporter.cpp" line="+48"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to.</source>
        <translation>ClinicDesk nie może zapisać pliku w %1 (%2). Wybierz folder, do którego masz uprawnienia zapisu.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport został anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+207"/>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>Brak wpisu audytu %1: wpisy zostały usunięte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entry %1 does not follow entry %2: the chain was rewritten.</source>
        <translation>Wpis audytu %1 nie następuje po wpisie %2: łańcuch został przepisany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Wpis audytu %1 został zmieniony po zapisaniu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log ends at entry %1 but the anchor records entry %2: entries were removed from the end.</source>
        <translation>Dziennik audytu kończy się na wpisie %1, a kotwica wskazuje wpis %2: usunięto wpisy z końca dziennika.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit entry %1 differs from the anchored copy: the log was rewritten.</source>
        <translation>Wpis audytu %1 różni się od kopii zapisanej w kotwicy: dziennik został przepisany.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/BackupFileHeader.cpp" line="+15"/>
        <source>The backup file is damaged, truncated or was modified; it cannot be trusted.</source>
        <translation>Plik kopii zapasowej jest uszkodzony, niekompletny lub został zmieniony; nie można mu ufać.</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupReader.cpp" line="+37"/>
        <source>The backup file %1 does not exist.</source>
        <translation>Plik kopii zapasowej %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>The backup file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku kopii zapasowej: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupFileHeader.cpp" line="+5"/>
        <source>This file is not a ClinicDesk backup.</source>
        <translation>Ten plik nie jest kopią zapasową ClinicDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</source>
        <translation>Ta kopia zapasowa została utworzona w nowszej wersji ClinicDesk. Zaktualizuj ClinicDesk, aby jej użyć.</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupReader.cpp" line="-109"/>
        <source>The check was cancelled.</source>
        <translation>Sprawdzanie zostało anulowane.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This backup has several administrators: say which user you are.</source>
        <translation>Ta kopia zapasowa ma kilku administratorów: podaj, którym użytkownikiem jesteś.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>The user name or password is not correct for this backup.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe dla tej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This backup belongs to another vault. Enter the name and password of a user in that backup.</source>
        <translation>Ta kopia zapasowa należy do innego sejfu. Wpisz nazwę i hasło użytkownika z tej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>The database could not be copied out of the backup.</source>
        <translation>Nie udało się skopiować bazy danych z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The audit log in the backup is broken: %1</source>
        <translation>Dziennik audytu w kopii zapasowej jest naruszony: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore backups.</source>
        <translation>Tylko administrator może przywracać kopie zapasowe.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+158"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to, such as a USB drive or a network share.</source>
        <translation>ClinicDesk nie może zapisać pliku w %1 (%2). Wybierz folder, do którego masz uprawnienia zapisu, na przykład na dysku USB lub w udziale sieciowym.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No temporary folder is available for the backup.</source>
        <translation>Brak dostępnego folderu tymczasowego na kopię zapasową.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup copy could not be read.</source>
        <translation>Nie udało się odczytać tymczasowej kopii bazy danych.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The backup file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku kopii zapasowej: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <source>ClinicDesk cannot create or write the folder %1. Choose a folder you may write to.</source>
        <translation>ClinicDesk nie może utworzyć folderu %1 ani w nim zapisywać. Wybierz folder, do którego masz uprawnienia zapisu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>Przywracanie zostało anulowane; nic nie zapisano.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>No temporary folder is available to check the backup.</source>
        <translation>Brak dostępnego folderu tymczasowego do sprawdzenia kopii zapasowej.</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../ui/services/BackupService.cpp" line="+148"/>
        <source>The backup was cancelled; no file was written.</source>
        <translation>Tworzenie kopii zapasowej zostało anulowane; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Choose a folder for the restored vault.</source>
        <translation>Wybierz folder dla przywróconego sejfu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder. Restore into a new or empty folder.</source>
        <translation>%1 jest plikiem, a nie folderem. Przywróć kopię do nowego lub pustego folderu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not empty. Restore into a new or empty folder.</source>
        <translation>Folder %1 nie jest pusty. Przywróć kopię do nowego lub pustego folderu.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The restored vault could not be finished.</source>
        <translation>Nie udało się dokończyć przywracania sejfu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restored vault could not be moved to %1.</source>
        <translation>Nie udało się przenieść przywróconego sejfu do %1.</translation>
    </message>
</context>
<context>
    <name>BackupStatusStore</name>
    <message>
        <location filename="../core/repo/BackupStatusStore.cpp" line="+64"/>
        <source>This backup belongs to another vault; it is not recorded here.</source>
        <translation>Ta kopia zapasowa należy do innego sejfu; nie została tu odnotowana.</translation>
    </message>
</context>
<context>
    <name>BookingAdvisor</name>
    <message>
        <location filename="../ui/calendar/BookingAdvisor.cpp" line="+14"/>
        <source>no practitioner</source>
        <translation>bez specjalisty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the practitioner</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This time is in the past.</source>
        <translation>Ten termin jest w przeszłości.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outside %1&apos;s working hours.</source>
        <translation>Poza godzinami pracy: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlaps %1.</source>
        <translation>Nakłada się na: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is in the past</source>
        <translation>termin jest w przeszłości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is outside %1&apos;s working hours</source>
        <translation>termin wypada poza godzinami pracy (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a double booking</source>
        <translation>to podwójna rezerwacja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Note: %2.</source>
        <translation>%1 Uwaga: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has a booking at this time: %2.</source>
        <translation>W tym terminie jest już wizyta (%1): %2.</translation>
    </message>
</context>
<context>
    <name>BuiltinFieldText</name>
    <message>
        <location filename="../ui/encounter/BuiltinFieldText.cpp" line="+19"/>
        <source>Behavior</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Interwencja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief complaint</source>
        <translation>Główna dolegliwość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical history changes</source>
        <translation>Zmiany w wywiadzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraoral</source>
        <translation>Badanie zewnątrzustne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intraoral soft tissue</source>
        <translation>Tkanki miękkie jamy ustnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teeth</source>
        <translation>Zęby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tooth</source>
        <translation>Ząb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surfaces</source>
        <translation>Powierzchnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodontal</source>
        <translation>Przyzębie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiographs</source>
        <translation>Zdjęcia RTG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment plan</source>
        <translation>Plan leczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Materiały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaesthesia</source>
        <translation>Znieczulenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Powikłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post op instructions</source>
        <translation>Zalecenia pozabiegowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>Następna wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjective</source>
        <translation>Dane subiektywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Dane obiektywne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client&apos;s presentation and behaviour: what they reported and what the clinician observed, including mood and affect.</source>
        <translation>Prezentacja i zachowanie klienta: co klient zgłosił i co zaobserwował specjalista, w tym nastrój i afekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinician did in the session: techniques, methods and topics addressed.</source>
        <translation>Co specjalista robił podczas sesji: zastosowane techniki i metody oraz poruszane tematy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client responded to the interventions.</source>
        <translation>Jak klient zareagował na interwencje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan: next steps, homework, referrals and the next session.</source>
        <translation>Plan: kolejne kroki, zadania domowe, skierowania i następna sesja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened in the session: what the client reported and what the clinician observed, including interventions used.</source>
        <translation>Przebieg sesji: co klient zgłosił i co zaobserwował specjalista, w tym zastosowane interwencje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinician&apos;s assessment of the data: interpretation, progress towards goals, risk.</source>
        <translation>Ocena danych przez specjalistę: interpretacja, postępy w realizacji celów, ryzyko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s reason for the visit, in their words as the clinician summarised them.</source>
        <translation>Powód wizyty podany przez pacjenta, jego słowami, tak jak streścił je specjalista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in general health, medications or allergies since the last visit.</source>
        <translation>Zmiany w ogólnym stanie zdrowia, przyjmowanych lekach lub alergiach od ostatniej wizyty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraoral findings: face, lymph nodes, temporomandibular joints, muscles.</source>
        <translation>Badanie zewnątrzustne: twarz, węzły chłonne, stawy skroniowo-żuchwowe, mięśnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings in the oral mucosa, tongue, floor of the mouth, palate and gingiva other than periodontal measurements.</source>
        <translation>Zmiany na błonie śluzowej jamy ustnej, języku, dnie jamy ustnej, podniebieniu i dziąsłach, z wyjątkiem pomiarów periodontologicznych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per finding on a tooth.</source>
        <translation>Jeden wpis na każdy stan stwierdzony na zębie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI two-digit tooth number, e.g. 16 (permanent) or 75 (primary).</source>
        <translation>Dwucyfrowy numer zęba wg FDI, np. 16 (ząb stały) lub 75 (ząb mleczny).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surfaces involved; empty when none is said.</source>
        <translation>Objęte powierzchnie; puste, jeśli żadnej nie wymieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of finding.</source>
        <translation>Rodzaj stwierdzonego stanu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the finding as said: extent, material, grade, symptoms.</source>
        <translation>Szczegóły stanu, tak jak zostały podane: rozległość, materiał, stopień, objawy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodontal status: pocket depths, bleeding on probing, recession, furcations, plaque and calculus.</source>
        <translation>Stan przyzębia: głębokość kieszonek, krwawienie przy zgłębnikowaniu, recesje, zajęcie furkacji, płytka nazębna i kamień.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Radiographs taken and what they show.</source>
        <translation>Wykonane zdjęcia RTG i to, co na nich widać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnoses the clinician stated.</source>
        <translation>Rozpoznania postawione przez specjalistę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment the clinician proposed or agreed with the patient, in order, with the next steps.</source>
        <translation>Leczenie zaproponowane przez specjalistę lub uzgodnione z pacjentem, w kolejności, wraz z kolejnymi krokami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for the visit.</source>
        <translation>Powód wizyty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedures performed, in order.</source>
        <translation>Wykonane zabiegi, w kolejności.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI two-digit tooth number, or null when the procedure is not on one tooth.</source>
        <translation>Dwucyfrowy numer zęba wg FDI lub null, jeśli zabieg nie dotyczy jednego zęba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done, e.g. composite restoration MO, extraction, root canal treatment.</source>
        <translation>Co zostało wykonane, np. wypełnienie kompozytowe MO, ekstrakcja, leczenie kanałowe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials used, as said.</source>
        <translation>Użyte materiały, tak jak zostały podane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local anaesthesia: agent, amount and technique, as said.</source>
        <translation>Znieczulenie miejscowe: środek, dawka i technika, tak jak zostały podane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications during the treatment, or null when none were mentioned.</source>
        <translation>Powikłania w trakcie zabiegu lub null, jeśli żadnych nie wspomniano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions given to the patient after the treatment.</source>
        <translation>Zalecenia przekazane pacjentowi po zabiegu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next: the next appointment and the treatment planned for it.</source>
        <translation>Dalsze postępowanie: następna wizyta i zaplanowane na nią leczenie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short title saying what the visit or session was about.</source>
        <translation>Krótki tytuł określający, czego dotyczyła wizyta lub sesja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note, in short paragraphs.</source>
        <translation>Notatka w krótkich akapitach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the patient reports: the reason for the visit, symptoms, history, feelings and concerns in their own terms.</source>
        <translation>Co zgłasza pacjent: powód wizyty, objawy, wywiad, odczucia i obawy, jego własnymi słowami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinician observed or measured: examination findings, test results, observed behaviour and presentation.</source>
        <translation>Co specjalista zaobserwował lub zmierzył: wyniki badania, wyniki testów, obserwowane zachowanie i prezentacja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinician&apos;s assessment: interpretation, diagnosis or working hypothesis, progress since the last session, risk.</source>
        <translation>Ocena specjalisty: interpretacja, rozpoznanie lub hipoteza robocza, postępy od ostatniej sesji, ryzyko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan: treatment, interventions, homework, referrals, prescriptions and the next session.</source>
        <translation>Plan: leczenie, interwencje, zadania domowe, skierowania, recepty i następna sesja.</translation>
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
        <translation>Bez specjalisty</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/export/CalendarExport.cpp" line="+19"/>
        <source>The export&apos;s last day is before its first.</source>
        <translation>Ostatni dzień eksportu przypada przed pierwszym.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>More than %1 appointments: export a shorter range.</source>
        <translation>Liczba wizyt przekracza %1: wyeksportuj krótszy okres.</translation>
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
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar could not be saved to “%1”: %2</source>
        <translation>Nie udało się zapisać kalendarza w „%1”: %2</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+26"/>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Unknown %1 subcommand &quot;%2&quot;.</source>
        <translation>Polecenie %1 nie ma podpolecenia „%2”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 wymaga podpolecenia: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</source>
        <translation>Użycie: clinicdesk-cli [--vault FOLDER] [--user NAZWA] &lt;polecenie&gt; ...  (clinicdesk-cli help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+27"/>
        <source>The option --%1 needs a value.</source>
        <translation>Opcja --%1 wymaga wartości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option --%1 is given twice.</source>
        <translation>Opcja --%1 została podana dwukrotnie.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="-23"/>
        <location filename="../app/cli/CommandContext.cpp" line="+67"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>Nieznana opcja --%1 dla tego polecenia.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+6"/>
        <source>Too many arguments.</source>
        <translation>Za dużo argumentów.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing argument.</source>
        <translation>Brak argumentu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New password for %1: </source>
        <translation>Nowe hasło dla %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new password: </source>
        <translation>Powtórz nowe hasło: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinicdesk-cli: The two passwords differ.
</source>
        <translation>clinicdesk-cli: Podane hasła się różnią.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="+30"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+51"/>
        <source>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak hasła: ustaw zmienną CLINICDESK_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="-3"/>
        <location line="+10"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="+27"/>
        <source>init needs --admin NAME.</source>
        <translation>init wymaga opcji --admin NAZWA.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="+35"/>
        <source>The profession must be dentist or therapist.</source>
        <translation>Zawód musi mieć wartość dentist (dentysta) lub therapist (terapeuta).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak hasła: ustaw zmienną CLINICDESK_NEW_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created the vault in %1 with administrator %2.</source>
        <translation>Utworzono sejf w %1 z administratorem %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down and keep it safe; it is shown only this once):</source>
        <translation>Kod odzyskiwania (zapisz go i przechowuj w bezpiecznym miejscu; jest wyświetlany tylko ten jeden raz):</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="-10"/>
        <source>Recovery code: </source>
        <translation>Kod odzyskiwania: </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="+20"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>Brak kodu odzyskiwania: ustaw zmienną CLINICDESK_RECOVERY_CODE lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new password was given.</source>
        <translation>Nie podano nowego hasła.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 was reset with the recovery code.</source>
        <translation>Hasło użytkownika %1 zostało zresetowane kodem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-7"/>
        <source>user add needs --role admin, practitioner or receptionist.</source>
        <translation>user add wymaga opcji --role admin, practitioner lub receptionist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak hasła dla nowego użytkownika: ustaw zmienną CLINICDESK_NEW_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="+24"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak nowego hasła: ustaw zmienną CLINICDESK_NEW_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>Hasło użytkownika %1 zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="+31"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add wymaga opcji --first-name i --last-name.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: ostrzeżenie: inny pacjent ma ten sam numer identyfikacyjny (%1).
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="+23"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="+24"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="+23"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit wymaga dodatniej liczby całkowitej.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+32"/>
        <source>ID:             %1</source>
        <translation>ID:                 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:           %1</source>
        <translation>Imię i nazwisko:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:  %1</source>
        <translation>Data urodzenia:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID:    %1</source>
        <translation>Nr identyfikacyjny: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:          %1</source>
        <translation>Telefon:            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:         %1</source>
        <translation>E-mail:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:        %1</source>
        <translation>Adres:              %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts:         %1</source>
        <translation>Ostrzeżenia:        %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinical notes: %1</source>
        <translation>Notatki kliniczne:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="+29"/>
        <source>appointment add needs --patient ID, --start ISO8601 and --minutes N.</source>
        <translation>appointment add wymaga opcji --patient ID, --start ISO8601 i --minutes N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="+38"/>
        <source>--minutes takes a whole number of minutes.</source>
        <translation>--minutes wymaga liczby całkowitej (liczby minut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-8"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Godzina rozpoczęcia jest nieprawidłowa; wpisz ją w formacie ISO 8601: RRRR-MM-DDTgg:mm, np. 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="+24"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day wymaga prawidłowej daty w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="+35"/>
        <source>The audit log failed verification: %1</source>
        <translation>Weryfikacja dziennika audytu nie powiodła się: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>Dziennik audytu jest nienaruszony (liczba wpisów: %1); łańcuch i kotwica zostały zweryfikowane.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="+21"/>
        <source>backup create needs --out FILE.</source>
        <translation>backup create wymaga opcji --out PLIK.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written to %1 (%2 patients, %3 audit entries).</source>
        <translation>Zapisano kopię zapasową w %1 (pacjenci: %2, wpisy audytu: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-5"/>
        <source>backup restore needs --to DIR.</source>
        <translation>backup restore wymaga opcji --to FOLDER.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored the backup into %1 (%2 patients).</source>
        <translation>Przywrócono kopię zapasową do %1 (pacjenci: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-21"/>
        <source>The check was not recorded in the vault: %1</source>
        <translation>Sprawdzenie nie zostało odnotowane w sejfie: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>Kopia zapasowa jest nienaruszona: otwiera się, przechodzi kontrolę integralności, a jej łańcuch audytu jest poprawny (pacjenci: %1, wpisy audytu: %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded in the vault as its last verified backup.</source>
        <translation>Odnotowano w sejfie jako jego ostatnią zweryfikowaną kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="+48"/>
        <source>record needs --patient ID.</source>
        <translation>record wymaga opcji --patient ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seconds takes a whole number of seconds from 1 to 86400.</source>
        <translation>--seconds wymaga liczby całkowitej (liczby sekund) od 1 do 86400.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--consent takes verbal or written.</source>
        <translation>--consent wymaga wartości verbal (ustna) lub written (pisemna).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no audio input called &quot;%1&quot;; see clinicdesk-cli audio devices.</source>
        <translation>Nie ma wejścia audio o nazwie „%1”; zobacz clinicdesk-cli audio devices.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The encounter belongs to another patient.</source>
        <translation>Ta wizyta należy do innego pacjenta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="+30"/>
        <source>clinicdesk-cli: %n recording(s) were left unfinished; run clinicdesk-cli recording recover.
</source>
        <translation>
            <numerusform>clinicdesk-cli: %n nagranie pozostało niedokończone; uruchom clinicdesk-cli recording recover.
</numerusform>
            <numerusform>clinicdesk-cli: %n nagrania pozostały niedokończone; uruchom clinicdesk-cli recording recover.
</numerusform>
            <numerusform>clinicdesk-cli: %n nagrań pozostało niedokończonych; uruchom clinicdesk-cli recording recover.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+20"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export wymaga opcji --out PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+35"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+16"/>
        <source>%1 could not be written.</source>
        <translation>Nie udało się zapisać pliku %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+25"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import wymaga opcji --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="+39"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: brak niedokończonych nagrań.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="+45"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: nie znaleziono wejść audio.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteContentFile.cpp" line="+13"/>
        <source>The file %1 cannot be read.</source>
        <translation>Nie można odczytać pliku %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a JSON object.</source>
        <translation>Plik %1 nie jest obiektem JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobWait.cpp" line="+21"/>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout wymaga liczby sekund.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 is still waiting (%2). It runs by itself in ClinicDesk or with clinicdesk-cli jobs run.</source>
        <translation>Zadanie %1 nadal czeka (%2). Zostanie wykonane samoczynnie w ClinicDesk lub za pomocą clinicdesk-cli jobs run.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet due</source>
        <translation>termin jeszcze nie nadszedł</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 ended %2: %3</source>
        <translation>Zadanie %1 zakończyło się ze stanem %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+81"/>
        <source>The task must be transcription or notes.</source>
        <translation>Funkcja musi mieć wartość transcription lub notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--api-key-stdin needs --task.</source>
        <translation>--api-key-stdin wymaga opcji --task.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key was given on standard input.</source>
        <translation>Nie podano klucza API na standardowym wejściu.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiOptions.cpp" line="+40"/>
        <source>The provider must be openai, azure or compatible.</source>
        <translation>Dostawca musi mieć wartość openai, azure lub compatible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The base URL must be an http or https address, like https://api.openai.com/v1.</source>
        <translation>Bazowy adres URL musi być adresem http lub https, np. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>config ai --task needs --model.</source>
        <translation>config ai --task wymaga opcji --model.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure and compatible providers need --base-url.</source>
        <translation>Dostawcy azure i compatible wymagają opcji --base-url.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language must be sv, pl, en, af or auto.</source>
        <translation>Język musi mieć wartość sv, pl, en, af lub auto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note language must be sv, pl, en or af.</source>
        <translation>Język notatek musi mieć wartość sv, pl, en lub af.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--privacy takes on or off.</source>
        <translation>--privacy wymaga wartości on lub off.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 musi być liczbą całkowitą od %2 do %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The currency is a three-letter code, like USD.</source>
        <translation>Waluta to trzyliterowy kod, np. PLN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--budget takes USER=AMOUNT (&quot;none&quot; removes it; 0 holds every AI job of that user).</source>
        <translation>--budget przyjmuje UŻYTKOWNIK=KWOTA („none” usuwa budżet; 0 wstrzymuje wszystkie zadania AI tego użytkownika).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The budget must be an amount like 25 or 12.50.</source>
        <translation>Budżet musi być kwotą, np. 25 lub 12.50.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--price takes MODEL=PER_AUDIO_MINUTE,PER_MILLION_INPUT_TOKENS,PER_MILLION_OUTPUT_TOKENS.</source>
        <translation>--price wymaga wartości MODEL=ZA_MINUTĘ_NAGRANIA,ZA_MILION_TOKENÓW_WEJŚCIOWYCH,ZA_MILION_TOKENÓW_WYJŚCIOWYCH.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prices must be amounts like 0.006.</source>
        <translation>Ceny muszą być kwotami, np. 0.006.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+50"/>
        <source>Set the provider for this task first (--provider, --model), then its key.</source>
        <translation>Najpierw ustaw dostawcę dla tej funkcji (--provider, --model), a potem jego klucz.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>language %1, note language %2, privacy placeholders %3, parts of at most %4 min, %5 in parallel</source>
        <translation>język %1, język notatek %2, symbole zastępcze dla prywatności %3, części najwyżej %4 min, %5 równolegle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="+27"/>
        <source>note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free).</source>
        <translation>note generate wymaga opcji --template NAZWA (dental-exam, dental-treatment, soap, dap, birp, free).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="+21"/>
        <source>note list needs --encounter ID.</source>
        <translation>note list wymaga opcji --encounter ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="+26"/>
        <source>Signed; content hash %1</source>
        <translation>Podpisano; skrót treści %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="+21"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+20"/>
        <source>note %1 needs --content-file FILE (a JSON object in the template&apos;s shape).</source>
        <translation>note %1 wymaga opcji --content-file PLIK (obiekt JSON o strukturze szablonu).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+16"/>
        <source>Revision %1 saved.</source>
        <translation>Zapisano wersję %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="+22"/>
        <source>note export needs --pdf FILE.</source>
        <translation>note export wymaga opcji --pdf PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="+37"/>
        <source> (custom)</source>
        <translation> (własny)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="+28"/>
        <source>%n job(s) ran.</source>
        <translation>
            <numerusform>Wykonano %n zadanie.</numerusform>
            <numerusform>Wykonano %n zadania.</numerusform>
            <numerusform>Wykonano %n zadań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) still waiting.</source>
        <translation>
            <numerusform>%n zadanie nadal czeka.</numerusform>
            <numerusform>%n zadania nadal czekają.</numerusform>
            <numerusform>%n zadań nadal czeka.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="+34"/>
        <source>The month must look like 2026-11.</source>
        <translation>Miesiąc musi mieć postać 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentCancelCommand.cpp" line="+18"/>
        <source>appointment cancel needs ID and --reason R.</source>
        <translation>appointment cancel wymaga ID i opcji --reason R.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentExportCommand.cpp" line="+38"/>
        <source>appointment export needs --ics FILE.</source>
        <translation>appointment export wymaga opcji --ics PLIK.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--from and --to take real dates written as YYYY-MM-DD.</source>
        <translation>--from i --to wymagają prawidłowych dat w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to is before --from.</source>
        <translation>--to wskazuje datę wcześniejszą niż --from.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n appointment(s) written to %1</source>
        <translation>
            <numerusform>Zapisano %n wizytę w %1</numerusform>
            <numerusform>Zapisano %n wizyty w %1</numerusform>
            <numerusform>Zapisano %n wizyt w %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <source>appointment move needs ID and --start ISO8601.</source>
        <translation>appointment move wymaga ID i opcji --start ISO8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="+22"/>
        <source>The status is booked, arrived, in-progress, done or no-show (cancel with clinicdesk-cli appointment cancel ID --reason R).</source>
        <translation>Status musi mieć wartość booked, arrived, in-progress, done lub no-show (wizytę odwołuje się poleceniem clinicdesk-cli appointment cancel ID --reason R).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentWarnings.cpp" line="+22"/>
        <source>clinicdesk-cli: warning: this appointment starts in the past.
</source>
        <translation>clinicdesk-cli: ostrzeżenie: ta wizyta zaczyna się w przeszłości.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinicdesk-cli: warning: this is outside the practitioner&apos;s working hours.
</source>
        <translation>clinicdesk-cli: ostrzeżenie: ten termin wypada poza godzinami pracy specjalisty.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicSetCommand.cpp" line="+37"/>
        <source>clinic set needs at least one of --name, --address, --vat-number, --phone, --email, --logo or --remove-logo.</source>
        <translation>clinic set wymaga co najmniej jednej z opcji --name, --address, --vat-number, --phone, --email, --logo lub --remove-logo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give --logo or --remove-logo, not both.</source>
        <translation>Podaj --logo albo --remove-logo, nie obie opcje naraz.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The clinic&apos;s profile was saved.</source>
        <translation>Profil gabinetu został zapisany.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="+59"/>
        <source>Name:        %1</source>
        <translation>Nazwa:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:     %1</source>
        <translation>Adres:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number:  %1</source>
        <translation>NIP:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:       %1</source>
        <translation>Telefon:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:      %1</source>
        <translation>Adr. e-mail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:        %1</source>
        <translation>Logotyp:     %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral:    %1</source>
        <translation>Skierowanie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the built-in letter</source>
        <translation>wbudowany wzór skierowania</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the clinic&apos;s own template (%n character(s))</source>
        <translation>
            <numerusform>własny szablon gabinetu (%n znak)</numerusform>
            <numerusform>własny szablon gabinetu (%n znaki)</numerusform>
            <numerusform>własny szablon gabinetu (%n znaków)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="+22"/>
        <source>note referral needs --pdf FILE.</source>
        <translation>note referral wymaga opcji --pdf PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="+47"/>
        <source>Merged %1 into %2; moved: %3.</source>
        <translation>Karta %1 została scalona z kartą %2; przeniesiono: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserDisableCommand.cpp" line="+29"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>Konto %1 zostało wyłączone i nie można się już na nie zalogować.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="+28"/>
        <source>%1 is enabled and can sign in again.</source>
        <translation>Konto %1 zostało włączone i można się na nie ponownie zalogować.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="+25"/>
        <source>user role needs --role admin, practitioner or receptionist.</source>
        <translation>user role wymaga opcji --role admin, practitioner lub receptionist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profession must be dentist, therapist or none.</source>
        <translation>Zawód musi mieć wartość dentist (dentysta), therapist (terapeuta) lub none (brak).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now %2.</source>
        <translation>%1 ma teraz rolę: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession: %1.</source>
        <translation>Zawód: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1.</source>
        <translation>Nr PWZ: %1.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+93"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Usage:</source>
        <translation>Użycie:</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;polecenie&gt; [opcje]</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>See clinicdesk-cli help %1.</source>
        <translation>Zobacz clinicdesk-cli help %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the vault folder (default: $CLINICDESK_VAULT, else ClinicDesk&apos;s data folder)</source>
        <translation>folder sejfu (domyślnie: $CLINICDESK_VAULT, inaczej folder danych ClinicDesk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who signs in (default: the vault&apos;s only administrator)</source>
        <translation>kto się loguje (domyślnie: jedyny administrator sejfu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>clinicdesk-cli help COMMAND (or COMMAND --help) shows a command&apos;s arguments and options.</source>
        <translation>clinicdesk-cli help COMMAND (lub COMMAND --help) wyświetla argumenty i opcje polecenia.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),
CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.
Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,
5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error,
8 the AI provider could not be reached or refused (the job&apos;s reason is printed).</source>
        <translation>Hasła: CLINICDESK_PASSWORD (logowanie), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),
CLINICDESK_RECOVERY_CODE (user recover); w przeciwnym razie wpisywane w terminalu bez wyświetlania znaków.
Kody wyjścia: 0 sukces, 1 błędne wywołanie, 2 nieprawidłowe hasło lub zablokowane konto, 3 nie znaleziono,
4 nieprawidłowe dane, 5 sejf odrzucony (uszkodzony, z nowszej wersji, to nie sejf, zmieniona kopia zapasowa),
6 brak uprawnień, 7 błąd systemu, 8 dostawca AI nieosiągalny lub odmówił (wyświetlana jest przyczyna z zadania).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Arguments:</source>
        <translation>Argumenty:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It signs in as --user; the password comes from CLINICDESK_PASSWORD or a prompt without echo.</source>
        <translation>Polecenie loguje się jako --user; hasło pochodzi z CLINICDESK_PASSWORD lub jest wpisywane bez wyświetlania znaków.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="-27"/>
        <source>books an appointment and prints its id</source>
        <translation>umawia wizytę i wyświetla jej ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-29"/>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="-61"/>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="-11"/>
        <source>the patient&apos;s id</source>
        <translation>ID pacjenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when it starts, like 2026-12-01T09:30 (local time without an offset)</source>
        <translation>godzina rozpoczęcia, np. 2026-12-01T09:30 (czas lokalny, bez strefy czasowej)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long it takes</source>
        <translation>czas trwania wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practitioner&apos;s user name</source>
        <translation>nazwa użytkownika specjalisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason for the visit (no clinical detail)</source>
        <translation>powód wizyty (bez szczegółów klinicznych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <source>books it even if it overlaps another booking of the practitioner</source>
        <translation>umawia wizytę nawet wtedy, gdy nakłada się ona na inną wizytę specjalisty</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="-10"/>
        <source>lists one local day&apos;s appointments</source>
        <translation>wyświetla wizyty umówione na jeden dzień (czas lokalny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day (default today)</source>
        <translation>dzień (domyślnie dzisiejszy)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentExportCommand.cpp" line="-59"/>
        <source>writes appointments as an iCalendar file for a phone&apos;s calendar, naming patients only as the clinic&apos;s calendar privacy setting allows (audited)</source>
        <translation>zapisuje wizyty w pliku iCalendar dla kalendarza w telefonie, podając dane pacjentów tylko w zakresie dozwolonym przez ustawienie prywatności kalendarza gabinetu (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write; an existing one is refused</source>
        <translation>plik .ics do zapisania; istniejący plik nie zostanie nadpisany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one practitioner&apos;s user name (default: the whole clinic)</source>
        <translation>nazwa użytkownika jednego specjalisty (domyślnie: cały gabinet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day (default today)</source>
        <translation>pierwszy dzień (domyślnie dzisiejszy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day, included (default 90 days after the first)</source>
        <translation>ostatni dzień, włącznie (domyślnie 90 dni po pierwszym)</translation>
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
        <translation>wyświetla wynik jako JSON zamiast tekstu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="-2"/>
        <source>lists the audio inputs: id, name, default, preferred rate and channels</source>
        <translation>wyświetla wejścia audio: ID, nazwa, domyślne, preferowana częstotliwość i liczba kanałów</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="-1"/>
        <source>lists the audit log, newest first (administrators only)</source>
        <translation>wyświetla dziennik audytu od najnowszych wpisów (tylko administratorzy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N entries (default 100)</source>
        <translation>najwyżej N wpisów (domyślnie 100)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="-2"/>
        <source>recomputes the audit log&apos;s hash chain and checks it against the anchor file</source>
        <translation>ponownie oblicza łańcuch skrótów dziennika audytu i porównuje go z plikiem kotwicy</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="-3"/>
        <source>writes the vault into one encrypted file while in use (administrators only)</source>
        <translation>zapisuje sejf w jednym zaszyfrowanym pliku, także podczas pracy (tylko administratorzy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation>plik kopii zapasowej do zapisania</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-4"/>
        <source>verifies a backup, then writes it as a new vault into an empty or new folder</source>
        <translation>weryfikuje kopię zapasową i zapisuje ją jako nowy sejf w pustym lub nowym folderze</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-1"/>
        <source>the backup file</source>
        <translation>plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder of the new vault</source>
        <translation>folder nowego sejfu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="-135"/>
        <source>sets AI providers, API keys, languages, limits, prices, budgets; or shows them</source>
        <translation>ustawia dostawców AI, klucze API, języki, limity, ceny i budżety albo je wyświetla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the task whose provider or key is set</source>
        <translation>funkcja, dla której ustawia się dostawcę lub klucz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task&apos;s provider</source>
        <translation>dostawca dla tej funkcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model (for Azure classic: the deployment)</source>
        <translation>model (w klasycznym Azure: wdrożenie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s http or https address (Azure and compatible)</source>
        <translation>adres http lub https dostawcy (azure i compatible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Azure API version (default 2024-10-21)</source>
        <translation>wersja API Azure (domyślnie 2024-10-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses Azure&apos;s {endpoint}/openai/v1</source>
        <translation>używa adresu Azure {endpoint}/openai/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends the key as a Bearer token instead of api-key</source>
        <translation>wysyła klucz jako token Bearer zamiast w nagłówku api-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets the task&apos;s fallback provider instead</source>
        <translation>ustawia zamiast tego dostawcę zapasowego dla funkcji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reads the task&apos;s API key from one line of standard input into the keychain</source>
        <translation>wczytuje klucz API funkcji z jednego wiersza standardowego wejścia i zapisuje go w pęku kluczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletes the task&apos;s API key from the keychain</source>
        <translation>usuwa klucz API funkcji z pęku kluczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the transcription language (auto: detected)</source>
        <translation>język transkrypcji (auto: wykrywany automatycznie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms that help the transcription</source>
        <translation>terminy ułatwiające transkrypcję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of notes</source>
        <translation>język notatek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces names and national ids with placeholders in notes</source>
        <translation>zastępuje imiona, nazwiska i numery identyfikacyjne symbolami zastępczymi przy pisaniu notatek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest part of a recording sent in one request</source>
        <translation>najdłuższa część nagrania wysyłana w jednym żądaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many parts are sent at once</source>
        <translation>liczba części wysyłanych jednocześnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request timeout</source>
        <translation>limit czasu żądania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of prices (three letters)</source>
        <translation>waluta cen (trzy litery)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model&apos;s price per audio minute and per million input and output tokens</source>
        <translation>cena modelu za minutę nagrania oraz za milion tokenów wejściowych i wyjściowych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user&apos;s monthly budget (none removes it; 0 holds every job)</source>
        <translation>miesięczny budżet użytkownika (none usuwa budżet; 0 wstrzymuje wszystkie zadania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the settings after the changes</source>
        <translation>wyświetla ustawienia po zmianach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the stored settings as JSON (no keys)</source>
        <translation>wyświetla zapisane ustawienia jako JSON (bez kluczy)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/EgressListCommand.cpp" line="-2"/>
        <source>lists every request that left this computer, newest first</source>
        <translation>wyświetla wszystkie żądania, które opuściły ten komputer, od najnowszych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N requests (default 1000)</source>
        <translation>najwyżej N żądań (domyślnie 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="-40"/>
        <source>creates a vault in an empty or new folder; prints the recovery code once</source>
        <translation>tworzy sejf w pustym lub nowym folderze; wyświetla kod odzyskiwania tylko raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first administrator&apos;s user name</source>
        <translation>nazwa użytkownika pierwszego administratora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-33"/>
        <source>the name shown for the user</source>
        <translation>nazwa wyświetlana użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the administrator&apos;s profession, if clinical</source>
        <translation>zawód administratora, jeśli jest to zawód medyczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-1"/>
        <source>the professional licence number</source>
        <translation>numer prawa wykonywania zawodu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsCancelCommand.cpp" line="+12"/>
        <source>cancels a job that has not ended; a running job&apos;s result is not kept (audited)</source>
        <translation>anuluje niezakończone zadanie; wynik zadania w toku przepada (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="+14"/>
        <source>the job&apos;s id</source>
        <translation>ID zadania</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsListCommand.cpp" line="-2"/>
        <source>lists the jobs, newest first: id, kind, state, progress, last error</source>
        <translation>wyświetla listę zadań od najnowszych: ID, rodzaj, stan, postęp, ostatni błąd</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="-2"/>
        <source>queues a stopped job again, due now, with a fresh attempt count (audited)</source>
        <translation>ponawia zatrzymane zadanie od razu, z wyzerowanym licznikiem prób (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="-17"/>
        <source>runs every job that is due now; prints how many ran and how many still wait</source>
        <translation>wykonuje wszystkie zadania, których termin nadszedł; wyświetla, ile wykonano, a ile czeka</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="-8"/>
        <source>corrects a signed note with a new draft that amends it; prints its id</source>
        <translation>koryguje podpisaną notatkę, tworząc uzupełnienie w wersji roboczej; wyświetla jego ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="-8"/>
        <source>the signed note&apos;s id</source>
        <translation>ID podpisanej notatki</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="-20"/>
        <source>a JSON object in the template&apos;s shape</source>
        <translation>obiekt JSON o strukturze szablonu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="-3"/>
        <source>saves a new revision of a draft; a signed note is refused</source>
        <translation>zapisuje kolejną wersję roboczą notatki; podpisanej notatki nie można zmienić</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="-6"/>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="-1"/>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="-12"/>
        <source>the note&apos;s id</source>
        <translation>ID notatki</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="-1"/>
        <source>writes a note as a PDF (audited)</source>
        <translation>zapisuje notatkę jako plik PDF (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="+2"/>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="-19"/>
        <source>the file to write; an existing one is refused</source>
        <translation>plik do zapisania; istniejący plik nie zostanie nadpisany</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="-14"/>
        <source>queues a note from an encounter&apos;s transcripts; prints the job id (--wait: the note id)</source>
        <translation>dodaje do kolejki notatkę z transkrypcji wizyty; wyświetla ID zadania (--wait: ID notatki)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-1"/>
        <source>the encounter&apos;s id</source>
        <translation>ID wizyty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dental-exam, dental-treatment, soap, dap, birp, free or the clinic&apos;s own</source>
        <translation>dental-exam, dental-treatment, soap, dap, birp, free lub własny szablon gabinetu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+16"/>
        <source>runs the queue until the job ends</source>
        <translation>przetwarza kolejkę aż do zakończenia zadania</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+2"/>
        <source>how long --wait waits (default 900)</source>
        <translation>jak długo czeka opcja --wait (domyślnie 900)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-2"/>
        <source>lists an encounter&apos;s notes: id, template, draft or signed, last change</source>
        <translation>wyświetla notatki z wizyty: ID, szablon, wersja robocza lub podpisana, ostatnia zmiana</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="-2"/>
        <source>shows a note&apos;s content, and a notice if the transcript was summarised</source>
        <translation>wyświetla treść notatki oraz informację, jeśli transkrypcja została streszczona</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="-2"/>
        <source>signs a draft and prints its SHA-256 content hash; it cannot change afterwards</source>
        <translation>podpisuje wersję roboczą i wyświetla skrót SHA-256 treści; potem notatki nie można zmienić</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="-49"/>
        <source>adds a patient and prints the new id; warns if another has the same national id</source>
        <translation>dodaje pacjenta i wyświetla jego ID; ostrzega, gdy inny pacjent ma ten sam numer identyfikacyjny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of birth</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer, samordningsnummer, PESEL or South African ID; checked when given</source>
        <translation>personnummer, samordningsnummer, PESEL lub południowoafrykański numer ID; sprawdzany, jeśli zostanie podany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the phone number</source>
        <translation>numer telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address</source>
        <translation>adres e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal address</source>
        <translation>adres pocztowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinical notes (clinical roles only)</source>
        <translation>notatki kliniczne (tylko role kliniczne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alerts such as allergies (clinical roles only)</source>
        <translation>ostrzeżenia, np. o alergiach (tylko role kliniczne)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="-1"/>
        <source>lists patients&apos; demographics, sorted by last name</source>
        <translation>wyświetla dane osobowe pacjentów posortowane według nazwiska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N patients (default 1000)</source>
        <translation>najwyżej N pacjentów (domyślnie 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="-3"/>
        <source>searches by name prefix (diacritics folded), national id, phone digits, e-mail</source>
        <translation>szuka po początku imienia lub nazwiska (diakrytyki pomijane), numerze identyfikacyjnym, telefonie, e-mailu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what to look for</source>
        <translation>szukany tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N patients (default 50)</source>
        <translation>najwyżej N pacjentów (domyślnie 50)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="-2"/>
        <source>records from the microphone until --seconds or Ctrl+C; prints the recording id</source>
        <translation>nagrywa z mikrofonu do upływu --seconds lub naciśnięcia Ctrl+C; wyświetla ID nagrania</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+2"/>
        <source>an encounter of that patient (default: a new one)</source>
        <translation>wizyta tego pacjenta (domyślnie: nowa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stops after N seconds (1 to 86400)</source>
        <translation>zatrzymuje nagrywanie po N sekundach (od 1 do 86400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an input&apos;s id or name from audio devices (default: the system&apos;s default input)</source>
        <translation>ID lub nazwa wejścia z audio devices (domyślnie: domyślne wejście systemu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records the patient&apos;s consent on the encounter</source>
        <translation>odnotowuje w wizycie zgodę pacjenta</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="-4"/>
        <source>writes a recording&apos;s Ogg Opus file, unencrypted, at your request (audited)</source>
        <translation>zapisuje plik Ogg Opus nagrania bez szyfrowania, na żądanie (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="-3"/>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="-1"/>
        <source>the recording&apos;s id</source>
        <translation>ID nagrania</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="-5"/>
        <source>imports a wav, mp3, m4a, ogg, webm or flac file as a recording and prints its id</source>
        <translation>importuje plik wav, mp3, m4a, ogg, webm lub flac jako nagranie i wyświetla jego ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audio file</source>
        <translation>plik dźwiękowy</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="-3"/>
        <source>lists recordings, newest first; warns when some wait for recovery</source>
        <translation>wyświetla nagrania od najnowszych; ostrzega, jeśli któreś czeka na odzyskanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this patient&apos;s recordings</source>
        <translation>tylko nagrania tego pacjenta</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="-1"/>
        <source>closes recordings left unfinished by a crash or a kill (audited)</source>
        <translation>zamyka nagrania niedokończone z powodu awarii lub przerwania procesu (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="-1"/>
        <source>lists the note templates: key, name, built-in or custom</source>
        <translation>wyświetla listę szablonów notatek: klucz, nazwa, wbudowany lub własny</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="-2"/>
        <source>queues a recording&apos;s transcription; prints the job id (--wait: the transcript id)</source>
        <translation>dodaje do kolejki transkrypcję nagrania; wyświetla ID zadania (--wait: ID transkrypcji)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="-2"/>
        <source>shows the newest transcript of a recording, one timed segment per line</source>
        <translation>wyświetla najnowszą transkrypcję nagrania, po jednym segmencie z czasem w wierszu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="-2"/>
        <source>a month&apos;s AI usage per user and model, with the estimated cost</source>
        <translation>wyświetla miesięczne wykorzystanie AI według użytkowników i modeli z szacunkowym kosztem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the month (default this one)</source>
        <translation>miesiąc (domyślnie bieżący)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-6"/>
        <source>adds a user with a role (administrators only) and prints the new id</source>
        <translation>dodaje użytkownika z rolą (tylko administratorzy) i wyświetla jego ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new user&apos;s sign-in name</source>
        <translation>nazwa logowania nowego użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-52"/>
        <source>what the user may see and do</source>
        <translation>co użytkownik może przeglądać i robić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dentist or therapist</source>
        <translation>dentist (dentysta) lub therapist (terapeuta)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserListCommand.cpp" line="-1"/>
        <source>lists the users and their roles</source>
        <translation>wyświetla listę użytkowników i ich role</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="-20"/>
        <source>changes one&apos;s own password, or anyone&apos;s for an administrator</source>
        <translation>zmienia własne hasło; administrator może zmienić hasło dowolnego użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose password changes</source>
        <translation>użytkownik, którego hasło zostanie zmienione</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="-26"/>
        <source>sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)</source>
        <translation>ustawia nowe hasło kodem odzyskiwania (z CLINICDESK_RECOVERY_CODE lub wpisanym w terminalu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whose password is reset</source>
        <translation>użytkownik, którego hasło zostanie zresetowane</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentCancelCommand.cpp" line="-7"/>
        <source>cancels a booking; the reason is kept</source>
        <translation>odwołuje wizytę; powód zostaje zachowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="-8"/>
        <source>the appointment&apos;s id</source>
        <translation>ID wizyty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why, in a sentence (no clinical detail)</source>
        <translation>powód, w jednym zdaniu (bez szczegółów klinicznych)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-1"/>
        <source>moves or resizes a booking</source>
        <translation>przenosi wizytę lub zmienia jej długość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new start, like 2026-12-01T09:30 (local time without an offset)</source>
        <translation>nowy początek, np. 2026-12-01T09:30 (czas lokalny bez przesunięcia strefy czasowej)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new length (default: unchanged)</source>
        <translation>nowa długość (domyślnie: bez zmian)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="-2"/>
        <source>marks a booking booked, arrived, in-progress, done or no-show</source>
        <translation>oznacza wizytę jako booked, arrived, in-progress, done lub no-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked, arrived, in-progress, done or no-show</source>
        <translation>booked (umówiona), arrived (pacjent przybył), in-progress (w trakcie), done (zakończona) lub no-show (niestawiennictwo)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-2"/>
        <source>checks a backup&apos;s tag, integrity and audit chain, opening it as --user; a backup of --vault is recorded there as verified</source>
        <translation>sprawdza znacznik uwierzytelniający, integralność i łańcuch audytu kopii zapasowej, otwierając ją jako --user; kopia zapasowa sejfu --vault zostaje w nim odnotowana jako zweryfikowana</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicSetCommand.cpp" line="-65"/>
        <source>changes the clinic&apos;s profile and letterhead (admin only; audited)</source>
        <translation>zmienia profil gabinetu i nagłówek dokumentów (tylko administrator; z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s name as letters show it</source>
        <translation>nazwa gabinetu w brzmieniu widocznym w pismach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the postal address; lines separated by line breaks</source>
        <translation>adres pocztowy; wiersze oddzielone znakami nowego wiersza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VAT or tax number</source>
        <translation>numer NIP lub inny numer podatkowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s phone number</source>
        <translation>numer telefonu gabinetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s e-mail address</source>
        <translation>adres e-mail gabinetu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a PNG, JPEG or SVG file, stored as a PNG of at most 600 px</source>
        <translation>plik PNG, JPEG lub SVG, zapisywany jako PNG o wymiarach najwyżej 600 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the letterhead without a logo</source>
        <translation>drukuje nagłówek dokumentów bez logo</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="-1"/>
        <source>shows the clinic&apos;s profile and letterhead</source>
        <translation>wyświetla profil gabinetu i nagłówek dokumentów</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="-3"/>
        <source>writes a referral letter from a signed note as a PDF (audited)</source>
        <translation>zapisuje skierowanie na podstawie podpisanej notatki jako plik PDF (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to whom the letter is addressed</source>
        <translation>adresat skierowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason for the referral</source>
        <translation>powód skierowania</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="-6"/>
        <source>moves everything of a duplicate record into the kept one and closes the duplicate (administrators; audited; cannot be undone)</source>
        <translation>przenosi wszystkie dane ze zduplikowanej karty do karty zachowywanej i zamyka duplikat (administratorzy; z wpisem do dziennika audytu; nie można cofnąć)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record that stays</source>
        <translation>karta, która zostaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record of the same person entered again</source>
        <translation>karta tej samej osoby wprowadzona ponownie</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-3"/>
        <source>shows one patient record (audited); alerts and clinical notes only for clinical roles</source>
        <translation>wyświetla jedną kartę pacjenta (z wpisem do dziennika audytu); ostrzeżenia i notatki kliniczne tylko dla ról klinicznych</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserDisableCommand.cpp" line="-18"/>
        <source>disables a user (administrators only): they can no longer sign in; what they wrote stays theirs</source>
        <translation>wyłącza konto użytkownika (tylko administratorzy): użytkownik nie może się już zalogować; to, co napisał, pozostaje przypisane do niego</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="-16"/>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-2"/>
        <source>the user&apos;s sign-in name</source>
        <translation>nazwa logowania użytkownika</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="-1"/>
        <source>enables a disabled user again (administrators only)</source>
        <translation>ponownie włącza wyłączone konto użytkownika (tylko administratorzy)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-2"/>
        <source>changes a user&apos;s role, profession and licence number (administrators only)</source>
        <translation>zmienia rolę, zawód i numer prawa wykonywania zawodu użytkownika (tylko administratorzy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dentist, therapist or none (default: unchanged)</source>
        <translation>dentist (dentysta), therapist (terapeuta) lub none (brak) (domyślnie: bez zmian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the licence number, or none (default: unchanged)</source>
        <translation>numer prawa wykonywania zawodu lub none (domyślnie: bez zmian)</translation>
    </message>
</context>
<context>
    <name>ClinicLogo</name>
    <message>
        <location filename="../core/export/ClinicLogo.cpp" line="+40"/>
        <source>The logo is not an image ClinicDesk can read.</source>
        <translation>Logo nie jest obrazem, który ClinicDesk potrafi odczytać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logo could not be converted to PNG.</source>
        <translation>Nie udało się przekonwertować logo do formatu PNG.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The logo is too detailed to store. Choose a simpler image.</source>
        <translation>Logo jest zbyt szczegółowe, by można je było zapisać. Wybierz prostszy obraz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be read.</source>
        <translation>Nie można odczytać „%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is larger than 20 MiB; a logo is much smaller.</source>
        <translation>„%1” ma ponad 20 MiB; logo jest zwykle znacznie mniejsze.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>„%1” nie jest obrazem PNG, JPEG ani SVG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PNG, %1 × %2 px, %3 KiB</source>
        <translation>Obraz PNG, %1 × %2 px, %3 KiB</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsStore</name>
    <message>
        <location filename="../core/repo/ClinicSettingsStore.cpp" line="+65"/>
        <source>The clinic&apos;s settings stored in this vault cannot be read. An administrator can set them again in Settings.</source>
        <translation>Nie można odczytać ustawień gabinetu zapisanych w tym sejfie. Administrator może ponownie je skonfigurować w Ustawieniach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clinic&apos;s name can have at most 200 characters.</source>
        <translation>Nazwa gabinetu może mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address can have at most 1000 characters.</source>
        <translation>Adres może mieć najwyżej 1000 znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clinic&apos;s e-mail address is not valid: it needs an @ and no spaces.</source>
        <translation>Adres e-mail gabinetu jest nieprawidłowy: musi zawierać znak @ i nie może zawierać spacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG image.</source>
        <translation>Logo musi być obrazem PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo can be at most 512 KiB.</source>
        <translation>Logo może mieć najwyżej 512 KiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-lock is off (0) or after 1 to 240 minutes.</source>
        <translation>Automatyczna blokada jest wyłączona (0) albo następuje po upływie od 1 do 240 minut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working hours end after they start, within one day.</source>
        <translation>Godziny pracy muszą kończyć się po ich rozpoczęciu, w obrębie jednego dnia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The referral letter&apos;s template can have at most 20000 characters.</source>
        <translation>Szablon skierowania może mieć najwyżej 20000 znaków.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator may change the clinic&apos;s settings.</source>
        <translation>Tylko administrator może zmieniać ustawienia gabinetu.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+53"/>
        <source>The vault database is damaged or is not a ClinicDesk vault.</source>
        <translation>Baza danych sejfu jest uszkodzona lub nie jest sejfem ClinicDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change conflicts with data already in the vault.</source>
        <translation>Zmiana jest sprzeczna z danymi, które już są w sejfie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault file could not be read or written. Check the disk and the folder&apos;s permissions.</source>
        <translation>Nie udało się odczytać ani zapisać pliku sejfu. Sprawdź dysk i uprawnienia do folderu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault database reported an unexpected error.</source>
        <translation>Baza danych sejfu zgłosiła nieoczekiwany błąd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault database does not exist.</source>
        <translation>Baza danych sejfu nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A database already exists at this place.</source>
        <translation>W tym miejscu istnieje już baza danych.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <location filename="../ui/demo/DemoClinic.cpp" line="+80"/>
        <source>Demo microphone</source>
        <translation>Mikrofon demonstracyjny</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Lindby Dental &amp; Therapy</source>
        <translation>Lindby Stomatologia &amp; Terapia</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo needs its patients first.</source>
        <translation>Wersja demonstracyjna najpierw potrzebuje swoich pacjentów.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-up</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Wizyta kontrolna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The patient is travelling.</source>
        <translation>Pacjent wyjechał.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <location filename="../ui/DemoVault.cpp" line="+108"/>
        <source>Dr Demo</source>
        <translation>dr Demo</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <location filename="../core/repo/DocumentRepository.cpp" line="+34"/>
        <source>The document does not exist.</source>
        <translation>Taki dokument nie istnieje.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A document needs a file name of 1 to %1 characters.</source>
        <translation>Nazwa pliku dokumentu musi mieć od 1 do %1 znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty; there is nothing to keep.</source>
        <translation>Plik jest pusty; nie ma czego zachować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than %1 MiB, the most a document may be.</source>
        <translation>Plik ma ponad %1 MiB, czyli więcej, niż wynosi maksymalny rozmiar dokumentu.</translation>
    </message>
</context>
<context>
    <name>EncounterRepository</name>
    <message>
        <location filename="../core/repo/EncounterRepository.cpp" line="+147"/>
        <source>The appointment was cancelled; open the patient&apos;s record to start an encounter.</source>
        <translation>Ta wizyta została odwołana; aby rozpocząć nową wizytę, otwórz kartę pacjenta.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+36"/>
        <source>The encounter does not exist.</source>
        <translation>Taka wizyta nie istnieje.</translation>
    </message>
</context>
<context>
    <name>EncounterService</name>
    <message>
        <location filename="../ui/services/EncounterService.cpp" line="+57"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>Nie udało się zapisać nagrania w „%1”: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+483"/>
        <source>The request to %1 has an invalid header.</source>
        <translation>Żądanie do %1 ma nieprawidłowy nagłówek.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API key contains characters that cannot be sent to %1.</source>
        <translation>Klucz API zawiera znaki, których nie można wysłać do %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The request to %1 has an invalid method.</source>
        <translation>Żądanie do %1 ma nieprawidłową metodę.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <location line="+86"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Żądanie do %1 zostało anulowane.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The answer from %1 was larger than %2, so it was not read.</source>
        <translation>Odpowiedź z %1 była większa niż %2, więc nie została odczytana.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1 took too long.</source>
        <translation>Łączenie z %1 trwało zbyt długo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took too long to answer.</source>
        <translation>Serwer %1 zbyt długo nie odpowiadał.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address of %1 is not valid.</source>
        <translation>Adres %1 jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found. Check the internet connection.</source>
        <translation>Nie znaleziono serwera %1. Sprawdź połączenie z internetem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server for %1 could not be found.</source>
        <translation>Nie znaleziono serwera proxy dla %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1.</source>
        <translation>Nie udało się połączyć z %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate could not be verified, so the connection to %1 was refused.</source>
        <translation>Nie udało się zweryfikować certyfikatu serwera, więc połączenie z %1 zostało odrzucone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to %1 was lost.</source>
        <translation>Połączenie z %1 zostało przerwane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>The request to %1 failed.</source>
        <translation>Żądanie do %1 nie powiodło się.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The address %1 is not a valid web address.</source>
        <translation>Adres %1 nie jest prawidłowym adresem internetowym.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network library could not be started.</source>
        <translation>Nie udało się uruchomić biblioteki sieciowej.</translation>
    </message>
</context>
<context>
    <name>ICalendarExporter</name>
    <message>
        <location filename="../core/export/ICalendarExporter.cpp" line="+63"/>
        <location line="+5"/>
        <source>Appointment: %1</source>
        <translation>Wizyta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>With %1</source>
        <translation>Specjalista: %1</translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <location filename="../core/jobs/JobRepository.cpp" line="+59"/>
        <source>The job does not exist.</source>
        <translation>Takie zadanie nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job was cancelled or taken over while it ran; its result was not kept.</source>
        <translation>Zadanie zostało anulowane lub przejęte w trakcie wykonywania; jego wynik nie został zachowany.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A job needs a kind.</source>
        <translation>Zadanie musi mieć rodzaj.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The job is already running.</source>
        <translation>Zadanie jest już wykonywane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+179"/>
        <source>The job has already finished.</source>
        <translation>Zadanie zostało już zakończone.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The job is not waiting to run. Retry it first.</source>
        <translation>Zadanie nie oczekuje na wykonanie. Najpierw je ponów.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The job has already finished and cannot be cancelled.</source>
        <translation>Zadanie zostało już zakończone i nie można go anulować.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Another job for the same recording or note is already waiting or running, so this one is not queued again.</source>
        <translation>Inne zadanie dla tego samego nagrania lub notatki już czeka lub jest wykonywane, więc to zadanie nie zostanie ponownie dodane do kolejki.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The job is running now.</source>
        <translation>Zadanie jest teraz wykonywane.</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <location filename="../core/util/JsonSchema.cpp" line="+183"/>
        <source>At #: the root of the schema must be an object, not anyOf.</source>
        <translation>W #: korzeń schematu musi być obiektem, a nie anyOf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At #: the root of the schema must have &quot;type&quot;: &quot;object&quot;.</source>
        <translation>W #: korzeń schematu musi mieć &quot;type&quot;: &quot;object&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At #/$defs: $defs must be an object of named schemas.</source>
        <translation>W #/$defs: $defs musi być obiektem z nazwanymi schematami.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At #: the schema has %1 properties in all; strict mode allows at most %2.</source>
        <translation>W #: schemat ma łącznie %1 właściwości; tryb ścisły pozwala na najwyżej %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At #: the schema has %1 enum values in all; strict mode allows at most %2.</source>
        <translation>W #: schemat ma łącznie %1 wartości enum; tryb ścisły pozwala na najwyżej %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: a schema must be a JSON object.</source>
        <translation>W %1: schemat musi być obiektem JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: &quot;type&quot; must be one of string, number, integer, boolean, object, array or null, or a list of different ones.</source>
        <translation>W %1: &quot;type&quot; musi mieć jedną z wartości string, number, integer, boolean, object, array lub null albo być listą różnych takich wartości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: the schema has no &quot;type&quot;.</source>
        <translation>W %1: schemat nie ma &quot;type&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: &quot;$ref&quot; must point to a schema in the root&apos;s $defs.</source>
        <translation>W %1: &quot;$ref&quot; musi wskazywać schemat w $defs korzenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: $defs is supported only at the root of the schema.</source>
        <translation>W %1: $defs jest obsługiwane tylko w korzeniu schematu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>W %1: &quot;enum&quot; musi być niepustą listą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;enum&quot; values must be strings, numbers, booleans or null.</source>
        <translation>W %1: wartości &quot;enum&quot; muszą być ciągami znaków, liczbami, wartościami logicznymi lub null.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: &quot;anyOf&quot; must be a non-empty list of schemas.</source>
        <translation>W %1: &quot;anyOf&quot; musi być niepustą listą schematów.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At %1: an array needs &quot;items&quot; with one schema for its elements.</source>
        <translation>W %1: tablica wymaga &quot;items&quot; z jednym schematem dla swoich elementów.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: objects are nested more than %2 levels deep.</source>
        <translation>W %1: obiekty są zagnieżdżone na więcej niż %2 poziomach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: every object needs &quot;additionalProperties&quot;: false.</source>
        <translation>W %1: każdy obiekt wymaga &quot;additionalProperties&quot;: false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;properties&quot; must be an object of named schemas.</source>
        <translation>W %1: &quot;properties&quot; musi być obiektem z nazwanymi schematami.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At %1: every object needs &quot;required&quot; listing all of its properties.</source>
        <translation>W %1: każdy obiekt wymaga &quot;required&quot; z listą wszystkich swoich właściwości.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: &quot;required&quot; must list every property; missing: %2.</source>
        <translation>W %1: &quot;required&quot; musi wymieniać każdą właściwość; brakuje: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: &quot;required&quot; names properties that are not defined: %2.</source>
        <translation>W %1: &quot;required&quot; wymienia niezdefiniowane właściwości: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1: &quot;%2&quot; is not supported in strict mode.</source>
        <translation>W %1: &quot;%2&quot; nie jest obsługiwane w trybie ścisłym.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1: the keyword &quot;%2&quot; is not supported in strict mode.</source>
        <translation>W %1: słowo kluczowe &quot;%2&quot; nie jest obsługiwane w trybie ścisłym.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: &quot;%2&quot; must be text.</source>
        <translation>W %1: &quot;%2&quot; musi być tekstem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;pattern&quot; must be a valid regular expression.</source>
        <translation>W %1: &quot;pattern&quot; musi być prawidłowym wyrażeniem regularnym.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: &quot;format&quot; must be one of %2.</source>
        <translation>W %1: &quot;format&quot; musi mieć jedną z wartości: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;%2&quot; must be a number.</source>
        <translation>W %1: &quot;%2&quot; musi być liczbą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;multipleOf&quot; must be a number greater than zero.</source>
        <translation>W %1: &quot;multipleOf&quot; musi być liczbą większą od zera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;%2&quot; must be a whole number, zero or more.</source>
        <translation>W %1: &quot;%2&quot; musi być liczbą całkowitą równą zero lub większą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: &quot;minItems&quot; is greater than &quot;maxItems&quot;.</source>
        <translation>W %1: &quot;minItems&quot; jest większe niż &quot;maxItems&quot;.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>At %1: the schema is nested too deeply to check.</source>
        <translation>W %1: schemat jest zbyt głęboko zagnieżdżony, by go sprawdzić.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: there is no value.</source>
        <translation>W %1: brak wartości.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the schema refers to a definition that does not exist.</source>
        <translation>W %1: schemat odwołuje się do nieistniejącej definicji.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>At %1: expected %2, found %3.</source>
        <translation>W %1: oczekiwano %2, znaleziono %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the value is not one of the allowed values.</source>
        <translation>W %1: wartość nie należy do dozwolonych wartości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the value is not the one the schema requires.</source>
        <translation>W %1: wartość nie jest tą, której wymaga schemat.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At %1: the value matches none of the allowed forms.</source>
        <translation>W %1: wartość nie pasuje do żadnej z dozwolonych postaci.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the schema&apos;s pattern is not a valid regular expression.</source>
        <translation>W %1: wzorzec schematu nie jest prawidłowym wyrażeniem regularnym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: the text does not match the pattern %2.</source>
        <translation>W %1: tekst nie pasuje do wzorca %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: the text is shorter than %2 characters.</source>
        <translation>W %1: tekst ma mniej znaków niż %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the text is longer than %2 characters.</source>
        <translation>W %1: tekst ma więcej znaków niż %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the number is less than the minimum %2.</source>
        <translation>W %1: liczba jest mniejsza od minimum %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the number is greater than the maximum %2.</source>
        <translation>W %1: liczba jest większa od maksimum %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: the number must be greater than %2.</source>
        <translation>W %1: liczba musi być większa od %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: the number must be less than %2.</source>
        <translation>W %1: liczba musi być mniejsza od %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the number is not a multiple of %2.</source>
        <translation>W %1: liczba nie jest wielokrotnością %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the list has fewer than %2 items.</source>
        <translation>W %1: lista ma mniej elementów niż %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the list has more than %2 items.</source>
        <translation>W %1: lista ma więcej elementów niż %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the list must be empty.</source>
        <translation>W %1: lista musi być pusta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: a required property is missing.</source>
        <translation>W %1: brakuje wymaganej właściwości.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At %1: the object has properties the schema does not allow (%2).</source>
        <translation>W %1: obiekt ma właściwości niedozwolone przez schemat (%2).</translation>
    </message>
</context>
<context>
    <name>KeyEnvelope</name>
    <message>
        <location filename="../core/crypto/KeyEnvelope.cpp" line="+90"/>
        <location line="+63"/>
        <location line="+38"/>
        <source>The key file keys.json is damaged.</source>
        <translation>Plik kluczy keys.json jest uszkodzony.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The password is not correct.</source>
        <translation>Hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This key envelope opens with the keychain, not a password.</source>
        <translation>Tę kopertę klucza otwiera się kluczem z pęku kluczy, a nie hasłem.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This key envelope does not open with a keychain key.</source>
        <translation>Tej koperty klucza nie można otworzyć kluczem z pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/crypto/KeyFile.cpp" line="+19"/>
        <source>The key file keys.json is missing from the vault folder.</source>
        <translation>W folderze sejfu brakuje pliku kluczy keys.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file keys.json could not be read: %1</source>
        <translation>Nie udało się odczytać pliku kluczy keys.json: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</source>
        <translation>Plik kluczy keys.json jest uszkodzony. Przywróć go z kopii zapasowej albo otwórz sejf z pliku kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</source>
        <translation>Plik kluczy sejfu pochodzi z nowszej wersji ClinicDesk. Zaktualizuj ClinicDesk, aby otworzyć sejf.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>The key file keys.json could not be written: %1</source>
        <translation>Nie udało się zapisać pliku kluczy keys.json: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+22"/>
        <source>This computer&apos;s keychain has no entry for this user.</source>
        <translation>Pęk kluczy tego komputera nie zawiera wpisu dla tego użytkownika.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so ClinicDesk cannot remember you here.</source>
        <translation>Na tym komputerze nie ma dostępnego pęku kluczy, więc ClinicDesk nie może cię tu zapamiętać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused the request: %1</source>
        <translation>Pęk kluczy odrzucił żądanie: %1</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <location filename="../core/export/Letterhead.cpp" line="+60"/>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT no. %1</source>
        <translation>NIP %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+44"/>
        <source>The vault could not be brought up to date: its records do not fit together. It was not changed.</source>
        <translation>Nie udało się zaktualizować sejfu: jego dane nie są ze sobą spójne. Sejf nie został zmieniony.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</source>
        <translation>Ten sejf został utworzony w nowszej wersji ClinicDesk (schemat %1; ta wersja obsługuje schematy do %2). Zaktualizuj ClinicDesk, aby go otworzyć; sejf nie został zmieniony.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A schema migration is missing from this build of ClinicDesk.</source>
        <translation>W tej kompilacji ClinicDesk brakuje migracji schematu.</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../core/domain/NationalId.cpp" line="+71"/>
        <source>The national identity number cannot be checked without today&apos;s date.</source>
        <translation>Nie można sprawdzić numeru identyfikacyjnego bez dzisiejszej daty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A national identity number must be a Swedish personnummer (10 or 12 digits), a Polish PESEL (11 digits) or a South African ID (13 digits).</source>
        <translation>Numer identyfikacyjny musi być szwedzkim numerem personnummer (10 lub 12 cyfr), polskim numerem PESEL (11 cyfr) lub południowoafrykańskim numerem ID (13 cyfr).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The Swedish samordningsnummer has a wrong check digit (Luhn).</source>
        <translation>Szwedzki numer samordningsnummer ma nieprawidłową cyfrę kontrolną (Luhn).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Swedish personnummer has a wrong check digit (Luhn).</source>
        <translation>Szwedzki numer personnummer ma nieprawidłową cyfrę kontrolną (Luhn).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date of birth encoded in the Swedish samordningsnummer is not a real date.</source>
        <translation>Data urodzenia zapisana w szwedzkim numerze samordningsnummer nie jest prawidłową datą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth encoded in the Swedish personnummer is not a real date.</source>
        <translation>Data urodzenia zapisana w szwedzkim numerze personnummer nie jest prawidłową datą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth encoded in the Swedish samordningsnummer is in the future.</source>
        <translation>Data urodzenia zapisana w szwedzkim numerze samordningsnummer przypada w przyszłości.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth encoded in the Swedish personnummer is in the future.</source>
        <translation>Data urodzenia zapisana w szwedzkim numerze personnummer przypada w przyszłości.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PESEL number has a wrong check digit.</source>
        <translation>Numer PESEL ma nieprawidłową cyfrę kontrolną.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The date of birth encoded in the PESEL number is not a real date.</source>
        <translation>Data urodzenia zapisana w numerze PESEL nie jest prawidłową datą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth encoded in the PESEL number is in the future.</source>
        <translation>Data urodzenia zapisana w numerze PESEL przypada w przyszłości.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The South African ID number has a wrong check digit (Luhn).</source>
        <translation>Południowoafrykański numer ID ma nieprawidłową cyfrę kontrolną (Luhn).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The South African ID number has an invalid citizenship digit (it must be 0, 1 or 2).</source>
        <translation>Południowoafrykański numer ID ma nieprawidłową cyfrę obywatelstwa (dozwolone są 0, 1 lub 2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of birth encoded in the South African ID number is not a real date.</source>
        <translation>Data urodzenia zapisana w południowoafrykańskim numerze ID nie jest prawidłową datą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth encoded in the South African ID number is in the future.</source>
        <translation>Data urodzenia zapisana w południowoafrykańskim numerze ID przypada w przyszłości.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Swedish personnummer</source>
        <translation>Szwedzki numer personnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish samordningsnummer</source>
        <translation>Szwedzki numer samordningsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish PESEL</source>
        <translation>Polski numer PESEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South African ID</source>
        <translation>Południowoafrykański numer ID</translation>
    </message>
</context>
<context>
    <name>NoteGenerator</name>
    <message>
        <location filename="../core/ai/NoteGenerator.cpp" line="+144"/>
        <source>There is no transcript to write the note from. Transcribe a recording of this encounter first.</source>
        <translation>Brak transkrypcji, na podstawie której można napisać notatkę. Najpierw wykonaj transkrypcję nagrania z tej wizyty.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The transcript was too long for one request, so it was summarised in %1 parts and the note was written from the summaries. Check the note against the transcript.</source>
        <translation>Transkrypcja była zbyt długa na jedno żądanie, więc została streszczona w %1 częściach, a notatkę napisano na podstawie streszczeń. Porównaj notatkę z transkrypcją.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The provider&apos;s answer did not contain a note.</source>
        <translation>Odpowiedź dostawcy nie zawierała notatki.</translation>
    </message>
</context>
<context>
    <name>NotePdfExporter</name>
    <message>
        <location filename="../core/export/NotePdfExporter.cpp" line="+139"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>DRAFT – not signed</source>
        <translation>WERSJA ROBOCZA – niepodpisana</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Addendum: %1</source>
        <translation>Uzupełnienie: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This note may still change. It is not part of the signed record.</source>
        <translation>Ta notatka może się jeszcze zmienić. Nie jest częścią podpisanej dokumentacji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>licence no. %1</source>
        <translation>nr PWZ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinician</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Sporządzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note ID</source>
        <translation>ID notatki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This addendum corrects or completes note %1</source>
        <translation>To uzupełnienie koryguje lub dopełnia notatkę %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed %1</source>
        <translation>podpisaną %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(SHA-256 %1)</source>
        <translation>(SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original note is unchanged.</source>
        <translation>Pierwotna notatka pozostaje niezmieniona.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed electronically by %1 on %2. The signed note cannot be changed; corrections are added as addenda.</source>
        <translation>Podpisano elektronicznie przez %1, %2. Podpisanej notatki nie można zmienić; poprawki dodaje się jako uzupełnienia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content SHA-256:</source>
        <translation>SHA-256 treści:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed.</source>
        <translation>Niepodpisana.</translation>
    </message>
    <message>
        <location filename="../core/export/LetterheadPdf.cpp" line="+64"/>
        <source>PDF export needs the graphical part of the application.</source>
        <translation>Eksport do PDF wymaga graficznej części aplikacji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose another file name.</source>
        <translation>Plik %1 już istnieje. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>The PDF could not be written: %1</source>
        <translation>Nie udało się zapisać pliku PDF: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+41"/>
        <location line="+41"/>
        <source>The PDF could not be written.</source>
        <translation>Nie udało się zapisać pliku PDF.</translation>
    </message>
    <message>
        <location filename="../core/export/NotePdfExporter.cpp" line="+13"/>
        <source>%1, born %2</source>
        <translation>%1, ur. %2</translation>
    </message>
    <message>
        <location filename="../core/export/LetterheadPdf.cpp" line="-109"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/repo/NoteRepository.cpp" line="+73"/>
        <source>The note does not exist.</source>
        <translation>Taka notatka nie istnieje.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>A note needs an encounter and a template.</source>
        <translation>Notatka musi mieć wizytę i szablon.</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+117"/>
        <source>The note template does not exist.</source>
        <translation>Taki szablon notatki nie istnieje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A note was already written for this job.</source>
        <translation>Dla tego zadania napisano już notatkę.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This note is signed and cannot be changed; add an addendum instead.</source>
        <translation>Ta notatka jest podpisana i nie można jej zmienić; zamiast tego dodaj uzupełnienie.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This note is already signed.</source>
        <translation>Ta notatka jest już podpisana.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This draft does not match its template yet (%n problem(s); the first: %1). Fix the marked fields and save the draft, then sign it.</source>
        <translation>
            <numerusform>Ta wersja robocza nie jest jeszcze zgodna z szablonem (%n problem: %1). Popraw zaznaczone pola, zapisz wersję roboczą, a następnie ją podpisz.</numerusform>
            <numerusform>Ta wersja robocza nie jest jeszcze zgodna z szablonem (%n problemy; pierwszy: %1). Popraw zaznaczone pola, zapisz wersję roboczą, a następnie ją podpisz.</numerusform>
            <numerusform>Ta wersja robocza nie jest jeszcze zgodna z szablonem (%n problemów; pierwszy: %1). Popraw zaznaczone pola, zapisz wersję roboczą, a następnie ją podpisz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only a signed note takes an addendum; this draft can still be edited.</source>
        <translation>Uzupełnienie można dodać tylko do podpisanej notatki; tę wersję roboczą można jeszcze edytować.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The note is not signed, so it has no hash to verify.</source>
        <translation>Notatka nie jest podpisana, więc nie ma skrótu do zweryfikowania.</translation>
    </message>
</context>
<context>
    <name>NoteSchemaField</name>
    <message>
        <location filename="../ui/encounter/NoteSchemaField.cpp" line="+261"/>
        <source>%1: “%2” is not a Universal tooth number (1–32 or A–T).</source>
        <translation>%1: „%2” nie jest numerem zęba w systemie uniwersalnym (1–32 lub A–T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not an FDI tooth number (e.g. 16 or 75).</source>
        <translation>%1: „%2” nie jest numerem zęba w systemie FDI (np. 16 lub 75).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: choose one of %2.</source>
        <translation>%1: wybierz jedną z wartości: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: enter a number.</source>
        <translation>%1: wpisz liczbę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1: „%2” nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: „%2” nie jest liczbą.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2” nie jest jedną z wartości: %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: this is not valid JSON.</source>
        <translation>%1: to nie jest prawidłowy JSON.</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <location filename="../ui/services/NoteService.cpp" line="+77"/>
        <source>“%1” could not be replaced.</source>
        <translation>Nie udało się zastąpić pliku „%1”.</translation>
    </message>
</context>
<context>
    <name>NoteTemplateRepository</name>
    <message>
        <location filename="../core/repo/NoteTemplateRepository.cpp" line="+30"/>
        <source>Dental examination</source>
        <translation>Badanie stomatologiczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dental examination: complaint, history changes, extraoral and soft-tissue findings, findings per tooth (FDI), periodontal status, radiographs, diagnosis and treatment plan.</source>
        <translation>Badanie stomatologiczne: dolegliwości, zmiany w wywiadzie, badanie zewnątrzustne i tkanek miękkich, stan poszczególnych zębów (FDI), stan przyzębia, zdjęcia RTG, rozpoznanie i plan leczenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dental treatment</source>
        <translation>Leczenie stomatologiczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dental treatment visit: complaint, procedures per tooth (FDI) with materials and anaesthesia, complications, post-operative instructions and the next visit.</source>
        <translation>Wizyta zabiegowa: dolegliwości, zabiegi na poszczególnych zębach (FDI) z materiałami i znieczuleniem, powikłania, zalecenia pozabiegowe i następna wizyta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOAP note</source>
        <translation>Notatka SOAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjective, Objective, Assessment and Plan: the classic structure for a clinical visit or therapy session.</source>
        <translation>Dane subiektywne, dane obiektywne, ocena i plan (Subjective, Objective, Assessment, Plan): klasyczna struktura wizyty klinicznej lub sesji terapeutycznej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAP note</source>
        <translation>Notatka DAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data, Assessment and Plan: a compact session note common in therapy and counselling.</source>
        <translation>Dane, ocena i plan (Data, Assessment, Plan): zwięzła notatka z sesji, powszechna w terapii i poradnictwie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIRP note</source>
        <translation>Notatka BIRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour, Intervention, Response and Plan: a session note focused on the client&apos;s behaviour and response to interventions.</source>
        <translation>Zachowanie, interwencja, reakcja i plan (Behaviour, Intervention, Response, Plan): notatka z sesji skupiona na zachowaniu klienta i jego reakcji na interwencje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text</source>
        <translation>Tekst swobodny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free-text note: a short title and the note itself, for anything the structured templates do not fit.</source>
        <translation>Notatka w formie swobodnego tekstu: krótki tytuł i sama notatka, na wszystko, do czego nie pasują szablony strukturalne.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The note template does not exist.</source>
        <translation>Taki szablon notatki nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note template needs a name.</source>
        <translation>Szablon notatki musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template name can have at most %1 characters.</source>
        <translation>Nazwa szablonu może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A built-in note template is missing from this installation.</source>
        <translation>W tej instalacji brakuje wbudowanego szablonu notatki.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A built-in note template is damaged in this installation.</source>
        <translation>Wbudowany szablon notatki jest uszkodzony w tej instalacji.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>There is no note template &quot;%1&quot;. Valid templates: %2.</source>
        <translation>Nie ma szablonu notatki „%1”. Dostępne szablony: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The built-in template &quot;%1&quot; cannot be changed. Copy it and edit the copy.</source>
        <translation>Wbudowanego szablonu „%1” nie można zmienić. Skopiuj go i edytuj kopię.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A template key may have 1 to 64 characters: letters a-z and A-Z, digits, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Klucz szablonu może mieć od 1 do 64 znaków: litery a-z i A-Z, cyfry, &quot;_&quot; oraz &quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;%1&quot; belongs to a built-in template.</source>
        <translation>Klucz „%1” należy do wbudowanego szablonu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A note template with the key &quot;%1&quot; already exists.</source>
        <translation>Szablon notatki z kluczem „%1” już istnieje.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A note template needs instructions for the model.</source>
        <translation>Szablon notatki musi zawierać instrukcje dla modelu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The instructions can have at most %1 characters.</source>
        <translation>Instrukcje mogą mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template&apos;s schema cannot be used for notes: %1</source>
        <translation>Schematu szablonu nie można użyć do notatek: %1</translation>
    </message>
</context>
<context>
    <name>OggOpusDecoder</name>
    <message>
        <location filename="../core/audio/OggOpusDecoder.cpp" line="+11"/>
        <source>The recording contains no audio.</source>
        <translation>Nagranie nie zawiera dźwięku.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+52"/>
        <location line="+18"/>
        <source>The recording could not be read; it may be damaged.</source>
        <translation>Nie udało się odczytać nagrania; może być uszkodzone.</translation>
    </message>
</context>
<context>
    <name>OggOpusSplitter</name>
    <message>
        <location filename="../core/audio/OggOpusSplitter.cpp" line="+124"/>
        <source>The recording is not an Ogg Opus audio stream.</source>
        <translation>Nagranie nie jest strumieniem dźwięku Ogg Opus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The recording holds more than one audio stream and cannot be split.</source>
        <translation>Nagranie zawiera więcej niż jeden strumień dźwięku i nie można go podzielić.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>The recording contains no audio.</source>
        <translation>Nagranie nie zawiera dźwięku.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>The size limits for recording parts must be positive.</source>
        <translation>Limity rozmiaru części nagrania muszą być dodatnie.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The recording cannot be split into parts as small as the provider requires.</source>
        <translation>Nie można podzielić nagrania na tak małe części, jakich wymaga dostawca.</translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <location filename="../core/ai/OpenAiClient.cpp" line="+201"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Żądanie do %1 zostało anulowane.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>HTTP status %1</source>
        <translation>Status HTTP %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account at %1 has run out of credit or reached its spending limit. Check the plan and billing with the provider; the work waits until then.</source>
        <translation>Na koncie w %1 skończyły się środki lub osiągnięto limit wydatków. Sprawdź plan i rozliczenia u dostawcy; do tego czasu praca czeka.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy (rate limit reached); the request will be retried.</source>
        <translation>Serwer %1 jest zajęty (osiągnięto limit żądań); żądanie zostanie ponowione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not answer (HTTP %2); the request will be retried.</source>
        <translation>Serwer %1 nie mógł odpowiedzieć (HTTP %2); żądanie zostanie ponowione.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was too large for %1 (%2).</source>
        <translation>Żądanie było zbyt duże dla %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the request: %2</source>
        <translation>Serwer %1 odrzucił żądanie: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gave an unexpected answer (HTTP %2).</source>
        <translation>Serwer %1 zwrócił nieoczekiwaną odpowiedź (HTTP %2).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 Check the provider in AI &gt; AI settings.</source>
        <translation>%1 Sprawdź dostawcę w menu AI &gt; Ustawienia AI.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key was refused by %1. Enter a new key in AI &gt; AI settings.</source>
        <translation>Serwer %1 odrzucił klucz API. Wpisz nowy klucz w menu AI &gt; Ustawienia AI.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The model or deployment &quot;%1&quot; was not found at %2. Check the provider and model in AI &gt; AI settings.</source>
        <translation>Nie znaleziono modelu ani wdrożenia „%1” w %2. Sprawdź dostawcę i model w menu AI &gt; Ustawienia AI.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No AI provider and model are set up for this task. Set them in AI &gt; AI settings.</source>
        <translation>Dla tej funkcji nie skonfigurowano dostawcy AI ani modelu. Skonfiguruj je w menu AI &gt; Ustawienia AI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No API key is stored for %1. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Nie zapisano klucza API dla %1. Wpisz go w menu AI &gt; Ustawienia AI lub za pomocą clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiAnswer.cpp" line="+40"/>
        <source>The provider&apos;s answer was not valid JSON (%1).</source>
        <translation>Odpowiedź dostawcy nie była prawidłowym JSON-em (%1).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The answer from %1 holds no transcription.</source>
        <translation>Odpowiedź z %1 nie zawiera transkrypcji.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiClient.cpp" line="+27"/>
        <source>The recording part to transcribe is empty.</source>
        <translation>Część nagrania do transkrypcji jest pusta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording part is too large to send to %1 (at most 25 MiB per request).</source>
        <translation>Część nagrania jest zbyt duża, by wysłać ją do %1 (najwyżej 25 MiB na żądanie).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The answer format has an invalid name.</source>
        <translation>Format odpowiedzi ma nieprawidłową nazwę.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The server at %1 does not support structured (JSON schema) answers, which notes need.</source>
        <translation>Serwer %1 nie obsługuje odpowiedzi strukturalnych (schemat JSON), których wymagają notatki.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiAnswer.cpp" line="+22"/>
        <source>The model refused to write this answer: &quot;%1&quot;</source>
        <translation>Model odmówił napisania tej odpowiedzi: „%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was cut off because it became too long (too long for the output limit). Try a shorter input or a larger limit.</source>
        <translation>Odpowiedź została ucięta, ponieważ była zbyt długa (przekroczyła limit danych wyjściowych). Spróbuj krótszych danych wejściowych lub wyższego limitu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>Filtr treści dostawcy zatrzymał odpowiedź.</translation>
    </message>
</context>
<context>
    <name>OpusStreamEncoder</name>
    <message>
        <location filename="../core/audio/OpusStreamEncoder.cpp" line="+31"/>
        <source>The audio input uses an unsupported sample rate (%1 Hz).</source>
        <translation>Wejście audio używa nieobsługiwanej częstotliwości próbkowania (%1 Hz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording bit rate must be between 6 and 256 kbit/s.</source>
        <translation>Przepływność nagrania musi wynosić od 6 do 256 kbit/s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The audio encoder could not be started.</source>
        <translation>Nie udało się uruchomić kodera dźwięku.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The recording has already ended.</source>
        <translation>Nagrywanie już się zakończyło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>The audio could not be encoded.</source>
        <translation>Nie udało się zakodować dźwięku.</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <location filename="../core/crypto/PasswordKdf.cpp" line="+11"/>
        <source>The key derivation was given a malformed salt.</source>
        <translation>Funkcja wyprowadzania klucza otrzymała nieprawidłową sól.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There was not enough memory to derive the key from the password. Close other programs and try again.</source>
        <translation>Za mało pamięci, aby wyprowadzić klucz z hasła. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <location filename="../core/repo/PatientMerge.cpp" line="+52"/>
        <source>A record cannot be merged into itself.</source>
        <translation>Nie można scalić karty z nią samą.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The patient does not exist (or was already merged or removed).</source>
        <translation>Taki pacjent nie istnieje (lub jego karta została już scalona albo usunięta).</translation>
    </message>
</context>
<context>
    <name>PatientRecordService</name>
    <message>
        <location filename="../ui/services/PatientRecordService.cpp" line="+80"/>
        <source>“%1” is larger than %2 MiB, the most a document may be.</source>
        <translation>„%1” ma ponad %2 MiB, czyli więcej, niż wynosi maksymalny rozmiar dokumentu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be read: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document could not be saved to “%1”: %2</source>
        <translation>Nie udało się zapisać dokumentu w „%1”: %2</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/repo/PatientValidator.cpp" line="+45"/>
        <source>A patient needs a first name and a last name.</source>
        <translation>Pacjent musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the first name.</source>
        <translation>Wpisz imię.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the last name.</source>
        <translation>Wpisz nazwisko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name can have at most %1 characters.</source>
        <translation>Imię ani nazwisko nie może być dłuższe niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>Data urodzenia musi być prawidłową datą w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Data urodzenia nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is before 1880; check the year.</source>
        <translation>Data urodzenia jest wcześniejsza niż 1880 r.; sprawdź rok.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The date of birth does not match the one in the national identity number.</source>
        <translation>Data urodzenia nie zgadza się z datą zapisaną w numerze identyfikacyjnym.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</source>
        <translation>Numer telefonu może zawierać tylko cyfry, spacje, nawiasy, kropki, łączniki i znak + na początku.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The e-mail address is not valid (it should look like name@example.com).</source>
        <translation>Adres e-mail jest nieprawidłowy (powinien wyglądać jak nazwa@example.com).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address can have at most %1 characters.</source>
        <translation>Adres nie może być dłuższy niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The alerts can have at most %1 characters.</source>
        <translation>Ostrzeżenia mogą mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clinical notes are too long.</source>
        <translation>Notatki kliniczne są za długie.</translation>
    </message>
    <message>
        <location filename="../core/repo/PatientRepository.cpp" line="+102"/>
        <location line="+119"/>
        <location line="+66"/>
        <location line="+68"/>
        <source>The patient does not exist.</source>
        <translation>Taki pacjent nie istnieje.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This record was merged into the record of %1 (ID %2); open that one.</source>
        <translation>Ta karta została scalona z kartą pacjenta %1 (ID %2); otwórz tamtą kartę.</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <location filename="../core/ai/ProviderConfig.cpp" line="+60"/>
        <source>The address &quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>Adres „%1” nie jest adresem internetowym (taki adres zaczyna się od https://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address &quot;%1&quot; must start with https://: without it, recordings and notes would cross the network unencrypted (plain http:// is only for a server on this computer, such as http://localhost:8080/v1).</source>
        <translation>Adres „%1” musi zaczynać się od https://: bez tego nagrania i notatki przechodziłyby przez sieć niezaszyfrowane (zwykłe http:// jest tylko dla serwera na tym komputerze, np. http://localhost:8080/v1).</translation>
    </message>
</context>
<context>
    <name>RecordingImporter</name>
    <message>
        <location filename="../core/audio/RecordingImporter.cpp" line="+35"/>
        <source>The encounter belongs to another patient.</source>
        <translation>Ta wizyta należy do innego pacjenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patient declined to be recorded in this encounter, so no audio can be added to it.</source>
        <translation>Pacjent nie zgodził się na nagrywanie podczas tej wizyty, więc nie można dodać do niej żadnego nagrania.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file contains no audio.</source>
        <translation>Plik nie zawiera dźwięku.</translation>
    </message>
</context>
<context>
    <name>RecordingRepository</name>
    <message>
        <location filename="../core/repo/RecordingRepository.cpp" line="+39"/>
        <source>The recording does not exist.</source>
        <translation>Takie nagranie nie istnieje.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient declined to be recorded in this encounter, so it cannot be recorded.</source>
        <translation>Pacjent nie zgodził się na nagrywanie podczas tej wizyty, więc nie można jej nagrywać.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The recording is no longer being captured.</source>
        <translation>Nagrywanie już nie trwa.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The recording was discarded.</source>
        <translation>Nagranie zostało odrzucone.</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <location filename="../core/export/ReferralSource.cpp" line="+22"/>
        <source>A referral letter is written from a signed note. Sign the note first.</source>
        <translation>Skierowanie tworzy się na podstawie podpisanej notatki. Najpierw podpisz notatkę.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+31"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receptionist</source>
        <translation>Recepcjonista</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dentist</source>
        <translation>Dentysta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
</context>
<context>
    <name>RunnerJobContext</name>
    <message>
        <location filename="../core/jobs/RunnerJobContext.cpp" line="+45"/>
        <source>The job&apos;s result was already saved.</source>
        <translation>Wynik zadania został już zapisany.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job was cancelled; its result was not kept.</source>
        <translation>Zadanie zostało anulowane; jego wynik nie został zachowany.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The job was cancelled or taken over while it ran; its result was not kept.</source>
        <translation>Zadanie zostało anulowane lub przejęte w trakcie wykonywania; jego wynik nie został zachowany.</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <location filename="../core/ai/Transcriber.cpp" line="+124"/>
        <source>The transcription was cancelled.</source>
        <translation>Transkrypcja została anulowana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part of the recording was not sent.</source>
        <translation>Część nagrania nie została wysłana.</translation>
    </message>
</context>
<context>
    <name>TranscriptRepository</name>
    <message>
        <location filename="../core/repo/TranscriptRepository.cpp" line="+77"/>
        <source>A transcript needs the recording it was made from.</source>
        <translation>Transkrypcja musi mieć nagranie, z którego powstała.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording does not exist.</source>
        <translation>Takie nagranie nie istnieje.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The transcript does not exist.</source>
        <translation>Taka transkrypcja nie istnieje.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This recording has not been transcribed yet.</source>
        <translation>Dla tego nagrania nie wykonano jeszcze transkrypcji.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/repo/UserRepository.cpp" line="+46"/>
        <source>A user name must be 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces.</source>
        <translation>Nazwa użytkownika musi mieć od 1 do 64 znaków (litery, cyfry, kropki, łączniki, podkreślniki lub @), bez spacji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A user needs a display name of at most 200 characters.</source>
        <translation>Użytkownik musi mieć nazwę wyświetlaną o długości najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A licence number can have at most 64 characters.</source>
        <translation>Numer prawa wykonywania zawodu może mieć najwyżej 64 znaki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A receptionist has no clinical profession or licence number.</source>
        <translation>Recepcjonista nie ma zawodu medycznego ani numeru prawa wykonywania zawodu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is already a user called %1.</source>
        <translation>Użytkownik o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The user does not exist.</source>
        <translation>Taki użytkownik nie istnieje.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user called %1.</source>
        <translation>Nie ma użytkownika o nazwie %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is the last active administrator and cannot be disabled. Make another user an administrator first.</source>
        <translation>%1 jest ostatnim aktywnym administratorem i nie można go wyłączyć. Najpierw nadaj innemu użytkownikowi uprawnienia administratora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You cannot disable your own account. Another administrator can do it.</source>
        <translation>Nie możesz wyłączyć własnego konta. Może to zrobić inny administrator.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is the last active administrator and must stay one. Make another user an administrator first.</source>
        <translation>%1 jest ostatnim aktywnym administratorem i musi nim pozostać. Najpierw nadaj innemu użytkownikowi uprawnienia administratora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You cannot change your own role. Another administrator can do it.</source>
        <translation>Nie możesz zmienić własnej roli. Może to zrobić inny administrator.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="+98"/>
        <source>There is no vault at %1.</source>
        <translation>W folderze %1 nie ma sejfu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a ClinicDesk vault (it has no clinic.db and no keys.json).</source>
        <translation>%1 nie jest sejfem ClinicDesk (brak plików clinic.db i keys.json).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault database clinic.db is missing. Restore the vault from a backup.</source>
        <translation>Brak bazy danych sejfu clinic.db. Przywróć sejf z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clinic.db is empty: the vault is damaged. Restore the vault from a backup.</source>
        <translation>Plik clinic.db jest pusty: sejf jest uszkodzony. Przywróć sejf z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>clinic.db is an unencrypted SQLite database, not a ClinicDesk vault. It was not opened.</source>
        <translation>Plik clinic.db jest niezaszyfrowaną bazą danych SQLite, a nie sejfem ClinicDesk. Nie został otwarty.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder %1 is not empty. Choose a new or empty folder for the vault.</source>
        <translation>Folder %1 nie jest pusty. Wybierz nowy lub pusty folder na sejf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 could not be created.</source>
        <translation>Nie udało się utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>clinic.db does not open with this vault&apos;s key: it is damaged or belongs to another vault.</source>
        <translation>Pliku clinic.db nie można otworzyć kluczem tego sejfu: jest uszkodzony lub należy do innego sejfu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>clinic.db is empty or is not a ClinicDesk vault database. It was not opened.</source>
        <translation>Plik clinic.db jest pusty lub nie jest bazą danych sejfu ClinicDesk. Nie został otwarty.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This vault has several administrators: say which user you are.</source>
        <translation>Ten sejf ma kilku administratorów: podaj, którym użytkownikiem jesteś.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>The user name or password is not correct.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer does not remember this user. Enter the password.</source>
        <translation>Ten komputer nie pamięta tego użytkownika. Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key remembered on this computer no longer opens the vault. Enter the password.</source>
        <translation>Klucz zapamiętany na tym komputerze nie otwiera już sejfu. Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This vault has no recovery envelope.</source>
        <translation>Ten sejf nie ma koperty odzyskiwania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery code is not correct.</source>
        <translation>Kod odzyskiwania jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The vault database is damaged or is not a ClinicDesk vault.</source>
        <translation>Baza danych sejfu jest uszkodzona lub nie jest sejfem ClinicDesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+30"/>
        <source>The vault is locked.</source>
        <translation>Sejf jest zablokowany.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</source>
        <translation>Brak pliku kotwicy dziennika audytu %1: nie można potwierdzić końca dziennika.</translation>
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
        <translation>Hasło musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The user name or password is not correct.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This user account is disabled. Ask an administrator to enable it.</source>
        <translation>To konto użytkownika jest wyłączone. Poproś administratora o jego włączenie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This vault&apos;s administrators have changed: say which user you are.</source>
        <translation>Administratorzy tego sejfu się zmienili: podaj, którym użytkownikiem jesteś.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AdministratorPage</name>
    <message>
        <location filename="../ui/firstrun/AdministratorPage.cpp" line="+25"/>
        <source>The administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator adds the other users later. Each user has their own password, and each password opens the vault.</source>
        <translation>Administrator doda pozostałych użytkowników później. Każdy użytkownik ma własne hasło i każde z tych haseł otwiera sejf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example anna.berg</source>
        <translation>na przykład anna.nowak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example Dr Anna Berg</source>
        <translation>na przykład dr Anna Nowak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (not a clinician)</source>
        <translation>Brak (personel niemedyczny)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least %1 characters</source>
        <translation>co najmniej %1 znaków</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>Nazwa &amp;wyświetlana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Zawód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence number:</source>
        <translation>Numer prawa wykonywania zawodu (&amp;PWZ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>Powtó&amp;rz hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password you can remember: nobody, not even ClinicDesk&apos;s makers, can read the vault without it. The next pages show a recovery code for emergencies.</source>
        <translation>Wybierz hasło, które zapamiętasz: bez niego nikt, nawet twórcy ClinicDesk, nie odczyta sejfu. Na kolejnych stronach pojawi się kod odzyskiwania na sytuacje awaryjne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Utwórz sejf</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AiSettingsPage</name>
    <message>
        <location filename="../ui/settings/AiSettingsPage.cpp" line="+45"/>
        <source>Detect automatically</source>
        <translation>Wykryj automatycznie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish</source>
        <translation>Szwedzki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator can change these settings. You can still store this computer&apos;s API keys and test the connection.</source>
        <translation>Tylko administrator może zmieniać te ustawienia. Nadal możesz zapisać klucze API tego komputera i przetestować połączenie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;AI settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ustawienia AI&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers</source>
        <translation>Dostawcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription and notes</source>
        <translation>Transkrypcja i notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets</source>
        <translation>Ceny i budżety</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note templates</source>
        <translation>Szablony notatek</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each task can use its own provider. API keys are kept in this computer&apos;s keychain, never in the clinic&apos;s vault: enter the key on every computer that sends requests.</source>
        <translation>Każda funkcja może korzystać z własnego dostawcy. Klucze API są przechowywane w pęku kluczy tego komputera, nigdy w sejfie gabinetu: wpisz klucz na każdym komputerze, który wysyła żądania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Transcription</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+72"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Fallback provider (used when the first cannot be reached)</source>
        <translation>Dostawca zapasowy (używany, gdy nie można połączyć się z pierwszym)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the key and that the model is offered, with the values shown here (a key typed above is stored first).</source>
        <translation>Sprawdza klucz i dostępność modelu przy użyciu widocznych tu wartości (klucz wpisany powyżej zostanie najpierw zapisany).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words the recordings often contain, in their language: tooth numbers, materials, drug names…</source>
        <translation>Słowa, które często pojawiają się w nagraniach, w ich języku: numery zębów, materiały, nazwy leków…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace names and national ids with placeholders before writing notes</source>
        <translation>Zastępuj imiona, nazwiska i numery identyfikacyjne symbolami zastępczymi przed pisaniem notatek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the recordings:</source>
        <translation>Język nagrań:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary:</source>
        <translation>Słownictwo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest part sent at once:</source>
        <translation>Najdłuższa część wysyłana naraz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts sent at the same time:</source>
        <translation>Części wysyłane jednocześnie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the notes:</source>
        <translation>Język notatek:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per audio minute</source>
        <translation>Za minutę nagrania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million input tokens</source>
        <translation>Za milion tokenów wejściowych</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million output tokens</source>
        <translation>Za milion tokenów wyjściowych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add model</source>
        <translation>&amp;Dodaj model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove model</source>
        <translation>&amp;Usuń model</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimates for the usage page and the budgets; the provider&apos;s invoice is what counts. Models not listed count as free.</source>
        <translation>Szacunki dla strony wykorzystania i budżetów; wiążąca jest faktura dostawcy. Modele spoza listy są liczone jako bezpłatne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly budget per user</source>
        <translation>Miesięczny budżet na użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget per month (empty: none)</source>
        <translation>Budżet miesięczny (puste: brak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a user&apos;s AI requests this month reach the budget, their further jobs wait until an administrator raises it or the month ends.</source>
        <translation>Gdy żądania AI użytkownika w tym miesiącu osiągną budżet, jego kolejne zadania czekają, aż administrator go podniesie lub skończy się miesiąc.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (inactive)</source>
        <translation>%1 (nieaktywny)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, fallback provider: %2</source>
        <translation>%1, dostawca zapasowy: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The currency is a three-letter code such as USD, EUR, SEK or PLN.</source>
        <translation>Waluta to trzyliterowy kod, np. USD, EUR, SEK lub PLN.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The price &quot;%1&quot; for %2 is not an amount (write it like 0.006 or 2.50).</source>
        <translation>Cena „%1” dla %2 nie jest kwotą (wpisz ją np. jako 0.006 lub 2.50).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The budget &quot;%1&quot; for %2 is not an amount (write it like 50 or 49.90).</source>
        <translation>Budżet „%1” dla %2 nie jest kwotą (wpisz go np. jako 50 lub 49.90).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The AI settings are saved.</source>
        <translation>Ustawienia AI zostały zapisane.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Testing the connection to %1…</source>
        <translation>Testowanie połączenia z %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to %1: the key works and the model &quot;%2&quot; is available.
Models offered: %3</source>
        <translation>Połączono z %1: klucz działa, a model „%2” jest dostępny.
Oferowane modele: %3</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+154"/>
        <source>The demo vault could not be created: %1</source>
        <translation>Nie udało się utworzyć sejfu demonstracyjnego: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo vault with fictional patients. User: %1, password: %2</source>
        <translation>Sejf demonstracyjny z fikcyjnymi pacjentami. Użytkownik: %1, hasło: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Stop the recording first, then change the language.</source>
        <translation>Najpierw zatrzymaj nagrywanie, a potem zmień język.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recordings left unfinished after a crash could not be recovered: %1</source>
        <translation>Nie udało się odzyskać nagrań, które pozostały niedokończone po awarii: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n recording(s) left unfinished after a crash recovered.</source>
        <translation>
            <numerusform>Odzyskano %n nagranie, które pozostało niedokończone po awarii.</numerusform>
            <numerusform>Odzyskano %n nagrania, które pozostały niedokończone po awarii.</numerusform>
            <numerusform>Odzyskano %n nagrań, które pozostały niedokończone po awarii.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>ClinicDesk could not remember you on this computer: %1</source>
        <translation>ClinicDesk nie może zapamiętać cię na tym komputerze: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This computer now remembers you.</source>
        <translation>Ten komputer już cię pamięta.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Locking the vault…</source>
        <translation>Blokowanie sejfu…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+50"/>
        <source>No audio output device is available.</source>
        <translation>Brak dostępnego urządzenia wyjściowego audio.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio output device cannot play recordings.</source>
        <translation>Urządzenie wyjściowe audio nie może odtwarzać nagrań.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The audio output device could not be opened.</source>
        <translation>Nie udało się otworzyć urządzenia wyjściowego audio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No recording is loaded.</source>
        <translation>Nie wczytano żadnego nagrania.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The audio output device stopped working.</source>
        <translation>Urządzenie wyjściowe audio przestało działać.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+62"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Wyczyść filtry</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Zweryfikuj łańcuch</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel export</source>
        <translation>Anuluj eksport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Wróć do Ustawień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action</source>
        <translation>Wszystkie czynności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between dates</source>
        <translation>Zakres dat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (included)</source>
        <translation>Do (włącznie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute the hash chain and compare its end with the anchor kept outside the database</source>
        <translation>Ponownie oblicz łańcuch skrótów i porównaj jego koniec z kotwicą przechowywaną poza bazą danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entries the filters show, as a CSV file</source>
        <translation>Wpisy widoczne po zastosowaniu filtrów, jako plik CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sign-in, change, opened record, export and backup, each entry chained to the one before so that a changed or removed entry shows.</source>
        <translation>Każde logowanie, zmiana, otwarcie karty, eksport i kopia zapasowa; każdy wpis jest powiązany z poprzednim, dzięki czemu zmiana lub usunięcie wpisu staje się widoczne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User</source>
        <translation>&amp;Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patient</source>
        <translation>&amp;Pacjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>&amp;Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod</source>
        <translation>&amp;Okres</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Audit log entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, disabled)</source>
        <translation>%1 (%2, konto wyłączone)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the log…</source>
        <translation>Odczytywanie dziennika…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <location line="+160"/>
        <source>%n entry(s) in the log</source>
        <translation>
            <numerusform>%n wpis w dzienniku</numerusform>
            <numerusform>%n wpisy w dzienniku</numerusform>
            <numerusform>%n wpisów w dzienniku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-159"/>
        <source>%n entry(s) match</source>
        <translation>
            <numerusform>%n pasujący wpis</numerusform>
            <numerusform>%n pasujące wpisy</numerusform>
            <numerusform>%n pasujących wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the audit log</source>
        <translation>Eksportuj dziennik audytu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n wpis do %1.</numerusform>
            <numerusform>Wyeksportowano %n wpisy do %1.</numerusform>
            <numerusform>Wyeksportowano %n wpisów do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verifying…</source>
        <translation>Weryfikowanie…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Intact and anchored: all %1 entries follow one another unchanged, and entry %2, recorded outside the database when the vault was last locked, is still the same.</source>
        <translation>Nienaruszony i zakotwiczony: wszystkie wpisy (%1) następują po sobie bez zmian, a wpis %2, zapisany poza bazą danych przy ostatnim zablokowaniu sejfu, nadal jest taki sam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain breaks at entry %1: %2 Entries from there on cannot be trusted; keep this vault as it is and restore a verified backup into a new folder to compare.</source>
        <translation>Łańcuch zostaje przerwany na wpisie %1: %2 Wpisom od tego miejsca nie można ufać; pozostaw ten sejf bez zmian i przywróć zweryfikowaną kopię zapasową do nowego folderu, aby porównać dane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end of the log cannot be confirmed: %1</source>
        <translation>Nie można potwierdzić końca dziennika: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is intact</source>
        <translation>Dziennik audytu jest nienaruszony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audit log is broken</source>
        <translation>Dziennik audytu jest naruszony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entry %1</source>
        <translation>Pokaż wpis %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditService</name>
    <message>
        <location filename="../ui/services/AuditService.cpp" line="+138"/>
        <source>The vault is locked.</source>
        <translation>Sejf jest zablokowany.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="+15"/>
        <source>Signed in</source>
        <translation>Zalogowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Wylogowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Odmowa logowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Otwarcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Utworzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Podpisanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Utworzenie kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup cancelled</source>
        <translation>Anulowanie kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup verified</source>
        <translation>Weryfikacja kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Przywrócenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User disabled</source>
        <translation>Wyłączenie konta użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User enabled</source>
        <translation>Włączenie konta użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Zmiana roli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Zresetowanie hasła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered on a computer</source>
        <translation>Zapamiętanie na komputerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgotten on a computer</source>
        <translation>Wycofanie zapamiętania na komputerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried</source>
        <translation>Ponowienie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Umówiona wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note template</source>
        <translation>Szablon notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Nagranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Vault</source>
        <translation>Sejf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI job</source>
        <translation>Zadanie AI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Płatność</translation>
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
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupCredentialsDialog</name>
    <message>
        <location filename="../ui/backups/BackupCredentialsDialog.cpp" line="+19"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a backup of another vault. To check it, enter the sign-in name and password of a user in that vault.</source>
        <translation>%1 to kopia zapasowa innego sejfu. Aby ją sprawdzić, wpisz nazwę i hasło użytkownika tamtego sejfu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in name in the backup</source>
        <translation>Nazwa użytkownika w kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the only administrator</source>
        <translation>Puste: jedyny administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password in the backup</source>
        <translation>Hasło w kopii zapasowej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the backup</source>
        <translation>Sprawdź kopię zapasową</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupService</name>
    <message>
        <location filename="../ui/services/BackupService.cpp" line="-124"/>
        <source>The vault is locked.</source>
        <translation>Sejf jest zablokowany.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The backup was written but failed its check (%1) and was removed. Try again, or choose another drive.</source>
        <translation>Kopia zapasowa została zapisana, ale nie przeszła kontroli (%1) i została usunięta. Spróbuj ponownie lub wybierz inny dysk.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupStatusIndicator</name>
    <message>
        <location filename="../ui/backups/BackupStatusIndicator.cpp" line="+31"/>
        <source>Last backup: …</source>
        <translation>Ostatnia kopia zapasowa: …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No verified backup yet — overdue</source>
        <translation>Brak zweryfikowanej kopii zapasowej — po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault has no verified backup.</source>
        <translation>Ten sejf nie ma zweryfikowanej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup: %1 — overdue</source>
        <translation>Ostatnia kopia zapasowa: %1 — po terminie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last backup: %1</source>
        <translation>Ostatnia kopia zapasowa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: the last verified backup was made %1, more than a day ago.</source>
        <translation>Po terminie: ostatnią zweryfikowaną kopię zapasową utworzono %1, ponad dobę temu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last verified backup was made %1.</source>
        <translation>Ostatnią zweryfikowaną kopię zapasową utworzono %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Settings › Backups to make one.</source>
        <translation>Aby ją utworzyć, otwórz Ustawienia › Kopie zapasowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator makes backups in Settings › Backups.</source>
        <translation>Kopie zapasowe tworzy administrator w sekcji Ustawienia › Kopie zapasowe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue.</source>
        <translation>Po terminie.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupTaskPanel</name>
    <message>
        <location filename="../ui/backups/BackupTaskPanel.cpp" line="+23"/>
        <source>The file is a ClinicDesk backup and its key opens</source>
        <translation>Plik jest kopią zapasową ClinicDesk i można go otworzyć jej kluczem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete and unmodified (a keyed tag over the whole file)</source>
        <translation>Kompletny i niezmieniony (kod uwierzytelniający z kluczem obejmujący cały plik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database inside is intact (integrity check)</source>
        <translation>Baza danych w pliku jest nienaruszona (kontrola integralności)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log inside is unbroken, up to its last entry</source>
        <translation>Dziennik audytu w pliku jest nieprzerwany aż do ostatniego wpisu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop now: nothing is left behind (Esc)</source>
        <translation>Zatrzymaj teraz: żadne pliki nie zostaną pozostawione (Esc)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copying the vault…</source>
        <translation>Kopiowanie sejfu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the backup file…</source>
        <translation>Zapisywanie pliku kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the backup…</source>
        <translation>Otwieranie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking that the file is complete and unmodified…</source>
        <translation>Sprawdzanie, czy plik jest kompletny i niezmieniony…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the database out of the file…</source>
        <translation>Odczytywanie bazy danych z pliku…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database…</source>
        <translation>Sprawdzanie bazy danych…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the audit log…</source>
        <translation>Sprawdzanie dziennika audytu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing the restored vault…</source>
        <translation>Kończenie przywracania sejfu…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>passed</source>
        <translation>zaliczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nie zaliczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking now</source>
        <translation>trwa sprawdzanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>jeszcze nie sprawdzono</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupsPage</name>
    <message numerus="yes">
        <location filename="../ui/backups/BackupsPage.cpp" line="+50"/>
        <source>%n patient(s), %1 audit entries, %2</source>
        <translation>
            <numerusform>%n pacjent, wpisy audytu: %1, %2</numerusform>
            <numerusform>%n pacjenci, wpisy audytu: %1, %2</numerusform>
            <numerusform>%n pacjentów, wpisy audytu: %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Utwórz kopię zapasową teraz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Zweryfikuj plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Wróć do Ustawień</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up now</source>
        <translation>Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole vault in one encrypted file, checked right after it is written. Keep backups on a USB drive or a network share, not only on this computer.</source>
        <translation>Cały sejf w jednym zaszyfrowanym pliku, sprawdzanym zaraz po zapisaniu. Przechowuj kopie zapasowe na dysku USB lub w udziale sieciowym, nie tylko na tym komputerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+143"/>
        <source>Verify a backup file</source>
        <translation>Zweryfikuj plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Checks that a file is complete and unmodified, that the database in it is intact and that its audit log is unbroken.</source>
        <translation>Sprawdza, czy plik jest kompletny i niezmieniony, czy zawarta w nim baza danych jest nienaruszona i czy jego dziennik audytu jest nieprzerwany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a new folder</source>
        <translation>Przywróć do nowego folderu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a separate vault from a backup file, in a new or empty folder. This vault is not changed.</source>
        <translation>Tworzy osobny sejf z pliku kopii zapasowej w nowym lub pustym folderze. Ten sejf nie zostanie zmieniony.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This vault has no verified backup yet. Make one now, and keep it away from this computer.</source>
        <translation>Ten sejf nie ma jeszcze zweryfikowanej kopii zapasowej. Utwórz ją teraz i przechowuj poza tym komputerem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last verified backup: made %1 (%2)</source>
        <translation>Ostatnia zweryfikowana kopia zapasowa: utworzona %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file %1</source>
        <translation>plik %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is more than a day ago: make a new one.</source>
        <translation>To było ponad dobę temu: utwórz nową.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back up to</source>
        <translation>Miejsce zapisu kopii zapasowej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClinicDesk backups (*.cdb)</source>
        <translation>Kopie zapasowe ClinicDesk (*.cdb)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up to %1</source>
        <translation>Tworzenie kopii zapasowej w %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up and verified: %1.</source>
        <translation>Utworzono i zweryfikowano kopię zapasową: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup %1 is complete and verified. Keep a copy away from this computer.</source>
        <translation>Kopia zapasowa %1 jest kompletna i zweryfikowana. Przechowuj jej kopię poza tym komputerem.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ClinicDesk backups (*.cdb);;All files (*)</source>
        <translation>Kopie zapasowe ClinicDesk (*.cdb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Checking %1</source>
        <translation>Sprawdzanie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Intact: made %1; %2.</source>
        <translation>Nienaruszona: utworzona %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an intact backup of this vault.</source>
        <translation>%1 to nienaruszona kopia zapasowa tego sejfu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an intact backup of another vault; it says nothing about this vault&apos;s backups.</source>
        <translation>%1 to nienaruszona kopia zapasowa innego sejfu; nie świadczy ona o stanie kopii zapasowych tego sejfu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A vault was restored into %1. This vault is unchanged.</source>
        <translation>Sejf został przywrócony do folderu %1. Ten sejf pozostał bez zmian.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BookingDialog</name>
    <message>
        <location filename="../ui/calendar/BookingDialog.cpp" line="+58"/>
        <source>&amp;Book</source>
        <translation>&amp;Umów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New booking</source>
        <translation>Nowa wizyta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name, national ID or phone number</source>
        <translation>Wpisz imię i nazwisko, numer identyfikacyjny lub numer telefonu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the patient</source>
        <translation>Znajdź pacjenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching patients</source>
        <translation>Pasujący pacjenci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No practitioner</source>
        <translation>Bez specjalisty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why they come, e.g. check-up (no clinical details)</source>
        <translation>Powód wizyty, np. kontrola (bez szczegółów klinicznych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the visit</source>
        <translation>Powód wizyty</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Pacjent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ractitioner:</source>
        <translation>&amp;Specjalista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason:</source>
        <translation>P&amp;owód:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change the time</source>
        <translation>Zmień termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Booking for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Wizyta dla: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the patient first</source>
        <translation>Najpierw wybierz pacjenta</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarExportDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarExportDialog.cpp" line="+25"/>
        <source>Events are called “Appointment”: no patient is named.</source>
        <translation>Wydarzenia mają nazwę „Wizyta”: pacjenci nie są wymieniani.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients are named by their initials (“Appointment: Å. L.”).</source>
        <translation>Pacjenci są oznaczani inicjałami („Wizyta: A. N.”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients are named in full (“Appointment: Åsa Lind”).</source>
        <translation>Pacjenci są wymieniani z imienia i nazwiska („Wizyta: Anna Nowak”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose appointments</source>
        <translation>Czyje wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole clinic</source>
        <translation>Cały gabinet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the .ics file</source>
        <translation>Wybierz, gdzie zapisać plik .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for a visit is never exported. The file is not encrypted.</source>
        <translation>Powód wizyty nigdy nie jest eksportowany. Plik nie jest zaszyfrowany.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Whose:</source>
        <translation>&amp;Czyje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dni:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the calendar (the file is not encrypted)</source>
        <translation>Zapisz kalendarz (plik nie jest zaszyfrowany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>The last day is before the first.</source>
        <translation>Ostatni dzień przypada przed pierwszym.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarGrid</name>
    <message>
        <location filename="../ui/calendar/CalendarGrid.cpp" line="+42"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+534"/>
        <source>Cancelled: %1</source>
        <translation>Odwołana: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2 to %3, %4</source>
        <translation>%1, od %2 do %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free time, %1, %2</source>
        <translation>Wolny termin, %1, %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="+60"/>
        <source>&amp;Today</source>
        <translation>&amp;Dzisiaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Nowa wizyta…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrived</source>
        <translation>Pacjent &amp;przybył</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In progress</source>
        <translation>&amp;W trakcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;No-show</source>
        <translation>&amp;Niestawiennictwo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to booked</source>
        <translation>&amp;Przywróć status „Umówiona”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel…</source>
        <translation>Odwoł&amp;aj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;encounter</source>
        <translation>Otwórz w&amp;izytę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag over free time to book · drag a booking to move it, its bottom edge to resize · arrows move, %1/%2 the previous/next %3, T today, Enter opens, Delete cancels, %4 books</source>
        <translation>Przeciągnij po wolnym czasie, aby umówić wizytę · przeciągnij wizytę, aby ją przenieść, a jej dolną krawędź, aby zmienić długość · strzałki przesuwają zaznaczenie, %1/%2 poprzedni/następny %3, T dzisiaj, Enter otwiera, Delete odwołuje, %4 umawia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week or day</source>
        <translation>tydzień lub dzień</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go to today</source>
        <translation>Przejdź do dzisiaj</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show one day</source>
        <translation>Pokaż jeden dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a week</source>
        <translation>Pokaż tydzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose calendar</source>
        <translation>Czyj kalendarz</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <source>Whole clinic</source>
        <translation>Cały gabinet</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Snap dragged times to</source>
        <translation>Krok przy przeciąganiu terminów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dragged times snap to this step; hold Shift for 5 minutes</source>
        <translation>Przeciągane terminy są dopasowywane do tego kroku; przytrzymaj Shift, aby użyć kroku 5 minut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15-minute steps</source>
        <translation>Co 15 minut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-minute steps</source>
        <translation>Co 5 minut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book at the selected time</source>
        <translation>Umów wizytę w wybranym terminie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save appointments as an iCalendar file for a phone&apos;s calendar</source>
        <translation>Zapisz wizyty w pliku iCalendar dla kalendarza w telefonie</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Week %1 · %2–%3</source>
        <translation>Tydzień %1 · %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 · %2 – %3</source>
        <translation>Tydzień %1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>The previous %1</source>
        <translation>Poprzedni %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The next %1</source>
        <translation>Następny %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Double booking</source>
        <translation>Podwójna rezerwacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book it anyway as a double booking, or choose another time?</source>
        <translation>Umówić wizytę mimo to jako podwójną rezerwację czy wybrać inny termin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book anyway</source>
        <translation>&amp;Umów mimo to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose another time</source>
        <translation>&amp;Wybierz inny termin</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Booked.</source>
        <translation>Umówiono wizytę.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Moved.</source>
        <translation>Przeniesiono wizytę.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. The booking is kept with the reason.</source>
        <translation>Odwołano. Wizyta zostaje zachowana wraz z powodem odwołania.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n wizytę do pliku %1.</numerusform>
            <numerusform>Wyeksportowano %n wizyty do pliku %1.</numerusform>
            <numerusform>Wyeksportowano %n wizyt do pliku %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarSettingsPage</name>
    <message>
        <location filename="../ui/calendar/CalendarSettingsPage.cpp" line="+42"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Tylko administrator może zmieniać te ustawienia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the clinic&apos;s usual hours (Monday to Friday, 08:00–17:00)</source>
        <translation>Użyj zwykłych godzin pracy gabinetu (od poniedziałku do piątku, 08:00–17:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Wróć do Ustawień</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar shades the time outside these hours and warns when a booking falls outside them (it is still allowed).</source>
        <translation>Kalendarz zaciemnia czas poza tymi godzinami i ostrzega, gdy wizyta wypada poza nimi (nadal jest to dozwolone).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 from</source>
        <translation>%1 – od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 until</source>
        <translation>%1 – do</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Specjalista:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported calendars</source>
        <translation>Eksportowane kalendarze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar exported for a phone (iCalendar) names the patient of each appointment as chosen here. The reason for a visit is never exported.</source>
        <translation>Kalendarz eksportowany do telefonu (iCalendar) oznacza pacjenta każdej wizyty w sposób wybrany tutaj. Powód wizyty nigdy nie jest eksportowany.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No name: “Appointment”</source>
        <translation>Bez nazwiska: „Wizyta”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initials: “Appointment: Å. L.” (recommended)</source>
        <translation>Inicjały: „Wizyta: A. N.” (zalecane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name: “Appointment: Åsa Lind”</source>
        <translation>Imię i nazwisko: „Wizyta: Anna Nowak”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1&apos;s hours on %2 end before they start.</source>
        <translation>Godziny pracy (%1, %2) kończą się, zanim się zaczną.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The calendar settings are saved.</source>
        <translation>Ustawienia kalendarza zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CancelAppointmentDialog</name>
    <message>
        <location filename="../ui/calendar/CancelAppointmentDialog.cpp" line="+16"/>
        <source>Cancel the &amp;appointment</source>
        <translation>&amp;Odwołaj wizytę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the appointment</source>
        <translation>Odwołanie wizyty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? The booking is kept as cancelled, with the reason.</source>
        <translation>Odwołać wizytę &lt;b&gt;%1&lt;/b&gt;? Wizyta zostanie zachowana jako odwołana, wraz z powodem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required, no clinical details):</source>
        <translation>&amp;Powód (wymagany, bez szczegółów klinicznych):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Patient called, ill</source>
        <translation>np. Pacjent zadzwonił, jest chory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>Powód odwołania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the appointment</source>
        <translation>&amp;Zachowaj wizytę</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ClinicProfilePage</name>
    <message>
        <location filename="../ui/settings/ClinicProfilePage.cpp" line="+57"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only an administrator can change the clinic&apos;s profile.</source>
        <translation>Tylko administrator może zmieniać profil gabinetu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile and the letter template (Alt+S)</source>
        <translation>Zapisz profil i szablon skierowania (Alt+Z)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinic</source>
        <translation>Gabinet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clinic name</source>
        <translation>Nazwa gabinetu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it appears on letters and notes</source>
        <translation>W brzmieniu widocznym w pismach i notatkach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per line of the postal address</source>
        <translation>Każda linia adresu pocztowego w osobnym wierszu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street and number
Postcode and town</source>
        <translation>Ulica i numer
Kod pocztowy i miejscowość</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT or tax number</source>
        <translation>NIP lub inny numer podatkowy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ An e-mail address has an @ in it.</source>
        <translation>⚠ Adres e-mail musi zawierać znak @.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose &amp;logo…</source>
        <translation>Wybierz &amp;logo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG, JPEG or SVG file; it is stored as a PNG of at most 600 px (Alt+L)</source>
        <translation>Plik PNG, JPEG lub SVG; zostanie zapisany jako PNG o rozmiarze najwyżej 600 px (Alt+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Usuń logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the letterhead without a logo (Alt+R)</source>
        <translation>Drukuj nagłówek bez logo (Alt+U)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT or tax no.:</source>
        <translation>NI&amp;P lub nr podatkowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The top of the first page of every note PDF and letter. The pages after it repeat the clinic&apos;s name in a small header.</source>
        <translation>Górna część pierwszej strony każdego pliku PDF z notatką i każdego pisma. Na kolejnych stronach nazwa gabinetu powtarza się w małym nagłówku.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letterhead</source>
        <translation>Nagłówek dokumentów</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referral letter template</source>
        <translation>Szablon skierowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders: %1</source>
        <translation>Symbole zastępcze: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the &amp;built-in letter</source>
        <translation>Edytuj &amp;wbudowany wzór</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the built-in letter in the editor to change it (Alt+B)</source>
        <translation>Wstaw wbudowany wzór do edytora, aby go zmienić (Alt+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use the built-in letter</source>
        <translation>Użyj w&amp;budowanego wzoru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the editor: letters use the built-in text in the interface&apos;s language (Alt+U)</source>
        <translation>Wyczyść edytor: skierowania będą używać wbudowanego tekstu w języku interfejsu (Alt+B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referral letter</source>
        <translation>Skierowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of a referral letter made from a signed note. Empty: the built-in letter (shown in grey) in English, Swedish or Polish, as the interface. Placeholders are filled in when the letter is made: %1.</source>
        <translation>Tekst skierowania tworzonego na podstawie podpisanej notatki. Puste: wbudowany wzór (wyświetlany na szaro) po angielsku, szwedzku lub polsku, zgodnie z językiem interfejsu. Symbole zastępcze są wypełniane podczas tworzenia skierowania: %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo: the letterhead shows the clinic&apos;s name and address.</source>
        <translation>Brak logo: nagłówek zawiera nazwę i adres gabinetu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Wybierz logo gabinetu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the logo…</source>
        <translation>Wczytywanie logo…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>⚠ Not a placeholder, printed as written: %1</source>
        <translation>⚠ To nie jest symbol zastępczy, zostanie wydrukowany dosłownie: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the e-mail address: it has no @.</source>
        <translation>Sprawdź adres e-mail: brakuje w nim znaku @.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. New PDFs and letters use this letterhead.</source>
        <translation>Zapisano. Nowe pliki PDF i pisma będą używać tego nagłówka.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ConsentPanel</name>
    <message>
        <location filename="../ui/encounter/ConsentPanel.cpp" line="+21"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to record</source>
        <translation>Zgoda na nagrywanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Jeszcze nie zapytano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal consent</source>
        <translation>Zgoda ustna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written consent</source>
        <translation>Zgoda pisemna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recording consent:</source>
        <translation>Zgoda na &amp;nagrywanie:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the patient whether this consultation may be recorded.</source>
        <translation>Zapytaj pacjenta, czy można nagrywać tę konsultację.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Odnotowane przez %1, %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CreateVaultPage</name>
    <message>
        <location filename="../ui/firstrun/CreateVaultPage.cpp" line="+17"/>
        <source>Creating the vault</source>
        <translation>Tworzenie sejfu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk makes a new encryption key and protects it with your password.</source>
        <translation>ClinicDesk tworzy nowy klucz szyfrowania i chroni go twoim hasłem.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Creating the encrypted vault… This takes a few seconds.</source>
        <translation>Tworzenie zaszyfrowanego sejfu… To potrwa kilka sekund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault is ready.</source>
        <translation>Sejf jest gotowy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault could not be created.</source>
        <translation>Nie udało się utworzyć sejfu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Go back to change the folder or the administrator, then try again.</source>
        <translation>%1

Wróć, aby zmienić folder lub administratora, a następnie spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EgressLogPage</name>
    <message>
        <location filename="../ui/settings/EgressLogPage.cpp" line="+23"/>
        <source>Transcription</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of a long transcript</source>
        <translation>Streszczenie długiej transkrypcji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test</source>
        <translation>Test połączenia</translation>
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
        <translation>Zgodny z OpenAI</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Wysłane bajty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Odebrane bajty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id</source>
        <translation>ID żądania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;What left this computer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Co opuściło ten komputer&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every request ClinicDesk sent to an AI provider: where it went, why and how much. The recordings and texts themselves are never written to this log.</source>
        <translation>Każde żądanie wysłane przez ClinicDesk do dostawcy AI: dokąd trafiło, po co i ile danych. Same nagrania i teksty nigdy nie są zapisywane w tym dzienniku.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n request(s) listed; %1 sent, %2 received.</source>
        <translation>
            <numerusform>%n żądanie na liście; wysłano %1, odebrano %2.</numerusform>
            <numerusform>%n żądania na liście; wysłano %1, odebrano %2.</numerusform>
            <numerusform>%n żądań na liście; wysłano %1, odebrano %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterController</name>
    <message>
        <location filename="../ui/encounter/EncounterController.cpp" line="+228"/>
        <location line="+38"/>
        <source>The recording was discarded.</source>
        <translation>Nagranie zostało odrzucone.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file was imported.</source>
        <translation>Plik został zaimportowany.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Nagranie zapisano w „%1”. Ten plik nie jest zaszyfrowany: przechowuj go w bezpiecznym miejscu i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a recording to see its transcript.</source>
        <translation>Wybierz nagranie, aby zobaczyć jego transkrypcję.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No transcript yet: press Transcribe.</source>
        <translation>Brak transkrypcji: naciśnij Transkrybuj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transcript has no timed segments.</source>
        <translation>Transkrypcja nie ma segmentów ze znacznikami czasu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That recording is not in this patient&apos;s list.</source>
        <translation>Tego nagrania nie ma na liście tego pacjenta.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterJobs</name>
    <message>
        <location filename="../ui/encounter/EncounterJobs.cpp" line="+230"/>
        <source>Transcription</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: working offline — runs when you go back online</source>
        <translation>Oczekuje: praca offline — zostanie wykonane po powrocie do trybu online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: offline — runs by itself</source>
        <translation>Oczekuje: offline — zostanie wykonane samoczynnie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to start</source>
        <translation>Oczekuje na rozpoczęcie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transcribing… %1%</source>
        <translation>Transkrypcja… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the note… %1%</source>
        <translation>Pisanie notatki… %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting: tries again at %1 by itself</source>
        <translation>Oczekuje: samoczynnie spróbuje ponownie o %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: tries again at %1 by itself — %2</source>
        <translation>Oczekuje: samoczynnie spróbuje ponownie o %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs you: %1</source>
        <translation>Wymaga twojej uwagi: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>see the AI settings</source>
        <translation>zobacz ustawienia AI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>nie podano przyczyny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcript ready</source>
        <translation>Transkrypcja gotowa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note ready</source>
        <translation>Notatka gotowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
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
        <translation>&amp;Otwórz wizytę</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+146"/>
        <source>Encounter started %1</source>
        <translation>Wizyta rozpoczęta %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Zatrzymaj nagrywanie przed opuszczeniem widoku tego pacjenta</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Wstecz</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Back to where you came from</source>
        <translation>Wróć do poprzedniego widoku</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Note</source>
        <translation>Notatka</translation>
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
        <translation>&amp;Zapamiętaj mnie na tym komputerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All set</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is ready and you are signed in as its administrator.</source>
        <translation>Sejf jest gotowy. Zalogowano cię jako jego administratora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk then keeps a key in this computer&apos;s keychain and opens the vault at start without your password, so only turn this on if nobody else uses your account on this computer.</source>
        <translation>ClinicDesk przechowa wtedy klucz w pęku kluczy tego komputera i przy uruchomieniu otworzy sejf bez hasła, dlatego włącz tę opcję tylko wtedy, gdy nikt inny nie korzysta z twojego konta na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
        <source>Set up ClinicDesk</source>
        <translation>Konfiguracja ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start ClinicDesk</source>
        <translation>&amp;Uruchom ClinicDesk</translation>
    </message>
</context>
<context>
    <name>clinicdesk::InfoBar</name>
    <message>
        <location filename="../ui/widgets/InfoBar.cpp" line="+23"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobRunner</name>
    <message>
        <location filename="../core/jobs/JobRunner.cpp" line="+284"/>
        <source>This kind of job (%1) is not known to this version of ClinicDesk.</source>
        <translation>Ta wersja ClinicDesk nie zna tego rodzaju zadania (%1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The request could not be completed.</source>
        <translation>Nie udało się zrealizować żądania.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gave up after %1 attempts. The last problem was: %2</source>
        <translation>Zrezygnowano po %1 próbach. Ostatni problem: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobStatusPanel</name>
    <message>
        <location filename="../ui/encounter/JobStatusPanel.cpp" line="+23"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress of the AI job</source>
        <translation>Postęp zadania AI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try this job again now</source>
        <translation>Ponów to zadanie teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this job; nothing of it is kept</source>
        <translation>Anuluj to zadanie; nic z niego nie zostanie zachowane</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobTableModel</name>
    <message>
        <location filename="../ui/jobs/JobTableModel.cpp" line="+35"/>
        <source>Transcription</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting its turn</source>
        <translation>Czeka na swoją kolej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will try again</source>
        <translation>Zostanie ponowione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs you</source>
        <translation>Wymaga twojej uwagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording %1</source>
        <translation>Nagranie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encounter %1</source>
        <translation>Wizyta %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation>Ostatni problem</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="+68"/>
        <source>AI jobs</source>
        <translation>Zadania AI</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Anuluj zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work offline</source>
        <translation>Pracuj offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;offline</source>
        <translation>Pracuj &amp;offline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI jobs of this vault</source>
        <translation>Zadania AI tego sejfu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop the selected job. Nothing of it is kept; Retry starts it again.</source>
        <translation>Zatrzymaj zaznaczone zadanie. Nic z niego nie zostanie zachowane; Ponów uruchomi je od nowa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected job again now (after fixing what it needed).</source>
        <translation>Uruchom zaznaczone zadanie ponownie teraz (po usunięciu przyczyny problemu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send nothing to the AI provider until switched off; jobs wait in the queue.</source>
        <translation>Nie wysyłaj niczego do dostawcy AI, dopóki ta opcja jest włączona; zadania czekają w kolejce.</translation>
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
            <numerusform>%n niezakończone zadanie</numerusform>
            <numerusform>%n niezakończone zadania</numerusform>
            <numerusform>%n niezakończonych zadań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+97"/>
        <source>The keychain did not answer.</source>
        <translation>Pęk kluczy nie odpowiedział.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LanguagePage</name>
    <message>
        <location filename="../ui/settings/LanguagePage.cpp" line="+21"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates, times, numbers and amounts follow the language chosen. Notes and transcripts keep the language of the consultation (AI providers).</source>
        <translation>Daty, godziny, liczby i kwoty są wyświetlane zgodnie z wybranym językiem. Notatki i transkrypcje zachowują język konsultacji (ustawiany w sekcji Dostawcy AI).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LetterheadPreview</name>
    <message>
        <location filename="../ui/settings/LetterheadPreview.cpp" line="+27"/>
        <source>Letterhead preview</source>
        <translation>Podgląd nagłówka dokumentów</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No letterhead: documents start with their own heading.</source>
        <translation>Brak nagłówka: dokumenty zaczynają się od własnego tytułu.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LevelMeter</name>
    <message>
        <location filename="../ui/encounter/LevelMeter.cpp" line="+21"/>
        <source>Microphone level</source>
        <translation>Poziom mikrofonu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input level in dBFS (-60 to 0 dB): the bar is the average (RMS), the line the peak</source>
        <translation>Poziom sygnału wejściowego w dBFS (od -60 do 0 dB): pasek pokazuje średnią (RMS), a linia szczyt</translation>
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
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Money</source>
        <translation>Finanse</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>AI jobs</source>
        <translation>Zadania AI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoices, payments and receipts will be kept here in a later version of ClinicDesk.</source>
        <translation>Faktury, płatności i paragony będą tu prowadzone w jednej z kolejnych wersji ClinicDesk.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working hours of each practitioner, and how much of a patient an exported calendar names.</source>
        <translation>Godziny pracy każdego specjalisty oraz zakres danych pacjenta widocznych w eksportowanym kalendarzu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Lock ClinicDesk (%1): the vault closes until someone signs in again</source>
        <translation>Zablokuj ClinicDesk (%1): sejf zostanie zamknięty do czasu ponownego zalogowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About ClinicDesk</source>
        <translation>&amp;O programie ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;witch user…</source>
        <translation>Zmień &amp;użytkownika…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock and let someone else sign in (%1)</source>
        <translation>Zablokuj i pozwól zalogować się innej osobie (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Zalogowano jako %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n AI job(s) waiting</source>
        <translation>
            <numerusform>%n zadanie AI czeka</numerusform>
            <numerusform>%n zadania AI czekają</numerusform>
            <numerusform>%n zadań AI czeka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n wymaga Twojej uwagi</numerusform>
            <numerusform>%n wymagają Twojej uwagi</numerusform>
            <numerusform>%n wymaga Twojej uwagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>Trwa nagrywanie. Zatrzymaj je przed otwarciem innego pacjenta.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clinic</source>
        <translation>Gabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address, VAT number and logo on every PDF; the referral letter&apos;s text.</source>
        <translation>Nazwa, adres, NIP i logo na każdym pliku PDF; treść skierowania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English, Swedish or Polish; dates and numbers follow it.</source>
        <translation>Angielski, szwedzki lub polski; daty i liczby są formatowane zgodnie z wybranym językiem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in and privacy</source>
        <translation>Logowanie i prywatność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes; which practitioners see a patient&apos;s notes.</source>
        <translation>Blokada po minutach bezczynności; którzy specjaliści widzą notatki pacjenta.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>AI providers</source>
        <translation>Dostawcy AI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who transcribes and writes notes, with which keys and languages; note templates; prices and budgets.</source>
        <translation>Kto wykonuje transkrypcje i pisze notatki, z jakimi kluczami i w jakich językach; szablony notatek; ceny i budżety.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage and cost</source>
        <translation>Wykorzystanie i koszty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the AI was used for this month, per user and model, and its estimated cost.</source>
        <translation>Do czego w tym miesiącu używano AI, w podziale na użytkowników i modele, oraz szacowany koszt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What left this computer</source>
        <translation>Co opuściło ten komputer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request sent to an AI provider: when, by whom, where, how much. Never its content.</source>
        <translation>Każde żądanie wysłane do dostawcy AI: kiedy, przez kogo, dokąd i ile danych. Nigdy jego treść.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AI &amp;settings…</source>
        <translation>&amp;Ustawienia AI…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Usage and cost…</source>
        <translation>&amp;Wykorzystanie i koszty…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;left this computer…</source>
        <translation>Co opuściło ten &amp;komputer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;AI</source>
        <translation>&amp;AI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>AI &amp;jobs</source>
        <translation>&amp;Zadania AI</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Users and roles</source>
        <translation>Użytkownicy i role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may sign in and what each may see: add users, change roles, disable accounts, set a new password.</source>
        <translation>Kto może się logować i co każdy może widzieć: dodawanie użytkowników, zmiana ról, wyłączanie kont, ustawianie nowego hasła.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the vault now, verify a backup file, restore a backup into a new folder.</source>
        <translation>Utwórz teraz kopię zapasową sejfu, zweryfikuj plik kopii, przywróć kopię do nowego folderu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sign-in, change and opened record: filter, export as CSV, verify the chain.</source>
        <translation>Każde logowanie, zmiana i otwarcie karty pacjenta: filtrowanie, eksport do CSV, weryfikacja łańcucha.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>About ClinicDesk</source>
        <translation>O programie ClinicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Patients, notes and practice records in one encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClinicDesk %1&lt;/h3&gt;&lt;p&gt;Pacjenci, notatki i dokumentacja gabinetu w jednym zaszyfrowanym sejfie na tym komputerze.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NavigationRail</name>
    <message>
        <location filename="../ui/main/NavigationRail.cpp" line="+19"/>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: %1</source>
        <translation>Skrót: %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteForm</name>
    <message>
        <location filename="../ui/encounter/NoteForm.cpp" line="+71"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show and play the part of the transcript this came from</source>
        <translation>Pokaż i odtwórz fragment transkrypcji, z którego to pochodzi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One per line</source>
        <translation>Po jednym w wierszu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Separated by commas: %1</source>
        <translation>Oddzielone przecinkami: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not stated)</source>
        <translation>(nie podano)</translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>Show and play the part of the transcript this came from (%n segment(s))</source>
        <translation>
            <numerusform>Pokaż i odtwórz fragment transkrypcji, z którego to pochodzi (%n segment)</numerusform>
            <numerusform>Pokaż i odtwórz fragment transkrypcji, z którego to pochodzi (%n segmenty)</numerusform>
            <numerusform>Pokaż i odtwórz fragment transkrypcji, z którego to pochodzi (%n segmentów)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::NotePanel</name>
    <message>
        <location filename="../ui/encounter/NotePanel.cpp" line="+62"/>
        <source>Note template</source>
        <translation>Szablon notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of note to write from the transcript</source>
        <translation>Rodzaj notatki do napisania na podstawie transkrypcji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+534"/>
        <source>Generate</source>
        <translation>Generuj</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Tooth numbering</source>
        <translation>Numeracja zębów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How tooth numbers are shown; notes always store FDI numbers</source>
        <translation>Sposób wyświetlania numerów zębów; notatki zawsze przechowują numery FDI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI (11–48)</source>
        <translation>FDI (11–48)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Universal (1–32)</source>
        <translation>System uniwersalny (1–32)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your edits as a new revision of the draft</source>
        <translation>Zapisz zmiany jako kolejną wersję roboczą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn…</source>
        <translation>Po&amp;dpisz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+503"/>
        <source>Sign the note: it can no longer be changed; corrections become addenda</source>
        <translation>Podpisz notatkę: nie będzie można jej już zmienić; poprawki staną się uzupełnieniami</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>Add &amp;addendum</source>
        <translation>Dodaj &amp;uzupełnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or complete the signed note with an addendum</source>
        <translation>Popraw lub uzupełnij podpisaną notatkę, dodając uzupełnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj do &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note as a PDF file (not encrypted)</source>
        <translation>Zapisz notatkę jako plik PDF (niezaszyfrowany)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;eferral letter…</source>
        <translation>&amp;Skierowanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a referral letter from this signed note, on the clinic&apos;s letterhead (Alt+E)</source>
        <translation>Napisz skierowanie na podstawie tej podpisanej notatki, na papierze firmowym gabinetu (Alt+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tooth &amp;numbering:</source>
        <translation>Numera&amp;cja zębów:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The note was saved as revision %1.</source>
        <translation>Notatkę zapisano jako wersję %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note was signed.</source>
        <translation>Notatka została podpisana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An addendum was added. Edit it, then save and sign it.</source>
        <translation>Dodano uzupełnienie. Edytuj je, a następnie zapisz i podpisz.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No note yet. Transcribe a recording, choose a template and press Generate.</source>
        <translation>Brak notatki. Wykonaj transkrypcję nagrania, wybierz szablon i naciśnij Generuj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template of this note is no longer available.</source>
        <translation>Szablon tej notatki nie jest już dostępny.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Names and identity numbers were replaced by placeholders before the transcript was sent, and put back in the note: check them.</source>
        <translation>Imiona, nazwiska i numery identyfikacyjne zostały zastąpione symbolami zastępczymi przed wysłaniem transkrypcji, a potem przywrócone w notatce: sprawdź je.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This draft does not match its template in %n place(s), marked below. Correct them and save before signing.</source>
        <translation>
            <numerusform>Ta wersja robocza nie jest zgodna z szablonem w %n miejscu, zaznaczonym poniżej. Popraw je i zapisz przed podpisaniem.</numerusform>
            <numerusform>Ta wersja robocza nie jest zgodna z szablonem w %n miejscach, zaznaczonych poniżej. Popraw je i zapisz przed podpisaniem.</numerusform>
            <numerusform>Ta wersja robocza nie jest zgodna z szablonem w %n miejscach, zaznaczonych poniżej. Popraw je i zapisz przed podpisaniem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n source reference(s) from the provider point to no part of this note; they are not shown as sources.</source>
        <translation>
            <numerusform>%n odwołanie do źródła podane przez dostawcę nie wskazuje żadnej części tej notatki; nie jest wyświetlane jako źródło.</numerusform>
            <numerusform>%n odwołania do źródeł podane przez dostawcę nie wskazują żadnej części tej notatki; nie są wyświetlane jako źródła.</numerusform>
            <numerusform>%n odwołań do źródeł podanych przez dostawcę nie wskazuje żadnej części tej notatki; nie są wyświetlane jako źródła.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Addendum to the note signed %1. The signed note itself does not change.</source>
        <translation>Uzupełnienie notatki podpisanej %1. Sama podpisana notatka się nie zmienia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1, signed</source>
        <translation>Wersja %1, podpisana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1, draft</source>
        <translation>Wersja %1, robocza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by %1 at %2, hash %3</source>
        <translation>Podpisana przez %1, %2, skrót %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the signed content: %1</source>
        <translation>SHA-256 podpisanej treści: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your unsaved edits of this note are back. Save them when you are ready.</source>
        <translation>Twoje niezapisane zmiany w tej notatce zostały przywrócone. Zapisz je, kiedy zechcesz.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write a new draft</source>
        <translation>Napisz nową wersję roboczą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new draft from the transcript? It replaces the draft shown here; your saved revisions stay in the vault, unsaved edits are lost.</source>
        <translation>Napisać nową wersję roboczą na podstawie transkrypcji? Zastąpi ona widoczną tu wersję roboczą; zapisane wersje pozostaną w sejfie, a niezapisane zmiany zostaną utracone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+153"/>
        <source>Regenerate</source>
        <translation>Generuj ponownie</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The note was not saved: %1</source>
        <translation>Notatka nie została zapisana: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign the note</source>
        <translation>Podpisz notatkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign this note as %1? A signed note can no longer be changed; later corrections are added as addenda.</source>
        <translation>Podpisać notatkę %1? Podpisanej notatki nie można już zmienić; późniejsze poprawki dodaje się jako uzupełnienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited (your edits are saved first)</source>
        <translation>wraz z twoimi zmianami (zostaną najpierw zapisane)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown</source>
        <translation>w widocznej postaci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign</source>
        <translation>Podpisz</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export note as PDF (the file is not encrypted)</source>
        <translation>Eksportuj notatkę do PDF (plik nie jest zaszyfrowany)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The note was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Notatkę zapisano w „%1”. Ten plik nie jest zaszyfrowany: przechowuj go w bezpiecznym miejscu i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Writing notes with AI is not available here.</source>
        <translation>Pisanie notatek za pomocą AI nie jest tu dostępne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is signed: add corrections as an addendum.</source>
        <translation>Notatka jest podpisana: dodaj poprawki jako uzupełnienie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note is being written…</source>
        <translation>Trwa pisanie notatki…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a draft note from this encounter&apos;s transcripts with the chosen template</source>
        <translation>Napisz roboczą wersję notatki na podstawie transkrypcji z tej wizyty przy użyciu wybranego szablonu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the marked fields first</source>
        <translation>Najpierw popraw zaznaczone pola</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTableEditor</name>
    <message>
        <location filename="../ui/encounter/NoteTableEditor.cpp" line="+20"/>
        <source>Add row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Usuń wiersz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add an entry to “%1”</source>
        <translation>Dodaj wpis do „%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry from “%1”</source>
        <translation>Usuń zaznaczony wpis z „%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (Universal)</source>
        <translation>%1 (system uniwersalny)</translation>
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
        <translation>%1, wiersz %2, %3</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTemplatesEditor</name>
    <message>
        <location filename="../ui/settings/NoteTemplatesEditor.cpp" line="+41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;template</source>
        <translation>Zapisz &amp;szablon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make an editable copy of the selected template for this clinic.</source>
        <translation>Utwórz edytowalną kopię zaznaczonego szablonu dla tego gabinetu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model should write, in plain words.</source>
        <translation>Co model ma napisać, prostymi słowami.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions:</source>
        <translation>Instrukcje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema (JSON):</source>
        <translation>Schemat (JSON):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (built-in)</source>
        <translation>%1 (wbudowany)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No templates.</source>
        <translation>Brak szablonów.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in templates cannot be changed. Copy one to make your own.</source>
        <translation>Wbudowanych szablonów nie można zmieniać. Skopiuj jeden, aby utworzyć własny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not change templates.</source>
        <translation>Twoja rola nie pozwala na zmienianie szablonów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinic&apos;s own template (key %1).</source>
        <translation>Własny szablon gabinetu (klucz %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying…</source>
        <translation>Kopiowanie…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The schema is not valid JSON: %1 (at character %2).</source>
        <translation>Schemat nie jest prawidłowym JSON-em: %1 (przy znaku %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schema must be a JSON object ({ … }).</source>
        <translation>Schemat musi być obiektem JSON ({ … }).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved.</source>
        <translation>Nie zapisano.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved: %1 (key %2).</source>
        <translation>Zapisano: %1 (klucz %2).</translation>
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
        <translation>Offline — zadania czekają i zostaną wykonane samoczynnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline</source>
        <translation>Praca offline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AI jobs are sent to the provider as they come.</source>
        <translation>Zadania AI są wysyłane do dostawcy na bieżąco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AI provider cannot be reached. Jobs stay in the queue and run as soon as it answers again; nothing is lost.</source>
        <translation>Nie można połączyć się z dostawcą AI. Zadania pozostają w kolejce i zostaną wykonane, gdy tylko znów odpowie; nic nie zostanie utracone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose to work offline: nothing is sent until you switch it off. Jobs wait in the queue.</source>
        <translation>Wybrano pracę offline: nic nie zostanie wysłane, dopóki jej nie wyłączysz. Zadania czekają w kolejce.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientAppointmentsTab</name>
    <message>
        <location filename="../ui/patients/PatientAppointmentsTab.cpp" line="+23"/>
        <source>No appointments booked.</source>
        <translation>Brak umówionych wizyt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments</source>
        <translation>Umówione wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód wizyty</translation>
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
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Minione</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDialog</name>
    <message>
        <location filename="../ui/patients/PatientDialog.cpp" line="+154"/>
        <source>Clinical &amp;notes:</source>
        <translation>Notatki &amp;kliniczne:</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Add patient</source>
        <translation>Dodaj pacjenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer, PESEL or South African ID</source>
        <translation>Personnummer, PESEL lub południowoafrykański numer ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+46 70 123 45 67</source>
        <translation>+48 601 234 567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nazwa@example.com</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allergies, conditions and anything the team must know before treating</source>
        <translation>Alergie, choroby i wszystko, co zespół musi wiedzieć przed leczeniem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Data urodzenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;ID:</source>
        <translation>Nume&amp;r identyfikacyjny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ale&amp;rts:</source>
        <translation>&amp;Ostrzeżenia:</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+174"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit patient</source>
        <translation>Edytuj pacjenta</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Another patient has this national ID: %1. Check that this is not the same person entered twice.</source>
        <translation>Inny pacjent ma ten numer identyfikacyjny: %1. Sprawdź, czy ta sama osoba nie została wprowadzona dwukrotnie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDocumentsTab</name>
    <message>
        <location filename="../ui/patients/PatientDocumentsTab.cpp" line="+28"/>
        <source>No documents yet. Add referral letters, signed forms or images with “Add file…”.</source>
        <translation>Brak dokumentów. Dodaj skierowania, podpisane formularze lub zdjęcia przyciskiem „Dodaj plik…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents are kept encrypted in the vault. “Save a copy…” writes an unencrypted copy where you choose: keep it safe and delete it when you no longer need it.</source>
        <translation>Dokumenty są przechowywane w sejfie w postaci zaszyfrowanej. „Zapisz kopię…” zapisuje niezaszyfrowaną kopię we wskazanym miejscu: przechowuj ją bezpiecznie i usuń, gdy nie będzie już potrzebna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Dodaj plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Zapisz kopię…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep a file of any type (at most 50 MiB) in this patient&apos;s record</source>
        <translation>Dołącz do karty tego pacjenta plik dowolnego typu (najwyżej 50 MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an unencrypted copy of the selected document to a folder you choose</source>
        <translation>Zapisz niezaszyfrowaną kopię wybranego dokumentu we wskazanym folderze</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a document</source>
        <translation>Dodaj dokument</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding the document</source>
        <translation>Dodawanie dokumentu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was added to the record.</source>
        <translation>Dodano „%1” do karty pacjenta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save an unencrypted copy</source>
        <translation>Zapisz niezaszyfrowaną kopię</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a copy</source>
        <translation>Zapisywanie kopii</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unencrypted copy was saved to “%1”. Delete it when you no longer need it.</source>
        <translation>Niezaszyfrowana kopia została zapisana w „%1”. Usuń ją, gdy nie będzie już potrzebna.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the document?</source>
        <translation>Usunąć dokument?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will be removed from the record and its contents deleted from the vault. This cannot be undone.</source>
        <translation>Dokument „%1” zostanie usunięty z karty pacjenta, a jego zawartość – z sejfu. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the document</source>
        <translation>Usuwanie dokumentu</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientEncountersTab</name>
    <message>
        <location filename="../ui/patients/PatientEncountersTab.cpp" line="+23"/>
        <source>No encounters yet. “Open encounter” starts one.</source>
        <translation>Brak wizyt. Przycisk „Otwórz wizytę” rozpoczyna nową.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected encounter (Enter)</source>
        <translation>Otwórz wybraną wizytę (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounters and notes</source>
        <translation>Wizyty i notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recordings</source>
        <translation>Nagrania</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n signed</source>
        <translation>
            <numerusform>%n podpisana</numerusform>
            <numerusform>%n podpisane</numerusform>
            <numerusform>%n podpisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n wersja robocza</numerusform>
            <numerusform>%n wersje robocze</numerusform>
            <numerusform>%n wersji roboczych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note</source>
        <translation>Brak notatki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum · %1</source>
        <translation>Uzupełnienie · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1, %2</source>
        <translation>Podpisana przez %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, changed %1</source>
        <translation>Wersja robocza, zmieniona %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientMergeDialog</name>
    <message>
        <location filename="../ui/patients/PatientMergeDialog.cpp" line="+48"/>
        <source>Merge a duplicate</source>
        <translation>Scal duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record that is the same person as &lt;b&gt;%1&lt;/b&gt;. Its appointments, encounters, notes, recordings, documents and payments move to this record, and its alerts and clinical notes are added here. The chosen record is then closed and points to this one. This cannot be undone.</source>
        <translation>Wybierz kartę, która dotyczy tej samej osoby co &lt;b&gt;%1&lt;/b&gt;. Jej umówione wizyty, wizyty, notatki, nagrania, dokumenty i płatności zostaną przeniesione do tej karty, a jej ostrzeżenia i notatki kliniczne zostaną dodane tutaj. Wybrana karta zostanie następnie zamknięta i będzie wskazywać na tę. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, national ID, phone or e-mail</source>
        <translation>Szukaj według imienia i nazwiska, numeru identyfikacyjnego, telefonu lub adresu e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for the duplicate</source>
        <translation>Wyszukaj duplikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have checked that both records are the same person</source>
        <translation>Potwierdzam, że obie karty dotyczą tej samej osoby</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into this record</source>
        <translation>Scal z tą kartą</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientOverviewTab</name>
    <message>
        <location filename="../ui/patients/PatientOverviewTab.cpp" line="+38"/>
        <source>Verbal consent</source>
        <translation>Zgoda ustna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written consent</source>
        <translation>Zgoda pisemna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined (no recording)</source>
        <translation>Odmowa (bez nagrywania)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>Nr identyfikacyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alerts</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Consents given</source>
        <translation>Udzielone zgody</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Encounter</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken by</source>
        <translation>Odebrana przez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No consent recorded yet.</source>
        <translation>Nie odnotowano jeszcze żadnej zgody.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinical notes</source>
        <translation>Notatki kliniczne</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n rok)</numerusform>
            <numerusform>%1 (%n lata)</numerusform>
            <numerusform>%1 (%n lat)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts recorded.</source>
        <translation>Nie odnotowano ostrzeżeń.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None.</source>
        <translation>Brak.</translation>
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
        <translation>Dowolny pacjent — wpisz imię i nazwisko lub ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientRecordPage</name>
    <message>
        <location filename="../ui/patients/PatientRecordPage.cpp" line="+36"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Wstecz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open that record</source>
        <translation>Otwórz tę kartę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to where you came from</source>
        <translation>Wróć do poprzedniego miejsca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open e&amp;ncounter</source>
        <translation>Otwórz &amp;wizytę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent, recording and notes: the patient&apos;s open encounter, or a new one</source>
        <translation>Zgoda, nagrywanie i notatki: otwarta wizyta pacjenta lub nowa wizyta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Scal duplikat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person entered twice: move everything of the other record into this one</source>
        <translation>Ta sama osoba wprowadzona dwukrotnie: przenieś wszystko z drugiej karty do tej</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounters and notes</source>
        <translation>Wizyty i notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Nagrania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointments</source>
        <translation>Umówione wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments will be shown here once ClinicDesk keeps the clinic&apos;s money (a later version).</source>
        <translation>Faktury i płatności pojawią się tutaj, gdy ClinicDesk zacznie prowadzić finanse gabinetu (w jednej z kolejnych wersji).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Inny pacjent ma ten sam numer identyfikacyjny. Sprawdź, czy ta sama osoba nie została wprowadzona dwukrotnie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record not available</source>
        <translation>Karta pacjenta jest niedostępna</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merged record</source>
        <translation>Scalona karta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This record was merged into the record of %1: everything it held is there now.</source>
        <translation>Ta karta została scalona z kartą pacjenta %1: wszystko, co zawierała, znajduje się teraz tam.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Born %1</source>
        <translation>Data urodzenia: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alerts: %1</source>
        <translation>Ostrzeżenia: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encounters and notes (%1)</source>
        <translation>Wizyty i notatki (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings (%1)</source>
        <translation>Nagrania (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Dokumenty (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments (%1)</source>
        <translation>Umówione wizyty (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The duplicate was merged into this record (%n row(s) moved).</source>
        <translation>
            <numerusform>Duplikat został scalony z tą kartą (przeniesiono %n wiersz).</numerusform>
            <numerusform>Duplikat został scalony z tą kartą (przeniesiono %n wiersze).</numerusform>
            <numerusform>Duplikat został scalony z tą kartą (przeniesiono %n wierszy).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientRecordingsTab</name>
    <message>
        <location filename="../ui/patients/PatientRecordingsTab.cpp" line="+30"/>
        <source>No recordings yet.</source>
        <translation>Brak nagrań.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the encounter of the selected recording (Enter)</source>
        <translation>Otwórz wizytę, do której należy wybrane nagranie (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Nagrania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Nagrano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>recording…</source>
        <translation>nagrywanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>Zaimportowany plik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribed</source>
        <translation>Przetranskrybowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription on its way</source>
        <translation>Transkrypcja w toku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transcribed</source>
        <translation>Bez transkrypcji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered after the program stopped during the recording</source>
        <translation>Odzyskane po tym, jak program zatrzymał się w trakcie nagrywania</translation>
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
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>Nr identyfikacyjny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <location filename="../ui/patients/PatientsPage.cpp" line="+30"/>
        <location line="+6"/>
        <source>&amp;Open record</source>
        <translation>&amp;Otwórz kartę</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Add patient…</source>
        <translation>&amp;Dodaj pacjenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Open e&amp;ncounter</source>
        <translation>Otwórz &amp;wizytę</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, national ID, phone or e-mail</source>
        <translation>Szukaj według imienia i nazwiska, numeru identyfikacyjnego, telefonu lub adresu e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search patients</source>
        <translation>Szukaj pacjentów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected patient&apos;s record: overview, encounters, recordings, appointments, documents (Enter or a double click)</source>
        <translation>Karta wybranego pacjenta: przegląd, wizyty, nagrania, umówione wizyty, dokumenty (Enter lub dwukrotne kliknięcie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent, recording and recordings for the selected patient</source>
        <translation>Zgoda, nagrywanie i nagrania wybranego pacjenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients found</source>
        <translation>Znalezieni pacjenci</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No patients yet. Click “Add patient” to add the first one.</source>
        <translation>Nie ma jeszcze pacjentów. Kliknij „Dodaj pacjenta”, aby dodać pierwszego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No patient matches “%1”.</source>
        <translation>Żaden pacjent nie pasuje do „%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n pacjent</numerusform>
            <numerusform>%n pacjenci</numerusform>
            <numerusform>%n pacjentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Inny pacjent ma ten sam numer identyfikacyjny. Sprawdź, czy ta sama osoba nie została wprowadzona dwukrotnie.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ProviderEditor</name>
    <message>
        <location filename="../ui/settings/ProviderEditor.cpp" line="+23"/>
        <source>API version:</source>
        <translation>Wersja API:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the OpenAI-compatible /openai/v1 address</source>
        <translation>Użyj zgodnego z OpenAI adresu /openai/v1</translation>
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
        <translation>Serwer zgodny z OpenAI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a new key here to store it on this computer</source>
        <translation>Wklej tu nowy klucz, aby zapisać go na tym komputerze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>Dostawca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key:</source>
        <translation>Klucz API:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the deployment name.</source>
        <translation>Wpisz nazwę wdrożenia.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the model.</source>
        <translation>Wpisz model.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Azure OpenAI endpoint (https://NAME.openai.azure.com).</source>
        <translation>Wpisz punkt końcowy Azure OpenAI (https://NAZWA.openai.azure.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server&apos;s address (for example https://host:8080/v1, or http://localhost:8080/v1 on this computer).</source>
        <translation>Wpisz adres serwera (na przykład https://host:8080/v1 lub http://localhost:8080/v1 na tym komputerze).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A key is stored on this computer.</source>
        <translation>Na tym komputerze zapisano klucz.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key is stored on this computer.</source>
        <translation>Na tym komputerze nie zapisano klucza.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deployment:</source>
        <translation>Wdrożenie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://api.openai.com/v1 (leave empty)</source>
        <translation>https://api.openai.com/v1 (pozostaw puste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the deployment&apos;s name</source>
        <translation>nazwa wdrożenia</translation>
    </message>
</context>
<context>
    <name>clinicdesk::Recorder</name>
    <message>
        <location filename="../core/audio/Recorder.cpp" line="+33"/>
        <source>The microphone delivered no sound, so nothing was recorded. Check that it is connected and not in use by another program, then try again.</source>
        <translation>Mikrofon nie przekazał żadnego dźwięku, więc nic nie zostało nagrane. Sprawdź, czy jest podłączony i nie jest używany przez inny program, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No microphone was found. Connect one and try again.</source>
        <translation>Nie znaleziono mikrofonu. Podłącz mikrofon i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The microphone offers no audio format ClinicDesk can record.</source>
        <translation>Mikrofon nie oferuje żadnego formatu dźwięku, który ClinicDesk potrafi nagrywać.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The microphone could not be opened. It may be in use by another program.</source>
        <translation>Nie udało się otworzyć mikrofonu. Być może używa go inny program.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A recording is already running.</source>
        <translation>Nagrywanie już trwa.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecorderPanel</name>
    <message>
        <location filename="../ui/encounter/RecorderPanel.cpp" line="+44"/>
        <source>Recording</source>
        <translation>Nagrywanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Nagrywaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record / Pause / Resume</source>
        <translation>Nagrywaj / Wstrzymaj / Wznów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Zatrzymaj nagrywanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded time</source>
        <translation>Czas nagrania</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+168"/>
        <source>Start recording (%1)</source>
        <translation>Rozpocznij nagrywanie (%1)</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Pause or resume the recording (%1)</source>
        <translation>Wstrzymaj lub wznów nagrywanie (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and save the recording (%1)</source>
        <translation>Zatrzymaj i zapisz nagranie (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recording in progress or the selected recording</source>
        <translation>Usuń trwające nagranie lub zaznaczone nagranie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound: check the microphone</source>
        <translation>Brak dźwięku: sprawdź mikrofon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</source>
        <translation>Mikrofon został odłączony. Dotychczasowe nagranie zostało zapisane; wybierz inny mikrofon i naciśnij Wznów.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>System default</source>
        <translation>Domyślny w systemie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System default (%1)</source>
        <translation>Domyślny w systemie (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No microphone found. Connect one to record.</source>
        <translation>Nie znaleziono mikrofonu. Podłącz mikrofon, aby nagrywać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone to record from; “System default” follows the system&apos;s choice.</source>
        <translation>Mikrofon używany do nagrywania; „Domyślny w systemie” korzysta z mikrofonu wybranego w systemie.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard recording</source>
        <translation>Odrzuć nagranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the recording in progress? Its audio is deleted and cannot be recovered.</source>
        <translation>Odrzucić trwające nagranie? Jego dźwięk zostanie usunięty bez możliwości odzyskania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the selected recording? Its audio is deleted and cannot be recovered.</source>
        <translation>Odrzucić zaznaczone nagranie? Jego dźwięk zostanie usunięty bez możliwości odzyskania.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the encounter…</source>
        <translation>Otwieranie wizyty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the patient&apos;s consent above before recording.</source>
        <translation>Przed rozpoczęciem nagrywania odnotuj powyżej zgodę pacjenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient declined: this consultation cannot be recorded.</source>
        <translation>Pacjent odmówił: tej konsultacji nie można nagrywać.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingTableModel</name>
    <message>
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+40"/>
        <source>Recording</source>
        <translation>Nagrywanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered after a crash</source>
        <translation>Odzyskane po awarii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported file</source>
        <translation>Zaimportowany plik</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingsPanel</name>
    <message>
        <location filename="../ui/encounter/RecordingsPanel.cpp" line="+27"/>
        <source>Recordings of this patient</source>
        <translation>Nagrania tego pacjenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+161"/>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+171"/>
        <source>Transcribe</source>
        <translation>Transkrybuj</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Play or pause the selected recording</source>
        <translation>Odtwórz lub wstrzymaj zaznaczone nagranie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback position</source>
        <translation>Pozycja odtwarzania</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the selected recording as an Ogg Opus file</source>
        <translation>Zapisz zaznaczone nagranie jako plik Ogg Opus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</source>
        <translation>Dodaj plik dźwiękowy (wav, mp3, m4a, ogg, webm, flac) do tej wizyty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
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
        <translation>Importuj nagranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</source>
        <translation>Pliki dźwiękowe (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export recording</source>
        <translation>Eksportuj nagranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg Opus audio (*.ogg *.opus)</source>
        <translation>Dźwięk Ogg Opus (*.ogg *.opus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import failed</source>
        <translation>Import nie powiódł się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: %1</source>
        <translation>Nie udało się zaimportować pliku: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcribe again</source>
        <translation>Transkrybuj ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recording is being transcribed</source>
        <translation>Trwa transkrypcja tego nagrania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected recording into text with the AI provider</source>
        <translation>Zamień zaznaczone nagranie na tekst za pomocą dostawcy AI</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryCodePage</name>
    <message>
        <location filename="../ui/firstrun/RecoveryCodePage.cpp" line="+22"/>
        <source>I have &amp;written down the recovery code</source>
        <translation>Kod odzyskiwania jest &amp;zapisany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recovery code</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every password is forgotten, this code is the only way to open the vault.</source>
        <translation>Jeśli wszystkie hasła zostaną zapomniane, ten kod będzie jedynym sposobem na otwarcie sejfu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the code on paper and keep it somewhere safe, away from this computer. ClinicDesk shows it only now and does not store it.</source>
        <translation>Zapisz kod na papierze i przechowuj go w bezpiecznym miejscu, z dala od tego komputera. ClinicDesk pokazuje go tylko teraz i nigdzie go nie zapisuje.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the code; ClinicDesk clears it from the clipboard after a minute.</source>
        <translation>Kopiuje kod; ClinicDesk usunie go ze schowka po minucie.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copied. The clipboard is cleared in one minute.</source>
        <translation>Skopiowano. Schowek zostanie wyczyszczony za minutę.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryDialog</name>
    <message>
        <location filename="../ui/unlock/RecoveryDialog.cpp" line="+35"/>
        <source>Set a new password with the recovery code</source>
        <translation>Ustaw nowe hasło za pomocą kodu odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</source>
        <translation>Wpisz kod odzyskiwania zapisany podczas tworzenia sejfu. Kod jednorazowo otworzy sejf, aby można było wybrać nowe hasło.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kod odzyskiwania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Powtórz nowe hasło:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ReferralDialog</name>
    <message>
        <location filename="../ui/encounter/ReferralDialog.cpp" line="+31"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj do PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral letter</source>
        <translation>Skierowanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>Adresat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, department, clinic or hospital, address</source>
        <translation>Imię i nazwisko, oddział, gabinet lub szpital, adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for referral</source>
        <translation>Powód skierowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ask the recipient to do</source>
        <translation>O co prosisz adresata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from the signed note. Only what stays here goes into the letter.</source>
        <translation>Wypełnione na podstawie podpisanej notatki. Do skierowania trafi tylko to, co tu pozostanie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter as it will read</source>
        <translation>Podgląd skierowania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the letter as a PDF on the clinic&apos;s letterhead (the file is not encrypted) (Alt+E)</source>
        <translation>Zapisz skierowanie jako plik PDF na papierze firmowym gabinetu (plik nie jest zaszyfrowany) (Alt+E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving a letter (Esc)</source>
        <translation>Zamknij bez zapisywania skierowania (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the signed note. Keep only what the recipient needs: nothing else of the note is in the letter.</source>
        <translation>Z podpisanej notatki. Zostaw tylko to, czego potrzebuje adresat: nic więcej z notatki nie trafi do skierowania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>Pod&amp;sumowanie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;letter</source>
        <translation>&amp;Skierowanie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Referral letter: %1</source>
        <translation>Skierowanie: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the referral letter as PDF (the file is not encrypted)</source>
        <translation>Eksportuj skierowanie do PDF (plik nie jest zaszyfrowany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the PDF…</source>
        <translation>Zapisywanie pliku PDF…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The letter was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Skierowanie zostało zapisane w „%1”. Ten plik nie jest zaszyfrowany: przechowuj go bezpiecznie i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreFilePage</name>
    <message>
        <location filename="../ui/backups/RestoreFilePage.cpp" line="+21"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which backup?</source>
        <translation>Która kopia zapasowa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file to restore. The vault in it becomes a vault of its own; this one is not changed.</source>
        <translation>Wybierz plik kopii zapasowej do przywrócenia. Zawarty w nim sejf stanie się osobnym sejfem; ten sejf nie zostanie zmieniony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .cdb file</source>
        <translation>Plik .cdb</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>Kopia zapasowa do przywrócenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk backups (*.cdb);;All files (*)</source>
        <translation>Kopie zapasowe ClinicDesk (*.cdb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backup of this vault, made %1.</source>
        <translation>Kopia zapasowa tego sejfu, utworzona %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of another vault, made %1.</source>
        <translation>Kopia zapasowa innego sejfu, utworzona %1.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreFolderPage</name>
    <message>
        <location filename="../ui/backups/RestoreFolderPage.cpp" line="+20"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where should the restored vault go?</source>
        <translation>Gdzie umieścić przywrócony sejf?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder, or an empty one. Nothing that is already there is ever overwritten.</source>
        <translation>Nowy folder lub pusty folder. Nic, co już się w nim znajduje, nie zostanie nadpisane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Folder for the restored vault</source>
        <translation>Folder na przywrócony sejf</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This folder can take the restored vault: it is new or empty.</source>
        <translation>Ten folder może przyjąć przywrócony sejf: jest nowy lub pusty.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestorePasswordPage</name>
    <message>
        <location filename="../ui/backups/RestorePasswordPage.cpp" line="+19"/>
        <source>An administrator of that backup</source>
        <translation>Administrator tej kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in name in the backup</source>
        <translation>Nazwa logowania w kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the only administrator</source>
        <translation>Puste: jedyny administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password in the backup</source>
        <translation>Hasło w kopii zapasowej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Nazwa logowania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own sign-in name and password work if you were an administrator when the backup was made.</source>
        <translation>Twoja nazwa logowania i hasło zadziałają, jeśli w chwili tworzenia kopii zapasowej Twoje konto miało rolę administratora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is sealed with its vault&apos;s key, which only its users&apos; passwords open. Restoring needs an administrator of that vault.</source>
        <translation>Kopia zapasowa jest zabezpieczona kluczem swojego sejfu, który otwierają tylko hasła jego użytkowników. Do przywrócenia potrzebny jest administrator tamtego sejfu.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreRunPage</name>
    <message>
        <location filename="../ui/backups/RestoreRunPage.cpp" line="+24"/>
        <source>Restoring</source>
        <translation>Przywracanie</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1 into %2.</source>
        <translation>Z %1 do %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring into %1</source>
        <translation>Przywracanie do %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was restored. Go back to change the password or the folder.</source>
        <translation>Nic nie zostało przywrócone. Wróć, aby zmienić hasło lub folder.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored: %n patient(s), %1 audit entries.</source>
        <translation>
            <numerusform>Przywrócono: %n pacjent, wpisy audytu: %1.</numerusform>
            <numerusform>Przywrócono: %n pacjenci, wpisy audytu: %1.</numerusform>
            <numerusform>Przywrócono: %n pacjentów, wpisy audytu: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restored vault is in %1. It is a vault of its own, with the same users and passwords as in the backup; this vault stays open and unchanged. To work in the restored one, start ClinicDesk with that folder.</source>
        <translation>Przywrócony sejf znajduje się w %1. Jest to osobny sejf, z tymi samymi użytkownikami i hasłami co w kopii zapasowej; ten sejf pozostaje otwarty i niezmieniony. Aby pracować w przywróconym sejfie, uruchom ClinicDesk z tym folderem.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreWizard</name>
    <message>
        <location filename="../ui/backups/RestoreWizard.cpp" line="+23"/>
        <source>Restore a backup into a new folder</source>
        <translation>Przywróć kopię zapasową do nowego folderu</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SecurityPage</name>
    <message>
        <location filename="../ui/settings/SecurityPage.cpp" line="+26"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Tylko administrator może zmieniać te ustawienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle minutes</source>
        <translation>Blokada po minutach bezczynności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk locks when nobody has used it for this long. Unsaved edits are kept and come back when the same user signs in again.</source>
        <translation>ClinicDesk blokuje się, gdy nikt z niego nie korzysta przez podany czas. Niezapisane zmiany są zachowywane i wracają, gdy ten sam użytkownik zaloguje się ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sees notes</source>
        <translation>Kto widzi notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every practitioner sees every patient&apos;s notes</source>
        <translation>Każdy specjalista widzi notatki wszystkich pacjentów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A practitioner sees the notes of patients they have seen or booked</source>
        <translation>Specjalista widzi notatki pacjentów, których przyjmował lub z którymi ma umówione wizyty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receptionists never see clinical notes, transcripts or recordings; administrators see everything.</source>
        <translation>Recepcjoniści nigdy nie widzą notatek klinicznych, transkrypcji ani nagrań; administratorzy widzą wszystko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Blokuj po:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in and privacy</source>
        <translation>Logowanie i prywatność</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SetPasswordDialog</name>
    <message>
        <location filename="../ui/users/SetPasswordDialog.cpp" line="+27"/>
        <source>Set password</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password for %1</source>
        <translation>Nowe hasło dla %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 signs in with this password from now on; the old one no longer works, and a computer that remembered %1 asks for the new one. Tell %1 the password in person.</source>
        <translation>Od teraz użytkownik %1 loguje się tym hasłem; stare hasło przestaje działać, a komputer, który zapamiętał użytkownika %1, poprosi o nowe. Przekaż hasło użytkownikowi %1 osobiście.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>Powtó&amp;rz:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Hasło musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SettingsPage</name>
    <message>
        <location filename="../ui/main/SettingsPage.cpp" line="+22"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayAppointmentList</name>
    <message>
        <location filename="../ui/today/TodayAppointmentList.cpp" line="+37"/>
        <source>Mark as &amp;arrived</source>
        <translation>Oznacz &amp;przybycie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;no-show</source>
        <translation>Oznacz &amp;nieobecność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s appointments</source>
        <translation>Dzisiejsze wizyty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód wizyty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown patient</source>
        <translation>Nieznany pacjent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown practitioner</source>
        <translation>Nieznany specjalista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No practitioner</source>
        <translation>Bez specjalisty</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled: %1</source>
        <translation>Odwołana: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Przybycie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No-show</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 on the selected appointment)</source>
        <translation>%1 (%2 dla wybranej wizyty)</translation>
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
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read the day again (%1)</source>
        <translation>Wczytaj dzień ponownie (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whose appointments</source>
        <translation>Czyje wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My appointments</source>
        <translation>Moje wizyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s appointments</source>
        <translation>Wizyty wszystkich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appointments</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+4"/>
        <source>No appointments today.</source>
        <translation>Brak wizyt na dziś.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>You have no appointments today. Choose “Everyone&apos;s appointments” to see the clinic&apos;s day.</source>
        <translation>Nie masz dziś żadnych wizyt. Wybierz „Wizyty wszystkich”, aby zobaczyć cały dzień gabinetu.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayWorkPanel</name>
    <message>
        <location filename="../ui/today/TodayWorkPanel.cpp" line="+40"/>
        <source>No drafts waiting for your signature.</source>
        <translation>Żadna wersja robocza nie czeka na Twój podpis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every recording has a transcript or is on its way.</source>
        <translation>Każde nagranie ma transkrypcję lub jest w trakcie transkrypcji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI job needs you.</source>
        <translation>Żadne zadanie AI nie wymaga Twojej uwagi.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown patient</source>
        <translation>Nieznany pacjent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addendum</source>
        <translation>Uzupełnienie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 · draft, changed %2</source>
        <translation>%1 · wersja robocza, zmieniona %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the encounter to review and sign</source>
        <translation>Otwórz wizytę, aby przejrzeć i podpisać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts to sign</source>
        <translation>Wersje robocze do podpisania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded %1 · %2 long</source>
        <translation>Nagrano %1 · długość %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the encounter to transcribe it</source>
        <translation>Otwórz wizytę, aby wykonać transkrypcję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings waiting for a transcript</source>
        <translation>Nagrania czekające na transkrypcję</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open AI jobs to retry or cancel it</source>
        <translation>Otwórz zadania AI, aby ponowić lub anulować to zadanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI jobs that need you</source>
        <translation>Zadania AI wymagające Twojej uwagi</translation>
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
        <translation>Od %1 do %2; kliknij, aby odtworzyć od tego miejsca</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said</source>
        <translation>Co zostało powiedziane</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TranscriptPanel</name>
    <message>
        <location filename="../ui/encounter/TranscriptPanel.cpp" line="+16"/>
        <source>Transcript</source>
        <translation>Transkrypcja</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line to play the recording from there</source>
        <translation>Kliknij wiersz, aby odtworzyć nagranie od tego miejsca</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UnlockWindow</name>
    <message>
        <location filename="../ui/unlock/UnlockWindow.cpp" line="+34"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forgot password?</source>
        <translation>Nie pamiętasz &amp;hasła?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk — Unlock</source>
        <translation>ClinicDesk — Odblokuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to open the vault</source>
        <translation>Zaloguj się, aby otworzyć sejf</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening the vault with the key this computer remembers…</source>
        <translation>Otwieranie sejfu kluczem zapamiętanym na tym komputerze…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Opening the vault…</source>
        <translation>Otwieranie sejfu…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The key remembered on this computer did not open the vault: %1 Enter your password instead.</source>
        <translation>Klucz zapamiętany na tym komputerze nie otworzył sejfu: %1 Zamiast tego wpisz hasło.</translation>
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
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio minutes</source>
        <translation>Minuty nagrań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Tokeny wejściowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Tokeny wyjściowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;AI usage and cost&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wykorzystanie AI i koszty&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs are estimates from the price table in the AI settings; the provider&apos;s invoice is what counts.</source>
        <translation>Koszty są szacunkami na podstawie tabeli cen w ustawieniach AI; wiążąca jest faktura dostawcy.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No AI requests in %1.</source>
        <translation>Brak żądań AI (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total for %1: %2</source>
        <translation>Łącznie (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no monthly AI budget. This month you have used %1.</source>
        <translation>Nie masz miesięcznego budżetu AI. W tym miesiącu wykorzystano %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your budget for %1: %2. Used: %3. Left: %4.</source>
        <translation>Twój budżet (%1): %2. Wykorzystano: %3. Pozostało: %4.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserAdminService</name>
    <message>
        <location filename="../ui/services/UserAdminService.cpp" line="+17"/>
        <source>The vault is locked.</source>
        <translation>Sejf jest zablokowany.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserDialog</name>
    <message>
        <location filename="../ui/users/UserDialog.cpp" line="+26"/>
        <source>Everything, including users, backups and the audit log.</source>
        <translation>Wszystko, w tym użytkownicy, kopie zapasowe i dziennik audytu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients, the calendar and clinical notes; no users, backups or audit log.</source>
        <translation>Pacjenci, kalendarz i notatki kliniczne; bez użytkowników, kopii zapasowych i dziennika audytu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients&apos; details and the calendar; nothing clinical.</source>
        <translation>Dane pacjentów i kalendarz; bez danych klinicznych.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name shown</source>
        <translation>Nazwa wyświetlana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>Nazwa logowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number</source>
        <translation>Numer prawa wykonywania zawodu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Edytuj użytkownika %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profession</source>
        <translation>Zawód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on the professional register</source>
        <translation>Zgodnie z rejestrem zawodowym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, . _ - @; no spaces</source>
        <translation>Litery, cyfry, . _ - @; bez spacji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name &amp;shown:</source>
        <translation>Nazwa &amp;wyświetlana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ign-in name:</source>
        <translation>Nazwa &amp;logowania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Zawód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence number:</source>
        <translation>Numer prawa wykonywania zawodu (&amp;PWZ):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least 8 characters. Give it to the user in person; they can change it after signing in.</source>
        <translation>Co najmniej 8 znaków. Przekaż je użytkownikowi osobiście; po zalogowaniu będzie mógł je zmienić.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat:</source>
        <translation>Powtó&amp;rz:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in name cannot change: entries and keys are tied to it.</source>
        <translation>Nazwy logowania nie można zmienić: są z nią powiązane wpisy i klucze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot change your own role. Another administrator can do it.</source>
        <translation>Nie możesz zmienić własnej roli. Może to zrobić inny administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the only active administrator and stays one. Make another user an administrator first.</source>
        <translation>Użytkownik %1 jest jedynym aktywnym administratorem i musi nim pozostać. Najpierw nadaj rolę administratora innemu użytkownikowi.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Enter the name shown for this user.</source>
        <translation>Wpisz nazwę wyświetlaną tego użytkownika.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Hasło musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserTableModel</name>
    <message>
        <location filename="../ui/users/UserTableModel.cpp" line="+42"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in name</source>
        <translation>Nazwa logowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession</source>
        <translation>Zawód</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence number</source>
        <translation>Nr PWZ</translation>
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
        <translation>&amp;Dodaj użytkownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new &amp;password…</source>
        <translation>Ustaw nowe &amp;hasło…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>&amp;Disable</source>
        <translation>&amp;Wyłącz</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Wróć do ustawień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new user with their own password and role</source>
        <translation>Nowy użytkownik z własnym hasłem i rolą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, role, profession and licence number of the selected user</source>
        <translation>Nazwa, rola, zawód i numer PWZ wybranego użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>For a user who forgot their password</source>
        <translation>Dla użytkownika, który zapomniał hasła</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Users and roles</source>
        <translation>Użytkownicy i role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may sign in to this vault, and what each of them may see and do. A disabled user can no longer sign in; what they wrote stays theirs.</source>
        <translation>Kto może logować się do tego sejfu oraz co każdy z użytkowników może widzieć i robić. Wyłączony użytkownik nie może się już zalogować; to, co napisał, pozostaje przypisane do niego.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n user(s), %1 active</source>
        <translation>
            <numerusform>%n użytkownik (aktywni: %1)</numerusform>
            <numerusform>%n użytkownicy (aktywni: %1)</numerusform>
            <numerusform>%n użytkowników (aktywni: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change your own password from the sign-in screen or clinicdesk-cli user passwd</source>
        <translation>Własne hasło zmienisz na ekranie logowania lub poleceniem clinicdesk-cli user passwd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;able</source>
        <translation>&amp;Włącz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to sign in</source>
        <translation>Użytkownik %1 nie będzie mógł się już zalogować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may sign in again</source>
        <translation>Użytkownik %1 znowu będzie mógł się logować</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the only active administrator: the account cannot be disabled or lose the administrator role. Make another user an administrator first.</source>
        <translation>Użytkownik %1 jest jedynym aktywnym administratorem: tego konta nie można wyłączyć ani odebrać mu roli administratora. Najpierw nadaj rolę administratora innemu użytkownikowi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own account: another administrator can disable it or change its role.</source>
        <translation>To jest Twoje konto: wyłączyć je lub zmienić jego rolę może tylko inny administrator.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was added as %2 and can sign in as “%3”.</source>
        <translation>Dodano użytkownika %1 z rolą „%2”; może logować się jako „%3”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was saved.</source>
        <translation>Zapisano użytkownika %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a new password.</source>
        <translation>Użytkownik %1 ma nowe hasło.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable %1?</source>
        <translation>Wyłączyć konto użytkownika %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to sign in. Everything %1 wrote stays in the vault under their name. You can enable the account again at any time.</source>
        <translation>Użytkownik %1 nie będzie mógł się już zalogować. Wszystko, co zapisał użytkownik %1, pozostaje w sejfie pod jego nazwą. Konto można w każdej chwili włączyć ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 can sign in again.</source>
        <translation>Użytkownik %1 znowu może się logować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>Konto użytkownika %1 zostało wyłączone; nie można się już na nie zalogować.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::VaultFolderPage</name>
    <message>
        <location filename="../ui/firstrun/VaultFolderPage.cpp" line="+21"/>
        <source>Welcome to ClinicDesk</source>
        <translation>Witamy w ClinicDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk keeps your patients, notes and records in one encrypted vault on this computer.</source>
        <translation>ClinicDesk przechowuje dane pacjentów, notatki i dokumentację w jednym zaszyfrowanym sejfie na tym komputerze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assistant creates the vault and its first user, the administrator. Choose a new or empty folder for it. Keep the folder on this computer and include it in your backups.</source>
        <translation>Ten kreator utworzy sejf i jego pierwszego użytkownika – administratora. Wybierz dla sejfu nowy lub pusty folder. Trzymaj ten folder na tym komputerze i uwzględnij go w kopiach zapasowych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Folder sejfu:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder for the vault.</source>
        <translation>Wybierz folder na sejf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the full path of the folder.</source>
        <translation>Podaj pełną ścieżkę folderu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder.</source>
        <translation>To jest plik, a nie folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>Ten folder nie jest pusty. Wybierz nowy lub pusty folder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the vault folder</source>
        <translation>Wybierz folder sejfu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ClinicDesk vault</source>
        <translation>Sejf ClinicDesk</translation>
    </message>
</context>
<context>
    <name>clinicdesk::cli::CliRecorder</name>
    <message>
        <location filename="../app/cli/CliRecorder.cpp" line="+148"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>Mikrofon przestał być dostępny; dotychczasowe nagranie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+71"/>
        <source>Clinical notes, patients and practice records in one encrypted vault.</source>
        <translation>Notatki kliniczne, pacjenci i dokumentacja gabinetu w jednym zaszyfrowanym sejfie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create the vault in &lt;folder&gt;.</source>
        <translation>Otwórz lub utwórz sejf w folderze &lt;folder&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a throwaway vault with fictional patients (deleted at exit).</source>
        <translation>Otwórz tymczasowy sejf z fikcyjnymi pacjentami (usuwany przy zamknięciu programu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the main window to &lt;file&gt;, then quit.</source>
        <translation>Zapisz obraz okna głównego do pliku &lt;plik&gt;, a następnie zakończ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+54"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: nie udało się uruchomić biblioteki kryptograficznej.
</translation>
    </message>
</context>
</TS>
