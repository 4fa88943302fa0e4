// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesettingsdialog.h"

#include "storage/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Relais {

SiteSettingsDialog::SiteSettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Site Settings"));
    resize(680, 720);
    auto *layout = new QVBoxLayout(this);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("settingsErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_errors->hide();
    layout->addWidget(m_errors);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto settings = store.siteSettings().load();
    const SiteSettings current = settings ? *settings : SiteSettings {};
    m_loaded = current;
    auto add = [&](const QString &key, const QString &label, const QString &value,
                   const QString &tip = {}) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(key);
        edit->setToolTip(tip);
        edit->setCursorPosition(0);
        form->addRow(label, edit);
        m_fields.insert(key, edit);
    };
    add(QStringLiteral("name"), tr("Site &name:"), current.name);
    add(QStringLiteral("description"), tr("&Description:"), current.description);
    add(QStringLiteral("base_url"), tr("&Address:"), current.baseUrl,
        tr("Where the site is published, e.g. https://www.example.org/ (used in the feed and the "
           "sitemap)."));
    add(QStringLiteral("time_zone"), tr("&Time zone:"), current.timeZone, tr("e.g. Europe/Paris"));
    add(QStringLiteral("publish_time"), tr("&Publication time:"), current.publishTime,
        tr("The time of day (HH:MM) a draft dropped on a day of the calendar is planned for."));
    add(QStringLiteral("primary_color"), tr("&Main colour:"), current.primaryColor,
        tr("#rrggbb; white text must be readable on it (badges, menu)."));
    add(QStringLiteral("accent_color"), tr("A&ccent colour:"), current.accentColor,
        tr("#rrggbb; white text must be readable on it (call to action)."));
    add(QStringLiteral("cta_text"), tr("Call to &action:"), current.ctaText);
    add(QStringLiteral("cta_url"), tr("Call to action &link:"), current.ctaUrl);
    add(QStringLiteral("newsletter_text"), tr("Ne&wsletter text:"), current.newsletterText);
    add(QStringLiteral("newsletter_url"), tr("Newsletter l&ink:"), current.newsletterUrl);
    m_typography
        = new QCheckBox(tr("French typography (no-break spaces before ; : ! ? and in « »)"), this);
    m_typography->setObjectName(QStringLiteral("french_typography"));
    m_typography->setChecked(current.frenchTypography);
    form->addRow(QString(), m_typography);

    // Submissions from the public (moderation).
    auto *moderation = new QLabel(tr("Submissions from the public"), this);
    moderation->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 8px"));
    form->addRow(moderation);
    add(QStringLiteral("submission_form_url"), tr("&Form receiver:"), current.submissionFormUrl,
        tr("Address of resources/server/receiver.php on your web server; the site then gets an "
           "“Annoncez vos infos” "
           "form page and the call to action leads to it. Empty: no form."));
    add(QStringLiteral("inbox_folder"), tr("&Inbox folder:"), current.inboxFolder,
        tr("The folder of each WebDAV target where the receiver leaves submissions, e.g. inbox/"));
    m_inboxDelete = new QCheckBox(
        tr("Delete inbox files after a decision (else they move to done/ in the inbox)"), this);
    m_inboxDelete->setObjectName(QStringLiteral("inbox_delete_after_decision"));
    m_inboxDelete->setChecked(current.inboxDeleteAfterDecision);
    form->addRow(QString(), m_inboxDelete);
    auto addText
        = [&](const QString &key, const QString &label, const QString &value, const QString &tip) {
              auto *edit = new QPlainTextEdit(value, this);
              edit->setObjectName(key);
              edit->setToolTip(tip);
              edit->setPlaceholderText(tip);
              edit->setMaximumHeight(80);
              form->addRow(label, edit);
              m_texts.insert(key, edit);
          };
    addText(QStringLiteral("blocked_words"), tr("&Blocked words:"), current.blockedWords,
        tr("One word or phrase a line: a submission containing one is marked as probable spam."));
    addText(QStringLiteral("rejection_reasons"), tr("&Rejection reasons:"),
        current.rejectionReasons, tr("One reason a line, offered when a submission is rejected."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SiteSettings SiteSettingsDialog::formValue() const
{
    SiteSettings s = m_loaded; // what the form does not show stays as it was
    auto text = [this](const char *key) {
        return m_fields.value(QString::fromLatin1(key))->text().trimmed();
    };
    s.name = text("name");
    s.description = text("description");
    s.baseUrl = text("base_url");
    if (!s.baseUrl.isEmpty() && !s.baseUrl.endsWith(QLatin1Char('/')))
        s.baseUrl += QLatin1Char('/');
    s.timeZone = text("time_zone");
    s.publishTime = text("publish_time");
    s.primaryColor = text("primary_color");
    s.accentColor = text("accent_color");
    s.ctaText = text("cta_text");
    s.ctaUrl = text("cta_url");
    s.newsletterText = text("newsletter_text");
    s.newsletterUrl = text("newsletter_url");
    s.frenchTypography = m_typography->isChecked();
    s.submissionFormUrl = text("submission_form_url");
    s.inboxFolder = text("inbox_folder");
    if (!s.inboxFolder.isEmpty() && !s.inboxFolder.endsWith(QLatin1Char('/')))
        s.inboxFolder += QLatin1Char('/');
    s.inboxDeleteAfterDecision = m_inboxDelete->isChecked();
    s.blockedWords = m_texts.value(QStringLiteral("blocked_words"))->toPlainText().trimmed();
    s.rejectionReasons
        = m_texts.value(QStringLiteral("rejection_reasons"))->toPlainText().trimmed();
    return s;
}

void SiteSettingsDialog::accept()
{
    const SiteSettings s = formValue();
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setStyleSheet(QString());
    const FieldErrors errors = SiteSettingsRepository::check(s);
    if (!errors.isEmpty()) {
        m_errors->setText(Validation::summary(errors));
        m_errors->show();
        for (const FieldError &e : errors) {
            if (QLineEdit *edit = m_fields.value(e.field))
                edit->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        }
        return;
    }
    if (auto r = m_store.siteSettings().save(s); !r) {
        m_errors->setText(r.error().message);
        m_errors->show();
        return;
    }
    QDialog::accept();
}

QString SiteSettingsDialog::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

} // namespace Relais
