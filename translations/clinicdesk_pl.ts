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
    <name>AppointmentRepository</name>
    <message>
        <location filename="../core/repo/AppointmentRepository.cpp" line="+16"/>
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
        <location line="+13"/>
        <source>The patient does not exist.</source>
        <translation>Taki pacjent nie istnieje.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../core/audit/AuditLog.cpp" line="+121"/>
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
        <location filename="../core/export/Backup.cpp" line="+64"/>
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
        <location filename="../app/cli/CliApp.cpp" line="+146"/>
        <source>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</source>
        <translation>Użycie: clinicdesk-cli [--vault FOLDER] [--user NAZWA] &lt;polecenie&gt; ...  (clinicdesk-cli help)
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The option --%1 needs a value.</source>
        <translation>Opcja --%1 wymaga wartości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option --%1 is given twice.</source>
        <translation>Opcja --%1 została podana dwukrotnie.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>Nieznana opcja --%1 dla tego polecenia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many arguments.</source>
        <translation>Za dużo argumentów.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing argument.</source>
        <translation>Brak argumentu.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+564"/>
        <source>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak hasła: ustaw zmienną CLINICDESK_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
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
        <translation>clinicdesk-cli [--vault FOLDER] [--user NAZWA] &lt;polecenie&gt;
  init --admin NAZWA [--display-name N] [--profession dentist|therapist] [--licence L]
  user add NAZWA --role admin|practitioner|receptionist [--profession P] [--licence L]
  user list [--json]
  user passwd NAZWA
  user recover NAZWA
  patient add --first-name F --last-name L [--dob RRRR-MM-DD] [--national-id N] [--phone P]
              [--email E] [--address A] [--notes TEKST]
  patient list [--json] [--limit N]
  patient search TEKST [--json]
  patient show ID [--json]
  appointment add --patient ID --start ISO8601 --minutes N [--practitioner NAZWA] [--reason R]
  appointment list [--day RRRR-MM-DD] [--json]
  audit verify
  audit list [--json] [--limit N]
  backup create --out PLIK
  backup verify PLIK [--json]
  backup restore PLIK --to FOLDER
  record --patient ID [--encounter ID] [--seconds N] [--device NAZWA] [--consent verbal|written]
  recording list [--patient ID] [--json]
  recording export ID --out PLIK
  recording import --patient ID [--encounter ID] PLIK
  recording recover
  audio devices [--json]
Hasła: CLINICDESK_PASSWORD (logowanie), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover), CLINICDESK_RECOVERY_CODE (user recover); w przeciwnym razie program zapyta o hasło, nie wyświetlając go.
Kody wyjścia: 0 sukces, 1 błędne użycie, 2 złe hasło lub zablokowane konto, 3 nie znaleziono, 4 nieprawidłowe dane,
5 sejf odrzucony (uszkodzony, z nowszej wersji, nie jest sejfem, zmieniona kopia zapasowa), 6 brak uprawnień, 7 błąd systemu.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init needs --admin NAME.</source>
        <translation>init wymaga opcji --admin NAZWA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The profession must be dentist or therapist.</source>
        <translation>Zawód musi mieć wartość dentist (dentysta) lub therapist (terapeuta).</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+7"/>
        <source>user needs a subcommand: add, list, passwd or recover.</source>
        <translation>user wymaga podpolecenia: add, list, passwd lub recover.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery code: </source>
        <translation>Kod odzyskiwania: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>Brak kodu odzyskiwania: ustaw zmienną CLINICDESK_RECOVERY_CODE lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No new password was given.</source>
        <translation>Nie podano nowego hasła.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password of %1 was reset with the recovery code.</source>
        <translation>Hasło użytkownika %1 zostało zresetowane kodem odzyskiwania.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>user add needs --role admin, practitioner or receptionist.</source>
        <translation>user add wymaga opcji --role admin, practitioner lub receptionist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak hasła dla nowego użytkownika: ustaw zmienną CLINICDESK_NEW_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>Brak nowego hasła: ustaw zmienną CLINICDESK_NEW_PASSWORD lub uruchom clinicdesk-cli w terminalu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>Hasło użytkownika %1 zostało zmienione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown user subcommand &quot;%1&quot;.</source>
        <translation>Nieznane podpolecenie user: „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>patient needs a subcommand: add, list, search or show.</source>
        <translation>patient wymaga podpolecenia: add, list, search lub show.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add wymaga opcji --first-name i --last-name.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: ostrzeżenie: inny pacjent ma ten sam numer identyfikacyjny (%1).
