// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressPublisher: reading the database and the site, and the plan of a run.
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

using WordPressDetail::allStatuses;

int WordPressPublisher::Plan::count(Action action) const
{
    return int(std::count_if(
        steps.cbegin(), steps.cend(), [action](const Step &s) { return s.action == action; }));
}

int WordPressPublisher::Plan::writes() const
{
    return count(Action::Create) + count(Action::Update) + count(Action::Restore)
        + count(Action::Trash) + count(Action::ForcePublish);
}

QString WordPressPublisher::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Trash:
        return QStringLiteral("trash");
    case Action::ForcePublish:
        return QStringLiteral("publish-overdue");
    case Action::Conflict:
        return QStringLiteral("conflict");
    case Action::Gone:
        return QStringLiteral("gone");
    case Action::ChangedThere:
        return QStringLiteral("changed-there");
    case Action::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

Result<void> WordPressPublisher::load(Context &c)
{
    auto settings = m_store->siteSettings().load();
    if (!settings)
        return settings.error();
    c.settings = *settings;
    auto links = m_store->wordpress().links(m_target.id);
    if (!links)
        return links.error();
    c.links = *links;
    adoptApproved(c);
    auto media = m_store->wordpress().media(m_target.id);
    if (!media)
        return media.error();
    c.mediaBySha = *media;
    auto terms = m_store->wordpress().terms(m_target.id);
    if (!terms)
        return terms.error();
    c.terms = *terms;
    auto stored = m_store->media().list();
    if (!stored)
        return stored.error();
    for (const Media &m : std::as_const(*stored))
        c.mediaByName.insert(m.name, m);

    const bool articles
        = m_options.types.isEmpty() || m_options.types.contains(QStringLiteral("article"));
    const bool agenda
        = m_options.types.isEmpty() || m_options.types.contains(QStringLiteral("agenda"));
    if (articles) {
        auto all = m_store->articles().loadAll();
        if (!all)
            return all.error();
        for (const Article &a : std::as_const(*all)) {
            c.posts.insert(
                a.meta.uuid, WordPressMapping::fromArticle(a, c.settings, m_account.canPublish));
            c.order.append(a.meta.uuid);
            c.titles.insert(a.meta.uuid, a.title);
        }
    }
    if (agenda) {
        auto all = m_store->agenda().loadAll();
        if (!all)
            return all.error();
        for (const AgendaEntry &e : std::as_const(*all)) {
            c.posts.insert(
                e.meta.uuid, WordPressMapping::fromEvent(e, c.settings, m_account.canPublish));
            c.order.append(e.meta.uuid);
            c.titles.insert(e.meta.uuid, e.title);
        }
    }
    // Linked items that are not live: in the trash, or deleted for good.
    for (const WordPressLink &l : std::as_const(c.links)) {
        if (c.posts.contains(l.item))
            continue;
        if (l.itemType == u"article" ? !articles : !agenda)
            continue;
        bool trashed = false;
        bool found = false;
        if (l.itemType == u"article") {
            auto a = m_store->articles().load(l.item);
            if (a) {
                found = true;
                trashed = a->meta.isTrashed();
                c.titles.insert(l.item, a->title);
            } else if (a.error().code != Error::Code::NotFound) {
                return a.error();
            }
        } else {
            auto e = m_store->agenda().load(l.item);
            if (e) {
                found = true;
                trashed = e->meta.isTrashed();
                c.titles.insert(l.item, e->title);
            } else if (e.error().code != Error::Code::NotFound) {
                return e.error();
            }
        }
        if (!found)
            c.purged.insert(l.item);
        else if (trashed)
            c.trashed.insert(l.item);
    }
    return {};
}

Result<void> WordPressPublisher::readRemote(Context &c)
{
    c.remote.clear();
    c.missing.clear();
    QList<qint64> ids;
    for (const WordPressLink &l : std::as_const(c.links)) {
        if (l.remoteId > 0 && l.state != WordPressLink::State::Gone)
            ids.append(l.remoteId);
    }
    std::sort(ids.begin(), ids.end());
    emit status(tr("Reading the state of %1 posts…").arg(ids.size()));
    for (qsizetype i = 0; i < ids.size(); i += 100) {
        QStringList chunk;
        for (qsizetype j = i; j < std::min<qsizetype>(i + 100, ids.size()); ++j)
            chunk.append(QString::number(ids.at(j)));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("include"), chunk.join(QLatin1Char(',')));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        q.addQueryItem(QStringLiteral("status"), allStatuses);
        q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        q.addQueryItem(QStringLiteral("_fields"),
            QStringLiteral("id,status,modified_gmt,date_gmt,categories"));
        const auto r = m_client->get(QStringLiteral("wp/v2/posts"), q);
        if (!r.ok)
            return Error::failed(r.error);
        for (const QJsonValue v : r.array()) {
            const QJsonObject o = v.toObject();
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            c.remote.insert(id,
                Remote { o.value(QStringLiteral("status")).toString(),
                    o.value(QStringLiteral("modified_gmt")).toString(),
                    o.value(QStringLiteral("date_gmt")).toString() });
            QList<qint64> categories;
            for (const QJsonValue cat : o.value(QStringLiteral("categories")).toArray())
                categories.append(cat.toInteger());
            c.remoteCategories.insert(id, categories);
        }
    }
    // A post the list did not give is asked for alone: deleted for good, or not readable?
    for (const qint64 id : std::as_const(ids)) {
        if (c.remote.contains(id))
            continue;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        q.addQueryItem(QStringLiteral("_fields"),
            QStringLiteral("id,status,modified_gmt,date_gmt,categories"));
        const auto r = m_client->get(QStringLiteral("wp/v2/posts/%1").arg(id), q);
        if (r.problem == WordPressClient::Problem::Gone
            || r.problem == WordPressClient::Problem::NotFound) {
            c.missing.insert(id);
            continue;
        }
        if (!r.ok)
            return Error::failed(r.error);
        const QJsonObject o = r.object();
        c.remote.insert(id,
            Remote { o.value(QStringLiteral("status")).toString(),
                o.value(QStringLiteral("modified_gmt")).toString(),
                o.value(QStringLiteral("date_gmt")).toString() });
    }
    return {};
}

