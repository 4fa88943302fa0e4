// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/wordpresspublisher.h"

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
#include <QScopeGuard>
#include <QThread>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace Relais {

namespace {

const QString allStatuses = QStringLiteral("publish,future,draft,pending,private,trash");

// Categories Relais decides about; the others a post has on the server are kept.
bool isManagedCategory(const QString &slug)
{
    return slug == u"agenda" || slug == u"temoignages" || Vocabulary::isSection(slug);
}

QString rawOf(const QJsonObject &post, const QString &field)
{
    const QJsonValue v = post.value(field);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return o.contains(QStringLiteral("raw")) ? o.value(QStringLiteral("raw")).toString()
                                                 : o.value(QStringLiteral("rendered")).toString();
    }
    return v.toString();
}

// A picture of the store to wp/v2/media: its 1600 px web copy, its description as alt text.
WordPressClient::Reply sendPicture(
    WordPressClient &client, const Media &media, const QByteArray &bytes)
{
    QUrlQuery q;
    if (!media.alt.isEmpty())
        q.addQueryItem(QStringLiteral("alt_text"), media.alt);
    q.addQueryItem(QStringLiteral("title"), media.name);
    const QByteArray mime
        = media.extension == u"png" ? QByteArray("image/png") : QByteArray("image/jpeg");
    return client.upload(media.name + QLatin1Char('.') + media.extension, mime, bytes, q);
}

// The picture WordPress made of an upload (id 0 when the answer names none).
WordPressMedia sentPicture(const WordPressClient::Reply &reply)
{
    const WordPressMedia sent { reply.object().value(QStringLiteral("id")).toInteger(),
        reply.object().value(QStringLiteral("source_url")).toString() };
    return reply.ok && sent.remoteId > 0 && !sent.url.isEmpty() ? sent : WordPressMedia {};
}

} // namespace

struct WordPressPublisher::Context
{
    SiteSettings settings;
    QHash<QUuid, WordPressLink> links;
    QHash<QUuid, WordPressPost> posts; // live items
    QList<QUuid> order; // live items in a stable order
    QHash<QUuid, QString> titles;
    QSet<QUuid> trashed; // linked items in Relais's trash
    QSet<QUuid> purged; // linked items deleted for good
    QHash<qint64, Remote> remote;
    QHash<qint64, QList<qint64>> remoteCategories;
    QSet<qint64> missing; // linked posts the server no longer has
    QHash<QString, qint64> terms;
    QHash<qint64, QString> termSlugs;
    bool termsRead = false;
    QHash<QString, WordPressMedia> mediaBySha;
    QHash<QString, Media> mediaByName;
};

// Requests sent side by side: a few worker threads, each with its own connection to the site
// (kept alive for the whole run), take jobs from a shared list. The publisher's thread waits
// for a batch and writes the database itself, afterwards.
class WordPressPublisher::Senders
{
public:
    using Job = std::function<WordPressClient::Reply(WordPressClient &)>;

    Senders(WordPressPublisher &publisher, int count)
    {
        const QUrl root = publisher.m_client->apiRoot();
        for (int i = 0; i < count; ++i) {
            m_threads.append(QThread::create([this, &publisher, root] {
                WordPressClient client(publisher.m_target.url, publisher.m_target.username,
                    publisher.m_password, publisher.m_target.trustedCertificate,
                    publisher.m_options.http);
                client.setApiRoot(root);
                client.setCancelFlag(&publisher.m_cancelled);
                for (;;) {
                    qsizetype index = 0;
                    Job job;
                    {
                        std::unique_lock lock(m_mutex);
                        m_wake.wait(lock, [this] { return m_stop || m_next < m_jobs.size(); });
                        if (m_next >= m_jobs.size())
                            break; // stopping
                        index = m_next++;
                        job = m_jobs.at(index);
                    }
                    WordPressClient::Reply reply = job(client);
                    {
                        std::lock_guard lock(m_mutex);
                        m_replies[index] = std::move(reply);
                        ++m_done;
                        m_finished.notify_all();
                    }
                }
                publisher.m_parallelRequests += client.requests();
                {
                    // Said under the mutex, notify included: the destructor cannot destroy the
                    // condition variable while this thread still uses it, and the end of the
                    // thread is seen by every tool (ThreadSanitizer does not see QThread::wait()
                    // in an uninstrumented Qt).
                    std::lock_guard lock(m_mutex);
                    ++m_exited;
                    m_finished.notify_all();
                }
            }));
            m_threads.last()->start();
        }
    }

