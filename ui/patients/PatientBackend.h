#pragma once

#include "domain/Patient.h"
#include "domain/Session.h"
#include "repo/PatientRepository.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QCollator>
#include <QObject>
#include <QThread>

#include <optional>
#include <vector>

namespace clinicdesk {

// Patient queries and writes off the UI thread. The backend lives on a thread
// it owns, with its own SQLCipher connection (opened by the caller with
// Vault::openConnection(); SQLCipher connections are FULLMUTEX, so one can be
// handed to another thread) and its own copy of the Session. Widgets call the
// slots through queued connections and match answers by the token they sent;
// an answer for an older token is theirs to drop.
class PatientBackend : public QObject {
    Q_OBJECT
public:
    PatientBackend(Database connection, Session session);
    // Calls shutdown().
    ~PatientBackend() override;
    PatientBackend(const PatientBackend&) = delete;
    PatientBackend& operator=(const PatientBackend&) = delete;

    // From the thread that created the backend: stops the worker thread (after
    // the request it is running, if any; queued ones are dropped) and closes
    // the connection. Must run before the vault locks. Idempotent.
    void shutdown();

public slots:
    void search(const QString& text, quint64 token);
    void save(const clinicdesk::PatientDraft& draft, const std::optional<QString>& id, quint64 token);
    void load(const QString& id, quint64 token);

signals:
    void searchDone(quint64 token, const std::vector<clinicdesk::Patient>& patients);
    void saved(quint64 token, const clinicdesk::PatientSaved& result);
    void loaded(quint64 token, const clinicdesk::Patient& patient);
    void failed(quint64 token, const clinicdesk::Error& error);

private:
    [[nodiscard]] PatientRepository repository() { return PatientRepository(m_db, m_session); }

    // Not a child: a QThread must not live on the thread it runs.
    QThread m_thread;
    Database m_db;
    Session m_session;
    QCollator m_collator; // used on the backend thread only
};

} // namespace clinicdesk
