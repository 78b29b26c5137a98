// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The vault on disk: ciphertext only, refusals that leave every byte alone,
// password change and recovery through key envelopes, newer schemas, locking.

#include "Checks.h"
#include "TestVault.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <thread>

using namespace clinicdesk;
using clinicdesk::test::readAll;
using clinicdesk::test::TestVault;

namespace {

const QString kFirstName = QStringLiteral("Zebulon");
const QString kLastName = QStringLiteral("Quixotefjord");
const QString kNationalId = QStringLiteral("19121212-1212");
const QString kPhone = QStringLiteral("+46 70 555 81 94");
const QString kEmail = QStringLiteral("zebulon.q@fjordpost.example");
const QString kAddress = QStringLiteral("Vindskeppsgatan 31");
const QString kNotes = QStringLiteral("Penicillinallergi bekraftad");

using clinicdesk::test::code;

PatientDraft zebulon() {
    PatientDraft draft = clinicdesk::test::patientDraft(kFirstName, kLastName, kNationalId, kPhone, kEmail);
    draft.address = kAddress;
    draft.clinicalNotes = kNotes;
    return draft;
}

QByteArray utf16le(const QString& text) {
    QByteArray bytes;
    for (QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xff));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

// Every form in which the patient's data could end up in a file.
QList<QByteArray> needles() {
    QList<QByteArray> out;
    const QStringList texts = {kFirstName,
                               kLastName,
                               kFirstName.toLower(),
                               kLastName.toLower(),
                               kFirstName.toUpper(),
                               kLastName.toUpper(),
                               kNationalId,
                               QStringLiteral("191212121212"),
                               QStringLiteral("1212121212"),
                               QStringLiteral("121212-1212"),
                               kPhone,
                               QStringLiteral("46705558194"),
                               kEmail,
                               QStringLiteral("fjordpost"),
                               kAddress,
                               QStringLiteral("vindskeppsgatan"),
                               kNotes,
                               QStringLiteral("Penicillinallergi")};
    for (const QString& text : texts) {
        out << text.toUtf8() << utf16le(text);
    }
    return out;
}

using FileMap = std::map<QString, QByteArray>;

// Every file in the vault folder (hidden ones too) with its bytes.
FileMap snapshot(const QString& dir) {
    FileMap files;
    const QFileInfoList infos =
        QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& info : infos) {
        files[info.fileName()] = readAll(info.filePath());
    }
    return files;
}

// What differs between two snapshots, as text for a failure message (empty when equal).
QString differences(const FileMap& before, const FileMap& after) {
    QStringList out;
    for (const auto& [name, bytes] : before) {
        const auto it = after.find(name);
        if (it == after.end()) {
            out << name + QStringLiteral(" disappeared");
        } else if (it->second != bytes) {
            out << name + QStringLiteral(" changed (%1 -> %2 bytes)").arg(bytes.size()).arg(it->second.size());
        }
    }
    for (const auto& [name, bytes] : after) {
        if (before.find(name) == before.end()) {
            out << name + QStringLiteral(" appeared (%1 bytes)").arg(bytes.size());
        }
    }
    return out.join(QStringLiteral("; "));
}

// The first needle found in any file, as "file: needle"; empty if none.
QString findLeak(const FileMap& files) {
    const QList<QByteArray> all = needles();
    for (const auto& [name, bytes] : files) {
        for (const QByteArray& needle : all) {
            if (bytes.contains(needle)) {
                return name + QStringLiteral(": ") + QString::fromUtf8(needle.toHex());
            }
        }
    }
    return {};
}

bool isPlainSqlite(const QByteArray& bytes) {
    return bytes.startsWith(QByteArray("SQLite format 3\0", 16));
}

// A user-facing error message: a sentence or two ending in a full stop, no
// newline, no SQLite or parser detail (that belongs in Error::detail).
bool isClearMessage(const QString& message) {
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][^\\n]{10,300}[.]$"));
    return shape.match(message).hasMatch() && !message.contains(QLatin1String("SQLITE")) &&
           !message.contains(QLatin1String("parse")) && !message.contains(QLatin1String("(26)"));
}