WordPressPublisher::Plan WordPressPublisher::planOf(const Context &c, const QDateTime &now) const
{
    Plan plan;
    plan.account = m_account;
    QSet<QString> media;
    QSet<QString> categories;
    auto needs = [&](const WordPressPost &post) {
        for (const QString &name : post.media) {
            const auto found = c.mediaByName.constFind(name);
            if (found != c.mediaByName.cend() && !c.mediaBySha.contains(found->sha256))
                media.insert(name);
        }
        for (const QString &slug : post.categories) {
            if (!c.terms.contains(slug))
                categories.insert(slug);
        }
    };
    for (const QUuid &uuid : c.order) {
        const WordPressPost &post = c.posts.value(uuid);
        Step step;
        step.item = uuid;
        step.itemType = post.itemType;
        step.title = c.titles.value(uuid);
        const auto link = c.links.constFind(uuid);
        if (link == c.links.cend() || link->state == WordPressLink::State::Creating) {
            step.action = Action::Create;
        } else {
            step.remoteId = link->remoteId;
            const auto remote = c.remote.constFind(link->remoteId);
            const bool localChanged = post.hash() != link->sentHash;
            // Deleted on the server, or moved to its trash there.
            if (link->state == WordPressLink::State::Gone || c.missing.contains(link->remoteId)
                || remote == c.remote.cend()
                || (remote->status == u"trash" && link->remoteStatus != u"trash")) {
                step.action = Action::Gone;
            } else if (link->remoteStatus == u"trash") {
                step.action = remote->modified != link->remoteModified && localChanged
                    ? Action::Conflict
                    : Action::Restore;
            } else if (link->state == WordPressLink::State::Conflict) {
                step.action = Action::Conflict;
            } else {
                const bool remoteChanged = remote->modified != link->remoteModified;
                if (remoteChanged && localChanged)
                    step.action = Action::Conflict;
                else if (localChanged)
                    step.action = Action::Update;
                else if (remoteChanged)
                    step.action = Action::ChangedThere;
                else
                    step.action = Action::Unchanged;
            }
            if (remote != c.remote.cend()) {
                step.remoteDate = remote->date;
                // A schedule WordPress missed (its cron runs only when the site is visited).
                const QDateTime due = WordPressMapping::fromGmt(remote->date);
                if ((step.action == Action::Unchanged || step.action == Action::ChangedThere)
                    && remote->status == u"future" && post.statusAt(now) == u"publish"
                    && due.isValid() && due.secsTo(now) > m_options.overdueGraceSeconds)
                    step.action = Action::ForcePublish;
            }
        }
        if (step.action == Action::Create || step.action == Action::Update
            || step.action == Action::Restore)
            needs(post);
        plan.steps.append(step);
    }
    for (const WordPressLink &l : std::as_const(c.links)) {
        if (!c.trashed.contains(l.item) && !c.purged.contains(l.item))
            continue;
        if (l.remoteId <= 0 || l.state == WordPressLink::State::Gone || l.remoteStatus == u"trash")
            continue;
        Step step;
        step.item = l.item;
        step.itemType = l.itemType;
        step.title = c.titles.value(l.item, l.slug);
        step.remoteId = l.remoteId;
        step.action = c.missing.contains(l.remoteId) ? Action::Gone : Action::Trash;
        plan.steps.append(step);
    }
    plan.mediaToUpload = int(media.size());
    plan.categoriesToMake = int(categories.size());
    return plan;
}

Result<WordPressPublisher::Plan> WordPressPublisher::prepare(const QDateTime &now)
{
    if (auto r = connect(); !r)
        return r.error();
    if (!m_account.canEdit)
        return Error::failed(tr("%1: %2 WordPress does not let this user write posts.")
                                 .arg(m_target.name, m_account.describe()));
    Context c;
    if (auto r = load(c); !r)
        return r.error();
    if (auto r = readRemote(c); !r)
        return r.error();
    Plan plan = planOf(c, now);
    // What waits for the user is recorded now (their version read), so that it can be settled
    // before publishing; nothing is written on the server.
    Summary unused;
    for (const Step &step : std::as_const(plan.steps)) {
        if (step.action == Action::Conflict || step.action == Action::Gone)
            write(c, step, now, unused);
    }
    if (!m_storeErrors.isEmpty())
        return Error::failed(m_storeErrors.join(QLatin1Char('\n')));
    return plan;
}

} // namespace Relais
