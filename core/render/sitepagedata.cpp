// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The site builder: what the templates get of an item, a contact, a page.
#include "render/sitebuilder.h"
#include "render/sitebuilder_p.h"

#include "content/validation.h"
#include "content/vocabulary.h"
#include "render/frenchdates.h"
#include "render/markdown.h"
#include "render/typography.h"
#include "storage/store.h"

#include <algorithm>
#include <charconv>

namespace Relais {

using namespace SitePage;

namespace SitePage {

namespace {

// Control characters other than tab and newlines are not allowed in HTML or XML text.
bool isUnwanted(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c < 0xA0)
        || c == 0xFFFE || c == 0xFFFF || QChar::isSurrogate(c);
}

} // namespace

QString clean(const QString &text)
{
    // Nearly every text is clean: it is then shared, not copied character by character.
    const auto first
        = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isUnwanted(c.unicode()); });
    if (first == text.cend())
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF)
            || (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            || (c.unicode() >= 0x7F && c.unicode() < 0xA0)) {
            continue; // a lone surrogate, a non-character or a control character
        } else {
            out += c;
        }
    }
    return out;
}

// The site's sections for a template: slug, title, link text, and whether it is the page's own.
kainjow::mustache::list makeSectionList(const QString &current)
{
    kainjow::mustache::list sections;
    for (const Section &section : Vocabulary::sections()) {
        kainjow::mustache::data item;
        item.set("slug", s(section.slug));
        item.set("title", s(section.title));
        item.set("linkText", s(section.linkText));
        item.set("current", current == section.slug);
        sections.push_back(item);
    }
    return sections;
}

QString sectionTitles(const QStringList &sections)
{
    QStringList titles;
    for (const QString &slug : sections)
        titles.append(Vocabulary::sectionTitle(slug));
    return titles.join(QStringLiteral(", "));
}

// tel: URI of a French or international number: "06.49.78.62.28" → "+33649786228".
QString telUri(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    if (digits.startsWith(QStringLiteral("0033")))
        digits = QLatin1Char('+') + digits.mid(2);
    else if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
        digits = QStringLiteral("+33") + digits.mid(1);
    return digits;
}

void addIdentity(QByteArray &inputs, const EntityMeta &meta)
{
    char buffer[80]; // three 64-bit numbers (20 characters at most) and their separators
    char *at = buffer;
    // Each number leaves room for the separator after it.
    auto add = [&at, &buffer](qint64 number, char separator) {
        at = std::to_chars(at, buffer + sizeof buffer - 1, number).ptr;
        *at++ = separator;
    };
    add(meta.id, ',');
    add(meta.revision, ',');
    add(meta.updatedAt.toMSecsSinceEpoch(), ';');
    inputs.append(buffer, at - buffer);
}

} // namespace SitePage

kainjow::mustache::list SiteBuilder::sectionList(const QString &current) const
{
    const auto it = m_fixed.sections.constFind(current);
    return it == m_fixed.sections.cend() ? makeSectionList(current) : *it;
}

QString SiteBuilder::text(const QString &plain, const QString &language) const
{
    const QString cleaned = clean(plain);
    return m_settings.frenchTypography && language == u"fr" ? Typography::frenchText(cleaned)
                                                            : cleaned;
}

QString SiteBuilder::cleanText(const QString &text)
{
    return clean(text);
}

QString SiteBuilder::bodyHtml(
    const QString &markdown, const QString &root, bool allowRawHtml, const QString &language) const
{
    Markdown::Options options;
    options.allowRawHtml = allowRawHtml;
    options.root = root.isNull() ? QStringLiteral("") : root;
    const QString html = Markdown::toHtml(clean(markdown), options);
    return m_settings.frenchTypography && language == u"fr" ? Typography::frenchHtml(html) : html;
}

