// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressPublisher: adopting an existing site (import).
#include "publish/wordpresspublisher.h"
#include "publish/wordpresspublisher_p.h"

#include "content/vocabulary.h"
#include "exchange/htmlmarkdown.h"
#include "moderation/submissionparser.h"
#include "render/markdown.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QSet>
#include <QUrlQuery>

namespace Relais {

using WordPressDetail::rawOf;

Result<WordPressPublisher::ImportSummary> WordPressPublisher::importSite()
{
    if (auto r = connect(); !r)
        return r.error();
    ImportSummary summary;
    auto settings = m_store->siteSettings().load();
    if (!settings)
        return settings.error();
    // Categories: slugs by id.
    auto categories = readCategories();
    if (!categories)
        return categories.error();
    const QHash<qint64, QString> slugs = *categories;
    summary.categories = int(slugs.size());
    QSet<QString> mediaRefs;
    for (int page = 1, pages = 1; page <= pages && !m_cancelled; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(
            QStringLiteral("status"), QStringLiteral("publish,future,draft,pending,private"));
        q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
        const auto r = m_client->get(QStringLiteral("wp/v2/posts"), q);
        if (!r.ok)
            return Error::failed(r.error);
        pages = r.totalPages();
        emit status(tr("Reading posts: page %1 of %2…").arg(page).arg(pages));
        emit progress(page, pages);
        for (const QJsonValue v : r.array()) {
            const QJsonObject o = v.toObject();
            ++summary.posts;
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            auto known = m_store->wordpress().linkOfRemote(m_target.id, id);
            if (!known)
                return known.error();
            if (known->has_value()) {
                ++summary.known;
                continue;
            }
            Article a;
            a.title = rawOf(o, QStringLiteral("title")).trimmed();
            if (a.title.isEmpty())
                a.title = tr("(untitled post %1)").arg(id);
            const auto body = HtmlMarkdown::fromHtml(rawOf(o, QStringLiteral("content")));
            a.body = body.text;
            a.allowRawHtml = !body.lossless;
            const auto excerpt = HtmlMarkdown::fromHtml(rawOf(o, QStringLiteral("excerpt")));
            a.summary = (excerpt.lossless ? Markdown::toPlainText(excerpt.text)
                                          : rawOf(o, QStringLiteral("excerpt")))
                            .simplified()
                            .left(1000);
            a.slug = o.value(QStringLiteral("slug")).toString();
            const QString status = o.value(QStringLiteral("status")).toString();
            a.status = status == u"publish" ? Status::Published
                : status == u"future"       ? Status::Scheduled
                : status == u"private"      ? Status::Archived
                                            : Status::Draft;
            if (a.status != Status::Draft)
                a.publishAt
                    = WordPressMapping::fromGmt(o.value(QStringLiteral("date_gmt")).toString());
            for (const QJsonValue cat : o.value(QStringLiteral("categories")).toArray()) {
                const QString slug = slugs.value(cat.toInteger());
                if (slug == u"temoignages")
                    a.kind = ArticleKind::Testimonial;
                else if (Vocabulary::isSection(slug) && !a.sections.contains(slug))
                    a.sections.append(slug);
            }
            if (o.value(QStringLiteral("featured_media")).toInteger() > 0)
                mediaRefs.insert(QStringLiteral("#%1").arg(
                    o.value(QStringLiteral("featured_media")).toInteger()));
            for (const auto &image : Markdown::images(a.allowRawHtml ? QString() : a.body))
                mediaRefs.insert(image.url);
            Transaction tx(m_store->database());
            auto saved = m_store->articles().create(a);
            if (!saved) {
                summary.errors.append(
                    tr("Post %1 “%2”: %3").arg(id).arg(a.title, saved.error().message));
                continue;
            }
            WordPressLink l;
            l.targetId = m_target.id;
            l.item = saved->meta.uuid;
            l.itemType = QStringLiteral("article");
            l.remoteId = id;
            l.slug = a.slug;
            l.remoteStatus = status;
            l.remoteModified = o.value(QStringLiteral("modified_gmt")).toString();
            l.remoteDate = o.value(QStringLiteral("date_gmt")).toString();
            // As if Relais had sent it: the next publish sends nothing until the item changes.
            l.sentHash
                = WordPressMapping::fromArticle(*saved, *settings, m_account.canPublish).hash();
            check(m_store->wordpress().saveLink(l));
            check(m_store->wordpress().log(
                WordPressLogEntry { 0, m_target.id, {}, l.item, id, QStringLiteral("imported"),
                    body.lossless ? QStringLiteral("markdown") : QStringLiteral("html") }));
            if (auto r = tx.commit(); !r)
                return r.error();
            ++summary.articles;
            if (!body.lossless)
                ++summary.asHtml;
        }
    }
    summary.media = int(mediaRefs.size());
    if (m_cancelled)
        return Error::failed(tr("Cancelled after %1 posts.").arg(summary.posts));
    return summary;
}

} // namespace Relais
