<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/domain/AccessPolicy.cpp" line="+24"/>
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
        <source>Only an administrator may merge patient records.</source>
        <translation>Only an administrator may merge patient records.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator may change the AI providers or their API keys.</source>
        <translation>Only an administrator may change the AI providers or their API keys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../core/repo/DeniedAccess.cpp" line="+113"/>
        <source>The clinic lets practitioners read only the notes of patients they have seen or booked.</source>
        <translation>The clinic lets practitioners read only the notes of patients they have seen or booked.</translation>
    </message>
</context>
<context>
    <name>AiKeyStore</name>
    <message>
        <location filename="../core/ai/AiKeyStore.cpp" line="+33"/>
        <source>No API key is stored for &quot;%1&quot; on this computer. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>No API key is stored for &quot;%1&quot; on this computer. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The API key needs a name to be stored under.</source>
        <translation>The API key needs a name to be stored under.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is empty.</source>
        <translation>The API key is empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key contains spaces or characters that an API key never has. Copy it again.</source>
        <translation>The API key contains spaces or characters that an API key never has. Copy it again.</translation>
    </message>
</context>
<context>
    <name>AiPipeline</name>
    <message>
        <location filename="../core/ai/AiPipeline.cpp" line="+97"/>
        <source>No transcription provider is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task transcription.</source>
        <translation>No transcription provider is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task transcription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provider for notes is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task notes.</source>
        <translation>No provider for notes is set up. Choose one in AI &gt; AI settings, or with clinicdesk-cli config ai --task notes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This month&apos;s AI budget (%1 %2) is used up, so the job waits. An administrator can raise the budget in AI &gt; AI settings, or the job runs next month.</source>
        <translation>This month&apos;s AI budget (%1 %2) is used up, so the job waits. An administrator can raise the budget in AI &gt; AI settings, or the job runs next month.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The recording is not finished yet; stop it (or recover it) before transcribing.</source>
        <translation>The recording is not finished yet; stop it (or recover it) before transcribing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The patient declined consent in this encounter, so nothing is sent for transcription.</source>
        <translation>The patient declined consent in this encounter, so nothing is sent for transcription.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Waiting for the transcription to finish.</source>
        <translation>Waiting for the transcription to finish.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This encounter has no transcript yet. Transcribe a recording first, then generate the note.</source>
        <translation>This encounter has no transcript yet. Transcribe a recording first, then generate the note.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The key works, but %1 does not offer the model &quot;%2&quot;. Choose one of: %3.</source>
        <translation>The key works, but %1 does not offer the model &quot;%2&quot;. Choose one of: %3.</translation>
    </message>
</context>
<context>
    <name>AiSettingsStore</name>
    <message>
        <location filename="../core/ai/AiSettings.cpp" line="+245"/>
        <source>The AI settings stored in this vault cannot be read. An administrator can set them again in AI &gt; AI settings.</source>
        <translation>The AI settings stored in this vault cannot be read. An administrator can set them again in AI &gt; AI settings.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator may change the AI settings.</source>
        <translation>Only an administrator may change the AI settings.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <location filename="../core/repo/AppointmentRepository.cpp" line="+55"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An appointment lasts from 1 to 1440 minutes.</source>
        <translation>An appointment lasts from 1 to 1440 minutes.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This overlaps the practitioner&apos;s booking %1 (%2, %3). Choose another time, or book it anyway as a double booking.</source>
        <translation>This overlaps the practitioner&apos;s booking %1 (%2, %3). Choose another time, or book it anyway as a double booking.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+152"/>
        <source>The reason can have at most 500 characters.</source>
        <translation>The reason can have at most 500 characters.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The practitioner does not exist.</source>
        <translation>The practitioner does not exist.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No such appointment.</source>
        <translation>No such appointment.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A cancelled or finished appointment cannot be moved.</source>
        <translation>A cancelled or finished appointment cannot be moved.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Say why the appointment is cancelled.</source>
        <translation>Say why the appointment is cancelled.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This appointment is already cancelled or finished.</source>
        <translation>This appointment is already cancelled or finished.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The status is booked, arrived, in-progress, done or no-show (cancel with a reason).</source>
        <translation>The status is booked, arrived, in-progress, done or no-show (cancel with a reason).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A cancelled appointment keeps its status; book a new one.</source>
        <translation>A cancelled appointment keeps its status; book a new one.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatusLook</name>
    <message>
        <location filename="../ui/widgets/AppointmentStatusLook.cpp" line="+103"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <location filename="../core/audio/AudioFileDecoder.cpp" line="+90"/>
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
        <location line="+22"/>
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
        <location filename="../core/audit/AuditAnchor.cpp" line="+36"/>
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
    <name>AuditCsvExporter</name>
    <message>
        <location filename="../core/export/AuditCsvExporter.cpp" line="+48"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to.</source>
        <translation>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/AuditLog.cpp" line="+207"/>
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
        <location filename="../core/storage/BackupFileHeader.cpp" line="+15"/>
        <source>The backup file is damaged, truncated or was modified; it cannot be trusted.</source>
        <translation>The backup file is damaged, truncated or was modified; it cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupReader.cpp" line="+37"/>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>The backup file could not be read: %1</source>
        <translation>The backup file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupFileHeader.cpp" line="+5"/>
        <source>This file is not a ClinicDesk backup.</source>
        <translation>This file is not a ClinicDesk backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</source>
        <translation>This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it.</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupReader.cpp" line="-109"/>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This backup has several administrators: say which user you are.</source>
        <translation>This backup has several administrators: say which user you are.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>The user name or password is not correct for this backup.</source>
        <translation>The user name or password is not correct for this backup.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This backup belongs to another vault. Enter the name and password of a user in that backup.</source>
        <translation>This backup belongs to another vault. Enter the name and password of a user in that backup.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>The database could not be copied out of the backup.</source>
        <translation>The database could not be copied out of the backup.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The audit log in the backup is broken: %1</source>
        <translation>The audit log in the backup is broken: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore backups.</source>
        <translation>Only an administrator may restore backups.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+158"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to, such as a USB drive or a network share.</source>
        <translation>ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to, such as a USB drive or a network share.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No temporary folder is available for the backup.</source>
        <translation>No temporary folder is available for the backup.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup copy could not be read.</source>
        <translation>The backup copy could not be read.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The backup file could not be written: %1</source>
        <translation>The backup file could not be written: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+26"/>
        <source>ClinicDesk cannot create or write the folder %1. Choose a folder you may write to.</source>
        <translation>ClinicDesk cannot create or write the folder %1. Choose a folder you may write to.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>The restore was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>No temporary folder is available to check the backup.</source>
        <translation>No temporary folder is available to check the backup.</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../ui/services/BackupService.cpp" line="+148"/>
        <source>The backup was cancelled; no file was written.</source>
        <translation>The backup was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Choose a folder for the restored vault.</source>
        <translation>Choose a folder for the restored vault.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a file, not a folder. Restore into a new or empty folder.</source>
        <translation>%1 is a file, not a folder. Restore into a new or empty folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not empty. Restore into a new or empty folder.</source>
        <translation>The folder %1 is not empty. Restore into a new or empty folder.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The restored vault could not be finished.</source>
        <translation>The restored vault could not be finished.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restored vault could not be moved to %1.</source>
        <translation>The restored vault could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>BackupStatusStore</name>
    <message>
        <location filename="../core/repo/BackupStatusStore.cpp" line="+64"/>
        <source>This backup belongs to another vault; it is not recorded here.</source>
        <translation>This backup belongs to another vault; it is not recorded here.</translation>
    </message>
</context>
<context>
    <name>BookingAdvisor</name>
    <message>
        <location filename="../ui/calendar/BookingAdvisor.cpp" line="+14"/>
        <source>no practitioner</source>
        <translation>no practitioner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the practitioner</source>
        <translation>the practitioner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This time is in the past.</source>
        <translation>This time is in the past.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outside %1&apos;s working hours.</source>
        <translation>Outside %1&apos;s working hours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlaps %1.</source>
        <translation>Overlaps %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is in the past</source>
        <translation>it is in the past</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is outside %1&apos;s working hours</source>
        <translation>it is outside %1&apos;s working hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a double booking</source>
        <translation>it is a double booking</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Note: %2.</source>
        <translation>%1 Note: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has a booking at this time: %2.</source>
        <translation>%1 already has a booking at this time: %2.</translation>
    </message>
</context>
<context>
    <name>BuiltinFieldText</name>
    <message>
        <location filename="../ui/encounter/BuiltinFieldText.cpp" line="+19"/>
        <source>Behavior</source>
        <translation>Behavior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Response</translation>
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
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief complaint</source>
        <translation>Chief complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical history changes</source>
        <translation>Medical history changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraoral</source>
        <translation>Extraoral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intraoral soft tissue</source>
        <translation>Intraoral soft tissue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teeth</source>
        <translation>Teeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tooth</source>
        <translation>Tooth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surfaces</source>
        <translation>Surfaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodontal</source>
        <translation>Periodontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiographs</source>
        <translation>Radiographs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaesthesia</source>
        <translation>Anaesthesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Complications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post op instructions</source>
        <translation>Post op instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjective</source>
        <translation>Subjective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client&apos;s presentation and behaviour: what they reported and what the clinician observed, including mood and affect.</source>
        <translation>The client&apos;s presentation and behaviour: what they reported and what the clinician observed, including mood and affect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinician did in the session: techniques, methods and topics addressed.</source>
        <translation>What the clinician did in the session: techniques, methods and topics addressed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client responded to the interventions.</source>
        <translation>How the client responded to the interventions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan: next steps, homework, referrals and the next session.</source>
        <translation>The plan: next steps, homework, referrals and the next session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened in the session: what the client reported and what the clinician observed, including interventions used.</source>
        <translation>What happened in the session: what the client reported and what the clinician observed, including interventions used.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinician&apos;s assessment of the data: interpretation, progress towards goals, risk.</source>
        <translation>The clinician&apos;s assessment of the data: interpretation, progress towards goals, risk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient&apos;s reason for the visit, in their words as the clinician summarised them.</source>
        <translation>The patient&apos;s reason for the visit, in their words as the clinician summarised them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes in general health, medications or allergies since the last visit.</source>
        <translation>Changes in general health, medications or allergies since the last visit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraoral findings: face, lymph nodes, temporomandibular joints, muscles.</source>
        <translation>Extraoral findings: face, lymph nodes, temporomandibular joints, muscles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings in the oral mucosa, tongue, floor of the mouth, palate and gingiva other than periodontal measurements.</source>
        <translation>Findings in the oral mucosa, tongue, floor of the mouth, palate and gingiva other than periodontal measurements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per finding on a tooth.</source>
        <translation>One entry per finding on a tooth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI two-digit tooth number, e.g. 16 (permanent) or 75 (primary).</source>
        <translation>FDI two-digit tooth number, e.g. 16 (permanent) or 75 (primary).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surfaces involved; empty when none is said.</source>
        <translation>Surfaces involved; empty when none is said.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of finding.</source>
        <translation>The kind of finding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the finding as said: extent, material, grade, symptoms.</source>
        <translation>Details of the finding as said: extent, material, grade, symptoms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodontal status: pocket depths, bleeding on probing, recession, furcations, plaque and calculus.</source>
        <translation>Periodontal status: pocket depths, bleeding on probing, recession, furcations, plaque and calculus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Radiographs taken and what they show.</source>
        <translation>Radiographs taken and what they show.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnoses the clinician stated.</source>
        <translation>The diagnoses the clinician stated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment the clinician proposed or agreed with the patient, in order, with the next steps.</source>
        <translation>The treatment the clinician proposed or agreed with the patient, in order, with the next steps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for the visit.</source>
        <translation>The reason for the visit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedures performed, in order.</source>
        <translation>The procedures performed, in order.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI two-digit tooth number, or null when the procedure is not on one tooth.</source>
        <translation>FDI two-digit tooth number, or null when the procedure is not on one tooth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done, e.g. composite restoration MO, extraction, root canal treatment.</source>
        <translation>What was done, e.g. composite restoration MO, extraction, root canal treatment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Materials used, as said.</source>
        <translation>Materials used, as said.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local anaesthesia: agent, amount and technique, as said.</source>
        <translation>Local anaesthesia: agent, amount and technique, as said.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications during the treatment, or null when none were mentioned.</source>
        <translation>Complications during the treatment, or null when none were mentioned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions given to the patient after the treatment.</source>
        <translation>Instructions given to the patient after the treatment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next: the next appointment and the treatment planned for it.</source>
        <translation>What happens next: the next appointment and the treatment planned for it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short title saying what the visit or session was about.</source>
        <translation>A short title saying what the visit or session was about.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note, in short paragraphs.</source>
        <translation>The note, in short paragraphs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the patient reports: the reason for the visit, symptoms, history, feelings and concerns in their own terms.</source>
        <translation>What the patient reports: the reason for the visit, symptoms, history, feelings and concerns in their own terms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinician observed or measured: examination findings, test results, observed behaviour and presentation.</source>
        <translation>What the clinician observed or measured: examination findings, test results, observed behaviour and presentation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinician&apos;s assessment: interpretation, diagnosis or working hypothesis, progress since the last session, risk.</source>
        <translation>The clinician&apos;s assessment: interpretation, diagnosis or working hypothesis, progress since the last session, risk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan: treatment, interventions, homework, referrals, prescriptions and the next session.</source>
        <translation>The plan: treatment, interventions, homework, referrals, prescriptions and the next session.</translation>
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
        <translation>No practitioner</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../core/export/CalendarExport.cpp" line="+19"/>
        <source>The export&apos;s last day is before its first.</source>
        <translation>The export&apos;s last day is before its first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>More than %1 appointments: export a shorter range.</source>
        <translation>More than %1 appointments: export a shorter range.</translation>
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
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar could not be saved to “%1”: %2</source>
        <translation>The calendar could not be saved to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+26"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Unknown %1 subcommand &quot;%2&quot;.</source>
        <translation>Unknown %1 subcommand &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 needs a subcommand: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</source>
        <translation>Usage: clinicdesk-cli [--vault DIR] [--user NAME] &lt;command&gt; ...  (clinicdesk-cli help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+27"/>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="-23"/>
        <location filename="../app/cli/CommandContext.cpp" line="+67"/>
        <source>Unknown option --%1 for this command.</source>
        <translation>Unknown option --%1 for this command.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+6"/>
        <source>Too many arguments.</source>
        <translation>Too many arguments.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinicdesk-cli: The two passwords differ.
</source>
        <translation>clinicdesk-cli: The two passwords differ.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="+30"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="+51"/>
        <source>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="-3"/>
        <location line="+10"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="+27"/>
        <source>init needs --admin NAME.</source>
        <translation>init needs --admin NAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="+35"/>
        <source>The profession must be dentist or therapist.</source>
        <translation>The profession must be dentist or therapist.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../app/cli/CommandContext.cpp" line="-10"/>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="+20"/>
        <source>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</source>
        <translation>No recovery code: set CLINICDESK_RECOVERY_CODE or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new password was given.</source>
        <translation>No new password was given.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 was reset with the recovery code.</source>
        <translation>The password of %1 was reset with the recovery code.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-7"/>
        <source>user add needs --role admin, practitioner or receptionist.</source>
        <translation>user add needs --role admin, practitioner or receptionist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No password for the new user: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="+24"/>
        <source>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</source>
        <translation>No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="+31"/>
        <source>patient add needs --first-name and --last-name.</source>
        <translation>patient add needs --first-name and --last-name.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</source>
        <translation>clinicdesk-cli: warning: another patient has the same national identity number (%1).
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="+23"/>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="+24"/>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="+23"/>
        <source>--limit takes a positive whole number.</source>
        <translation>--limit takes a positive whole number.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="+32"/>
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
        <source>Alerts:         %1</source>
        <translation>Alerts:         %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinical notes: %1</source>
        <translation>Clinical notes: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="+29"/>
        <source>appointment add needs --patient ID, --start ISO8601 and --minutes N.</source>
        <translation>appointment add needs --patient ID, --start ISO8601 and --minutes N.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="+38"/>
        <source>--minutes takes a whole number of minutes.</source>
        <translation>--minutes takes a whole number of minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-8"/>
        <source>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="+24"/>
        <source>--day takes a real date written as YYYY-MM-DD.</source>
        <translation>--day takes a real date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="+35"/>
        <source>The audit log failed verification: %1</source>
        <translation>The audit log failed verification: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is intact: %1 entries, chain and anchor verified.</source>
        <translation>The audit log is intact: %1 entries, chain and anchor verified.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="+21"/>
        <source>backup create needs --out FILE.</source>
        <translation>backup create needs --out FILE.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written to %1 (%2 patients, %3 audit entries).</source>
        <translation>Backup written to %1 (%2 patients, %3 audit entries).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-5"/>
        <source>backup restore needs --to DIR.</source>
        <translation>backup restore needs --to DIR.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored the backup into %1 (%2 patients).</source>
        <translation>Restored the backup into %1 (%2 patients).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-21"/>
        <source>The check was not recorded in the vault: %1</source>
        <translation>The check was not recorded in the vault: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</source>
        <translation>The backup is intact: it opens, passes the integrity check and its audit chain verifies (%1 patients, %2 audit entries).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded in the vault as its last verified backup.</source>
        <translation>Recorded in the vault as its last verified backup.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="+48"/>
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
        <location line="+24"/>
        <source>The encounter belongs to another patient.</source>
        <translation>The encounter belongs to another patient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="+30"/>
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
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+20"/>
        <source>recording export needs --out FILE.</source>
        <translation>recording export needs --out FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandContext.cpp" line="+35"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 already exists; choose another file name.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="+16"/>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+25"/>
        <source>recording import needs --patient ID.</source>
        <translation>recording import needs --patient ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="+39"/>
        <source>clinicdesk-cli: no unfinished recordings.
</source>
        <translation>clinicdesk-cli: no unfinished recordings.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="+45"/>
        <source>clinicdesk-cli: no audio inputs found.
</source>
        <translation>clinicdesk-cli: no audio inputs found.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteContentFile.cpp" line="+13"/>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a JSON object.</source>
        <translation>The file %1 is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobWait.cpp" line="+21"/>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout needs a number of seconds.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Job %1 is still waiting (%2). It runs by itself in ClinicDesk or with clinicdesk-cli jobs run.</source>
        <translation>Job %1 is still waiting (%2). It runs by itself in ClinicDesk or with clinicdesk-cli jobs run.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 ended %2: %3</source>
        <translation>Job %1 ended %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+81"/>
        <source>The task must be transcription or notes.</source>
        <translation>The task must be transcription or notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--api-key-stdin needs --task.</source>
        <translation>--api-key-stdin needs --task.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key was given on standard input.</source>
        <translation>No API key was given on standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiOptions.cpp" line="+40"/>
        <source>The provider must be openai, azure or compatible.</source>
        <translation>The provider must be openai, azure or compatible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The base URL must be an http or https address, like https://api.openai.com/v1.</source>
        <translation>The base URL must be an http or https address, like https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>config ai --task needs --model.</source>
        <translation>config ai --task needs --model.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure and compatible providers need --base-url.</source>
        <translation>Azure and compatible providers need --base-url.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language must be sv, pl, en, af or auto.</source>
        <translation>The language must be sv, pl, en, af or auto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The note language must be sv, pl, en or af.</source>
        <translation>The note language must be sv, pl, en or af.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--privacy takes on or off.</source>
        <translation>--privacy takes on or off.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The currency is a three-letter code, like USD.</source>
        <translation>The currency is a three-letter code, like USD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--budget takes USER=AMOUNT (&quot;none&quot; removes it; 0 holds every AI job of that user).</source>
        <translation>--budget takes USER=AMOUNT (&quot;none&quot; removes it; 0 holds every AI job of that user).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The budget must be an amount like 25 or 12.50.</source>
        <translation>The budget must be an amount like 25 or 12.50.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--price takes MODEL=PER_AUDIO_MINUTE,PER_MILLION_INPUT_TOKENS,PER_MILLION_OUTPUT_TOKENS.</source>
        <translation>--price takes MODEL=PER_AUDIO_MINUTE,PER_MILLION_INPUT_TOKENS,PER_MILLION_OUTPUT_TOKENS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prices must be amounts like 0.006.</source>
        <translation>Prices must be amounts like 0.006.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="+50"/>
        <source>Set the provider for this task first (--provider, --model), then its key.</source>
        <translation>Set the provider for this task first (--provider, --model), then its key.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>language %1, note language %2, privacy placeholders %3, parts of at most %4 min, %5 in parallel</source>
        <translation>language %1, note language %2, privacy placeholders %3, parts of at most %4 min, %5 in parallel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="+27"/>
        <source>note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free).</source>
        <translation>note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="+21"/>
        <source>note list needs --encounter ID.</source>
        <translation>note list needs --encounter ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="+26"/>
        <source>Signed; content hash %1</source>
        <translation>Signed; content hash %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="+21"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+20"/>
        <source>note %1 needs --content-file FILE (a JSON object in the template&apos;s shape).</source>
        <translation>note %1 needs --content-file FILE (a JSON object in the template&apos;s shape).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="+16"/>
        <source>Revision %1 saved.</source>
        <translation>Revision %1 saved.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="+22"/>
        <source>note export needs --pdf FILE.</source>
        <translation>note export needs --pdf FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="+37"/>
        <source> (custom)</source>
        <translation> (custom)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="+28"/>
        <source>%n job(s) ran.</source>
        <translation>
            <numerusform>%n job ran.</numerusform>
            <numerusform>%n jobs ran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n job(s) still waiting.</source>
        <translation>
            <numerusform>%n job still waiting.</numerusform>
            <numerusform>%n jobs still waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="+34"/>
        <source>The month must look like 2026-11.</source>
        <translation>The month must look like 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentCancelCommand.cpp" line="+18"/>
        <source>appointment cancel needs ID and --reason R.</source>
        <translation>appointment cancel needs ID and --reason R.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentExportCommand.cpp" line="+38"/>
        <source>appointment export needs --ics FILE.</source>
        <translation>appointment export needs --ics FILE.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--from and --to take real dates written as YYYY-MM-DD.</source>
        <translation>--from and --to take real dates written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to is before --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n appointment(s) written to %1</source>
        <translation>
            <numerusform>%n appointment written to %1</numerusform>
            <numerusform>%n appointments written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <source>appointment move needs ID and --start ISO8601.</source>
        <translation>appointment move needs ID and --start ISO8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="+22"/>
        <source>The status is booked, arrived, in-progress, done or no-show (cancel with clinicdesk-cli appointment cancel ID --reason R).</source>
        <translation>The status is booked, arrived, in-progress, done or no-show (cancel with clinicdesk-cli appointment cancel ID --reason R).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentWarnings.cpp" line="+22"/>
        <source>clinicdesk-cli: warning: this appointment starts in the past.
