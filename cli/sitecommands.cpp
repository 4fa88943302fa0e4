// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the items and the site (list, check, import seed, render).
#include "commands.h"

#include "content/jsonformat.h"
#include "content/vocabulary.h"
#include "exchange/seedimporter.h"
#include "render/sitebuilder.h"
#include "render/sitefolder.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace Relais {

namespace {

constexpr int PageSize = 500;

// Set by Ctrl+C (or a service stopped) during an import, which then stops with nothing written.
std::atomic_bool s_importStopped = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void stopImport(int)
{
    s_importStopped = true;
}

// Every live row of a repository, loaded page by page.
template<typename Repo, typename Visit>
Result<int> forEachItem(Repo &repo, const QString &search, Visit visit)
{
    int n = 0;
    ListQuery query;
    query.order = Qt::AscendingOrder;
    query.search = search;
    for (int offset = 0;; offset += PageSize) {
        auto rows = repo.page(query, offset, PageSize);
        if (!rows)
            return rows.error();
        for (const ListRow &row : *rows) {
            auto item = repo.load(row.id);
            if (!item)
                return item.error();
            visit(*item);
            ++n;
        }
        if (rows->size() < PageSize)
            return n;
    }
}

} // namespace

QList<Command> SiteCommands::commands()
{
    const QCommandLineOption json(
        QStringLiteral("json"), tr("Print JSON: every field, times in ISO 8601 UTC."));
    return {
        { QStringLiteral("list"), tr("List the items (not those in the trash), one per line."),
            { { QStringLiteral("articles|agenda|contacts"), tr("What to list.") } },
            { json,
                { QStringLiteral("search"),
                    tr("Only the items whose words start with these (accents and case "
                       "ignored), as the window's search finds them."),
                    tr("text") } },
            {}, member(this, &SiteCommands::list) },
        { QStringLiteral("check"),
            tr("Check the database without changing it; exit code 1 when it has problems."), {}, {},
            {}, member(this, &SiteCommands::check) },
        { QStringLiteral("import seed"),
            tr("Import a seed-site.json file in one transaction: all of it, or nothing when "
               "anything is wrong."),
            { { QStringLiteral("FILE"), tr("The seed-site.json file.") } },
            { { QStringLiteral("demo"),
                tr("Move the dates so that the agenda falls in the coming weeks.") } },
            {}, member(this, &SiteCommands::importSeed) },
        { QStringLiteral("render"),
            tr("Render the site as published at a time (default: now); only the pages whose "
               "content changed are made again."),
            {},
            { { QStringLiteral("out"), tr("The folder of the site."), tr("folder") },
                { QStringLiteral("at"), tr("The time to render the site for (ISO 8601)."),
                    tr("time") },
                { QStringLiteral("full"), tr("Make every page again, changed or not.") } },
            { QStringLiteral("out") }, member(this, &SiteCommands::render) },
    };
}

int SiteCommands::list(const Invocation &in)
{
    const QString what = in.argument(0);
    if (what != u"articles" && what != u"agenda" && what != u"contacts")
        return c.usage(tr("list takes one of: articles, agenda, contacts."));
    const bool json = in.isSet(QStringLiteral("json"));
    const QString search = in.value(QStringLiteral("search"));
    if (in.isSet(QStringLiteral("search")) && EntityRepository::searchWords(search).isEmpty())
        return c.usage(tr("--search needs a word of two letters or more."));
    auto store = c.openStore();
    if (!store)
        return 1;
    QJsonArray array;
    auto emitJson = [&](const auto &item) { array.append(JsonFormat::toJson(item)); };
    auto line = [&](const QString &id, const QString &a, const QString &b, const QString &title) {
        c.out << id << '\t' << a << '\t' << b << '\t' << title << '\n';
    };
    Result<int> listed = 0;
    if (what == u"articles") {
        listed = forEachItem(store->articles(), search, [&](const Article &a) {
            if (json)
                emitJson(a);
            else
                line(a.meta.uuid.toString(QUuid::WithoutBraces), Vocabulary::toString(a.kind),
                    Vocabulary::toString(a.status), a.title);
        });
    } else if (what == u"agenda") {
        listed = forEachItem(store->agenda(), search, [&](const AgendaEntry &e) {
            if (json)
                emitJson(e);
            else
                line(e.meta.uuid.toString(QUuid::WithoutBraces), JsonFormat::isoUtc(e.start),
                    Vocabulary::toString(e.status), e.title);
        });
    } else {
        listed = forEachItem(store->contacts(), search, [&](const Contact &contact) {
            if (json)
                emitJson(contact);
            else
                line(contact.meta.uuid.toString(QUuid::WithoutBraces), contact.organization,
                    contact.emails.join(QLatin1Char(',')), contact.name);
        });
    }
    if (!listed)
        return c.fail(listed.error().message + QLatin1Char('\n') + listed.error().detail);
    if (json)
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    c.out.flush();
    return 0;
}

