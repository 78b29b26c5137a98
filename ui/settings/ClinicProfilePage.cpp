// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/ClinicProfilePage.h"

#include "export/ClinicLogo.h"
#include "export/ReferralLetter.h"
#include "services/ClinicSettingsService.h"
#include "settings/LetterheadPreview.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

constexpr int kThumbSide = 56;

QLabel* sectionHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QLabel* hint(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString currentLanguage() {
    return ReferralLetter::languageOf(QLocale());
}

} // namespace

ClinicProfilePage::ClinicProfilePage(ClinicSettingsService& settings, bool admin, QWidget* parent)
    : QWidget(parent)
    , m_service(settings)
    , m_admin(admin) {
    setObjectName(QStringLiteral("clinicPage"));
    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("clinicBackButton"));
    connect(back, &QPushButton::clicked, this, &ClinicProfilePage::backRequested);
    m_infoBar = new InfoBar(this);
    m_infoBar->setObjectName(QStringLiteral("clinicInfoBar"));

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("clinicPageContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 12, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(buildLetterheadSection());
    contentLayout->addSpacing(12);
    contentLayout->addWidget(buildReferralSection());
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("clinicScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_readOnly = new QLabel(tr("Only an administrator can change the clinic's profile."), this);
    m_readOnly->setObjectName(QStringLiteral("clinicReadOnlyLabel"));
    m_readOnly->setVisible(!admin);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveClinicButton"));
    m_save->setToolTip(tr("Save the profile and the letter template (Alt+S)"));
    m_save->setDefault(true);
    m_save->setVisible(admin);
    connect(m_save, &QPushButton::clicked, this, &ClinicProfilePage::save);

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(8);
    header->addWidget(new PageTitle(tr("Clinic"), this));
    header->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addWidget(m_infoBar);
    layout->addSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_name, m_vat, m_phone, m_email}) {
        edit->setReadOnly(!admin);
        connect(edit, &QLineEdit::textEdited, this, &ClinicProfilePage::edited);
    }
    for (QPlainTextEdit* edit : {m_address, m_template}) {
        edit->setReadOnly(!admin);
        connect(edit, &QPlainTextEdit::textChanged, this, &ClinicProfilePage::edited);
    }
    setTabOrder(back, m_name);
    setTabOrder(m_name, m_address);
    setTabOrder(m_address, m_vat);
    setTabOrder(m_vat, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_chooseLogo);
    setTabOrder(m_chooseLogo, m_removeLogo);
    setTabOrder(m_removeLogo, m_template);
    setTabOrder(m_template, m_editBuiltin);
    setTabOrder(m_editBuiltin, m_useBuiltin);
    setTabOrder(m_useBuiltin, m_save);
    updateControls();
}

