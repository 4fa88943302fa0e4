// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: publishing targets, publishing the site, the publish history.
#include "commands.h"

#include "content/jsonformat.h"
#include "publish/connectiontest.h"
#include "publish/passwordvault.h"
#include "publish/publisher.h"
#include "publish/schedule.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Relais {

namespace {

QCommandLineOption passwordFileOption()
{
    return { QStringLiteral("password-file"),
        PublishCommands::tr("A file holding the password, readable by its owner only."),
        PublishCommands::tr("file") };
}

// Publishes to a WebDAV target on this thread, saying the plan and the progress; waits for
// the publish in an event loop of its own (the core's publisher is asynchronous).
class WebDavRun
{
    Q_DECLARE_TR_FUNCTIONS(Relais::WebDavRun)

public:
    struct Options
    {
        bool dryRun = false;
        bool overwrite = false;
    };
    WebDavRun(Console &console, const PublishTarget &target, const Options &options)
        : c(console)
        , m_target(target)
        , m_options(options)
    { }

    // True when the server holds the render (or the plan was printed, for a dry run).
    bool run(const QString &password, const QDateTime &at);

private:
    void onPrepared(Publisher &publisher, const Publisher::Prepared &p);
    Console &c;
    const PublishTarget &m_target;
    Options m_options;
};

void WebDavRun::onPrepared(Publisher &publisher, const Publisher::Prepared &p)
{
    if (p.resuming) {
        c.out << tr("%1: the publish of %2 did not finish; %3 of its %4 steps had "
                    "arrived and are not sent again.")
                     .arg(m_target.name, JsonFormat::isoUtc(p.resuming->startedAt))
                     .arg(p.resuming->stepsDone)
                     .arg(p.resuming->stepsTotal)
              << '\n';
    }
    c.out << tr("%1: %2 files; %3 rendered (%4) in %5 ms, %6 known unchanged from the "
                "last publish.")
                 .arg(m_target.name)
                 .arg(p.files)
                 .arg(p.files - p.skipped)
                 .arg(dataSize(p.siteBytes))
                 .arg(p.renderMs)
                 .arg(p.skipped)
          << '\n';
    c.out << tr("plan: %1 to upload, %2 to delete, %3 folders to make, %4")
                 .arg(p.plan.uploads)
                 .arg(p.plan.deletes)
                 .arg(p.plan.folders)
                 .arg(dataSize(p.plan.bytes))
          << Qt::endl;
    if (p.serverChanged) {
        c.err << p.serverChanges << Qt::endl;
        if (!m_options.overwrite && !m_options.dryRun) {
            c.err << tr("Not published: run again with --overwrite to replace what is "
                        "on the server.")
                  << Qt::endl;
            publisher.cancel();
            return;
        }
    }
    if (m_options.dryRun) {
        for (const PublishStep &step : p.plan.steps)
            c.out << "  " << PublishStep::actionName(step.action) << ' ' << step.path << '\n';
        c.out.flush();
        publisher.cancel();
        return;
    }
    publisher.run(m_options.overwrite);
}

bool WebDavRun::run(const QString &password, const QDateTime &at)
{
    Publisher publisher(c.database, m_target, password, Publisher::Options {});
    QEventLoop loop;
    Publisher::Summary summary;
    bool finished = false;
    int lastShown = -1;
    QObject::connect(&publisher, &Publisher::prepared, &loop,
        [&](const Publisher::Prepared &p) { onPrepared(publisher, p); });
    QObject::connect(
        &publisher, &Publisher::progress, &loop, [&](int done, int steps, qint64, qint64) {
            const int tenth = steps > 0 ? done * 10 / steps : 10;
            if (steps >= 200 && tenth != lastShown) {
                lastShown = tenth;
                c.out << tr("  %1 of %2 steps").arg(done).arg(steps) << Qt::endl;
            }
        });
    QObject::connect(&publisher, &Publisher::finished, &loop, [&](const Publisher::Summary &s) {
        summary = s;
        finished = true;
        loop.quit();
    });
    publisher.prepare(at);
    if (!finished)
        loop.exec();
    for (const QString &e : std::as_const(summary.errors))
        c.err << e << '\n';
    c.err.flush();
    if (m_options.dryRun)
        return summary.state != RunState::Failed;
    if (summary.state == RunState::Cancelled)
        return false;
    c.out << tr("%1: %2 in %3 s, %4 requests.")
                 .arg(m_target.name, RunStates::toString(summary.state))
                 .arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                 .arg(summary.requests)
          << '\n';
    c.out << QStringLiteral("published: %1 uploaded, %2 deleted, %3 failed")
                 .arg(summary.uploaded)
                 .arg(summary.deleted)
                 .arg(summary.failed)
          << Qt::endl;
    return summary.state == RunState::Done && summary.failed == 0;
}

} // namespace

