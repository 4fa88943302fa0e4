// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the foundation issue on a large generated newsroom: import time, start-up time
// to the first list page, search-as-you-type latency, peak memory. Prints, never asserts.
//
//   bench_foundation [--articles N] [--agenda N] [--contacts N] [--keep DIR]
#include "entitylistmodel.h"
#include "frenchtext.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "processinfo.h"
#include "settings.h"
#include "storage/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Relais;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// Runs a child to its end, sampling its peak memory while it runs.
struct ChildRun
{
    qint64 ms = 0;
    qint64 peakKb = 0;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ChildRun runChild(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    ChildRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    p.waitForStarted();
    while (!p.waitForFinished(20)) {
        run.peakKb = qMax(run.peakKb, ProcessInfo::peakResidentKb(p.processId()));
        if (p.state() == QProcess::NotRunning)
            break;
    }
    run.ms = timer.elapsed();
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("articles"), QStringLiteral("n"),
                                            QStringLiteral("100000"));
    const QCommandLineOption agendaOption(QStringLiteral("agenda"), QStringLiteral("agenda"), QStringLiteral("n"),
                                          QStringLiteral("20000"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("contacts"), QStringLiteral("n"),
                                            QStringLiteral("20000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("keep files in"), QStringLiteral("dir"));
    parser.addOptions({articlesOption, agendaOption, contactsOption, keepOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    const QString seed = dir + QStringLiteral("/bench-seed.json");
    const QString db = dir + QStringLiteral("/bench.sqlite");
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    const int articles = parser.value(articlesOption).toInt();
    const int agenda = parser.value(agendaOption).toInt();
    const int contacts = parser.value(contactsOption).toInt();

    QElapsedTimer timer;
    timer.start();
    {
        QFile out(seed);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(seed));
            return 1;
        }
        Bench::writeSeed(out, articles, agenda, contacts);
        std::printf("generated: %d articles, %d agenda entries, %d contacts, %.1f MB of seed JSON in %.1f s\n",
                    articles, agenda, contacts, double(out.size()) / 1e6, double(timer.elapsed()) / 1000);
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    const ChildRun import = runChild(QStringLiteral(RELAIS_CLI_PATH),
                                     {QStringLiteral("--database"), db, QStringLiteral("import"),
                                      QStringLiteral("seed"), seed},
                                     env);
    if (import.exitCode != 0) {
        std::fprintf(stderr, "import failed: %s\n", import.err.constData());
        return 1;
    }
    std::printf("import (relais-cli import seed, one transaction): %.1f s, %.0f items/s, peak memory %.0f MB\n",
                double(import.ms) / 1000, double(articles + agenda + contacts) / (double(import.ms) / 1000),
                double(import.peakKb) / 1024);
    std::printf("database file: %.1f MB\n", double(QFile(db).size()) / 1e6);

    // Start-up: process start to first list page on screen, five cold-ish runs.
    QList<double> inside, wall, memory;
    for (int i = 0; i < 5; ++i) {
        const ChildRun run = runChild(QStringLiteral(RELAIS_APP_PATH),
                                      {QStringLiteral("--database"), db, QStringLiteral("--exit-after-first-page")},
                                      env);
        const QList<QByteArray> words = run.out.trimmed().split(' ');
        if (run.exitCode != 0 || words.size() < 4) {
            std::fprintf(stderr, "window did not start: %s\n", run.err.constData());
            return 1;
        }
        inside.append(words.at(1).toDouble());
        memory.append(words.at(3).toDouble() / 1024);
        wall.append(double(run.ms));
    }
    std::printf("start-up to first list page: median %.0f ms from main(), %.0f ms from process launch "
                "(including exit); peak memory %.0f MB\n",
                percentile(inside, 0.5), percentile(wall, 0.5), percentile(memory, 0.5));

    // Search as you type, in a real window: every keystroke of a few phrases, in each list.
    auto store = Store::open(db);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    QSettings qsettings(dir + QStringLiteral("/bench.ini"), QSettings::IniFormat);
    Settings settings(qsettings);
    MainWindow window(**store, settings);
    window.show();
    QApplication::processEvents();
    const QStringList phrases{QStringLiteral("économie circulaire"), QStringLiteral("cooperative somme"),
                              QStringLiteral("jardin partagé lille"), QStringLiteral("webinaires écoles"),
                              QStringLiteral("insertion quartiers"), QStringLiteral("zzz inconnu")};
    for (MainWindow::Page page : {MainWindow::Articles, MainWindow::Agenda, MainWindow::Contacts}) {
        window.showPage(page);
        ListPanel *panel = window.listPanel(page);
        QList<double> latencies;
        for (const QString &phrase : phrases) {
            for (int n = 1; n <= phrase.size(); ++n) {
                QElapsedTimer keystroke;
                keystroke.start();
                panel->searchEdit()->setText(phrase.left(n));
                panel->applyFilters(); // what the typing pause triggers
                QApplication::processEvents();
                latencies.append(double(keystroke.nsecsElapsed()) / 1e6);
            }
            panel->searchEdit()->clear();
            panel->applyFilters();
        }
        const char *names[] = {"articles", "agenda", "contacts"};
        std::printf("search as you type, %s (%lld keystrokes): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                    names[page], static_cast<long long>(latencies.size()), percentile(latencies, 0.5),
                    percentile(latencies, 0.95), percentile(latencies, 1.0));
    }
    // Scrolling: fetch pages until 2,000 rows are loaded, as a user dragging down would.
    window.showPage(MainWindow::Articles);
    EntityListModel *model = window.listPanel(MainWindow::Articles)->model();
    QElapsedTimer scroll;
    scroll.start();
    int pages = 0;
    while (model->rowCount() < 2000 && model->canFetchMore({})) {
        model->fetchMore({});
        ++pages;
    }
    std::printf("scrolling: %d pages of %d rows fetched in %.1f ms (%.2f ms a page); %d of %d rows in memory\n",
                pages, EntityListModel::PageSize, double(scroll.nsecsElapsed()) / 1e6,
                pages ? double(scroll.nsecsElapsed()) / 1e6 / pages : 0.0, model->rowCount(), model->totalCount());
    std::printf("peak memory of this process (window open, searches done): %.0f MB\n",
                double(ProcessInfo::peakResidentKb()) / 1024);
    return 0;
}
