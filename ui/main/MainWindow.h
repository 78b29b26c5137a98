#pragma once

#include "domain/User.h"

#include <QMainWindow>

class QAction;
class QLabel;

namespace clinicdesk {

class PatientBackend;
class PatientsPage;

// The signed-in window. It shows data and sends requests; it does not own the
// session: AppController does, and locks it when lockRequested() arrives.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const User& user, PatientBackend& patients, QWidget* parent = nullptr);

    [[nodiscard]] PatientsPage* patientsPage() const { return m_patients; }
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    // A short note in the status bar (never patient data).
    void showStatus(const QString& text);

signals:
    void lockRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showAbout();

    PatientsPage* m_patients;
    QAction* m_lockAction;
    QLabel* m_userLabel;
};

} // namespace clinicdesk
