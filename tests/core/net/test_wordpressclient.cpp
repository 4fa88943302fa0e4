// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketransport.h"
#include "net/wordpressclient.h"

#include <QJsonObject>
#include <QTest>

using namespace Relais;

// The WordPress client through a scripted transport: what each answer of a site means, with
// no server. (Against a real WordPress: tests/core/publish, label "wordpress".)
class TestWordPressClient : public QObject
{
    Q_OBJECT

private slots:
    void findsTheApiFromTheLinkHeader();
    void findsTheApiAtTheUsualPlaces();
    void refusesAnApiOnAnotherServer();
    void saysWhenThereIsNoApi();
    void explainsWordPressErrors_data();
    void explainsWordPressErrors();
    void followsRedirectsOnlyOnTheSameServer();
    void uploadsNameTheirFile();

private:
    struct Site
    {
        Test::FakeTransport transport;
        WordPressClient client;
        explicit Site(const QString &url = QStringLiteral("https://news.example/"))
            : client(QUrl(url), QStringLiteral("editor"), QStringLiteral("app pass"), {},
                policy(transport))
        { }
        static WordPressClient::Options policy(Test::FakeTransport &transport)
        {
            WordPressClient::Options o;
            o.maxTries = 2;
            o.backoffMs = 1;
            o.stallMs = 2000;
            o.transport = &transport;
            return o;
        }
        WordPressClient::Reply discover()
        {
            return wait([this](WordPressClient::Done done) { client.discover(done); });
        }
        WordPressClient::Reply send(const WordPressClient::Request &request)
        {
            return wait([&](WordPressClient::Done done) { client.send(request, done); });
        }
        // The test is the caller that waits.
        static WordPressClient::Reply wait(const std::function<void(WordPressClient::Done)> &start)
        {
            std::optional<WordPressClient::Reply> reply;
            start([&reply](const WordPressClient::Reply &r) { reply = r; });
            if (!QTest::qWaitFor([&] { return reply.has_value(); }, 5000))
                qFatal("no answer");
            return *reply;
        }
    };
};

void TestWordPressClient::findsTheApiFromTheLinkHeader()
{
    Site site;
    Test::FakeAnswer page;
    page.header("Link", "<https://news.example/wp-json/>; rel=\"https://api.w.org/\"");
    site.transport.script(QStringLiteral("/"), page);
    const auto r = site.discover();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(site.client.apiRoot(), QUrl(QStringLiteral("https://news.example/wp-json/")));
    QCOMPARE(site.transport.seen.size(), 1);
    QCOMPARE(site.transport.seen.first().verb, QByteArray("HEAD"));
    // Basic authentication with the application password goes with every call.
    QCOMPARE(site.transport.seen.first().request.rawHeader("Authorization"),
        "Basic " + QByteArray("editor:app pass").toBase64());
    QCOMPARE(site.client.urlOf(QStringLiteral("wp/v2/posts")),
        QUrl(QStringLiteral("https://news.example/wp-json/wp/v2/posts")));
}

void TestWordPressClient::findsTheApiAtTheUsualPlaces()
{
    Site site(QStringLiteral("https://news.example/blog"));
    site.transport.script(QStringLiteral("/blog/wp-json/"), Test::FakeAnswer::json("[]", 404));
    site.transport.script(QStringLiteral("/blog/?rest_route=/"),
        Test::FakeAnswer::json(R"({"namespaces":["wp/v2"]})"));
    const auto r = site.discover();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(
        site.client.apiRoot(), QUrl(QStringLiteral("https://news.example/blog/?rest_route=/")));
    QCOMPARE(site.client.urlOf(QStringLiteral("wp/v2/posts")).query(QUrl::FullyDecoded),
        QStringLiteral("rest_route=/wp/v2/posts"));
}

void TestWordPressClient::refusesAnApiOnAnotherServer()
{
    Site site;
    Test::FakeAnswer page;
    page.header("Link", "<https://collector.example/wp-json/>; rel=\"https://api.w.org/\"");
    site.transport.script(QStringLiteral("/"), page);
    const auto r = site.discover();
    QCOMPARE(r.problem, WordPressClient::Problem::Redirect);
    QVERIFY2(r.error.contains(QStringLiteral("collector.example")), qPrintable(r.error));
    QVERIFY(!site.client.apiRoot().isValid());
    QCOMPARE(site.transport.seen.size(), 1); // the password went nowhere else
}

void TestWordPressClient::saysWhenThereIsNoApi()
{
    Site site;
    Test::FakeAnswer html;
    html.body = "<html>Welcome</html>";
    html.header("Content-Type", "text/html");
    site.transport.script(QStringLiteral("/wp-json/"), html);
    site.transport.script(QStringLiteral("/?rest_route=/"), html);
    const auto r = site.discover();
    QCOMPARE(r.problem, WordPressClient::Problem::NoApi);
    QVERIFY2(r.error.startsWith(QStringLiteral("No WordPress REST API was found at "
                                               "https://news.example/")),
        qPrintable(r.error));
}

