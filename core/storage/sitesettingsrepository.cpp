// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sitesettingsrepository.h"

#include "content/remotepath.h"
#include "storage/database.h"

#include <QColor>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>

#include <cmath>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::SiteSettingsRepository", text);
}

// Every stored setting: its key and where it lives in SiteSettings.
struct Field
{
    const char *key;
    QString SiteSettings::*text = nullptr;
    bool SiteSettings::*flag = nullptr;
};

const Field fields[] = {
    { "name", &SiteSettings::name },
    { "description", &SiteSettings::description },
    { "base_url", &SiteSettings::baseUrl },
    { "time_zone", &SiteSettings::timeZone },
    { "publish_time", &SiteSettings::publishTime },
    { "primary_color", &SiteSettings::primaryColor },
    { "accent_color", &SiteSettings::accentColor },
    { "french_typography", nullptr, &SiteSettings::frenchTypography },
    { "cta_text", &SiteSettings::ctaText },
    { "cta_url", &SiteSettings::ctaUrl },
    { "newsletter_text", &SiteSettings::newsletterText },
    { "newsletter_url", &SiteSettings::newsletterUrl },
    { "submission_form_url", &SiteSettings::submissionFormUrl },
    { "blocked_words", &SiteSettings::blockedWords },
    { "rejection_reasons", &SiteSettings::rejectionReasons },
    { "inbox_folder", &SiteSettings::inboxFolder },
    { "inbox_delete_after_decision", nullptr, &SiteSettings::inboxDeleteAfterDecision },
};

double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

SiteSettingsRepository::SiteSettingsRepository(const Database &db)
    : m_db(db)
{ }

Result<SiteSettings> SiteSettingsRepository::load() const
{
    SiteSettings settings;
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM site_settings"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray key = q->value(0).toString().toUtf8();
        const QString value = q->value(1).toString();
        for (const Field &f : fields) {
            if (key != f.key)
                continue;
            if (f.text)
                settings.*(f.text) = value;
            else
                settings.*(f.flag) = value == u"1";
        }
    }
    return settings;
}

Result<void> SiteSettingsRepository::save(const SiteSettings &settings)
{
    if (const FieldErrors errors = check(settings); !errors.isEmpty())
        return Error { Error::Code::Invalid, Validation::summary(errors), errors.first().field };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (const Field &f : fields) {
        const QString value
            = f.text ? settings.*(f.text) : QString::fromLatin1(settings.*(f.flag) ? "1" : "0");
        auto r = m_db.exec(QStringLiteral("INSERT INTO site_settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { QString::fromLatin1(f.key), value });
        if (!r)
            return r.error();
    }
    return transaction.commit();
}

double SiteSettingsRepository::contrastWithWhite(const QString &colour)
{
    const QColor c = QColor::fromString(colour);
    if (!c.isValid())
        return 1;
    return 1.05 / (luminance(c) + 0.05);
}

FieldErrors SiteSettingsRepository::check(const SiteSettings &s)
{
    FieldErrors errors;
    if (s.name.trimmed().isEmpty())
        errors.append({ QStringLiteral("name"), tr("The site needs a name.") });
    if (!Validation::isWebUrl(s.baseUrl) || !s.baseUrl.endsWith(QLatin1Char('/'))) {
        errors.append({ QStringLiteral("base_url"),
            tr("“%1” is not the address of a site (expected https://example.org/ with the final "
               "/).")
                .arg(s.baseUrl) });
    }
    if (!QTimeZone(s.timeZone.toUtf8()).isValid())
        errors.append(
            { QStringLiteral("time_zone"), tr("“%1” is not a known time zone.").arg(s.timeZone) });
    if (!QTime::fromString(s.publishTime, QStringLiteral("HH:mm")).isValid())
        errors.append({ QStringLiteral("publish_time"),
            tr("“%1” is not a time of day (expected HH:MM, such as 08:00).").arg(s.publishTime) });
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    for (const auto &[field, value] :
        { std::pair { QStringLiteral("primary_color"), s.primaryColor },
            std::pair { QStringLiteral("accent_color"), s.accentColor } }) {
        if (!hex.match(value).hasMatch()) {
            errors.append({ field, tr("“%1” is not a colour (expected #rrggbb).").arg(value) });
        } else if (contrastWithWhite(value) < 4.5) {
            // White text sits on these colours: badges, the call-to-action band.
            errors.append({ field,
                tr("White text on %1 is too hard to read (contrast %2:1, at least 4.5:1 needed).")
                    .arg(value)
                    .arg(contrastWithWhite(value), 0, 'f', 1) });
        }
    }
    for (const auto &[field, value] : { std::pair { QStringLiteral("cta_url"), s.ctaUrl },
             std::pair { QStringLiteral("newsletter_url"), s.newsletterUrl } }) {
        if (!value.isEmpty() && !Validation::isWebUrl(value)
            && !value.startsWith(QStringLiteral("mailto:")))
            errors.append({ field, tr("“%1” is not a web or mailto: address.").arg(value) });
    }
    if (!s.submissionFormUrl.isEmpty() && !Validation::isWebUrl(s.submissionFormUrl)) {
        errors.append({ QStringLiteral("submission_form_url"),
            tr("“%1” is not the web address of a form receiver.").arg(s.submissionFormUrl) });
    }
    if (!s.inboxFolder.endsWith(QLatin1Char('/')) || !RemotePath::isSafe(s.inboxFolder)) {
        errors.append({ QStringLiteral("inbox_folder"),
            tr("“%1” is not a folder of the target (expected a name such as inbox/).")
                .arg(s.inboxFolder) });
    }
    return errors;
}

} // namespace Relais