const Media *SiteBuilder::mediaNamed(const QString &name) const
{
    if (!m_media) {
        m_media.emplace();
        if (auto all = m_store.media().list()) {
            for (const Media &m : *all)
                m_media->insert(m.name, m);
        }
    }
    const auto it = m_media->constFind(name);
    return it == m_media->cend() ? nullptr : &*it;
}

Data SiteBuilder::layoutData(
    const QString &path, const QString &pageTitle, const QString &current) const
{
    const QString root = path == u"404.html" ? m_settings.baseUrl : rootOf(path);
    Data d;
    d.set("root", s(root));
    d.set("pageTitle", s(pageTitle));
    d.set("siteName", m_fixed.siteName);
    d.set("description", m_fixed.description);
    d.set("ctaText", m_fixed.ctaText);
    // With a form receiver, the call to action leads to the site's own form.
    d.set("ctaUrl",
        s(m_settings.submissionFormUrl.isEmpty()
                ? m_settings.ctaUrl
                : root + QStringLiteral("annoncez-vos-infos/index.html")));
    d.set("newsletterText", m_fixed.newsletterText);
    d.set("newsletterUrl", s(m_settings.newsletterUrl));
    if (path != u"404.html") {
        QString canonical = path;
        if (canonical.endsWith(QStringLiteral("index.html")))
            canonical.chop(int(QStringLiteral("index.html").size()));
        d.set("canonical", s(m_settings.baseUrl + canonical));
    }
    d.set("isNews", current == u"news");
    d.set("isAgenda", current == u"agenda");
    d.set("isTestimonials", current == u"testimonials");
    d.set("sections", sectionList(current));
    return d;
}

Data SiteBuilder::articleItem(const Article &a, const QString &root) const
{
    const QDate date = articleDate(a).toTimeZone(m_zone).date();
    Data d;
    d.set("root", s(root));
    d.set("url", s(articlePath(a)));
    d.set("title", s(text(a.title, a.language)));
    d.set("badgeMonth", s(FrenchDates::badgeMonth(date)));
    d.set("badgeDay", s(QString::number(date.day())));
    d.set("isoDate", s(date.toString(Qt::ISODate)));
    d.set("longDate", s(FrenchDates::longDate(date)));
    // The lead written by the person heads the article's page; lists, the home page and the
    // page's description use it too, or without one the body's first paragraph as plain text
    // (never the article page itself, which would say it twice).
    QString excerpt = a.summary.simplified();
    const bool written = !excerpt.isEmpty();
    if (!written) {
        excerpt = Markdown::firstParagraph(a.body);
        if (excerpt.size() > 220)
            excerpt
                = excerpt.left(excerpt.lastIndexOf(QLatin1Char(' '), 220)) + QStringLiteral(" …");
    }
    const std::string typeset = s(text(excerpt, a.language)); // French typography once for all
    if (written)
        d.set("summary", typeset);
    if (!excerpt.isEmpty())
        d.set("excerpt", typeset);
    const QString sections = sectionTitles(a.sections);
    if (!sections.isEmpty())
        d.set("sectionTitles", s(sections));
    d.set("kindText", a.kind == ArticleKind::Testimonial ? "Témoignage" : "Actualité");
    if (a.language != u"fr")
        d.set("lang", s(a.language));
    if (const Media *m = a.featuredImage.isEmpty() ? nullptr : mediaNamed(a.featuredImage)) {
        Data f;
        f.set("small", s(root + m->smallPath()));
        f.set("large", s(root + m->path()));
        f.set("alt", s(text(m->alt, a.language)));
        const int width = qMin(m->width, 800);
        f.set("width", s(QString::number(width)));
        f.set("height",
            s(QString::number(qMax(1, int(qint64(m->height) * width / qMax(1, m->width))))));
        d.set("featured", f);
    }
    return d;
}

