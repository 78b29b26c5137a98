// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "keychain/KeychainStore.h"

#include "async/Worker.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QMutex>
#include <qt6keychain/keychain.h>

#include <future>
#include <memory>

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

namespace {

// QtKeychain runs every job through one process-wide executor, a QObject that belongs to
// the thread that first used the keychain; jobs started from any other thread crash or,
// once that thread has ended, never finish. So all keychain work in this process happens
// on one thread of its own that lives until the application ends: this is where
// QtKeychain's own singleton lives, not a second one of ours.
Worker* g_keychainThread = nullptr;

void stopKeychainThread() {
    delete g_keychainThread; // stops it; the context it adopted is deleted on it
    g_keychainThread = nullptr;
}

QObject* keychainContext() {
    static QMutex mutex;
    static QObject* context = nullptr;
    QMutexLocker lock(&mutex);
    if (context == nullptr) {
        g_keychainThread = new Worker(QStringLiteral("keychain"));
        context = new QObject;
        g_keychainThread->adopt(context);
        qAddPostRoutine(stopKeychainThread);
    }
    return context;
}

// Starts `job` on the keychain thread; `finished` runs there when it ends.
void startOnKeychainThread(std::function<QKeychain::Job*()> makeJob, std::function<void(QKeychain::Job*)> finished) {
    QObject* context = keychainContext();
    QMetaObject::invokeMethod(context,
                              tsan::handOff(context->thread(),
                                            [context, makeJob = std::move(makeJob), finished = std::move(finished)] {
                                                QKeychain::Job* job = makeJob();
                                                job->setAutoDelete(true);
                                                job->setInsecureFallback(false);
                                                QObject::connect(job, &QKeychain::Job::finished, context, finished);
                                                job->start();
                                            }),
                              Qt::QueuedConnection);
}

Result<SecureBytes> readResult(QKeychain::Job* finished) {
    auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
    if (readJob->error() != QKeychain::NoError) {
        if (readJob->error() != QKeychain::EntryNotFound) {
            qCWarning(lcKeychain) << "keychain read failed:" << readJob->errorString();
        }
        return std::unexpected(keychainError(readJob->error(), readJob->errorString()));
    }
    // binaryData() shares the job's own buffer: wipeShared() zeroes it there, not in a detached copy.
    QByteArray encoded = readJob->binaryData();
    QByteArray raw = QByteArray::fromBase64(encoded);
    SecureBytes secret = SecureBytes::fromBytes(
        {reinterpret_cast<const unsigned char*>(raw.constData()), static_cast<std::size_t>(raw.size())});
    SecureBytes::wipeShared(encoded);
    SecureBytes::wipe(raw);
    return secret;
}

Status writeResult(QKeychain::Job* finished) {
    if (finished->error() != QKeychain::NoError) {
        qCWarning(lcKeychain) << "keychain write failed:" << finished->errorString();
        return std::unexpected(keychainError(finished->error(), finished->errorString()));
    }
    return {};
}

Status removeResult(QKeychain::Job* finished) {
    if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
        return std::unexpected(keychainError(finished->error(), finished->errorString()));
    }
    return {};
}

// Runs one job and waits for it without an event loop in the calling thread.
template <typename T>
T runBlocking(std::function<QKeychain::Job*()> makeJob, T (*toResult)(QKeychain::Job*)) {
    auto promise = std::make_shared<std::promise<T>>();
    std::future<T> future = promise->get_future();
    startOnKeychainThread(std::move(makeJob),
                          [promise, toResult](QKeychain::Job* finished) { promise->set_value(toResult(finished)); });
    if (future.wait_for(std::chrono::seconds(120)) != std::future_status::ready) {
        return std::unexpected(Error{ErrorCode::Keychain, KeychainStore::tr("The keychain did not answer."),
                                     QStringLiteral("no answer within 120 s")});
    }
    return future.get();
}

} // namespace

std::function<QKeychain::Job*()> KeychainStore::writeJob(const QString& key, const SecureBytes& secret) const {
    QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    auto encoded = std::make_shared<QByteArray>(bytes.toBase64());
    SecureBytes::wipe(bytes);
    return [service = m_service, key, encoded] {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        // The job keeps a shared reference to `encoded` until it has written it: zeroed in place once it
        // finished (before its auto-delete), so that no copy of the key is left in freed memory.
        job->setBinaryData(*encoded);
        QObject::connect(job, &QKeychain::Job::finished, job, [encoded] { SecureBytes::wipeShared(*encoded); });
        return job;
    };
}

std::function<QKeychain::Job*()> KeychainStore::readJob(const QString& key) const {
    return [service = m_service, key] {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    };
}

std::function<QKeychain::Job*()> KeychainStore::removeJob(const QString& key) const {
    return [service = m_service, key] {
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    };
}

void KeychainStore::write(const QString& key, const SecureBytes& secret, WriteDone done) {
    startOnKeychainThread(writeJob(key, secret), [self = QPointer(this), done = std::move(done)](QKeychain::Job* job) {
        deliver(self, [done, result = writeResult(job)] { done(result); });
    });
}

void KeychainStore::read(const QString& key, ReadDone done) {
    startOnKeychainThread(readJob(key), [self = QPointer(this), done = std::move(done)](QKeychain::Job* job) {
        auto result = std::make_shared<Result<SecureBytes>>(readResult(job));
        deliver(self, [done, result] { done(std::move(*result)); });
    });
}

void KeychainStore::remove(const QString& key, WriteDone done) {
    startOnKeychainThread(removeJob(key), [self = QPointer(this), done = std::move(done)](QKeychain::Job* job) {
        deliver(self, [done, result = removeResult(job)] { done(result); });
    });
}

void KeychainStore::deliver(const QPointer<KeychainStore>& self, std::function<void()> call) {
    if (self.isNull()) {
        return; // the store was destroyed while the job ran
    }
    QMetaObject::invokeMethod(self.data(), tsan::handOff(self->thread(), std::move(call)), Qt::QueuedConnection);
}

Status KeychainStore::writeBlocking(const QString& key, const SecureBytes& secret) {
    return runBlocking<Status>(writeJob(key, secret), &writeResult);
}

Result<SecureBytes> KeychainStore::readBlocking(const QString& key) {
    return runBlocking<Result<SecureBytes>>(readJob(key), &readResult);
}

Status KeychainStore::removeBlocking(const QString& key) {
    return runBlocking<Status>(removeJob(key), &removeResult);
}

} // namespace clinicdesk