void TestWordPressClient::explainsWordPressErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("tries");
    const QByteArray json = "application/json";
    QTest::newRow("ok") << 200 << json << QByteArray(R"({"id":7})")
                        << int(WordPressClient::Problem::None) << QString() << 1;
    QTest::newRow("garbage") << 200 << json << QByteArray("{\"id\": 7, oops")
                             << int(WordPressClient::Problem::NotJson)
                             << QStringLiteral("GET /wp/v2/posts/7: the answer is not valid JSON")
                             << 1;
    QTest::newRow("login page") << 200 << QByteArray("text/html")
                                << QByteArray("<html>login</html>")
                                << int(WordPressClient::Problem::NotJson)
                                << QStringLiteral("a login page") << 1;
    QTest::newRow("password") << 401 << json
                              << QByteArray(
                                     R"({"code":"incorrect_password","message":"<b>Bad</b>"})")
                              << int(WordPressClient::Problem::Unauthorized)
                              << QStringLiteral("401 incorrect_password: Bad") << 1;
    QTest::newRow("gone") << 404 << json
                          << QByteArray(R"({"code":"rest_post_invalid_id","message":"x"})")
                          << int(WordPressClient::Problem::Gone) << QStringLiteral("deleted there")
                          << 1;
    QTest::newRow("role") << 403 << json
                          << QByteArray(R"({"code":"rest_cannot_edit","message":"No."})")
                          << int(WordPressClient::Problem::Forbidden)
                          << QStringLiteral("the role of this user") << 1;
    QTest::newRow("too large") << 413 << QByteArray("text/html") << QByteArray("<html/>")
                               << int(WordPressClient::Problem::TooLarge)
                               << QStringLiteral("too large (413)") << 1;
    QTest::newRow("server") << 500 << QByteArray("text/html") << QByteArray("<html/>")
                            << int(WordPressClient::Problem::ServerError)
                            << QStringLiteral("(gave up after 2 tries)") << 2;
}

void TestWordPressClient::explainsWordPressErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(int, problem);
    QFETCH(QString, words);
    QFETCH(int, tries);
    Site site;
    site.client.setApiRoot(QUrl(QStringLiteral("https://news.example/wp-json/")));
    Test::FakeAnswer answer;
    answer.status = status;
    answer.body = body;
    answer.header("Content-Type", type);
    site.transport.script(QStringLiteral("/wp-json/wp/v2/posts/7"), answer);
    const auto r = site.send(WordPressClient::Request::get(QStringLiteral("wp/v2/posts/7")));
    QCOMPARE(int(r.problem), problem);
    QCOMPARE(r.ok, problem == int(WordPressClient::Problem::None));
    QVERIFY2(r.error.contains(words), qPrintable(r.error));
    QCOMPARE(r.tries, tries);
    QVERIFY(r.error.size() < 400);
}

void TestWordPressClient::followsRedirectsOnlyOnTheSameServer()
{
    Site site;
    site.client.setApiRoot(QUrl(QStringLiteral("https://news.example/wp-json/")));
    Test::FakeAnswer moved;
    moved.status = 301;
    moved.header("Location", "/api/wp/v2/posts");
    site.transport.script(QStringLiteral("/wp-json/wp/v2/posts"), moved);
    site.transport.script(QStringLiteral("/api/wp/v2/posts"), Test::FakeAnswer::json("[]"));
    auto r = site.send(WordPressClient::Request::get(QStringLiteral("wp/v2/posts")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(
        site.transport.seen.last().request.rawHeader("Accept"), QByteArray("application/json"));

    Test::FakeAnswer down;
    down.status = 302;
    down.header("Location", "http://news.example/wp-json/wp/v2/users/me");
    site.transport.script(QStringLiteral("/wp-json/wp/v2/users/me"), down);
    r = site.send(WordPressClient::Request::get(QStringLiteral("wp/v2/users/me")));
    QCOMPARE(r.problem, WordPressClient::Problem::Redirect); // never down to http
    const auto before = site.transport.seen.size();

    Test::FakeAnswer loop;
    loop.status = 302;
    loop.header("Location", "/wp-json/wp/v2/tags");
    site.transport.script(QStringLiteral("/wp-json/wp/v2/tags"), loop);
    r = site.send(WordPressClient::Request::get(QStringLiteral("wp/v2/tags")));
    QCOMPARE(r.problem, WordPressClient::Problem::Redirect); // a loop ends
    QCOMPARE(site.transport.seen.size() - before, 4);
}

void TestWordPressClient::uploadsNameTheirFile()
{
    Site site;
    site.client.setApiRoot(QUrl(QStringLiteral("https://news.example/wp-json/")));
    site.transport.script(QStringLiteral("/wp-json/wp/v2/media"),
        Test::FakeAnswer::json(R"({"id":31,"source_url":"https://news.example/a.jpg"})", 201));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("alt_text"), QStringLiteral("Le marché"));
    const auto r = site.send(
        WordPressClient::Request::upload(QStringLiteral("marche.jpg"), "image/jpeg", "JPEG", q));
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto &seen = site.transport.seen.last();
    QCOMPARE(seen.verb, QByteArray("POST"));
    QCOMPARE(seen.body, QByteArray("JPEG"));
    QCOMPARE(seen.request.rawHeader("Content-Disposition"),
        QByteArray("attachment; filename=\"marche.jpg\""));
    QCOMPARE(seen.request.rawHeader("Content-Type"), QByteArray("image/jpeg"));
    QCOMPARE(QUrlQuery(seen.url).queryItemValue(QStringLiteral("alt_text"), QUrl::FullyDecoded),
        QStringLiteral("Le marché"));
    // A creation: a server failure is not followed by a second picture.
    site.transport.script(
        QStringLiteral("/wp-json/wp/v2/media"), Test::FakeAnswer::json("{}", 500));
    const auto before = site.transport.seen.size();
    QVERIFY(
        !site.send(WordPressClient::Request::upload(QStringLiteral("b.jpg"), "image/jpeg", "J", {}))
             .ok);
    QCOMPARE(site.transport.seen.size() - before, 1);
}

QTEST_GUILESS_MAIN(TestWordPressClient)
#include "test_wordpressclient.moc"
