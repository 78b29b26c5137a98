// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// In Swedish and in Polish, the main screens of the demo vault show no English: every text a user can see on
// each place of the navigation rail (labels, buttons, tabs, column headings, placeholders, menus) that is one
// of ClinicDesk's English source strings must be shown in its translation instead. The catalogue is read from
// the .ts files, so a string that exists in the catalogue but is shown untranslated (a missing tr(), a
// translator not installed, a text set before the language was switched) fails with the place and the text.
#include "AppController.h"
#include "Translations.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "services/SessionServices.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 30000;

struct Catalogue {
    QSet<QString> english;    // every source string
    QSet<QString> translated; // every translation (a word that is the same in both is not English-only)
};

QString normalised(QString text) {
    if (text.contains(QLatin1Char('<'))) {
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    }
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text.simplified();
}

Catalogue readCatalogue(const QString& language) {
    Catalogue catalogue;
    QFile file(QStringLiteral(CLINICDESK_TS_DIR "/clinicdesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            catalogue.english.insert(normalised(xml.readElementText()));
        } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")) {
                continue;
            }
            const QString text = normalised(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!text.isEmpty()) {
                catalogue.translated.insert(text);
            }
        }
    }
    return catalogue;
}

void addMenuTexts(const QList<QAction*>& actions, QStringList& texts) {
    for (QAction* action : actions) {
        if (!action->isVisible() || action->isSeparator()) {
            continue;
        }
        texts << action->text() << action->toolTip();
        if (action->menu() != nullptr) {
            texts << action->menu()->title();
            addMenuTexts(action->menu()->actions(), texts);
        }
    }
}

// What a user can read in `window` now.
QStringList visibleTexts(MainWindow* window) {
    QStringList texts;
    texts << window->windowTitle();
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text() << button->toolTip();
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            texts << group->title();
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            texts << edit->placeholderText();
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts << tabs->tabText(i);
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view != nullptr && view->model() != nullptr) {
            const auto* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                texts << model->headerData(c, Qt::Horizontal).toString();
            }
        }
    }
    addMenuTexts(window->menuBar()->actions(), texts);
    return texts;
}

} // namespace

class TstTranslatedScreens : public QObject {
    Q_OBJECT

private slots:
    void noEnglishOnTheMainScreens_data();
    void noEnglishOnTheMainScreens();
};

void TstTranslatedScreens::noEnglishOnTheMainScreens_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("Swedish") << QStringLiteral("sv");
    QTest::newRow("Polish") << QStringLiteral("pl");
}

void TstTranslatedScreens::noEnglishOnTheMainScreens() {
    QFETCH(QString, language);
    const Catalogue catalogue = readCatalogue(language);
    QVERIFY2(catalogue.english.size() > 100, "the .ts catalogue could not be read");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Translations translations(&settings);
    translations.apply(language);
    KeychainStore keychain;
    AppController controller(dir.filePath(QStringLiteral("vault")), keychain, &settings, KdfParams::minimum(), nullptr,
                             &translations);
    controller.startDemo(dir.filePath(QStringLiteral("vault")));
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr && controller.mainWindow()->isVisible(), kSlowMs);
    MainWindow* window = controller.mainWindow();

    QStringList english;
    const QStringList places = {QString::fromLatin1(MainWindow::kToday),    QString::fromLatin1(MainWindow::kCalendar),
                                QString::fromLatin1(MainWindow::kPatients), QString::fromLatin1(MainWindow::kMoney),
                                QString::fromLatin1(MainWindow::kJobs),     QString::fromLatin1(MainWindow::kSettings)};
    for (const QString& place : places) {
        window->showPlace(place);
        // Twice through the vault worker: the page's queries, then whatever their answers asked for.
        for (int round = 0; round < 2; ++round) {
            bool answered = false;
            controller.services()->vault().post(
                window, [](VaultScope&) { return 0; }, [&answered](int) { answered = true; });
            QTRY_VERIFY_WITH_TIMEOUT(answered, kSlowMs);
        }
        QCoreApplication::processEvents();
        for (const QString& raw : visibleTexts(window)) {
            const QString text = normalised(raw);
            if (text.size() > 2 && catalogue.english.contains(text) && !catalogue.translated.contains(text)) {
                english << QStringLiteral("%1: \"%2\"").arg(place, text);
            }
        }
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English on the %1 screens:\n  ").arg(language) +
                                           english.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TstTranslatedScreens)
#include "tst_translatedscreens.moc"
