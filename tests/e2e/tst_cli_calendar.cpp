// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli's calendar commands end to end (the real binary, a real vault): a double booking refused
// with exit 4 naming the other booking unless --allow-overlap, move, cancel with a reason, the statuses,
// and `appointment export --ics` read back by a real iCalendar parser (Debian's python3-icalendar, run
// with /usr/bin/python3): the right events with UID, DTSTAMP, UTC times and STATUS, the patient named
// only by initials (the default setting) and no reason for the visit or other clinical text.
#include "CliRun.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

using Run = clinicdesk::test::CliRun;

constexpr const char* kPassword = "Tandläkare-2026!";

// Parses an .ics file with icalendar and prints its events as JSON (times as UTC ISO strings).
constexpr const char* kParser = R"PY(
import json, sys
from datetime import timezone
import icalendar
with open(sys.argv[1], 'rb') as f:
    cal = icalendar.Calendar.from_ical(f.read())
events = []
for e in cal.walk('VEVENT'):
    def utc(key):
        value = e.decoded(key)
        if value.tzinfo is None:
            raise SystemExit('floating time in ' + key)
        return value.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    events.append({'uid': str(e.get('UID')), 'stamp': utc('DTSTAMP'), 'start': utc('DTSTART'),
                   'end': utc('DTEND'), 'summary': str(e.get('SUMMARY')), 'status': str(e.get('STATUS')),
                   'description': str(e.get('DESCRIPTION', ''))})
print(json.dumps({'version': str(cal.get('VERSION')), 'prodid': str(cal.get('PRODID')), 'events': events}))
)PY";

// A Tuesday four weeks ahead: no warning for the past, inside the default working hours.
QDate day() {
    const QDate today = QDate::currentDate();
    return today.addDays(2 - today.dayOfWeek() + 28);
}

QString local(int hour, int minute) {
    return QDateTime(day(), QTime(hour, minute)).toString(Qt::ISODate);
}

