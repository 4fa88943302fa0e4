// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared newsroom (issue #18) beside the same work on a file, in one run: start to the
// first list page, search as you type, a commit seen by another session's change feed, a copy
// of the whole database to the other engine, and editors saving the same items at once (lost
// updates counted, save times). PostgreSQL is a private server started for the run on
// 127.0.0.1 (tests/postgresql/postgresql-server) and stopped after. Prints, never asserts.
//
//   bench_newsroom [--articles N] [--agenda N] [--contacts N] [--editors N] [--seconds S]
//   bench_newsroom --search-only DATABASE   # search as you type alone, on a database of yours
#include "benchserver.h"
#include "benchsupport.h"
#include "exchange/seedimporter.h"
#include "frenchtext.h"
#include "storage/changefeed.h"
#include "storage/databasecopy.h"
#include "storage/store.h"
#include "testsupport.h"
#include "entitylistmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace Relais;
using namespace Relais::Bench;

namespace {

struct Sizes
{
    int articles = 0;
    int agenda = 0;
    int contacts = 0;
    int editors = 0;
    int seconds = 0;
};

struct Figures
{
    double importS = 0;
    double firstPageMs = 0;
    double searchP50 = 0;
    double searchP95 = 0;
    double feedP50 = 0;
    double feedP95 = 0;
    double copyS = 0;
    int saves = 0;
    int conflicts = 0;
    int lost = -1;
    double saveP50 = 0;
    double saveP95 = 0;
};

// Start to the first list page: a new connection, the newest 100 articles and their count,
// as the window does (median of 5).
double firstPage(const QString &location)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto store = openOrExit(location, Database::Options::unchecked());
        ListQuery query;
        query.sortKey = QStringLiteral("updated_at");
        query.order = Qt::DescendingOrder;
        auto rows = store->articles().page(query, 0, 100);
        auto count = store->articles().countUpTo(query, EntityListModel::CountCap);
        if (!rows || !count)
            std::exit(1);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(times, 0.5);
}

// Words typed letter by letter, each prefix a query of the list (first page and count, counted up
// to the window's cap as the window counts).
void searchAsYouType(Store &store, Figures &f)
{
    const QStringList words { QStringLiteral("coopérative"), QStringLiteral("solidaire"),
        QStringLiteral("insertion"), QStringLiteral("association"), QStringLiteral("emploi"),
        QStringLiteral("économie sociale"), QStringLiteral("territoire"),
        QStringLiteral("recyclerie") };
    QList<double> times;
    for (const QString &word : words) {
        for (int n = 2; n <= word.size(); ++n) {
            ListQuery query;
            query.search = word.left(n);
            QElapsedTimer timer;
            timer.start();
            auto rows = store.articles().page(query, 0, 100);
            auto count = store.articles().countUpTo(query, EntityListModel::CountCap);
            if (!rows || !count)
                std::exit(1);
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    f.searchP50 = percentile(times, 0.5);
    f.searchP95 = percentile(times, 0.95);
}

// A commit on one connection to the changed() of another session's feed.
void feedLatency(const QString &location, Store &writer, Figures &f)
{
    auto window = openOrExit(location, Database::Options::unchecked());
    ChangeFeed feed(location, window->database().sessionId());
    QEventLoop loop;
    // One deadline, started again for each wait (single shots would pile up and end a later
    // wait early).
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool started = false;
    QObject::connect(&feed, &ChangeFeed::started, &loop, [&] {
        started = true;
        loop.quit();
    });
    feed.start();
    deadline.start(15000);
    loop.exec();
    if (!started)
        std::exit(1);
    QElapsedTimer timer;
    QList<double> times;
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&] {
        times.append(double(timer.nsecsElapsed()) / 1e6);
        loop.quit();
    });
    auto ids = writer.articles().page({}, 0, 50);
    if (!ids)
        std::exit(1);
    for (const ListRow &row : *ids) {
        auto article = writer.articles().load(row.id);
        if (!article)
            std::exit(1);
        article->summary += QStringLiteral(" (vu)");
        const qsizetype before = times.size();
        timer.start();
        if (!writer.articles().update(*article))
            std::exit(1);
        deadline.start(5000);
        loop.exec();
        if (times.size() == before)
            times.append(5000); // not seen within 5 s
        // Between commits, as people type: the feed is idle again.
        deadline.start(100);
        loop.exec();
    }
    f.feedP50 = percentile(times, 0.5);
    f.feedP95 = percentile(times, 0.95);
}

