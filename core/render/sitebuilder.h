// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/sitesettings.h"
#include "render/theme.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace Relais {

class Store;

// Renders the static site from the database: every page as the visitors of the portal will
// see it at a given time (drafts, trashed items and items not yet due are left out). Pages go
// to a sink as they are made, so a large site never sits in memory whole. Links are relative,
// so the folder works from disk as from any sub-path of a server.
class SiteBuilder
{
public:
    // Receives each page: its path relative to the site root ("agenda/index.html").
    using PageSink = std::function<Result<void>(const QString &path, const QByteArray &content)>;

    // Lets the caller skip the detail pages (one article or event) it already has. Each such
    // page has a key: a hash of everything it is made from (the item's revision, its
    // contacts', the site settings, the theme, the renderer's version).
    class PageCache
    {
    public:
        virtual ~PageCache() = default;
        // True: the page is known and not rendered; the sink does not get it.
        virtual bool has(const QString &path, const QByteArray &key) = 0;
        // The key of the page the sink gets next.
        virtual void rendering(const QString &path, const QByteArray &key) = 0;
        // Knows no page at all (a first render): the builder reads everything at once.
        virtual bool isEmpty() const = 0;
    };
    // Bump when a change of the renderer changes pages made from the same inputs.
    static constexpr const char *RendererVersion = "relais-render 2";

    struct Report
    {
        int skipped = 0; // known to the page cache, not rendered
        int pages = 0;
        qint64 bytes = 0;
        int articles = 0;
        int events = 0;
    };

    SiteBuilder(Store &store, SiteSettings settings, std::shared_ptr<Theme> theme);

    Result<Report> build(const QDateTime &at, const PageSink &sink);
    void setPageCache(PageCache *cache) { m_cache = cache; }
    // Optional: stores each page on the thread that made it, as soon as it is made (several
    // at once: it must be thread-safe). The sink then gets the pages in order, after their
    // storing succeeded, and without their bytes (an empty content): a folder on disk writes
    // its files in parallel and keeps its own account of them in order.
    using PageWriter = std::function<Result<void>(const QString &path, const QByteArray &content)>;
    void setPageWriter(PageWriter writer) { m_writer = std::move(writer); }
    // The page of one item as it stands (saved or not), and the stylesheet, for a preview.
    // Returns the page's path.
    Result<QString> buildPreview(const Article &article, const PageSink &sink);
    Result<QString> buildPreview(const AgendaEntry &entry, const PageSink &sink);

    static QString articlePath(const Article &article);
    static QString eventPath(const AgendaEntry &entry);
    // Whether an item is public at that time.
    static bool isVisible(Status status, const QDateTime &publishAt, const QDateTime &at);
    // The text without the characters HTML and XML cannot hold (controls, lone surrogates).
    static QString cleanText(const QString &text);

    SiteBuilder(const SiteBuilder &) = delete;
    SiteBuilder &operator=(const SiteBuilder &) = delete;
    ~SiteBuilder();

private:
    struct Content;
    struct Pages;
    // A page's data for its template, and its title; made in a worker thread.
    struct PageData
    {
        Theme::Data data;
        QString title;
    };
    Result<void> load(const QDateTime &at, Content &content) const;

