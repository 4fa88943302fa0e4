// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The site builder: one maker per kind of page.
#include "render/sitebuilder.h"
#include "render/sitebuilder_p.h"

#include "content/slug.h"
#include "content/vocabulary.h"
#include "render/frenchdates.h"
#include "storage/store.h"

#include <QCryptographicHash>

namespace Relais {

using namespace SitePage;

Result<void> SiteBuilder::emitList(const ListPages &list, const QList<const Article *> &items)
{
    const QString &folder = list.folder;
    const int pageSize = qMax(1, m_settings.pageSize);
    const int pageCount = qMax(1, int((items.size() + pageSize - 1) / pageSize));
    for (int page = 1; page <= pageCount; ++page) {
        const QString path = page == 1
            ? folder + QStringLiteral("/index.html")
            : QStringLiteral("%1/page/%2/index.html").arg(folder).arg(page);
        const qsizetype first = qsizetype(page - 1) * pageSize;
        const qsizetype last = qMin(items.size(), qsizetype(page) * pageSize);
        // The agenda beside a section's news is on its first page only: an event changed
        // remakes one page per section, not the whole archive.
        const QList<const AgendaEntry *> events
            = page == 1 ? list.events : QList<const AgendaEntry *> {};
        QByteArray inputs = QByteArray::number(page) + '/' + QByteArray::number(pageCount) + ':';
        for (qsizetype i = first; i < last; ++i)
            addIdentity(inputs, items.at(i)->meta);
        inputs += '|';
        for (const AgendaEntry *e : events)
            addIdentity(inputs, e->meta);
        if (skipKnown(path, pageKey(folder, inputs)))
            continue;
        auto make = [this, path, list, shown = fullItems(items.mid(first, last - first)),
                        shownEvents = fullItems(events), page, pageCount] {
            Data d;
            d.set("heading", s(list.heading));
            List articles;
            for (const Article &a : shown)
                articles.push_back(articleItem(a, rootOf(path)));
            d.set("items", articles);
            if (page == 1 && list.withAgenda) {
                List eventItems;
                for (const AgendaEntry &e : shownEvents)
                    eventItems.push_back(eventItem(e, rootOf(path)));
                d.set("events", eventItems);
                d.set("withAgenda", true);
            }
            d.set("hasPages", pageCount > 1);
            d.set("page", s(QString::number(page)));
            d.set("pageCount", s(QString::number(pageCount)));
            const QString &folder = list.folder;
            if (page > 1) {
                d.set("previousUrl",
                    s(page == 2
                            ? folder + QStringLiteral("/index.html")
                            : QStringLiteral("%1/page/%2/index.html").arg(folder).arg(page - 1)));
            }
            if (page < pageCount)
                d.set("nextUrl",
                    s(QStringLiteral("%1/page/%2/index.html").arg(folder).arg(page + 1)));
            return PageData { d,
                page == 1 ? list.heading
                          : QStringLiteral("%1, page %2").arg(list.heading).arg(page) };
        };
        if (auto r = emitPage(path, list.templateName, list.current, make); !r)
            return r;
    }
    return {};
}

Result<void> SiteBuilder::emitArticle(const Article &a, const QHash<QUuid, Contact> &contacts)
{
    const QString path = articlePath(a);
    for (const QString &name : m_light ? a.mediaRefs : Media::referencesIn(a.body))
        m_usedMedia.insert(name);
    QByteArray key = detailKey(a.meta, a.contacts, contacts);
    if (!a.featuredImage.isEmpty()) {
        m_usedMedia.insert(a.featuredImage);
        const Media *m = mediaNamed(a.featuredImage);
        key += QCryptographicHash::hash(
            (m ? m->alt : QStringLiteral("-")).toUtf8(), QCryptographicHash::Sha256)
                   .toHex();
    }
    if (skipKnown(path, key))
        return {};
    auto make = [this, path, item = full(a), cards = fullContacts(a.contacts, contacts)] {
        Data d = articleItem(item, rootOf(path));
        d.set("body", s(bodyHtml(item.body, rootOf(path), item.allowRawHtml, item.language)));
        addContactCards(d, cards);
        return PageData { d, text(item.title, item.language) };
    };
    return emitPage(path, QStringLiteral("article"),
        a.kind == ArticleKind::Testimonial ? QStringLiteral("testimonials")
                                           : QStringLiteral("news"),
        make);
}

Result<void> SiteBuilder::emitEvent(const AgendaEntry &e, const QHash<QUuid, Contact> &contacts)
{
    const QString path = eventPath(e);
    for (const QString &name : m_light ? e.mediaRefs : Media::referencesIn(e.description))
        m_usedMedia.insert(name);
    if (skipKnown(path, detailKey(e.meta, e.contacts, contacts)))
        return {};
    auto make = [this, path, item = full(e), cards = fullContacts(e.contacts, contacts)] {
        Data d = eventItem(item, rootOf(path));
        d.set("body", s(bodyHtml(item.description, rootOf(path))));
        addContactCards(d, cards);
        return PageData { d, text(item.title) };
    };
    return emitPage(path, QStringLiteral("event"), QStringLiteral("agenda"), make);
}

Result<void> SiteBuilder::emitStyle()
{
    if (skipKnown(QStringLiteral("assets/style.css"), pageKey(QStringLiteral("style"), {})))
        return {};
    Data colours;
    colours.set("primaryColor", s(m_settings.primaryColor));
    colours.set("accentColor", s(m_settings.accentColor));
    auto css = m_theme->render(QStringLiteral("style.css"), colours);
    if (!css)
        return css.error();
    return emitFile(QStringLiteral("assets/style.css"), QByteArray::fromStdString(*css));
}

Result<void> SiteBuilder::emitMedia()
{
    QStringList names(m_usedMedia.cbegin(), m_usedMedia.cend());
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const Media *m = mediaNamed(name);
        if (!m)
            continue; // a picture that is not in the store: the editor warns about it
        for (const QString &path : { m->path(), m->smallPath() }) {
            // The copies depend on the picture alone, not on the site's settings.
            if (skipKnown(path, QByteArray(m->sha256.toLatin1() + ':' + path.toUtf8())))
                continue;
            auto bytes = m_store.media().file(path);
            if (!bytes)
                return bytes.error();
            if (auto r = emitFile(path, *bytes); !r)
                return r.error();
        }
    }
    return {};
}

