// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli's help end to end: the listing, a noun's commands and one command's usage and
// options are made from the commands' declarations, and every listed command has them. Usage errors
// name what was wrong and show the usage of the command they are about. None of this needs a vault.
// Also here, as the other thing main reads from the declarations: which command gets a QGuiApplication.
#include "CliRun.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = clinicdesk::test::CliRun;

// The lines of `text` below the heading `title` ("Commands:", "Options:") up to the next blank line.
QStringList section(const QString& text, const QString& title) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList found;
    bool inside = false;
    for (const QString& line : lines) {
        if (inside && line.trimmed().isEmpty()) {
            break;
        }
        if (inside) {
            found << line;
        }
        if (line == title) {
            inside = true;
        }
    }
    return found;
}

// The usage at the top of a help text: its first line and the indented lines that continue it.
QString usageOf(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString usage = lines.value(0);
    for (qsizetype i = 1; i < lines.size() && lines.at(i).startsWith(QLatin1Char(' ')); ++i) {
        usage += QLatin1Char(' ') + lines.at(i).trimmed();
    }
    return usage;
}

// The option names (--name) in a usage or a listing.
QStringList optionNames(const QString& text) {
    static const QRegularExpression option(QStringLiteral("--[a-z0-9-]+"));
    QStringList names;
    for (auto it = option.globalMatch(text); it.hasNext();) {
        names << it.next().captured();
    }
    return names;
}

} // namespace

