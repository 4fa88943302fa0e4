// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the site renderer on a generated newsroom of realistic French Markdown: full
// render time, pages per second and peak memory of `relais-cli render`, a render with nothing
// changed, and Debian's Hugo building the same content with an equivalent minimal theme in the
// same run. Prints, never asserts.
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

#include <cstdio>

using namespace Relais;
using namespace Relais::Bench;

namespace {

int countFiles(const QString &dir, const QString &suffix)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().endsWith(suffix))
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

// The same content as a Hugo site: one Markdown file per item, and a theme that makes the
// same pages (single pages, section lists paginated by 10, home, RSS, sitemap).
bool writeHugoProject(const QString &root, const QString &seedPath)
{
    QFile seed(seedPath);
    if (!seed.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject data = QJsonDocument::fromJson(seed.readAll()).object();
    writeFile(root + QStringLiteral("/config.toml"),
              "baseURL = \"https://ess-hautsdefrance.example/\"\nlanguageCode = \"fr\"\ntitle = \"ESS\"\n"
              "paginate = 10\ndisableKinds = [\"taxonomy\", \"term\"]\n");
    writeFile(root + QStringLiteral("/layouts/_default/baseof.html"),
              "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
              "<link rel=\"stylesheet\" href=\"{{ \"style.css\" | relURL }}\"></head><body>"
              "<header><a href=\"{{ \"/\" | relURL }}\">{{ .Site.Title }}</a></header>"
              "<main>{{ block \"main\" . }}{{ end }}</main></body></html>");
    writeFile(root + QStringLiteral("/layouts/_default/single.html"),
              "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}</p>"
              "<p>{{ .Params.summary }}</p>{{ .Content }}</article>{{ end }}");
    writeFile(root + QStringLiteral("/layouts/_default/list.html"),
              "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><p>{{ .Date.Format \"Jan\" }} "
              "{{ .Date.Day }}</p><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p>"
              "</article>{{ end }}{{ with .Paginator.Next }}<a href=\"{{ .URL }}\">suivante</a>{{ end }}{{ end }}");
    writeFile(root + QStringLiteral("/layouts/index.html"),
              "{{ define \"main\" }}{{ range first 6 (where .Site.RegularPages \"Section\" \"actualites\") }}<article>"
              "<h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p></article>{{ end }}"
              "{{ range first 5 (where .Site.RegularPages \"Section\" \"agenda\") }}<p><a href=\"{{ .RelPermalink }}\">"
              "{{ .Title }}</a></p>{{ end }}{{ end }}");
    writeFile(root + QStringLiteral("/static/style.css"), "body { font-family: sans-serif; }\n");
    auto quote = [](QString text) -> QString {
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QSet<QString> slugs;
    auto write = [&](const QString &section, const QJsonObject &o, const QString &body) {
        QString slug = Slug::fromTitle(o.value(QStringLiteral("title")).toString());
        QString unique = slug;
        for (int n = 2; slugs.contains(section + unique); ++n)
            unique = slug + QLatin1Char('-') + QString::number(n);
        slugs.insert(section + unique);
        const QString front = QStringLiteral("---\ntitle: %1\ndate: %2\nsummary: %3\n---\n\n")
                                  .arg(quote(o.value(QStringLiteral("title")).toString()),
                                       o.value(QStringLiteral("date")).toString(),
                                       quote(o.value(QStringLiteral("summary")).toString()));
        writeFile(QStringLiteral("%1/content/%2/%3.md").arg(root, section, unique), (front + body).toUtf8());
    };
    for (const QJsonValue &v : data.value(QStringLiteral("articles")).toArray())
        write(QStringLiteral("actualites"), v.toObject(), v[QStringLiteral("body_markdown")].toString());
    for (const QJsonValue &v : data.value(QStringLiteral("agenda")).toArray())
        write(QStringLiteral("agenda"), v.toObject(), v[QStringLiteral("description")].toString());
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
    auto rows = (*store)->articles().page(ListQuery{}, 0, 50);
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
    std::printf("incremental render after one article edited (median of 11, in process): build %lld ms (fastest %lld), with the "
                "folder's marker read and written %lld ms; %lld files made again\n",
                builds.at(Rounds / 2), builds.first(), wholes.at(Rounds / 2), made.last());
    std::printf("  of which the folder's marker: read %.1f ms, stale files and marker written %.1f ms\n",
                double(opens.at(Rounds / 2)) / 1000, double(stales.at(Rounds / 2)) / 1000);
    QStringList cliArgs{QStringLiteral("--database"), db, QStringLiteral("render"), QStringLiteral("--out"), site,
                        QStringLiteral("--at"), QStringLiteral("2030-01-01T00:00:00Z")};
    auto article = (*store)->articles().load(rows->at(40).id);
    article->title += QStringLiteral(" (mis à jour)");
    if (!(*store)->articles().save(*article))
        return;
    store->reset();
    const ChildRun cli = runChild(QStringLiteral(RELAIS_CLI_PATH), cliArgs, QProcessEnvironment::systemEnvironment());
    std::printf("relais-cli render after one title changed (whole command, process start included): %.3f s\n",
                double(cli.ms) / 1000);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("articles"), QStringLiteral("n"),
                                            QStringLiteral("10000"));
    const QCommandLineOption agendaOption(QStringLiteral("agenda"), QStringLiteral("agenda"), QStringLiteral("n"),
                                          QStringLiteral("2000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep files in"), QStringLiteral("dir"));
    const QCommandLineOption incrementalOption(
        QStringLiteral("incremental-only"),
        QStringLiteral("only the incremental figures, on the database and site an earlier run left in dir"),
        QStringLiteral("dir"));
    parser.addOptions({articlesOption, agendaOption, keepOption, incrementalOption});
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
                                     {QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("seed"), seed}, env);
    if (import.exitCode != 0) {
        std::fprintf(stderr, "import failed: %s\n", import.err.constData());
        return 1;
    }
    std::printf("content: %d articles and %d agenda entries of generated French Markdown (imported in %.1f s)\n",
                articles, agenda, double(import.ms) / 1000);

    const QString site = dir + QStringLiteral("/site");
    const QStringList renderArgs{QStringLiteral("--database"), db, QStringLiteral("render"), QStringLiteral("--out"), site,
                                 QStringLiteral("--at"), QStringLiteral("2030-01-01T00:00:00Z")};
    const ChildRun full = runChild(QStringLiteral(RELAIS_CLI_PATH), renderArgs, env);
    if (full.exitCode != 0) {
        std::fprintf(stderr, "render failed: %s\n", full.err.constData());
        return 1;
    }
    const int pages = countFiles(site, QStringLiteral(".html"));
    const double relaisPagesPerSecond = pages / (double(full.ms) / 1000);
    std::printf("relais full render: %d HTML pages in %.2f s = %.0f pages/s, peak memory %.0f MB\n", pages,
                double(full.ms) / 1000, relaisPagesPerSecond, double(full.peakKb) / 1024);
    const ChildRun again = runChild(QStringLiteral(RELAIS_CLI_PATH), renderArgs, env);
    std::printf("relais render with nothing changed (incremental, nothing made): %.3f s for the whole command\n",
                double(again.ms) / 1000);
    incremental(db, site);
    const QStringList fullArgs = renderArgs + QStringList{QStringLiteral("--full")};
    const ChildRun forced = runChild(QStringLiteral(RELAIS_CLI_PATH), fullArgs, env);
    std::printf("relais render --full on the rendered folder (every page made, files compared): %.2f s\n",
                double(forced.ms) / 1000);

    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    if (hugo.isEmpty()) {
        std::printf("hugo: not installed (apt-get install hugo), no comparison\n");
        return 0;
    }
    const QString project = dir + QStringLiteral("/hugo");
    writeHugoProject(project, seed);
    const ChildRun hugoRun = runChild(hugo, {QStringLiteral("--quiet"), QStringLiteral("-s"), project,
                                             QStringLiteral("-d"), project + QStringLiteral("/public")}, env);
    if (hugoRun.exitCode != 0) {
        std::fprintf(stderr, "hugo failed: %s\n", hugoRun.err.constData());
        return 1;
    }
    const int hugoPages = countFiles(project + QStringLiteral("/public"), QStringLiteral(".html"));
    const double hugoPagesPerSecond = hugoPages / (double(hugoRun.ms) / 1000);
    std::printf("hugo (same content, minimal theme): %d HTML pages in %.2f s = %.0f pages/s, peak memory %.0f MB\n",
                hugoPages, double(hugoRun.ms) / 1000, hugoPagesPerSecond, double(hugoRun.peakKb) / 1024);
    std::printf("relais / hugo: %.1fx the pages per second, %.2fx the peak memory\n",
                relaisPagesPerSecond / hugoPagesPerSecond, double(full.peakKb) / double(qMax<qint64>(1, hugoRun.peakKb)));
    return 0;
}
