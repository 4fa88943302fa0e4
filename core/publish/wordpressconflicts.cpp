// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressPublisher: settling a conflict the user decided.
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

Result<void> WordPressPublisher::settle(
    Store &store, const PublishTarget &target, const QUuid &item, Resolution resolution)
{
    auto found = store.wordpress().link(target.id, item);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { Error::Code::NotFound,
            tr("This item was never published to %1.").arg(target.name), {} };
    WordPressLink l = **found;
    WordPressLogEntry entry { 0, target.id, {}, item, l.remoteId, {}, {} };
    if (resolution == Resolution::Skip) {
        entry.action = QStringLiteral("skipped");
        return store.wordpress().log(entry);
    }
    if (resolution == Resolution::Recreate) {
        Transaction tx(store.database());
        if (auto r = store.wordpress().removeLink(target.id, item); !r)
            return r;
        entry.action = QStringLiteral("recreate");
        if (auto r = store.wordpress().log(entry); !r)
            return r;
        return tx.commit();
    }
    if (l.state != WordPressLink::State::Conflict)
        return Error::invalid(tr("This item is not in conflict."));
    const QJsonObject theirs = QJsonDocument::fromJson(l.theirs).object();
    const QString modified = theirs.value(QStringLiteral("modified_gmt")).toString();
    Transaction tx(store.database());
    if (resolution == Resolution::KeepMine) {
        // Their version is known and set aside: the next publish writes ours over it.
        l.remoteModified = modified;
        l.sentHash.clear();
        entry.action = QStringLiteral("kept-mine");
    } else {
        auto settings = store.siteSettings().load();
        if (!settings)
            return settings.error();
        const auto body
            = HtmlMarkdown::fromHtml(theirs.value(QStringLiteral("content")).toString());
        const QString title = theirs.value(QStringLiteral("title")).toString();
        const QString excerpt = theirs.value(QStringLiteral("excerpt")).toString();
        QByteArray hash;
        if (l.itemType == u"article") {
            auto a = store.articles().load(item);
            if (!a)
                return a.error();
            a->title = title;
            a->body = body.text;
            a->allowRawHtml = a->allowRawHtml || !body.lossless;
            a->summary = HtmlMarkdown::fromHtml(excerpt).lossless
                ? Markdown::toPlainText(HtmlMarkdown::fromHtml(excerpt).text).trimmed()
                : excerpt;
            auto saved = store.articles().update(*a);
            if (!saved)
                return saved.error();
            hash = WordPressMapping::fromArticle(*saved, *settings, true).hash();
        } else {
            auto e = store.agenda().load(item);
            if (!e)
                return e.error();
            e->title = title;
            // The date block Relais wrote is not part of the description.
            QString content = theirs.value(QStringLiteral("content")).toString();
            const qsizetype block = content.indexOf(QStringLiteral("</div>"));
            if (content.startsWith(QStringLiteral("<div class=\"relais-event\">")) && block >= 0)
                content = content.mid(block + 6).trimmed();
            const auto description = HtmlMarkdown::fromHtml(content);
            e->description = description.text;
            auto saved = store.agenda().update(*e);
            if (!saved)
                return saved.error();
            hash = WordPressMapping::fromEvent(*saved, *settings, true).hash();
        }
        // What the server holds is now what this item says, as far as the next publish is
        // concerned: nothing is sent until the item changes again.
        l.remoteModified = modified;
        l.sentHash = hash;
        entry.action = QStringLiteral("took-theirs");
    }
    l.state = WordPressLink::State::Synced;
    l.theirs.clear();
    if (auto r = store.wordpress().saveLink(l); !r)
        return r;
    if (auto r = store.wordpress().log(entry); !r)
        return r;
    return tx.commit();
}

} // namespace Relais
