<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/domain/AccessPolicy.cpp" line="+21"/>
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
        <source>Your role does not allow this.</source>
        <translation>Twoja rola na to nie pozwala.</translation>
    </message>
</context>
<context>
    <name>AiKeyStore</name>
    <message>
        <location filename="../core/ai/AiKeyStore.cpp" line="+29"/>
        <source>No API key is stored for &quot;%1&quot; on this computer. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Na tym komputerze nie zapisano klucza API dla „%1”. Wpisz go w menu AI &gt; Ustawienia AI lub za pomocą clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../core/ai/AiPipeline.cpp" line="+95"/>
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
        <location filename="../core/ai/AiSettings.cpp" line="+243"/>
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
        <location filename="../core/repo/AppointmentRepository.cpp" line="+17"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Godzina rozpoczęcia jest nieprawidłowa; wpisz ją w formacie ISO 8601: RRRR-MM-DDTgg:mm, np. 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment lasts from 1 to 1440 minutes.</source>
        <translation>Wizyta musi trwać od 1 do 1440 minut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason can have at most 500 characters.</source>
        <translation>Powód wizyty może mieć najwyżej 500 znaków.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practitioner does not exist.</source>
        <translation>Taki specjalista nie istnieje.</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <location filename="../core/audio/AudioFileDecoder.cpp" line="+397"/>
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
        <location line="+26"/>
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
        <location filename="../core/audit/AuditAnchor.cpp" line="+34"/>
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
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+112"/>
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
        <location filename="../core/storage/Backup.cpp" line="+64"/>
        <source>The backup file is damaged, truncated or was modified; it cannot be trusted.</source>
        <translation>Plik kopii zapasowej jest uszkodzony, niekompletny lub został zmieniony; nie można mu ufać.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup file %1 does not exist.</source>
        <translation>Plik kopii zapasowej %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku kopii zapasowej: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a ClinicDesk backup.</source>
        <translation>Ten plik nie jest kopią zapasową ClinicDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</source>
        <translation>Ta kopia zapasowa została utworzona w nowszej wersji ClinicDesk. Zaktualizuj ClinicDesk, aby jej użyć.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This backup has several administrators: say which user you are.</source>
        <translation>Ta kopia zapasowa ma kilku administratorów: podaj, którym użytkownikiem jesteś.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The user name or password is not correct for this backup.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe dla tej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>The database could not be copied out of the backup.</source>
        <translation>Nie udało się skopiować bazy danych z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The audit log in the backup is broken: %1</source>
        <translation>Dziennik audytu w kopii zapasowej jest naruszony: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore backups.</source>
        <translation>Tylko administrator może przywracać kopie zapasowe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No temporary folder is available for the backup.</source>
        <translation>Brak dostępnego folderu tymczasowego na kopię zapasową.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The backup copy could not be read.</source>
        <translation>Nie udało się odczytać tymczasowej kopii bazy danych.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The backup file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku kopii zapasowej: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No temporary folder is available to check the backup.</source>
        <translation>Brak dostępnego folderu tymczasowego do sprawdzenia kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The folder %1 is not empty. Restore into a new or empty folder.</source>
        <translation>Folder %1 nie jest pusty. Przywróć kopię do nowego lub pustego folderu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 could not be created.</source>
        <translation>Nie udało się utworzyć folderu %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The restored vault could not be finished.</source>
        <translation>Nie udało się dokończyć przywracania sejfu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The restored vault could not be moved to %1.</source>
        <translation>Nie udało się przenieść przywróconego sejfu do %1.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+23"/>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location filename="../app/cli/CommandLine.cpp" line="+25"/>
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
        <location filename="../app/cli/CommandContext.cpp" line="+61"/>
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
        <location line="+35"/>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New password for %1: </source>
        <translation>Nowe hasło dla %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new password: </source>
        <translation>Powtórz nowe hasło: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clinicdesk-cli: The two passwords differ.
