// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "moderation/inboxfetcher.h"
#include "net/wordpressclient.h"
#include "net/wordpressconnection.h"
#include "publish/wordpressmapping.h"
#include "storage/publishrepository.h"
#include "storage/wordpressrepository.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace Relais {

class Store;

// Publishes the items of the database to one WordPress site as posts, treating the site as the
// other side of a two-way relationship: each item's post is read before it is written, and a
// post changed on the server since the last sync is never overwritten without the user's word.
//
// Every call blocks: the window runs it in a worker thread (WordPressJob), the CLI directly.
// cancel() may be called from any thread.
class WordPressPublisher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        WordPressClient::Options http;
        // A post still "future" this long after its time is published by Relais.
        int overdueGraceSeconds = 300;
        // Items of one type only, or every type when empty ("article", "agenda").
        QStringList types;
        // Pictures and posts sent at the same time (each on its own connection).
        int parallel = 4;
    };

    enum class Action {
        Create,
        Update,
        Restore, // back from Relais's trash: the post leaves the server's trash
        Trash, // moved to Relais's trash: the post goes to the server's trash
        ForcePublish, // WordPress missed the schedule
        Conflict, // changed on both sides
        Gone, // deleted on the server
        ChangedThere, // changed on the server only: left as it is
        Unchanged,
    };

    struct Step
    {
        Action action = Action::Unchanged;
        QUuid item;
        QString itemType;
        QString title;
        qint64 remoteId = 0;
        QString remoteDate; // date_gmt on the server
    };

    struct Plan
    {
        WordPressAccount account;
        QList<Step> steps;
        int count(Action action) const;
        int writes() const; // requests that change posts (pictures and categories not counted)
        int mediaToUpload = 0;
        int categoriesToMake = 0;
    };

    struct Summary
    {
        Plan plan; // what the run planned, from its own read of the server
        RunState state = RunState::Running; // Done, Failed or Cancelled once finished
        int created = 0;
        int updated = 0;
        int restored = 0;
        int trashed = 0;
        int forced = 0;
        int conflicts = 0;
        int gone = 0;
        int unchanged = 0;
        int failed = 0;
        int mediaUploaded = 0;
        int requests = 0;
        int writes = 0;
        qint64 elapsedMs = 0;
        QStringList errors;
        QStringList notes;
    };

    enum class Resolution { KeepMine, TakeTheirs, Skip, Recreate };

    WordPressPublisher(QString databasePath, PublishTarget target, QString password,
        Options options, QObject *parent = nullptr);
    WordPressPublisher(QString databasePath, PublishTarget target, QString password);
    ~WordPressPublisher() override;

    // Connects, says who the user is, reads the state of every post and plans. Writes nothing
    // on the server; items in conflict or deleted there are recorded (with the server's version)
    // so that the user can settle them before publishing.
    Result<Plan> prepare(const QDateTime &now);
    // Plans again from a fresh read (the user may have looked at the plan for a while), then
    // writes. Items in conflict are not written.
    Summary run(const QDateTime &now);
    // Test connection: the account, or the error in plain words.
    Result<WordPressAccount> testConnection();
    // Thread-safe.
    void cancel();
    // Where the site's REST API was found (after a call that connected).
    QUrl apiRoot() const { return m_client ? m_client->apiRoot() : QUrl(); }
    int requests() const;

    // Settles an item waiting for the user (in conflict, or deleted on the server). KeepMine:
    // the next publish writes this version over theirs; TakeTheirs: the item takes the server's
    // title, text and summary (Markdown when it converts without loss, else the HTML kept);
    // Recreate: the next publish makes a new post. No network: it works from what the last run
    // read.
    static Result<void> settle(
        Store &store, const PublishTarget &target, const QUuid &item, Resolution resolution);

    // Adopts every post of the site once: items made from the posts (Markdown where it converts
    // without loss), linked to them so that the next publish changes nothing.
    struct ImportSummary
    {
        int posts = 0;
        int articles = 0;
        int asHtml = 0; // kept as HTML: it did not convert without loss
        int known = 0; // already linked to an item
        int categories = 0;
        int media = 0;
        QStringList errors;
    };
    Result<ImportSummary> importSite();

    // The moderation source: the site's "pending" posts (what contributors and form plugins
    // make) become submissions, read by the same reader as any other. After a decision, a
    // rejected or duplicate one goes to the server's trash; an approved one becomes the post of
    // the item made from it (the next publish updates that post instead of making another).
    InboxFetcher::Report fetchPending();
    static QString sourceName(const PublishTarget &target)
    {
        return QStringLiteral("wordpress:") + target.name;
    }

    static QString actionName(Action action);

signals:
    void status(const QString &text);
    void progress(int done, int total);

private:
    struct Remote
    {
        QString status;
        QString modified;
        QString date;
    };
    struct Context;
    // A post's write, made ready here and sent by whichever thread.
    struct Outgoing
    {
        QString route;
        QJsonObject body;
        bool idempotent = true;
        qint64 found = 0; // a post made by a run that stopped, found by its slug
    };
    std::optional<Outgoing> prepareWrite(
        Context &context, const Step &step, const QDateTime &now, Summary &summary);
    bool finishWrite(Context &context, const Step &step, const Outgoing &out,
        const WordPressClient::Reply &reply, Summary &summary);
    Result<void> openStore();
    Result<void> connect();
    Result<void> load(Context &context);
    Result<void> readRemote(Context &context);
    Plan planOf(const Context &context, const QDateTime &now) const;
    // The site's categories: slugs by id.
    Result<QHash<qint64, QString>> readCategories();
    Result<void> ensureCategories(Context &context, Summary &summary);
    Result<void> ensureMedia(Context &context, const QStringList &names, Summary &summary);
    void uploadAhead(Context &context, const Plan &plan, Summary &summary);
    // A step other than a post's write (those go in batches: prepareWrite, the senders,
    // finishWrite).
    bool write(Context &context, const Step &step, const QDateTime &now, Summary &summary);
    // The item's title in messages, else its id.
    static QString stepName(const Step &step);
    // A step that failed: its error named by the item's title, counted; returns false.
    bool failStep(const Step &step, const QString &error, Summary &summary) const;
    void logStep(
        const Step &step, const QString &action, qint64 remoteId, const QString &detail = {});
    std::optional<qint64> findBySlug(const WordPressPost &post);
    void remember(Context &context, const WordPressPost &post, const QJsonObject &answer,
        WordPressLink::State state);

    void check(const Result<void> &stored);
    // Approved submissions from this site's pending posts: their items take those posts.
    void adoptApproved(Context &context);

    QString m_databasePath;
    QStringList m_storeErrors;
    PublishTarget m_target;
    QString m_password;
    Options m_options;
    std::unique_ptr<Store> m_store;
    void setClient(std::unique_ptr<WordPressConnection> client);
    mutable QMutex m_clientLock; // m_client as cancel() sees it, from another thread
    std::unique_ptr<WordPressConnection> m_client;
    WordPressAccount m_account;
    std::atomic_bool m_cancelled = false;
};

} // namespace Relais

Q_DECLARE_METATYPE(Relais::WordPressPublisher::Summary)
