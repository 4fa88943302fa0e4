// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial workflow (issue #19), on a file and on a newsroom in one run: an article of
// 20 KB saved 500 times (save times, the history's size), its history listed (the History
// panel's read), one revision read back, the word difference of two revisions, and a
// colleague's comment reaching the notifications of another session through its change feed.
// PostgreSQL is a private server started for the run on 127.0.0.1 and stopped after. Prints,
// never asserts.
//
//   bench_workflow [--saves N] [--comments N]
#include "benchserver.h"
#include "benchsupport.h"
#include "content/worddiff.h"
#include "frenchtext.h"
#include "storage/changefeed.h"
#include "storage/peoplerepository.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Relais;
using namespace Relais::Bench;

namespace {

struct Figures
{
    double bodyKb = 0;
    double saveP50 = 0;
    double saveP95 = 0;
    double historyKb = 0;
    double listMs = 0;
    double snapshotMs = 0;
    double diffMs = 0;
    int pieces = 0;
    double notifyP50 = -1;
    double notifyP95 = -1;
};

template<typename F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(times, 0.5);
}

void history(Store &store, int saves, Figures &f)
{
    FrenchText text;
    Article article;
    article.title = text.title();
    article.summary = text.sentence();
    while (article.body.toUtf8().size() < 20 * 1024)
        article.body += text.paragraph(6) + QStringLiteral("\n\n");
    f.bodyKb = double(article.body.toUtf8().size()) / 1024;
    auto saved = store.articles().create(article);
    if (!saved)
        std::exit(1);
    QList<double> times;
    for (int i = 1; i < saves; ++i) {
        // A few words changed somewhere, as a person edits.
        const qsizetype at = text.bounded(int(saved->body.size() - 40));
        saved->body.insert(at, text.title().section(QLatin1Char(' '), 0, 1) + QLatin1Char(' '));
        QElapsedTimer timer;
        timer.start();
        saved = store.articles().update(*saved);
        if (!saved)
            std::exit(1);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    f.saveP50 = percentile(times, 0.5);
    f.saveP95 = percentile(times, 0.95);
    const QUuid uuid = saved->meta.uuid;
    f.historyKb = double(*store.history().storedBytes(uuid)) / 1024;
    f.listMs = medianMs(20, [&] { (void)store.history().list(uuid); });
    const int last = saved->meta.revision;
    f.snapshotMs = medianMs(20, [&] { (void)store.history().snapshot(uuid, last - 7); });
    const QString first
        = store.history().snapshot(uuid, 1)->value(QStringLiteral("body")).toString();
    const QString newest
        = store.history().snapshot(uuid, last)->value(QStringLiteral("body")).toString();
    const QString middle
        = store.history().snapshot(uuid, last - 10)->value(QStringLiteral("body")).toString();
    // Two revisions ten saves apart (what a person compares), then the first and the last.
    f.diffMs = medianMs(20, [&] { (void)WordDiff::diff(middle, newest); });
    f.pieces = int(WordDiff::diff(first, newest).size());
}

void notificationLatency(const QString &address, Store &admin, int comments, Figures &f)
{
    // Bob, an editor, comments on the administrator's item; the administrator's session
    // hears of it through its own feed and reads the count, as the window's bell does.
    const QString bob = QStringLiteral("bench_bob");
    (void)admin.database().exec(QStringLiteral("DROP ROLE IF EXISTS bench_bob"));
    if (!PeopleRepository(admin.database())
             .add(bob, QStringLiteral("editor"), QStringLiteral("bench password")))
        std::exit(1);
    QString bobAddress = address;
    bobAddress = QStringLiteral("postgresql://") + bob + bobAddress.mid(bobAddress.indexOf(u'@'));
    Database::Options options;
    options.password = QStringLiteral("bench password");
    auto asBob = Store::open(bobAddress, options);
    if (!asBob)
        std::exit(1);
    auto item = admin.articles().create(Test::sampleArticle(QStringLiteral("Sonnette")));
    if (!item)
        std::exit(1);
    ChangeFeed feed(address, admin.database().sessionId());
    QEventLoop loop;
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
    int seen = *admin.activity().unreadCount();
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const QList<Change> &changes) {
        bool told = false;
        for (const Change &c : changes)
            told = told || c.table == u"notifications";
        if (!told)
            return;
        const int unread = admin.activity().unreadCount().value();
        if (unread > seen) {
            seen = unread;
            times.append(double(timer.nsecsElapsed()) / 1e6);
            loop.quit();
        }
    });
    for (int i = 0; i < comments; ++i) {
        const qsizetype before = times.size();
        timer.start();
        if (!(*asBob)->comments().add(item->meta.uuid, QStringLiteral("Relu, merci (%1).").arg(i)))
            std::exit(1);
        deadline.start(5000);
        loop.exec();
        if (times.size() == before)
            times.append(5000); // not heard within 5 s
        deadline.start(100);
        loop.exec();
    }
    f.notifyP50 = percentile(times, 0.5);
    f.notifyP95 = percentile(times, 0.95);
    asBob->reset();
    (void)admin.database().exec(QStringLiteral("DROP ROLE IF EXISTS bench_bob"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption savesOption(QStringLiteral("saves"),
        QStringLiteral("Saves of the article."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption commentsOption(QStringLiteral("comments"),
        QStringLiteral("Comments whose notification is timed."), QStringLiteral("n"),
        QStringLiteral("50"));
    parser.addOptions({ savesOption, commentsOption });
    parser.addHelpOption();
    parser.process(app);
    const int saves = parser.value(savesOption).toInt();
    const int comments = parser.value(commentsOption).toInt();

    QTemporaryDir dir;
    {
        const PrivateServer server(
            QStringLiteral(RELAIS_SOURCE_DIR), dir.filePath(QStringLiteral("postgresql")));
        if (!server.started())
            return 1;
        Test::ServerDatabase newsroom;
        Figures file;
        Figures pg;
        {
            auto store = openOrExit(dir.filePath(QStringLiteral("workflow.sqlite")));
            history(*store, saves, file);
        }
        {
            auto store = openOrExit(newsroom.address(), newsroomToMake());
            history(*store, saves, pg);
            notificationLatency(newsroom.address(), *store, comments, pg);
        }
        auto row = [](const char *what, double a, double b, const char *unit) {
            std::printf("%-52s %10.1f %10.1f  %s\n", what, a, b, unit);
        };
        std::printf("an article of %.1f KB saved %d times; %d comments timed\n", file.bodyKb, saves,
            comments);
        std::printf("%-52s %10s %10s\n", "", "SQLite", "PostgreSQL");
        row("save, p50", file.saveP50, pg.saveP50, "ms");
        row("save, p95", file.saveP95, pg.saveP95, "ms");
        row("history kept for all the saves", file.historyKb, pg.historyKb, "KB");
        row("history listed (median of 20)", file.listMs, pg.listMs, "ms");
        row("a revision read back (median of 20)", file.snapshotMs, pg.snapshotMs, "ms");
        row("word diff of two revisions of the body (median)", file.diffMs, pg.diffMs, "ms");
        row("comment to another session's notification, p50", file.notifyP50, pg.notifyP50, "ms");
        row("comment to another session's notification, p95", file.notifyP95, pg.notifyP95, "ms");
        std::printf("(first to last revision: %d pieces of difference; a file has one person, "
                    "so no notification: -1)\n",
            file.pieces);
    }
    return 0;
}
