// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: publishing to WordPress, importing a WordPress site, settling conflicts.
#include "commands.h"

#include "content/jsonformat.h"
#include "publish/wordpresspublisher.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Relais {

QList<Command> WordPressCommands::commands()
{
    const QCommandLineOption target(
        QStringLiteral("target"), tr("The WordPress target."), tr("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        tr("A file holding the password, readable by its owner only."), tr("file"));
    const QStringList targetRequired { QStringLiteral("target") };
    return {
        { QStringLiteral("import wordpress"),
            tr("Adopt the posts of a WordPress target once, as articles."), {},
            { target, passwordFile }, targetRequired,
            member(this, &WordPressCommands::importSite) },
        { QStringLiteral("conflicts"),
            tr("The items waiting for a decision: changed on both sides, or deleted on the "
               "server."),
            {}, { target }, targetRequired, member(this, &WordPressCommands::conflicts) },
        { QStringLiteral("resolve"),
            tr("Settle one: keep this version, take the server's, leave it, or make a new post "
               "for an item deleted on the server."),
            { { QStringLiteral("ITEM"), tr("The item's id, as conflicts lists it.") },
                { QStringLiteral("mine|theirs|skip|recreate"), tr("The decision.") } },
            { target }, targetRequired, member(this, &WordPressCommands::resolve) },
    };
}

int WordPressCommands::test(const PublishTarget &target, const QString &password)
{
    WordPressPublisher::Options options;
    options.http.maxTries = 1;
    options.http.stallMs = 15000;
    WordPressPublisher publisher(c.database, target, password, options);
    const auto account = publisher.testConnection();
    if (!account) {
        c.err << target.name << ": " << account.error().message << Qt::endl;
        return 1;
    }
    c.out << target.name << ": "
          << tr("connected to %1 (REST API at %2).")
                 .arg(target.url.toString(), publisher.apiRoot().toString())
          << '\n'
          << target.name << ": " << account->describe() << Qt::endl;
    return account->canEdit ? 0 : 1;
}

void WordPressCommands::printPlan(const PublishTarget &target, const WordPressPublisher::Plan &plan)
{
    using Action = WordPressPublisher::Action;
    c.out << target.name << ": " << plan.account.describe() << '\n';
    c.out << QStringLiteral(
        "plan: %1 to create, %2 to update, %3 to restore, %4 to trash, %5 overdue to publish, "
        "%6 unchanged, %7 changed on the server only, %8 in conflict, %9 deleted on the server")
                 .arg(plan.count(Action::Create))
                 .arg(plan.count(Action::Update))
                 .arg(plan.count(Action::Restore))
                 .arg(plan.count(Action::Trash))
                 .arg(plan.count(Action::ForcePublish))
                 .arg(plan.count(Action::Unchanged))
                 .arg(plan.count(Action::ChangedThere))
                 .arg(plan.count(Action::Conflict))
                 .arg(plan.count(Action::Gone))
          << '\n';
    if (!plan.account.canPublish)
        c.out << tr("This user may not publish: posts are submitted for review (pending).") << '\n';
}

int WordPressCommands::publish(
    const PublishTarget &target, const QString &password, const PublishOptions &options)
{
    WordPressPublisher publisher(c.database, target, password);
    if (options.dryRun) {
        auto plan = publisher.prepare(options.at);
        if (!plan) {
            c.err << target.name << ": " << plan.error().message << Qt::endl;
            return 1;
        }
        printPlan(target, *plan);
        for (const auto &step : plan->steps) {
            if (step.action != WordPressPublisher::Action::Unchanged)
                c.out << "  " << WordPressPublisher::actionName(step.action) << ' ' << step.itemType
                      << ' ' << step.item.toString(QUuid::WithoutBraces) << ' ' << step.title
                      << '\n';
        }
        c.out.flush();
        return 0;
    }
    // The run plans from its own read of the server; its plan is said with the result.
    const auto summary = publisher.run(options.at);
    if (summary.plan.account.canEdit)
        printPlan(target, summary.plan);
    for (const QString &e : summary.errors)
        c.err << e << '\n';
    for (const QString &n : summary.notes)
        c.out << n << '\n';
    c.out << tr("%1: %2 in %3 s, %4 requests.")
                 .arg(target.name, RunStates::toString(summary.state))
                 .arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                 .arg(summary.requests)
          << '\n';
    c.out << QStringLiteral(
        "wordpress: %1 created, %2 updated, %3 restored, %4 trashed, %5 overdue published, "
        "%6 unchanged, %7 conflicts, %8 deleted on the server, %9 failed, %10 pictures sent, "
        "%11 write requests")
                 .arg(summary.created)
                 .arg(summary.updated)
                 .arg(summary.restored)
                 .arg(summary.trashed)
                 .arg(summary.forced)
                 .arg(summary.unchanged)
                 .arg(summary.conflicts)
                 .arg(summary.gone)
                 .arg(summary.failed)
                 .arg(summary.mediaUploaded)
                 .arg(summary.writes)
          << Qt::endl;
    if (summary.conflicts > 0 || summary.gone > 0)
        c.err << tr("Some items wait for your decision: relais-cli conflicts --target %1")
                     .arg(target.name)
              << Qt::endl;
    return summary.state == RunState::Done && summary.failed == 0 ? 0 : 1;
}

int WordPressCommands::importSite(const Invocation &in)
{
    PublishTarget found;
    auto store = c.openWithTarget(in.value(QStringLiteral("target")), &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    if (!t->isWordPress()) {
        c.err << tr("“%1” is not a WordPress target.").arg(t->name) << Qt::endl;
        return 2;
    }
    store.reset(); // the publisher opens its own connection
    auto password = Console::passwordFor(*t, in.value(QStringLiteral("password-file")));
    if (!password)
        return c.fail(password.error());
    WordPressPublisher publisher(c.database, *t, *password);
    const auto imported = publisher.importSite();
    if (!imported) {
        c.err << t->name << ": " << imported.error().message << Qt::endl;
        return 1;
    }
    for (const QString &e : imported->errors)
        c.err << e << '\n';
    c.out << QStringLiteral(
        "imported: %1 posts read, %2 articles made (%3 kept as HTML), %4 already linked, "
        "%5 categories, %6 picture references left on the server")
                 .arg(imported->posts)
                 .arg(imported->articles)
                 .arg(imported->asHtml)
                 .arg(imported->known)
                 .arg(imported->categories)
                 .arg(imported->media)
          << Qt::endl;
    return imported->errors.isEmpty() ? 0 : 1;
}

int WordPressCommands::conflicts(const Invocation &in)
{
    PublishTarget found;
    auto store = c.openWithTarget(in.value(QStringLiteral("target")), &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    auto unsettled = store->wordpress().unsettled(t->id);
    if (!unsettled)
        return c.fail(unsettled.error());
    for (const WordPressLink &l : std::as_const(*unsettled)) {
        const QJsonObject theirs = QJsonDocument::fromJson(l.theirs).object();
        c.out << l.item.toString(QUuid::WithoutBraces) << '\t'
              << WordPressRepository::stateName(l.state) << '\t' << l.itemType << '\t' << l.remoteId
              << '\t'
              << (l.state == WordPressLink::State::Conflict
                         ? tr("changed on the server at %1 UTC: “%2”")
                               .arg(theirs.value(QStringLiteral("modified_gmt")).toString(),
                                   theirs.value(QStringLiteral("title")).toString())
                         : tr("deleted on the server"))
              << '\n';
    }
    c.out.flush();
    return 0;
}

int WordPressCommands::resolve(const Invocation &in)
{
    const QString item = in.argument(0);
    const QString choice = in.argument(1);
    static const QStringList choices = { QStringLiteral("mine"), QStringLiteral("theirs"),
        QStringLiteral("skip"), QStringLiteral("recreate") };
    if (!choices.contains(choice))
        return c.usage(tr("The decision is mine, theirs, skip or recreate, not “%1”.").arg(choice));
    PublishTarget found;
    auto store = c.openWithTarget(in.value(QStringLiteral("target")), &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    const QUuid uuid = QUuid::fromString(item);
    if (uuid.isNull()) {
        c.err << tr("“%1” is not an item id (see: conflicts --target NAME).").arg(item) << Qt::endl;
        return 2;
    }
    using R = WordPressPublisher::Resolution;
    const R resolution = choice == u"mine" ? R::KeepMine
        : choice == u"theirs"              ? R::TakeTheirs
        : choice == u"skip"                ? R::Skip
                                           : R::Recreate;
    if (auto r = WordPressPublisher::settle(*store, *t, uuid, resolution); !r) {
        return c.fail(r.error());
    }
    c.out << tr("Settled: %1.").arg(choice) << Qt::endl;
    return 0;
}

} // namespace Relais