QString vaultFile(const QString& dir, const char* name) {
    return QDir(dir).filePath(QLatin1String(name));
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

nlohmann::json parseJson(const QByteArray& bytes) {
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QByteArray dumpJson(const nlohmann::json& json) {
    return QByteArray::fromStdString(json.dump(2));
}

// Index of the admin's password envelope in a parsed keys.json.
int adminEnvelopeIndex(const nlohmann::json& keys) {
    const auto& envelopes = keys.at("envelopes");
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        if (envelopes[i].value("kind", std::string()) == "password" && envelopes[i].value("admin", false)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace

class TstVault : public QObject {
    Q_OBJECT

private slots:
    void leakDetectorFindsPlainSqlite();
    void databaseFileIsCiphertext();
    void patientDataNeverReachesDiskInClear();
    void userNamesAreNotInKeyFile();
    void wrongPasswordChangesNothing();
    void unknownUserLooksLikeWrongPassword();
    void passwordChangeReSealsOneEnvelope();
    void recoveryCodeSetsNewPassword();
    void damagedKeyFileIsRefused_data();
    void damagedKeyFileIsRefused();
    void notAVaultIsRefused_data();
    void notAVaultIsRefused();
    void missingFolderIsNotFound();
    void newerSchemaIsRefusedUntouched();
    void lockWipesTheKey();
    void secondConnectionSeesCommittedData();
};

// The control for the leak checks below: the same search finds the patient's
// name in an unencrypted SQLite file, so "not found" in the vault means something.
void TstVault::leakDetectorFindsPlainSqlite() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("plain.db"));
    {
        auto db = Database::openUnencrypted(path, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(db->exec("CREATE TABLE t (name TEXT)"));
        auto stmt = db->prepare("INSERT INTO t (name) VALUES (?)");
        CHECK_OK(stmt);
        stmt->bind(1, kFirstName + QLatin1Char(' ') + kLastName);
        CHECK_OK(stmt->run());
        CHECK_OK(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    FileMap files;
    files[QStringLiteral("plain.db")] = readAll(path);
    QVERIFY(isPlainSqlite(files.begin()->second));
    QVERIFY(!findLeak(files).isEmpty());
}

void TstVault::databaseFileIsCiphertext() {
    TestVault tv;
    const QByteArray open = readAll(vaultFile(tv.dir(), Vault::kDatabaseFile));
    QVERIFY(open.size() >= 4096);
    QVERIFY2(!isPlainSqlite(open), "clinic.db starts with the plain SQLite header while open");
    tv.logout();
    const QByteArray closed = readAll(vaultFile(tv.dir(), Vault::kDatabaseFile));
    QVERIFY(closed.size() >= 4096);
    QVERIFY2(!isPlainSqlite(closed), "clinic.db starts with the plain SQLite header after lock");
    QVERIFY(!closed.contains("SQLite format 3"));
    // Schema text is encrypted too (a plain file carries its CREATE TABLE statements).
    QVERIFY(!closed.contains("CREATE TABLE"));
    QVERIFY(!closed.contains("audit_log"));
}

void TstVault::patientDataNeverReachesDiskInClear() {
    TestVault tv;
    auto saved = tv.session().patients().add(zebulon());
    CHECK_OK(saved);
    CHECK_OK(tv.session().patients().get(saved->patient.id));
    auto found = tv.session().patients().search(QStringLiteral("zebu quix"));
    CHECK_OK(found);
    QCOMPARE(found->size(), std::size_t{1});

    // While open: the new pages sit in the WAL, which must be encrypted too.
    const QString wal = vaultFile(tv.dir(), "clinic.db-wal");
    QVERIFY2(QFileInfo(wal).size() > 0, "expected the write-ahead log to hold the new pages while open");
    const FileMap whileOpen = snapshot(tv.dir());
    QVERIFY(whileOpen.count(QStringLiteral("clinic.db-wal")) == 1);
    const QString openLeak = findLeak(whileOpen);
    QVERIFY2(openLeak.isEmpty(), qPrintable(QStringLiteral("patient data in clear while open: ") + openLeak));

    tv.logout();
    const FileMap closed = snapshot(tv.dir());
    QVERIFY(closed.count(QString::fromLatin1(Vault::kDatabaseFile)) == 1);
    QVERIFY(closed.count(QString::fromLatin1(Vault::kKeysFile)) == 1);
    QVERIFY(closed.count(QStringLiteral("audit-anchor.json")) == 1);
    const QString closedLeak = findLeak(closed);
    QVERIFY2(closedLeak.isEmpty(), qPrintable(QStringLiteral("patient data in clear after lock: ") + closedLeak));
    // After lock the WAL is checkpointed away (or empty).
    QVERIFY(!QFile::exists(wal) || QFileInfo(wal).size() == 0);
}

void TstVault::userNamesAreNotInKeyFile() {
    TestVault tv;
    CHECK_OK(tv.addUser(QStringLiteral("bartholomew"), Role::Practitioner));
    const QByteArray keys = readAll(vaultFile(tv.dir(), Vault::kKeysFile));
    QVERIFY(!keys.isEmpty());
    QVERIFY(!keys.contains("bartholomew"));
    QVERIFY(!keys.contains("Dr Admin"));
    QVERIFY(!keys.contains(QByteArray(TestVault::kAdminPassword)));
    QVERIFY(!keys.contains("password-bartholomew"));
}

void TstVault::wrongPasswordChangesNothing() {
    TestVault tv;
    CHECK_OK(tv.session().patients().add(zebulon()));
    tv.logout();
    const FileMap before = snapshot(tv.dir());
    QVERIFY(before.count(QStringLiteral("clinic.db-wal")) == 0);
    QVERIFY(before.count(QStringLiteral("clinic.db-shm")) == 0);

    auto session = VaultSession::login(tv.dir(), QStringLiteral("admin"), TestVault::secret(QStringLiteral("wrong")));
    QVERIFY(!session);
    QCOMPARE(code(session.error().code), code(ErrorCode::WrongPassword));
    QVERIFY2(isClearMessage(session.error().message), qPrintable(session.error().message));
    const QString diff = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // A password that differs only in case is wrong as well.
    auto upper = VaultSession::login(tv.dir(), QStringLiteral("admin"),
                                     TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword).toUpper()));
    QVERIFY(!upper);
    QCOMPARE(code(upper.error().code), code(ErrorCode::WrongPassword));
    const QString diff2 = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff2.isEmpty(), qPrintable(diff2));

    // The right password still opens it (the refusal was about the password).
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)));
}

