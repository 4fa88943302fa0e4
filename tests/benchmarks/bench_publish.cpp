// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of publishing to a local nginx with WebDAV, on a generated site (10,000 articles and
// 2,000 agenda entries by default), in one run:
//   (a) one curl --parallel --parallel-max 8 uploading the same rendered files to a fresh
//       folder of the same server (folders made first): the practical HTTP limit;
//   (b) rclone sync (webdav remote, --transfers 8): what a user would otherwise script;
//   Relais: first publish, no-change publish, publish after 10 articles changed,
// with ratios, requests per second and peak memory, and whether any served file is stale.
// Prints figures; never passes or fails on time.
//   bench_publish [--articles N] [--agenda N] [--keep DIR] [--no-rclone]

#include "benchsupport.h"
#include "frenchtext.h"
#include "nginxserver.h"

#include "storage/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Relais;
using namespace Relais::Bench;

namespace {

const QString At = QStringLiteral("2030-01-01T00:00:00Z");

QMap<QString, QByteArray> hashTree(const QString &root, bool skipRelais)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(QStringLiteral(".relais")) && skipRelais)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        files.insert(relative, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// Files of `served` that differ from or are missing against `local` (extra files count too).
int staleFiles(const QMap<QString, QByteArray> &local, const QMap<QString, QByteArray> &served,
    QStringList *names)
{
    int stale = 0;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (served.value(it.key()) != it.value()) {
            ++stale;
            if (names && names->size() < 5)
                names->append(it.key());
        }
    }
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        if (!local.contains(it.key()))
            ++stale;
    }
    return stale;
}