QList<Command> PublishCommands::commands()
{
    const QCommandLineOption target(
        QStringLiteral("target"), tr("The target (default: every target)."), tr("name"));
    return {
        { QStringLiteral("target add"),
            tr("Add a publishing target: a WebDAV folder, or a WordPress site with an "
               "application password. The password goes to the desktop keyring."),
            { { QStringLiteral("webdav|wordpress"), tr("The kind of target.") },
                { QStringLiteral("NAME"), tr("The target's name.") } },
            { { QStringLiteral("url"), tr("The folder's or the site's address (http or https)."),
                  tr("url") },
                { QStringLiteral("user"), tr("The user name on the server."), tr("name") },
                passwordFileOption() },
            { QStringLiteral("url") }, member(this, &PublishCommands::addTarget) },
        { QStringLiteral("target list"), tr("The publishing targets and when each was published."),
            {}, {}, {}, member(this, &PublishCommands::listTargets) },
        { QStringLiteral("target remove"), tr("Remove a publishing target."),
            { { QStringLiteral("NAME"), tr("The target's name.") } }, {}, {},
            member(this, &PublishCommands::removeTarget) },
        { QStringLiteral("target test"),
            tr("Connect to a target and say what works: the address, the password, the rights."),
            { { QStringLiteral("NAME"), tr("The target's name.") } }, { passwordFileOption() }, {},
            member(this, &PublishCommands::testTarget) },
        { QStringLiteral("publish"),
            tr("Publish the site; exit code 0 only when the server holds the render."), {},
            { target,
                { QStringLiteral("due"),
                    tr("Only when items became due since the last publish (for a timer).") },
                { QStringLiteral("dry-run"), tr("Print the plan, send nothing.") },
                { QStringLiteral("overwrite"),
                    tr("Overwrite the site even when somebody else changed it on the server.") },
                passwordFileOption(),
                { QStringLiteral("at"), tr("Publish the site as it is at this time (ISO 8601)."),
                    tr("time") } },
            {}, member(this, &PublishCommands::publish) },
        { QStringLiteral("publish history"),
            tr("The publish runs, newest first (an item's revisions: history ITEM)."), {},
            { target }, {}, member(this, &PublishCommands::history) },
    };
}

int PublishCommands::listTargets(const Invocation &)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    PublishRepository &repo = store->publishing();
    auto targets = repo.targets();
    if (!targets)
        return c.fail(targets.error());
    for (const PublishTarget &t : std::as_const(*targets)) {
        auto last = repo.lastPublished(t.id);
        c.out << t.name << '\t' << t.kind << '\t' << t.url.toString() << '\t' << t.username << '\t'
              << (last && last->isValid() ? JsonFormat::isoUtc(*last) : tr("never published"))
              << '\n';
    }
    c.out.flush();
    return 0;
}