Data SiteBuilder::eventItem(const AgendaEntry &e, const QString &root) const
{
    const QTimeZone zone
        = QTimeZone(e.timeZone.toUtf8()).isValid() ? QTimeZone(e.timeZone.toUtf8()) : m_zone;
    const QDateTime start = e.start.toTimeZone(zone);
    const QDateTime end = e.end.isValid() ? e.end.toTimeZone(zone) : QDateTime();
    const QString when = FrenchDates::eventSpan(start, end, e.allDay);
    Data d;
    d.set("root", s(root));
    d.set("url", s(eventPath(e)));
    d.set("title", s(text(e.title)));
    d.set("badgeMonth", s(FrenchDates::badgeMonth(start.date())));
    d.set("badgeDay", s(QString::number(start.date().day())));
    d.set(
        "isoDate", s(e.allDay ? start.date().toString(Qt::ISODate) : start.toString(Qt::ISODate)));
    d.set("when", s(when));
    QString place = e.locationName;
    if (place.isEmpty() && !e.onlineUrl.isEmpty())
        place = QStringLiteral("En ligne");
    if (!place.isEmpty())
        d.set("place", s(text(place)));
    if (!e.address.isEmpty())
        d.set("address", s(text(e.address)));
    if (Validation::isWebUrl(e.onlineUrl))
        d.set("onlineUrl", s(e.onlineUrl));
    if (e.state == EventState::Postponed)
        d.set("stateText", "Reporté");
    else if (e.state == EventState::Cancelled)
        d.set("stateText", "Annulé");
    d.set("cancelled", e.state == EventState::Cancelled);
    const QString sections = sectionTitles(e.sections);
    if (!sections.isEmpty())
        d.set("sectionTitles", s(sections));
    return d;
}

Data SiteBuilder::contactCard(const Contact &c) const
{
    Data d;
    if (!c.name.isEmpty())
        d.set("name", s(text(c.name)));
    if (!c.role.isEmpty())
        d.set("role", s(text(c.role)));
    if (!c.organization.isEmpty())
        d.set("organization", s(text(c.organization)));
    if (!c.address.isEmpty())
        d.set("address", s(text(c.address)));
    List emails;
    for (const QString &email : c.emails) {
        if (Validation::isEmail(email))
            emails.push_back(Data(s(email)));
    }
    d.set("emails", emails);
    List phones;
    for (const QString &phone : c.phones) {
        Data p;
        p.set("tel", s(telUri(phone)));
        p.set("text", s(clean(phone)));
        phones.push_back(p);
    }
    d.set("phones", phones);
    if (Validation::isWebUrl(c.website)) {
        d.set("website", s(c.website));
        QString shown = c.website;
        shown.remove(QStringLiteral("https://")).remove(QStringLiteral("http://"));
        d.set("websiteText", s(shown));
    }
    return d;
}

QList<Contact> SiteBuilder::fullContacts(
    const QList<QUuid> &uuids, const QHash<QUuid, Contact> &contacts) const
{
    const QHash<QUuid, Contact> *whole = &contacts;
    if (m_light && !uuids.isEmpty()) {
        if (!m_wholeContacts) {
            m_wholeContacts.emplace();
            if (auto all = m_store.contacts().loadAll()) {
                for (Contact &c : *all)
                    m_wholeContacts->emplace(c.meta.uuid, std::move(c));
            }
        }
        whole = &*m_wholeContacts;
    }
    QList<Contact> known;
    for (const QUuid &uuid : uuids) {
        const auto it = whole->constFind(uuid);
        if (it != whole->cend())
            known.append(*it);
    }
    return known;
}

void SiteBuilder::addContactCards(Data &d, const QList<Contact> &contacts) const
{
    List cards;
    for (const Contact &contact : contacts)
        cards.push_back(contactCard(contact));
    d.set("hasContacts", !cards.empty());
    d.set("contacts", cards);
}

QHash<QUuid, Contact> SiteBuilder::contactsOf(const QList<QUuid> &uuids) const
{
    QHash<QUuid, Contact> contacts;
    for (const QUuid &uuid : uuids) {
        if (auto c = m_store.contacts().load(uuid))
            contacts.insert(uuid, *c);
    }
    return contacts;
}

} // namespace Relais