void TstVault::unknownUserLooksLikeWrongPassword() {
    TestVault tv;
    tv.logout();
    const FileMap before = snapshot(tv.dir());
    auto wrong = VaultSession::login(tv.dir(), QStringLiteral("admin"), TestVault::secret(QStringLiteral("nope nope")));
    auto unknown = VaultSession::login(tv.dir(), QStringLiteral("mallory"),
                                       TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    QVERIFY(!wrong);
    QVERIFY(!unknown);
    QCOMPARE(code(unknown.error().code), code(ErrorCode::WrongPassword));
    QCOMPARE(unknown.error().message, wrong.error().message);
    QVERIFY(!unknown.error().message.contains(QLatin1String("mallory")));
    const QString diff = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TstVault::passwordChangeReSealsOneEnvelope() {
    TestVault tv;
    auto saved = tv.session().patients().add(zebulon());
    CHECK_OK(saved);
    auto bob = tv.addUser(QStringLiteral("bob"), Role::Practitioner);
    CHECK_OK(bob);
    const QString adminId = tv.session().user().id;
    const QString keysPath = vaultFile(tv.dir(), Vault::kKeysFile);
    const nlohmann::json before = parseJson(readAll(keysPath));
    QVERIFY(!before.is_discarded());
    QCOMPARE(before.at("envelopes").size(), std::size_t{3}); // admin, recovery, bob

    const QString newPassword = QStringLiteral("a brand new passphrase");
    CHECK_OK(tv.session().changePassword(QStringLiteral("admin"), TestVault::secret(newPassword)));

    const nlohmann::json after = parseJson(readAll(keysPath));
    QVERIFY(!after.is_discarded());
    QVERIFY(after.at("vault_id") == before.at("vault_id"));
    QVERIFY(after.at("format") == before.at("format"));
    QVERIFY(after.at("version") == before.at("version"));
    QCOMPARE(after.at("envelopes").size(), before.at("envelopes").size());
    int unchanged = 0;
    for (const auto& old : before.at("envelopes")) {
        const bool isAdminPassword = old.value("kind", std::string()) == "password" &&
                                     old.value("user_id", std::string()) == adminId.toStdString();
        bool identicalFound = false;
        for (const auto& now : after.at("envelopes")) {
            if (now == old) {
                identicalFound = true;
            }
        }
        if (isAdminPassword) {
            QVERIFY2(!identicalFound, "the admin's envelope was not re-sealed");
        } else {
            QVERIFY2(identicalFound, qPrintable(QStringLiteral("envelope changed: ") +
                                                QString::fromStdString(old.value("kind", std::string()))));
            ++unchanged;
        }
    }
    QCOMPARE(unchanged, 2);
    const int adminIndex = adminEnvelopeIndex(after);
    QVERIFY(adminIndex >= 0);
    const auto& resealed = after.at("envelopes")[static_cast<std::size_t>(adminIndex)];
    QCOMPARE(resealed.at("user_id").get<std::string>(), adminId.toStdString());
    const auto& original = before.at("envelopes")[static_cast<std::size_t>(adminEnvelopeIndex(before))];
    QVERIFY(resealed.at("kdf").at("salt") != original.at("kdf").at("salt"));
    QVERIFY(resealed.at("ct") != original.at("ct"));

    tv.logout();
    const FileMap atRest = snapshot(tv.dir());
    auto old = VaultSession::login(tv.dir(), QStringLiteral("admin"),
                                   TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    QVERIFY(!old);
    QCOMPARE(code(old.error().code), code(ErrorCode::WrongPassword));
    const QString diff = differences(atRest, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The database key did not change: data written before opens with the new password.
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), newPassword));
    auto patient = tv.session().patients().get(saved->patient.id);
    CHECK_OK(patient);
    QCOMPARE(patient->lastName, kLastName);
    // The other user's envelope still opens.
    CHECK_OK(tv.loginAs(QStringLiteral("bob"), TestVault::passwordFor(QStringLiteral("bob"))));
    QCOMPARE(tv.session().user().id, bob->id);
}

void TstVault::recoveryCodeSetsNewPassword() {
    TestVault tv;
    const QString recovery = tv.recoveryCode();
    static const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$"));
    QVERIFY2(shape.match(recovery).hasMatch(), "recovery code is not six groups of five Crockford base32 characters");
    const QByteArray keys = readAll(vaultFile(tv.dir(), Vault::kKeysFile));
    QVERIFY(!keys.contains(recovery.toUtf8()));
    QVERIFY(!keys.contains(Vault::normaliseRecoveryCode(recovery).toUtf8()));
    auto saved = tv.session().patients().add(zebulon());
    CHECK_OK(saved);
    tv.logout();

    // A wrong code: refused, nothing written.
    const FileMap before = snapshot(tv.dir());
    QString wrongCode = recovery;
    wrongCode[0] = wrongCode[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto wrong = VaultSession::recover(tv.dir(), wrongCode, QStringLiteral("admin"),
                                       TestVault::secret(QStringLiteral("never used pw")));
    QVERIFY(!wrong);
    QCOMPARE(code(wrong.error().code), code(ErrorCode::WrongPassword));
    QVERIFY2(isClearMessage(wrong.error().message), qPrintable(wrong.error().message));
    const QString diff = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Lower case and without dashes, as people type it.
    const QString typed = recovery.toLower().remove(QLatin1Char('-'));
    const QString first = QStringLiteral("recovered password one");
    {
        auto session = VaultSession::recover(tv.dir(), typed, QStringLiteral("admin"), TestVault::secret(first));
        CHECK_OK(session);
        QCOMPARE((*session)->user().name, QStringLiteral("admin"));
        auto patient = (*session)->patients().get(saved->patient.id);
        CHECK_OK(patient);
        QCOMPARE(patient->firstName, kFirstName);
    }
    auto old = VaultSession::login(tv.dir(), QStringLiteral("admin"),
                                   TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    QVERIFY(!old);
    QCOMPARE(code(old.error().code), code(ErrorCode::WrongPassword));
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), first));
    tv.logout();

    // The code as printed still works (recovery does not consume it) and sets another password.
    const QString second = QStringLiteral("recovered password two");
    {
        auto session = VaultSession::recover(tv.dir(), recovery, QStringLiteral("admin"), TestVault::secret(second));
        CHECK_OK(session);
    }
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), second));
    auto audit = tv.session().auditEntries(1000);
    CHECK_OK(audit);
    int resets = 0;
    for (const AuditEntry& entry : *audit) {
        resets += entry.action == QLatin1String("password_reset") ? 1 : 0;
    }
    QCOMPARE(resets, 2);
}