    Theme::Data layoutData(
        const QString &path, const QString &pageTitle, const QString &current) const;
    Theme::Data articleItem(const Article &article, const QString &root) const;
    Theme::Data eventItem(const AgendaEntry &entry, const QString &root) const;
    Theme::Data contactCard(const Contact &contact) const;
    QString bodyHtml(const QString &markdown, const QString &root, bool allowRawHtml = false,
        const QString &language = QStringLiteral("fr")) const;
    // Plain text for a page, with French typography when the site wants it and the text is French.
    QString text(const QString &plain, const QString &language = QStringLiteral("fr")) const;
    // The pictures of the media store a text shows; they go to the site with the pages.
    void noteMedia(const QString &markdown);
    const Media *mediaNamed(const QString &name) const;
    Result<void> emitMedia();
    Result<Report> buildSite(const QDateTime &at);
    // Pages are made ahead by worker threads (make must only read the builder) and handed to
    // the sink in the order they were queued.
    Result<void> queue(const QString &path, std::function<Result<QByteArray>()> make);
    Result<void> deliver(
        const QString &path, const QByteArray &key, const QByteArray &content, qsizetype size);
    Result<void> deliverFirst();
    Result<void> deliverAll();
    void noteMade(const QString &path);
    QByteArray takeKey(const QString &path);
    Result<void> emitPage(const QString &path, const QString &templateName, const QString &current,
        std::function<PageData()> make);
    Result<void> emitFile(const QString &path, const QByteArray &content);
    void addContactCards(Theme::Data &data, const QList<Contact> &contacts) const;
    // The contacts of a page, whole (light builds read only their identities first).
    QList<Contact> fullContacts(
        const QList<QUuid> &uuids, const QHash<QUuid, Contact> &contacts) const;
    kainjow::mustache::list sectionList(const QString &current = {}) const;
    template<typename Item> QList<Item> fullItems(const QList<const Item *> &items) const
    {
        QList<Item> whole;
        for (const Item *item : items)
            whole.append(full(*item));
        return whole;
    }
    Result<void> emitArticle(const Article &article, const QHash<QUuid, Contact> &contacts);
    Result<void> emitEvent(const AgendaEntry &entry, const QHash<QUuid, Contact> &contacts);
    Result<void> emitStyle();
    Result<void> emitPreview(const PageSink &sink, const std::function<Result<void>()> &emitItem);
    Result<void> emitAgenda(const QList<const AgendaEntry *> &upcoming);
    Result<void> emitSections(
        const QList<const Article *> &news, const QList<const AgendaEntry *> &upcoming);
    Result<void> emitHome(const QList<const Article *> &news,
        const QList<const Article *> &testimonials, const QList<const AgendaEntry *> &upcoming);
    Result<void> emitFixedPages();
    Result<void> emitFeed(const QList<Article> &articles, const QDateTime &at);
    Result<void> emitCalendar(const QList<const AgendaEntry *> &upcoming);
    Result<void> emitSitemap();
    QHash<QUuid, Contact> contactsOf(const QList<QUuid> &uuids) const;
    // Pages of news, ten by page (the settings' page size): folder/index.html,
    // folder/page/2/index.html…
    struct ListPages
    {
        ListPages(QString folder, QString heading, QString current,
            QString templateName = QStringLiteral("list"))
            : folder(std::move(folder))
            , heading(std::move(heading))
            , current(std::move(current))
            , templateName(std::move(templateName))
        { }
        QString folder, heading, current; // current: the section the menu marks
        QString templateName;
        bool withAgenda = false; // coming events beside the first page
        QList<const AgendaEntry *> events;
    };
    Result<void> emitList(const ListPages &list, const QList<const Article *> &items);

    QByteArray detailKey(const EntityMeta &meta, const QList<QUuid> &contacts,
        const QHash<QUuid, Contact> &known) const;
    // The key of any other page: what it is and the identities of what it shows.
    QByteArray pageKey(const QString &what, const QByteArray &inputs) const;
    // With a page cache the content is read without the texts; an item whose page is made
    // after all is read whole here.
    Article full(const Article &article) const;
    AgendaEntry full(const AgendaEntry &entry) const;
    bool skipKnown(const QString &path, const QByteArray &key);

    Store &m_store;
    PageCache *m_cache = nullptr;
    std::unique_ptr<Pages> m_pages; // while a site is built
    QString m_pendingPath; // not in the cache: made, and the cache told its key
    QByteArray m_pendingKey;
    struct Fixed // the same on every page
    {
        std::string siteName, description, ctaText, newsletterText, agendaLinkText,
            testimonialsLinkText;
        QHash<QString, kainjow::mustache::list> sections; // by the page's own section
    } m_fixed;
    QByteArray m_fingerprint; // settings, theme and renderer
    QByteArray m_shortFingerprint; // its first 64 bits in hex, at the head of detail keys
    SiteSettings m_settings;
    std::shared_ptr<Theme> m_theme;
    QTimeZone m_zone;
    const PageSink *m_sink = nullptr;
    PageWriter m_writer;
    bool m_light = false; // content read without texts
    // When many pages must be made after all (a new theme), the texts are read in one go.
    mutable int m_wholeReads = 0;
    mutable std::optional<QHash<qint64, Article>> m_wholeArticles;
    mutable std::optional<QHash<qint64, AgendaEntry>> m_wholeEvents;
    mutable std::optional<QHash<QUuid, Contact>> m_wholeContacts;
    Report m_report;
    QStringList m_sitemap;
    mutable std::optional<QHash<QString, Media>> m_media; // read when first needed
    QSet<QString> m_usedMedia;
};

} // namespace Relais