// Editors load one of a few shared articles, add their mark to the summary and save with the
// revision they read, every 2 s each for the given time; a refused save (newer revision) is
// read again and redone. Every mark saved must be in the end text: a missing one is a lost
// update.
void editors(const QString &location, const Sizes &sizes, Figures &f)
{
    auto setup = openOrExit(location, Database::Options::unchecked());
    auto rows = setup->articles().page({}, 0, 20);
    if (!rows || rows->isEmpty())
        std::exit(1);
    QList<qint64> shared;
    for (const ListRow &row : *rows)
        shared.append(row.id);
    std::atomic<int> saves = 0;
    std::atomic<int> conflicts = 0;
    std::mutex timesLock;
    QList<double> times;
    QStringList marks;
    std::vector<std::thread> threads;
    for (int e = 0; e < sizes.editors; ++e) {
        threads.emplace_back([&, e] {
            auto store = openOrExit(location, Database::Options::unchecked());
            QRandomGenerator random(quint32(e + 1));
            QElapsedTimer run;
            run.start();
            int n = 0;
            while (run.elapsed() < qint64(sizes.seconds) * 1000) {
                const qint64 id = shared.at(int(random.bounded(int(shared.size()))));
                const QString mark = QStringLiteral("[e%1-%2]").arg(e).arg(++n);
                for (;;) {
                    auto article = store->articles().load(id);
                    if (!article)
                        return;
                    article->summary += mark;
                    QElapsedTimer timer;
                    timer.start();
                    auto saved = store->articles().update(*article);
                    const double ms = double(timer.nsecsElapsed()) / 1e6;
                    if (saved) {
                        ++saves;
                        const std::lock_guard lock(timesLock);
                        times.append(ms);
                        marks.append(mark);
                        break;
                    }
                    if (saved.error().code != Error::Code::StaleRevision) {
                        std::fprintf(
                            stderr, "save failed: %s\n", qPrintable(saved.error().message));
                        return;
                    }
                    ++conflicts;
                }
                // Every 2 s, each editor at its own moment.
                std::this_thread::sleep_for(std::chrono::milliseconds(1500 + random.bounded(1000)));
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QString all;
    for (qint64 id : shared)
        all += setup->articles().load(id)->summary;
    int lost = 0;
    for (const QString &mark : std::as_const(marks))
        lost += all.contains(mark) ? 0 : 1;
    f.saves = saves;
    f.conflicts = conflicts;
    f.lost = lost;
    f.saveP50 = percentile(times, 0.5);
    f.saveP95 = percentile(times, 0.95);
}

Figures measure(
    const QString &location, const QString &seed, const QString &copyTo, const Sizes &sizes)
{
    Figures f;
    {
        auto store = openOrExit(location, Database::Options::unchecked());
        QElapsedTimer timer;
        timer.start();
        SeedImporter importer(*store);
        if (auto r = importer.importFile(seed); !r) {
            std::fprintf(stderr, "import: %s\n", qPrintable(r.error().message));
            std::exit(1);
        }
        f.importS = double(timer.elapsed()) / 1000;
    }
    f.firstPageMs = firstPage(location);
    auto store = openOrExit(location, Database::Options::unchecked());
    searchAsYouType(*store, f);
    feedLatency(location, *store, f);
    {
        auto to = Database::open(copyTo, [] {
            Database::Options options;
            options.createNewsroom = true;
            return options;
        }());
        if (!to)
            std::exit(1);
        QElapsedTimer timer;
        timer.start();
        auto copied = DatabaseCopy::copy(store->database(), **to);
        if (!copied) {
            std::fprintf(stderr, "copy: %s\n", qPrintable(copied.error().message));
            std::exit(1);
        }
        f.copyS = double(timer.elapsed()) / 1000;
    }
    editors(location, sizes, f);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    auto number = [&parser](const char *name, const char *fallback) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(name),
            QStringLiteral("n"), QString::fromLatin1(fallback));
        parser.addOption(option);
        return option;
    };
    const auto articles = number("articles", "100000");
    const auto agenda = number("agenda", "20000");
    const auto contacts = number("contacts", "20000");
    const auto editorCount = number("editors", "10");
    const auto seconds = number("seconds", "60");
    const QCommandLineOption searchOnly(QStringLiteral("search-only"),
        QStringLiteral("only search as you type, on this database (a file or a newsroom URL)"),
        QStringLiteral("database"));
    parser.addOption(searchOnly);
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(searchOnly)) {
        auto store = openOrExit(parser.value(searchOnly), Database::Options::unchecked());
        Figures f;
        searchAsYouType(*store, f);
        std::printf("search as you type: p50 %.1f ms, p95 %.1f ms\n", f.searchP50, f.searchP95);
        return 0;
    }
    Sizes sizes { parser.value(articles).toInt(), parser.value(agenda).toInt(),
        parser.value(contacts).toInt(), parser.value(editorCount).toInt(),
        parser.value(seconds).toInt() };

    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.json"));
    {
        QFile out(seed);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        writeSeed(out, sizes.articles, sizes.agenda, sizes.contacts);
    }
    int code = 0;
    {
        const PrivateServer server(
            QStringLiteral(RELAIS_SOURCE_DIR), dir.filePath(QStringLiteral("postgresql")));
        if (!server.started())
            return 1;
        Test::ServerDatabase newsroom;
        Test::ServerDatabase copyTarget;
        const QString file = dir.filePath(QStringLiteral("newsroom.sqlite"));
        const QString fileCopy = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            auto made = Store::open(newsroom.address(), [] {
                Database::Options options;
                options.createNewsroom = true;
                return options;
            }());
            if (!made)
                return 1;
        }
        std::printf("content: %d articles, %d agenda entries, %d contacts of generated French "
                    "text; %d editors for %d s\n",
            sizes.articles, sizes.agenda, sizes.contacts, sizes.editors, sizes.seconds);
        std::fflush(stdout);
        const Figures sqlite = measure(file, seed, copyTarget.address(), sizes);
        const Figures pg = measure(newsroom.address(), seed, fileCopy, sizes);
        auto row = [](const char *what, double a, double b, const char *unit) {
            std::printf("%-44s %12.1f %12.1f  %s\n", what, a, b, unit);
        };
        std::printf("%-44s %12s %12s\n", "", "SQLite", "PostgreSQL");
        row("import seed", sqlite.importS, pg.importS, "s");
        row("start to first list page (median of 5)", sqlite.firstPageMs, pg.firstPageMs, "ms");
        row("search as you type, p50", sqlite.searchP50, pg.searchP50, "ms");
        row("search as you type, p95", sqlite.searchP95, pg.searchP95, "ms");
        row("commit to another session's feed, p50", sqlite.feedP50, pg.feedP50, "ms");
        row("commit to another session's feed, p95", sqlite.feedP95, pg.feedP95, "ms");
        row("db copy to the other engine", sqlite.copyS, pg.copyS, "s");
        row("editors: saves", sqlite.saves, pg.saves, "");
        row("editors: saves refused (newer revision)", sqlite.conflicts, pg.conflicts, "");
        row("editors: lost updates", sqlite.lost, pg.lost, "");
        row("editors: save p50", sqlite.saveP50, pg.saveP50, "ms");
        row("editors: save p95", sqlite.saveP95, pg.saveP95, "ms");
        code = sqlite.lost == 0 && pg.lost == 0 ? 0 : 1;
    }
    return code;
}