void TstVault::damagedKeyFileIsRefused_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    const QString refused = code(ErrorCode::VaultRefused);
    QTest::newRow("truncated") << "truncated" << refused;
    QTest::newRow("not json") << "not json" << refused;
    QTest::newRow("empty") << "empty" << refused;
    QTest::newRow("missing") << "missing" << refused;
    QTest::newRow("wrong format tag") << "format" << refused;
    QTest::newRow("no envelopes") << "no envelopes" << refused;
    QTest::newRow("ciphertext bit flipped") << "ct bit" << code(ErrorCode::WrongPassword);
    QTest::newRow("nonce bit flipped") << "nonce bit" << code(ErrorCode::WrongPassword);
    QTest::newRow("vault id changed") << "vault id" << code(ErrorCode::WrongPassword);
    QTest::newRow("kdf ops below minimum") << "ops" << refused;
    QTest::newRow("kdf memory below minimum") << "mem" << refused;
    QTest::newRow("salt removed") << "salt" << refused;
}

void TstVault::damagedKeyFileIsRefused() {
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    TestVault tv;
    tv.logout();
    const QString keysPath = vaultFile(tv.dir(), Vault::kKeysFile);
    const QByteArray original = readAll(keysPath);
    nlohmann::json json = parseJson(original);
    QVERIFY(!json.is_discarded());
    const int admin = adminEnvelopeIndex(json);
    QVERIFY(admin >= 0);
    auto& envelope = json["envelopes"][static_cast<std::size_t>(admin)];
    const auto flipBit = [](nlohmann::json& field) {
        QByteArray bytes = QByteArray::fromBase64(QByteArray::fromStdString(field.get<std::string>()));
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
        field = bytes.toBase64().toStdString();
    };

    QByteArray damaged;
    bool remove = false;
    if (damage == QLatin1String("truncated")) {
        damaged = original.left(original.size() / 2);
    } else if (damage == QLatin1String("not json")) {
        damaged = "this is not JSON at all\n";
    } else if (damage == QLatin1String("empty")) {
        damaged = QByteArray();
    } else if (damage == QLatin1String("missing")) {
        remove = true;
    } else if (damage == QLatin1String("format")) {
        json["format"] = "something-else";
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("no envelopes")) {
        json.erase("envelopes");
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("ct bit")) {
        flipBit(envelope["ct"]);
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("nonce bit")) {
        flipBit(envelope["nonce"]);
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("vault id")) {
        // The envelopes are bound to the vault id (associated data).
        std::string id = json["vault_id"].get<std::string>();
        id[0] = id[0] == 'a' ? 'b' : 'a';
        json["vault_id"] = id;
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("ops")) {
        envelope["kdf"]["ops"] = KdfParams::minimum().opsLimit - 1;
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("mem")) {
        envelope["kdf"]["mem"] = std::size_t{8} * 1024 * 1024;
        damaged = dumpJson(json);
    } else if (damage == QLatin1String("salt")) {
        envelope["kdf"].erase("salt");
        damaged = dumpJson(json);
    } else {
        QFAIL("unknown damage");
    }
    if (remove) {
        QVERIFY(QFile::remove(keysPath));
    } else {
        QVERIFY(damaged != original);
        QVERIFY(writeFile(keysPath, damaged));
    }

    const FileMap before = snapshot(tv.dir());
    auto session = VaultSession::login(tv.dir(), QStringLiteral("admin"),
                                       TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    QVERIFY(!session);
    QCOMPARE(code(session.error().code), expected);
    QVERIFY2(isClearMessage(session.error().message), qPrintable(session.error().message));
    if (expected == code(ErrorCode::VaultRefused)) {
        QVERIFY2(session.error().message.contains(QLatin1String("keys.json")), qPrintable(session.error().message));
    }
    const QString diff = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Restored, the same password opens it: the refusal was about the damage.
    QVERIFY(writeFile(keysPath, original));
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)));
}