bool writePrivate(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return false;
    f.close();
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// CPU seconds (user + system) used by finished children so far.
double childCpu()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("articles"),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption agendaOption(QStringLiteral("agenda"), QStringLiteral("agenda"),
        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("keep files in"), QStringLiteral("dir"));
    const QCommandLineOption noRcloneOption(
        QStringLiteral("no-rclone"), QStringLiteral("skip rclone (slow)"));
    parser.addOptions({ articlesOption, agendaOption, keepOption, noRcloneOption });
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString seed = dir + QStringLiteral("/seed.json");
    const QString db = dir + QStringLiteral("/publish.sqlite");
    const int articles = parser.value(articlesOption).toInt();
    const int agenda = parser.value(agendaOption).toInt();
    {
        QFile out(seed);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        writeSeed(out, articles, agenda, 500);
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString cli = QStringLiteral(RELAIS_CLI_PATH);
    const ChildRun import = runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("seed"),
            seed },
        env);
    if (import.exitCode != 0) {
        std::fprintf(stderr, "import failed: %s\n", import.err.constData());
        return 1;
    }

    Test::NginxServer nginx;
    if (const QString why = nginx.start(); !why.isEmpty()) {
        std::fprintf(stderr, "nginx: %s\n", qPrintable(why));
        return 1;
    }
    const QString www = nginx.documentRoot() + QStringLiteral("/site");
    const QString password = dir + QStringLiteral("/password");
    writePrivate(password, Test::NginxServer::password().toUtf8() + '\n');

    // The rendered site, the same for every contender.
    const QString site = dir + QStringLiteral("/site");
    const ChildRun render = runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("render"), QStringLiteral("--out"), site,
            QStringLiteral("--at"), At },
        env);
    if (render.exitCode != 0) {
        std::fprintf(stderr, "render failed: %s\n", render.err.constData());
        return 1;
    }
    QStringList files, folders;
    qint64 bytes = 0;
    {
        QDirIterator it(site, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(site).relativeFilePath(path);
            if (relative.startsWith(QStringLiteral(".relais")))
                continue;
            if (it.fileInfo().isDir()) {
                folders.append(relative);
            } else {
                files.append(relative);
                bytes += it.fileInfo().size();
            }
        }
    }
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'))
            || (a.count(QLatin1Char('/')) == b.count(QLatin1Char('/')) && a < b);
    });
    std::printf("site: %d articles and %d agenda entries → %lld files, %lld folders, %.1f MB "
                "(render %.1f s)\n",
        articles, agenda, qlonglong(files.size()), qlonglong(folders.size()), double(bytes) / 1e6,
        seconds(render.ms));

    // (a) curl: folders first (one curl, not timed), then one curl --parallel 8 for the files.
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString base = nginx.url().toString();
    qint64 curlMs = -1;
    qint64 curlMkcolMs = -1;
    if (curl.isEmpty()) {
        std::printf("curl: not installed (scripts/setup bench), no comparison\n");
    } else {
        const QString auth = QStringLiteral("user = \"%1:%2\"\n")
                                 .arg(Test::NginxServer::user(), Test::NginxServer::password());
        // Folders one level at a time (a folder needs its parent), each level in parallel.
        QElapsedTimer mkcolClock;
        mkcolClock.start();
        int depth = -1;
        QByteArray level;
        auto flushLevel = [&] {
            if (level.isEmpty())
                return;
            writePrivate(dir + QStringLiteral("/curl-mkcol.conf"),
                auth.toUtf8() + "request = \"MKCOL\"\nsilent\n" + level);
            runChild(curl,
                { QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                    QStringLiteral("8"), QStringLiteral("-K"),
                    dir + QStringLiteral("/curl-mkcol.conf") },
                env);
            level.clear();
        };
        level = "url = \"" + base.toUtf8() + "curl/\"\noutput = \"/dev/null\"\n";
        flushLevel();
        for (const QString &f : std::as_const(folders)) {
            if (f.count(QLatin1Char('/')) != depth) {
                flushLevel();
                depth = int(f.count(QLatin1Char('/')));
            }
            level += "url = \"" + (base + QStringLiteral("curl/") + f + QLatin1Char('/')).toUtf8()
                + "\"\noutput = \"/dev/null\"\n";
        }
        flushLevel();
        curlMkcolMs = mkcolClock.elapsed();
        QByteArray up = auth.toUtf8() + "silent\nfail\n";
        for (const QString &f : std::as_const(files)) {
            up += "upload-file = \"" + (site + QLatin1Char('/') + f).toUtf8() + "\"\nurl = \""
                + (base + QStringLiteral("curl/") + f).toUtf8() + "\"\noutput = \"/dev/null\"\n";
        }
        writePrivate(dir + QStringLiteral("/curl-put.conf"), up);
        const double cpuBefore = childCpu();
        const ChildRun c = runChild(curl,
            { QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("8"),
                QStringLiteral("-K"), dir + QStringLiteral("/curl-put.conf") },
            env);
        curlMs = c.ms;
        const int stale = staleFiles(
            hashTree(site, true), hashTree(www + QStringLiteral("/curl"), true), nullptr);
        std::printf("(a) curl --parallel --parallel-max 8: %.2f s (cpu %.1f s), %.0f requests/s, "
                    "peak %.0f MB, exit %d, "
                    "files differing %d\n",
            seconds(c.ms), childCpu() - cpuBefore, files.size() / seconds(qMax<qint64>(1, c.ms)),
            double(c.peakKb) / 1024, c.exitCode, stale);
        std::printf("    curl's %lld MKCOLs before (parallel 8, a level at a time): %.2f s; "
                    "folders and files: %.2f s\n",
            qlonglong(folders.size() + 1), seconds(curlMkcolMs), seconds(curlMkcolMs + c.ms));
    }

    // Relais, through its command line.
    runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("target"), QStringLiteral("add"),
            QStringLiteral("webdav"), QStringLiteral("bench"), QStringLiteral("--url"),
            base + QStringLiteral("relais/"), QStringLiteral("--user"), Test::NginxServer::user() },
        env);
    {
        // The target's folder exists on a real server before anyone publishes there.
        QDir().mkpath(www + QStringLiteral("/relais"));
    }
    const QStringList publishArgs { QStringLiteral("--database"), db, QStringLiteral("publish"),
        QStringLiteral("--at"), At, QStringLiteral("--password-file"), password };
    auto requestsOf = [](const QByteArray &out) {
        const auto m
            = QRegularExpression(QStringLiteral("(\\d+) requests")).match(QString::fromUtf8(out));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const double cpuBefore = childCpu();
    const ChildRun first = runChild(cli, publishArgs, env);
    const int firstRequests = requestsOf(first.out);
    std::printf("relais first publish: %.2f s (cpu %.1f s), %d requests = %.0f requests/s, peak "
                "%.0f MB, exit %d\n",
        seconds(first.ms), childCpu() - cpuBefore, firstRequests,
        firstRequests / seconds(qMax<qint64>(1, first.ms)), double(first.peakKb) / 1024,
        first.exitCode);
    if (first.exitCode != 0)
        std::printf("%s\n%s\n", first.out.constData(), first.err.constData());
    const ChildRun same = runChild(cli, publishArgs, env);
    std::printf("relais no-change publish: %.2f s, %d requests, peak %.0f MB, exit %d\n",
        seconds(same.ms), requestsOf(same.out), double(same.peakKb) / 1024, same.exitCode);

    // Ten articles changed (same length, so sizes alone would not tell).
    {
        auto store = Store::open(db);
        if (!store)
            return 1;
        ListQuery query;
        auto rows = (*store)->articles().page(query, 0, 10);
        for (const ListRow &row : *rows) {
            auto a = (*store)->articles().load(row.id);
            if (!a)
                continue;
            QString body = a->body;
            for (int i = 0; i < body.size(); ++i) {
                if (body.at(i) == u'e') {
                    body[i] = u'a';
                    break;
                }
            }
            a->body = body;
            (void)(*store)->articles().update(*a);
        }
    }
    const ChildRun changed = runChild(cli, publishArgs, env);
    std::printf("relais publish after 10 articles changed: %.2f s, %d requests, exit %d\n",
        seconds(changed.ms), requestsOf(changed.out), changed.exitCode);
    std::printf("   %s", changed.out.right(200).constData());
    // Re-render for the comparisons after the change.
    runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("render"), QStringLiteral("--out"), site,
            QStringLiteral("--at"), At },
        env);
    const auto local = hashTree(site, true);
    QStringList names;
    const int relaisStale
        = staleFiles(local, hashTree(www + QStringLiteral("/relais"), true), &names);
    std::printf("relais: served files differing from the local render: %d\n", relaisStale);

    if (curlMs > 0) {
        std::printf("ratios to curl: first publish %.2fx curl's time for the files (target ≤ "
                    "1.5x), %.2fx curl's time "
                    "for folders and files\n",
            double(first.ms) / double(curlMs), double(first.ms) / double(curlMs + curlMkcolMs));
    }

    if (parser.isSet(noRcloneOption)
        || QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty()) {
        std::printf("rclone: skipped\n");
        return 0;
    }
    // (b) rclone sync to its own folder; credentials through its environment.
    QDir().mkpath(www + QStringLiteral("/rclone"));
    QProcess obscure;
    obscure.start(QStringLiteral("rclone"), { QStringLiteral("obscure"), QStringLiteral("-") });
    obscure.write(Test::NginxServer::password().toUtf8() + '\n');
    obscure.closeWriteChannel();
    obscure.waitForFinished();
    QProcessEnvironment renv = env;
    renv.insert(QStringLiteral("RCLONE_CONFIG"), dir + QStringLiteral("/rclone.conf"));
    renv.insert(QStringLiteral("RCLONE_WEBDAV_URL"), base + QStringLiteral("rclone/"));
    renv.insert(QStringLiteral("RCLONE_WEBDAV_VENDOR"), QStringLiteral("other"));
    renv.insert(QStringLiteral("RCLONE_WEBDAV_USER"), Test::NginxServer::user());
    renv.insert(QStringLiteral("RCLONE_WEBDAV_PASS"),
        QString::fromUtf8(obscure.readAllStandardOutput().trimmed()));
    // rclone syncs the site as it stands, then 10 more articles change and both sync again.
    const QStringList sync { QStringLiteral("sync"), site, QStringLiteral(":webdav:"),
        QStringLiteral("--transfers"), QStringLiteral("8"), QStringLiteral("--exclude"),
        QStringLiteral(".relais-site") };
    const ChildRun r1 = runChild(QStringLiteral("rclone"), sync, renv);
    std::printf("(b) rclone sync, first: %.1f s, peak %.0f MB, exit %d\n", seconds(r1.ms),
        double(r1.peakKb) / 1024, r1.exitCode);
    const ChildRun r2 = runChild(QStringLiteral("rclone"), sync, renv);
    std::printf("(b) rclone sync, no change: %.1f s, exit %d\n", seconds(r2.ms), r2.exitCode);
    {
        auto store = Store::open(db);
        if (!store)
            return 1;
        auto rows = (*store)->articles().page(ListQuery {}, 10, 10);
        for (const ListRow &row : *rows) {
            auto a = (*store)->articles().load(row.id);
            if (!a)
                continue;
            QString body = a->body;
            for (int i = 0; i < body.size(); ++i) {
                if (body.at(i) == u'e') {
                    body[i] = u'a';
                    break;
                }
            }
            a->body = body;
            (void)(*store)->articles().update(*a);
        }
    }
    runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("render"), QStringLiteral("--out"), site,
            QStringLiteral("--at"), At },
        env);
    const ChildRun r3 = runChild(QStringLiteral("rclone"), sync, renv);
    QStringList rcloneNames;
    const int rcloneStale = staleFiles(
        hashTree(site, true), hashTree(www + QStringLiteral("/rclone"), true), &rcloneNames);
    std::printf("(b) rclone sync after 10 articles changed: %.1f s, exit %d, stale files %d %s\n",
        seconds(r3.ms), r3.exitCode, rcloneStale, qPrintable(rcloneNames.join(QLatin1Char(' '))));
    const ChildRun changed2 = runChild(cli, publishArgs, env);
    const int relaisStale2 = staleFiles(
        hashTree(site, true), hashTree(www + QStringLiteral("/relais"), true), nullptr);
    std::printf("relais publish after 10 more articles changed: %.2f s, exit %d, stale files %d\n",
        seconds(changed2.ms), changed2.exitCode, relaisStale2);
    std::printf("ratios to rclone: no-change %.0fx faster (target ≥ 50x), 10 changed %.0fx faster "
                "(target ≥ 50x)\n",
        double(r2.ms) / double(qMax<qint64>(1, same.ms)),
        double(r3.ms) / double(qMax<qint64>(1, (changed.ms + changed2.ms) / 2)));
    return 0;
}
