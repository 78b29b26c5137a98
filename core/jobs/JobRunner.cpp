// Placeholder so the tree links while the runner is being written (replaced by the real implementation).
#include "jobs/JobRunner.h"

#include <QLockFile>
#include <QTimer>

namespace clinicdesk {

JobRunner::JobRunner(Database db, Session session, QString vaultDir, HttpClient& http, Options options, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_vaultDir(std::move(vaultDir))
    , m_http(http)
    , m_options(options) {}
JobRunner::~JobRunner() = default;
void JobRunner::registerHandler(const QString& kind, JobHandler handler) { m_handlers.insert(kind, std::move(handler)); }
void JobRunner::setProbeUrl(const QUrl& url) { m_probeUrl = url; }
std::int64_t JobRunner::backoffMs(int, std::optional<std::int64_t>) const { return 0; }
void JobRunner::start() {}
void JobRunner::stop() {}
void JobRunner::wake() {}
void JobRunner::setWorkOffline(bool offline) { m_workOffline = offline; }
void JobRunner::drain() {}
void JobRunner::runOne(const QString&) {}
void JobRunner::cancelJob(const QString&) {}
void JobRunner::schedule() {}
void JobRunner::runClaimed(Job) {}
void JobRunner::probe() {}

} // namespace clinicdesk