QWidget* ClinicProfilePage::buildLetterheadSection() {
    auto* section = new QWidget(this);
    m_name = new QLineEdit(section);
    m_name->setObjectName(QStringLiteral("clinicNameEdit"));
    m_name->setAccessibleName(tr("Clinic name"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("As it appears on letters and notes"));
    m_address = new QPlainTextEdit(section);
    m_address->setObjectName(QStringLiteral("clinicAddressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setAccessibleDescription(tr("One line per line of the postal address"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Street and number\nPostcode and town"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 14);
    m_vat = new QLineEdit(section);
    m_vat->setObjectName(QStringLiteral("clinicVatEdit"));
    m_vat->setAccessibleName(tr("VAT or tax number"));
    m_vat->setMaxLength(40);
    m_phone = new QLineEdit(section);
    m_phone->setObjectName(QStringLiteral("clinicPhoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setMaxLength(40);
    m_email = new QLineEdit(section);
    m_email->setObjectName(QStringLiteral("clinicEmailEdit"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setMaxLength(120);
    m_emailProblem = new QLabel(tr("⚠ An e-mail address has an @ in it."), section);
    m_emailProblem->setObjectName(QStringLiteral("clinicEmailProblem"));
    m_emailProblem->hide();

    m_logoThumb = new QLabel(section);
    m_logoThumb->setObjectName(QStringLiteral("clinicLogoThumb"));
    m_logoThumb->setAccessibleName(tr("Logo"));
    m_logoThumb->setFixedSize(kThumbSide + 8, kThumbSide + 8);
    m_logoThumb->setAlignment(Qt::AlignCenter);
    m_logoThumb->setFrameShape(QFrame::StyledPanel);
    m_logoThumb->setAutoFillBackground(true);
    QPalette paper = m_logoThumb->palette();
    paper.setColor(QPalette::Window, Qt::white); // a logo is made for paper
    paper.setColor(QPalette::WindowText, QColor(0x55, 0x5b, 0x62));
    m_logoThumb->setPalette(paper);
    m_chooseLogo = new QPushButton(tr("Choose &logo…"), section);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_chooseLogo->setToolTip(tr("A PNG, JPEG or SVG file; it is stored as a PNG of at most 600 px (Alt+L)"));
    connect(m_chooseLogo, &QPushButton::clicked, this, &ClinicProfilePage::openLogoDialog);
    m_removeLogo = new QPushButton(tr("&Remove logo"), section);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_removeLogo->setToolTip(tr("Print the letterhead without a logo (Alt+R)"));
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        setLogo({});
        edited();
    });
    m_logoInfo = new QLabel(section);
    m_logoInfo->setObjectName(QStringLiteral("clinicLogoInfo"));
    m_logoInfo->setWordWrap(true);
    m_logoInfo->setForegroundRole(QPalette::PlaceholderText);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->setSpacing(6);
    auto* logoButtonRow = new QHBoxLayout;
    logoButtonRow->addWidget(m_chooseLogo);
    logoButtonRow->addWidget(m_removeLogo);
    logoButtonRow->addStretch(1);
    logoButtons->addLayout(logoButtonRow);
    logoButtons->addWidget(m_logoInfo);
    auto* logoRow = new QHBoxLayout;
    logoRow->setSpacing(12);
    logoRow->addWidget(m_logoThumb);
    logoRow->addLayout(logoButtons, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(14);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&VAT or tax no.:"), m_vat);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(tr("Logo:"), logoRow);

    m_preview = new LetterheadPreview(section);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->setSpacing(6);
    previewColumn->addWidget(m_preview);
    previewColumn->addWidget(hint(tr("The top of the first page of every note PDF and letter. The pages after it "
                                     "repeat the clinic's name in a small header."),
                                  section));
    previewColumn->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(form, 5);
    columns->addLayout(previewColumn, 4);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(sectionHeading(tr("Letterhead"), section));
    layout->addLayout(columns);
    return section;
}

QWidget* ClinicProfilePage::buildReferralSection() {
    auto* section = new QWidget(this);
    QStringList names;
    for (const QString& key : ReferralLetter::placeholders()) {
        names << QLatin1Char('{') + key + QLatin1Char('}');
    }
    m_template = new QPlainTextEdit(section);
    m_template->setObjectName(QStringLiteral("referralTemplateEdit"));
    m_template->setAccessibleName(tr("Referral letter template"));
    m_template->setAccessibleDescription(tr("Placeholders: %1").arg(names.join(QStringLiteral(", "))));
    m_template->setTabChangesFocus(true);
    m_template->setMinimumHeight(m_template->fontMetrics().lineSpacing() * 12);
    m_template->setPlaceholderText(ReferralLetter::defaultTemplate(currentLanguage()));
    m_templateProblems = new QLabel(section);
    m_templateProblems->setObjectName(QStringLiteral("referralTemplateProblems"));
    m_templateProblems->setWordWrap(true);
    m_templateProblems->hide();
    m_editBuiltin = new QPushButton(tr("Edit the &built-in letter"), section);
    m_editBuiltin->setObjectName(QStringLiteral("editBuiltinTemplateButton"));
    m_editBuiltin->setToolTip(tr("Put the built-in letter in the editor to change it (Alt+B)"));
    connect(m_editBuiltin, &QPushButton::clicked, this,
            [this] { m_template->setPlainText(ReferralLetter::defaultTemplate(currentLanguage())); });
    m_useBuiltin = new QPushButton(tr("&Use the built-in letter"), section);
    m_useBuiltin->setObjectName(QStringLiteral("useBuiltinTemplateButton"));
    m_useBuiltin->setToolTip(tr("Empty the editor: letters use the built-in text in the interface's language "
                                "(Alt+U)"));
    connect(m_useBuiltin, &QPushButton::clicked, this, [this] { m_template->clear(); });
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_editBuiltin);
    templateButtons->addWidget(m_useBuiltin);
    templateButtons->addStretch(1);

    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionHeading(tr("Referral letter"), section));
    layout->addWidget(hint(tr("The text of a referral letter made from a signed note. Empty: the built-in letter "
                              "(shown in grey) in English, Swedish or Polish, as the interface. Placeholders "
                              "are filled in when the letter is made: %1.")
                               .arg(names.join(QStringLiteral(", "))),
                           section));
    layout->addWidget(m_template, 1);
    layout->addWidget(m_templateProblems);
    layout->addLayout(templateButtons);
    return section;
}

void ClinicProfilePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void ClinicProfilePage::reload() {
    if (m_modified || m_saving) {
        return;
    }
    m_service.load(this, [this](Result<ClinicSettings> settings) {
        if (!settings) {
            m_infoBar->showMessage(settings.error().message, InfoBar::Kind::Error);
            return;
        }
        if (!m_modified && !m_saving) {
            fill(*settings);
        }
    });
}

void ClinicProfilePage::fill(const ClinicSettings& settings) {
    m_loading = true;
    const ClinicProfile& p = settings.profile;
    m_name->setText(p.name);
    m_address->setPlainText(p.address);
    m_vat->setText(p.vatNumber);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_template->setPlainText(settings.referralTemplate);
    setLogo(p.logoPng);
    m_loading = false;
    m_modified = false;
    edited(); // the preview and the checks, without marking the page modified
    m_modified = false;
    updateControls();
}

ClinicProfile ClinicProfilePage::profile() const {
    ClinicProfile p;
    p.name = m_name->text().trimmed();
    // Lines as typed, without blank ones at the ends.
    p.address = m_address->toPlainText().trimmed();
    p.vatNumber = m_vat->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.logoPng = m_logo;
    return p;
}

void ClinicProfilePage::setLogo(const QByteArray& png) {
    m_logo = png;
    QPixmap pixmap;
    if (!png.isEmpty() && pixmap.loadFromData(png, "PNG")) {
        const qreal ratio = devicePixelRatioF();
        pixmap = pixmap.scaled(QSize(kThumbSide, kThumbSide) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
        m_logoThumb->setPixmap(pixmap);
        m_logoInfo->setText(ClinicLogo::describe(png));
    } else {
        m_logoThumb->setPixmap({});
        m_logoThumb->setText(tr("No logo"));
        m_logoInfo->setText(tr("No logo: the letterhead shows the clinic's name and address."));
    }
    m_preview->setProfile(profile());
    updateControls();
}

void ClinicProfilePage::openLogoDialog() {
    auto* dialog = new QFileDialog(this, tr("Choose the clinic's logo"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg *.svg)"));
    dialog->setObjectName(QStringLiteral("logoFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ClinicProfilePage::chooseLogoFile);
    dialog->open();
}

void ClinicProfilePage::chooseLogoFile(const QString& path) {
    if (!m_admin || path.isEmpty() || m_converting) {
        return;
    }
    m_converting = true;
    m_logoInfo->setText(tr("Reading the logo…"));
    updateControls();
    m_service.convertLogo(this, path, [this](Result<QByteArray> png) {
        m_converting = false;
        if (!png) {
            m_infoBar->showMessage(png.error().message, InfoBar::Kind::Error);
            setLogo(m_logo); // the one before stays
            return;
        }
        m_infoBar->dismiss();
        setLogo(*png);
        edited();
    });
}

void ClinicProfilePage::edited() {
    if (m_loading) {
        return;
    }
    m_modified = true;
    m_preview->setProfile(profile());
    const QString email = m_email->text().trimmed();
    m_emailProblem->setVisible(!email.isEmpty() && !email.contains(QLatin1Char('@')));
    const QStringList unknown = ReferralLetter::unknownPlaceholders(m_template->toPlainText());
    if (unknown.isEmpty()) {
        m_templateProblems->hide();
    } else {
        QStringList braced;
        for (const QString& key : unknown) {
            braced << QLatin1Char('{') + key + QLatin1Char('}');
        }
        m_templateProblems->setText(
            tr("⚠ Not a placeholder, printed as written: %1").arg(braced.join(QStringLiteral(", "))));
        m_templateProblems->show();
    }
    updateControls();
}

void ClinicProfilePage::save() {
    if (!m_admin || m_saving || m_converting) {
        return;
    }
    if (m_emailProblem->isVisible()) {
        m_infoBar->showMessage(tr("Check the e-mail address: it has no @."), InfoBar::Kind::Error);
        m_email->setFocus();
        return;
    }
    m_saving = true;
    updateControls();
    m_service.saveProfile(this, profile(), m_template->toPlainText().trimmed(), [this](Result<ClinicSettings> saved) {
        m_saving = false;
        if (!saved) {
            m_infoBar->showMessage(saved.error().message, InfoBar::Kind::Error);
            updateControls();
            emit saveFinished(false);
            return;
        }
        m_modified = false;
        fill(*saved);
        m_infoBar->showMessage(tr("Saved. New PDFs and letters use this letterhead."));
        emit saveFinished(true);
    });
}

void ClinicProfilePage::updateControls() {
    m_save->setEnabled(m_admin && m_modified && !m_saving && !m_converting);
    m_chooseLogo->setEnabled(m_admin && !m_converting && !m_saving);
    m_removeLogo->setEnabled(m_admin && !m_converting && !m_saving && !m_logo.isEmpty());
    m_editBuiltin->setEnabled(m_admin && !m_saving);
    m_useBuiltin->setEnabled(m_admin && !m_saving && !m_template->toPlainText().isEmpty());
}

} // namespace clinicdesk
