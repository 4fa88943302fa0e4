// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: publishing to WordPress, importing a WordPress site, settling conflicts.
#include "commandline.h"

#include "content/jsonformat.h"
#include "publish/wordpresspublisher.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::CommandLine", text);
}

} // namespace

std::unique_ptr<Store> CommandLine::openWithTarget(
    const QString &database, const QString &name, PublishTarget *target)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return nullptr;
    }
    auto t = (*store)->publishing().target(name);
    if (!t) {
        m_err << t.error().message << Qt::endl;
        return nullptr;
    }
    *target = *t;
    return std::move(*store);
}

int CommandLine::testWordPress(
    const QString &database, const PublishTarget &target, const QString &password)
{
    WordPressPublisher::Options options;
    options.http.maxTries = 1;
    options.http.timeoutMs = 15000;
    WordPressPublisher publisher(database, target, password, options);
    const auto account = publisher.testConnection();
    if (!account) {
        m_err << target.name << ": " << account.error().message << Qt::endl;
        return 1;
    }
    m_out << target.name << ": "
          << tr("connected to %1 (REST API at %2).")
                 .arg(target.url.toString(), publisher.apiRoot().toString())
          << '\n'
          << target.name << ": " << account->describe() << Qt::endl;
    return account->canEdit ? 0 : 1;
}

void CommandLine::printPlan(const PublishTarget &target, const WordPressPublisher::Plan &plan)
{
    using Action = WordPressPublisher::Action;
    m_out << target.name << ": " << plan.account.describe() << '\n';
    m_out << QStringLiteral(
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
        m_out << tr("This user may not publish: posts are submitted for review (pending).") << '\n';
}

int CommandLine::publishWordPress(const QString &database, const PublishTarget &target,
    const QString &password, const PublishOptions &options, const QDateTime &at)
{
    WordPressPublisher publisher(database, target, password);
    if (options.dryRun) {
        auto plan = publisher.prepare(at);
        if (!plan) {
            m_err << target.name << ": " << plan.error().message << Qt::endl;
            return 1;
        }
        printPlan(target, *plan);
        for (const auto &step : plan->steps) {
            if (step.action != WordPressPublisher::Action::Unchanged)
                m_out << "  " << WordPressPublisher::actionName(step.action) << ' ' << step.itemType
                      << ' ' << step.item.toString(QUuid::WithoutBraces) << ' ' << step.title
                      << '\n';
        }
        m_out.flush();
        return 0;
    }
    // The run plans from its own read of the server; its plan is said with the result.
    const auto summary = publisher.run(at);
    if (summary.plan.account.canEdit)
        printPlan(target, summary.plan);
    for (const QString &e : summary.errors)
        m_err << e << '\n';
    for (const QString &n : summary.notes)
        m_out << n << '\n';
    m_out << tr("%1: %2 in %3 s, %4 requests.")
                 .arg(target.name, summary.state)
                 .arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                 .arg(summary.requests)
          << '\n';
    m_out << QStringLiteral(
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
        m_err << tr("Some items wait for your decision: relais-cli conflicts --target %1")
                     .arg(target.name)
              << Qt::endl;
    return summary.state == u"done" && summary.failed == 0 ? 0 : 1;
}

int CommandLine::importWordPress(
    const QString &database, const QString &targetName, const QString &passwordFile)
{
    PublishTarget found;
    auto store = openWithTarget(database, targetName, &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    if (!t->isWordPress()) {
        m_err << tr("“%1” is not a WordPress target.").arg(t->name) << Qt::endl;
        return 2;
    }
    auto password = passwordFor(*t, passwordFile);
    if (!password) {
        m_err << password.error().message << Qt::endl;
        return 1;
    }
    WordPressPublisher publisher(database, *t, *password);
    const auto imported = publisher.importSite();
    if (!imported) {
        m_err << t->name << ": " << imported.error().message << Qt::endl;
        return 1;
    }
    for (const QString &e : imported->errors)
        m_err << e << '\n';
    m_out << QStringLiteral(
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

int CommandLine::conflicts(const QString &database, const QString &targetName)
{
    PublishTarget found;
    auto store = openWithTarget(database, targetName, &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    auto unsettled = store->wordpress().unsettled(t->id);
    if (!unsettled) {
        m_err << unsettled.error().message << Qt::endl;
        return 1;
    }
    for (const WordPressLink &l : std::as_const(*unsettled)) {
        const QJsonObject theirs = QJsonDocument::fromJson(l.theirs).object();
        m_out << l.item.toString(QUuid::WithoutBraces) << '\t'
              << WordPressRepository::stateName(l.state) << '\t' << l.itemType << '\t' << l.remoteId
              << '\t'
              << (l.state == WordPressLink::State::Conflict
                         ? tr("changed on the server at %1 UTC: “%2”")
                               .arg(theirs.value(QStringLiteral("modified_gmt")).toString(),
                                   theirs.value(QStringLiteral("title")).toString())
                         : tr("deleted on the server"))
              << '\n';
    }
    m_out.flush();
    return 0;
}

int CommandLine::resolve(
    const QString &database, const QString &targetName, const QString &item, const QString &choice)
{
    PublishTarget found;
    auto store = openWithTarget(database, targetName, &found);
    if (!store)
        return 1;
    const PublishTarget *t = &found;
    const QUuid uuid = QUuid::fromString(item);
    if (uuid.isNull()) {
        m_err << tr("“%1” is not an item id (see: conflicts --target NAME).").arg(item) << Qt::endl;
        return 2;
    }
    using R = WordPressPublisher::Resolution;
    const R resolution = choice == u"mine" ? R::KeepMine
        : choice == u"theirs"              ? R::TakeTheirs
        : choice == u"skip"                ? R::Skip
                                           : R::Recreate;
    if (auto r = WordPressPublisher::settle(*store, *t, uuid, resolution); !r) {
        m_err << r.error().message << Qt::endl;
        return 1;
    }
    m_out << tr("Settled: %1.").arg(choice) << Qt::endl;
    return 0;
}

} // namespace Relais