void TstVault::notAVaultIsRefused_data() {
    QTest::addColumn<QString>("replacement");
    QTest::newRow("plain sqlite") << "plain";
    QTest::newRow("random bytes") << "random";
    QTest::newRow("empty file") << "empty";
    QTest::newRow("another vault's database") << "other";
    QTest::newRow("keyed database without schema") << "keyed empty";
    QTest::newRow("database missing") << "missing";
}

void TstVault::notAVaultIsRefused() {
    QFETCH(QString, replacement);
    TestVault tv;
    const SecureBytes key = SecureBytes::fromBytes(tv.session().vault().databaseKey().span());
    tv.logout();
    const QString dbPath = vaultFile(tv.dir(), Vault::kDatabaseFile);
    const QByteArray original = readAll(dbPath);
    QVERIFY(QFile::remove(dbPath));

    std::unique_ptr<TestVault> other;
    if (replacement == QLatin1String("plain")) {
        auto db = Database::openUnencrypted(dbPath, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(db->exec("CREATE TABLE patients (id TEXT PRIMARY KEY, name TEXT); "
                          "INSERT INTO patients VALUES ('1', 'someone');"));
        CHECK_OK(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        db->close();
        QVERIFY(isPlainSqlite(readAll(dbPath)));
    } else if (replacement == QLatin1String("random")) {
        QByteArray bytes(64 * 1024, '\0');
        randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
        QVERIFY(writeFile(dbPath, bytes));
    } else if (replacement == QLatin1String("empty")) {
        QVERIFY(writeFile(dbPath, QByteArray()));
    } else if (replacement == QLatin1String("other")) {
        other = std::make_unique<TestVault>();
        other->logout();
        QVERIFY(writeFile(dbPath, readAll(vaultFile(other->dir(), Vault::kDatabaseFile))));
    } else if (replacement == QLatin1String("keyed empty")) {
        // Opens with the vault's key but was never given the schema.
        auto db = Database::open(dbPath, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(db->exec("CREATE TABLE unrelated (x INTEGER)"));
        db->close();
    } else if (replacement != QLatin1String("missing")) {
        QFAIL("unknown replacement");
    }
    // No -wal/-shm is left from making the replacement.
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));

    const FileMap before = snapshot(tv.dir());
    auto session = VaultSession::login(tv.dir(), QStringLiteral("admin"),
                                       TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    QVERIFY(!session);
    QCOMPARE(code(session.error().code), code(ErrorCode::VaultRefused));
    QVERIFY2(isClearMessage(session.error().message), qPrintable(session.error().message));
    const QString diff = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Vault::probe says the same without a key for the unencrypted case.
    if (replacement == QLatin1String("plain")) {
        auto probe = Vault::probe(tv.dir());
        QVERIFY(!probe);
        QCOMPARE(code(probe.error().code), code(ErrorCode::VaultRefused));
        QVERIFY(probe.error().message.contains(QLatin1String("unencrypted")));
    }

    // With the real database back, the vault opens again.
    QFile::remove(dbPath);
    QVERIFY(writeFile(dbPath, original));
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)));
}