</source>
        <translation>clinicdesk-cli: warning: this appointment starts in the past.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinicdesk-cli: warning: this is outside the practitioner&apos;s working hours.
</source>
        <translation>clinicdesk-cli: warning: this is outside the practitioner&apos;s working hours.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicSetCommand.cpp" line="+37"/>
        <source>clinic set needs at least one of --name, --address, --vat-number, --phone, --email, --logo or --remove-logo.</source>
        <translation>clinic set needs at least one of --name, --address, --vat-number, --phone, --email, --logo or --remove-logo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give --logo or --remove-logo, not both.</source>
        <translation>Give --logo or --remove-logo, not both.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The clinic&apos;s profile was saved.</source>
        <translation>The clinic&apos;s profile was saved.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="+59"/>
        <source>Name:        %1</source>
        <translation>Name:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:     %1</source>
        <translation>Address:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number:  %1</source>
        <translation>VAT number:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:       %1</source>
        <translation>Phone:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:      %1</source>
        <translation>E-mail:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:        %1</source>
        <translation>Logo:        %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral:    %1</source>
        <translation>Referral:    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the built-in letter</source>
        <translation>the built-in letter</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the clinic&apos;s own template (%n character(s))</source>
        <translation>
            <numerusform>the clinic&apos;s own template (%n character)</numerusform>
            <numerusform>the clinic&apos;s own template (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="+22"/>
        <source>note referral needs --pdf FILE.</source>
        <translation>note referral needs --pdf FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="+47"/>
        <source>Merged %1 into %2; moved: %3.</source>
        <translation>Merged %1 into %2; moved: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserDisableCommand.cpp" line="+29"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 is disabled and can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="+28"/>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 is enabled and can sign in again.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="+25"/>
        <source>user role needs --role admin, practitioner or receptionist.</source>
        <translation>user role needs --role admin, practitioner or receptionist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profession must be dentist, therapist or none.</source>
        <translation>The profession must be dentist, therapist or none.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession: %1.</source>
        <translation>Profession: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1.</source>
        <translation>Licence: %1.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+93"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>See clinicdesk-cli help %1.</source>
        <translation>See clinicdesk-cli help %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the vault folder (default: $CLINICDESK_VAULT, else ClinicDesk&apos;s data folder)</source>
        <translation>the vault folder (default: $CLINICDESK_VAULT, else ClinicDesk&apos;s data folder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who signs in (default: the vault&apos;s only administrator)</source>
        <translation>who signs in (default: the vault&apos;s only administrator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>clinicdesk-cli help COMMAND (or COMMAND --help) shows a command&apos;s arguments and options.</source>
        <translation>clinicdesk-cli help COMMAND (or COMMAND --help) shows a command&apos;s arguments and options.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),
CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.
Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,
5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error,
8 the AI provider could not be reached or refused (the job&apos;s reason is printed).</source>
        <translation>Passwords: CLINICDESK_PASSWORD (signing in), CLINICDESK_NEW_PASSWORD (init, user add/passwd/recover),
CLINICDESK_RECOVERY_CODE (user recover); otherwise a prompt without echo.
Exit codes: 0 ok, 1 usage, 2 wrong password or locked, 3 not found, 4 invalid input,
5 vault refused (damaged, newer, not a vault, tampered backup), 6 permission denied, 7 system error,
8 the AI provider could not be reached or refused (the job&apos;s reason is printed).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It signs in as --user; the password comes from CLINICDESK_PASSWORD or a prompt without echo.</source>
        <translation>It signs in as --user; the password comes from CLINICDESK_PASSWORD or a prompt without echo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentAddCommand.cpp" line="-27"/>
        <source>books an appointment and prints its id</source>
        <translation>books an appointment and prints its id</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-29"/>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="-61"/>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="-11"/>
        <source>the patient&apos;s id</source>
        <translation>the patient&apos;s id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when it starts, like 2026-12-01T09:30 (local time without an offset)</source>
        <translation>when it starts, like 2026-12-01T09:30 (local time without an offset)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long it takes</source>
        <translation>how long it takes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practitioner&apos;s user name</source>
        <translation>the practitioner&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason for the visit (no clinical detail)</source>
        <translation>the reason for the visit (no clinical detail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <source>books it even if it overlaps another booking of the practitioner</source>
        <translation>books it even if it overlaps another booking of the practitioner</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentListCommand.cpp" line="-10"/>
        <source>lists one local day&apos;s appointments</source>
        <translation>lists one local day&apos;s appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day (default today)</source>
        <translation>the day (default today)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentExportCommand.cpp" line="-59"/>
        <source>writes appointments as an iCalendar file for a phone&apos;s calendar, naming patients only as the clinic&apos;s calendar privacy setting allows (audited)</source>
        <translation>writes appointments as an iCalendar file for a phone&apos;s calendar, naming patients only as the clinic&apos;s calendar privacy setting allows (audited)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write; an existing one is refused</source>
        <translation>the .ics file to write; an existing one is refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one practitioner&apos;s user name (default: the whole clinic)</source>
        <translation>one practitioner&apos;s user name (default: the whole clinic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day (default today)</source>
        <translation>the first day (default today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day, included (default 90 days after the first)</source>
        <translation>the last day, included (default 90 days after the first)</translation>
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
        <translation>prints JSON instead of text</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AudioDevicesCommand.cpp" line="-2"/>
        <source>lists the audio inputs: id, name, default, preferred rate and channels</source>
        <translation>lists the audio inputs: id, name, default, preferred rate and channels</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditListCommand.cpp" line="-1"/>
        <source>lists the audit log, newest first (administrators only)</source>
        <translation>lists the audit log, newest first (administrators only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N entries (default 100)</source>
        <translation>at most N entries (default 100)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AuditVerifyCommand.cpp" line="-2"/>
        <source>recomputes the audit log&apos;s hash chain and checks it against the anchor file</source>
        <translation>recomputes the audit log&apos;s hash chain and checks it against the anchor file</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCreateCommand.cpp" line="-3"/>
        <source>writes the vault into one encrypted file while in use (administrators only)</source>
        <translation>writes the vault into one encrypted file while in use (administrators only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file to write</source>
        <translation>the backup file to write</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupRestoreCommand.cpp" line="-4"/>
        <source>verifies a backup, then writes it as a new vault into an empty or new folder</source>
        <translation>verifies a backup, then writes it as a new vault into an empty or new folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-1"/>
        <source>the backup file</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder of the new vault</source>
        <translation>the folder of the new vault</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ConfigAiCommand.cpp" line="-135"/>
        <source>sets AI providers, API keys, languages, limits, prices, budgets; or shows them</source>
        <translation>sets AI providers, API keys, languages, limits, prices, budgets; or shows them</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the task whose provider or key is set</source>
        <translation>the task whose provider or key is set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task&apos;s provider</source>
        <translation>the task&apos;s provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the model (for Azure classic: the deployment)</source>
        <translation>the model (for Azure classic: the deployment)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s http or https address (Azure and compatible)</source>
        <translation>the provider&apos;s http or https address (Azure and compatible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Azure API version (default 2024-10-21)</source>
        <translation>the Azure API version (default 2024-10-21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses Azure&apos;s {endpoint}/openai/v1</source>
        <translation>uses Azure&apos;s {endpoint}/openai/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends the key as a Bearer token instead of api-key</source>
        <translation>sends the key as a Bearer token instead of api-key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets the task&apos;s fallback provider instead</source>
        <translation>sets the task&apos;s fallback provider instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reads the task&apos;s API key from one line of standard input into the keychain</source>
        <translation>reads the task&apos;s API key from one line of standard input into the keychain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletes the task&apos;s API key from the keychain</source>
        <translation>deletes the task&apos;s API key from the keychain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the transcription language (auto: detected)</source>
        <translation>the transcription language (auto: detected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms that help the transcription</source>
        <translation>terms that help the transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language of notes</source>
        <translation>the language of notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaces names and national ids with placeholders in notes</source>
        <translation>replaces names and national ids with placeholders in notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest part of a recording sent in one request</source>
        <translation>the longest part of a recording sent in one request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many parts are sent at once</source>
        <translation>how many parts are sent at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request timeout</source>
        <translation>the request timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the currency of prices (three letters)</source>
        <translation>the currency of prices (three letters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model&apos;s price per audio minute and per million input and output tokens</source>
        <translation>a model&apos;s price per audio minute and per million input and output tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a user&apos;s monthly budget (none removes it; 0 holds every job)</source>
        <translation>a user&apos;s monthly budget (none removes it; 0 holds every job)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the settings after the changes</source>
        <translation>prints the settings after the changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the stored settings as JSON (no keys)</source>
        <translation>prints the stored settings as JSON (no keys)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/EgressListCommand.cpp" line="-2"/>
        <source>lists every request that left this computer, newest first</source>
        <translation>lists every request that left this computer, newest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N requests (default 1000)</source>
        <translation>at most N requests (default 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InitCommand.cpp" line="-40"/>
        <source>creates a vault in an empty or new folder; prints the recovery code once</source>
        <translation>creates a vault in an empty or new folder; prints the recovery code once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first administrator&apos;s user name</source>
        <translation>the first administrator&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-33"/>
        <source>the name shown for the user</source>
        <translation>the name shown for the user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the administrator&apos;s profession, if clinical</source>
        <translation>the administrator&apos;s profession, if clinical</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-1"/>
        <source>the professional licence number</source>
        <translation>the professional licence number</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsCancelCommand.cpp" line="+12"/>
        <source>cancels a job that has not ended; a running job&apos;s result is not kept (audited)</source>
        <translation>cancels a job that has not ended; a running job&apos;s result is not kept (audited)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="+14"/>
        <source>the job&apos;s id</source>
        <translation>the job&apos;s id</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsListCommand.cpp" line="-2"/>
        <source>lists the jobs, newest first: id, kind, state, progress, last error</source>
        <translation>lists the jobs, newest first: id, kind, state, progress, last error</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsRetryCommand.cpp" line="-2"/>
        <source>queues a stopped job again, due now, with a fresh attempt count (audited)</source>
        <translation>queues a stopped job again, due now, with a fresh attempt count (audited)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/JobsRunCommand.cpp" line="-17"/>
        <source>runs every job that is due now; prints how many ran and how many still wait</source>
        <translation>runs every job that is due now; prints how many ran and how many still wait</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteAddendumCommand.cpp" line="-8"/>
        <source>corrects a signed note with a new draft that amends it; prints its id</source>
        <translation>corrects a signed note with a new draft that amends it; prints its id</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="-8"/>
        <source>the signed note&apos;s id</source>
        <translation>the signed note&apos;s id</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="-20"/>
        <source>a JSON object in the template&apos;s shape</source>
        <translation>a JSON object in the template&apos;s shape</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteEditCommand.cpp" line="-3"/>
        <source>saves a new revision of a draft; a signed note is refused</source>
        <translation>saves a new revision of a draft; a signed note is refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="-6"/>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="-1"/>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="-12"/>
        <source>the note&apos;s id</source>
        <translation>the note&apos;s id</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteExportCommand.cpp" line="-1"/>
        <source>writes a note as a PDF (audited)</source>
        <translation>writes a note as a PDF (audited)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="+2"/>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="-19"/>
        <source>the file to write; an existing one is refused</source>
        <translation>the file to write; an existing one is refused</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteGenerateCommand.cpp" line="-14"/>
        <source>queues a note from an encounter&apos;s transcripts; prints the job id (--wait: the note id)</source>
        <translation>queues a note from an encounter&apos;s transcripts; prints the job id (--wait: the note id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-1"/>
        <source>the encounter&apos;s id</source>
        <translation>the encounter&apos;s id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dental-exam, dental-treatment, soap, dap, birp, free or the clinic&apos;s own</source>
        <translation>dental-exam, dental-treatment, soap, dap, birp, free or the clinic&apos;s own</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+16"/>
        <source>runs the queue until the job ends</source>
        <translation>runs the queue until the job ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="+2"/>
        <source>how long --wait waits (default 900)</source>
        <translation>how long --wait waits (default 900)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteListCommand.cpp" line="-2"/>
        <source>lists an encounter&apos;s notes: id, template, draft or signed, last change</source>
        <translation>lists an encounter&apos;s notes: id, template, draft or signed, last change</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteShowCommand.cpp" line="-2"/>
        <source>shows a note&apos;s content, and a notice if the transcript was summarised</source>
        <translation>shows a note&apos;s content, and a notice if the transcript was summarised</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteSignCommand.cpp" line="-2"/>
        <source>signs a draft and prints its SHA-256 content hash; it cannot change afterwards</source>
        <translation>signs a draft and prints its SHA-256 content hash; it cannot change afterwards</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientAddCommand.cpp" line="-49"/>
        <source>adds a patient and prints the new id; warns if another has the same national id</source>
        <translation>adds a patient and prints the new id; warns if another has the same national id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first name</source>
        <translation>the first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last name</source>
        <translation>the last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of birth</source>
        <translation>the date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personnummer, samordningsnummer, PESEL or South African ID; checked when given</source>
        <translation>personnummer, samordningsnummer, PESEL or South African ID; checked when given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the phone number</source>
        <translation>the phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address</source>
        <translation>the e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal address</source>
        <translation>the postal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinical notes (clinical roles only)</source>
        <translation>clinical notes (clinical roles only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alerts such as allergies (clinical roles only)</source>
        <translation>alerts such as allergies (clinical roles only)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientListCommand.cpp" line="-1"/>
        <source>lists patients&apos; demographics, sorted by last name</source>
        <translation>lists patients&apos; demographics, sorted by last name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N patients (default 1000)</source>
        <translation>at most N patients (default 1000)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientSearchCommand.cpp" line="-3"/>
        <source>searches by name prefix (diacritics folded), national id, phone digits, e-mail</source>
        <translation>searches by name prefix (diacritics folded), national id, phone digits, e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what to look for</source>
        <translation>what to look for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N patients (default 50)</source>
        <translation>at most N patients (default 50)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordCommand.cpp" line="-2"/>
        <source>records from the microphone until --seconds or Ctrl+C; prints the recording id</source>
        <translation>records from the microphone until --seconds or Ctrl+C; prints the recording id</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="+2"/>
        <source>an encounter of that patient (default: a new one)</source>
        <translation>an encounter of that patient (default: a new one)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stops after N seconds (1 to 86400)</source>
        <translation>stops after N seconds (1 to 86400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an input&apos;s id or name from audio devices (default: the system&apos;s default input)</source>
        <translation>an input&apos;s id or name from audio devices (default: the system&apos;s default input)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records the patient&apos;s consent on the encounter</source>
        <translation>records the patient&apos;s consent on the encounter</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingExportCommand.cpp" line="-4"/>
        <source>writes a recording&apos;s Ogg Opus file, unencrypted, at your request (audited)</source>
        <translation>writes a recording&apos;s Ogg Opus file, unencrypted, at your request (audited)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="-3"/>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="-1"/>
        <source>the recording&apos;s id</source>
        <translation>the recording&apos;s id</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingImportCommand.cpp" line="-5"/>
        <source>imports a wav, mp3, m4a, ogg, webm or flac file as a recording and prints its id</source>
        <translation>imports a wav, mp3, m4a, ogg, webm or flac file as a recording and prints its id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audio file</source>
        <translation>the audio file</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingListCommand.cpp" line="-3"/>
        <source>lists recordings, newest first; warns when some wait for recovery</source>
        <translation>lists recordings, newest first; warns when some wait for recovery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this patient&apos;s recordings</source>
        <translation>only this patient&apos;s recordings</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RecordingRecoverCommand.cpp" line="-1"/>
        <source>closes recordings left unfinished by a crash or a kill (audited)</source>
        <translation>closes recordings left unfinished by a crash or a kill (audited)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TemplateListCommand.cpp" line="-1"/>
        <source>lists the note templates: key, name, built-in or custom</source>
        <translation>lists the note templates: key, name, built-in or custom</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TranscribeCommand.cpp" line="-2"/>
        <source>queues a recording&apos;s transcription; prints the job id (--wait: the transcript id)</source>
        <translation>queues a recording&apos;s transcription; prints the job id (--wait: the transcript id)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TranscriptShowCommand.cpp" line="-2"/>
        <source>shows the newest transcript of a recording, one timed segment per line</source>
        <translation>shows the newest transcript of a recording, one timed segment per line</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UsageCommand.cpp" line="-2"/>
        <source>a month&apos;s AI usage per user and model, with the estimated cost</source>
        <translation>a month&apos;s AI usage per user and model, with the estimated cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the month (default this one)</source>
        <translation>the month (default this one)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserAddCommand.cpp" line="-6"/>
        <source>adds a user with a role (administrators only) and prints the new id</source>
        <translation>adds a user with a role (administrators only) and prints the new id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new user&apos;s sign-in name</source>
        <translation>the new user&apos;s sign-in name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-52"/>
        <source>what the user may see and do</source>
        <translation>what the user may see and do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dentist or therapist</source>
        <translation>dentist or therapist</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserListCommand.cpp" line="-1"/>
        <source>lists the users and their roles</source>
        <translation>lists the users and their roles</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserPasswdCommand.cpp" line="-20"/>
        <source>changes one&apos;s own password, or anyone&apos;s for an administrator</source>
        <translation>changes one&apos;s own password, or anyone&apos;s for an administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose password changes</source>
        <translation>whose password changes</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRecoverCommand.cpp" line="-26"/>
        <source>sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)</source>
        <translation>sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whose password is reset</source>
        <translation>whose password is reset</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentCancelCommand.cpp" line="-7"/>
        <source>cancels a booking; the reason is kept</source>
        <translation>cancels a booking; the reason is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-5"/>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="-8"/>
        <source>the appointment&apos;s id</source>
        <translation>the appointment&apos;s id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why, in a sentence (no clinical detail)</source>
        <translation>why, in a sentence (no clinical detail)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentMoveCommand.cpp" line="-1"/>
        <source>moves or resizes a booking</source>
        <translation>moves or resizes a booking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new start, like 2026-12-01T09:30 (local time without an offset)</source>
        <translation>the new start, like 2026-12-01T09:30 (local time without an offset)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new length (default: unchanged)</source>
        <translation>the new length (default: unchanged)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AppointmentStatusCommand.cpp" line="-2"/>
        <source>marks a booking booked, arrived, in-progress, done or no-show</source>
        <translation>marks a booking booked, arrived, in-progress, done or no-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booked, arrived, in-progress, done or no-show</source>
        <translation>booked, arrived, in-progress, done or no-show</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupVerifyCommand.cpp" line="-2"/>
        <source>checks a backup&apos;s tag, integrity and audit chain, opening it as --user; a backup of --vault is recorded there as verified</source>
        <translation>checks a backup&apos;s tag, integrity and audit chain, opening it as --user; a backup of --vault is recorded there as verified</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicSetCommand.cpp" line="-65"/>
        <source>changes the clinic&apos;s profile and letterhead (admin only; audited)</source>
        <translation>changes the clinic&apos;s profile and letterhead (admin only; audited)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s name as letters show it</source>
        <translation>the clinic&apos;s name as letters show it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the postal address; lines separated by line breaks</source>
        <translation>the postal address; lines separated by line breaks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VAT or tax number</source>
        <translation>the VAT or tax number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s phone number</source>
        <translation>the clinic&apos;s phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s e-mail address</source>
        <translation>the clinic&apos;s e-mail address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a PNG, JPEG or SVG file, stored as a PNG of at most 600 px</source>
        <translation>a PNG, JPEG or SVG file, stored as a PNG of at most 600 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the letterhead without a logo</source>
        <translation>prints the letterhead without a logo</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ClinicShowCommand.cpp" line="-1"/>
        <source>shows the clinic&apos;s profile and letterhead</source>
        <translation>shows the clinic&apos;s profile and letterhead</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/NoteReferralCommand.cpp" line="-3"/>
        <source>writes a referral letter from a signed note as a PDF (audited)</source>
        <translation>writes a referral letter from a signed note as a PDF (audited)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to whom the letter is addressed</source>
        <translation>to whom the letter is addressed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason for the referral</source>
        <translation>the reason for the referral</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientMergeCommand.cpp" line="-6"/>
        <source>moves everything of a duplicate record into the kept one and closes the duplicate (administrators; audited; cannot be undone)</source>
        <translation>moves everything of a duplicate record into the kept one and closes the duplicate (administrators; audited; cannot be undone)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record that stays</source>
        <translation>the record that stays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record of the same person entered again</source>
        <translation>the record of the same person entered again</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PatientShowCommand.cpp" line="-3"/>
        <source>shows one patient record (audited); alerts and clinical notes only for clinical roles</source>
        <translation>shows one patient record (audited); alerts and clinical notes only for clinical roles</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserDisableCommand.cpp" line="-18"/>
        <source>disables a user (administrators only): they can no longer sign in; what they wrote stays theirs</source>
        <translation>disables a user (administrators only): they can no longer sign in; what they wrote stays theirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="-16"/>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-2"/>
        <source>the user&apos;s sign-in name</source>
        <translation>the user&apos;s sign-in name</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserEnableCommand.cpp" line="-1"/>
        <source>enables a disabled user again (administrators only)</source>
        <translation>enables a disabled user again (administrators only)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/UserRoleCommand.cpp" line="-2"/>
        <source>changes a user&apos;s role, profession and licence number (administrators only)</source>
        <translation>changes a user&apos;s role, profession and licence number (administrators only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dentist, therapist or none (default: unchanged)</source>
        <translation>dentist, therapist or none (default: unchanged)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the licence number, or none (default: unchanged)</source>
        <translation>the licence number, or none (default: unchanged)</translation>
    </message>
</context>
<context>
    <name>ClinicLogo</name>
    <message>
        <location filename="../core/export/ClinicLogo.cpp" line="+40"/>
        <source>The logo is not an image ClinicDesk can read.</source>
        <translation>The logo is not an image ClinicDesk can read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logo could not be converted to PNG.</source>
        <translation>The logo could not be converted to PNG.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The logo is too detailed to store. Choose a simpler image.</source>
        <translation>The logo is too detailed to store. Choose a simpler image.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” cannot be read.</source>
        <translation>“%1” cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is larger than 20 MiB; a logo is much smaller.</source>
        <translation>“%1” is larger than 20 MiB; a logo is much smaller.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>“%1” is not a PNG, JPEG or SVG image.</source>
        <translation>“%1” is not a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PNG, %1 × %2 px, %3 KiB</source>
        <translation>PNG, %1 × %2 px, %3 KiB</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsStore</name>
    <message>
        <location filename="../core/repo/ClinicSettingsStore.cpp" line="+65"/>
        <source>The clinic&apos;s settings stored in this vault cannot be read. An administrator can set them again in Settings.</source>
        <translation>The clinic&apos;s settings stored in this vault cannot be read. An administrator can set them again in Settings.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clinic&apos;s name can have at most 200 characters.</source>
        <translation>The clinic&apos;s name can have at most 200 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address can have at most 1000 characters.</source>
        <translation>The address can have at most 1000 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clinic&apos;s e-mail address is not valid: it needs an @ and no spaces.</source>
        <translation>The clinic&apos;s e-mail address is not valid: it needs an @ and no spaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG image.</source>
        <translation>The logo must be a PNG image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo can be at most 512 KiB.</source>
        <translation>The logo can be at most 512 KiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-lock is off (0) or after 1 to 240 minutes.</source>
        <translation>Auto-lock is off (0) or after 1 to 240 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working hours end after they start, within one day.</source>
        <translation>Working hours end after they start, within one day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The referral letter&apos;s template can have at most 20000 characters.</source>
        <translation>The referral letter&apos;s template can have at most 20000 characters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator may change the clinic&apos;s settings.</source>
        <translation>Only an administrator may change the clinic&apos;s settings.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+53"/>
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
    <name>DemoClinic</name>
    <message>
        <location filename="../ui/demo/DemoClinic.cpp" line="+80"/>
        <source>Demo microphone</source>
        <translation>Demo microphone</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Lindby Dental &amp; Therapy</source>
        <translation>Lindby Dental &amp; Therapy</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo needs its patients first.</source>
        <translation>The demo needs its patients first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-up</source>
        <translation>Check-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The patient is travelling.</source>
        <translation>The patient is travelling.</translation>
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
        <translation>The document does not exist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A document needs a file name of 1 to %1 characters.</source>
        <translation>A document needs a file name of 1 to %1 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty; there is nothing to keep.</source>
        <translation>The file is empty; there is nothing to keep.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than %1 MiB, the most a document may be.</source>
        <translation>The file is larger than %1 MiB, the most a document may be.</translation>
    </message>
</context>
<context>
    <name>EncounterRepository</name>
    <message>
        <location filename="../core/repo/EncounterRepository.cpp" line="+147"/>
        <source>The appointment was cancelled; open the patient&apos;s record to start an encounter.</source>
        <translation>The appointment was cancelled; open the patient&apos;s record to start an encounter.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+36"/>
        <source>The encounter does not exist.</source>
        <translation>The encounter does not exist.</translation>
    </message>
</context>
<context>
    <name>EncounterService</name>
    <message>
        <location filename="../ui/services/EncounterService.cpp" line="+57"/>
        <source>The recording could not be saved to “%1”: %2</source>
        <translation>The recording could not be saved to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+483"/>
        <source>The request to %1 has an invalid header.</source>
        <translation>The request to %1 has an invalid header.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API key contains characters that cannot be sent to %1.</source>
        <translation>The API key contains characters that cannot be sent to %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The request to %1 has an invalid method.</source>
        <translation>The request to %1 has an invalid method.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <location line="+86"/>
        <source>The request to %1 was cancelled.</source>
        <translation>The request to %1 was cancelled.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The answer from %1 was larger than %2, so it was not read.</source>
        <translation>The answer from %1 was larger than %2, so it was not read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1 took too long.</source>
        <translation>Connecting to %1 took too long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took too long to answer.</source>
        <translation>%1 took too long to answer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address of %1 is not valid.</source>
        <translation>The address of %1 is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be found. Check the internet connection.</source>
        <translation>%1 could not be found. Check the internet connection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server for %1 could not be found.</source>
        <translation>The proxy server for %1 could not be found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect to %1.</source>
        <translation>Could not connect to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s certificate could not be verified, so the connection to %1 was refused.</source>
        <translation>The server&apos;s certificate could not be verified, so the connection to %1 was refused.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A secure connection to %1 could not be established.</source>
        <translation>A secure connection to %1 could not be established.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to %1 was lost.</source>
        <translation>The connection to %1 was lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>The request to %1 failed.</source>
        <translation>The request to %1 failed.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The address %1 is not a valid web address.</source>
        <translation>The address %1 is not a valid web address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network library could not be started.</source>
        <translation>The network library could not be started.</translation>
    </message>
</context>
<context>
    <name>ICalendarExporter</name>
    <message>
        <location filename="../core/export/ICalendarExporter.cpp" line="+63"/>
        <location line="+5"/>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <location filename="../core/jobs/JobRepository.cpp" line="+59"/>
        <source>The job does not exist.</source>
        <translation>The job does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job was cancelled or taken over while it ran; its result was not kept.</source>
        <translation>The job was cancelled or taken over while it ran; its result was not kept.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A job needs a kind.</source>
        <translation>A job needs a kind.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>The job is already running.</source>
        <translation>The job is already running.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+179"/>
        <source>The job has already finished.</source>
        <translation>The job has already finished.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The job is not waiting to run. Retry it first.</source>
        <translation>The job is not waiting to run. Retry it first.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The job has already finished and cannot be cancelled.</source>
        <translation>The job has already finished and cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Another job for the same recording or note is already waiting or running, so this one is not queued again.</source>
        <translation>Another job for the same recording or note is already waiting or running, so this one is not queued again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The job is running now.</source>
        <translation>The job is running now.</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <location filename="../core/util/JsonSchema.cpp" line="+183"/>
        <source>At #: the root of the schema must be an object, not anyOf.</source>
        <translation>At #: the root of the schema must be an object, not anyOf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At #: the root of the schema must have &quot;type&quot;: &quot;object&quot;.</source>
        <translation>At #: the root of the schema must have &quot;type&quot;: &quot;object&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At #/$defs: $defs must be an object of named schemas.</source>
        <translation>At #/$defs: $defs must be an object of named schemas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At #: the schema has %1 properties in all; strict mode allows at most %2.</source>
        <translation>At #: the schema has %1 properties in all; strict mode allows at most %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At #: the schema has %1 enum values in all; strict mode allows at most %2.</source>
        <translation>At #: the schema has %1 enum values in all; strict mode allows at most %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: a schema must be a JSON object.</source>
        <translation>At %1: a schema must be a JSON object.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: &quot;type&quot; must be one of string, number, integer, boolean, object, array or null, or a list of different ones.</source>
        <translation>At %1: &quot;type&quot; must be one of string, number, integer, boolean, object, array or null, or a list of different ones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: the schema has no &quot;type&quot;.</source>
        <translation>At %1: the schema has no &quot;type&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: &quot;$ref&quot; must point to a schema in the root&apos;s $defs.</source>
        <translation>At %1: &quot;$ref&quot; must point to a schema in the root&apos;s $defs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: $defs is supported only at the root of the schema.</source>
        <translation>At %1: $defs is supported only at the root of the schema.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;enum&quot; must be a non-empty list.</source>
        <translation>At %1: &quot;enum&quot; must be a non-empty list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;enum&quot; values must be strings, numbers, booleans or null.</source>
        <translation>At %1: &quot;enum&quot; values must be strings, numbers, booleans or null.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: &quot;anyOf&quot; must be a non-empty list of schemas.</source>
        <translation>At %1: &quot;anyOf&quot; must be a non-empty list of schemas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At %1: an array needs &quot;items&quot; with one schema for its elements.</source>
        <translation>At %1: an array needs &quot;items&quot; with one schema for its elements.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: objects are nested more than %2 levels deep.</source>
        <translation>At %1: objects are nested more than %2 levels deep.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: every object needs &quot;additionalProperties&quot;: false.</source>
        <translation>At %1: every object needs &quot;additionalProperties&quot;: false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;properties&quot; must be an object of named schemas.</source>
        <translation>At %1: &quot;properties&quot; must be an object of named schemas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At %1: every object needs &quot;required&quot; listing all of its properties.</source>
        <translation>At %1: every object needs &quot;required&quot; listing all of its properties.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: &quot;required&quot; must list every property; missing: %2.</source>
        <translation>At %1: &quot;required&quot; must list every property; missing: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At %1: &quot;required&quot; names properties that are not defined: %2.</source>
        <translation>At %1: &quot;required&quot; names properties that are not defined: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At %1: &quot;%2&quot; is not supported in strict mode.</source>
        <translation>At %1: &quot;%2&quot; is not supported in strict mode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1: the keyword &quot;%2&quot; is not supported in strict mode.</source>
        <translation>At %1: the keyword &quot;%2&quot; is not supported in strict mode.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: &quot;%2&quot; must be text.</source>
        <translation>At %1: &quot;%2&quot; must be text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;pattern&quot; must be a valid regular expression.</source>
        <translation>At %1: &quot;pattern&quot; must be a valid regular expression.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: &quot;format&quot; must be one of %2.</source>
        <translation>At %1: &quot;format&quot; must be one of %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;%2&quot; must be a number.</source>
        <translation>At %1: &quot;%2&quot; must be a number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: &quot;multipleOf&quot; must be a number greater than zero.</source>
        <translation>At %1: &quot;multipleOf&quot; must be a number greater than zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: &quot;%2&quot; must be a whole number, zero or more.</source>
        <translation>At %1: &quot;%2&quot; must be a whole number, zero or more.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: &quot;minItems&quot; is greater than &quot;maxItems&quot;.</source>
        <translation>At %1: &quot;minItems&quot; is greater than &quot;maxItems&quot;.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>At %1: the schema is nested too deeply to check.</source>
        <translation>At %1: the schema is nested too deeply to check.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At %1: there is no value.</source>
        <translation>At %1: there is no value.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the schema refers to a definition that does not exist.</source>
        <translation>At %1: the schema refers to a definition that does not exist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>At %1: expected %2, found %3.</source>
        <translation>At %1: expected %2, found %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the value is not one of the allowed values.</source>
        <translation>At %1: the value is not one of the allowed values.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the value is not the one the schema requires.</source>
        <translation>At %1: the value is not the one the schema requires.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At %1: the value matches none of the allowed forms.</source>
        <translation>At %1: the value matches none of the allowed forms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the schema&apos;s pattern is not a valid regular expression.</source>
        <translation>At %1: the schema&apos;s pattern is not a valid regular expression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: the text does not match the pattern %2.</source>
        <translation>At %1: the text does not match the pattern %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: the text is shorter than %2 characters.</source>
        <translation>At %1: the text is shorter than %2 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the text is longer than %2 characters.</source>
        <translation>At %1: the text is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1: the number is less than the minimum %2.</source>
        <translation>At %1: the number is less than the minimum %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the number is greater than the maximum %2.</source>
        <translation>At %1: the number is greater than the maximum %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: the number must be greater than %2.</source>
        <translation>At %1: the number must be greater than %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At %1: the number must be less than %2.</source>
        <translation>At %1: the number must be less than %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the number is not a multiple of %2.</source>
        <translation>At %1: the number is not a multiple of %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the list has fewer than %2 items.</source>
        <translation>At %1: the list has fewer than %2 items.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1: the list has more than %2 items.</source>
        <translation>At %1: the list has more than %2 items.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: the list must be empty.</source>
        <translation>At %1: the list must be empty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At %1: a required property is missing.</source>
        <translation>At %1: a required property is missing.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At %1: the object has properties the schema does not allow (%2).</source>
        <translation>At %1: the object has properties the schema does not allow (%2).</translation>
    </message>
</context>
<context>
    <name>KeyEnvelope</name>
    <message>
        <location filename="../core/crypto/KeyEnvelope.cpp" line="+90"/>
        <location line="+63"/>
        <location line="+38"/>
        <source>The key file keys.json is damaged.</source>
        <translation>The key file keys.json is damaged.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This key envelope opens with the keychain, not a password.</source>
        <translation>This key envelope opens with the keychain, not a password.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This key envelope does not open with a keychain key.</source>
        <translation>This key envelope does not open with a keychain key.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/crypto/KeyFile.cpp" line="+19"/>
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
        <location line="+15"/>
        <source>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</source>
        <translation>The key file keys.json is damaged. Restore it from a backup or open the vault from a backup file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</source>
        <translation>The vault&apos;s key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>The key file keys.json could not be written: %1</source>
        <translation>The key file keys.json could not be written: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+22"/>
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
    <name>Letterhead</name>
    <message>
        <location filename="../core/export/Letterhead.cpp" line="+60"/>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT no. %1</source>
        <translation>VAT no. %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+44"/>
        <source>The vault could not be brought up to date: its records do not fit together. It was not changed.</source>
        <translation>The vault could not be brought up to date: its records do not fit together. It was not changed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</source>
        <translation>This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). Update ClinicDesk to open it; the vault was not changed.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A schema migration is missing from this build of ClinicDesk.</source>
        <translation>A schema migration is missing from this build of ClinicDesk.</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../core/domain/NationalId.cpp" line="+71"/>
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
    <name>NoteGenerator</name>
    <message>
        <location filename="../core/ai/NoteGenerator.cpp" line="+144"/>
        <source>There is no transcript to write the note from. Transcribe a recording of this encounter first.</source>
        <translation>There is no transcript to write the note from. Transcribe a recording of this encounter first.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The transcript was too long for one request, so it was summarised in %1 parts and the note was written from the summaries. Check the note against the transcript.</source>
        <translation>The transcript was too long for one request, so it was summarised in %1 parts and the note was written from the summaries. Check the note against the transcript.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The provider&apos;s answer did not contain a note.</source>
        <translation>The provider&apos;s answer did not contain a note.</translation>
    </message>
</context>
<context>
    <name>NotePdfExporter</name>
    <message>
        <location filename="../core/export/NotePdfExporter.cpp" line="+139"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>DRAFT – not signed</source>
        <translation>DRAFT – not signed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Addendum: %1</source>
        <translation>Addendum: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This note may still change. It is not part of the signed record.</source>
        <translation>This note may still change. It is not part of the signed record.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>licence no. %1</source>
        <translation>licence no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note ID</source>
        <translation>Note ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This addendum corrects or completes note %1</source>
        <translation>This addendum corrects or completes note %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(SHA-256 %1)</source>
        <translation>(SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original note is unchanged.</source>
        <translation>The original note is unchanged.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed electronically by %1 on %2. The signed note cannot be changed; corrections are added as addenda.</source>
        <translation>Signed electronically by %1 on %2. The signed note cannot be changed; corrections are added as addenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content SHA-256:</source>
        <translation>Content SHA-256:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <location filename="../core/export/LetterheadPdf.cpp" line="+64"/>
        <source>PDF export needs the graphical part of the application.</source>
        <translation>PDF export needs the graphical part of the application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 already exists. Choose another file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+41"/>
        <location line="+41"/>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <location filename="../core/export/NotePdfExporter.cpp" line="+13"/>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <location filename="../core/export/LetterheadPdf.cpp" line="-109"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/repo/NoteRepository.cpp" line="+73"/>
        <source>The note does not exist.</source>
        <translation>The note does not exist.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>A note needs an encounter and a template.</source>
        <translation>A note needs an encounter and a template.</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+117"/>
        <source>The note template does not exist.</source>
        <translation>The note template does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A note was already written for this job.</source>
        <translation>A note was already written for this job.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This note is signed and cannot be changed; add an addendum instead.</source>
        <translation>This note is signed and cannot be changed; add an addendum instead.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This note is already signed.</source>
        <translation>This note is already signed.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This draft does not match its template yet (%n problem(s); the first: %1). Fix the marked fields and save the draft, then sign it.</source>
        <translation>
            <numerusform>This draft does not match its template yet (%n problem: %1). Fix the marked field and save the draft, then sign it.</numerusform>
            <numerusform>This draft does not match its template yet (%n problems; the first: %1). Fix the marked fields and save the draft, then sign it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Only a signed note takes an addendum; this draft can still be edited.</source>
        <translation>Only a signed note takes an addendum; this draft can still be edited.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The note is not signed, so it has no hash to verify.</source>
        <translation>The note is not signed, so it has no hash to verify.</translation>
    </message>
</context>
<context>
    <name>NoteSchemaField</name>
    <message>
        <location filename="../ui/encounter/NoteSchemaField.cpp" line="+261"/>
        <source>%1: “%2” is not a Universal tooth number (1–32 or A–T).</source>
        <translation>%1: “%2” is not a Universal tooth number (1–32 or A–T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not an FDI tooth number (e.g. 16 or 75).</source>
        <translation>%1: “%2” is not an FDI tooth number (e.g. 16 or 75).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: choose one of %2.</source>
        <translation>%1: choose one of %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: enter a number.</source>
        <translation>%1: enter a number.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1: “%2” is not a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is not a number.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2” is not one of %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: this is not valid JSON.</source>
        <translation>%1: this is not valid JSON.</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <location filename="../ui/services/NoteService.cpp" line="+77"/>
        <source>“%1” could not be replaced.</source>
        <translation>“%1” could not be replaced.</translation>
    </message>
</context>
<context>
    <name>NoteTemplateRepository</name>
    <message>
        <location filename="../core/repo/NoteTemplateRepository.cpp" line="+30"/>
        <source>Dental examination</source>
        <translation>Dental examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dental examination: complaint, history changes, extraoral and soft-tissue findings, findings per tooth (FDI), periodontal status, radiographs, diagnosis and treatment plan.</source>
        <translation>A dental examination: complaint, history changes, extraoral and soft-tissue findings, findings per tooth (FDI), periodontal status, radiographs, diagnosis and treatment plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dental treatment</source>
        <translation>Dental treatment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dental treatment visit: complaint, procedures per tooth (FDI) with materials and anaesthesia, complications, post-operative instructions and the next visit.</source>
        <translation>A dental treatment visit: complaint, procedures per tooth (FDI) with materials and anaesthesia, complications, post-operative instructions and the next visit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOAP note</source>
        <translation>SOAP note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjective, Objective, Assessment and Plan: the classic structure for a clinical visit or therapy session.</source>
        <translation>Subjective, Objective, Assessment and Plan: the classic structure for a clinical visit or therapy session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAP note</source>
        <translation>DAP note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data, Assessment and Plan: a compact session note common in therapy and counselling.</source>
        <translation>Data, Assessment and Plan: a compact session note common in therapy and counselling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIRP note</source>
        <translation>BIRP note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour, Intervention, Response and Plan: a session note focused on the client&apos;s behaviour and response to interventions.</source>
        <translation>Behaviour, Intervention, Response and Plan: a session note focused on the client&apos;s behaviour and response to interventions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free-text note: a short title and the note itself, for anything the structured templates do not fit.</source>
        <translation>A free-text note: a short title and the note itself, for anything the structured templates do not fit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The note template does not exist.</source>
        <translation>The note template does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note template needs a name.</source>
        <translation>A note template needs a name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template name can have at most %1 characters.</source>
        <translation>A template name can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A built-in note template is missing from this installation.</source>
        <translation>A built-in note template is missing from this installation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A built-in note template is damaged in this installation.</source>
        <translation>A built-in note template is damaged in this installation.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>There is no note template &quot;%1&quot;. Valid templates: %2.</source>
        <translation>There is no note template &quot;%1&quot;. Valid templates: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The built-in template &quot;%1&quot; cannot be changed. Copy it and edit the copy.</source>
        <translation>The built-in template &quot;%1&quot; cannot be changed. Copy it and edit the copy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A template key may have 1 to 64 characters: letters a-z and A-Z, digits, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>A template key may have 1 to 64 characters: letters a-z and A-Z, digits, &quot;_&quot; and &quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;%1&quot; belongs to a built-in template.</source>
        <translation>The key &quot;%1&quot; belongs to a built-in template.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A note template with the key &quot;%1&quot; already exists.</source>
        <translation>A note template with the key &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A note template needs instructions for the model.</source>
        <translation>A note template needs instructions for the model.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The instructions can have at most %1 characters.</source>
        <translation>The instructions can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template&apos;s schema cannot be used for notes: %1</source>
        <translation>The template&apos;s schema cannot be used for notes: %1</translation>
    </message>
</context>
<context>
    <name>OggOpusDecoder</name>
    <message>
        <location filename="../core/audio/OggOpusDecoder.cpp" line="+11"/>
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
    <name>OggOpusSplitter</name>
    <message>
        <location filename="../core/audio/OggOpusSplitter.cpp" line="+124"/>
        <source>The recording is not an Ogg Opus audio stream.</source>
        <translation>The recording is not an Ogg Opus audio stream.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The recording holds more than one audio stream and cannot be split.</source>
        <translation>The recording holds more than one audio stream and cannot be split.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>The recording contains no audio.</source>
        <translation>The recording contains no audio.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>The size limits for recording parts must be positive.</source>
        <translation>The size limits for recording parts must be positive.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The recording cannot be split into parts as small as the provider requires.</source>
        <translation>The recording cannot be split into parts as small as the provider requires.</translation>
    </message>
</context>
<context>
    <name>OpenAiClient</name>
    <message>
        <location filename="../core/ai/OpenAiClient.cpp" line="+201"/>
        <source>The request to %1 was cancelled.</source>
        <translation>The request to %1 was cancelled.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account at %1 has run out of credit or reached its spending limit. Check the plan and billing with the provider; the work waits until then.</source>
        <translation>The account at %1 has run out of credit or reached its spending limit. Check the plan and billing with the provider; the work waits until then.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy (rate limit reached); the request will be retried.</source>
        <translation>%1 is busy (rate limit reached); the request will be retried.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not answer (HTTP %2); the request will be retried.</source>
        <translation>%1 could not answer (HTTP %2); the request will be retried.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request was too large for %1 (%2).</source>
        <translation>The request was too large for %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 refused the request: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gave an unexpected answer (HTTP %2).</source>
        <translation>%1 gave an unexpected answer (HTTP %2).</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 Check the provider in AI &gt; AI settings.</source>
        <translation>%1 Check the provider in AI &gt; AI settings.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key was refused by %1. Enter a new key in AI &gt; AI settings.</source>
        <translation>The API key was refused by %1. Enter a new key in AI &gt; AI settings.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The model or deployment &quot;%1&quot; was not found at %2. Check the provider and model in AI &gt; AI settings.</source>
        <translation>The model or deployment &quot;%1&quot; was not found at %2. Check the provider and model in AI &gt; AI settings.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No AI provider and model are set up for this task. Set them in AI &gt; AI settings.</source>
        <translation>No AI provider and model are set up for this task. Set them in AI &gt; AI settings.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No API key is stored for %1. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</source>
        <translation>No API key is stored for %1. Enter it in AI &gt; AI settings or with clinicdesk-cli config ai --api-key-stdin.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiAnswer.cpp" line="+40"/>
        <source>The provider&apos;s answer was not valid JSON (%1).</source>
        <translation>The provider&apos;s answer was not valid JSON (%1).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The answer from %1 holds no transcription.</source>
        <translation>The answer from %1 holds no transcription.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiClient.cpp" line="+27"/>
        <source>The recording part to transcribe is empty.</source>
        <translation>The recording part to transcribe is empty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording part is too large to send to %1 (at most 25 MiB per request).</source>
        <translation>The recording part is too large to send to %1 (at most 25 MiB per request).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The answer format has an invalid name.</source>
        <translation>The answer format has an invalid name.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The server at %1 does not support structured (JSON schema) answers, which notes need.</source>
        <translation>The server at %1 does not support structured (JSON schema) answers, which notes need.</translation>
    </message>
    <message>
        <location filename="../core/ai/OpenAiAnswer.cpp" line="+22"/>
        <source>The model refused to write this answer: &quot;%1&quot;</source>
        <translation>The model refused to write this answer: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was cut off because it became too long (too long for the output limit). Try a shorter input or a larger limit.</source>
        <translation>The answer was cut off because it became too long (too long for the output limit). Try a shorter input or a larger limit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>The provider&apos;s content filter stopped the answer.</translation>
    </message>
</context>
<context>
    <name>OpusStreamEncoder</name>
    <message>
        <location filename="../core/audio/OpusStreamEncoder.cpp" line="+31"/>
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
        <location filename="../core/crypto/PasswordKdf.cpp" line="+11"/>
        <source>The key derivation was given a malformed salt.</source>
        <translation>The key derivation was given a malformed salt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There was not enough memory to derive the key from the password. Close other programs and try again.</source>
        <translation>There was not enough memory to derive the key from the password. Close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <location filename="../core/repo/PatientMerge.cpp" line="+52"/>
        <source>A record cannot be merged into itself.</source>
        <translation>A record cannot be merged into itself.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The patient does not exist (or was already merged or removed).</source>
        <translation>The patient does not exist (or was already merged or removed).</translation>
    </message>
</context>
<context>
    <name>PatientRecordService</name>
    <message>
        <location filename="../ui/services/PatientRecordService.cpp" line="+80"/>
        <source>“%1” is larger than %2 MiB, the most a document may be.</source>
        <translation>“%1” is larger than %2 MiB, the most a document may be.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document could not be saved to “%1”: %2</source>
        <translation>The document could not be saved to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <location filename="../core/repo/PatientValidator.cpp" line="+45"/>
        <source>A patient needs a first name and a last name.</source>
        <translation>A patient needs a first name and a last name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the last name.</source>
        <translation>Enter the last name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name can have at most %1 characters.</source>
        <translation>A name can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date of birth must be a real date written as YYYY-MM-DD.</source>
        <translation>The date of birth must be a real date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is before 1880; check the year.</source>
        <translation>The date of birth is before 1880; check the year.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The date of birth does not match the one in the national identity number.</source>
        <translation>The date of birth does not match the one in the national identity number.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</source>
        <translation>The phone number may contain only digits, spaces, brackets, dots, dashes and a leading +.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The e-mail address is not valid (it should look like name@example.com).</source>
        <translation>The e-mail address is not valid (it should look like name@example.com).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address can have at most %1 characters.</source>
        <translation>The address can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The alerts can have at most %1 characters.</source>
        <translation>The alerts can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clinical notes are too long.</source>
        <translation>The clinical notes are too long.</translation>
    </message>
    <message>
        <location filename="../core/repo/PatientRepository.cpp" line="+102"/>
        <location line="+119"/>
        <location line="+66"/>
        <location line="+68"/>
        <source>The patient does not exist.</source>
        <translation>The patient does not exist.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This record was merged into the record of %1 (ID %2); open that one.</source>
        <translation>This record was merged into the record of %1 (ID %2); open that one.</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <location filename="../core/ai/ProviderConfig.cpp" line="+60"/>
        <source>The address &quot;%1&quot; is not a web address (it starts with https://).</source>
        <translation>The address &quot;%1&quot; is not a web address (it starts with https://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address &quot;%1&quot; must start with https://: without it, recordings and notes would cross the network unencrypted (plain http:// is only for a server on this computer, such as http://localhost:8080/v1).</source>
        <translation>The address &quot;%1&quot; must start with https://: without it, recordings and notes would cross the network unencrypted (plain http:// is only for a server on this computer, such as http://localhost:8080/v1).</translation>
    </message>
</context>
<context>
    <name>RecordingImporter</name>
    <message>
        <location filename="../core/audio/RecordingImporter.cpp" line="+35"/>
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
        <location filename="../core/repo/RecordingRepository.cpp" line="+39"/>
        <source>The recording does not exist.</source>
        <translation>The recording does not exist.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The patient declined to be recorded in this encounter, so it cannot be recorded.</source>
        <translation>The patient declined to be recorded in this encounter, so it cannot be recorded.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The recording is no longer being captured.</source>
        <translation>The recording is no longer being captured.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The recording was discarded.</source>
        <translation>The recording was discarded.</translation>
    </message>
</context>
<context>
    <name>ReferralSource</name>
    <message>
        <location filename="../core/export/ReferralSource.cpp" line="+22"/>
        <source>A referral letter is written from a signed note. Sign the note first.</source>
        <translation>A referral letter is written from a signed note. Sign the note first.</translation>
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
    <name>RunnerJobContext</name>
    <message>
        <location filename="../core/jobs/RunnerJobContext.cpp" line="+45"/>
        <source>The job&apos;s result was already saved.</source>
        <translation>The job&apos;s result was already saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job was cancelled; its result was not kept.</source>
        <translation>The job was cancelled; its result was not kept.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The job was cancelled or taken over while it ran; its result was not kept.</source>
        <translation>The job was cancelled or taken over while it ran; its result was not kept.</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <location filename="../core/ai/Transcriber.cpp" line="+124"/>
        <source>The transcription was cancelled.</source>
        <translation>The transcription was cancelled.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A part of the recording was not sent.</source>
        <translation>A part of the recording was not sent.</translation>
    </message>
</context>
<context>
    <name>TranscriptRepository</name>
    <message>
        <location filename="../core/repo/TranscriptRepository.cpp" line="+77"/>
        <source>A transcript needs the recording it was made from.</source>
        <translation>A transcript needs the recording it was made from.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording does not exist.</source>
        <translation>The recording does not exist.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The transcript does not exist.</source>
        <translation>The transcript does not exist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This recording has not been transcribed yet.</source>
        <translation>This recording has not been transcribed yet.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/repo/UserRepository.cpp" line="+46"/>
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
        <location line="+22"/>
        <source>There is already a user called %1.</source>
        <translation>There is already a user called %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The user does not exist.</source>
        <translation>The user does not exist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user called %1.</source>
        <translation>There is no user called %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is the last active administrator and cannot be disabled. Make another user an administrator first.</source>
        <translation>%1 is the last active administrator and cannot be disabled. Make another user an administrator first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You cannot disable your own account. Another administrator can do it.</source>
        <translation>You cannot disable your own account. Another administrator can do it.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is the last active administrator and must stay one. Make another user an administrator first.</source>
        <translation>%1 is the last active administrator and must stay one. Make another user an administrator first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You cannot change your own role. Another administrator can do it.</source>
        <translation>You cannot change your own role. Another administrator can do it.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/storage/Vault.cpp" line="+98"/>
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
        <location line="+7"/>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer does not remember this user. Enter the password.</source>
        <translation>This computer does not remember this user. Enter the password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key remembered on this computer no longer opens the vault. Enter the password.</source>
        <translation>The key remembered on this computer no longer opens the vault. Enter the password.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This vault has no recovery envelope.</source>
        <translation>This vault has no recovery envelope.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery code is not correct.</source>
        <translation>The recovery code is not correct.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+79"/>
        <source>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</source>
        <translation>The audit anchor file %1 is missing: the log&apos;s end cannot be confirmed.</translation>
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
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This user account is disabled. Ask an administrator to enable it.</source>
        <translation>This user account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This vault&apos;s administrators have changed: say which user you are.</source>
        <translation>This vault&apos;s administrators have changed: say which user you are.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AdministratorPage</name>
    <message>
        <location filename="../ui/firstrun/AdministratorPage.cpp" line="+25"/>
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
    <name>clinicdesk::AiSettingsPage</name>
    <message>
        <location filename="../ui/settings/AiSettingsPage.cpp" line="+45"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator can change these settings. You can still store this computer&apos;s API keys and test the connection.</source>
        <translation>Only an administrator can change these settings. You can still store this computer&apos;s API keys and test the connection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;AI settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AI settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription and notes</source>
        <translation>Transcription and notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets</source>
        <translation>Prices and budgets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each task can use its own provider. API keys are kept in this computer&apos;s keychain, never in the clinic&apos;s vault: enter the key on every computer that sends requests.</source>
        <translation>Each task can use its own provider. API keys are kept in this computer&apos;s keychain, never in the clinic&apos;s vault: enter the key on every computer that sends requests.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+72"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Fallback provider (used when the first cannot be reached)</source>
        <translation>Fallback provider (used when the first cannot be reached)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the key and that the model is offered, with the values shown here (a key typed above is stored first).</source>
        <translation>Checks the key and that the model is offered, with the values shown here (a key typed above is stored first).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words the recordings often contain, in their language: tooth numbers, materials, drug names…</source>
        <translation>Words the recordings often contain, in their language: tooth numbers, materials, drug names…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace names and national ids with placeholders before writing notes</source>
        <translation>Replace names and national ids with placeholders before writing notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the recordings:</source>
        <translation>Language of the recordings:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary:</source>
        <translation>Vocabulary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest part sent at once:</source>
        <translation>Longest part sent at once:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts sent at the same time:</source>
        <translation>Parts sent at the same time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the notes:</source>
        <translation>Language of the notes:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per audio minute</source>
        <translation>Per audio minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million input tokens</source>
        <translation>Per million input tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per million output tokens</source>
        <translation>Per million output tokens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add model</source>
        <translation>&amp;Add model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove model</source>
        <translation>&amp;Remove model</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimates for the usage page and the budgets; the provider&apos;s invoice is what counts. Models not listed count as free.</source>
        <translation>Estimates for the usage page and the budgets; the provider&apos;s invoice is what counts. Models not listed count as free.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly budget per user</source>
        <translation>Monthly budget per user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget per month (empty: none)</source>
        <translation>Budget per month (empty: none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a user&apos;s AI requests this month reach the budget, their further jobs wait until an administrator raises it or the month ends.</source>
        <translation>Once a user&apos;s AI requests this month reach the budget, their further jobs wait until an administrator raises it or the month ends.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, fallback provider: %2</source>
        <translation>%1, fallback provider: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The currency is a three-letter code such as USD, EUR, SEK or PLN.</source>
        <translation>The currency is a three-letter code such as USD, EUR, SEK or PLN.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The price &quot;%1&quot; for %2 is not an amount (write it like 0.006 or 2.50).</source>
        <translation>The price &quot;%1&quot; for %2 is not an amount (write it like 0.006 or 2.50).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The budget &quot;%1&quot; for %2 is not an amount (write it like 50 or 49.90).</source>
        <translation>The budget &quot;%1&quot; for %2 is not an amount (write it like 50 or 49.90).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The AI settings are saved.</source>
        <translation>The AI settings are saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to %1: the key works and the model &quot;%2&quot; is available.
Models offered: %3</source>
        <translation>Connected to %1: the key works and the model &quot;%2&quot; is available.
Models offered: %3</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+154"/>
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
        <source>Stop the recording first, then change the language.</source>
        <translation>Stop the recording first, then change the language.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+22"/>
        <location line="+27"/>
        <source>ClinicDesk could not remember you on this computer: %1</source>
        <translation>ClinicDesk could not remember you on this computer: %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This computer now remembers you.</source>
        <translation>This computer now remembers you.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Locking the vault…</source>
        <translation>Locking the vault…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AudioPlayer</name>
    <message>
        <location filename="../core/audio/AudioPlayer.cpp" line="+50"/>
        <source>No audio output device is available.</source>
        <translation>No audio output device is available.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audio output device cannot play recordings.</source>
        <translation>The audio output device cannot play recordings.</translation>
    </message>
    <message>
        <location line="+115"/>
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
    <name>clinicdesk::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+62"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Back to Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between dates</source>
        <translation>Between dates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To (included)</source>
        <translation>To (included)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute the hash chain and compare its end with the anchor kept outside the database</source>
        <translation>Recompute the hash chain and compare its end with the anchor kept outside the database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entries the filters show, as a CSV file</source>
        <translation>The entries the filters show, as a CSV file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sign-in, change, opened record, export and backup, each entry chained to the one before so that a changed or removed entry shows.</source>
        <translation>Every sign-in, change, opened record, export and backup, each entry chained to the one before so that a changed or removed entry shows.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;riod</source>
        <translation>Pe&amp;riod</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, disabled)</source>
        <translation>%1 (%2, disabled)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <location line="+160"/>
        <source>%n entry(s) in the log</source>
        <translation>
            <numerusform>%n entry in the log</numerusform>
            <numerusform>%n entries in the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-159"/>
        <source>%n entry(s) match</source>
        <translation>
            <numerusform>%n entry matches</numerusform>
            <numerusform>%n entries match</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Intact and anchored: all %1 entries follow one another unchanged, and entry %2, recorded outside the database when the vault was last locked, is still the same.</source>
        <translation>Intact and anchored: all %1 entries follow one another unchanged, and entry %2, recorded outside the database when the vault was last locked, is still the same.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chain breaks at entry %1: %2 Entries from there on cannot be trusted; keep this vault as it is and restore a verified backup into a new folder to compare.</source>
        <translation>The chain breaks at entry %1: %2 Entries from there on cannot be trusted; keep this vault as it is and restore a verified backup into a new folder to compare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end of the log cannot be confirmed: %1</source>
        <translation>The end of the log cannot be confirmed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is intact</source>
        <translation>The audit log is intact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audit log is broken</source>
        <translation>The audit log is broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entry %1</source>
        <translation>Show entry %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditService</name>
    <message>
        <location filename="../ui/services/AuditService.cpp" line="+138"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="+15"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup cancelled</source>
        <translation>Backup cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup verified</source>
        <translation>Backup verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered on a computer</source>
        <translation>Remembered on a computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgotten on a computer</source>
        <translation>Forgotten on a computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retried</source>
        <translation>Retried</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note template</source>
        <translation>Note template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI job</source>
        <translation>AI job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupCredentialsDialog</name>
    <message>
        <location filename="../ui/backups/BackupCredentialsDialog.cpp" line="+19"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a backup of another vault. To check it, enter the sign-in name and password of a user in that vault.</source>
        <translation>%1 is a backup of another vault. To check it, enter the sign-in name and password of a user in that vault.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in name in the backup</source>
        <translation>Sign-in name in the backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the only administrator</source>
        <translation>Empty: the only administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password in the backup</source>
        <translation>Password in the backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Sign-in name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the backup</source>
        <translation>Check the backup</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupService</name>
    <message>
        <location filename="../ui/services/BackupService.cpp" line="-124"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The backup was written but failed its check (%1) and was removed. Try again, or choose another drive.</source>
        <translation>The backup was written but failed its check (%1) and was removed. Try again, or choose another drive.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupStatusIndicator</name>
    <message>
        <location filename="../ui/backups/BackupStatusIndicator.cpp" line="+31"/>
        <source>Last backup: …</source>
        <translation>Last backup: …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No verified backup yet — overdue</source>
        <translation>No verified backup yet — overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault has no verified backup.</source>
        <translation>This vault has no verified backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup: %1 — overdue</source>
        <translation>Last backup: %1 — overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: the last verified backup was made %1, more than a day ago.</source>
        <translation>Overdue: the last verified backup was made %1, more than a day ago.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last verified backup was made %1.</source>
        <translation>The last verified backup was made %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Settings › Backups to make one.</source>
        <translation>Open Settings › Backups to make one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator makes backups in Settings › Backups.</source>
        <translation>An administrator makes backups in Settings › Backups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue.</source>
        <translation>Overdue.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupTaskPanel</name>
    <message>
        <location filename="../ui/backups/BackupTaskPanel.cpp" line="+23"/>
        <source>The file is a ClinicDesk backup and its key opens</source>
        <translation>The file is a ClinicDesk backup and its key opens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete and unmodified (a keyed tag over the whole file)</source>
        <translation>Complete and unmodified (a keyed tag over the whole file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database inside is intact (integrity check)</source>
        <translation>The database inside is intact (integrity check)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log inside is unbroken, up to its last entry</source>
        <translation>The audit log inside is unbroken, up to its last entry</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop now: nothing is left behind (Esc)</source>
        <translation>Stop now: nothing is left behind (Esc)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copying the vault…</source>
        <translation>Copying the vault…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the backup file…</source>
        <translation>Writing the backup file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the backup…</source>
        <translation>Opening the backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking that the file is complete and unmodified…</source>
        <translation>Checking that the file is complete and unmodified…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the database out of the file…</source>
        <translation>Reading the database out of the file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the audit log…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing the restored vault…</source>
        <translation>Finishing the restored vault…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking now</source>
        <translation>checking now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BackupsPage</name>
    <message numerus="yes">
        <location filename="../ui/backups/BackupsPage.cpp" line="+50"/>
        <source>%n patient(s), %1 audit entries, %2</source>
        <translation>
            <numerusform>%n patient, %1 audit entries, %2</numerusform>
            <numerusform>%n patients, %1 audit entries, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Verify a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Back to Settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole vault in one encrypted file, checked right after it is written. Keep backups on a USB drive or a network share, not only on this computer.</source>
        <translation>The whole vault in one encrypted file, checked right after it is written. Keep backups on a USB drive or a network share, not only on this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+143"/>
        <source>Verify a backup file</source>
        <translation>Verify a backup file</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Checks that a file is complete and unmodified, that the database in it is intact and that its audit log is unbroken.</source>
        <translation>Checks that a file is complete and unmodified, that the database in it is intact and that its audit log is unbroken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into a new folder</source>
        <translation>Restore into a new folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a separate vault from a backup file, in a new or empty folder. This vault is not changed.</source>
        <translation>Makes a separate vault from a backup file, in a new or empty folder. This vault is not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This vault has no verified backup yet. Make one now, and keep it away from this computer.</source>
        <translation>This vault has no verified backup yet. Make one now, and keep it away from this computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last verified backup: made %1 (%2)</source>
        <translation>Last verified backup: made %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is more than a day ago: make a new one.</source>
        <translation>That is more than a day ago: make a new one.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClinicDesk backups (*.cdb)</source>
        <translation>ClinicDesk backups (*.cdb)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up to %1</source>
        <translation>Backing up to %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up and verified: %1.</source>
        <translation>Backed up and verified: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup %1 is complete and verified. Keep a copy away from this computer.</source>
        <translation>The backup %1 is complete and verified. Keep a copy away from this computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ClinicDesk backups (*.cdb);;All files (*)</source>
        <translation>ClinicDesk backups (*.cdb);;All files (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Intact: made %1; %2.</source>
        <translation>Intact: made %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an intact backup of this vault.</source>
        <translation>%1 is an intact backup of this vault.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an intact backup of another vault; it says nothing about this vault&apos;s backups.</source>
        <translation>%1 is an intact backup of another vault; it says nothing about this vault&apos;s backups.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A vault was restored into %1. This vault is unchanged.</source>
        <translation>A vault was restored into %1. This vault is unchanged.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::BookingDialog</name>
    <message>
        <location filename="../ui/calendar/BookingDialog.cpp" line="+58"/>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name, national ID or phone number</source>
        <translation>Type a name, national ID or phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the patient</source>
        <translation>Find the patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching patients</source>
        <translation>Matching patients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No practitioner</source>
        <translation>No practitioner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in minutes</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why they come, e.g. check-up (no clinical details)</source>
        <translation>Why they come, e.g. check-up (no clinical details)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the visit</source>
        <translation>Reason for the visit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;ractitioner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change the time</source>
        <translation>Change the time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Booking for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Booking for &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the patient first</source>
        <translation>Choose the patient first</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarExportDialog</name>
    <message>
        <location filename="../ui/calendar/CalendarExportDialog.cpp" line="+25"/>
        <source>Events are called “Appointment”: no patient is named.</source>
        <translation>Events are called “Appointment”: no patient is named.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients are named by their initials (“Appointment: Å. L.”).</source>
        <translation>Patients are named by their initials (“Appointment: Å. L.”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients are named in full (“Appointment: Åsa Lind”).</source>
        <translation>Patients are named in full (“Appointment: Åsa Lind”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose appointments</source>
        <translation>Whose appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole clinic</source>
        <translation>The whole clinic</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the .ics file</source>
        <translation>Choose where to save the .ics file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason for a visit is never exported. The file is not encrypted.</source>
        <translation>The reason for a visit is never exported. The file is not encrypted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Whose:</source>
        <translation>&amp;Whose:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the calendar (the file is not encrypted)</source>
        <translation>Save the calendar (the file is not encrypted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarGrid</name>
    <message>
        <location filename="../ui/calendar/CalendarGrid.cpp" line="+42"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+534"/>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2 to %3, %4</source>
        <translation>%1, %2 to %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free time, %1, %2</source>
        <translation>Free time, %1, %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/CalendarPage.cpp" line="+60"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>&amp;New booking…</source>
        <translation>&amp;New booking…</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrived</source>
        <translation>&amp;Arrived</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In progress</source>
        <translation>&amp;In progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;No-show</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to booked</source>
        <translation>&amp;Back to booked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;encounter</source>
        <translation>Open &amp;encounter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag over free time to book · drag a booking to move it, its bottom edge to resize · arrows move, %1/%2 the previous/next %3, T today, Enter opens, Delete cancels, %4 books</source>
        <translation>Drag over free time to book · drag a booking to move it, its bottom edge to resize · arrows move, %1/%2 the previous/next %3, T today, Enter opens, Delete cancels, %4 books</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week or day</source>
        <translation>week or day</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show one day</source>
        <translation>Show one day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a week</source>
        <translation>Show a week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose calendar</source>
        <translation>Whose calendar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <source>Whole clinic</source>
        <translation>Whole clinic</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Snap dragged times to</source>
        <translation>Snap dragged times to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dragged times snap to this step; hold Shift for 5 minutes</source>
        <translation>Dragged times snap to this step; hold Shift for 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15-minute steps</source>
        <translation>15-minute steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5-minute steps</source>
        <translation>5-minute steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book at the selected time</source>
        <translation>Book at the selected time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save appointments as an iCalendar file for a phone&apos;s calendar</source>
        <translation>Save appointments as an iCalendar file for a phone&apos;s calendar</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Week %1 · %2–%3</source>
        <translation>Week %1 · %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 · %2 – %3</source>
        <translation>Week %1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>The previous %1</source>
        <translation>The previous %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The next %1</source>
        <translation>The next %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Double booking</source>
        <translation>Double booking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book it anyway as a double booking, or choose another time?</source>
        <translation>Book it anyway as a double booking, or choose another time?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book anyway</source>
        <translation>&amp;Book anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose another time</source>
        <translation>&amp;Choose another time</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Booked.</source>
        <translation>Booked.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Moved.</source>
        <translation>Moved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. The booking is kept with the reason.</source>
        <translation>Cancelled. The booking is kept with the reason.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n appointment(s) exported to %1.</source>
        <translation>
            <numerusform>%n appointment exported to %1.</numerusform>
            <numerusform>%n appointments exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::CalendarSettingsPage</name>
    <message>
        <location filename="../ui/calendar/CalendarSettingsPage.cpp" line="+42"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the clinic&apos;s usual hours (Monday to Friday, 08:00–17:00)</source>
        <translation>Use the clinic&apos;s usual hours (Monday to Friday, 08:00–17:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Back to Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar shades the time outside these hours and warns when a booking falls outside them (it is still allowed).</source>
        <translation>The calendar shades the time outside these hours and warns when a booking falls outside them (it is still allowed).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 from</source>
        <translation>%1 from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 until</source>
        <translation>%1 until</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Practitioner:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported calendars</source>
        <translation>Exported calendars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar exported for a phone (iCalendar) names the patient of each appointment as chosen here. The reason for a visit is never exported.</source>
        <translation>A calendar exported for a phone (iCalendar) names the patient of each appointment as chosen here. The reason for a visit is never exported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No name: “Appointment”</source>
        <translation>No name: “Appointment”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initials: “Appointment: Å. L.” (recommended)</source>
        <translation>Initials: “Appointment: Å. L.” (recommended)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name: “Appointment: Åsa Lind”</source>
        <translation>Full name: “Appointment: Åsa Lind”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1&apos;s hours on %2 end before they start.</source>
        <translation>%1&apos;s hours on %2 end before they start.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The calendar settings are saved.</source>
        <translation>The calendar settings are saved.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CancelAppointmentDialog</name>
    <message>
        <location filename="../ui/calendar/CancelAppointmentDialog.cpp" line="+16"/>
        <source>Cancel the &amp;appointment</source>
        <translation>Cancel the &amp;appointment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? The booking is kept as cancelled, with the reason.</source>
        <translation>Cancel &lt;b&gt;%1&lt;/b&gt;? The booking is kept as cancelled, with the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required, no clinical details):</source>
        <translation>&amp;Reason (required, no clinical details):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Patient called, ill</source>
        <translation>e.g. Patient called, ill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the appointment</source>
        <translation>&amp;Keep the appointment</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ClinicProfilePage</name>
    <message>
        <location filename="../ui/settings/ClinicProfilePage.cpp" line="+57"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only an administrator can change the clinic&apos;s profile.</source>
        <translation>Only an administrator can change the clinic&apos;s profile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile and the letter template (Alt+S)</source>
        <translation>Save the profile and the letter template (Alt+S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Clinic name</source>
        <translation>Clinic name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it appears on letters and notes</source>
        <translation>As it appears on letters and notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per line of the postal address</source>
        <translation>One line per line of the postal address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street and number
Postcode and town</source>
        <translation>Street and number
Postcode and town</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT or tax number</source>
        <translation>VAT or tax number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ An e-mail address has an @ in it.</source>
        <translation>⚠ An e-mail address has an @ in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG, JPEG or SVG file; it is stored as a PNG of at most 600 px (Alt+L)</source>
        <translation>A PNG, JPEG or SVG file; it is stored as a PNG of at most 600 px (Alt+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the letterhead without a logo (Alt+R)</source>
        <translation>Print the letterhead without a logo (Alt+R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT or tax no.:</source>
        <translation>&amp;VAT or tax no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
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
        <translation>The top of the first page of every note PDF and letter. The pages after it repeat the clinic&apos;s name in a small header.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referral letter template</source>
        <translation>Referral letter template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the &amp;built-in letter</source>
        <translation>Edit the &amp;built-in letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the built-in letter in the editor to change it (Alt+B)</source>
        <translation>Put the built-in letter in the editor to change it (Alt+B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use the built-in letter</source>
        <translation>&amp;Use the built-in letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the editor: letters use the built-in text in the interface&apos;s language (Alt+U)</source>
        <translation>Empty the editor: letters use the built-in text in the interface&apos;s language (Alt+U)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of a referral letter made from a signed note. Empty: the built-in letter (shown in grey) in English, Swedish or Polish, as the interface. Placeholders are filled in when the letter is made: %1.</source>
        <translation>The text of a referral letter made from a signed note. Empty: the built-in letter (shown in grey) in English, Swedish or Polish, as the interface. Placeholders are filled in when the letter is made: %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo: the letterhead shows the clinic&apos;s name and address.</source>
        <translation>No logo: the letterhead shows the clinic&apos;s name and address.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Choose the clinic&apos;s logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the logo…</source>
        <translation>Reading the logo…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>⚠ Not a placeholder, printed as written: %1</source>
        <translation>⚠ Not a placeholder, printed as written: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the e-mail address: it has no @.</source>
        <translation>Check the e-mail address: it has no @.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. New PDFs and letters use this letterhead.</source>
        <translation>Saved. New PDFs and letters use this letterhead.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ConsentPanel</name>
    <message>
        <location filename="../ui/encounter/ConsentPanel.cpp" line="+21"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+9"/>
        <source>&amp;Recording consent:</source>
        <translation>&amp;Recording consent:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the patient whether this consultation may be recorded.</source>
        <translation>Ask the patient whether this consultation may be recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded by %1 on %2.</source>
        <translation>Recorded by %1 on %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::CreateVaultPage</name>
    <message>
        <location filename="../ui/firstrun/CreateVaultPage.cpp" line="+17"/>
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
    <name>clinicdesk::EgressLogPage</name>
    <message>
        <location filename="../ui/settings/EgressLogPage.cpp" line="+23"/>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of a long transcript</source>
        <translation>Summary of a long transcript</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection test</source>
        <translation>Connection test</translation>
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
        <translation>OpenAI-compatible</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Bytes sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Bytes received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;What left this computer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;What left this computer&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every request ClinicDesk sent to an AI provider: where it went, why and how much. The recordings and texts themselves are never written to this log.</source>
        <translation>Every request ClinicDesk sent to an AI provider: where it went, why and how much. The recordings and texts themselves are never written to this log.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n request(s) listed; %1 sent, %2 received.</source>
        <translation>
            <numerusform>%n request listed; %1 sent, %2 received.</numerusform>
            <numerusform>%n requests listed; %1 sent, %2 received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterController</name>
    <message>
        <location filename="../ui/encounter/EncounterController.cpp" line="+228"/>
        <location line="+38"/>
        <source>The recording was discarded.</source>
        <translation>The recording was discarded.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file was imported.</source>
        <translation>The file was imported.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select a recording to see its transcript.</source>
        <translation>Select a recording to see its transcript.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No transcript yet: press Transcribe.</source>
        <translation>No transcript yet: press Transcribe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The transcript has no timed segments.</source>
        <translation>The transcript has no timed segments.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That recording is not in this patient&apos;s list.</source>
        <translation>That recording is not in this patient&apos;s list.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterJobs</name>
    <message>
        <location filename="../ui/encounter/EncounterJobs.cpp" line="+230"/>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: working offline — runs when you go back online</source>
        <translation>Waiting: working offline — runs when you go back online</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: offline — runs by itself</source>
        <translation>Waiting: offline — runs by itself</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to start</source>
        <translation>Waiting to start</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transcribing… %1%</source>
        <translation>Transcribing… %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the note… %1%</source>
        <translation>Writing the note… %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting: tries again at %1 by itself</source>
        <translation>Waiting: tries again at %1 by itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: tries again at %1 by itself — %2</source>
        <translation>Waiting: tries again at %1 by itself — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs you: %1</source>
        <translation>Needs you: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>see the AI settings</source>
        <translation>see the AI settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transcript ready</source>
        <translation>Transcript ready</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note ready</source>
        <translation>Note ready</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
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
        <translation>&amp;Open encounter</translation>
    </message>
</context>
<context>
    <name>clinicdesk::EncounterPage</name>
    <message>
        <location filename="../ui/encounter/EncounterPage.cpp" line="+146"/>
        <source>Encounter started %1</source>
        <translation>Encounter started %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Stop the recording before leaving this patient</source>
        <translation>Stop the recording before leaving this patient</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Back to where you came from</source>
        <translation>Back to where you came from</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Note</source>
        <translation>Note</translation>
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
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="+37"/>
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
        <location filename="../ui/widgets/InfoBar.cpp" line="+23"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobRunner</name>
    <message>
        <location filename="../core/jobs/JobRunner.cpp" line="+284"/>
        <source>This kind of job (%1) is not known to this version of ClinicDesk.</source>
        <translation>This kind of job (%1) is not known to this version of ClinicDesk.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The request could not be completed.</source>
        <translation>The request could not be completed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gave up after %1 attempts. The last problem was: %2</source>
        <translation>Gave up after %1 attempts. The last problem was: %2</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobStatusPanel</name>
    <message>
        <location filename="../ui/encounter/JobStatusPanel.cpp" line="+23"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress of the AI job</source>
        <translation>Progress of the AI job</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try this job again now</source>
        <translation>Try this job again now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this job; nothing of it is kept</source>
        <translation>Cancel this job; nothing of it is kept</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobTableModel</name>
    <message>
        <location filename="../ui/jobs/JobTableModel.cpp" line="+35"/>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting its turn</source>
        <translation>Waiting its turn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will try again</source>
        <translation>Will try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs you</source>
        <translation>Needs you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording %1</source>
        <translation>Recording %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encounter %1</source>
        <translation>Encounter %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
</context>
<context>
    <name>clinicdesk::JobsPanel</name>
    <message>
        <location filename="../ui/jobs/JobsPanel.cpp" line="+68"/>
        <source>AI jobs</source>
        <translation>AI jobs</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work offline</source>
        <translation>Work offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI jobs of this vault</source>
        <translation>AI jobs of this vault</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop the selected job. Nothing of it is kept; Retry starts it again.</source>
        <translation>Stop the selected job. Nothing of it is kept; Retry starts it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected job again now (after fixing what it needed).</source>
        <translation>Run the selected job again now (after fixing what it needed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send nothing to the AI provider until switched off; jobs wait in the queue.</source>
        <translation>Send nothing to the AI provider until switched off; jobs wait in the queue.</translation>
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
            <numerusform>%n job not finished</numerusform>
            <numerusform>%n jobs not finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::KeychainStore</name>
    <message>
        <location filename="../core/keychain/KeychainStore.cpp" line="+97"/>
        <source>The keychain did not answer.</source>
        <translation>The keychain did not answer.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LanguagePage</name>
    <message>
        <location filename="../ui/settings/LanguagePage.cpp" line="+21"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates, times, numbers and amounts follow the language chosen. Notes and transcripts keep the language of the consultation (AI providers).</source>
        <translation>Dates, times, numbers and amounts follow the language chosen. Notes and transcripts keep the language of the consultation (AI providers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LetterheadPreview</name>
    <message>
        <location filename="../ui/settings/LetterheadPreview.cpp" line="+27"/>
        <source>Letterhead preview</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No letterhead: documents start with their own heading.</source>
        <translation>No letterhead: documents start with their own heading.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::LevelMeter</name>
    <message>
        <location filename="../ui/encounter/LevelMeter.cpp" line="+21"/>
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
        <location filename="../ui/main/MainWindow.cpp" line="+56"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClinicDesk</source>
        <translation>ClinicDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>AI jobs</source>
        <translation>AI jobs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoices, payments and receipts will be kept here in a later version of ClinicDesk.</source>
        <translation>Invoices, payments and receipts will be kept here in a later version of ClinicDesk.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working hours of each practitioner, and how much of a patient an exported calendar names.</source>
        <translation>Working hours of each practitioner, and how much of a patient an exported calendar names.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock and let someone else sign in (%1)</source>
        <translation>Lock and let someone else sign in (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n AI job(s) waiting</source>
        <translation>
            <numerusform>%n AI job waiting</numerusform>
            <numerusform>%n AI jobs waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n needs you</numerusform>
            <numerusform>%n need you</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A recording is running. Stop it before opening another patient.</source>
        <translation>A recording is running. Stop it before opening another patient.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address, VAT number and logo on every PDF; the referral letter&apos;s text.</source>
        <translation>Name, address, VAT number and logo on every PDF; the referral letter&apos;s text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English, Swedish or Polish; dates and numbers follow it.</source>
        <translation>English, Swedish or Polish; dates and numbers follow it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in and privacy</source>
        <translation>Sign-in and privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes; which practitioners see a patient&apos;s notes.</source>
        <translation>Lock after idle minutes; which practitioners see a patient&apos;s notes.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>AI providers</source>
        <translation>AI providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who transcribes and writes notes, with which keys and languages; note templates; prices and budgets.</source>
        <translation>Who transcribes and writes notes, with which keys and languages; note templates; prices and budgets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage and cost</source>
        <translation>Usage and cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the AI was used for this month, per user and model, and its estimated cost.</source>
        <translation>What the AI was used for this month, per user and model, and its estimated cost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What left this computer</source>
        <translation>What left this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request sent to an AI provider: when, by whom, where, how much. Never its content.</source>
        <translation>Every request sent to an AI provider: when, by whom, where, how much. Never its content.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AI &amp;settings…</source>
        <translation>AI &amp;settings…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Usage and cost…</source>
        <translation>&amp;Usage and cost…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;left this computer…</source>
        <translation>What &amp;left this computer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;AI</source>
        <translation>&amp;AI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>AI &amp;jobs</source>
        <translation>AI &amp;jobs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may sign in and what each may see: add users, change roles, disable accounts, set a new password.</source>
        <translation>Who may sign in and what each may see: add users, change roles, disable accounts, set a new password.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the vault now, verify a backup file, restore a backup into a new folder.</source>
        <translation>Back up the vault now, verify a backup file, restore a backup into a new folder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sign-in, change and opened record: filter, export as CSV, verify the chain.</source>
        <translation>Every sign-in, change and opened record: filter, export as CSV, verify the chain.</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>clinicdesk::NavigationRail</name>
    <message>
        <location filename="../ui/main/NavigationRail.cpp" line="+19"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: %1</source>
        <translation>Shortcut: %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteForm</name>
    <message>
        <location filename="../ui/encounter/NoteForm.cpp" line="+71"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show and play the part of the transcript this came from</source>
        <translation>Show and play the part of the transcript this came from</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Separated by commas: %1</source>
        <translation>Separated by commas: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>Show and play the part of the transcript this came from (%n segment(s))</source>
        <translation>
            <numerusform>Show and play the part of the transcript this came from (%n segment)</numerusform>
            <numerusform>Show and play the part of the transcript this came from (%n segments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::NotePanel</name>
    <message>
        <location filename="../ui/encounter/NotePanel.cpp" line="+62"/>
        <source>Note template</source>
        <translation>Note template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of note to write from the transcript</source>
        <translation>The kind of note to write from the transcript</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+534"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Tooth numbering</source>
        <translation>Tooth numbering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How tooth numbers are shown; notes always store FDI numbers</source>
        <translation>How tooth numbers are shown; notes always store FDI numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FDI (11–48)</source>
        <translation>FDI (11–48)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Universal (1–32)</source>
        <translation>Universal (1–32)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your edits as a new revision of the draft</source>
        <translation>Save your edits as a new revision of the draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+503"/>
        <source>Sign the note: it can no longer be changed; corrections become addenda</source>
        <translation>Sign the note: it can no longer be changed; corrections become addenda</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>Add &amp;addendum</source>
        <translation>Add &amp;addendum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or complete the signed note with an addendum</source>
        <translation>Correct or complete the signed note with an addendum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note as a PDF file (not encrypted)</source>
        <translation>Save the note as a PDF file (not encrypted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;eferral letter…</source>
        <translation>R&amp;eferral letter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a referral letter from this signed note, on the clinic&apos;s letterhead (Alt+E)</source>
        <translation>Write a referral letter from this signed note, on the clinic&apos;s letterhead (Alt+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tooth &amp;numbering:</source>
        <translation>Tooth &amp;numbering:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The note was saved as revision %1.</source>
        <translation>The note was saved as revision %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note was signed.</source>
        <translation>The note was signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An addendum was added. Edit it, then save and sign it.</source>
        <translation>An addendum was added. Edit it, then save and sign it.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No note yet. Transcribe a recording, choose a template and press Generate.</source>
        <translation>No note yet. Transcribe a recording, choose a template and press Generate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template of this note is no longer available.</source>
        <translation>The template of this note is no longer available.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Names and identity numbers were replaced by placeholders before the transcript was sent, and put back in the note: check them.</source>
        <translation>Names and identity numbers were replaced by placeholders before the transcript was sent, and put back in the note: check them.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This draft does not match its template in %n place(s), marked below. Correct them and save before signing.</source>
        <translation>
            <numerusform>This draft does not match its template in %n place, marked below. Correct it and save before signing.</numerusform>
            <numerusform>This draft does not match its template in %n places, marked below. Correct them and save before signing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n source reference(s) from the provider point to no part of this note; they are not shown as sources.</source>
        <translation>
            <numerusform>%n source reference from the provider points to no part of this note; it is not shown as a source.</numerusform>
            <numerusform>%n source references from the provider point to no part of this note; they are not shown as sources.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Addendum to the note signed %1. The signed note itself does not change.</source>
        <translation>Addendum to the note signed %1. The signed note itself does not change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1, signed</source>
        <translation>Revision %1, signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1, draft</source>
        <translation>Revision %1, draft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by %1 at %2, hash %3</source>
        <translation>Signed by %1 at %2, hash %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the signed content: %1</source>
        <translation>SHA-256 of the signed content: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your unsaved edits of this note are back. Save them when you are ready.</source>
        <translation>Your unsaved edits of this note are back. Save them when you are ready.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write a new draft</source>
        <translation>Write a new draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new draft from the transcript? It replaces the draft shown here; your saved revisions stay in the vault, unsaved edits are lost.</source>
        <translation>Write a new draft from the transcript? It replaces the draft shown here; your saved revisions stay in the vault, unsaved edits are lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+153"/>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign the note</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign this note as %1? A signed note can no longer be changed; later corrections are added as addenda.</source>
        <translation>Sign this note as %1? A signed note can no longer be changed; later corrections are added as addenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited (your edits are saved first)</source>
        <translation>edited (your edits are saved first)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export note as PDF (the file is not encrypted)</source>
        <translation>Export note as PDF (the file is not encrypted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The note was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>The note was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Writing notes with AI is not available here.</source>
        <translation>Writing notes with AI is not available here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is signed: add corrections as an addendum.</source>
        <translation>The note is signed: add corrections as an addendum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note is being written…</source>
        <translation>A note is being written…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a draft note from this encounter&apos;s transcripts with the chosen template</source>
        <translation>Write a draft note from this encounter&apos;s transcripts with the chosen template</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the marked fields first</source>
        <translation>Correct the marked fields first</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTableEditor</name>
    <message>
        <location filename="../ui/encounter/NoteTableEditor.cpp" line="+20"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add an entry to “%1”</source>
        <translation>Add an entry to “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry from “%1”</source>
        <translation>Remove the selected entry from “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (Universal)</source>
        <translation>%1 (Universal)</translation>
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
        <translation>%1, row %2, %3</translation>
    </message>
</context>
<context>
    <name>clinicdesk::NoteTemplatesEditor</name>
    <message>
        <location filename="../ui/settings/NoteTemplatesEditor.cpp" line="+41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;template</source>
        <translation>Save &amp;template</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make an editable copy of the selected template for this clinic.</source>
        <translation>Make an editable copy of the selected template for this clinic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the model should write, in plain words.</source>
        <translation>What the model should write, in plain words.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema (JSON):</source>
        <translation>Schema (JSON):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (built-in)</source>
        <translation>%1 (built-in)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No templates.</source>
        <translation>No templates.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in templates cannot be changed. Copy one to make your own.</source>
        <translation>Built-in templates cannot be changed. Copy one to make your own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not change templates.</source>
        <translation>Your role may not change templates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clinic&apos;s own template (key %1).</source>
        <translation>Your clinic&apos;s own template (key %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The schema is not valid JSON: %1 (at character %2).</source>
        <translation>The schema is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schema must be a JSON object ({ … }).</source>
        <translation>The schema must be a JSON object ({ … }).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved: %1 (key %2).</source>
        <translation>Saved: %1 (key %2).</translation>
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
        <translation>Offline — jobs wait and run by themselves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AI jobs are sent to the provider as they come.</source>
        <translation>AI jobs are sent to the provider as they come.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AI provider cannot be reached. Jobs stay in the queue and run as soon as it answers again; nothing is lost.</source>
        <translation>The AI provider cannot be reached. Jobs stay in the queue and run as soon as it answers again; nothing is lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose to work offline: nothing is sent until you switch it off. Jobs wait in the queue.</source>
        <translation>You chose to work offline: nothing is sent until you switch it off. Jobs wait in the queue.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientAppointmentsTab</name>
    <message>
        <location filename="../ui/patients/PatientAppointmentsTab.cpp" line="+23"/>
        <source>No appointments booked.</source>
        <translation>No appointments booked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
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
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Past</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDialog</name>
    <message>
        <location filename="../ui/patients/PatientDialog.cpp" line="+154"/>
        <source>Clinical &amp;notes:</source>
        <translation>Clinical &amp;notes:</translation>
    </message>
    <message>
        <location line="-53"/>
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
        <location line="+14"/>
        <source>Allergies, conditions and anything the team must know before treating</source>
        <translation>Allergies, conditions and anything the team must know before treating</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>National &amp;ID:</source>
        <translation>National &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Ale&amp;rts:</source>
        <translation>Ale&amp;rts:</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+174"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit patient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Another patient has this national ID: %1. Check that this is not the same person entered twice.</source>
        <translation>Another patient has this national ID: %1. Check that this is not the same person entered twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientDocumentsTab</name>
    <message>
        <location filename="../ui/patients/PatientDocumentsTab.cpp" line="+28"/>
        <source>No documents yet. Add referral letters, signed forms or images with “Add file…”.</source>
        <translation>No documents yet. Add referral letters, signed forms or images with “Add file…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents are kept encrypted in the vault. “Save a copy…” writes an unencrypted copy where you choose: keep it safe and delete it when you no longer need it.</source>
        <translation>Documents are kept encrypted in the vault. “Save a copy…” writes an unencrypted copy where you choose: keep it safe and delete it when you no longer need it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep a file of any type (at most 50 MiB) in this patient&apos;s record</source>
        <translation>Keep a file of any type (at most 50 MiB) in this patient&apos;s record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an unencrypted copy of the selected document to a folder you choose</source>
        <translation>Write an unencrypted copy of the selected document to a folder you choose</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding the document</source>
        <translation>Adding the document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was added to the record.</source>
        <translation>“%1” was added to the record.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save an unencrypted copy</source>
        <translation>Save an unencrypted copy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a copy</source>
        <translation>Saving a copy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unencrypted copy was saved to “%1”. Delete it when you no longer need it.</source>
        <translation>An unencrypted copy was saved to “%1”. Delete it when you no longer need it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the document?</source>
        <translation>Delete the document?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will be removed from the record and its contents deleted from the vault. This cannot be undone.</source>
        <translation>“%1” will be removed from the record and its contents deleted from the vault. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the document</source>
        <translation>Deleting the document</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientEncountersTab</name>
    <message>
        <location filename="../ui/patients/PatientEncountersTab.cpp" line="+23"/>
        <source>No encounters yet. “Open encounter” starts one.</source>
        <translation>No encounters yet. “Open encounter” starts one.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected encounter (Enter)</source>
        <translation>Open the selected encounter (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounters and notes</source>
        <translation>Encounters and notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n signed</source>
        <translation>
            <numerusform>%n signed</numerusform>
            <numerusform>%n signed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note</source>
        <translation>No note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum · %1</source>
        <translation>Addendum · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1, %2</source>
        <translation>Signed by %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft, changed %1</source>
        <translation>Draft, changed %1</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientMergeDialog</name>
    <message>
        <location filename="../ui/patients/PatientMergeDialog.cpp" line="+48"/>
        <source>Merge a duplicate</source>
        <translation>Merge a duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record that is the same person as &lt;b&gt;%1&lt;/b&gt;. Its appointments, encounters, notes, recordings, documents and payments move to this record, and its alerts and clinical notes are added here. The chosen record is then closed and points to this one. This cannot be undone.</source>
        <translation>Choose the record that is the same person as &lt;b&gt;%1&lt;/b&gt;. Its appointments, encounters, notes, recordings, documents and payments move to this record, and its alerts and clinical notes are added here. The chosen record is then closed and points to this one. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, national ID, phone or e-mail</source>
        <translation>Search by name, national ID, phone or e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for the duplicate</source>
        <translation>Search for the duplicate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have checked that both records are the same person</source>
        <translation>I have checked that both records are the same person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into this record</source>
        <translation>Merge into this record</translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientOverviewTab</name>
    <message>
        <location filename="../ui/patients/PatientOverviewTab.cpp" line="+38"/>
        <source>Verbal consent</source>
        <translation>Verbal consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written consent</source>
        <translation>Written consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined (no recording)</source>
        <translation>Declined (no recording)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Consents given</source>
        <translation>Consents given</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No consent recorded yet.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clinical notes</source>
        <translation>Clinical notes</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No alerts recorded.</source>
        <translation>No alerts recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None.</source>
        <translation>None.</translation>
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
        <translation>Any patient — type a name or ID</translation>
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
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open that record</source>
        <translation>Open that record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to where you came from</source>
        <translation>Back to where you came from</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open e&amp;ncounter</source>
        <translation>Open e&amp;ncounter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent, recording and notes: the patient&apos;s open encounter, or a new one</source>
        <translation>Consent, recording and notes: the patient&apos;s open encounter, or a new one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Merge a duplicate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same person entered twice: move everything of the other record into this one</source>
        <translation>The same person entered twice: move everything of the other record into this one</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounters and notes</source>
        <translation>Encounters and notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments will be shown here once ClinicDesk keeps the clinic&apos;s money (a later version).</source>
        <translation>Invoices and payments will be shown here once ClinicDesk keeps the clinic&apos;s money (a later version).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Another patient has the same national ID. Check that this is not the same person entered twice.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record not available</source>
        <translation>Record not available</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Merged record</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This record was merged into the record of %1: everything it held is there now.</source>
        <translation>This record was merged into the record of %1: everything it held is there now.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alerts: %1</source>
        <translation>Alerts: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encounters and notes (%1)</source>
        <translation>Encounters and notes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings (%1)</source>
        <translation>Recordings (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments (%1)</source>
        <translation>Appointments (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The duplicate was merged into this record (%n row(s) moved).</source>
        <translation>
            <numerusform>The duplicate was merged into this record (%n row moved).</numerusform>
            <numerusform>The duplicate was merged into this record (%n rows moved).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::PatientRecordingsTab</name>
    <message>
        <location filename="../ui/patients/PatientRecordingsTab.cpp" line="+30"/>
        <source>No recordings yet.</source>
        <translation>No recordings yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the encounter of the selected recording (Enter)</source>
        <translation>Open the encounter of the selected recording (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>recording…</source>
        <translation>recording…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribed</source>
        <translation>Transcribed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcription on its way</source>
        <translation>Transcription on its way</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not transcribed</source>
        <translation>Not transcribed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered after the program stopped during the recording</source>
        <translation>Recovered after the program stopped during the recording</translation>
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
        <location filename="../ui/patients/PatientsPage.cpp" line="+30"/>
        <location line="+6"/>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <location line="-5"/>
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
        <location line="+13"/>
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
        <location line="+3"/>
        <source>The selected patient&apos;s record: overview, encounters, recordings, appointments, documents (Enter or a double click)</source>
        <translation>The selected patient&apos;s record: overview, encounters, recordings, appointments, documents (Enter or a double click)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent, recording and recordings for the selected patient</source>
        <translation>Consent, recording and recordings for the selected patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patients found</source>
        <translation>Patients found</translation>
    </message>
    <message>
        <location line="+100"/>
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
        <location line="+53"/>
        <source>Another patient has the same national ID. Check that this is not the same person entered twice.</source>
        <translation>Another patient has the same national ID. Check that this is not the same person entered twice.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::ProviderEditor</name>
    <message>
        <location filename="../ui/settings/ProviderEditor.cpp" line="+23"/>
        <source>API version:</source>
        <translation>API version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the OpenAI-compatible /openai/v1 address</source>
        <translation>Use the OpenAI-compatible /openai/v1 address</translation>
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
        <translation>OpenAI-compatible server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a new key here to store it on this computer</source>
        <translation>Paste a new key here to store it on this computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the deployment name.</source>
        <translation>Enter the deployment name.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the model.</source>
        <translation>Enter the model.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Azure OpenAI endpoint (https://NAME.openai.azure.com).</source>
        <translation>Enter the Azure OpenAI endpoint (https://NAME.openai.azure.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server&apos;s address (for example https://host:8080/v1, or http://localhost:8080/v1 on this computer).</source>
        <translation>Enter the server&apos;s address (for example https://host:8080/v1, or http://localhost:8080/v1 on this computer).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A key is stored on this computer.</source>
        <translation>A key is stored on this computer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key is stored on this computer.</source>
        <translation>No key is stored on this computer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Deployment:</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://api.openai.com/v1 (leave empty)</source>
        <translation>https://api.openai.com/v1 (leave empty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the deployment&apos;s name</source>
        <translation>the deployment&apos;s name</translation>
    </message>
</context>
<context>
    <name>clinicdesk::Recorder</name>
    <message>
        <location filename="../core/audio/Recorder.cpp" line="+33"/>
        <source>The microphone delivered no sound, so nothing was recorded. Check that it is connected and not in use by another program, then try again.</source>
        <translation>The microphone delivered no sound, so nothing was recorded. Check that it is connected and not in use by another program, then try again.</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location line="+48"/>
        <source>A recording is already running.</source>
        <translation>A recording is already running.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecorderPanel</name>
    <message>
        <location filename="../ui/encounter/RecorderPanel.cpp" line="+44"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record / Pause / Resume</source>
        <translation>Record / Pause / Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded time</source>
        <translation>Recorded time</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+168"/>
        <source>Start recording (%1)</source>
        <translation>Start recording (%1)</translation>
    </message>
    <message>
        <location line="-167"/>
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
        <location line="+6"/>
        <source>No sound: check the microphone</source>
        <translation>No sound: check the microphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</source>
        <translation>The microphone was disconnected. The recording so far is saved; choose another microphone and press Resume.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+53"/>
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
        <location line="+27"/>
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
        <location line="+10"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecordingTableModel</name>
    <message>
        <location filename="../ui/encounter/RecordingTableModel.cpp" line="+40"/>
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
    <name>clinicdesk::RecordingsPanel</name>
    <message>
        <location filename="../ui/encounter/RecordingsPanel.cpp" line="+27"/>
        <source>Recordings of this patient</source>
        <translation>Recordings of this patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+161"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+171"/>
        <source>Transcribe</source>
        <translation>Transcribe</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Play or pause the selected recording</source>
        <translation>Play or pause the selected recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback position</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the selected recording as an Ogg Opus file</source>
        <translation>Save the selected recording as an Ogg Opus file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</source>
        <translation>Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing</source>
        <translation>Importing</translation>
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
        <translation>Import a recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</source>
        <translation>Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)</translation>
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
        <location line="+7"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: %1</source>
        <translation>The file could not be imported: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcribe again</source>
        <translation>Transcribe again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recording is being transcribed</source>
        <translation>This recording is being transcribed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected recording into text with the AI provider</source>
        <translation>Turn the selected recording into text with the AI provider</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RecoveryCodePage</name>
    <message>
        <location filename="../ui/firstrun/RecoveryCodePage.cpp" line="+22"/>
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
        <location filename="../ui/unlock/RecoveryDialog.cpp" line="+35"/>
        <source>Set a new password with the recovery code</source>
        <translation>Set a new password with the recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</source>
        <translation>Type the recovery code you wrote down when the vault was created. It opens the vault once so you can choose a new password.</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>clinicdesk::ReferralDialog</name>
    <message>
        <location filename="../ui/encounter/ReferralDialog.cpp" line="+31"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, department, clinic or hospital, address</source>
        <translation>Name, department, clinic or hospital, address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for referral</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you ask the recipient to do</source>
        <translation>What you ask the recipient to do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from the signed note. Only what stays here goes into the letter.</source>
        <translation>Filled from the signed note. Only what stays here goes into the letter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter as it will read</source>
        <translation>The letter as it will read</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the letter as a PDF on the clinic&apos;s letterhead (the file is not encrypted) (Alt+E)</source>
        <translation>Save the letter as a PDF on the clinic&apos;s letterhead (the file is not encrypted) (Alt+E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving a letter (Esc)</source>
        <translation>Close without saving a letter (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the signed note. Keep only what the recipient needs: nothing else of the note is in the letter.</source>
        <translation>From the signed note. Keep only what the recipient needs: nothing else of the note is in the letter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;letter</source>
        <translation>The &amp;letter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Referral letter: %1</source>
        <translation>Referral letter: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the referral letter as PDF (the file is not encrypted)</source>
        <translation>Export the referral letter as PDF (the file is not encrypted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The letter was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</source>
        <translation>The letter was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreFilePage</name>
    <message>
        <location filename="../ui/backups/RestoreFilePage.cpp" line="+21"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which backup?</source>
        <translation>Which backup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file to restore. The vault in it becomes a vault of its own; this one is not changed.</source>
        <translation>Choose the backup file to restore. The vault in it becomes a vault of its own; this one is not changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .cdb file</source>
        <translation>A .cdb file</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk backups (*.cdb);;All files (*)</source>
        <translation>ClinicDesk backups (*.cdb);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backup of this vault, made %1.</source>
        <translation>A backup of this vault, made %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of another vault, made %1.</source>
        <translation>A backup of another vault, made %1.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreFolderPage</name>
    <message>
        <location filename="../ui/backups/RestoreFolderPage.cpp" line="+20"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where should the restored vault go?</source>
        <translation>Where should the restored vault go?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder, or an empty one. Nothing that is already there is ever overwritten.</source>
        <translation>A new folder, or an empty one. Nothing that is already there is ever overwritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Folder for the restored vault</source>
        <translation>Folder for the restored vault</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This folder can take the restored vault: it is new or empty.</source>
        <translation>This folder can take the restored vault: it is new or empty.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestorePasswordPage</name>
    <message>
        <location filename="../ui/backups/RestorePasswordPage.cpp" line="+19"/>
        <source>An administrator of that backup</source>
        <translation>An administrator of that backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in name in the backup</source>
        <translation>Sign-in name in the backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the only administrator</source>
        <translation>Empty: the only administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password in the backup</source>
        <translation>Password in the backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Sign-in name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own sign-in name and password work if you were an administrator when the backup was made.</source>
        <translation>Your own sign-in name and password work if you were an administrator when the backup was made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is sealed with its vault&apos;s key, which only its users&apos; passwords open. Restoring needs an administrator of that vault.</source>
        <translation>The backup is sealed with its vault&apos;s key, which only its users&apos; passwords open. Restoring needs an administrator of that vault.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreRunPage</name>
    <message>
        <location filename="../ui/backups/RestoreRunPage.cpp" line="+24"/>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>From %1 into %2.</source>
        <translation>From %1 into %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring into %1</source>
        <translation>Restoring into %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was restored. Go back to change the password or the folder.</source>
        <translation>Nothing was restored. Go back to change the password or the folder.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored: %n patient(s), %1 audit entries.</source>
        <translation>
            <numerusform>Restored: %n patient, %1 audit entries.</numerusform>
            <numerusform>Restored: %n patients, %1 audit entries.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restored vault is in %1. It is a vault of its own, with the same users and passwords as in the backup; this vault stays open and unchanged. To work in the restored one, start ClinicDesk with that folder.</source>
        <translation>The restored vault is in %1. It is a vault of its own, with the same users and passwords as in the backup; this vault stays open and unchanged. To work in the restored one, start ClinicDesk with that folder.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::RestoreWizard</name>
    <message>
        <location filename="../ui/backups/RestoreWizard.cpp" line="+23"/>
        <source>Restore a backup into a new folder</source>
        <translation>Restore a backup into a new folder</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SecurityPage</name>
    <message>
        <location filename="../ui/settings/SecurityPage.cpp" line="+26"/>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClinicDesk locks when nobody has used it for this long. Unsaved edits are kept and come back when the same user signs in again.</source>
        <translation>ClinicDesk locks when nobody has used it for this long. Unsaved edits are kept and come back when the same user signs in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who sees notes</source>
        <translation>Who sees notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every practitioner sees every patient&apos;s notes</source>
        <translation>Every practitioner sees every patient&apos;s notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A practitioner sees the notes of patients they have seen or booked</source>
        <translation>A practitioner sees the notes of patients they have seen or booked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receptionists never see clinical notes, transcripts or recordings; administrators see everything.</source>
        <translation>Receptionists never see clinical notes, transcripts or recordings; administrators see everything.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in and privacy</source>
        <translation>Sign-in and privacy</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SetPasswordDialog</name>
    <message>
        <location filename="../ui/users/SetPasswordDialog.cpp" line="+27"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 signs in with this password from now on; the old one no longer works, and a computer that remembered %1 asks for the new one. Tell %1 the password in person.</source>
        <translation>%1 signs in with this password from now on; the old one no longer works, and a computer that remembered %1 asks for the new one. Tell %1 the password in person.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::SettingsPage</name>
    <message>
        <location filename="../ui/main/SettingsPage.cpp" line="+22"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayAppointmentList</name>
    <message>
        <location filename="../ui/today/TodayAppointmentList.cpp" line="+37"/>
        <source>Mark as &amp;arrived</source>
        <translation>Mark as &amp;arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;no-show</source>
        <translation>Mark as &amp;no-show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s appointments</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown patient</source>
        <translation>Unknown patient</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown practitioner</source>
        <translation>Unknown practitioner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No practitioner</source>
        <translation>No practitioner</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 on the selected appointment)</source>
        <translation>%1 (%2 on the selected appointment)</translation>
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
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read the day again (%1)</source>
        <translation>Read the day again (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whose appointments</source>
        <translation>Whose appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My appointments</source>
        <translation>My appointments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s appointments</source>
        <translation>Everyone&apos;s appointments</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+4"/>
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>You have no appointments today. Choose “Everyone&apos;s appointments” to see the clinic&apos;s day.</source>
        <translation>You have no appointments today. Choose “Everyone&apos;s appointments” to see the clinic&apos;s day.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinicdesk::TodayWorkPanel</name>
    <message>
        <location filename="../ui/today/TodayWorkPanel.cpp" line="+40"/>
        <source>No drafts waiting for your signature.</source>
        <translation>No drafts waiting for your signature.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every recording has a transcript or is on its way.</source>
        <translation>Every recording has a transcript or is on its way.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI job needs you.</source>
        <translation>No AI job needs you.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Unknown patient</source>
        <translation>Unknown patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 · draft, changed %2</source>
        <translation>%1 · draft, changed %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the encounter to review and sign</source>
        <translation>Open the encounter to review and sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts to sign</source>
        <translation>Drafts to sign</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded %1 · %2 long</source>
        <translation>Recorded %1 · %2 long</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the encounter to transcribe it</source>
        <translation>Open the encounter to transcribe it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings waiting for a transcript</source>
        <translation>Recordings waiting for a transcript</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transcription</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open AI jobs to retry or cancel it</source>
        <translation>Open AI jobs to retry or cancel it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI jobs that need you</source>
        <translation>AI jobs that need you</translation>
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
        <translation>From %1 to %2; click to play from here</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
</context>
<context>
    <name>clinicdesk::TranscriptPanel</name>
    <message>
        <location filename="../ui/encounter/TranscriptPanel.cpp" line="+16"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line to play the recording from there</source>
        <translation>Click a line to play the recording from there</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UnlockWindow</name>
    <message>
        <location filename="../ui/unlock/UnlockWindow.cpp" line="+34"/>
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
        <location line="+33"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+72"/>
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
    <name>clinicdesk::UsagePage</name>
    <message>
        <location filename="../ui/settings/UsagePage.cpp" line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio minutes</source>
        <translation>Audio minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Input tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Output tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;AI usage and cost&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AI usage and cost&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs are estimates from the price table in the AI settings; the provider&apos;s invoice is what counts.</source>
        <translation>Costs are estimates from the price table in the AI settings; the provider&apos;s invoice is what counts.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No AI requests in %1.</source>
        <translation>No AI requests in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total for %1: %2</source>
        <translation>Total for %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no monthly AI budget. This month you have used %1.</source>
        <translation>You have no monthly AI budget. This month you have used %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your budget for %1: %2. Used: %3. Left: %4.</source>
        <translation>Your budget for %1: %2. Used: %3. Left: %4.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserAdminService</name>
    <message>
        <location filename="../ui/services/UserAdminService.cpp" line="+17"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserDialog</name>
    <message>
        <location filename="../ui/users/UserDialog.cpp" line="+26"/>
        <source>Everything, including users, backups and the audit log.</source>
        <translation>Everything, including users, backups and the audit log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients, the calendar and clinical notes; no users, backups or audit log.</source>
        <translation>Patients, the calendar and clinical notes; no users, backups or audit log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patients&apos; details and the calendar; nothing clinical.</source>
        <translation>Patients&apos; details and the calendar; nothing clinical.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on the professional register</source>
        <translation>As on the professional register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, . _ - @; no spaces</source>
        <translation>Letters, digits, . _ - @; no spaces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name &amp;shown:</source>
        <translation>Name &amp;shown:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ign-in name:</source>
        <translation>S&amp;ign-in name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profession:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence number:</source>
        <translation>&amp;Licence number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least 8 characters. Give it to the user in person; they can change it after signing in.</source>
        <translation>At least 8 characters. Give it to the user in person; they can change it after signing in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in name cannot change: entries and keys are tied to it.</source>
        <translation>The sign-in name cannot change: entries and keys are tied to it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot change your own role. Another administrator can do it.</source>
        <translation>You cannot change your own role. Another administrator can do it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the only active administrator and stays one. Make another user an administrator first.</source>
        <translation>%1 is the only active administrator and stays one. Make another user an administrator first.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Enter the name shown for this user.</source>
        <translation>Enter the name shown for this user.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::UserTableModel</name>
    <message>
        <location filename="../ui/users/UserTableModel.cpp" line="+42"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
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
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new &amp;password…</source>
        <translation>Set a new &amp;password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Settings</source>
        <translation>Back to Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new user with their own password and role</source>
        <translation>A new user with their own password and role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, role, profession and licence number of the selected user</source>
        <translation>Name, role, profession and licence number of the selected user</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>For a user who forgot their password</source>
        <translation>For a user who forgot their password</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may sign in to this vault, and what each of them may see and do. A disabled user can no longer sign in; what they wrote stays theirs.</source>
        <translation>Who may sign in to this vault, and what each of them may see and do. A disabled user can no longer sign in; what they wrote stays theirs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n user(s), %1 active</source>
        <translation>
            <numerusform>%n user, %1 active</numerusform>
            <numerusform>%n users, %1 active</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change your own password from the sign-in screen or clinicdesk-cli user passwd</source>
        <translation>Change your own password from the sign-in screen or clinicdesk-cli user passwd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En&amp;able</source>
        <translation>En&amp;able</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to sign in</source>
        <translation>%1 will no longer be able to sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may sign in again</source>
        <translation>%1 may sign in again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the only active administrator: the account cannot be disabled or lose the administrator role. Make another user an administrator first.</source>
        <translation>%1 is the only active administrator: the account cannot be disabled or lose the administrator role. Make another user an administrator first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own account: another administrator can disable it or change its role.</source>
        <translation>This is your own account: another administrator can disable it or change its role.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was added as %2 and can sign in as “%3”.</source>
        <translation>%1 was added as %2 and can sign in as “%3”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a new password.</source>
        <translation>%1 has a new password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will no longer be able to sign in. Everything %1 wrote stays in the vault under their name. You can enable the account again at any time.</source>
        <translation>%1 will no longer be able to sign in. Everything %1 wrote stays in the vault under their name. You can enable the account again at any time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 is disabled and can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>clinicdesk::VaultFolderPage</name>
    <message>
        <location filename="../ui/firstrun/VaultFolderPage.cpp" line="+21"/>
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
        <location filename="../app/cli/CliRecorder.cpp" line="+148"/>
        <source>The microphone disappeared; the recording so far is saved.</source>
        <translation>The microphone disappeared; the recording so far is saved.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+71"/>
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
        <location filename="../app/cli/main.cpp" line="+54"/>
        <source>clinicdesk-cli: the cryptography library could not start.
</source>
        <translation>clinicdesk-cli: the cryptography library could not start.
</translation>
    </message>
</context>
</TS>