QString utc(int hour, int minute) {
    return QDateTime(day(), QTime(hour, minute)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

class TstCliCalendar : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;
    QString m_patientId;
    QString m_otherPatientId;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLINICDESK_PASSWORD"), QString::fromUtf8(kPassword));
        environment.insert(QStringLiteral("CLINICDESK_KDF_PROFILE"), QStringLiteral("minimum"));
        environment.insert(QStringLiteral("CLINICDESK_LOG_DIR"), m_tmp.filePath(QStringLiteral("logs")));
        environment.insert(QStringLiteral("HOME"), m_tmp.path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"), QStringList{QStringLiteral("--vault"), m_vault} + args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString book(const QString& patient, const QString& practitioner, const QString& start, int minutes,
                 const QString& reason, bool allowOverlap = false) {
        QStringList args{QStringLiteral("appointment"),    QStringLiteral("add"),
                         QStringLiteral("--patient"),      patient,
                         QStringLiteral("--start"),        start,
                         QStringLiteral("--minutes"),      QString::number(minutes),
                         QStringLiteral("--practitioner"), practitioner,
                         QStringLiteral("--reason"),       reason};
        if (allowOverlap) {
            args << QStringLiteral("--allow-overlap");
        }
        const Run run = cli(args);
        if (run.exitCode != 0) {
            qWarning("appointment add: %d %s", run.exitCode, run.err.constData());
            return {};
        }
        return QString::fromUtf8(run.out.trimmed());
    }

    // The day's appointments by id, as `appointment list --json` prints them.
    QMap<QString, QJsonObject> listed() {
        const Run list = cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--day"),
                              day().toString(Qt::ISODate), QStringLiteral("--json")});
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        }
        return byId;
    }

    // The parsed export: {version, prodid, events: [...]}, empty if the parser refused the file.
    static QJsonObject parse(const QString& path) {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(kParser), path});
        if (!python.waitForFinished(30000) || python.exitCode() != 0) {
            qWarning("python3-icalendar: %s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CLINICDESK_CLI")), "CLINICDESK_CLI must name the built binary");
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        QVERIFY2(probe.waitForFinished(30000) && probe.exitCode() == 0,
                 "python3-icalendar is needed (scripts/deps installs it)");
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        const QMap<QString, QString> newPassword{
            {QStringLiteral("CLINICDESK_NEW_PASSWORD"), QString::fromUtf8(kPassword)}};
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("anna"),
                      QStringLiteral("--profession"), QStringLiteral("dentist")},
                     newPassword)
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"), QStringLiteral("--role"),
                      QStringLiteral("practitioner"), QStringLiteral("--profession"), QStringLiteral("therapist"),
                      QStringLiteral("--display-name"), QStringLiteral("Dr Eva Berg")},
                     {{QStringLiteral("CLINICDESK_NEW_PASSWORD"), QStringLiteral("eva-password-1")}})
                     .exitCode,
                 0);
        const auto patient = [this](const char* first, const char* last) {
            const Run add = cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first-name"),
                                 QString::fromUtf8(first), QStringLiteral("--last-name"), QString::fromUtf8(last)});
            return add.exitCode == 0 ? QString::fromUtf8(add.out.trimmed()) : QString();
        };
        m_patientId = patient("Åsa", "Lindström");
        m_otherPatientId = patient("Piotr", "Nowak");
        QVERIFY(!m_patientId.isEmpty() && !m_otherPatientId.isEmpty());
    }

    void overlapIsRefusedUnlessAllowed() {
        const QString first = book(m_patientId, QStringLiteral("eva"), local(10, 0), 45, QStringLiteral("Check-up"));
        QVERIFY(!first.isEmpty());
        // The same practitioner at 10:30: refused with exit 4, naming the other booking, nothing written.
        const Run overlap =
            cli({QStringLiteral("appointment"), QStringLiteral("add"), QStringLiteral("--patient"), m_otherPatientId,
                 QStringLiteral("--start"), local(10, 30), QStringLiteral("--minutes"), QStringLiteral("30"),
                 QStringLiteral("--practitioner"), QStringLiteral("eva")});
        QCOMPARE(overlap.exitCode, 4);
        QVERIFY2(overlap.err.contains(first.left(8).toLatin1()) && overlap.err.contains("10:00"),
                 overlap.err.constData());
        QCOMPARE(listed().size(), 1);
        // Another practitioner at the same time is no overlap.
        QVERIFY(
            !book(m_otherPatientId, QStringLiteral("anna"), local(10, 30), 30, QStringLiteral("Filling")).isEmpty());
        // --allow-overlap books the double booking.
        QVERIFY(!book(m_otherPatientId, QStringLiteral("eva"), local(10, 30), 30, QStringLiteral("Follow-up"), true)
                     .isEmpty());
        QCOMPARE(listed().size(), 3);
    }

    void moveCancelAndStatus() {
        const QString id = book(m_patientId, QStringLiteral("eva"), local(13, 0), 60, QStringLiteral("Session"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli({QStringLiteral("appointment"), QStringLiteral("move"), id, QStringLiteral("--start"),
                      local(14, 0), QStringLiteral("--minutes"), QStringLiteral("50")})
                     .exitCode,
                 0);
        QJsonObject moved = listed().value(id);
        QCOMPARE(moved.value(QStringLiteral("minutes")).toInt(), 50);
        // Moving it onto the 10:00 booking is refused like a booking.
        const Run onto =
            cli({QStringLiteral("appointment"), QStringLiteral("move"), id, QStringLiteral("--start"), local(10, 15)});
        QCOMPARE(onto.exitCode, 4);
        QCOMPARE(listed().value(id).value(QStringLiteral("minutes")).toInt(), 50);

        QCOMPARE(cli({QStringLiteral("appointment"), QStringLiteral("status"), id, QStringLiteral("arrived")}).exitCode,
                 0);
        QCOMPARE(listed().value(id).value(QStringLiteral("status")).toString(), QStringLiteral("arrived"));
        QCOMPARE(
            cli({QStringLiteral("appointment"), QStringLiteral("status"), id, QStringLiteral("in-progress")}).exitCode,
            0);
        QVERIFY(
            cli({QStringLiteral("appointment"), QStringLiteral("status"), id, QStringLiteral("sleeping")}).exitCode !=
            0);
        QCOMPARE(listed().value(id).value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));

        const QString noShow = book(m_otherPatientId, QStringLiteral("anna"), local(15, 0), 30, QStringLiteral("X"));
        QCOMPARE(
            cli({QStringLiteral("appointment"), QStringLiteral("status"), noShow, QStringLiteral("no-show")}).exitCode,
            0);
        QCOMPARE(listed().value(noShow).value(QStringLiteral("status")).toString(), QStringLiteral("no_show"));

        const QString cancelled =
            book(m_otherPatientId, QStringLiteral("eva"), local(16, 0), 30, QStringLiteral("Jaw pain"));
        QVERIFY(cli({QStringLiteral("appointment"), QStringLiteral("cancel"), cancelled}).exitCode != 0); // a reason
        QCOMPARE(cli({QStringLiteral("appointment"), QStringLiteral("cancel"), cancelled, QStringLiteral("--reason"),
                      QStringLiteral("Patient called")})
                     .exitCode,
                 0);
        QCOMPARE(listed().value(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        // Its time is free again.
        QVERIFY(!book(m_patientId, QStringLiteral("eva"), local(16, 0), 30, QStringLiteral("Check-up")).isEmpty());
    }

    void exportIsReadByARealParser() {
        const QString path = m_tmp.filePath(QStringLiteral("clinic.ics"));
        const Run run = cli({QStringLiteral("appointment"), QStringLiteral("export"), QStringLiteral("--ics"), path,
                             QStringLiteral("--from"), day().toString(Qt::ISODate), QStringLiteral("--to"),
                             day().toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QMap<QString, QJsonObject> stored = listed();
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("appointments")).toInt(),
                 int(stored.size()));

        const QJsonObject calendar = parse(path);
        QCOMPARE(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QVERIFY(!calendar.value(QStringLiteral("prodid")).toString().isEmpty());
        const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), stored.size());
        QSet<QString> uids;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            const QString uid = e.value(QStringLiteral("uid")).toString();
            QVERIFY(!uids.contains(uid));
            uids.insert(uid);
            const QString id = uid.section(QLatin1Char('@'), 0, 0);
            QVERIFY2(stored.contains(id), qPrintable(uid));
            const QJsonObject a = stored.value(id);
            QVERIFY(!e.value(QStringLiteral("stamp")).toString().isEmpty());
            // The times in UTC are the booked local times.
            const QDateTime start = QDateTime::fromString(e.value(QStringLiteral("start")).toString(), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(e.value(QStringLiteral("end")).toString(), Qt::ISODate);
            QCOMPARE(start.secsTo(end), qint64(a.value(QStringLiteral("minutes")).toInt()) * 60);
            const QString status = a.value(QStringLiteral("status")).toString();
            QCOMPARE(e.value(QStringLiteral("status")).toString(),
                     status == QLatin1String("cancelled") || status == QLatin1String("no_show")
                         ? QStringLiteral("CANCELLED")
                         : QStringLiteral("CONFIRMED"));
            // Initials only (the default), never a name or the reason.
            const QString summary = e.value(QStringLiteral("summary")).toString();
            const bool asa = a.value(QStringLiteral("patient_id")).toString() == m_patientId;
            QCOMPARE(summary,
                     QStringLiteral("Appointment: %1").arg(asa ? QStringLiteral("Å. L.") : QStringLiteral("P. N.")));
        }
        // The 10:00 booking with Eva is there at its time in UTC.
        bool found = false;
        for (const QJsonValue& v : events) {
            found = found || v.toObject().value(QStringLiteral("start")).toString() == utc(10, 0);
        }
        QVERIFY2(found, qPrintable(utc(10, 0)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char* secret : {"Lindström", "Nowak", "Åsa", "Piotr", "Check-up", "Jaw pain", "Filling", "Session",
                                   "Follow-up", "Patient called"}) {
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), secret);
        }

        // One practitioner's calendar holds only hers; an existing file is refused and kept.
        const QString evaPath = m_tmp.filePath(QStringLiteral("eva.ics"));
        QCOMPARE(cli({QStringLiteral("appointment"), QStringLiteral("export"), QStringLiteral("--ics"), evaPath,
                      QStringLiteral("--practitioner"), QStringLiteral("eva"), QStringLiteral("--from"),
                      day().toString(Qt::ISODate), QStringLiteral("--to"), day().toString(Qt::ISODate)})
                     .exitCode,
                 0);
        const QJsonArray evas = parse(evaPath).value(QStringLiteral("events")).toArray();
        QCOMPARE(evas.size(), 5); // 10:00, 10:30 (double), 14:00, 16:00 cancelled, 16:00
        for (const QJsonValue& v : evas) {
            QVERIFY(v.toObject().value(QStringLiteral("description")).toString().contains(QStringLiteral("Eva Berg")));
        }
        const Run again = cli({QStringLiteral("appointment"), QStringLiteral("export"), QStringLiteral("--ics"), path});
        QVERIFY(again.exitCode != 0);
        QCOMPARE(parse(path).value(QStringLiteral("events")).toArray().size(), events.size());
    }
};

QTEST_GUILESS_MAIN(TstCliCalendar)

#include "tst_cli_calendar.moc"