</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+189"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit wymaga dodatniej liczby całkowitej.</translation>
    </message>
    <message>
        <location line="-144"/>
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
        <location line="+5"/>
        <source>Unknown patient subcommand &quot;%1&quot;.</source>
        <translation>Nieznane podpolecenie patient: „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>appointment needs a subcommand: add or list.</source>
        <translation>appointment wymaga podpolecenia: add lub list.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+33"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day wymaga prawidłowej daty w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown appointment subcommand &quot;%1&quot;.</source>
        <translation>Nieznane podpolecenie appointment: „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit needs a subcommand: verify or list.</source>
        <translation>audit wymaga podpolecenia: verify lub list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit log failed verification: %1</source>
        <translation>Weryfikacja dziennika audytu nie powiodła się: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>Dziennik audytu jest nienaruszony (liczba wpisów: %1); łańcuch i kotwica zostały zweryfikowane.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown audit subcommand &quot;%1&quot;.</source>
        <translation>Nieznane podpolecenie audit: „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup needs a subcommand: create, verify or restore.</source>
        <translation>backup wymaga podpolecenia: create, verify lub restore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backup create needs --out FILE.</source>
        <translation>backup create wymaga opcji --out PLIK.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to %1 (%2 patients, %3 audit entries).</source>
        <translation>Zapisano kopię zapasową w %1 (pacjenci: %2, wpisy audytu: %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backup restore needs --to DIR.</source>
        <translation>backup restore wymaga opcji --to FOLDER.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restored the backup into %1 (%2 patients).</source>
        <translation>Przywrócono kopię zapasową do %1 (pacjenci: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>Kopia zapasowa jest nienaruszona: otwiera się, przechodzi kontrolę integralności, a jej łańcuch audytu jest poprawny (pacjenci: %1, wpisy audytu: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown backup subcommand &quot;%1&quot;.</source>
        <translation>Nieznane podpolecenie backup: „%1”.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+22"/>
        <source>The encounter belongs to another patient.</source>
        <translation>Ta wizyta należy do innego pacjenta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>recording needs a subcommand: list, export, import or recover.</source>
        <translation>recording wymaga podpolecenia: list, export, import lub recover.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
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
        <location line="+29"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export wymaga opcji --out PLIK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>Plik %1 już istnieje; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be written.</source>
        <translation>Nie udało się zapisać pliku %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import wymaga opcji --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: brak niedokończonych nagrań.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown recording subcommand &quot;%1&quot;.</source>
        <translation>Nieznane podpolecenie recording: „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio needs a subcommand: devices.</source>
        <translation>audio wymaga podpolecenia: devices.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: nie znaleziono wejść audio.
</translation>
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
        <location filename="../core/repo/EncounterRepository.cpp" line="+73"/>
        <source>The patient does not exist.</source>
        <translation>Taki pacjent nie istnieje.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+48"/>
        <source>The encounter does not exist.</source>
        <translation>Taka wizyta nie istnieje.</translation>
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
        <location filename="../core/storage/KeychainStore.cpp" line="+15"/>
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
        <location filename="../core/repo/PatientRepository.cpp" line="+35"/>
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
        <location line="+174"/>
        <location line="+68"/>
        <location line="+73"/>
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
        <location filename="../core/repo/RecordingRepository.cpp" line="+35"/>
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
        <location line="+161"/>
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
        <location line="+72"/>
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
    <name>clinicdesk::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+146"/>
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
        <location line="+21"/>
        <location line="+23"/>
        <source>ClinicDesk could not remember you on this computer: %1</source>
        <translation>ClinicDesk nie może zapamiętać cię na tym komputerze: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This computer now remembers you.</source>
        <translation>Ten komputer już cię pamięta.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locking the vault…</source>
        <translation>Blokowanie sejfu…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+44"/>
        <source>No audio output device is available.</source>
        <translation>Brak dostępnego urządzenia wyjściowego audio.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio output device cannot play recordings.</source>
        <translation>Urządzenie wyjściowe audio nie może odtwarzać nagrań.</translation>
    </message>
    <message>
        <location line="+121"/>
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
    <name>clinicdesk::EncounterBackend</name>
    <message>
        <location filename="../ui/encounter/EncounterBackend.cpp" line="+126"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>Nie udało się zapisać nagrania w „%1”: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+75"/>
        <source>← &amp;Patients</source>
        <translation>← P&amp;acjenci</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+765"/>
        <source>Back to the patient list</source>
        <translation>Powrót do listy pacjentów</translation>
    </message>
    <message>
        <location line="-745"/>
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
        <location line="+10"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recording consent:</source>
        <translation>Zgoda na &amp;nagrywanie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Nagrywaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+708"/>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location line="-718"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded time</source>
        <translation>Czas nagrania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record / Pause / Resume</source>
        <translation>Nagrywaj / Wstrzymaj / Wznów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop recording</source>
        <translation>Zatrzymaj nagrywanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+672"/>
        <source>Start recording (%1)</source>
        <translation>Rozpocznij nagrywanie (%1)</translation>
    </message>
    <message>
        <location line="-671"/>
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
        <location line="+8"/>
        <source>No sound: check the microphone</source>
        <translation>Brak dźwięku: sprawdź mikrofon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</source>
        <translation>Mikrofon został odłączony. Dotychczasowe nagranie zostało zapisane; wybierz inny mikrofon i naciśnij Wznów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording</source>
        <translation>Nagrywanie</translation>
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
        <translation>Odtwórz</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>Play or pause the selected recording</source>
        <translation>Odtwórz lub wstrzymaj zaznaczone nagranie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback position</source>
        <translation>Pozycja odtwarzania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected recording as an Ogg Opus file</source>
        <translation>Zapisz zaznaczone nagranie jako plik Ogg Opus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</source>
        <translation>Dodaj plik dźwiękowy (wav, mp3, m4a, ogg, webm, flac) do tej wizyty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
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
        <translation>Nagrania tego pacjenta</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Encounter started %1</source>
        <translation>Wizyta rozpoczęta %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ask the patient whether this consultation may be recorded.</source>
        <translation>Zapytaj pacjenta, czy można nagrywać tę konsultację.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Odnotowane przez %1, %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+104"/>
        <location line="+68"/>
        <source>The recording was discarded.</source>
        <translation>Nagranie zostało odrzucone.</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <location line="+139"/>
        <source>Import a recording</source>
        <translation>Importuj nagranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</source>
        <translation>Pliki dźwiękowe (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file was imported.</source>
        <translation>Plik został zaimportowany.</translation>
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
        <location line="+22"/>
        <source>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Nagranie zapisano w „%1”. Ten plik nie jest zaszyfrowany: przechowuj go w bezpiecznym miejscu i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import failed</source>
        <translation>Import nie powiódł się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: %1</source>
        <translation>Nie udało się zaimportować pliku: %1</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+11"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Zatrzymaj nagrywanie przed opuszczeniem widoku tego pacjenta</translation>
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
    <name>clinicdesk::KeychainStore</name>
    <message>
        <location filename="../core/storage/KeychainStore.cpp" line="+75"/>
        <location line="+12"/>
        <location line="+11"/>
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
        <location filename="../ui/main/MainWindow.cpp" line="+25"/>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+18"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>Trwa nagrywanie. Zatrzymaj je przed otwarciem innego pacjenta.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../ui/patients/PatientsPage.cpp" line="+26"/>
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
        <location line="+103"/>
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
            <numerusform>%n pacjentów</numerusform>
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
        <location line="+72"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Inny pacjent ma ten sam numer identyfikacyjny. Sprawdź, czy ta sama osoba nie została wprowadzona dwukrotnie.</translation>
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
        <location line="+45"/>
        <source>A recording is already running.</source>
        <translation>Nagrywanie już trwa.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingTableModel</name>
    <message>
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+36"/>
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
        <location filename="../app/cli/CliRecorder.cpp" line="+144"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>Mikrofon przestał być dostępny; dotychczasowe nagranie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+87"/>
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
        <location filename="../app/cli/main.cpp" line="+31"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: nie udało się uruchomić biblioteki kryptograficznej.
</translation>
    </message>
</context>
</TS>
