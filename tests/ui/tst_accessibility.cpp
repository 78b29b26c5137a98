// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// What a screen reader and a keyboard user meet on each place of the navigation rail of the demo vault:
// every visible control (button, field, list, table, box) has an accessible name (its text, the label it
// is the buddy of, or one set for it), every enabled one can be reached with Tab, and the rail's places
// and the menus' actions show their shortcuts.
#include "AppController.h"
#include "Translations.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "services/SessionServices.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 30000;

bool isControl(QWidget* w) {
    if (qobject_cast<QScrollBar*>(w) != nullptr || qobject_cast<QTabBar*>(w) != nullptr ||
        qobject_cast<QHeaderView*>(w) != nullptr) {
        return false; // parts of a scroll area, a tab widget or a table, named by their owner
    }
    if (w->parentWidget() != nullptr && (qobject_cast<QComboBox*>(w->parentWidget()) != nullptr ||
                                         qobject_cast<QAbstractSpinBox*>(w->parentWidget()) != nullptr)) {
        return false; // the line edit inside an editable combo box or a spin box
    }
    return qobject_cast<QAbstractButton*>(w) != nullptr || qobject_cast<QLineEdit*>(w) != nullptr ||
           qobject_cast<QComboBox*>(w) != nullptr || qobject_cast<QAbstractSpinBox*>(w) != nullptr ||
           qobject_cast<QAbstractItemView*>(w) != nullptr || qobject_cast<QAbstractSlider*>(w) != nullptr ||
           qobject_cast<QPlainTextEdit*>(w) != nullptr || qobject_cast<QTextEdit*>(w) != nullptr;
}

QString describe(QWidget* w) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName());
}

void settle(AppController& controller, QObject* context) {
    // Twice through the vault worker: the page's queries, then whatever their answers asked for.
    for (int round = 0; round < 2; ++round) {
        bool answered = false;
        controller.services()->vault().post(
            context, [](VaultScope&) { return 0; }, [&answered](int) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kSlowMs);
    }
    QCoreApplication::processEvents();
}

} // namespace

class TstAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamedAndReachable();
    void shortcutsAreShown();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<AppController> m_controller;
};

void TstAccessibility::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
    m_translations->apply(QStringLiteral("en"));
    m_keychain = std::make_unique<KeychainStore>();
    m_controller =
        std::make_unique<AppController>(m_dir.filePath(QStringLiteral("vault")), *m_keychain, m_settings.get(),
                                        KdfParams::minimum(), nullptr, m_translations.get());
    m_controller->startDemo(m_dir.filePath(QStringLiteral("vault")));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->mainWindow() != nullptr && m_controller->mainWindow()->isVisible(), kSlowMs);
}

void TstAccessibility::everyControlIsNamedAndReachable() {
    MainWindow* window = m_controller->mainWindow();
    QStringList problems;
    const QStringList places = {QString::fromLatin1(MainWindow::kToday),    QString::fromLatin1(MainWindow::kCalendar),
                                QString::fromLatin1(MainWindow::kPatients), QString::fromLatin1(MainWindow::kMoney),
                                QString::fromLatin1(MainWindow::kJobs),     QString::fromLatin1(MainWindow::kSettings)};
    for (const QString& place : places) {
        window->showPlace(place);
        settle(*m_controller, window);
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window) || !isControl(w)) {
                continue;
            }
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
            const QString name = accessible != nullptr ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                problems << QStringLiteral("%1: %2 has no accessible name").arg(place, describe(w));
            }
            if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == 0) {
                problems << QStringLiteral("%1: %2 cannot be reached with Tab").arg(place, describe(w));
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstAccessibility::shortcutsAreShown() {
    MainWindow* window = m_controller->mainWindow();
    // Each place of the rail names its shortcut in its tooltip.
    int railButtons = 0;
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (button->property("railKey").isValid() || button->objectName().startsWith(QLatin1String("rail"))) {
            ++railButtons;
            QVERIFY2(!button->shortcut().isEmpty(), qPrintable(describe(button)));
            QVERIFY2(button->toolTip().contains(button->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(describe(button) + QStringLiteral(": ") + button->toolTip()));
        }
    }
    QVERIFY(railButtons >= 5);
    // The menus show the shortcuts of their actions (Qt draws them beside the text), so an action with one
    // must be in a menu the user can open.
    QStringList menuShortcuts;
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu() == nullptr) {
            continue;
        }
        for (QAction* action : top->menu()->actions()) {
            if (!action->shortcut().isEmpty()) {
                menuShortcuts << action->shortcut().toString();
            }
        }
    }
    QVERIFY2(menuShortcuts.contains(QStringLiteral("Ctrl+L")), qPrintable(menuShortcuts.join(QLatin1Char(' '))));
    QVERIFY2(menuShortcuts.contains(QStringLiteral("Ctrl+1")), qPrintable(menuShortcuts.join(QLatin1Char(' '))));
}

void TstAccessibility::cleanupTestCase() {
    m_controller.reset();
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