// Read-only: a damaged file is described, never upgraded or written (Database::inspect()).
int SiteCommands::check(const Invocation &)
{
    if (Database::isServerAddress(c.database)) {
        // PostgreSQL checks its own pages and keys: what is checked here is that the newsroom
        // answers and is one this Relais can work in.
        auto store = c.openStore(false);
        if (!store)
            return 1;
        auto problems = store->database().check();
        if (!problems)
            return c.fail(problems.error());
        c.out << tr("%1: no problem found (database version %2).")
                     .arg(c.database)
                     .arg(store->database().schemaVersion())
              << Qt::endl;
        return 0;
    }
    auto inspection = Database::inspect(c.database);
    if (!inspection)
        return c.fail(inspection.error());
    if (!inspection->problems.isEmpty()) {
        c.out << tr("%1: %2 problem(s) found:").arg(c.database).arg(inspection->problems.size())
              << '\n';
        for (const QString &p : std::as_const(inspection->problems))
            c.out << "  " << p << '\n';
        c.out << tr("The file is damaged; it was left as it is. Restore it from a backup made "
                    "while no Relais "
                    "program had it open.")
              << Qt::endl;
        return 1;
    }
    c.out << tr("%1: no problem found (database version %2).")
                 .arg(c.database)
                 .arg(inspection->version)
          << Qt::endl;
    return 0;
}

int SiteCommands::importSeed(const Invocation &in)
{
    auto store = c.openStore(true);
    if (!store)
        return 1;
    SeedImporter importer(*store);
    SeedImporter::Options options;
    options.demo = in.isSet(QStringLiteral("demo"));
    // A large file says how far it is, every tenth, on the error stream; Ctrl+C stops it and
    // leaves the database as it was.
    int shownTenth = 0;
    options.progress = [&](qint64 done, qint64 total) {
        const int tenth = int(done * 10 / std::max<qint64>(total, 1));
        if (total < 16LL * 1024 * 1024 || tenth == shownTenth)
            return;
        shownTenth = tenth;
        c.err << tr("  %1 % read").arg(tenth * 10) << Qt::endl;
    };
    s_importStopped = false;
    options.cancel = &s_importStopped;
    std::signal(SIGINT, stopImport);
    std::signal(SIGTERM, stopImport);
    auto report = importer.importFile(in.argument(0), options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!report)
        return c.fail(report.error());
    c.out << tr("Imported %1 articles, %2 testimonials, %3 agenda entries and %4 contacts.")
                 .arg(report->articles)
                 .arg(report->testimonials)
                 .arg(report->agenda)
                 .arg(report->contacts)
          << Qt::endl;
    return 0;
}

int SiteCommands::render(const Invocation &in)
{
    const QString at = in.value(QStringLiteral("at"));
    const QString out = in.value(QStringLiteral("out"));
    const QDateTime when = commandTime(at);
    if (!when.isValid())
        return c.usage(
            tr("“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).").arg(at));
    auto store = c.openStore();
    if (!store)
        return 1;
    auto theme = Theme::load();
    if (!theme)
        return c.fail(theme.error());
    SiteFolder folder(out);
    if (auto r = folder.open(); !r)
        return c.fail(r.error());
    auto settings = store->siteSettings().load();
    if (!settings)
        return c.fail(settings.error());
    SiteBuilder builder(*store, *settings, *theme);
    // Incremental: pages whose inputs did not change since the last render stay as they are.
    builder.setPageCache(folder.pageCache(in.isSet(QStringLiteral("full"))));
    // Files written by the threads that make the pages, recorded here in order.
    builder.setPageWriter([&folder](const QString &path, const QByteArray &content) {
        return folder.store(path, content);
    });
    auto report = builder.build(
        when, [&folder](const QString &path, const QByteArray &) { return folder.record(path); });
    if (!report)
        return c.fail(report.error());
    auto removed = folder.removeStale();
    if (!removed)
        return c.fail(removed.error());
    c.out << tr("Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files "
                "removed, %7 unchanged "
                "since the last render (not made again; --full makes every page).")
                 .arg(report->pages)
                 .arg(report->articles)
                 .arg(report->events)
                 .arg(report->bytes / 1024)
                 .arg(out)
                 .arg(*removed)
                 .arg(report->skipped)
          << Qt::endl;
    return 0;
}

} // namespace Relais
