// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Moderation figures (issue: fetch and parse 5,000 submissions from the WebDAV inbox; time to
// show the queue; review latency, the next submission on screen, under 50 ms). Prints
// figures; never passes or fails on time.
#include "benchsupport.h"
#include "moderation/inboxfetcher.h"
#include "moderationcontroller.h"
#include "nginxserver.h"
#include "previewpane.h"
#include "storage/store.h"
#include "submissionqueue.h"
#include "submissionview.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <cstdio>

using namespace Relais;

namespace {

constexpr int Count = 5000;

QByteArray submissionFile(int i)
{
    static const char *words[]
        = { "atelier", "forum", "rencontre", "marché", "conférence", "repair", "café", "jardin",
              "coopérative", "emploi", "solidaire", "insertion", "vélo", "ressourcerie", "débat" };
    QString title;
    for (int w = 0; w < 5; ++w)
        title += QString::fromUtf8(words[(i * 7 + w * 3) % 15]) + QLatin1Char(' ');
    title += QString::number(i);
    QString body;
    for (int p = 0; p < 4; ++p)
        body += QStringLiteral("Paragraphe %1 de l’annonce %2 : une description de l’événement, "
                               "pour qui, comment venir. ")
                    .arg(p)
                    .arg(i)
                    .repeated(2)
            + QStringLiteral("\n\n");
    if (i % 50 == 0)
        body += QStringLiteral("<script>document.title='x'</script> [x](javascript:alert(1)) "
                               "![t](https://t.example/p.gif)");
    const QDateTime start
        = QDateTime(QDate(2027, 1, 1), QTime(9, 0), QTimeZone::utc()).addSecs(qint64(i) * 3600 * 7);
    QJsonObject o { { QStringLiteral("id"),
                        QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0')) },
        { QStringLiteral("received_at"),
            QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc())
                .addSecs(qint64(i) * 311)
                .toString(Qt::ISODate) },
        { QStringLiteral("kind"), i % 3 ? QStringLiteral("event") : QStringLiteral("news") },
        { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
        { QStringLiteral("starts_at"), start.toString(Qt::ISODate) },
        { QStringLiteral("ends_at"), start.addSecs(7200).toString(Qt::ISODate) },
        { QStringLiteral("location"), QStringLiteral("Maison des associations de Lille") },
        { QStringLiteral("address"), QStringLiteral("72 rue Royale\n59000 Lille") },
        { QStringLiteral("sections"), QJsonArray { QStringLiteral("associations") } },
        { QStringLiteral("links"),
            QJsonArray { QStringLiteral("https://asso-%1.example/").arg(i) } },
        { QStringLiteral("submitter"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Personne %1").arg(i) },
                { QStringLiteral("email"), QStringLiteral("p%1@asso.example").arg(i) } } },
        { QStringLiteral("consent"), true } };
    return QJsonDocument(o).toJson();
}

InboxFetcher::Report fetch(const QString &db, const PublishTarget &target)
{
    InboxFetcher fetcher(db, target, Test::NginxServer::password());
    QEventLoop loop;
    InboxFetcher::Report report;
    QObject::connect(&fetcher, &InboxFetcher::finished, &loop, [&](const InboxFetcher::Report &r) {
        report = r;
        loop.quit();
    });
    QMetaObject::invokeMethod(
        &fetcher, [&fetcher] { fetcher.start(); }, Qt::QueuedConnection);
    loop.exec();
    return report;
}

QImage snapshot(QWebEngineView *view)
{
    return view->grab().toImage();
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewPane::registerScheme();
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Test::NginxServer nginx;
    if (const QString error = nginx.start(); !error.isEmpty()) {
        std::fprintf(stderr, "bench_moderation: nginx: %s\n", qPrintable(error));
        return 1;
    }
    const QString inbox = nginx.documentRoot() + QStringLiteral("/site/inbox/");
    QDir().mkpath(inbox);
    qint64 bytes = 0;
    for (int i = 0; i < Count; ++i) {
        QFile f(inbox + QStringLiteral("s%1.json").arg(i, 5, 10, QLatin1Char('0')));
        const QByteArray content = submissionFile(i);
        bytes += content.size();
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return 1;
    }
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    PublishTarget target;
    {
        auto store = Store::open(db);
        if (!store)
            return 1;
        target.name = QStringLiteral("Bench");
        target.url = nginx.url();
        target.username = Test::NginxServer::user();
        auto added = (*store)->publishing().addTarget(target);
        if (!added)
            return 1;
        target = *added;
    }
    std::printf("inbox: %d submission files, %.1f MB, nginx on 127.0.0.1 (1 worker)\n", Count,
        double(bytes) / 1e6);
    const InboxFetcher::Report first = fetch(db, target);
    std::printf("first fetch: %lld ms (%.0f submissions/s), %d requests, %d new, parse %lld ms, %d "
                "problems%s\n",
        static_cast<long long>(first.elapsedMs),
        Count * 1000.0 / double(qMax<qint64>(1, first.elapsedMs)), first.requests, first.added,
        static_cast<long long>(first.parseMs), int(first.problems.size()),
        first.error.isEmpty() ? "" : qPrintable(QStringLiteral(" — ") + first.error));
    const InboxFetcher::Report again = fetch(db, target);
    std::printf("second fetch (nothing new): %lld ms, %d requests, %d new\n",
        static_cast<long long>(again.elapsedMs), again.requests, again.added);

    auto store = Store::open(db, Database::Options::unchecked());
    if (!store)
        return 1;
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    QElapsedTimer timer;
    timer.start();
    ModerationController moderation(**store, &window);
    splitter->addWidget(moderation.queue());
    splitter->addWidget(moderation.view());
    window.setCentralWidget(splitter);
    window.resize(1300, 800);
    // The page shown: the queue read, the first submission read and reviewed.
    moderation.setActive(true);
    const qint64 queueMs = timer.elapsed();
    QList<double> reloads;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        moderation.queue()->reload();
        reloads.append(double(t.elapsed()));
    }
    std::printf("queue of %d: shown in %lld ms (model, filters, first submission read); reload "
                "median %.0f ms\n",
        moderation.queue()->rowCount(), static_cast<long long>(queueMs),
        Bench::percentile(reloads, 0.5));
    QSignalSpy first_shown(moderation.view(), &SubmissionView::shown);
    window.show();
    first_shown.wait(30000);
    QTest::qWait(500);
    QWebEngineView *web = moderation.view()->preview()->view();
    if (!web) {
        std::fprintf(stderr, "bench_moderation: no web view\n");
        return 1;
    }
    // Next submission: J, until the picture of the page changes (loadFinished and the pushed
    // update both come before the paint, so the view is grabbed until it differs).
    QList<double> painted, pushed;
    for (int i = 0; i < 40; ++i) {
        const QImage before = snapshot(web);
        QElapsedTimer t;
        t.start();
        QSignalSpy shown(moderation.view(), &SubmissionView::shown);
        moderation.queue()->step(1);
        bool changed = false;
        while (!changed && t.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            changed = snapshot(web) != before;
        }
        painted.append(double(t.elapsed()));
        pushed.append(double(moderation.view()->lastShowMs()));
        QTest::qWait(50);
    }
    std::printf("review latency, next submission (J) until its page is painted: median %.0f ms, "
                "p95 %.0f ms, max %.0f ms "
                "(pushed into the open page: median %.0f ms)\n",
        Bench::percentile(painted, 0.5), Bench::percentile(painted, 0.95),
        Bench::percentile(painted, 1.0), Bench::percentile(pushed, 0.5));
    std::printf(
        "peak memory: %lld MB\n", static_cast<long long>(ProcessInfo::peakResidentKb() / 1024));
    nginx.stop();
    return 0;
}
