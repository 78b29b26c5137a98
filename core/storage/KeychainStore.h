#pragma once

#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QObject>

#include <functional>

namespace clinicdesk {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows), with the insecure plaintext fallback
// off. Entries are namespaced per vault and user. The async calls never block
// the caller's thread; the blocking ones run a local event loop and are meant
// for the CLI, tests and worker threads.
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
    QString m_service;
};

} // namespace clinicdesk
