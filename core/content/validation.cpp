// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/validation.h"

#include "content/slug.h"
#include "content/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace Relais::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Validation", text);
}

void checkTitle(const QString &title, FieldErrors &errors)
{
    if (title.trimmed().isEmpty())
        errors.append({ QStringLiteral("title"), tr("A title is required.") });
}

void checkSlug(const QString &slug, FieldErrors &errors)
{
    // An empty slug is made from the title when the item is saved.
    if (!slug.isEmpty() && !Slug::isValid(slug)) {
        errors.append({ QStringLiteral("slug"),
            tr("The address name “%1” may only hold lower-case letters a–z, digits "
               "and single hyphens.")
                .arg(slug) });
    }
}

void checkSections(const QStringList &sections, FieldErrors &errors)
{
    for (const QString &s : sections) {
        if (!Vocabulary::isSection(s))
            errors.append(
                { QStringLiteral("sections"), tr("“%1” is not a section of the site.").arg(s) });
    }
}

void checkSchedule(Status status, const QDateTime &publishAt, FieldErrors &errors)
{
    if (status == Status::Scheduled && !publishAt.isValid()) {
        errors.append({ QStringLiteral("publish_at"),
            tr("A scheduled item needs a publication date and time.") });
    }
}

} // namespace

bool isEmail(const QString &text)
{
    // Deliberately simpler than RFC 5322: what people type into address books.
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
        "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+$"));
    if (text.size() > 254 || text.startsWith(QLatin1Char('.'))
        || text.contains(QStringLiteral("..")))
        return false;
    return pattern.match(text).hasMatch();
}

bool isPhone(const QString &text)
{
    QString compact = text.trimmed();
    compact.replace(QStringLiteral("(0)"), QString());
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-/\\x{00A0}\\x{202F}()]"));
    compact.remove(separators);
    static const QRegularExpression french(QStringLiteral("^0[1-9][0-9]{8}$"));
    static const QRegularExpression frenchInternational(
        QStringLiteral("^(\\+|00)33[1-9][0-9]{8}$"));
    static const QRegularExpression international(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (compact.startsWith(QStringLiteral("+33")) || compact.startsWith(QStringLiteral("0033")))
        return frenchInternational.match(compact).hasMatch();
    return french.match(compact).hasMatch() || international.match(compact).hasMatch();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return false;
    const QString host = url.host();
    return !host.isEmpty() && (host.contains(QLatin1Char('.')) || host == u"localhost")
        && !text.contains(QLatin1Char(' '));
}

QString normalizedWebUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    static const QRegularExpression bareHost(
        QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?$"));
    if (!trimmed.contains(QStringLiteral("://")) && bareHost.match(trimmed).hasMatch())
        return QStringLiteral("https://") + trimmed;
    return trimmed;
}

FieldErrors check(const Article &article)
{
    FieldErrors errors;
    checkTitle(article.title, errors);
    checkSlug(article.slug, errors);
    checkSections(article.sections, errors);
    checkSchedule(article.status, article.publishAt, errors);
    if (article.language != u"fr" && article.language != u"en")
        errors.append({ QStringLiteral("language"),
            tr("“%1” is not a language of the site (fr or en).").arg(article.language) });
    return errors;
}

FieldErrors check(const AgendaEntry &entry)
{
    FieldErrors errors;
    checkTitle(entry.title, errors);
    checkSlug(entry.slug, errors);
    checkSections(entry.sections, errors);
    checkSchedule(entry.status, entry.publishAt, errors);
    if (!entry.start.isValid())
        errors.append({ QStringLiteral("start"), tr("A start date is required.") });
    if (entry.start.isValid() && entry.end.isValid() && entry.end < entry.start)
        errors.append({ QStringLiteral("end"), tr("The end comes before the start.") });
    if (!QTimeZone(entry.timeZone.toUtf8()).isValid())
        errors.append({ QStringLiteral("time_zone"),
            tr("“%1” is not a known time zone.").arg(entry.timeZone) });
    if (!entry.onlineUrl.isEmpty() && !isWebUrl(entry.onlineUrl)) {
        errors.append({ QStringLiteral("online_url"),
            tr("“%1” is not a web address (expected https://…).").arg(entry.onlineUrl) });
    }
    return errors;
}

FieldErrors check(const Contact &contact)
{
    FieldErrors errors;
    if (contact.name.trimmed().isEmpty() && contact.organization.trimmed().isEmpty())
        errors.append({ QStringLiteral("name"), tr("A name or an organisation is required.") });
    for (const QString &email : contact.emails) {
        if (!isEmail(email)) {
            errors.append({ QStringLiteral("emails"),
                tr("“%1” is not an e-mail address (expected name@example.org).").arg(email) });
        }
    }
    for (const QString &phone : contact.phones) {
        if (!isPhone(phone)) {
            errors.append({ QStringLiteral("phones"),
                tr("“%1” is not a phone number (expected 06 49 78 62 28 or +33 6 49 78 62 28).")
                    .arg(phone) });
        }
    }
    if (!contact.website.isEmpty() && !isWebUrl(contact.website)) {
        errors.append({ QStringLiteral("website"),
            tr("“%1” is not a web address (expected https://…).").arg(contact.website) });
    }
    return errors;
}

QString summary(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Relais::Validation