void TstVault::missingFolderIsNotFound() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString missing = tmp.filePath(QStringLiteral("no-such-vault"));
    auto session =
        VaultSession::login(missing, QStringLiteral("admin"), TestVault::secret(QStringLiteral("whatever123")));
    QVERIFY(!session);
    QCOMPARE(code(session.error().code), code(ErrorCode::NotFound));
    QVERIFY(!QFileInfo::exists(missing)); // not created by the attempt

    const QString empty = tmp.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    auto inEmpty =
        VaultSession::login(empty, QStringLiteral("admin"), TestVault::secret(QStringLiteral("whatever123")));
    QVERIFY(!inEmpty);
    QCOMPARE(code(inEmpty.error().code), code(ErrorCode::NotFound));
    QVERIFY(QDir(empty).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));

    auto recovered = VaultSession::recover(missing, QStringLiteral("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"),
                                           QStringLiteral("admin"), TestVault::secret(QStringLiteral("whatever123")));
    QVERIFY(!recovered);
    QCOMPARE(code(recovered.error().code), code(ErrorCode::NotFound));
}

void TstVault::newerSchemaIsRefusedUntouched() {
    TestVault tv;
    auto saved = tv.session().patients().add(zebulon());
    CHECK_OK(saved);
    const int latest = Migrator::latestVersion();
    QVERIFY(latest >= 1);
    const SecureBytes key = SecureBytes::fromBytes(tv.session().vault().databaseKey().span());
    {
        auto raw = tv.session().vault().openConnection();
        CHECK_OK(raw);
        CHECK_OK(raw->exec(QStringLiteral("PRAGMA user_version = %1").arg(latest + 1).toStdString()));
    }
    tv.logout();
    const QString dbPath = vaultFile(tv.dir(), Vault::kDatabaseFile);

    const FileMap before = snapshot(tv.dir());
    QVERIFY(before.count(QStringLiteral("clinic.db-wal")) == 0);
    auto session = VaultSession::login(tv.dir(), QStringLiteral("admin"),
                                       TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    QVERIFY(!session);
    QCOMPARE(code(session.error().code), code(ErrorCode::VaultRefused));
    QVERIFY2(session.error().message.contains(QLatin1String("newer")), qPrintable(session.error().message));
    QVERIFY2(isClearMessage(session.error().message), qPrintable(session.error().message));
    const QString diff = differences(before, snapshot(tv.dir()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The version is still the newer one, and with it put back the vault opens with its data.
    {
        auto raw = Database::open(dbPath, key, Database::Mode::OpenExisting);
        CHECK_OK(raw);
        auto version = raw->userVersion();
        CHECK_OK(version);
        QCOMPARE(*version, latest + 1);
        CHECK_OK(raw->exec(QStringLiteral("PRAGMA user_version = %1").arg(latest).toStdString()));
    }
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)));
    auto patient = tv.session().patients().get(saved->patient.id);
    CHECK_OK(patient);
    QCOMPARE(patient->lastName, kLastName);
}

