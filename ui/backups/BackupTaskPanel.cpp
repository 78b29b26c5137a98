// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/BackupTaskPanel.h"

#include "widgets/Tone.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

constexpr int kScale = 1000;

QString checkName(BackupStep check) {
    switch (check) {
    case BackupStep::Opening:
        return BackupTaskPanel::tr("The file is a ClinicDesk backup and its key opens");
    case BackupStep::CheckingTag:
        return BackupTaskPanel::tr("Complete and unmodified (a keyed tag over the whole file)");
    case BackupStep::CheckingIntegrity:
        return BackupTaskPanel::tr("The database inside is intact (integrity check)");
    case BackupStep::CheckingAudit:
        return BackupTaskPanel::tr("The audit log inside is unbroken, up to its last entry");
    default:
        return {};
    }
}

const char* checkObjectName(BackupStep check) {
    switch (check) {
    case BackupStep::Opening:
        return "checkKey";
    case BackupStep::CheckingTag:
        return "checkTag";
    case BackupStep::CheckingIntegrity:
        return "checkIntegrity";
    default:
        return "checkAudit";
    }
}

} // namespace

BackupTaskPanel::BackupTaskPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_checklist(new QWidget(this)) {
    setObjectName(QStringLiteral("backupTaskPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("backupTaskTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_step->setObjectName(QStringLiteral("backupStepLabel"));
    m_bar->setObjectName(QStringLiteral("backupProgressBar"));
    m_bar->setRange(0, kScale);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(QStringLiteral("cancelBackupButton"));
    m_cancel->setToolTip(tr("Stop now: nothing is left behind (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, this, &BackupTaskPanel::cancelRequested);

    auto* grid = new QGridLayout(m_checklist);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (BackupStep check :
         {BackupStep::Opening, BackupStep::CheckingTag, BackupStep::CheckingIntegrity, BackupStep::CheckingAudit}) {
        auto* mark = new QLabel(m_checklist);
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
        mark->setAlignment(Qt::AlignCenter);
        auto* text = new QLabel(checkName(check), m_checklist);
        text->setObjectName(QLatin1String(checkObjectName(check)));
        text->setWordWrap(true);
        mark->setBuddy(text);
        grid->addWidget(mark, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
        m_checks.emplace(check, Check{mark, text});
    }
    grid->setColumnStretch(1, 1);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(12);
    bar->addWidget(m_bar, 1);
    bar->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_step);
    layout->addLayout(bar);
    layout->addWidget(m_checklist);
    hide();
}

QString BackupTaskPanel::stepLabel(BackupStep step) {
    switch (step) {
    case BackupStep::Copying:
        return tr("Copying the vault…");
    case BackupStep::Writing:
        return tr("Writing the backup file…");
    case BackupStep::Opening:
        return tr("Opening the backup…");
    case BackupStep::CheckingTag:
        return tr("Checking that the file is complete and unmodified…");
    case BackupStep::Extracting:
        return tr("Reading the database out of the file…");
    case BackupStep::CheckingIntegrity:
        return tr("Checking the database…");
    case BackupStep::CheckingAudit:
        return tr("Checking the audit log…");
    case BackupStep::Restoring:
        return tr("Finishing the restored vault…");
    }
    return {};
}

BackupStep BackupTaskPanel::checkOf(BackupStep step) {
    return step == BackupStep::Extracting ? BackupStep::CheckingIntegrity : step;
}

void BackupTaskPanel::setCheck(BackupStep check, CheckState state) {
    const auto it = m_checks.find(check);
    if (it == m_checks.end()) {
        return;
    }
    QString mark;
    QString word;
    QColor colour = palette().color(QPalette::WindowText);
    switch (state) {
    case CheckState::Waiting:
        mark = QStringLiteral("○");
        word = QStringLiteral("waiting");
        colour = palette().color(QPalette::Disabled, QPalette::WindowText);
        break;
    case CheckState::Running:
        mark = QStringLiteral("…");
        word = QStringLiteral("running");
        break;
    case CheckState::Passed:
        mark = QStringLiteral("✓");
        word = QStringLiteral("passed");
        colour = Tone::text(Tone::Kind::Good, this);
        break;
    case CheckState::Failed:
        mark = QStringLiteral("✗");
        word = QStringLiteral("failed");
        colour = Tone::text(Tone::Kind::Error, this);
        break;
    }
    it->second.mark->setText(mark);
    QPalette p = it->second.mark->palette();
    p.setColor(QPalette::WindowText, colour);
    it->second.mark->setPalette(p);
    it->second.text->setProperty("state", word);
    const QString spoken = state == CheckState::Passed    ? tr("passed")
                           : state == CheckState::Failed  ? tr("failed")
                           : state == CheckState::Running ? tr("checking now")
                                                          : tr("not checked yet");
    it->second.text->setAccessibleDescription(spoken);
    it->second.mark->setAccessibleName(spoken);
}

void BackupTaskPanel::start(Task task, const QString& title) {
    switch (task) {
    case Task::Create:
        m_plan = {{BackupStep::Copying, 40},     {BackupStep::Writing, 20},    {BackupStep::Opening, 1},
                  {BackupStep::CheckingTag, 15}, {BackupStep::Extracting, 10}, {BackupStep::CheckingIntegrity, 10},
                  {BackupStep::CheckingAudit, 4}};
        break;
    case Task::Verify:
        m_plan = {{BackupStep::Opening, 5},
                  {BackupStep::CheckingTag, 40},
                  {BackupStep::Extracting, 25},
                  {BackupStep::CheckingIntegrity, 20},
                  {BackupStep::CheckingAudit, 10}};
        break;
    case Task::Restore:
        m_plan = {{BackupStep::Opening, 5},        {BackupStep::CheckingTag, 35},
                  {BackupStep::Extracting, 25},    {BackupStep::CheckingIntegrity, 20},
                  {BackupStep::CheckingAudit, 10}, {BackupStep::Restoring, 5}};
        break;
    }
    m_running = true;
    m_current = m_plan.front().first;
    m_title->setText(title);
    m_step->setText(stepLabel(m_current));
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    for (const auto& [check, _] : m_checks) {
        setCheck(check, CheckState::Waiting);
    }
    show();
}

void BackupTaskPanel::progress(BackupStep step, std::int64_t done, std::int64_t total) {
    if (!m_running) {
        return;
    }
    if (checkOf(step) != checkOf(m_current) || step != m_current) {
        // Every check before the one now running has passed.
        const BackupStep now = checkOf(step);
        for (const auto& [check, _] : m_checks) {
            if (int(check) < int(now)) {
                setCheck(check, CheckState::Passed);
            }
        }
        setCheck(now, CheckState::Running);
    }
    m_current = step;
    int before = 0;
    int weight = 0;
    int all = 0;
    bool found = false;
    for (const auto& [planned, w] : m_plan) {
        all += w;
        if (planned == step) {
            weight = w;
            found = true;
        } else if (!found) {
            before += w;
        }
    }
    const double within = total > 0 ? double(done) / double(total) : 0.0;
    if (all > 0) {
        m_bar->setValue(int(kScale * (before + weight * within) / all));
    }
    const QString percent = total > 0 ? QStringLiteral(" %1 %").arg(int(100 * within)) : QString();
    m_step->setText(stepLabel(step) + percent);
}

void BackupTaskPanel::succeed(const QString& summary) {
    m_running = false;
    for (const auto& [check, _] : m_checks) {
        setCheck(check, CheckState::Passed);
    }
    m_bar->setValue(kScale);
    m_step->setText(summary);
    m_cancel->hide();
}

void BackupTaskPanel::failAt(const QString& reason) {
    m_running = false;
    const BackupStep failed = checkOf(m_current);
    for (const auto& [check, _] : m_checks) {
        if (int(check) < int(failed)) {
            setCheck(check, CheckState::Passed);
        } else if (check == failed) {
            setCheck(check, CheckState::Failed);
        }
    }
    m_step->setText(reason);
    m_bar->hide();
    m_cancel->hide();
}

void BackupTaskPanel::stopped(const QString& reason) {
    m_running = false;
    m_step->setText(reason);
    m_bar->hide();
    m_cancel->hide();
}

} // namespace clinicdesk
