#include "storage/KeychainStore.h"

#include "util/Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace clinicdesk {

namespace {

Error keychainError(QKeychain::Error code, const QString& detail) {
    if (code == QKeychain::EntryNotFound) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("KeychainStore", "This computer's keychain has no entry for this "
                                                                  "user."),
                     detail};
    }
    if (code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented) {
        return Error{ErrorCode::Keychain,
                     QCoreApplication::translate("KeychainStore", "No keychain is available on this computer, so "
                                                                  "ClinicDesk cannot remember you here."),
                     detail};
    }
    return Error{ErrorCode::Keychain,
                 QCoreApplication::translate("KeychainStore", "The keychain refused the request: %1").arg(detail),
                 detail};
}

} // namespace

KeychainStore::KeychainStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString KeychainStore::entryKey(const QString& vaultId, const QString& userId) {
    return QStringLiteral("vault/%1/user/%2").arg(vaultId, userId);
}

void KeychainStore::write(const QString& key, const SecureBytes& secret, WriteDone done) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(bytes.toBase64());
    SecureBytes::wipe(bytes);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcKeychain) << "keychain write failed:" << finished->errorString();
            done(std::unexpected(keychainError(finished->error(), finished->errorString())));
            return;
        }
        done({});
    });
    job->start();
}

void KeychainStore::read(const QString& key, ReadDone done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() != QKeychain::NoError) {
            if (readJob->error() != QKeychain::EntryNotFound) {
                qCWarning(lcKeychain) << "keychain read failed:" << readJob->errorString();
            }
            done(std::unexpected(keychainError(readJob->error(), readJob->errorString())));
            return;
        }
        QByteArray encoded = readJob->binaryData();
        QByteArray raw = QByteArray::fromBase64(encoded);
        SecureBytes secret = SecureBytes::fromBytes(
            {reinterpret_cast<const unsigned char*>(raw.constData()), static_cast<std::size_t>(raw.size())});
        SecureBytes::wipe(encoded);
        SecureBytes::wipe(raw);
        done(std::move(secret));
    });
    job->start();
}

void KeychainStore::remove(const QString& key, WriteDone done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(std::unexpected(keychainError(finished->error(), finished->errorString())));
            return;
        }
        done({});
    });
    job->start();
}

Status KeychainStore::writeBlocking(const QString& key, const SecureBytes& secret) {
    QEventLoop loop;
    Status result = fail(ErrorCode::Keychain, tr("The keychain did not answer."), QStringLiteral("no answer"));
    write(key, secret, [&](Status s) {
        result = std::move(s);
        loop.quit();
    });
    loop.exec();
    return result;
}

Result<SecureBytes> KeychainStore::readBlocking(const QString& key) {
    QEventLoop loop;
    Result<SecureBytes> result =
        fail(ErrorCode::Keychain, tr("The keychain did not answer."), QStringLiteral("no answer"));
    read(key, [&](Result<SecureBytes> r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

Status KeychainStore::removeBlocking(const QString& key) {
    QEventLoop loop;
    Status result = fail(ErrorCode::Keychain, tr("The keychain did not answer."), QStringLiteral("no answer"));
    remove(key, [&](Status s) {
        result = std::move(s);
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace clinicdesk