int PublishCommands::removeTarget(const Invocation &in)
{
    PublishTarget found;
    auto store = c.openWithTarget(in.argument(0), &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    if (auto r = store->publishing().removeTarget(t->id); !r)
        return c.fail(r.error());
    c.out << tr(
        "Target “%1” removed (its password stays in the keyring until you remove it there).")
                 .arg(t->name)
          << Qt::endl;
    return 0;
}

int PublishCommands::addTarget(const Invocation &in)
{
    const QString kind = in.argument(0);
    if (kind != u"webdav" && kind != u"wordpress")
        return c.usage(tr("A target is webdav or wordpress, not “%1”.").arg(kind));
    QString password;
    if (const QString file = in.value(QStringLiteral("password-file")); !file.isEmpty()) {
        auto read = PasswordVault::readPasswordFile(file);
        if (!read)
            return c.fail(read.error());
        password = *read;
    }
    auto store = c.openStore();
    if (!store)
        return 1;
    PublishTarget t;
    t.kind = kind;
    t.name = in.argument(1);
    t.url = QUrl(in.value(QStringLiteral("url")), QUrl::StrictMode);
    t.username = in.value(QStringLiteral("user"));
    auto added = store->publishing().addTarget(t);
    if (!added)
        return c.fail(added.error());
    c.out << tr("Target “%1” added: %2").arg(added->name, added->url.toString()) << Qt::endl;
    if (!password.isEmpty()) {
        const auto stored
            = waitFor<PasswordVault::Outcome>([&](QObject *context, PasswordVault::Callback done) {
                  PasswordVault::write(added->keychainKey(), password, context, std::move(done));
              });
        if (stored.ok) {
            c.out << tr("The password is in the desktop keyring.") << Qt::endl;
        } else {
            c.err << tr("The password was not stored: %1\nGive --password-file to each publish "
                        "instead.")
                         .arg(stored.error)
                  << Qt::endl;
        }
    }
    return 0;
}

int PublishCommands::testTarget(const Invocation &in)
{
    PublishTarget found;
    if (!c.openWithTarget(in.argument(0), &found))
        return 1; // the test opens what it needs itself
    const PublishTarget *t = &found;
    auto password = Console::passwordFor(*t, in.value(QStringLiteral("password-file")));
    if (!password)
        return c.fail(password.error());
    if (t->isWordPress())
        return m_wordPress.test(*t, *password);
    WebDavClient::Options http;
    http.maxTries = 1;
    http.stallMs = 15000;
    ConnectionTest test(*t, *password, http);
    QEventLoop loop;
    ConnectionTest::Outcome outcome;
    QObject::connect(
        &test, &ConnectionTest::finished, &loop, [&](const ConnectionTest::Outcome &o) {
            outcome = o;
            loop.quit();
        });
    test.start();
    loop.exec();
    (outcome.ok ? c.out : c.err) << t->name << ": " << outcome.message << Qt::endl;
    return outcome.ok ? 0 : 1;
}

int PublishCommands::publish(const Invocation &in)
{
    const QString atText = in.value(QStringLiteral("at"));
    const QDateTime at = commandTime(atText);
    if (!at.isValid())
        return c.usage(
            tr("“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).").arg(atText));
    auto store = c.openStore();
    if (!store)
        return 1;
    PublishRepository &repo = store->publishing();
    auto chosen = Console::chooseTargets(*store, in.value(QStringLiteral("target")));
    if (!chosen)
        return c.fail(chosen.error());
    if (chosen->isEmpty())
        return c.fail(tr("There is no publishing target; add one with: target add webdav NAME "
                         "--url URL --user USER."));

    const bool dryRun = in.isSet(QStringLiteral("dry-run"));
    bool allWell = true;
    for (const PublishTarget &t : std::as_const(*chosen)) {
        if (in.isSet(QStringLiteral("due"))) {
            auto due = PublishSchedule::due(repo, t, at);
            if (!due) {
                c.fail(due.error());
                allWell = false;
                continue;
            }
            auto unfinished = repo.unfinishedRun(t.id);
            const bool resume = unfinished && unfinished->has_value();
            if (due->lastPublished.isValid() && due->items == 0 && !resume) {
                c.out << tr("%1: nothing became due since the last publish (%2).")
                             .arg(t.name, JsonFormat::isoUtc(due->lastPublished))
                      << Qt::endl;
                continue;
            }
        }
        auto password = Console::passwordFor(t, in.value(QStringLiteral("password-file")));
        if (!password) {
            c.fail(password.error());
            allWell = false;
            continue;
        }
        bool published = false;
        if (t.isWordPress()) {
            published = m_wordPress.publish(t, *password, { dryRun, at }) == 0;
        } else {
            WebDavRun run(c, t, { dryRun, in.isSet(QStringLiteral("overwrite")) });
            published = run.run(*password, at);
        }
        allWell = allWell && published;
    }
    return allWell ? 0 : 1;
}

int PublishCommands::history(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    PublishRepository &repo = store->publishing();
    qint64 id = 0;
    if (const QString name = in.value(QStringLiteral("target")); !name.isEmpty()) {
        auto t = repo.target(name);
        if (!t)
            return c.fail(t.error());
        id = t->id;
    }
    auto runs = repo.runs(id);
    if (!runs)
        return c.fail(runs.error());
    for (const PublishRun &r : std::as_const(*runs)) {
        const qint64 ms = r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : -1;
        c.out << JsonFormat::isoUtc(r.startedAt) << '\t' << r.targetName << '\t'
              << RunStates::toString(r.state) << '\t'
              << tr("%1 uploaded, %2 deleted, %3 failed, %4")
                     .arg(r.uploaded)
                     .arg(r.deleted)
                     .arg(r.failed)
                     .arg(dataSize(r.bytes))
              << '\t'
              << (ms >= 0 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1)
                          : QStringLiteral("-"))
              << '\t' << QString(r.errors).replace(QLatin1Char('\n'), QStringLiteral(" | "))
              << '\n';
    }
    c.out.flush();
    return 0;
}

} // namespace Relais
