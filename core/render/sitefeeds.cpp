// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The site builder: the files for other programs (Atom feed, iCalendar, sitemap).
#include "render/sitebuilder.h"
#include "render/sitebuilder_p.h"

#include "render/icalendar.h"

#include <QCryptographicHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Relais {

using namespace SitePage;

// Atom feed of the latest news and testimonials.
Result<void> SiteBuilder::emitFeed(const QList<Article> &articles, const QDateTime &at)
{
    QList<const Article *> feedItems;
    for (const Article &a : std::as_const(articles)) {
        if (a.status != Status::Archived && feedItems.size() < 20)
            feedItems.append(&a);
    }
    const QDateTime feedUpdated = articles.isEmpty() ? at : articleDate(articles.first());
    QByteArray feedInputs = feedUpdated.toUTC().toString(Qt::ISODate).toLatin1() + '|';
    for (const Article *a : std::as_const(feedItems))
        addIdentity(feedInputs, a->meta);
    if (!skipKnown(QStringLiteral("feed.xml"), pageKey(QStringLiteral("feed"), feedInputs))) {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("feed"));
        w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("fr"));
        w.writeTextElement(QStringLiteral("title"), clean(m_settings.name));
        w.writeTextElement(QStringLiteral("id"), m_settings.baseUrl);
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), m_settings.baseUrl);
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
        w.writeAttribute(QStringLiteral("href"), m_settings.baseUrl + QStringLiteral("feed.xml"));
        w.writeTextElement(QStringLiteral("updated"), feedUpdated.toUTC().toString(Qt::ISODate));
        for (const Article *shown : std::as_const(feedItems)) {
            const Article a = full(*shown);
            w.writeStartElement(QStringLiteral("entry"));
            w.writeTextElement(QStringLiteral("title"), clean(a.title));
            w.writeTextElement(QStringLiteral("id"),
                QStringLiteral("urn:uuid:") + a.meta.uuid.toString(QUuid::WithoutBraces));
            w.writeEmptyElement(QStringLiteral("link"));
            QString url = articlePath(a);
            url.chop(int(QStringLiteral("index.html").size()));
            w.writeAttribute(QStringLiteral("href"), m_settings.baseUrl + url);
            w.writeTextElement(
                QStringLiteral("updated"), a.meta.updatedAt.toUTC().toString(Qt::ISODate));
            w.writeTextElement(
                QStringLiteral("published"), articleDate(a).toUTC().toString(Qt::ISODate));
            w.writeStartElement(QStringLiteral("author"));
            w.writeTextElement(QStringLiteral("name"), clean(m_settings.name));
            w.writeEndElement();
            if (!a.summary.isEmpty())
                w.writeTextElement(QStringLiteral("summary"), clean(a.summary));
            w.writeStartElement(QStringLiteral("content"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
            w.writeCharacters(bodyHtml(a.body, m_settings.baseUrl, a.allowRawHtml, a.language));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        if (auto r = emitFile(QStringLiteral("feed.xml"), xml); !r)
            return r;
    }
    return {};
}

// The coming events for calendar applications; stamped with their latest change, so that
// the file changes only when they do.
Result<void> SiteBuilder::emitCalendar(const QList<const AgendaEntry *> &upcoming)
{
    QByteArray icsInputs;
    for (const AgendaEntry *e : std::as_const(upcoming))
        addIdentity(icsInputs, e->meta);
    if (!skipKnown(QStringLiteral("agenda.ics"), pageKey(QStringLiteral("ics"), icsInputs))) {
        QList<AgendaEntry> coming;
        QDateTime stamp = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        if (m_light && upcoming.size() > WholeReadsBeforeAll)
            m_wholeReads = WholeReadsBeforeAll; // read them all at once
        for (const AgendaEntry *e : std::as_const(upcoming)) {
            coming.append(full(*e));
            stamp = std::max(stamp, e->meta.updatedAt);
        }
        if (auto r
            = emitFile(QStringLiteral("agenda.ics"), ICalendar::write(coming, m_settings, stamp));
            !r)
            return r;
    }
    return {};
}

// The sitemap changes with the list of pages (the base address is in every key).
Result<void> SiteBuilder::emitSitemap()
{
    QCryptographicHash sitemapInputs(QCryptographicHash::Md5);
    for (const QString &path : std::as_const(m_sitemap)) {
        sitemapInputs.addData(
            QByteArrayView(reinterpret_cast<const char *>(path.utf16()), path.size() * 2));
        sitemapInputs.addData(QByteArrayView("\0\0", 2));
    }
    if (!skipKnown(QStringLiteral("sitemap.xml"),
            pageKey(QStringLiteral("sitemap"), sitemapInputs.result()))) {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("urlset"));
        w.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
        for (const QString &path : std::as_const(m_sitemap)) {
            w.writeStartElement(QStringLiteral("url"));
            w.writeTextElement(QStringLiteral("loc"),
                m_settings.baseUrl + (path.endsWith(u"index.html") ? path.chopped(10) : path));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        if (auto r = emitFile(QStringLiteral("sitemap.xml"), xml); !r)
            return r;
    }
    return {};
}

} // namespace Relais