void TstVault::lockWipesTheKey() {
    TestVault tv;
    Vault& vault = tv.session().vault();
    QVERIFY(!vault.isLocked());
    QCOMPARE(vault.databaseKey().size(), KeyEnvelope::kKeySize);
    CHECK_OK(vault.openConnection());
    const QString anchor = vaultFile(tv.dir(), "audit-anchor.json");
    QVERIFY(QFile::exists(anchor)); // written at creation, so a deleted anchor is noticed

    vault.lock();
    QVERIFY(vault.isLocked());
    QVERIFY(vault.databaseKey().isEmpty());
    QVERIFY(!vault.db().isOpen());
    auto connection = vault.openConnection();
    QVERIFY(!connection);
    QCOMPARE(code(connection.error().code), code(ErrorCode::Locked));
    auto keychain = vault.createKeychainEnvelope(tv.session().user().id, QStringLiteral("admin"), true);
    QVERIFY(!keychain);
    QCOMPARE(code(keychain.error().code), code(ErrorCode::Locked));
    auto password = vault.setPasswordEnvelope(tv.session().user().id, QStringLiteral("admin"), true,
                                              TestVault::secret(QStringLiteral("another password")));
    QVERIFY(!password);
    QCOMPARE(code(password.error().code), code(ErrorCode::Locked));
    // Locking wrote the anchor and closed the database cleanly.
    QVERIFY(QFile::exists(anchor));
    QVERIFY(!QFile::exists(vaultFile(tv.dir(), "clinic.db-wal")));
    vault.lock(); // twice is harmless
    QVERIFY(vault.isLocked());
    // The session's repositories now fail instead of reading anything.
    auto count = tv.session().patients().count();
    QVERIFY(!count);
    auto search = tv.session().patients().search(QStringLiteral("admin"));
    QVERIFY(!search);

    // The old password still opens it (the lock did not touch keys.json).
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), QString::fromLatin1(TestVault::kAdminPassword)));
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
}