class TstCliHelp : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;
    Run m_help;              // `clinicdesk-cli help`
    QStringList m_commands;  // the command words of its listing
    QStringList m_summaries; // and their summaries

    // `env`: variables to set on top of the test's environment.
    Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLINICDESK_LOG_DIR"), m_tmp.filePath(QStringLiteral("logs")));
        environment.insert(QStringLiteral("HOME"), m_tmp.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
        // The assertions read English (tst_translations covers the other languages).
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        // Nothing here may sign in: without a password source a command that tried would fail.
        environment.remove(QStringLiteral("CLINICDESK_PASSWORD"));
        environment.remove(QStringLiteral("CLINICDESK_NEW_PASSWORD"));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"), QStringList{QStringLiteral("--vault"), m_vault} + args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QString text(const QByteArray& bytes) { return QString::fromUtf8(bytes); }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CLINICDESK_CLI")), "CLINICDESK_CLI must name the built binary");
        m_vault = m_tmp.filePath(QStringLiteral("vault")); // never created: help needs no vault
        m_help = cli({QStringLiteral("help")});
        static const QRegularExpression entry(QStringLiteral("^  ([a-z]+(?: [a-z]+)*)  +(\\S.*)$"));
        for (const QString& line : section(text(m_help.out), QStringLiteral("Commands:"))) {
            const auto match = entry.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            m_commands << match.captured(1);
            m_summaries << match.captured(2);
        }
    }

    void helpListsEveryCommandWithASummary() {
        const Run& run = m_help;
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString out = text(run.out);
        QVERIFY2(out.startsWith(QLatin1String("Usage: clinicdesk-cli [--vault DIR] [--user NAME] <command>")),
                 run.out.constData());
        QVERIFY2(m_commands.size() >= 39, qPrintable(m_commands.join(QStringLiteral(", "))));
        QStringList unique = m_commands;
        QCOMPARE(unique.removeDuplicates(), qsizetype(0));
        for (const QString& command :
             {QStringLiteral("init"), QStringLiteral("patient add"), QStringLiteral("backup restore"),
              QStringLiteral("record"), QStringLiteral("config ai"), QStringLiteral("note export"),
              QStringLiteral("jobs cancel"), QStringLiteral("usage"), QStringLiteral("egress list")}) {
            QVERIFY2(m_commands.contains(command), qPrintable(command));
        }
        for (qsizetype i = 0; i < m_commands.size(); ++i) {
            QVERIFY2(m_summaries.at(i).size() >= 10, qPrintable(m_commands.at(i)));
        }
        // The passwords and exit codes are part of the overview.
        QVERIFY(out.contains(QLatin1String("CLINICDESK_NEW_PASSWORD")));
        QVERIFY(out.contains(QLatin1String("Exit codes: 0 ok, 1 usage")));

        // `--help` alone is the same; no arguments at all print it as a usage error.
        const Run flag = cli({QStringLiteral("--help")});
        QCOMPARE(flag.exitCode, 0);
        QCOMPARE(flag.out, run.out);
        const Run bare = cli({});
        QCOMPARE(bare.exitCode, 1);
        QCOMPARE(bare.out, run.out);
    }

    void commandHelpShowsUsageAndEachOption_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("help patient add")
            << QStringList{QStringLiteral("help"), QStringLiteral("patient"), QStringLiteral("add")};
        QTest::newRow("patient add --help")
            << QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--help")};
        QTest::newRow("--help before the words")
            << QStringList{QStringLiteral("--help"), QStringLiteral("patient"), QStringLiteral("add")};
    }

    void commandHelpShowsUsageAndEachOption() {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString out = text(run.out);
        const QString usage = usageOf(out);
        QVERIFY2(usage.startsWith(QLatin1String("Usage: clinicdesk-cli [--vault DIR] [--user NAME] patient add "
                                                "--first-name F --last-name L [--dob YYYY-MM-DD]")),
                 qPrintable(usage));
        const QStringList options = section(out, QStringLiteral("Options:"));
        const QStringList expected{
            QStringLiteral("--first-name"),  QStringLiteral("--last-name"), QStringLiteral("--dob"),
            QStringLiteral("--national-id"), QStringLiteral("--phone"),     QStringLiteral("--email"),
            QStringLiteral("--address"),     QStringLiteral("--notes"),     QStringLiteral("--alerts")};
        QCOMPARE(options.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(options.at(i).startsWith(QStringLiteral("  ") + expected.at(i) + QLatin1Char(' ')),
                     qPrintable(options.at(i)));
            QVERIFY2(usage.contains(expected.at(i)), qPrintable(expected.at(i)));
            // Each option has its text beside it.
            QVERIFY2(options.at(i).simplified().count(QLatin1Char(' ')) >= 2, qPrintable(options.at(i)));
        }
        QVERIFY(out.contains(QLatin1String("Adds a patient")));
        QVERIFY(out.contains(QLatin1String("CLINICDESK_PASSWORD"))); // it signs in
        QVERIFY(!QDir(m_vault).exists());
    }

    void nounHelpListsItsCommands() {
        const Run run = cli({QStringLiteral("help"), QStringLiteral("patient")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QStringList listed;
        for (const QString& line : section(text(run.out), QStringLiteral("Commands:"))) {
            listed << line.trimmed().section(QStringLiteral("  "), 0, 0);
        }
        QCOMPARE(listed, (QStringList{QStringLiteral("patient add"), QStringLiteral("patient list"),
                                      QStringLiteral("patient search"), QStringLiteral("patient show"),
                                      QStringLiteral("patient merge")}));
        const Run flag = cli({QStringLiteral("patient"), QStringLiteral("--help")});
        QCOMPARE(flag.exitCode, 0);
        QCOMPARE(flag.out, run.out);
    }

    void unknownOptionNamesItselfAndPrintsTheUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("with a value") << QStringList{QStringLiteral("patient"),      QStringLiteral("add"),
                                                     QStringLiteral("--colour"),     QStringLiteral("red"),
                                                     QStringLiteral("--first-name"), QStringLiteral("A")};
        QTest::newRow("last, without a value")
            << QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--colour")};
        QTest::newRow("another command's flag")
            << QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--wait")};
    }

    void unknownOptionNamesItselfAndPrintsTheUsage() {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const QString err = text(run.err);
        const QString option = args.at(2);
        QCOMPARE(err.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("clinicdesk-cli: Unknown option %1 for this command.").arg(option));
        QVERIFY2(usageOf(err.section(QLatin1Char('\n'), 1))
                     .startsWith(QLatin1String("Usage: clinicdesk-cli [--vault DIR] [--user NAME] patient add "
                                               "--first-name F --last-name L")),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("clinicdesk-cli help patient add")), qPrintable(err));
        QVERIFY(!QDir(m_vault).exists()); // refused before anything was opened
    }

    void unknownCommandIsAUsageError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("command") << QStringList{QStringLiteral("frobnicate")}
                                 << QStringLiteral("clinicdesk-cli: Unknown command \"frobnicate\".");
        QTest::newRow("help for it") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
                                     << QStringLiteral("clinicdesk-cli: Unknown command \"frobnicate\".");
        QTest::newRow("subcommand") << QStringList{QStringLiteral("patient"), QStringLiteral("frobnicate")}
                                    << QStringLiteral("clinicdesk-cli: Unknown patient subcommand \"frobnicate\".");
        QTest::newRow("no subcommand")
            << QStringList{QStringLiteral("patient")}
            << QStringLiteral("clinicdesk-cli: patient needs a subcommand: add, list, search, show or merge.");
    }

    void unknownCommandIsAUsageError() {
        QFETCH(QStringList, args);
        QFETCH(QString, sentence);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(text(run.err).section(QLatin1Char('\n'), 0, 0), sentence);
        QVERIFY2(run.err.contains("Usage: clinicdesk-cli"), run.err.constData());
    }

    // Every command in the listing: its help runs, shows its usage and summary, and lists every option
    // of the usage with a text.
    void everyCommandHasItsHelp() {
        QVERIFY(!m_commands.isEmpty());
        // Options are split from words before the command is known, so a name is a flag everywhere or
        // takes a value everywhere.
        QHash<QString, bool> takesValue;
        for (qsizetype i = 0; i < m_commands.size(); ++i) {
            const QString& command = m_commands.at(i);
            const QStringList words = command.split(QLatin1Char(' '));
            const Run help = cli(QStringList{QStringLiteral("help")} + words);
            QVERIFY2(help.exitCode == 0 && help.err.isEmpty(), qPrintable(command + QLatin1Char(' ') + text(help.err)));
            const Run flag = cli(words + QStringList{QStringLiteral("--help")});
            QVERIFY2(flag.exitCode == 0, qPrintable(command));
            QCOMPARE(flag.out, help.out);

            const QString out = text(help.out);
            const QString usage = usageOf(out);
            QVERIFY2(usage.startsWith(QStringLiteral("Usage: clinicdesk-cli [--vault DIR] [--user NAME] ") + command),
                     qPrintable(usage));
            // The summary of the listing opens the help, as a sentence.
            QString summary = m_summaries.at(i);
            summary[0] = summary.at(0).toUpper();
            QVERIFY2(out.contains(summary), qPrintable(command + QStringLiteral(": ") + summary));
            const QStringList options = section(out, QStringLiteral("Options:"));
            QStringList listed;
            for (const QString& line : options) {
                if (line.startsWith(QLatin1String("  --"))) {
                    const QString name = optionNames(line).value(0);
                    listed << name;
                    const bool value = line.mid(2 + name.size()).startsWith(QLatin1String(" ")) &&
                                       !line.mid(3 + name.size()).startsWith(QLatin1Char(' '));
                    QVERIFY2(takesValue.value(name, value) == value, qPrintable(command + QLatin1Char(' ') + name));
                    takesValue.insert(name, value);
                }
            }
            QStringList inUsage = optionNames(usage);
            inUsage.removeAll(QStringLiteral("--vault"));
            inUsage.removeAll(QStringLiteral("--user"));
            QCOMPARE(listed, inUsage);
        }
        QVERIFY(!QDir(m_vault).exists());
    }

    // The other thing read from the declarations before anything runs: only the command that renders
    // PDFs gets a QGuiApplication. With a platform that does not exist a QGuiApplication cannot start,
    // so the other commands must not make one.
    void onlyThePdfCommandStartsAGuiApplication() {
        const QMap<QString, QString> noPlatform{
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform")}};
        const Run list = cli({QStringLiteral("patient"), QStringLiteral("list")}, noPlatform);
        QCOMPARE(list.exitCode, 3); // there is no vault: it got that far
        QVERIFY2(list.err.startsWith("clinicdesk-cli: "), list.err.constData());
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("export"), QStringLiteral("--help")}, noPlatform).exitCode,
                 0);
        const Run pdf = cli({QStringLiteral("note"), QStringLiteral("export"), QStringLiteral("some-note"),
                             QStringLiteral("--pdf"), m_tmp.filePath(QStringLiteral("note.pdf"))},
                            noPlatform);
        QVERIFY2(pdf.exitCode != 3, pdf.err.constData()); // stopped by the platform, not by the missing vault
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("note.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TstCliHelp)
#include "tst_cli_help.moc"
