#include "DemoVault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

class TstDemoVault : public QObject {
    Q_OBJECT

private slots:
    void createsASearchableVault();
    void samplesAreValid();
};

void TstDemoVault::samplesAreValid() {
    const auto samples = DemoVault::samplePatients();
    QVERIFY(samples.size() >= 30);
    int withNationalId = 0;
    for (const PatientDraft& draft : samples) {
        auto valid = PatientRepository::validate(draft);
        QVERIFY2(valid.has_value(),
                 qPrintable(draft.lastName + QStringLiteral(": ") + (valid ? QString() : valid.error().message)));
        withNationalId += draft.nationalId.isEmpty() ? 0 : 1;
    }
    QVERIFY(withNationalId >= 1 && withNationalId <= 5);
}

void TstDemoVault::createsASearchableVault() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    auto demo = DemoVault::create(dir);
    QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().detail));
    QCOMPARE(demo->userName, QStringLiteral("demo"));
    QVERIFY(demo->password.size() >= 12);

    auto patients = demo->session->patients();
    auto count = patients.count();
    QVERIFY(count.has_value());
    QVERIFY(*count >= 30);

    // Diacritics do not matter to the search, prefixes are enough.
    for (const QString& query : {QStringLiteral("Lindström"), QStringLiteral("lindstr"), QStringLiteral("LINDSTROM")}) {
        auto found = patients.search(query);
        QVERIFY(found.has_value());
        QCOMPARE(found->size(), std::size_t{1});
        QCOMPARE(found->front().firstName, QStringLiteral("Åsa"));
    }
    auto byId = patients.search(QStringLiteral("19121212"));
    QVERIFY(byId.has_value());
    QCOMPARE(byId->size(), std::size_t{1});
    QCOMPARE(byId->front().lastName, QStringLiteral("Tolvansson"));

    // The random password opens the vault again.
    demo->session.reset();
    auto again = VaultSession::login(dir, demo->userName, SecureBytes::fromUtf8(demo->password));
    QVERIFY(again.has_value());
}

QTEST_MAIN(TstDemoVault)
#include "tst_demovault.moc"