// A page for the preview pane, with its stylesheet and pictures, from an item as it is being
// edited: a slug not yet valid is made from the title.
Result<void> SiteBuilder::emitPreview(
    const PageSink &sink, const std::function<Result<void>()> &emitItem)
{
    m_sink = &sink;
    m_light = false;
    m_usedMedia.clear();
    auto r = emitItem();
    if (r)
        r = emitStyle();
    if (r)
        r = emitMedia();
    m_sink = nullptr;
    return r;
}

namespace {

QString previewSlug(const QString &slug, const QString &title)
{
    if (Slug::isValid(slug))
        return slug;
    const QString fromTitle = Slug::fromTitle(title);
    return fromTitle.isEmpty() ? QStringLiteral("apercu") : fromTitle;
}

} // namespace

Result<QString> SiteBuilder::buildPreview(const Article &article, const PageSink &sink)
{
    Article shown = article;
    shown.slug = previewSlug(shown.slug, shown.title);
    if (!shown.publishAt.isValid())
        shown.publishAt = QDateTime::currentDateTimeUtc();
    if (auto r = emitPreview(sink, [&] { return emitArticle(shown, contactsOf(shown.contacts)); });
        !r)
        return r.error();
    return articlePath(shown);
}

Result<QString> SiteBuilder::buildPreview(const AgendaEntry &entry, const PageSink &sink)
{
    AgendaEntry shown = entry;
    shown.slug = previewSlug(shown.slug, shown.title);
    if (auto r = emitPreview(sink, [&] { return emitEvent(shown, contactsOf(shown.contacts)); });
        !r)
        return r.error();
    return eventPath(shown);
}

// The coming events, grouped by month.
Result<void> SiteBuilder::emitAgenda(const QList<const AgendaEntry *> &upcoming)
{
    QByteArray agendaInputs;
    for (const AgendaEntry *e : std::as_const(upcoming))
        addIdentity(agendaInputs, e->meta);
    if (const QString path = QStringLiteral("agenda/index.html");
        !skipKnown(path, pageKey(QStringLiteral("agenda"), agendaInputs))) {
        if (m_light && upcoming.size() > WholeReadsBeforeAll)
            m_wholeReads = WholeReadsBeforeAll; // read them all at once
        QList<AgendaEntry> shown;
        for (const AgendaEntry *e : std::as_const(upcoming))
            shown.append(full(*e));
        auto make = [this, path, shown] {
            List months;
            List monthEvents;
            auto flush = [&](const QDate &date) {
                if (monthEvents.empty())
                    return;
                Data m;
                m.set("id", s(date.toString(QStringLiteral("yyyy-MM"))));
                m.set("heading", s(FrenchDates::monthYear(date)));
                m.set("events", monthEvents);
                months.push_back(m);
                monthEvents.clear();
            };
            QDate previous;
            for (const AgendaEntry &e : shown) {
                const QDate date = e.start.toTimeZone(m_zone).date();
                if (previous.isValid()
                    && (date.month() != previous.month() || date.year() != previous.year()))
                    flush(previous);
                monthEvents.push_back(eventItem(e, rootOf(path)));
                previous = date;
            }
            if (previous.isValid())
                flush(previous);
            Data d;
            d.set("months", months);
            return PageData { d, QStringLiteral("Agenda") };
        };
        if (auto r = emitPage(path, QStringLiteral("agenda"), QStringLiteral("agenda"), make); !r)
            return r;
    }
    return {};
}