</source>
        <translation>clinicdesk-cli: Podane hasła się różnią.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="+28"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+21"/>
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
        <location filename="../app/cli/commands/InitCommand.cpp" line="+25"/>
        <source>init needs --admin NAME.</source>
        <translation>init wymaga opcji --admin NAZWA.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="+33"/>
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
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="+18"/>
        <source>Recovery code: </source>
        <translation>Kod odzyskiwania: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>Brak kodu odzyskiwania: ustaw zmienną CLINICDESK_RECOVERY_CODE lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new password was given.</source>
        <translation>Nie podano nowego hasła.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="+22"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak nowego hasła: ustaw zmienną CLINICDESK_NEW_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>Hasło użytkownika %1 zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="+27"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add wymaga opcji --first-name i --last-name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: ostrzeżenie: inny pacjent ma ten sam numer identyfikacyjny (%1).
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="+21"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="+22"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="+21"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit wymaga dodatniej liczby całkowitej.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+30"/>
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
        <source>Clinical notes: %1</source>
        <translation>Notatki kliniczne:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="+23"/>
        <source>appointment add needs --patient ID, --start ISO8601 and --minutes N.</source>
        <translation>appointment add wymaga opcji --patient ID, --start ISO8601 i --minutes N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--minutes takes a whole number of minutes.</source>
        <translation>--minutes wymaga liczby całkowitej (liczby minut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>Godzina rozpoczęcia jest nieprawidłowa; wpisz ją w formacie ISO 8601: RRRR-MM-DDTgg:mm, np. 2025-03-14T09:30.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="+22"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day wymaga prawidłowej daty w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="+33"/>
        <source>The audit log failed verification: %1</source>
        <translation>Weryfikacja dziennika audytu nie powiodła się: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>Dziennik audytu jest nienaruszony (liczba wpisów: %1); łańcuch i kotwica zostały zweryfikowane.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="+19"/>
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
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+9"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>Kopia zapasowa jest nienaruszona: otwiera się, przechodzi kontrolę integralności, a jej łańcuch audytu jest poprawny (pacjenci: %1, wpisy audytu: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="+46"/>
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
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="+28"/>
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
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+18"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export wymaga opcji --out PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+25"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+16"/>
        <source>%1 could not be written.</source>
        <translation>Nie udało się zapisać pliku %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+23"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import wymaga opcji --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="+37"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: brak niedokończonych nagrań.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="+43"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: nie znaleziono wejść audio.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteContentFile.cpp" line="+11"/>
        <source>The file %1 cannot be read.</source>
        <translation>Nie można odczytać pliku %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a JSON object.</source>
        <translation>Plik %1 nie jest obiektem JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobWait.cpp" line="+19"/>
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
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+79"/>
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
        <location filename="../app/cli/commands/ConfigAiOptions.cpp" line="+37"/>
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
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="+25"/>
        <source>note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free).</source>
        <translation>note generate wymaga opcji --template NAZWA (dental-exam, dental-treatment, soap, dap, birp, free).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="+19"/>
        <source>note list needs --encounter ID.</source>
        <translation>note list wymaga opcji --encounter ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="+24"/>
        <source>Signed; content hash %1</source>
        <translation>Podpisano; skrót treści %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="+19"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+18"/>
        <source>note %1 needs --content-file FILE (a JSON object in the template&apos;s shape).</source>
        <translation>note %1 wymaga opcji --content-file PLIK (obiekt JSON o strukturze szablonu).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+16"/>
        <source>Revision %1 saved.</source>
        <translation>Zapisano wersję %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="+19"/>
        <source>note export needs --pdf FILE.</source>
        <translation>note export wymaga opcji --pdf PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="+35"/>
        <source> (custom)</source>
        <translation> (własny)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="+26"/>
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
        <location filename="../app/cli/commands/UsageCommand.cpp" line="+32"/>
        <source>The month must look like 2026-11.</source>
        <translation>Miesiąc musi mieć postać 2026-11.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+91"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Usage:</source>
        <translation>Użycie:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>See clinicdesk-cli help %1.</source>
        <translation>Zobacz clinicdesk-cli help %1.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="-24"/>
        <source>books an appointment and prints its id</source>
        <translation>umawia wizytę i wyświetla jej ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-26"/>
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
        <source>the reason for the visit</source>
        <translation>powód wizyty</translation>
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
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-2"/>
        <source>checks a backup&apos;s tag, integrity and audit chain, opening it as --user</source>
        <translation>sprawdza znacznik uwierzytelniający, integralność i łańcuch audytu kopii; otwiera ją jako --user</translation>
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
        <location filename="../app/cli/commands/JobsCancelCommand.cpp" line="+10"/>
        <source>cancels a job that has not ended; a running job&apos;s result is not kept (audited)</source>
        <translation>anuluje niezakończone zadanie; wynik zadania w toku przepada (z wpisem do dziennika audytu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="+12"/>
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
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+14"/>
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
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="-44"/>
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
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-3"/>
        <source>shows one patient record (audited); clinical notes only for clinical roles</source>
        <translation>wyświetla dane pacjenta (z wpisem do dziennika audytu); notatki kliniczne tylko dla ról klinicznych</translation>
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
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="-28"/>
        <source>sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)</source>
        <translation>ustawia nowe hasło kodem odzyskiwania (z CLINICDESK_RECOVERY_CODE lub wpisanym w terminalu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whose password is reset</source>
        <translation>użytkownik, którego hasło zostanie zresetowane</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+51"/>
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
    <name>DemoVault</name>
    <message>
        <location filename="../ui/DemoVault.cpp" line="+105"/>
        <source>Dr Demo</source>
        <translation>dr Demo</translation>
    </message>
</context>
<context>
    <name>EncounterRepository</name>
    <message>
        <location filename="../core/repo/EncounterRepository.cpp" line="+118"/>
        <location line="+34"/>
        <source>The encounter does not exist.</source>
        <translation>Taka wizyta nie istnieje.</translation>
    </message>
</context>
<context>
    <name>EncounterService</name>
    <message>
        <location filename="../ui/services/EncounterService.cpp" line="+55"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>Nie udało się zapisać nagrania w „%1”: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+472"/>
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
        <location line="+4"/>
        <location line="+86"/>
        <source>The request to %1 was cancelled.</source>
        <translation>Żądanie do %1 zostało anulowane.</translation>
    </message>
    <message>
        <location line="-78"/>
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
    <name>JobRepository</name>
    <message>
        <location filename="../core/jobs/JobRepository.cpp" line="+56"/>
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
        <location line="+174"/>
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
        <location filename="../core/util/JsonSchema.cpp" line="+181"/>
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
        <location filename="../core/crypto/KeyEnvelope.cpp" line="+63"/>
        <location line="+62"/>
        <location line="+33"/>
        <source>The key file keys.json is damaged.</source>
        <translation>Plik kluczy keys.json jest uszkodzony.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The password is not correct.</source>
        <translation>Hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This key envelope opens with the keychain, not a password.</source>
        <translation>Tę kopertę klucza otwiera się kluczem z pęku kluczy, a nie hasłem.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This key envelope does not open with a keychain key.</source>
        <translation>Tej koperty klucza nie można otworzyć kluczem z pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/crypto/KeyFile.cpp" line="+15"/>
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
        <source>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</source>
        <translation>Plik kluczy keys.json jest uszkodzony. Przywróć go z kopii zapasowej albo otwórz sejf z pliku kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</source>
        <translation>Plik kluczy sejfu pochodzi z nowszej wersji ClinicDesk. Zaktualizuj ClinicDesk, aby otworzyć sejf.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>The key file keys.json could not be written: %1</source>
        <translation>Nie udało się zapisać pliku kluczy keys.json: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+20"/>
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
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+44"/>
        <source>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</source>
        <translation>Ten sejf został utworzony w nowszej wersji ClinicDesk (schemat %1; ta wersja obsługuje schematy do %2). Zaktualizuj ClinicDesk, aby go otworzyć; sejf nie został zmieniony.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A schema migration is missing from this build of ClinicDesk.</source>
        <translation>W tej kompilacji ClinicDesk brakuje migracji schematu.</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../core/domain/NationalId.cpp" line="+69"/>
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
        <location filename="../core/ai/NoteGenerator.cpp" line="+142"/>
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
        <location filename="../core/export/NotePdfExporter.cpp" line="+151"/>
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
        <location line="+14"/>
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
        <location line="+9"/>
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
        <location line="+77"/>
        <source>The PDF could not be written: %1</source>
        <translation>Nie udało się zapisać pliku PDF: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+29"/>
        <location line="+32"/>
        <source>The PDF could not be written.</source>
        <translation>Nie udało się zapisać pliku PDF.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1, born %2</source>
        <translation>%1, ur. %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/repo/NoteRepository.cpp" line="+70"/>
        <source>The note does not exist.</source>
        <translation>Taka notatka nie istnieje.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>A note needs an encounter and a template.</source>
        <translation>Notatka musi mieć wizytę i szablon.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+114"/>
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
        <location line="+78"/>
        <source>The note is not signed, so it has no hash to verify.</source>
        <translation>Notatka nie jest podpisana, więc nie ma skrótu do zweryfikowania.</translation>
    </message>
</context>
<context>
    <name>NoteSchemaField</name>
    <message>
        <location filename="../ui/encounter/NoteSchemaField.cpp" line="+254"/>
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
        <location filename="../ui/services/NoteService.cpp" line="+105"/>
        <source>“%1” could not be replaced.</source>
        <translation>Nie udało się zastąpić pliku „%1”.</translation>
    </message>
</context>
<context>
    <name>NoteTemplateRepository</name>
    <message>
        <location filename="../core/repo/NoteTemplateRepository.cpp" line="+28"/>
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
        <location filename="../core/audio/OggOpusDecoder.cpp" line="+9"/>
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
        <location filename="../core/audio/OggOpusSplitter.cpp" line="+122"/>
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
        <location filename="../core/ai/OpenAiClient.cpp" line="+242"/>
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
        <location line="+6"/>
        <source>No API key is stored for %1. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>Nie zapisano klucza API dla %1. Wpisz go w menu AI &gt; Ustawienia AI lub za pomocą clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+157"/>
        <location line="+35"/>
        <location line="+34"/>
        <source>The provider&apos;s answer was not valid JSON (%1).</source>
        <translation>Odpowiedź dostawcy nie była prawidłowym JSON-em (%1).</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>The answer from %1 holds no transcription.</source>
        <translation>Odpowiedź z %1 nie zawiera transkrypcji.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+20"/>
        <source>The model refused to write this answer: &quot;%1&quot;</source>
        <translation>Model odmówił napisania tej odpowiedzi: „%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer was cut off because it became too long (too long for the output limit). Try a shorter input or a larger limit.</source>
        <translation>Odpowiedź została ucięta, ponieważ była zbyt długa (przekroczyła limit danych wyjściowych). Spróbuj krótszych danych wejściowych lub wyższego limitu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>Filtr treści dostawcy zatrzymał odpowiedź.</translation>
    </message>
</context>
<context>
    <name>OpusStreamEncoder</name>
    <message>
        <location filename="../core/audio/OpusStreamEncoder.cpp" line="+23"/>
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
        <location filename="../core/crypto/PasswordKdf.cpp" line="+9"/>
        <source>The key derivation was given a malformed salt.</source>
        <translation>Funkcja wyprowadzania klucza otrzymała nieprawidłową sól.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There was not enough memory to derive the key from the password. Close other programs and try again.</source>
        <translation>Za mało pamięci, aby wyprowadzić klucz z hasła. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/repo/PatientRepository.cpp" line="+37"/>
        <source>A patient needs a first name and a last name.</source>
        <translation>Pacjent musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name can have at most %1 characters.</source>
        <translation>Imię ani nazwisko nie może być dłuższe niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>Data urodzenia musi być prawidłową datą w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Data urodzenia nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth is before 1880; check the year.</source>
        <translation>Data urodzenia jest wcześniejsza niż 1880 r.; sprawdź rok.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The date of birth does not match the one in the national identity number.</source>
        <translation>Data urodzenia nie zgadza się z datą zapisaną w numerze identyfikacyjnym.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</source>
        <translation>Numer telefonu może zawierać tylko cyfry, spacje, nawiasy, kropki, łączniki i znak + na początku.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail address is not valid (it should look like name@example.com).</source>
        <translation>Adres e-mail jest nieprawidłowy (powinien wyglądać jak nazwa@example.com).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address can have at most %1 characters.</source>
        <translation>Adres nie może być dłuższy niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinical notes are too long.</source>
        <translation>Notatki kliniczne są za długie.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+114"/>
        <location line="+60"/>
        <location line="+64"/>
        <source>The patient does not exist.</source>
        <translation>Taki pacjent nie istnieje.</translation>
    </message>
</context>
<context>
    <name>RecordingImporter</name>
    <message>
        <location filename="../core/audio/RecordingImporter.cpp" line="+33"/>
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
        <location filename="../core/repo/RecordingRepository.cpp" line="+36"/>
        <source>The recording does not exist.</source>
        <translation>Takie nagranie nie istnieje.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient declined to be recorded in this encounter, so it cannot be recorded.</source>
        <translation>Pacjent nie zgodził się na nagrywanie podczas tej wizyty, więc nie można jej nagrywać.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The recording is no longer being captured.</source>
        <translation>Nagrywanie już nie trwa.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The recording was discarded.</source>
        <translation>Nagranie zostało odrzucone.</translation>
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
        <location filename="../core/jobs/RunnerJobContext.cpp" line="+43"/>
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
        <location filename="../core/ai/Transcriber.cpp" line="+122"/>
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
        <location filename="../core/repo/TranscriptRepository.cpp" line="+74"/>
        <source>A transcript needs the recording it was made from.</source>
        <translation>Transkrypcja musi mieć nagranie, z którego powstała.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording does not exist.</source>
        <translation>Takie nagranie nie istnieje.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The transcript does not exist.</source>
        <translation>Taka transkrypcja nie istnieje.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This recording has not been transcribed yet.</source>
        <translation>Dla tego nagrania nie wykonano jeszcze transkrypcji.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/repo/UserRepository.cpp" line="+20"/>
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
        <location line="+21"/>
        <source>There is already a user called %1.</source>
        <translation>Użytkownik o nazwie %1 już istnieje.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The user does not exist.</source>
        <translation>Taki użytkownik nie istnieje.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user called %1.</source>
        <translation>Nie ma użytkownika o nazwie %1.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="+69"/>
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
        <location line="+6"/>
        <source>The user name or password is not correct.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This computer does not remember this user. Enter the password.</source>
        <translation>Ten komputer nie pamięta tego użytkownika. Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key remembered on this computer no longer opens the vault. Enter the password.</source>
        <translation>Klucz zapamiętany na tym komputerze nie otwiera już sejfu. Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This vault has no recovery envelope.</source>
        <translation>Ten sejf nie ma koperty odzyskiwania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery code is not correct.</source>
        <translation>Kod odzyskiwania jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+74"/>
        <source>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</source>
        <translation>Brak pliku kotwicy dziennika audytu %1: nie można potwierdzić końca dziennika.</translation>
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
        <translation>Hasło musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The user name or password is not correct.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user account is disabled. Ask an administrator.</source>
        <translation>To konto użytkownika jest wyłączone. Zwróć się do administratora.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AdministratorPage</name>
    <message>
        <location filename="../ui/firstrun/AdministratorPage.cpp" line="+23"/>
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
        <location filename="../ui/settings/AiSettingsPage.cpp" line="+43"/>
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
        <location filename="../ui/AppController.cpp" line="+141"/>
        <source>The demo vault could not be created: %1</source>
        <translation>Nie udało się utworzyć sejfu demonstracyjnego: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo vault with fictional patients. User: %1, password: %2</source>
        <translation>Sejf demonstracyjny z fikcyjnymi pacjentami. Użytkownik: %1, hasło: %2</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location line="+27"/>
        <source>Locking the vault…</source>
        <translation>Blokowanie sejfu…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+48"/>
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
    <name>clinicdesk::ConsentPanel</name>
    <message>
        <location filename="../ui/encounter/ConsentPanel.cpp" line="+19"/>
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
        <location filename="../ui/firstrun/CreateVaultPage.cpp" line="+15"/>
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
        <location filename="../ui/settings/EgressLogPage.cpp" line="+21"/>
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
        <location filename="../ui/encounter/EncounterController.cpp" line="+200"/>
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
        <location filename="../ui/encounter/EncounterJobs.cpp" line="+228"/>
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
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+31"/>
        <source>← &amp;Patients</source>
        <translation>← P&amp;acjenci</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Back to the patient list</source>
        <translation>Powrót do listy pacjentów</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Encounter started %1</source>
        <translation>Wizyta rozpoczęta %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Zatrzymaj nagrywanie przed opuszczeniem widoku tego pacjenta</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>clinicdesk::FinishPage</name>
    <message>
        <location filename="../ui/firstrun/FinishPage.cpp" line="+11"/>
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
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+35"/>
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
        <location filename="../ui/widgets/InfoBar.cpp" line="+21"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobRunner</name>
    <message>
        <location filename="../core/jobs/JobRunner.cpp" line="+282"/>
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
        <location filename="../ui/encounter/JobStatusPanel.cpp" line="+21"/>
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
        <location filename="../ui/jobs/JobTableModel.cpp" line="+33"/>
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
        <location filename="../ui/jobs/JobsPanel.cpp" line="+23"/>
        <source>AI jobs</source>
        <translation>Zadania AI</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+4"/>
        <source>AI &amp;jobs panel</source>
        <translation>Panel &amp;zadań AI</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+108"/>
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
        <location filename="../core/keychain/KeychainStore.cpp" line="+96"/>
        <source>The keychain did not answer.</source>
        <translation>Pęk kluczy nie odpowiedział.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LevelMeter</name>
    <message>
        <location filename="../ui/encounter/LevelMeter.cpp" line="+19"/>
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
        <location filename="../ui/main/MainWindow.cpp" line="+33"/>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Zalogowano jako %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>Trwa nagrywanie. Zatrzymaj je przed otwarciem innego pacjenta.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+77"/>
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
    <name>clinicdesk::NoteForm</name>
    <message>
        <location filename="../ui/encounter/NoteForm.cpp" line="+69"/>
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
        <location filename="../ui/encounter/NotePanel.cpp" line="+55"/>
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
        <location line="+518"/>
        <source>Generate</source>
        <translation>Generuj</translation>
    </message>
    <message>
        <location line="-512"/>
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
        <location line="+486"/>
        <source>Sign the note: it can no longer be changed; corrections become addenda</source>
        <translation>Podpisz notatkę: nie będzie można jej już zmienić; poprawki staną się uzupełnieniami</translation>
    </message>
    <message>
        <location line="-485"/>
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
        <location line="+7"/>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tooth &amp;numbering:</source>
        <translation>Numera&amp;cja zębów:</translation>
    </message>
    <message>
        <location line="+113"/>
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
        <location line="+57"/>
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
        <location line="+16"/>
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
        <location line="+43"/>
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
        <location line="+143"/>
        <source>Regenerate</source>
        <translation>Generuj ponownie</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The note was not saved: %1</source>
        <translation>Notatka nie została zapisana: %1</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+22"/>
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
        <location line="+8"/>
        <source>Correct the marked fields first</source>
        <translation>Najpierw popraw zaznaczone pola</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTableEditor</name>
    <message>
        <location filename="../ui/encounter/NoteTableEditor.cpp" line="+18"/>
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
        <location filename="../ui/settings/NoteTemplatesEditor.cpp" line="+39"/>
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
        <location filename="../ui/jobs/OnlineIndicator.cpp" line="+16"/>
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
    <name>clinicdesk::PatientDialog</name>
    <message>
        <location filename="../ui/patients/PatientDialog.cpp" line="+39"/>
        <source>Clinical &amp;notes:</source>
        <translation>Notatki &amp;kliniczne:</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>National &amp;ID:</source>
        <translation>Nume&amp;r identyfikacyjny:</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <location line="+83"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit patient</source>
        <translation>Edytuj pacjenta</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
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
        <location filename="../ui/patients/PatientsPage.cpp" line="+27"/>
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
        <location line="+10"/>
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
        <location line="+6"/>
        <source>Consent, recording and recordings for the selected patient</source>
        <translation>Zgoda, nagrywanie i nagrania wybranego pacjenta</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location line="+75"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Inny pacjent ma ten sam numer identyfikacyjny. Sprawdź, czy ta sama osoba nie została wprowadzona dwukrotnie.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ProviderEditor</name>
    <message>
        <location filename="../ui/settings/ProviderEditor.cpp" line="+21"/>
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
        <source>Enter the server&apos;s address (for example http://host:8080/v1).</source>
        <translation>Wpisz adres serwera (na przykład http://host:8080/v1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address &quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>Adres „%1” nie jest adresem internetowym (taki adres zaczyna się od https://).</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../core/audio/Recorder.cpp" line="+84"/>
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
        <location filename="../ui/encounter/RecorderPanel.cpp" line="+42"/>
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
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+38"/>
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
        <location filename="../ui/encounter/RecordingsPanel.cpp" line="+25"/>
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
        <location filename="../ui/firstrun/RecoveryCodePage.cpp" line="+20"/>
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
        <location filename="../ui/unlock/RecoveryDialog.cpp" line="+31"/>
        <source>Set a new password with the recovery code</source>
        <translation>Ustaw nowe hasło za pomocą kodu odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</source>
        <translation>Wpisz kod odzyskiwania zapisany podczas tworzenia sejfu. Kod jednorazowo otworzy sejf, aby można było wybrać nowe hasło.</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>clinicdesk::TranscriptModel</name>
    <message>
        <location filename="../ui/encounter/TranscriptModel.cpp" line="+29"/>
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
        <location filename="../ui/encounter/TranscriptPanel.cpp" line="+14"/>
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
        <location filename="../ui/unlock/UnlockWindow.cpp" line="+30"/>
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
        <location line="+40"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location filename="../ui/settings/UsagePage.cpp" line="+27"/>
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
    <name>clinicdesk::VaultFolderPage</name>
    <message>
        <location filename="../ui/firstrun/VaultFolderPage.cpp" line="+19"/>
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
        <location filename="../app/cli/CliRecorder.cpp" line="+146"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>Mikrofon przestał być dostępny; dotychczasowe nagranie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+88"/>
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
        <location filename="../app/cli/main.cpp" line="+49"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: nie udało się uruchomić biblioteki kryptograficznej.
</translation>
    </message>
</context>
</TS>