void TstVault::secondConnectionSeesCommittedData() {
    TestVault tv;
    auto second = tv.session().vault().openConnection();
    CHECK_OK(second);
    auto before = second->scalar("SELECT count(*) FROM patients");
    CHECK_OK(before);
    QCOMPARE(*before, std::int64_t{0});

    auto saved = tv.session().patients().add(zebulon());
    CHECK_OK(saved);
    auto stmt = second->prepare("SELECT first_name, last_name FROM patients WHERE id = ?");
    CHECK_OK(stmt);
    stmt->bind(1, saved->patient.id);
    auto row = stmt->step();
    CHECK_OK(row);
    QVERIFY(*row);
    QCOMPARE(stmt->text(0), kFirstName);
    QCOMPARE(stmt->text(1), kLastName);
    stmt->reset(); // ends the statement's read transaction, so the next reads see new commits

    // Uncommitted writes are not visible; committed ones are.
    Database& main = tv.session().db();
    CHECK_OK(main.exec("BEGIN IMMEDIATE"));
    CHECK_OK(main.exec("INSERT INTO settings (key, value, updated_at) VALUES ('test.visible', 'x', 0)"));
    auto uncommitted = second->scalar("SELECT count(*) FROM settings WHERE key = 'test.visible'");
    CHECK_OK(uncommitted);
    QCOMPARE(*uncommitted, std::int64_t{0});
    CHECK_OK(main.exec("COMMIT"));
    auto committed = second->scalar("SELECT count(*) FROM settings WHERE key = 'test.visible'");
    CHECK_OK(committed);
    QCOMPARE(*committed, std::int64_t{1});

    // A connection opened and used on another thread sees the data as well.
    std::int64_t seenOnThread = -1;
    const Vault& vault = tv.session().vault();
    std::thread worker([&] {
        auto db = vault.openConnection();
        if (!db) {
            seenOnThread = -2;
            return;
        }
        auto count = db->scalar("SELECT count(*) FROM patients");
        seenOnThread = count ? *count : -3;
    });
    worker.join();
    QCOMPARE(seenOnThread, std::int64_t{1});
}

QTEST_GUILESS_MAIN(TstVault)

#include "tst_vault.moc"
