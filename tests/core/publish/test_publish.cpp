// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"
#include "nginxserver.h"
#include "testsupport.h"

#include "exchange/seedimporter.h"
#include "publish/connectiontest.h"
#include "publish/publisher.h"
#include "content/remotepath.h"
#include "render/sitebuilder.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSignalSpy>
#include <QTimer>

using namespace Relais;
using namespace Relais::Test;

// Publishing to a real nginx with WebDAV, through a fault-injecting proxy where a test needs
// faults. After each publish the served tree is compared with a local render, file by file,
// on disk and over HTTP.
class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstPublishServesTheRender();
    void noChangePublishUploadsNothing();
    void oneArticleChangedUploadsOnlyItsPages();
    void deletedItemIsDeletedOnTheServer();
    void settingsChangeRendersEveryPageAgain();
    void scheduledItemAppearsOnlyWhenDue();
    void wrongPasswordIsSaidAndNothingIsWritten();
    void serverStoppedMidwayThenResumed();
    void serverGoneStopsTheRunWithinItsBudget();
    void proxyFaultsAreRetried_data();
    void proxyFaultsAreRetried();
    void persistentFaultFailsThenRecovers();
    void cancelStopsAndTheNextPublishResumes();
    void someoneElsesManifestStopsBeforeWriting();
    void connectionTestSaysWhatIsWrong_data();
    void connectionTestSaysWhatIsWrong();
    void phasesKeepLinksValid();
    void trustedCertificateOnly();
    void commandLinePublishes();

private:
    struct Outcome
    {
        Publisher::Prepared prepared;
        Publisher::Summary summary;
        bool gotPrepared = false;
    };
    enum class Answer { Run, Overwrite, Cancel };
    Outcome publish(const QUrl &url, const QString &password, const QDateTime &at,
        Answer answer = Answer::Run, const WebDavClient::Options &http = fastHttp(),
        const std::function<void(Publisher &, int done, int steps)> &onProgress = {});
    static WebDavClient::Options fastHttp();
    PublishTarget targetFor(const QUrl &url);
    // Local render at `at`: path → bytes.
    QMap<QString, QByteArray> render(const QDateTime &at);
    // The served tree equals the render, on disk and over HTTP; the manifest lists it.
    void verifyServed(const QDateTime &at);
    QByteArray httpGet(const QUrl &url, int *status = nullptr);

    NginxServer m_nginx;
    std::unique_ptr<TempStore> m_store;
    qint64 m_targetId = 0;
    QDateTime m_at = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
};

WebDavClient::Options TestPublish::fastHttp()
{
    WebDavClient::Options o;
    o.parallel = 6;
    o.stallMs = 1500;
    o.maxTries = 5;
    o.backoffMs = 20;
    o.maxBackoffMs = 200;
    o.maxRetryAfterMs = 2000;
    return o;
}

void TestPublish::initTestCase()
{
    if (const QString why = NginxServer::missing(); !why.isEmpty())
        QFAIL(qPrintable(why + QStringLiteral("; scripts/setup installs it")));
}

