// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
#include <QScopeGuard>
#include <QMutexLocker>

namespace Relais {

namespace {

// Categories Relais decides about; the others a post has on the server are kept.
bool isManagedCategory(const QString &slug)
{
    return slug == u"agenda" || slug == u"temoignages" || Vocabulary::isSection(slug);
}

// A picture of the store to wp/v2/media: its 1600 px web copy, its description as alt text.
WordPressClient::Request pictureUpload(const Media &media, const QByteArray &bytes)
{
    QUrlQuery q;
    if (!media.alt.isEmpty())
        q.addQueryItem(QStringLiteral("alt_text"), media.alt);
    q.addQueryItem(QStringLiteral("title"), media.name);
    const QByteArray mime
        = media.extension == u"png" ? QByteArray("image/png") : QByteArray("image/jpeg");
    return WordPressClient::Request::upload(
        media.name + QLatin1Char('.') + media.extension, mime, bytes, q);
}

// The picture WordPress made of an upload (id 0 when the answer names none).
WordPressMedia sentPicture(const WordPressClient::Reply &reply)
{
    const WordPressMedia sent { reply.object().value(QStringLiteral("id")).toInteger(),
        reply.object().value(QStringLiteral("source_url")).toString() };
    return reply.ok && sent.remoteId > 0 && !sent.url.isEmpty() ? sent : WordPressMedia {};
}

} // namespace

namespace WordPressDetail {

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

} // namespace WordPressDetail

using WordPressDetail::allStatuses;
using WordPressDetail::rawOf;

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
    QMutexLocker lock(&m_clientLock);
    return m_client ? m_client->requests() : 0;
}

void WordPressPublisher::cancel()
{
    QMutexLocker lock(&m_clientLock);
    m_cancelled = true;
    if (m_client)
        m_client->cancel();
}

void WordPressPublisher::setClient(std::unique_ptr<WordPressConnection> client)
{
    QMutexLocker lock(&m_clientLock);
    m_client = std::move(client);
    if (m_client && m_cancelled)
        m_client->cancel();
}

Result<void> WordPressPublisher::openStore()
{
    if (m_store)
        return {};
    auto store = Store::open(m_databasePath, Database::Options::unchecked());
    if (!store)
        return store.error();
    m_store = std::move(*store);
    return {};
}

Result<void> WordPressPublisher::connect()
{
    if (auto r = openStore(); !r)
        return r;
    if (m_client)
        return {};
    WordPressClient::Options http = m_options.http;
    http.parallel = std::max(1, m_options.parallel); // posts and pictures sent side by side
    setClient(std::make_unique<WordPressConnection>(
        m_target.url, m_target.username, m_password, m_target.trustedCertificate, http));
    emit status(tr("Connecting to %1…").arg(m_target.url.host()));
    const auto found = m_client->discover();
    if (!m_client->apiRoot().isValid()) {
        setClient(nullptr);
        return Error::failed(found.error);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const auto me = m_client->get(QStringLiteral("wp/v2/users/me"), query);
    if (!me.ok) {
        setClient(nullptr);
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
        for (const QJsonValue v : r.array()) {
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
    QList<WordPressClient::Request> requests;
    for (const Upload &u : std::as_const(uploads))
        requests.append(pictureUpload(u.media, u.bytes));
    const QList<WordPressClient::Reply> replies = m_client->sendAll(requests);
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
        const auto r = m_client->send(pictureUpload(*found, *bytes));
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
    for (const QJsonValue v : r.array()) {
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
        break; // sent in batches by run(): prepareWrite(), sendAll(), finishWrite()
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
    auto finish = [&](RunState state) {
        summary.state = m_cancelled ? RunState::Cancelled : state;
        summary.requests = m_client ? m_client->requests() : 0;
        summary.writes = m_client ? m_client->writes() : 0;
        summary.elapsedMs = clock.elapsed();
        return summary;
    };
    // One publish per target at a time, across desktops and relais-cli (a newsroom's advisory
    // lock, held by this connection; a crashed publisher's connection lets it go).
    if (auto r = openStore(); !r) {
        summary.errors.append(r.error().message);
        return finish(RunState::Failed);
    }
    auto locked = m_store->publishing().lockTarget(m_target.id);
    if (!locked || !*locked) {
        summary.errors.append(!locked
                ? locked.error().message
                : tr("Somebody else is publishing to %1 right now (from another desktop or "
                     "relais-cli); nothing was sent. Publish again when they are done.")
                      .arg(m_target.name));
        return finish(RunState::Failed);
    }
    const auto unlock = qScopeGuard([this] { m_store->publishing().unlockTarget(m_target.id); });
    if (auto r = connect(); !r) {
        summary.errors.append(r.error().message);
        return finish(RunState::Failed);
    }
    if (!m_account.canEdit) {
        summary.errors.append(
            tr("%1 WordPress does not let this user write posts.").arg(m_account.describe()));
        return finish(RunState::Failed);
    }
    Context c;
    if (auto r = load(c); !r) {
        summary.errors.append(r.error().message);
        return finish(RunState::Failed);
    }
    if (auto r = readRemote(c); !r) {
        summary.errors.append(r.error().message);
        return finish(RunState::Failed);
    }
    const Plan plan = planOf(c, now);
    summary.plan = plan;
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
        // Posts to write go out a few at a time (as many as are sent side by side), each batch
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
            QList<WordPressClient::Request> requests;
            for (const Outgoing &out : std::as_const(outgoing))
                requests.append(
                    WordPressClient::Request::post(out.route, out.body, out.idempotent));
            const QList<WordPressClient::Reply> replies = m_client->sendAll(requests);
            for (qsizetype i = 0; i < sent.size(); ++i) {
                finishWrite(c, *sent.at(i), outgoing.at(i), replies.at(i), summary);
                emit progress(++done, total);
            }
            batch.clear();
        };
        for (const Step &step : plan.steps) {
            if (m_cancelled || m_client->isLost())
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
        if (!batch.isEmpty() && !m_cancelled && !m_client->isLost())
            flush();
        if (m_client->isLost()) {
            // Stopped at once, not a failure per remaining post: the next run goes on.
            summary.errors.append(
                tr("%1 %2 of %3 steps were done; the next publish goes on from there.")
                    .arg(m_client->lostError())
                    .arg(done)
                    .arg(total));
            ++summary.failed;
        }
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
    finish(summary.failed > 0 ? RunState::Failed : RunState::Done);
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

} // namespace Relais
