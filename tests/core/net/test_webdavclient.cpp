// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketransport.h"
#include "net/webdavclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Relais;

// The WebDAV client through a scripted transport: what each answer means and what each method
// sends, with no server. (Against nginx: tests/core/publish.)
class TestWebDavClient : public QObject
{
    Q_OBJECT

private slots:
    void answersMeanWhatTheySay_data();
    void answersMeanWhatTheySay();
    void methodsSendTheirHeaders();
    void aPathThatLeavesTheBaseIsNeverSent();

private:
    using Method = WebDavClient::Method;
    struct Server
    {
        Test::FakeTransport transport;
        WebDavClient client;
        Server()
            : client(QUrl(QStringLiteral("https://dav.example/site/")), QStringLiteral("relais"),
                QStringLiteral("secret"), {}, policy(transport))
        { }
        static WebDavClient::Options policy(Test::FakeTransport &transport)
        {
            WebDavClient::Options o;
            o.maxTries = 2;
            o.backoffMs = 1;
            o.transport = &transport;
            return o;
        }
        WebDavClient::Response run(const WebDavClient::Request &request)
        {
            QSignalSpy done(&client, &WebDavClient::finished);
            client.enqueue(request);
            if (done.isEmpty() && !done.wait(5000))
                qFatal("no answer");
            return done.first().first().value<WebDavClient::Response>();
        }
    };
};

void TestWebDavClient::answersMeanWhatTheySay_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("cutOff");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("tries");
    auto row = [](const char *name, Method m, int status, int problem, const QString &words,
                   int tries = 1, bool cutOff = false) {
        QTest::newRow(name) << int(m) << status << cutOff << problem << words << tries;
    };
    const int ok = int(WebDavClient::Problem::None);
    row("put 201", Method::Put, 201, ok, {});
    row("put 204", Method::Put, 204, ok, {});
    row("mkcol there already", Method::Mkcol, 405, ok, {});
    row("delete gone already", Method::Delete, 404, ok, {});
    row("move 201", Method::Move, 201, ok, {});
    row("password", Method::Put, 401, int(WebDavClient::Problem::Unauthorized),
        QStringLiteral("refused the user name or password (401)"));
    row("no right", Method::Put, 403, int(WebDavClient::Problem::Forbidden),
        QStringLiteral("news/a.html: this user has no right to write there (403)"));
    row("no folder", Method::Put, 409, int(WebDavClient::Problem::NotFound),
        QStringLiteral("no such folder on the server (409)"));
    row("not dav", Method::Mkcol, 501, int(WebDavClient::Problem::NotDav),
        QStringLiteral("does not accept MKCOL; is WebDAV enabled there? (501)"));
    row("moved", Method::Put, 301, int(WebDavClient::Problem::Redirect),
        QStringLiteral("sends elsewhere (301 to https://dav.example/new/)"));
    row("server", Method::Put, 502, int(WebDavClient::Problem::ServerError),
        QStringLiteral("the server failed (502 Reason). (gave up after 2 tries)"), 2);
    row("teapot", Method::Put, 418, int(WebDavClient::Problem::Other),
        QStringLiteral("the server answered 418"));
    row("cut off", Method::Get, 200, int(WebDavClient::Problem::Network),
        QStringLiteral("the answer was cut off. (gave up after 2 tries)"), 2, true);
}

void TestWebDavClient::answersMeanWhatTheySay()
{
    QFETCH(int, method);
    QFETCH(int, status);
    QFETCH(bool, cutOff);
    QFETCH(int, problem);
    QFETCH(QString, words);
    QFETCH(int, tries);
    Server server;
    Test::FakeAnswer answer;
    answer.status = status;
    answer.header("Location", "https://dav.example/new/");
    if (cutOff)
        answer.error = QNetworkReply::RemoteHostClosedError;
    server.transport.script(QStringLiteral("/site/news/a.html"), answer);
    WebDavClient::Request request;
    request.method = Method(method);
    request.path = QStringLiteral("news/a.html");
    request.destination = QStringLiteral("news/b.html");
    request.tag = 42;
    const auto r = server.run(request);
    QCOMPARE(r.tag, quint64(42));
    QCOMPARE(int(r.problem), problem);
    QCOMPARE(r.ok, problem == int(WebDavClient::Problem::None));
    QVERIFY2(r.error.contains(words), qPrintable(r.error));
    QCOMPARE(r.tries, tries);
    QCOMPARE(server.transport.seen.size(), tries);
}

void TestWebDavClient::methodsSendTheirHeaders()
{
    Server server;
    Test::FakeAnswer multi;
    multi.status = 207;
    multi.body = "<multistatus xmlns=\"DAV:\"/>";
    server.transport.script(QStringLiteral("/site/news/"), multi);
    auto r = server.run({ Method::List, QStringLiteral("news/"), {}, {}, 1, {} });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.body, multi.body);
    auto seen = server.transport.seen.last();
    QCOMPARE(seen.verb, QByteArray("PROPFIND"));
    QCOMPARE(seen.request.rawHeader("Depth"), QByteArray("1"));
    QVERIFY(seen.body.contains("<resourcetype/>"));
    QCOMPARE(
        seen.request.rawHeader("Authorization"), "Basic " + QByteArray("relais:secret").toBase64());

    Test::FakeAnswer created;
    created.status = 201;
    server.transport.script(QStringLiteral("/site/news/a.html.part"), created);
    r = server.run({ Method::Move, QStringLiteral("news/a.html.part"), {}, {}, 2,
        QStringLiteral("news/une.html") });
    QVERIFY2(r.ok, qPrintable(r.error));
    seen = server.transport.seen.last();
    QCOMPARE(seen.verb, QByteArray("MOVE"));
    QCOMPARE(seen.request.rawHeader("Destination"),
        QByteArray("https://dav.example/site/news/une.html"));
    QCOMPARE(seen.request.rawHeader("Overwrite"), QByteArray("T"));

    server.transport.script(QStringLiteral("/site/page.html"), created);
    r = server.run({ Method::Put, QStringLiteral("page.html"), {}, "<p>x</p>", 3, {} });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(server.transport.seen.last().body, QByteArray("<p>x</p>"));
    QCOMPARE(server.client.requestsSent(), 3);
}

void TestWebDavClient::aPathThatLeavesTheBaseIsNeverSent()
{
    Server server;
    const auto r = server.run({ Method::Put, QStringLiteral("../../etc/passwd"), {}, "x", 9, {} });
    QCOMPARE(r.problem, WebDavClient::Problem::Local);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(server.transport.seen.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebDavClient)
#include "test_webdavclient.moc"