// A section's news, ten by page, with its coming events beside the first page. One pass
// over the news for all sections.
Result<void> SiteBuilder::emitSections(
    const QList<const Article *> &news, const QList<const AgendaEntry *> &upcoming)
{
    const QList<Section> &sections = Vocabulary::sections();
    std::vector<QList<const Article *>> newsBySection(std::size_t(sections.size()));
    for (const Article *a : std::as_const(news)) {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (a->sections.contains(sections.at(i).slug))
                newsBySection[std::size_t(i)].append(a);
        }
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        const QList<const Article *> &sectionNews = newsBySection[std::size_t(i)];
        ListPages list(QStringLiteral("rubriques/") + section.slug, section.title, section.slug,
            QStringLiteral("section"));
        list.withAgenda = true;
        for (const AgendaEntry *e : std::as_const(upcoming)) {
            if (e->sections.contains(section.slug) && list.events.size() < m_settings.homeEvents)
                list.events.append(e);
        }
        if (auto r = emitList(list, sectionNews); !r)
            return r;
    }
    return {};
}

// The latest news, the next events and a testimonial.
Result<void> SiteBuilder::emitHome(const QList<const Article *> &news,
    const QList<const Article *> &testimonials, const QList<const AgendaEntry *> &upcoming)
{
    const QList<const Article *> homeNews = news.mid(0, m_settings.homeNews);
    const QList<const AgendaEntry *> homeEvents = upcoming.mid(0, m_settings.homeEvents);
    QByteArray homeInputs;
    for (const Article *a : homeNews)
        addIdentity(homeInputs, a->meta);
    homeInputs += '|';
    for (const AgendaEntry *e : homeEvents)
        addIdentity(homeInputs, e->meta);
    homeInputs += '|';
    if (!testimonials.isEmpty())
        addIdentity(homeInputs, testimonials.first()->meta);
    if (const QString path = QStringLiteral("index.html");
        !skipKnown(path, pageKey(path, homeInputs))) {
        auto make = [this, articles = fullItems(homeNews), events = fullItems(homeEvents),
                        testimonial = fullItems(testimonials.mid(0, 1))] {
            Data d;
            List items;
            for (const Article &a : articles)
                items.push_back(articleItem(a, QString()));
            d.set("news", items);
            List eventItems;
            for (const AgendaEntry &e : events)
                eventItems.push_back(eventItem(e, QString()));
            d.set("events", eventItems);
            if (!testimonial.isEmpty())
                d.set("testimonial", articleItem(testimonial.first(), QString()));
            d.set("otherSectionsHeading", s(text(m_settings.otherSectionsHeading)));
            d.set("sections", sectionList());
            return PageData { d, text(m_settings.name) };
        };
        if (auto r = emitPage(path, QStringLiteral("home"), QString(), make); !r)
            return r;
    }
    return {};
}

// The pages that show no item: not found, and the form to send an announcement.
Result<void> SiteBuilder::emitFixedPages()
{
    if (!skipKnown(QStringLiteral("404.html"), pageKey(QStringLiteral("404"), {}))) {
        if (auto r = emitPage(QStringLiteral("404.html"), QStringLiteral("notfound"), QString(),
                [] {
                    return PageData { Data(), QStringLiteral("Page introuvable") };
                });
            !r)
            return r;
    }

    if (!m_settings.submissionFormUrl.isEmpty()
        && !skipKnown(QStringLiteral("annoncez-vos-infos/index.html"),
            pageKey(QStringLiteral("submit"), {}))) {
        auto make = [this] {
            Data d;
            d.set("formUrl", s(m_settings.submissionFormUrl));
            d.set("sections", sectionList());
            return PageData { d, QStringLiteral("Annoncez vos infos") };
        };
        if (auto r = emitPage(QStringLiteral("annoncez-vos-infos/index.html"),
                QStringLiteral("submit"), QString(), make);
            !r)
            return r;
    }
    return {};
}

} // namespace Relais
