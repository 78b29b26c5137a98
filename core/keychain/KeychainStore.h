// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace QKeychain {
class Job;
}

namespace clinicdesk {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows), with the insecure plaintext fallback
// off. Entries are namespaced per vault and user. Every keychain job runs on one
// thread of the process kept for the keychain (QtKeychain's executor must stay on
// one living thread), so any thread may use a KeychainStore. The async calls never
// block and call back on the thread this object belongs to; the blocking ones wait
// for the answer (no event loop needed) and are meant for the CLI, tests and
// worker threads, never the UI thread.
class KeychainStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<SecureBytes>)>;
    using WriteDone = std::function<void(Status)>;

    explicit KeychainStore(QString service = QStringLiteral("ClinicDesk"), QObject* parent = nullptr);

    void write(const QString& key, const SecureBytes& secret, WriteDone done);
    void read(const QString& key, ReadDone done);
    void remove(const QString& key, WriteDone done);

    [[nodiscard]] Status writeBlocking(const QString& key, const SecureBytes& secret);
    [[nodiscard]] Result<SecureBytes> readBlocking(const QString& key);
    [[nodiscard]] Status removeBlocking(const QString& key);

    // The entry that remembers `userId` of vault `vaultId` on this computer.
    [[nodiscard]] static QString entryKey(const QString& vaultId, const QString& userId);
    [[nodiscard]] QString service() const { return m_service; }

private:
    [[nodiscard]] std::function<QKeychain::Job*()> writeJob(const QString& key, const SecureBytes& secret) const;
    [[nodiscard]] std::function<QKeychain::Job*()> readJob(const QString& key) const;
    [[nodiscard]] std::function<QKeychain::Job*()> removeJob(const QString& key) const;
    static void deliver(const QPointer<KeychainStore>& self, std::function<void()> call);

    QString m_service;
};

} // namespace clinicdesk