    ~Senders()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        {
            std::unique_lock lock(m_mutex);
            m_finished.wait(lock, [this] { return m_exited == m_threads.size(); });
        }
        for (QThread *t : std::as_const(m_threads)) {
            t->wait();
            delete t;
        }
    }

    // Runs every job (a cancel makes the remaining ones end at once) and returns their replies
    // in the same order.
    QList<WordPressClient::Reply> run(const QList<Job> &jobs)
    {
        std::unique_lock lock(m_mutex);
        m_jobs = jobs;
        m_replies = QList<WordPressClient::Reply>(jobs.size());
        m_next = 0;
        m_done = 0;
        m_wake.notify_all();
        m_finished.wait(lock, [this] { return m_done == m_jobs.size(); });
        m_jobs.clear();
        m_next = 0;
        return std::exchange(m_replies, {});
    }

private:
    QList<QThread *> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    QList<Job> m_jobs;
    QList<WordPressClient::Reply> m_replies;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    qsizetype m_exited = 0;
    bool m_stop = false;
};

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

WordPressPublisher::WordPressPublisher(
    QString databasePath, PublishTarget target, QString password, Options options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_target(std::move(target))
    , m_password(std::move(password))
    , m_options(std::move(options))
{ }

WordPressPublisher::WordPressPublisher(QString databasePath, PublishTarget target, QString password)
    : WordPressPublisher(
        std::move(databasePath), std::move(target), std::move(password), Options {})
{ }

WordPressPublisher::~WordPressPublisher() = default;

void WordPressPublisher::check(const Result<void> &stored)
{
    // A record that could not be written is said, and fails the run: the next run must not
    // believe a post was never made.
    if (!stored && !m_storeErrors.contains(stored.error().message))
        m_storeErrors.append(stored.error().message);
}

int WordPressPublisher::requests() const
{
    return (m_client ? m_client->requests() : 0) + m_parallelRequests;
}

Result<void> WordPressPublisher::connect()
{
    if (!m_store) {
        auto store = Store::open(
            m_databasePath, Database::Options { Database::LatestVersion, nullptr, false });
        if (!store)
            return store.error();
        m_store = std::move(*store);
    }
    if (m_client)
        return {};
    m_client = std::make_unique<WordPressClient>(
        m_target.url, m_target.username, m_password, m_target.trustedCertificate, m_options.http);
    m_client->setCancelFlag(&m_cancelled);
    emit status(tr("Connecting to %1…").arg(m_target.url.host()));
    const auto found = m_client->discover();
    if (!m_client->apiRoot().isValid()) {
        m_client.reset();
        return Error::failed(found.error);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const auto me = m_client->get(QStringLiteral("wp/v2/users/me"), query);
    if (!me.ok) {
        m_client.reset();
        return Error::failed(me.error);
    }
    m_account = WordPressAccount::fromJson(me.object());
    check(m_store->publishing().setAccount(m_target.id, m_account.toStored()));
    return {};
}

Result<WordPressAccount> WordPressPublisher::testConnection()
{
    if (auto r = connect(); !r)
        return r.error();
    return m_account;
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
        for (const QJsonValue &v : r.array()) {
            const QJsonObject o = v.toObject();
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            c.remote.insert(id,
                Remote { o.value(QStringLiteral("status")).toString(),
                    o.value(QStringLiteral("modified_gmt")).toString(),
                    o.value(QStringLiteral("date_gmt")).toString() });
            QList<qint64> categories;
            for (const QJsonValue &cat : o.value(QStringLiteral("categories")).toArray())
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
            if (link->state == WordPressLink::State::Gone || c.missing.contains(link->remoteId)
                || remote == c.remote.cend()) {
                step.action = Action::Gone;
            } else if (remote->status == u"trash" && link->remoteStatus != u"trash") {
                step.action = Action::Gone; // moved to the trash on the server
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

Result<QHash<qint64, QString>> WordPressPublisher::readCategories()
{
    // All of them (a site has few), remembered by slug for the next runs.
    QHash<qint64, QString> slugs;
    for (int page = 1, pages = 1; page <= pages; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,slug"));
        const auto r = m_client->get(QStringLiteral("wp/v2/categories"), q);
        if (!r.ok)
            return Error::failed(r.error);
        pages = r.totalPages();
        for (const QJsonValue &v : r.array()) {
            const QString slug = v.toObject().value(QStringLiteral("slug")).toString();
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            slugs.insert(id, slug);
            check(m_store->wordpress().saveTerm(m_target.id, slug, id));
        }
    }
    return slugs;
}

Result<void> WordPressPublisher::ensureCategories(Context &c, Summary &summary)
{
    QStringList wanted;
    QHash<QString, QString> names;
    for (const QUuid &uuid : std::as_const(c.order)) {
        const WordPressPost &post = c.posts[uuid];
        for (const QString &slug : post.categories) {
            if (!c.terms.contains(slug) && !wanted.contains(slug)) {
                wanted.append(slug);
                names.insert(slug, post.categoryNames.value(slug, slug));
            }
        }
    }
    if (!c.termsRead) {
        auto all = readCategories();
        if (!all)
            return all.error();
        for (auto it = all->cbegin(); it != all->cend(); ++it) {
            c.terms.insert(it.value(), it.key());
            c.termSlugs.insert(it.key(), it.value());
        }
        c.termsRead = true;
    }
    for (const QString &slug : std::as_const(wanted)) {
        if (c.terms.contains(slug))
            continue;
        if (!m_account.canManageCategories) {
            summary.notes.append(
                tr("The category “%1” is not on the site and this user may not create it; the "
                   "posts go without it.")
                    .arg(names.value(slug)));
            c.terms.insert(slug, 0);
            continue;
        }
        QJsonObject body;
        body.insert(QStringLiteral("name"), names.value(slug));
        body.insert(QStringLiteral("slug"), slug);
        const auto r = m_client->post(QStringLiteral("wp/v2/categories"), body, false);
        qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        if (!r.ok && r.code == u"term_exists") // made meanwhile: WordPress says which
            id = r.object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("term_id"))
                     .toInteger();
        if (id <= 0)
            return Error::failed(
                tr("The category “%1” could not be created: %2").arg(names.value(slug), r.error));
        c.terms.insert(slug, id);
        check(m_store->wordpress().saveTerm(m_target.id, slug, id));
    }
    return {};
}

void WordPressPublisher::uploadAhead(Context &c, const Plan &plan, Summary &summary)
{
    // The pictures the posts of this run need, sent before the posts and several at a time:
    // WordPress spends most of a publish making the sizes of each picture. The database is
    // written here, afterwards. A picture that fails here is tried again, and reported, with the
    // first post that needs it.
    struct Upload
    {
        Media media;
        QByteArray bytes;
        WordPressMedia sent;
    };
    if (!m_account.canUpload)
        return;
    QList<Upload> uploads;
    QSet<QString> seen;
    for (const Step &step : plan.steps) {
        if (step.action != Action::Create && step.action != Action::Update
            && step.action != Action::Restore)
            continue;
        for (const QString &name : c.posts.value(step.item).media) {
            const auto found = c.mediaByName.constFind(name);
            if (found == c.mediaByName.cend() || c.mediaBySha.contains(found->sha256)
                || seen.contains(found->sha256))
                continue;
            seen.insert(found->sha256);
            auto bytes = m_store->media().file(found->path());
            if (bytes)
                uploads.append(Upload { *found, *bytes, {} });
        }
    }
    if (uploads.isEmpty())
        return;
    emit status(tr("Sending %1 pictures…").arg(uploads.size()));
    QList<Senders::Job> jobs;
    for (const Upload &u : std::as_const(uploads))
        jobs.append(
            [&u](WordPressClient &client) { return sendPicture(client, u.media, u.bytes); });
    const QList<WordPressClient::Reply> replies = m_senders->run(jobs);
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        const WordPressMedia sent = sentPicture(replies.at(i));
        if (sent.remoteId <= 0)
            continue;
        c.mediaBySha.insert(uploads.at(i).media.sha256, sent);
        check(m_store->wordpress().saveMedia(m_target.id, uploads.at(i).media.sha256, sent));
        ++summary.mediaUploaded;
    }
}

Result<void> WordPressPublisher::ensureMedia(Context &c, const QStringList &names, Summary &summary)
{
    for (const QString &name : names) {
        const auto found = c.mediaByName.constFind(name);
        if (found == c.mediaByName.cend())
            return Error::failed(tr("The picture “%1” is not in the media library.").arg(name));
        if (c.mediaBySha.contains(found->sha256))
            continue;
        if (!m_account.canUpload)
            return Error::failed(
                tr("The picture “%1” cannot be sent: this user may not upload files on the site.")
                    .arg(name));
        auto bytes = m_store->media().file(found->path());
        if (!bytes)
            return bytes.error();
        emit status(tr("Sending the picture %1…").arg(name));
        const auto r = sendPicture(*m_client, *found, *bytes);
        if (!r.ok)
            return Error::failed(tr("The picture “%1”: %2").arg(name, r.error));
        const WordPressMedia sent = sentPicture(r);
        if (sent.remoteId <= 0)
            return Error::failed(
                tr("The picture “%1”: the server's answer names no picture.").arg(name));
        c.mediaBySha.insert(found->sha256, sent);
        check(m_store->wordpress().saveMedia(m_target.id, found->sha256, sent));
        ++summary.mediaUploaded;
    }
    return {};
}

void WordPressPublisher::remember(
    Context &c, const WordPressPost &post, const QJsonObject &answer, WordPressLink::State state)
{
    WordPressLink l = c.links.value(post.item);
    l.targetId = m_target.id;
    l.item = post.item;
    l.itemType = post.itemType;
    l.remoteId = answer.value(QStringLiteral("id")).toInteger();
    l.slug = answer.value(QStringLiteral("slug")).toString();
    l.remoteStatus = answer.value(QStringLiteral("status")).toString();
    l.remoteModified = answer.value(QStringLiteral("modified_gmt")).toString();
    l.remoteDate = answer.value(QStringLiteral("date_gmt")).toString();
    l.sentHash = post.hash();
    l.state = state;
    l.theirs.clear();
    check(m_store->wordpress().saveLink(l));
    c.links.insert(post.item, l);
}

std::optional<qint64> WordPressPublisher::findBySlug(const WordPressPost &post)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("slug"), post.slug);
    q.addQueryItem(QStringLiteral("status"), allStatuses);
    q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    q.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,title"));
    const auto r = m_client->get(QStringLiteral("wp/v2/posts"), q);
    if (!r.ok)
        return std::nullopt;
    for (const QJsonValue &v : r.array()) {
        const QJsonObject o = v.toObject();
        if (rawOf(o, QStringLiteral("title")) == post.title)
            return o.value(QStringLiteral("id")).toInteger();
    }
    return std::nullopt;
}

QString WordPressPublisher::stepName(const Step &step)
{
    return step.title.isEmpty() ? step.item.toString(QUuid::WithoutBraces) : step.title;
}

bool WordPressPublisher::failStep(const Step &step, const QString &error, Summary &summary) const
{
    summary.errors.append(tr("“%1”: %2").arg(stepName(step), error));
    ++summary.failed;
    return false;
}

void WordPressPublisher::logStep(
    const Step &step, const QString &action, qint64 remoteId, const QString &detail)
{
    check(m_store->wordpress().log(
        WordPressLogEntry { 0, m_target.id, {}, step.item, remoteId, action, detail }));
}

bool WordPressPublisher::write(Context &c, const Step &step, const QDateTime &now, Summary &summary)
{
    auto fail = [&](const QString &error) { return failStep(step, error, summary); };
    auto logged = [&](const QString &action, qint64 remoteId, const QString &detail = {}) {
        logStep(step, action, remoteId, detail);
    };
    const WordPressPost post = c.posts.value(step.item);
    switch (step.action) {
    case Action::Unchanged:
    case Action::ChangedThere:
        ++summary.unchanged;
        return true;
    case Action::Gone: {
        WordPressLink l = c.links.value(step.item);
        if (l.state != WordPressLink::State::Gone) {
            l.state = WordPressLink::State::Gone;
            check(m_store->wordpress().saveLink(l));
            logged(QStringLiteral("gone"), l.remoteId);
        }
        ++summary.gone;
        return true;
    }
    case Action::Conflict: {
        WordPressLink l = c.links.value(step.item);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        const auto r = m_client->get(QStringLiteral("wp/v2/posts/%1").arg(l.remoteId), q);
        if (!r.ok)
            return fail(r.error);
        const QJsonObject o = r.object();
        QJsonObject theirs;
        theirs.insert(QStringLiteral("title"), rawOf(o, QStringLiteral("title")));
        theirs.insert(QStringLiteral("content"), rawOf(o, QStringLiteral("content")));
        theirs.insert(QStringLiteral("excerpt"), rawOf(o, QStringLiteral("excerpt")));
        theirs.insert(QStringLiteral("status"), o.value(QStringLiteral("status")).toString());
        theirs.insert(
            QStringLiteral("modified_gmt"), o.value(QStringLiteral("modified_gmt")).toString());
        theirs.insert(QStringLiteral("link"), o.value(QStringLiteral("link")).toString());
        const bool fresh = l.state != WordPressLink::State::Conflict;
        l.state = WordPressLink::State::Conflict;
        l.theirs = QJsonDocument(theirs).toJson(QJsonDocument::Compact);
        check(m_store->wordpress().saveLink(l));
        if (fresh)
            logged(QStringLiteral("conflict"), l.remoteId,
                o.value(QStringLiteral("modified_gmt")).toString());
        ++summary.conflicts;
        return true;
    }
    case Action::Trash: {
        const WordPressLink l = c.links.value(step.item);
        const auto r = m_client->remove(QStringLiteral("wp/v2/posts/%1").arg(l.remoteId));
        if (r.problem == WordPressClient::Problem::Gone) {
            WordPressLink gone = l;
            gone.state = WordPressLink::State::Gone;
            check(m_store->wordpress().saveLink(gone));
            ++summary.gone;
            return true;
        }
        if (!r.ok && r.code != u"rest_already_trashed")
            return fail(r.error);
        WordPressLink trashed = l;
        trashed.remoteStatus = QStringLiteral("trash");
        if (r.ok)
            trashed.remoteModified = r.object().value(QStringLiteral("modified_gmt")).toString();
        if (c.purged.contains(step.item))
            check(m_store->wordpress().removeLink(m_target.id, step.item));
        else
            check(m_store->wordpress().saveLink(trashed));
        logged(QStringLiteral("trashed"), l.remoteId);
        ++summary.trashed;
        return true;
    }
    case Action::ForcePublish: {
        const WordPressLink l = c.links.value(step.item);
        QJsonObject body;
        body.insert(QStringLiteral("status"), QStringLiteral("publish"));
        body.insert(QStringLiteral("date_gmt"), step.remoteDate);
        const auto r = m_client->post(QStringLiteral("wp/v2/posts/%1").arg(l.remoteId), body, true);
        if (!r.ok)
            return fail(r.error);
        // What we sent is unchanged; only the server's state moves on.
        WordPressLink after = l;
        after.remoteStatus = r.object().value(QStringLiteral("status")).toString();
        after.remoteModified = r.object().value(QStringLiteral("modified_gmt")).toString();
        after.remoteDate = r.object().value(QStringLiteral("date_gmt")).toString();
        check(m_store->wordpress().saveLink(after));
        const qint64 late = WordPressMapping::fromGmt(step.remoteDate).secsTo(now) / 60;
        logged(QStringLiteral("forced-publish"), l.remoteId,
            tr("still scheduled %1 min after its time (%2 UTC); published by Relais")
                .arg(late)
                .arg(step.remoteDate));
        ++summary.forced;
        return true;
    }
    case Action::Create:
    case Action::Update:
    case Action::Restore:
        break; // sent in batches by run(): prepareWrite(), the senders, finishWrite()
    }
    Q_ASSERT_X(false, "WordPressPublisher::write", "a post's write goes in a batch");
    return false;
}

std::optional<WordPressPublisher::Outgoing> WordPressPublisher::prepareWrite(
    Context &c, const Step &step, const QDateTime &now, Summary &summary)
{
    auto fail = [&](const QString &error) {
        failStep(step, error, summary);
        return std::nullopt;
    };
    const WordPressPost post = c.posts.value(step.item);
    if (auto r = ensureMedia(c, post.media, summary); !r)
        return fail(r.error().message);
    QHash<QString, QPair<qint64, QString>> placed;
    for (const QString &m : post.media) {
        const WordPressMedia sent = c.mediaBySha.value(c.mediaByName.value(m).sha256);
        placed.insert(m, { sent.remoteId, sent.url });
    }
    QHash<QString, qint64> ids = c.terms;
    ids.removeIf([](const auto &it) { return it.value() == 0; });
    QJsonObject body = post.toJson(now, ids, placed);
    if (post.featuredMedia.isEmpty())
        body.remove(QStringLiteral("featured_media")); // one chosen in WordPress stays
    if (step.action != Action::Create) {
        // Categories Relais does not manage stay as they are on the server.
        QJsonArray categories = body.value(QStringLiteral("categories")).toArray();
        for (const qint64 id : c.remoteCategories.value(step.remoteId)) {
            const QString slug = c.termSlugs.value(id);
            if ((slug.isEmpty() || !isManagedCategory(slug))
                && !categories.contains(QJsonValue(id)))
                categories.append(id);
        }
        body.insert(QStringLiteral("categories"), categories);
        return Outgoing { QStringLiteral("wp/v2/posts/%1").arg(step.remoteId), body, true, 0 };
    }
    WordPressLink link = c.links.value(post.item);
    if (link.state == WordPressLink::State::Creating) {
        // A run that stopped after sending it: is it there? Then it is updated, not made again.
        if (const auto id = findBySlug(post))
            return Outgoing { QStringLiteral("wp/v2/posts/%1").arg(*id), body, true, *id };
    }
    link.targetId = m_target.id;
    link.item = post.item;
    link.itemType = post.itemType;
    link.slug = post.slug;
    link.state = WordPressLink::State::Creating;
    check(m_store->wordpress().saveLink(link));
    c.links.insert(post.item, link);
    return Outgoing { QStringLiteral("wp/v2/posts"), body, false, 0 };
}

bool WordPressPublisher::finishWrite(Context &c, const Step &step, const Outgoing &out,
    const WordPressClient::Reply &r, Summary &summary)
{
    auto fail = [&](const QString &error) { return failStep(step, error, summary); };
    auto logged = [&](const QString &action, qint64 remoteId, const QString &detail = {}) {
        logStep(step, action, remoteId, detail);
    };
    const WordPressPost post = c.posts.value(step.item);
    if (step.action == Action::Create && out.found > 0) {
        if (!r.ok)
            return fail(r.error);
        remember(c, post, r.object(), WordPressLink::State::Synced);
        logged(QStringLiteral("updated"), out.found, tr("found after an interrupted creation"));
        ++summary.updated;
        return true;
    }
    if (step.action == Action::Create) {
        if (!r.ok) {
            if (r.problem == WordPressClient::Problem::Timeout
                || r.problem == WordPressClient::Problem::Network
                || r.problem == WordPressClient::Problem::ServerError) {
                // It may have arrived: look before anything is sent again.
                if (const auto id = findBySlug(post)) {
                    const auto again
                        = m_client->post(QStringLiteral("wp/v2/posts/%1").arg(*id), out.body, true);
                    if (again.ok) {
                        remember(c, post, again.object(), WordPressLink::State::Synced);
                        ++summary.created;
                        return true;
                    }
                }
            }
            return fail(r.error);
        }
        remember(c, post, r.object(), WordPressLink::State::Synced);
        logged(QStringLiteral("created"), r.object().value(QStringLiteral("id")).toInteger());
        ++summary.created;
        return true;
    }
    if (r.problem == WordPressClient::Problem::Gone) {
        WordPressLink l = c.links.value(step.item);
        l.state = WordPressLink::State::Gone;
        check(m_store->wordpress().saveLink(l));
        logged(QStringLiteral("gone"), l.remoteId);
        summary.errors.append(
            tr("“%1”: %2 It is not created again without your word.").arg(stepName(step), r.error));
        ++summary.gone;
        return false;
    }
    if (!r.ok)
        return fail(r.error);
    remember(c, post, r.object(), WordPressLink::State::Synced);
    if (step.action == Action::Restore) {
        logged(QStringLiteral("restored"), step.remoteId);
        ++summary.restored;
    } else {
        logged(QStringLiteral("updated"), step.remoteId);
        ++summary.updated;
    }
    return true;
}

WordPressPublisher::Summary WordPressPublisher::run(const QDateTime &now)
{
    Summary summary;
    QElapsedTimer clock;
    clock.start();
    auto finish = [&](const QString &state) {
        summary.state = m_cancelled ? QStringLiteral("cancelled") : state;
        summary.requests = (m_client ? m_client->requests() : 0) + m_parallelRequests;
        summary.writes = (m_client ? m_client->writes() : 0) + m_parallelRequests;
        summary.elapsedMs = clock.elapsed();
        return summary;
    };
    if (auto r = connect(); !r) {
        summary.errors.append(r.error().message);
        return finish(QStringLiteral("failed"));
    }
    if (!m_account.canEdit) {
        summary.errors.append(
            tr("%1 WordPress does not let this user write posts.").arg(m_account.describe()));
        return finish(QStringLiteral("failed"));
    }
    Context c;
    if (auto r = load(c); !r) {
        summary.errors.append(r.error().message);
        return finish(QStringLiteral("failed"));
    }
    if (auto r = readRemote(c); !r) {
        summary.errors.append(r.error().message);
        return finish(QStringLiteral("failed"));
    }
    const Plan plan = planOf(c, now);
    summary.plan = plan;
    m_senders = std::make_unique<Senders>(*this, std::max(1, m_options.parallel));
    auto senders = qScopeGuard([this] { m_senders.reset(); });
    PublishPlan record;
    record.uploads = plan.writes();
    auto runId
        = m_store->publishing().startRun(m_target.id, record, m_store->database().now(), now, 0);

    if (plan.writes() > 0) {
        if (auto r = ensureCategories(c, summary); !r) {
            summary.errors.append(r.error().message);
            summary.failed = plan.writes();
        }
    }
    if (summary.errors.isEmpty())
        uploadAhead(c, plan, summary);
    if (summary.errors.isEmpty()) {
        int done = 0;
        const int total = int(plan.steps.size());
        // Posts to write go out a few at a time (as many as there are senders), each batch
        // recorded as soon as it is answered; everything else goes one by one.
        QList<const Step *> batch;
        auto flush = [&] {
            QList<Outgoing> outgoing;
            QList<const Step *> sent;
            for (const Step *step : std::as_const(batch)) {
                if (auto out = prepareWrite(c, *step, now, summary)) {
                    outgoing.append(*out);
                    sent.append(step);
                } else {
                    emit progress(++done, total);
                }
            }
            QList<Senders::Job> jobs;
            for (const Outgoing &out : std::as_const(outgoing))
                jobs.append([out](WordPressClient &client) {
                    return client.post(out.route, out.body, out.idempotent);
                });
            const QList<WordPressClient::Reply> replies = m_senders->run(jobs);
            for (qsizetype i = 0; i < sent.size(); ++i) {
                finishWrite(c, *sent.at(i), outgoing.at(i), replies.at(i), summary);
                emit progress(++done, total);
            }
            batch.clear();
        };
        for (const Step &step : plan.steps) {
            if (m_cancelled)
                break;
            if (step.action == Action::Create || step.action == Action::Update
                || step.action == Action::Restore) {
                if (batch.isEmpty())
                    emit status(tr("Sending posts: %1 of %2…").arg(done + 1).arg(total));
                batch.append(&step);
                if (batch.size() >= std::max(1, m_options.parallel))
                    flush();
                continue;
            }
            if (step.action != Action::Unchanged && step.action != Action::ChangedThere)
                emit status(tr("%1: %2").arg(actionName(step.action), step.title));
            write(c, step, now, summary);
            emit progress(++done, total);
        }
        if (!batch.isEmpty() && !m_cancelled)
            flush();
    }
    if (!m_storeErrors.isEmpty()) {
        summary.errors.append(m_storeErrors);
        ++summary.failed;
    }
    const int changedThere = plan.count(Action::ChangedThere);
    if (changedThere > 0) {
        summary.notes.append(
            tr("%1 posts were changed on the server since the last publish and left as they are; "
               "changing them here will ask which version to keep.")
                .arg(changedThere));
    }
    m_senders.reset(); // its connections' requests counted
    finish(summary.failed > 0 ? QStringLiteral("failed") : QStringLiteral("done"));
    if (runId) {
        PublishRun run;
        run.id = *runId;
        run.finishedAt = m_store->database().now();
        run.state = summary.state;
        run.uploaded = summary.created + summary.updated + summary.restored + summary.forced;
        run.deleted = summary.trashed;
        run.failed = summary.failed;
        run.requests = summary.requests;
        run.errors = summary.errors.join(QLatin1Char('\n'));
        check(m_store->publishing().finishRun(run));
    }
    return summary;
}

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
        for (const QJsonValue &v : r.array()) {
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
            for (const QJsonValue &cat : o.value(QStringLiteral("categories")).toArray()) {
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

namespace Relais {

void WordPressPublisher::adoptApproved(Context &c)
{
    const QString source = sourceName(m_target);
    auto decided = m_store->submissions().decidedInboxFiles(source);
    if (!decided)
        return check(decided.error());
    if (decided->isEmpty())
        return;
    auto rows = m_store->submissions().list(SubmissionFilter { std::nullopt, source });
    if (!rows)
        return check(rows.error());
    for (const SubmissionRow &row : std::as_const(*rows)) {
        if (row.state != Submission::State::Approved)
            continue;
        auto s = m_store->submissions().load(row.id);
        if (!s)
            continue;
        if (!decided->contains(s->remotePath) || s->itemUuid.isNull())
            continue;
        const qint64 remoteId = s->extra.value(QStringLiteral("wordpress_post")).toInteger();
        if (remoteId <= 0)
            continue;
        auto taken = m_store->wordpress().linkOfRemote(m_target.id, remoteId);
        if (!taken || taken->has_value() || c.links.contains(s->itemUuid)) {
            check(m_store->submissions().clearRemotePath(source, s->remotePath));
            continue;
        }
        WordPressLink l;
        l.targetId = m_target.id;
        l.item = s->itemUuid;
        l.itemType = s->itemType;
        l.remoteId = remoteId;
        l.remoteStatus = QStringLiteral("pending");
        l.remoteModified = s->extra.value(QStringLiteral("wordpress_modified")).toString();
        l.state = WordPressLink::State::Synced; // sentHash empty: the next publish writes the item
                                                // there
        check(m_store->wordpress().saveLink(l));
        check(m_store->wordpress().log(WordPressLogEntry {
            0, m_target.id, {}, l.item, remoteId, QStringLiteral("adopted"), s->externalId }));
        check(m_store->submissions().clearRemotePath(source, s->remotePath));
        c.links.insert(l.item, l);
    }
}

InboxFetcher::Report WordPressPublisher::fetchPending()
{
    InboxFetcher::Report report;
    QElapsedTimer clock;
    clock.start();
    auto done = [&](const QString &error = {}) {
        report.error = error;
        report.ok = error.isEmpty() && !m_cancelled;
        report.cancelled = m_cancelled;
        report.elapsedMs = clock.elapsed();
        report.requests = requests();
        if (!m_storeErrors.isEmpty()) {
            report.ok = false;
            report.error += m_storeErrors.join(QLatin1Char('\n'));
        }
        return report;
    };
    if (auto r = connect(); !r)
        return done(r.error().message);
    auto settings = m_store->siteSettings().load();
    if (!settings)
        return done(settings.error().message);
    const QTimeZone zone(settings->timeZone.toUtf8());
    const QString source = sourceName(m_target);
    auto categories = readCategories();
    if (!categories)
        return done(categories.error().message);
    const QHash<qint64, QString> slugs = *categories;
    auto known = m_store->submissions().remotePaths(source);
    if (!known)
        return done(known.error().message);
    QList<Submission> parsed;
    for (int page = 1, pages = 1; page <= pages && !m_cancelled; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
        q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("_embed"), QStringLiteral("author"));
        const auto r = m_client->get(QStringLiteral("wp/v2/posts"), q);
        if (!r.ok)
            return done(r.error);
        pages = r.totalPages();
        emit progress(page, pages);
        for (const QJsonValue &v : r.array()) {
            const QJsonObject post = v.toObject();
            const qint64 id = post.value(QStringLiteral("id")).toInteger();
            ++report.listed;
            const QString path = QStringLiteral("wp:%1").arg(id);
            const auto ours = m_store->wordpress().linkOfRemote(m_target.id, id);
            if (known->contains(path) || (ours && ours->has_value()))
                continue; // read before, or one of ours waiting for review
            // The submission format, filled from the post; the reader checks it as any other.
            QJsonObject s;
            s.insert(QStringLiteral("id"), QStringLiteral("wp-%1").arg(id));
            QString received = post.value(QStringLiteral("date_gmt")).toString();
            if (received.isEmpty())
                received = post.value(QStringLiteral("modified_gmt")).toString();
            s.insert(QStringLiteral("received_at"), QString(received + QLatin1Char('Z')));
            QStringList sections;
            bool agenda = false;
            for (const QJsonValue &cat : post.value(QStringLiteral("categories")).toArray()) {
                const QString slug = slugs.value(cat.toInteger());
                agenda = agenda || slug == u"agenda";
                if (Vocabulary::isSection(slug))
                    sections.append(slug);
            }
            s.insert(
                QStringLiteral("kind"), agenda ? QStringLiteral("event") : QStringLiteral("news"));
            s.insert(QStringLiteral("title"), rawOf(post, QStringLiteral("title")));
            const auto body = HtmlMarkdown::fromHtml(rawOf(post, QStringLiteral("content")));
            s.insert(
                QStringLiteral("body"), body.text); // HTML that does not convert is shown as text
            if (!sections.isEmpty())
                s.insert(QStringLiteral("sections"), QJsonArray::fromStringList(sections));
            const QJsonArray authors = post.value(QStringLiteral("_embedded"))
                                           .toObject()
                                           .value(QStringLiteral("author"))
                                           .toArray();
            QJsonObject submitter;
            QString author = authors.isEmpty()
                ? QString()
                : authors.at(0).toObject().value(QStringLiteral("name")).toString();
            if (author.isEmpty()) // WordPress shows users without published posts only to those who
                                  // may list users
                author
                    = tr("WordPress user %1").arg(post.value(QStringLiteral("author")).toInteger());
            submitter.insert(QStringLiteral("name"), author);
            s.insert(QStringLiteral("submitter"), submitter);
            s.insert(QStringLiteral("wordpress_post"), id);
            s.insert(QStringLiteral("wordpress_modified"),
                post.value(QStringLiteral("modified_gmt")).toString());
            s.insert(
                QStringLiteral("wordpress_link"), post.value(QStringLiteral("link")).toString());
            SubmissionBatch batch
                = SubmissionParser::parseJson(QJsonDocument(s).toJson(QJsonDocument::Compact),
                    source, QStringLiteral("%1 post %2").arg(m_target.name).arg(id), zone);
            for (const SubmissionProblem &p : std::as_const(batch.problems)) {
                if (p.refused)
                    report.problems.append(p.toString());
            }
            for (Submission &sub : batch.submissions) {
                sub.remotePath = path;
                parsed.append(sub);
            }
            ++report.downloaded;
        }
    }
    if (!parsed.isEmpty()) {
        auto added = m_store->submissions().add(parsed);
        if (!added)
            return done(added.error().message);
        report.added += added->added;
        report.alreadyThere += added->alreadyThere;
        for (const SubmissionProblem &p : std::as_const(added->problems))
            report.problems.append(p.toString());
    }
    // After a decision: approved ones become their item's post; the others go to the trash.
    Context c;
    auto links = m_store->wordpress().links(m_target.id);
    if (links)
        c.links = *links;
    adoptApproved(c);
    auto decided = m_store->submissions().decidedInboxFiles(source);
    if (!decided)
        return done(decided.error().message);
    for (const QString &path : std::as_const(*decided)) {
        if (m_cancelled)
            break;
        const qint64 id = path.mid(3).toLongLong();
        const auto r = m_client->remove(QStringLiteral("wp/v2/posts/%1").arg(id));
        if (r.ok || r.problem == WordPressClient::Problem::Gone
            || r.code == u"rest_already_trashed") {
            check(m_store->submissions().clearRemotePath(source, path));
            check(m_store->wordpress().log(WordPressLogEntry { 0, m_target.id, {}, {}, id,
                QStringLiteral("trashed"), QStringLiteral("submission not approved") }));
            ++report.moved;
        } else {
            report.problems.append(
                tr("Post %1 could not be moved to the trash after its rejection: %2")
                    .arg(id)
                    .arg(r.error));
        }
    }
    return done();
}

} // namespace Relais