void TestPublish::init()
{
    if (!m_nginx.isRunning()) {
        const QString why = m_nginx.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    // A clean site folder for every test.
    QDir(m_nginx.documentRoot() + QStringLiteral("/site")).removeRecursively();
    QDir().mkpath(m_nginx.documentRoot() + QStringLiteral("/site"));
    m_store = std::make_unique<TempStore>();
    SeedImporter importer(m_store->store());
    RELAIS_VERIFY_OK(importer.importFile(seedFile()));
    auto target = targetFor(m_nginx.url());
    RELAIS_VERIFY_OK(m_store->store().publishing().addTarget(target));
    m_targetId = m_store->store().publishing().target(target.name)->id;
}

void TestPublish::cleanup()
{
    m_store.reset();
    if (!m_nginx.isRunning())
        QVERIFY(m_nginx.start().isEmpty());
}

PublishTarget TestPublish::targetFor(const QUrl &url)
{
    PublishTarget t;
    t.name = QStringLiteral("Portail");
    t.url = url;
    t.username = NginxServer::user();
    return t;
}

TestPublish::Outcome TestPublish::publish(const QUrl &url, const QString &password,
    const QDateTime &at, Answer answer, const WebDavClient::Options &http,
    const std::function<void(Publisher &, int, int)> &onProgress)
{
    auto target = m_store->store().publishing().target(m_targetId);
    Outcome outcome;
    if (!target)
        return outcome;
    PublishTarget t = *target;
    t.url = url;
    Publisher::Options options;
    options.http = http;
    options.memoryBudget = 20000; // some pages wait in memory, most on disk
    Publisher publisher(m_store->path(), t, password, options);
    QEventLoop loop;
    bool finished = false;
    connect(&publisher, &Publisher::prepared, &loop, [&](const Publisher::Prepared &p) {
        outcome.prepared = p;
        outcome.gotPrepared = true;
        if (answer == Answer::Cancel)
            publisher.cancel();
        else
            publisher.run(answer == Answer::Overwrite);
    });
    connect(&publisher, &Publisher::progress, &loop, [&](int done, int steps, qint64, qint64) {
        if (onProgress)
            onProgress(publisher, done, steps);
    });
    connect(&publisher, &Publisher::finished, &loop, [&](const Publisher::Summary &s) {
        outcome.summary = s;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(
        90000, &loop, &QEventLoop::quit); // a hang fails the test, not CTest's timeout
    publisher.prepare(at);
    if (!finished)
        loop.exec();
    return outcome;
}

QMap<QString, QByteArray> TestPublish::render(const QDateTime &at)
{
    QMap<QString, QByteArray> files;
    auto settings = m_store->store().siteSettings().load();
    auto theme = Theme::load();
    if (!settings || !theme)
        return files;
    SiteBuilder builder(m_store->store(), *settings, *theme);
    auto report
        = builder.build(at, [&](const QString &path, const QByteArray &content) -> Result<void> {
              files.insert(path, content);
              return {};
          });
    if (!report)
        files.clear();
    return files;
}

QByteArray TestPublish::httpGet(const QUrl &url, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
        "Basic "
            + QByteArray(NginxServer::user().toUtf8() + ':' + NginxServer::password().toUtf8())
                  .toBase64());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestPublish::verifyServed(const QDateTime &at)
{
    const QMap<QString, QByteArray> local = render(at);
    QVERIFY(local.size() > 10);
    const QString root = m_nginx.documentRoot() + QStringLiteral("/site");
    QMap<QString, QByteArray> served;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(root).relativeFilePath(file);
        if (relative == QLatin1String(Manifest::Path))
            continue;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        served.insert(relative, f.readAll());
    }
    QCOMPARE(served.keys(), local.keys());
    for (auto i = local.cbegin(); i != local.cend(); ++i)
        QVERIFY2(served.value(i.key()) == i.value(), qPrintable(i.key()));
    // Over HTTP, as a visitor gets them.
    for (auto i = local.cbegin(); i != local.cend(); ++i) {
        int status = 0;
        const QByteArray body = httpGet(*RemotePath::join(m_nginx.url(), i.key()), &status);
        QCOMPARE(status, 200);
        QVERIFY2(body == i.value(), qPrintable(i.key()));
    }
    // The manifest on the server lists exactly that.
    auto manifest = Manifest::fromJson(
        httpGet(*RemotePath::join(m_nginx.url(), QLatin1String(Manifest::Path))));
    RELAIS_VERIFY_OK(manifest);
    QCOMPARE(manifest->keys(), local.keys());
    for (auto i = local.cbegin(); i != local.cend(); ++i) {
        QCOMPARE(manifest->value(i.key()).sha256,
            QCryptographicHash::hash(i.value(), QCryptographicHash::Sha256).toHex());
    }
}

void TestPublish::firstPublishServesTheRender()
{
    const Outcome o = publish(m_nginx.url(), NginxServer::password(), m_at);
    QVERIFY(o.gotPrepared);
    QCOMPARE(o.summary.state, RunState::Done);
    QCOMPARE(o.summary.failed, 0);
    QCOMPARE(o.summary.uploaded, o.prepared.files + 1); // and the manifest
    QCOMPARE(o.summary.deleted, 0);
    QVERIFY(o.prepared.plan.folders > 5);
    verifyServed(m_at);
    auto runs = m_store->store().publishing().runs();
    RELAIS_VERIFY_OK(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().state, RunState::Done);
    QCOMPARE(runs->first().uploaded, o.summary.uploaded);
}

void TestPublish::noChangePublishUploadsNothing()
{
    QCOMPARE(publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
    const Outcome o = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    QVERIFY(o.prepared.plan.isEmpty());
    QVERIFY(o.summary.nothingToDo);
    QCOMPARE(o.summary.uploaded, 0);
    QCOMPARE(o.summary.requests, 1); // reading the manifest
    verifyServed(m_at);
}

void TestPublish::oneArticleChangedUploadsOnlyItsPages()
{
    QCOMPARE(publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
    const QMap<QString, QByteArray> before = render(m_at);
    auto rows = m_store->store().articles().page(ListQuery {}, 0, 50);
    RELAIS_VERIFY_OK(rows);
    Article article;
    for (const ListRow &row : *rows) {
        auto a = m_store->store().articles().load(row.id);
        if (a && SiteBuilder::isVisible(a->status, a->publishAt, m_at)) {
            article = *a;
            break;
        }
    }
    QVERIFY(article.meta.id > 0);
    // A change seen on its page and in the lists that show it (its lead).
    article.body += QStringLiteral("\n\nUn paragraphe ajouté.");
    article.summary += QStringLiteral(" Mis à jour.");
    RELAIS_VERIFY_OK(m_store->store().articles().update(article));
    const QMap<QString, QByteArray> after = render(m_at);
    QStringList changed;
    for (auto i = after.cbegin(); i != after.cend(); ++i) {
        if (before.value(i.key()) != i.value())
            changed.append(i.key());
    }
    QVERIFY(changed.contains(SiteBuilder::articlePath(article)));

    const Outcome o = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    QStringList uploaded;
    for (const PublishStep &step : o.prepared.plan.steps) {
        QCOMPARE(step.action, PublishStep::Action::Put);
        if (step.path != QLatin1String(Manifest::Path))
            uploaded.append(step.path);
    }
    uploaded.sort();
    QCOMPARE(uploaded, changed); // exactly the pages whose bytes changed
    // The other pages were not even rendered again: their inputs did not change. Only the
    // pages whose bytes changed were made.
    int details = 0;
    for (auto i = after.cbegin(); i != after.cend(); ++i)
        details += PublishPlan::phaseOf(i.key()) == PublishPlan::Details;
    QVERIFY(o.prepared.skipped >= details - 1);
    QCOMPARE(o.prepared.files - o.prepared.skipped, changed.size());
    QCOMPARE(o.summary.uploaded, changed.size() + 1);
    verifyServed(m_at);
}

void TestPublish::deletedItemIsDeletedOnTheServer()
{
    QCOMPARE(publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
    auto rows = m_store->store().agenda().page(ListQuery {}, 0, 50);
    RELAIS_VERIFY_OK(rows);
    AgendaEntry entry;
    for (const ListRow &row : *rows) {
        auto e = m_store->store().agenda().load(row.id);
        if (e && SiteBuilder::isVisible(e->status, e->publishAt, m_at)) {
            entry = *e;
            break;
        }
    }
    QVERIFY(entry.meta.id > 0);
    const QString page
        = m_nginx.documentRoot() + QStringLiteral("/site/") + SiteBuilder::eventPath(entry);
    QVERIFY(QFile::exists(page));
    RELAIS_VERIFY_OK(m_store->store().agenda().moveToTrash({ entry.meta.id }));
    const Outcome o = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    QCOMPARE(o.summary.deleted, 1); // its folder, in one request
    QVERIFY(!QFile::exists(page));
    QVERIFY(!QFileInfo::exists(QFileInfo(page).path()));
    verifyServed(m_at);
}

void TestPublish::settingsChangeRendersEveryPageAgain()
{
    QCOMPARE(publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
    auto settings = m_store->store().siteSettings().load();
    RELAIS_VERIFY_OK(settings);
    settings->name = QStringLiteral("L’ESS en Picardie");
    RELAIS_VERIFY_OK(m_store->store().siteSettings().save(*settings));
    const Outcome o = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    QCOMPARE(o.prepared.skipped, 0);
    int html = 0;
    for (const PublishStep &step : o.prepared.plan.steps)
        html += step.path.endsWith(QStringLiteral(".html"));
    QCOMPARE(
        html, int(render(m_at).keys().filter(QStringLiteral(".html")).size())); // the name is on
                                                                                // every page
    verifyServed(m_at);
    // And a second target, empty, gets every page though the cache knows them all.
    PublishTarget other;
    other.name = QStringLiteral("Miroir");
    other.url = m_nginx.url(QStringLiteral("/site/miroir/"));
    other.username = NginxServer::user();
    auto added = m_store->store().publishing().addTarget(other);
    RELAIS_VERIFY_OK(added);
    QDir().mkpath(m_nginx.documentRoot() + QStringLiteral("/site/miroir"));
    Publisher publisher(
        m_store->path(), *added, NginxServer::password(), Publisher::Options { fastHttp(), {} });
    QSignalSpy done(&publisher, &Publisher::finished);
    connect(&publisher, &Publisher::prepared, &publisher, [&] { publisher.run(false); });
    publisher.prepare(m_at);
    QVERIFY(done.wait(60000));
    const auto summary = done.first().first().value<Publisher::Summary>();
    QCOMPARE(summary.state, RunState::Done);
    QCOMPARE(summary.uploaded, int(render(m_at).size()) + 1);
}

void TestPublish::scheduledItemAppearsOnlyWhenDue()
{
    Article a = sampleArticle(QStringLiteral("Annonce programmée pour midi"));
    a.slug = QStringLiteral("annonce-programmee");
    a.status = Status::Scheduled;
    a.publishAt = m_at.addSecs(3600);
    RELAIS_VERIFY_OK(m_store->store().articles().create(a));
    const QString page
        = m_nginx.documentRoot() + QStringLiteral("/site/actualites/annonce-programmee/index.html");

    QCOMPARE(publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
    QVERIFY(!QFile::exists(page));
    verifyServed(m_at);
    auto due = m_store->store().publishing().nextDue(m_at);
    RELAIS_VERIFY_OK(due);
    QCOMPARE(*due, m_at.addSecs(3600));

    const QDateTime later = m_at.addSecs(2 * 3600);
    const Outcome o = publish(m_nginx.url(), NginxServer::password(), later);
    QCOMPARE(o.summary.state, RunState::Done);
    QVERIFY(QFile::exists(page));
    verifyServed(later);
}

void TestPublish::wrongPasswordIsSaidAndNothingIsWritten()
{
    const Outcome o = publish(m_nginx.url(), QStringLiteral("not-the-password"), m_at);
    QCOMPARE(o.summary.state, RunState::Failed);
    QVERIFY(!o.summary.errors.isEmpty());
    QVERIFY2(o.summary.errors.first().contains(QStringLiteral("401")),
        qPrintable(o.summary.errors.join(QLatin1Char('\n'))));
    QCOMPARE(o.summary.uploaded, 0);
    QVERIFY(QDir(m_nginx.documentRoot() + QStringLiteral("/site")).isEmpty());
}

void TestPublish::serverStoppedMidwayThenResumed()
{
    auto options = fastHttp();
    options.maxTries = 2;
    int stoppedAt = -1;
    const Outcome first = publish(m_nginx.url(), NginxServer::password(), m_at, Answer::Run,
        options, [&](Publisher &, int done, int steps) {
            if (done == steps * 3 / 4 && stoppedAt < 0) {
                stoppedAt = done;
                m_nginx.stop();
            }
        });
    QVERIFY(stoppedAt > 20);
    QCOMPARE(first.summary.state, RunState::Failed);
    QVERIFY(first.summary.failed > 0);
    auto arrived = m_store->store().publishing().files(m_targetId);
    RELAIS_VERIFY_OK(arrived);
    QVERIFY2(arrived->size() >= 5,
        qPrintable(
            QStringLiteral("%1 arrived, stopped at step %2").arg(arrived->size()).arg(stoppedAt)));

    QVERIFY(m_nginx.start().isEmpty());
    const Outcome second = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(second.summary.state, RunState::Done);
    QVERIFY(second.prepared.resuming.has_value());
    for (const PublishStep &step : second.prepared.plan.steps) {
        if (step.action == PublishStep::Action::Put)
            QVERIFY2(!arrived->contains(step.path) || arrived->value(step.path) != step.state,
                qPrintable(step.path));
    }
    // Nothing that arrived is sent again: the two runs upload the site once (and the manifest).
    QCOMPARE(first.summary.uploaded + second.summary.uploaded, second.prepared.files + 1);
    verifyServed(m_at);
}

// The server goes away early, with most of the run ahead (issue 21: a publish went on for
// 11 minutes trying each of thousands of steps): the session's budget stops the run within
// seconds, saying why and how far it came; the next publish goes on from there.
void TestPublish::serverGoneStopsTheRunWithinItsBudget()
{
    // Enough pages for phases of many steps: 80 more articles, each a page of its own.
    for (int i = 0; i < 80; ++i) {
        Article a = sampleArticle(QStringLiteral("Brève numéro %1").arg(i));
        a.slug = QStringLiteral("breve-%1").arg(i);
        a.status = Status::Published;
        a.publishAt = m_at.addDays(-1 - i);
        RELAIS_VERIFY_OK(m_store->store().articles().create(a));
    }
    auto options = fastHttp();
    options.maxTries = 3;
    options.maxFailuresInRow = 6;
    bool stopped = false;
    QElapsedTimer sinceStop;
    const Outcome first = publish(m_nginx.url(), NginxServer::password(), m_at, Answer::Run,
        options, [&](Publisher &, int done, int) {
            if (done == 30 && !stopped) {
                stopped = true;
                m_nginx.stop();
                sinceStop.start();
            }
        });
    QVERIFY(stopped);
    QCOMPARE(first.summary.state, RunState::Failed);
    QVERIFY2(sinceStop.elapsed() < 10000, qPrintable(QString::number(sinceStop.elapsed())));
    QVERIFY(!first.summary.errors.isEmpty());
    const QString last = first.summary.errors.last();
    QVERIFY2(last.startsWith(QStringLiteral("The server at http://127.0.0.1:%1 stopped answering "
                                            "(connection refused). ")
                                 .arg(m_nginx.port())),
        qPrintable(last));
    QVERIFY2(last.endsWith(QStringLiteral("steps were done; the next publish goes on from there.")),
        qPrintable(last));
    // Not a message per remaining step.
    QVERIFY2(first.summary.errors.size() <= 4, qPrintable(first.summary.errors.join(u'\n')));

    QVERIFY(m_nginx.start().isEmpty());
    const Outcome second = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(second.summary.state, RunState::Done);
    QVERIFY(second.prepared.resuming.has_value());
    verifyServed(m_at);
}

void TestPublish::proxyFaultsAreRetried_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("500 on a PUT") << int(FaultProxy::Fault::Status) << 500 << -1
                                  << QByteArray("PUT");
    QTest::newRow("503 with Retry-After")
        << int(FaultProxy::Fault::Status) << 503 << 1 << QByteArray("PUT");
    QTest::newRow("429 with Retry-After")
        << int(FaultProxy::Fault::Status) << 429 << 0 << QByteArray("PUT");
    QTest::newRow("507 insufficient storage")
        << int(FaultProxy::Fault::Status) << 507 << -1 << QByteArray("PUT");
    QTest::newRow("reset on a PUT")
        << int(FaultProxy::Fault::Reset) << 0 << -1 << QByteArray("PUT");
    QTest::newRow("reset on MKCOL")
        << int(FaultProxy::Fault::Reset) << 0 << -1 << QByteArray("MKCOL");
    QTest::newRow("stall past the timeout")
        << int(FaultProxy::Fault::Stall) << 0 << -1 << QByteArray("PUT");
    QTest::newRow("truncated answer to GET")
        << int(FaultProxy::Fault::Truncate) << 0 << -1 << QByteArray("GET");
    QTest::newRow("truncated answer to PUT")
        << int(FaultProxy::Fault::Truncate) << 0 << -1 << QByteArray("PUT");
    QTest::newRow("500 on a DELETE")
        << int(FaultProxy::Fault::Status) << 500 << -1 << QByteArray("DELETE");
}

void TestPublish::proxyFaultsAreRetried()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QByteArray, method);
    if (method == "DELETE" || method == "GET") {
        // Something to delete, and a manifest to read.
        QCOMPARE(
            publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
        auto rows = m_store->store().articles().page(ListQuery {}, 0, 100);
        RELAIS_VERIFY_OK(rows);
        QList<qint64> ids;
        for (const ListRow &row : *rows)
            ids.append(row.id);
        RELAIS_VERIFY_OK(m_store->store().articles().moveToTrash(ids.mid(0, 3)));
    }
    FaultProxy proxy(quint16(m_nginx.port()));
    QVERIFY(proxy.listen());
    FaultProxy::Rule rule;
    rule.method = method;
    rule.fault = FaultProxy::Fault(fault);
    rule.status = status;
    rule.retryAfterSeconds = retryAfter;
    rule.times = 2; // the same request may fail twice in a row
    rule.skip = method == "PUT" ? 3 : 0;
    proxy.addRule(rule);
    QElapsedTimer clock;
    clock.start();
    const Outcome o = publish(proxy.through(m_nginx.url()), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    QCOMPARE(o.summary.failed, 0);
    QCOMPARE(proxy.faultsInjected(), 2);
    QVERIFY(o.summary.requests > int(o.prepared.plan.steps.size())); // the retries
    if (retryAfter > 0)
        QVERIFY(clock.elapsed() >= 1000 * retryAfter); // honoured, not hammered
    verifyServed(m_at);
}

void TestPublish::persistentFaultFailsThenRecovers()
{
    FaultProxy proxy(quint16(m_nginx.port()));
    QVERIFY(proxy.listen());
    FaultProxy::Rule rule;
    rule.method = "PUT";
    rule.pathContains = QStringLiteral("/agenda/");
    rule.status = 507;
    rule.times = 1000;
    proxy.addRule(rule);
    const Outcome o = publish(proxy.through(m_nginx.url()), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Failed);
    QVERIFY(o.summary.failed > 0);
    QVERIFY2(o.summary.errors.first().contains(QStringLiteral("507")),
        qPrintable(o.summary.errors.first()));
    QVERIFY(o.summary.errors.first().contains(QStringLiteral("agenda/")));
    QVERIFY(o.summary.errors.first().contains(QStringLiteral("5 tries")));
    // No list page went up before the detail pages it links to, and no manifest.
    QVERIFY(!QFile::exists(m_nginx.documentRoot() + QStringLiteral("/site/index.html")));
    QVERIFY(!QFile::exists(m_nginx.documentRoot() + QStringLiteral("/site/.relais/manifest.json")));
    const Outcome again = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(again.summary.state, RunState::Done);
    verifyServed(m_at);
}

void TestPublish::cancelStopsAndTheNextPublishResumes()
{
    bool cancelled = false;
    const Outcome first = publish(m_nginx.url(), NginxServer::password(), m_at, Answer::Run,
        fastHttp(), [&](Publisher &p, int done, int) {
            if (done >= 15 && !cancelled) {
                cancelled = true;
                p.cancel();
            }
        });
    QCOMPARE(first.summary.state, RunState::Cancelled);
    const Outcome second = publish(m_nginx.url(), NginxServer::password(), m_at);
    QCOMPARE(second.summary.state, RunState::Done);
    QVERIFY(second.prepared.resuming.has_value());
    QCOMPARE(first.summary.uploaded + second.summary.uploaded, second.prepared.files + 1);
    verifyServed(m_at);
}

void TestPublish::someoneElsesManifestStopsBeforeWriting()
{
    QCOMPARE(publish(m_nginx.url(), NginxServer::password(), m_at).summary.state, RunState::Done);
    // Somebody else publishes: a changed page and their own manifest.
    const QString root = m_nginx.documentRoot() + QStringLiteral("/site/");
    QFile home(root + QStringLiteral("index.html"));
    QVERIFY(home.open(QIODevice::WriteOnly));
    home.write("<p>Changed by hand</p>");
    home.close();
    FileMap theirs;
    theirs.insert(QStringLiteral("index.html"), FileState { QByteArray(64, 'a'), 22 });
    theirs.insert(QStringLiteral("extra/page.html"), FileState { QByteArray(64, 'b'), 10 });
    QFile manifest(root + QLatin1String(Manifest::Path));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(Manifest::toJson(theirs, m_at));
    manifest.close();
    QDir().mkpath(root + QStringLiteral("extra"));
    QFile extra(root + QStringLiteral("extra/page.html"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("their page");
    extra.close();
    const QByteArray theirManifest = Manifest::toJson(theirs, m_at);

    // Refused without the word to overwrite: nothing written.
    const Outcome refused = publish(m_nginx.url(), NginxServer::password(), m_at, Answer::Run);
    QVERIFY(refused.prepared.serverChanged);
    QVERIFY2(refused.prepared.serverChanges.contains(QStringLiteral("index.html")),
        qPrintable(refused.prepared.serverChanges));
    QCOMPARE(refused.summary.state, RunState::Failed);
    QCOMPARE(refused.summary.requests, 1);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(manifest.readAll(), theirManifest);
    manifest.close();

    const Outcome overwritten
        = publish(m_nginx.url(), NginxServer::password(), m_at, Answer::Overwrite);
    QCOMPARE(overwritten.summary.state, RunState::Done);
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("extra")));
    verifyServed(m_at);
    // And ours again from then on.
    const Outcome next = publish(m_nginx.url(), NginxServer::password(), m_at);
    QVERIFY(!next.prepared.serverChanged);
    QVERIFY(next.prepared.plan.isEmpty());
}

void TestPublish::connectionTestSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words");
    const QString good = NginxServer::password();
    QTest::newRow("works") << "/site/" << good << int(WebDavClient::Problem::None) << "works";
    QTest::newRow("wrong password") << "/site/"
                                    << "wrong" << int(WebDavClient::Problem::Unauthorized) << "401";
    QTest::newRow("no right to write")
        << "/readonly/" << good << int(WebDavClient::Problem::Forbidden) << "403";
    QTest::newRow("no such folder")
        << "/site/missing/" << good << int(WebDavClient::Problem::NotFound) << "no such folder";
    QTest::newRow("no WebDAV") << "/plain/" << good << int(WebDavClient::Problem::NotDav)
                               << "WebDAV";
    QTest::newRow("nothing listening")
        << "closed" << good << int(WebDavClient::Problem::ConnectionRefused)
        << "connection refused";
    QTest::newRow("certificate not trusted")
        << "tls" << good << int(WebDavClient::Problem::Tls) << "fingerprint";
}

void TestPublish::connectionTestSaysWhatIsWrong()
{
    QFETCH(QString, location);
    QFETCH(QString, password);
    QFETCH(int, problem);
    QFETCH(QString, words);
    PublishTarget t = targetFor(location == u"tls" ? m_nginx.tlsUrl() : m_nginx.url(location));
    if (location == u"closed") {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        t.url = QUrl(QStringLiteral("http://127.0.0.1:%1/site/").arg(probe.serverPort()));
        probe.close();
    }
    auto http = fastHttp();
    http.maxTries = 1;
    ConnectionTest test(t, password, http);
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start();
    QVERIFY(spy.wait(10000));
    const auto outcome = spy.first().first().value<ConnectionTest::Outcome>();
    QCOMPARE(int(outcome.problem), problem);
    QCOMPARE(outcome.ok, problem == int(WebDavClient::Problem::None));
    QVERIFY2(outcome.message.contains(words, Qt::CaseInsensitive), qPrintable(outcome.message));
    if (location == u"tls") {
        const auto certificate = QSslCertificate::fromPath(m_nginx.certificatePath());
        QCOMPARE(certificate.size(), 1);
        QCOMPARE(outcome.certificateSha256,
            certificate.first().digest(QCryptographicHash::Sha256).toHex());
    }
    // The test leaves nothing behind.
    QVERIFY(!QDirIterator(m_nginx.documentRoot() + QStringLiteral("/site/.relais"), QDir::Files)
                 .hasNext());
}

void TestPublish::phasesKeepLinksValid()
{
    FaultProxy proxy(quint16(m_nginx.port()));
    QVERIFY(proxy.listen());
    const Outcome o = publish(proxy.through(m_nginx.url()), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    // Order seen by the server: folders, style, detail pages, lists, home, manifest.
    int lastPhase = -1;
    for (const QString &line : proxy.log()) {
        const QString method = line.section(QLatin1Char(' '), 0, 0);
        QString path = line.section(QLatin1Char(' '), 1);
        path.remove(0, m_nginx.url().path().size());
        int phase = -1;
        if (method == u"MKCOL")
            phase = 0;
        else if (method == u"PUT")
            phase = PublishPlan::phaseOf(path);
        else
            continue;
        QVERIFY2(phase >= lastPhase, qPrintable(line));
        lastPhase = phase;
    }
    QCOMPARE(lastPhase, int(PublishPlan::ManifestPhase));
}

void TestPublish::trustedCertificateOnly()
{
    const auto certificates = QSslCertificate::fromPath(m_nginx.certificatePath());
    QCOMPARE(certificates.size(), 1);
    const QByteArray fingerprint = certificates.first().digest(QCryptographicHash::Sha256).toHex();
    auto http = fastHttp();
    http.maxTries = 1;
    auto test = [&](const QByteArray &trusted) {
        PublishTarget t = targetFor(m_nginx.tlsUrl());
        t.trustedCertificate = trusted;
        ConnectionTest connection(t, NginxServer::password(), http);
        QSignalSpy spy(&connection, &ConnectionTest::finished);
        connection.start();
        spy.wait(10000);
        return spy.isEmpty() ? ConnectionTest::Outcome {}
                             : spy.first().first().value<ConnectionTest::Outcome>();
    };
    // Another certificate's fingerprint does not open the door; this one's does.
    QCOMPARE(test(QByteArray(64, 'a')).problem, WebDavClient::Problem::Tls);
    const auto trusted = test(fingerprint);
    QVERIFY2(trusted.ok, qPrintable(trusted.message));
    // And a whole publish over TLS with it.
    RELAIS_VERIFY_OK(m_store->store().publishing().setTrustedCertificate(m_targetId, fingerprint));
    const Outcome o = publish(m_nginx.tlsUrl(), NginxServer::password(), m_at);
    QCOMPARE(o.summary.state, RunState::Done);
    verifyServed(m_at);
}

void TestPublish::commandLinePublishes()
{
    // A database of its own, made by the CLI, and a target added by it.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    auto cli = [&](QStringList args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        args.prepend(db);
        args.prepend(QStringLiteral("--database"));
        p.start(qEnvironmentVariable("RELAIS_CLI"), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return -1;
        }
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("seed"), seedFile() }), 0);
    const QString pw = dir.filePath(QStringLiteral("password"));
    QFile file(pw);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(NginxServer::password().toUtf8() + '\n');
    file.close();
    QVERIFY(file.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QString out, err;
    const QStringList add { QStringLiteral("target"), QStringLiteral("add"),
        QStringLiteral("webdav"), QStringLiteral("Portail"), QStringLiteral("--url"),
        m_nginx.url().toString(), QStringLiteral("--user"), NginxServer::user(),
        QStringLiteral("--password-file"), pw };
    QCOMPARE(cli(add, &out, &err), 1); // readable by the group: refused
    QVERIFY2(err.contains(QStringLiteral("chmod 600")), qPrintable(err));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(cli(add, &out, &err), 0); // no keyring in the tests: said, and the target added
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("list") }, &out), 0);
    QVERIFY(out.contains(m_nginx.url().toString()));
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Portail"),
                     QStringLiteral("--password-file"), pw },
                 &out, &err),
        0);

    QCOMPARE(cli({ QStringLiteral("publish"), QStringLiteral("--dry-run"),
                     QStringLiteral("--password-file"), pw },
                 &out, &err),
        0);
    QVERIFY2(out.contains(QStringLiteral("put index.html")), qPrintable(out));
    QVERIFY(QDir(m_nginx.documentRoot() + QStringLiteral("/site")).isEmpty());

    QCOMPARE(
        cli({ QStringLiteral("publish"), QStringLiteral("--password-file"), pw }, &out, &err), 0);
    const QString last = out.trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY2(last.startsWith(QStringLiteral("published: "))
            && last.endsWith(QStringLiteral(" uploaded, 0 deleted, 0 failed")),
        qPrintable(out + err));
    QCOMPARE(
        cli({ QStringLiteral("publish"), QStringLiteral("--password-file"), pw }, &out, &err), 0);
    QVERIFY2(out.trimmed().endsWith(QStringLiteral("published: 0 uploaded, 0 deleted, 0 failed")),
        qPrintable(out));
    QCOMPARE(cli({ QStringLiteral("publish"), QStringLiteral("--due"),
                     QStringLiteral("--password-file"), pw },
                 &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("nothing became due")), qPrintable(out));

    const QString wrong = dir.filePath(QStringLiteral("wrong"));
    QFile wrongFile(wrong);
    QVERIFY(wrongFile.open(QIODevice::WriteOnly));
    wrongFile.write("nope");
    wrongFile.close();
    QVERIFY(wrongFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Portail"),
                     QStringLiteral("--password-file"), wrong },
                 &out, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("401")), qPrintable(err));
    QCOMPARE(cli({ QStringLiteral("publish"), QStringLiteral("history") }, &out), 0);
    QCOMPARE(out.count(QStringLiteral("\tdone\t")), 2);
    // The password is in no file Relais wrote.
    QFile database(db);
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains(NginxServer::password().toUtf8()));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "test_publish.moc"
