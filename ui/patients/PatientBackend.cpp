#include "patients/PatientBackend.h"

#include "UiMetaTypes.h"
#include "util/Logging.h"

#include <algorithm>

namespace clinicdesk {

namespace {
constexpr int kSearchLimit = 200;
} // namespace

PatientBackend::PatientBackend(Database connection, Session session)
    : m_db(std::move(connection))
    , m_session(std::move(session)) {
    registerUiMetaTypes();
    // The "C" locale would compare code points and put "Dąbrowska" after "du Plessis".
    if (QLocale().language() == QLocale::C) {
        m_collator.setLocale(QLocale(QLocale::English));
    }
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_thread.setObjectName(QStringLiteral("PatientBackend"));
    moveToThread(&m_thread);
    m_thread.start();
}

PatientBackend::~PatientBackend() {
    shutdown();
}

void PatientBackend::shutdown() {
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    // The thread has stopped, so nothing else touches the connection now.
    if (m_db.isOpen()) {
        m_db.close();
        qCDebug(lcUi) << "patient backend connection closed";
    }
}

void PatientBackend::search(const QString& text, quint64 token) {
    auto found = repository().search(text, kSearchLimit);
    if (!found) {
        qCWarning(lcUi) << "patient search failed:" << errorCodeName(found.error().code) << found.error().detail;
        emit failed(token, found.error());
        return;
    }
    // The vault orders by SQLite's NOCASE (ASCII only); sort the page the way
    // the user's language does (Swedish Å Ä Ö after Z, Polish Ł after L).
    std::stable_sort(found->begin(), found->end(), [this](const Patient& a, const Patient& b) {
        if (const int byLast = m_collator.compare(a.lastName, b.lastName); byLast != 0) {
            return byLast < 0;
        }
        return m_collator.compare(a.firstName, b.firstName) < 0;
    });
    emit searchDone(token, *found);
}

void PatientBackend::save(const PatientDraft& draft, const std::optional<QString>& id, quint64 token) {
    auto result = id ? repository().update(*id, draft) : repository().add(draft);
    if (!result) {
        qCWarning(lcUi) << "saving a patient failed:" << errorCodeName(result.error().code) << result.error().detail;
        emit failed(token, result.error());
        return;
    }
    emit saved(token, *result);
}

void PatientBackend::load(const QString& id, quint64 token) {
    auto patient = repository().get(id);
    if (!patient) {
        qCWarning(lcUi) << "opening a patient failed:" << errorCodeName(patient.error().code) << patient.error().detail;
        emit failed(token, patient.error());
        return;
    }
    emit loaded(token, *patient);
}

} // namespace clinicdesk
