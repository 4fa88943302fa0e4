// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the site renderer on a generated newsroom of realistic French Markdown: full
// render time, pages per second and peak memory of `relais-cli render`, a render with nothing
// changed, and Debian's Hugo building the same content with an equivalent minimal theme in the
// same run (three full renders each, in turn; medians). Prints, never asserts.
//
//   bench_render [--articles N] [--agenda N] [--keep DIR]
//   bench_render --incremental-only DIR   (DIR from an earlier --keep DIR)
#include "benchsupport.h"
#include "content/slug.h"
#include "frenchtext.h"
#include "storage/store.h"
#include "render/sitefolder.h"
#include "render/sitebuilder.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

using namespace Relais;
using namespace Relais::Bench;

namespace {

// Files ending with suffix; Hugo's redirects from a list's "page/1/" to the list are not pages.
int countFiles(const QString &dir, const QString &suffix)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(suffix) && !file.endsWith(u"/page/1/index.html"))
            ++n;
    }
    return n;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || !writeFile(to + file.mid(from.size()), in.readAll()))
            return false;
    }
    return true;
}

// The same content as a Hugo site: one Markdown file per item, the contacts as a data file,
// and the theme of tests/benchmarks/hugo-site (the same pages with the same parts; its README
// says what differs).
bool writeHugoProject(const QString &root, const QString &seedPath)
{
    QFile seed(seedPath);
    if (!seed.open(QIODevice::ReadOnly) || !copyTree(QStringLiteral(RELAIS_HUGO_SITE), root))
        return false;
    const QJsonObject data = QJsonDocument::fromJson(seed.readAll()).object();
    auto quote = [](QString text) -> QString {
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QJsonObject contacts; // by organization, as the seed's items name them
    for (const QJsonValue &v : data.value(QStringLiteral("contacts")).toArray())
        contacts.insert(v[QStringLiteral("organization")].toString(), v);
    if (!writeFile(root + QStringLiteral("/data/contacts.json"),
            QJsonDocument(contacts).toJson(QJsonDocument::Compact)))
        return false;
    QSet<QString> slugs;
    auto write = [&](const QString &section, const QJsonObject &o, const QString &front,
                     const QString &body) {
        QString slug = Slug::fromTitle(o.value(QStringLiteral("title")).toString());
        QString unique = slug;
        for (int n = 2; slugs.contains(section + unique); ++n)
            unique = slug + QLatin1Char('-') + QString::number(n);
        slugs.insert(section + unique);
        QString head = QStringLiteral("---\ntitle: %1\n")
                           .arg(quote(o.value(QStringLiteral("title")).toString()))
            + front;
        if (const QString rubrique = o.value(QStringLiteral("section")).toString();
            !rubrique.isEmpty())
            head += QStringLiteral("rubriques: [%1]\n").arg(rubrique);
        const QJsonArray linked = o.value(QStringLiteral("contacts")).toArray();
        if (!linked.isEmpty()) {
            head += QStringLiteral("contacts:\n");
            for (const QJsonValue &c : linked)
                head += QStringLiteral("  - %1\n").arg(quote(c.toString()));
        }
        return writeFile(QStringLiteral("%1/content/%2/%3.md").arg(root, section, unique),
            (head + QStringLiteral("---\n\n") + body).toUtf8());
    };
    const QTimeZone paris("Europe/Paris");
    for (const QJsonValue &v : data.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject o = v.toObject();
        const bool testimonial = o.value(QStringLiteral("kind")).toString() == u"testimonial";
        const QString front
            = QStringLiteral("date: %1\nsummary: %2\nkind: %3\n")
                  .arg(o.value(QStringLiteral("date")).toString(),
                      quote(o.value(QStringLiteral("summary")).toString()),
                      testimonial ? QStringLiteral("testimonial") : QStringLiteral("news"));
        if (!write(testimonial ? QStringLiteral("temoignages") : QStringLiteral("actualites"), o,
                front, o.value(QStringLiteral("body_markdown")).toString()))
            return false;
    }
    for (const QJsonValue &v : data.value(QStringLiteral("agenda")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDateTime start(
            QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
            QTime::fromString(o.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm")),
            paris);
        const QDateTime end
            = start.addSecs(60LL * o.value(QStringLiteral("duration_minutes")).toInt(60));
        // Hugo keeps these as strings: the end in UTC compares with the site's "at" as text,
        // the month groups the agenda.
        const QString front
            = QStringLiteral(
                "date: %1\nstart: %1\nend: %5\nendUtc: \"%2\"\nmonth: \"%3\"\nlocation: %4\n")
                  .arg(start.toString(Qt::ISODate), end.toUTC().toString(Qt::ISODate),
                      start.toString(QStringLiteral("yyyy-MM")),
                      quote(o.value(QStringLiteral("location")).toString()),
                      end.toString(Qt::ISODate));
        if (!write(QStringLiteral("agenda"), o, front,
                o.value(QStringLiteral("description")).toString()))
            return false;
    }
    return true;
}

} // namespace

// One article edited, then the site rendered into the folder again: the command's time, and
// the render itself in this process (store open, build, stale files), median of five.
void incremental(const QString &db, const QString &site)
{
    auto theme = Theme::load();
    auto store = Store::open(db);
    if (!theme || !store) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(db));
        return;
    }
    auto settings = (*store)->siteSettings().load();
    const QDateTime at(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    auto rows = (*store)->articles().page(ListQuery {}, 0, 50);
    QList<qint64> builds, wholes, made, opens, stales;
    constexpr int Rounds = 11; // a median over enough rounds: one render takes tens of ms
    for (int round = 0; round < Rounds; ++round) {
        auto article = (*store)->articles().load(rows->at(round * 4).id);
        article->body += QStringLiteral("\n\nUne correction de dernière minute (%1).").arg(round);
        if (!(*store)->articles().save(*article))
            return;
        QElapsedTimer whole;
        whole.start();
        SiteFolder folder(site);
        if (!folder.open())
            return;
        opens.append(whole.nsecsElapsed() / 1000);
        SiteBuilder builder(**store, *settings, *theme);
        builder.setPageCache(folder.pageCache());
        int pages = 0;
        QElapsedTimer clock;
        clock.start();
        auto report = builder.build(at, [&](const QString &path, const QByteArray &content) {
            ++pages;
            return folder.write(path, content);
        });
        builds.append(clock.elapsed());
        clock.start();
        if (!report || !folder.removeStale())
            return;
        stales.append(clock.nsecsElapsed() / 1000);
        wholes.append(whole.elapsed());
        made.append(pages);
    }
    std::sort(builds.begin(), builds.end());
    std::sort(wholes.begin(), wholes.end());
    std::sort(opens.begin(), opens.end());
    std::sort(stales.begin(), stales.end());
    std::printf("incremental render after one article edited (median of 11, in process): build "
                "%lld ms (fastest %lld), with the "
                "folder's marker read and written %lld ms; %lld files made again\n",
        builds.at(Rounds / 2), builds.first(), wholes.at(Rounds / 2), made.last());
    std::printf(
        "  of which the folder's marker: read %.1f ms, stale files and marker written %.1f ms\n",
        double(opens.at(Rounds / 2)) / 1000, double(stales.at(Rounds / 2)) / 1000);
    QStringList cliArgs { QStringLiteral("--database"), db, QStringLiteral("render"),
        QStringLiteral("--out"), site, QStringLiteral("--at"),
        QStringLiteral("2030-01-01T00:00:00Z") };
    auto article = (*store)->articles().load(rows->at(40).id);
    article->title += QStringLiteral(" (mis à jour)");
    if (!(*store)->articles().save(*article))
        return;
    store->reset();
    const ChildRun cli = runChild(
        QStringLiteral(RELAIS_CLI_PATH), cliArgs, QProcessEnvironment::systemEnvironment());
    std::printf("relais-cli render after one title changed (whole command, process start "
                "included): %.3f s\n",
        double(cli.ms) / 1000);
}

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
    const QCommandLineOption incrementalOption(QStringLiteral("incremental-only"),
        QStringLiteral(
            "only the incremental figures, on the database and site an earlier run left in dir"),
        QStringLiteral("dir"));
    parser.addOptions({ articlesOption, agendaOption, keepOption, incrementalOption });
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(incrementalOption)) {
        const QString kept = parser.value(incrementalOption);
        incremental(kept + QStringLiteral("/render.sqlite"), kept + QStringLiteral("/site"));
        return 0;
    }
    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString seed = dir + QStringLiteral("/seed.json");
    const QString db = dir + QStringLiteral("/render.sqlite");
    const int articles = parser.value(articlesOption).toInt();
    const int agenda = parser.value(agendaOption).toInt();
    {
        QFile out(seed);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        writeSeed(out, articles, agenda, 500);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const ChildRun import = runChild(QStringLiteral(RELAIS_CLI_PATH),
        { QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("seed"),
            seed },
        env);
    if (import.exitCode != 0) {
        std::fprintf(stderr, "import failed: %s\n", import.err.constData());
        return 1;
    }
    std::printf("content: %d articles and %d agenda entries of generated French Markdown (imported "
                "in %.1f s)\n",
        articles, agenda, double(import.ms) / 1000);

    const QString site = dir + QStringLiteral("/site");
    auto renderArgs = [&db](const QString &out) {
        return QStringList { QStringLiteral("--database"), db, QStringLiteral("render"),
            QStringLiteral("--out"), out, QStringLiteral("--at"),
            QStringLiteral("2030-01-01T00:00:00Z") };
    };
    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    const QString project = dir + QStringLiteral("/hugo");
    if (hugo.isEmpty())
        std::printf("hugo: not installed (apt-get install hugo), no comparison\n");
    else if (!writeHugoProject(project, seed)) {
        std::fprintf(stderr, "cannot write the Hugo project in %s\n", qPrintable(project));
        return 1;
    }

    // Full renders into new folders, Relais and Hugo in turn, three times each: this machine's
    // speed drifts by tens of percent within minutes, and the medians of runs made side by
    // side compare better than one run each. Each timed run starts with the earlier runs'
    // files on disk (sync): none pays for another's writing back. (A tree deleted within the
    // last minutes makes ext4's inode allocation several times slower for both: keep DIR on a
    // folder not just emptied.)
    constexpr int Runs = 3;
    QList<ChildRun> relaisRuns, hugoRuns;
    for (int run = 0; run < Runs; ++run) {
        const QString out = run == 0 ? site : site + QString::number(run + 1);
        ::sync();
        relaisRuns.append(runChild(QStringLiteral(RELAIS_CLI_PATH), renderArgs(out), env));
        if (relaisRuns.last().exitCode != 0) {
            std::fprintf(stderr, "render failed: %s\n", relaisRuns.last().err.constData());
            return 1;
        }
        if (hugo.isEmpty())
            continue;
        ::sync();
        hugoRuns.append(runChild(hugo,
            { QStringLiteral("--quiet"), QStringLiteral("-s"), project, QStringLiteral("-d"),
                project + QStringLiteral("/public") + QString::number(run + 1) },
            env));
        if (hugoRuns.last().exitCode != 0) {
            std::fprintf(stderr, "hugo failed: %s\n", hugoRuns.last().err.constData());
            return 1;
        }
    }
    auto median = [](QList<ChildRun> runs) {
        std::sort(runs.begin(), runs.end(),
            [](const ChildRun &a, const ChildRun &b) { return a.ms < b.ms; });
        return runs.at(runs.size() / 2);
    };
    auto all = [](const QList<ChildRun> &runs) {
        QStringList seconds;
        for (const ChildRun &r : runs)
            seconds.append(QString::number(double(r.ms) / 1000, 'f', 2));
        return seconds.join(QStringLiteral(", ")).toStdString();
    };
    const ChildRun full = median(relaisRuns);
    const int pages = countFiles(site, QStringLiteral(".html"));
    const double relaisPagesPerSecond = pages / (double(full.ms) / 1000);
    std::printf("relais full render: %d HTML pages in %.2f s (median of %s s) = %.0f pages/s, peak "
                "memory %.0f MB\n",
        pages, double(full.ms) / 1000, all(relaisRuns).c_str(), relaisPagesPerSecond,
        double(full.peakKb) / 1024);
    if (!hugo.isEmpty()) {
        const ChildRun hugoRun = median(hugoRuns);
        const int hugoPages
            = countFiles(project + QStringLiteral("/public1"), QStringLiteral(".html"));
        const double hugoPagesPerSecond = hugoPages / (double(hugoRun.ms) / 1000);
        std::printf("hugo (same content, equivalent theme: tests/benchmarks/hugo-site): %d HTML "
                    "pages in %.2f s (median "
                    "of %s s) = %.0f pages/s, peak memory %.0f MB\n",
            hugoPages, double(hugoRun.ms) / 1000, all(hugoRuns).c_str(), hugoPagesPerSecond,
            double(hugoRun.peakKb) / 1024);
        std::printf("relais / hugo: %.1fx the pages per second, %.2fx the peak memory\n",
            relaisPagesPerSecond / hugoPagesPerSecond,
            double(full.peakKb) / double(qMax<qint64>(1, hugoRun.peakKb)));
    }

    const ChildRun again = runChild(QStringLiteral(RELAIS_CLI_PATH), renderArgs(site), env);
    std::printf("relais render with nothing changed (incremental, nothing made): %.3f s for the "
                "whole command\n",
        double(again.ms) / 1000);
    incremental(db, site);
    const ChildRun forced = runChild(QStringLiteral(RELAIS_CLI_PATH),
        renderArgs(site) + QStringList { QStringLiteral("--full") }, env);
    std::printf(
        "relais render --full on the rendered folder (every page made, files compared): %.2f s\n",
        double(forced.ms) / 1000);
    return 0;
}
