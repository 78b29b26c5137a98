// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Translations are complete and well-formed: every message in the English,
// Swedish and Polish .ts files is finished, keeps the source's placeholders,
// mnemonics and trailing newline, and (sv, pl) is really translated. The
// released .qm files load and pick the right plural forms, and the CLI speaks
// the language of its locale.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString kTsDir = QStringLiteral(CLINICDESK_TS_DIR);
const QString kGuiQmDir = QStringLiteral(CLINICDESK_GUI_QM_DIR);

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one entry, or one per numerus form
    qint64 line = 0;

    [[nodiscard]] QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
    [[nodiscard]] QString where() const {
        return QStringLiteral("line %1 [%2] \"%3\"").arg(line).arg(context, source.left(70));
    }
};

struct TsFile {
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
                ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(?:[1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    std::sort(found.begin(), found.end());
    return found;
}

QString describe(const QStringList& placeholderList) {
    return placeholderList.isEmpty() ? QStringLiteral("(none)") : placeholderList.join(QLatin1Char(' '));
}

// Single '&' marks a mnemonic; "&&" is a literal ampersand.
qsizetype mnemonics(const QString& text) {
    QString stripped = text;
    stripped.remove(QStringLiteral("&&"));
    return stripped.count(QLatin1Char('&'));
}

bool looksUntranslated(const QString& source, const QString& translation) {
    // Strings that are legitimately the same in every language.
    static const QSet<QString> allowed = {
        QStringLiteral("ClinicDesk"),
        QStringLiteral("ClinicDesk: %1"), // the name of the exported calendar
        QStringLiteral("OK"),
        QStringLiteral("%1, %2"),
        QStringLiteral("+46 70 123 45 67"),
        QStringLiteral("name@example.com"),
        QStringLiteral("Administrator"), // Polish: Administrator
        QStringLiteral("Receptionist"),  // Swedish: Receptionist
        QStringLiteral("ID:             %1"),
    };
    static const QRegularExpression letters(QStringLiteral("\\p{L}"));
    return translation == source && source.size() > 12 && source.contains(letters) && !allowed.contains(source);
}

int expectedForms(const QString& language) {
    return language.startsWith(QLatin1String("pl")) ? 3 : 2; // Qt's rules: pl 1 / 2-4 / 5+, en and sv 1 / other
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void languagesHaveTheSameMessages();
    void qmFilesLoadWithPluralRules_data();
    void qmFilesLoadWithPluralRules();
    void cliSpeaksTheLocaleLanguage_data();
    void cliSpeaksTheLocaleLanguage();
};

void TstTranslations::tsFilesAreComplete_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("sv_SE");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("pl_PL");
}

void TstTranslations::tsFilesAreComplete() {
    QFETCH(QString, language);
    QFETCH(QString, expectedLanguage);
    const QString path = QDir(kTsDir).filePath(QStringLiteral("clinicdesk_%1.ts").arg(language));
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, expectedLanguage);
    QCOMPARE(ts.sourceLanguage, QStringLiteral("en"));
    QVERIFY2(ts.messages.size() > 100, qPrintable(QStringLiteral("only %1 messages").arg(ts.messages.size())));

    const bool sourceLanguage = language == QLatin1String("en");
    QStringList problems;
    for (const Message& m : ts.messages) {
        auto problem = [&](const QString& what) { problems << m.where() + QStringLiteral(": ") + what; };
        if (!m.type.isEmpty()) {
            problem(QStringLiteral("type=\"%1\"").arg(m.type));
        }
        if (m.numerus && m.translations.size() != expectedForms(language)) {
            problem(
                QStringLiteral("%1 plural forms, expected %2").arg(m.translations.size()).arg(expectedForms(language)));
        }
        if (m.translations.isEmpty()) {
            problem(QStringLiteral("no translation"));
        }
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problem(QStringLiteral("empty translation"));
                continue;
            }
            if (placeholders(t) != placeholders(m.source)) {
                problem(QStringLiteral("placeholders %1 differ from the source's %2")
                            .arg(describe(placeholders(t)), describe(placeholders(m.source))));
            }
            if (mnemonics(t) != mnemonics(m.source)) {
                problem(
                    QStringLiteral("%1 mnemonic(s) '&', the source has %2").arg(mnemonics(t)).arg(mnemonics(m.source)));
            }
            if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n'))) {
                problem(QStringLiteral("trailing newline differs from the source"));
            }
            if (!sourceLanguage && !m.numerus && looksUntranslated(m.source, t)) {
                problem(QStringLiteral("identical to the English source (untranslated?)"));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2:\n  ").arg(problems.size()).arg(path) +
                                            problems.join(QStringLiteral("\n  "))));
}

void TstTranslations::languagesHaveTheSameMessages() {
    QHash<QString, QSet<QString>> keys;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("pl")}) {
        const TsFile ts = readTs(QDir(kTsDir).filePath(QStringLiteral("clinicdesk_%1.ts").arg(language)));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const Message& m : ts.messages) {
            keys[language].insert(m.key());
        }
    }
    for (const QString& language : {QStringLiteral("sv"), QStringLiteral("pl")}) {
        QStringList differences;
        for (const QString& k : keys.value(QStringLiteral("en")) - keys.value(language)) {
            differences << QStringLiteral("missing: ") + QString(k).replace(QChar(4), QLatin1Char('|'));
        }
        for (const QString& k : keys.value(language) - keys.value(QStringLiteral("en"))) {
            differences << QStringLiteral("extra: ") + QString(k).replace(QChar(4), QLatin1Char('|'));
        }
        QVERIFY2(differences.isEmpty(), qPrintable(language + QStringLiteral(" vs en (run update_translations):\n  ") +
                                                   differences.join(QStringLiteral("\n  "))));
    }
}

void TstTranslations::qmFilesLoadWithPluralRules_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("noVault");
    QTest::addColumn<QStringList>("matches"); // for 1, 3, 5, 22 matches
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Det finns inget valv i /x.")
                        << QStringList{QStringLiteral("1 träff"), QStringLiteral("3 träffar"),
                                       QStringLiteral("5 träffar"), QStringLiteral("22 träffar")};
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("W folderze /x nie ma sejfu.")
                        << QStringList{QStringLiteral("1 wynik"), QStringLiteral("3 wyniki"),
                                       QStringLiteral("5 wyników"), QStringLiteral("22 wyniki")};
}

void TstTranslations::qmFilesLoadWithPluralRules() {
    QFETCH(QString, language);
    QFETCH(QString, noVault);
    QFETCH(QStringList, matches);
    const QString qm = QDir(kGuiQmDir).filePath(QStringLiteral("clinicdesk_%1.qm").arg(language));
    QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" was not built")));
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("Vault", "There is no vault at %1.").arg(QStringLiteral("/x")), noVault);
    const QList<int> counts{1, 3, 5, 22};
    for (qsizetype i = 0; i < counts.size(); ++i) {
        QCOMPARE(QCoreApplication::translate("clinicdesk::PatientsPage", "%n match(es)", nullptr, counts.at(i)),
                 matches.at(i));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TstTranslations::cliSpeaksTheLocaleLanguage_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sv") << QStringLiteral("sv_SE.UTF-8") << QStringLiteral("Det finns inget valv i");
    QTest::newRow("pl") << QStringLiteral("pl_PL.UTF-8") << QStringLiteral("nie ma sejfu");
    QTest::newRow("en") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("There is no vault at");
}

void TstTranslations::cliSpeaksTheLocaleLanguage() {
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QString cli = qEnvironmentVariable("CLINICDESK_CLI");
    if (cli.isEmpty()) {
        QSKIP("CLINICDESK_CLI is not set (run the test through ctest)");
    }
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE")); // would override LANG for QLocale::uiLanguages()
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("HOME"), tmp.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("CLINICDESK_LOG_DIR"), tmp.filePath(QStringLiteral("logs")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(cli, {QStringLiteral("--vault"), tmp.filePath(QStringLiteral("no-vault-here")),
                        QStringLiteral("patient"), QStringLiteral("list")});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 3); // ExitNotFound
    QVERIFY2(err.contains(expected), qPrintable(err));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
