// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What Relais sends to WordPress, and what it takes back from it, without a server: the
// mapping of items to posts (statuses, dates in UTC, categories, the event block, pictures),
// the account's rights, and HTML to Markdown only when nothing is lost. The real server is the
// judge of the rest (tests/core/publish/test_wordpress.cpp).
#include "cannedserver.h"
#include "testsupport.h"

#include "exchange/htmlmarkdown.h"
#include "net/wordpressconnection.h"
#include "publish/wordpressmapping.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QElapsedTimer>
#include <QTimer>
#include <QTest>

#include <thread>

using namespace Relais;

class TestWordPressMapping : public QObject
{
    Q_OBJECT

private slots:
    void statuses();
    void articleToPost();
    void eventToPost();
    void hashChangesOnlyWithTheContent();
    void picturesArePlaced();
    void account();
    void htmlToMarkdown_data();
    void htmlToMarkdown();
    void plainMessage();
    void restRouteUrls();
    void timeoutsAndRetries();
};

void TestWordPressMapping::statuses()
{
    using WordPressMapping::statusOf;
    QCOMPARE(statusOf(Status::Draft, true), QStringLiteral("draft"));
    QCOMPARE(statusOf(Status::Scheduled, true), QStringLiteral("publish"));
    QCOMPARE(statusOf(Status::Published, true), QStringLiteral("publish"));
    QCOMPARE(statusOf(Status::Archived, true), QStringLiteral("private"));
    // A contributor submits for review, whatever the item says; a draft stays a draft.
    QCOMPARE(statusOf(Status::Published, false), QStringLiteral("pending"));
    QCOMPARE(statusOf(Status::Scheduled, false), QStringLiteral("pending"));
    QCOMPARE(statusOf(Status::Draft, false), QStringLiteral("draft"));

    WordPressPost p;
    p.status = QStringLiteral("publish");
    p.date = QDateTime(
        QDate(2027, 3, 28), QTime(1, 30), Qt::UTC); // the night Paris changes to summer time
    QCOMPARE(p.statusAt(p.date.addSecs(-1)), QStringLiteral("future"));
    QCOMPARE(p.statusAt(p.date), QStringLiteral("publish"));
    QCOMPARE(WordPressMapping::gmt(p.date), QStringLiteral("2027-03-28T01:30:00"));
    // A local time is sent as the same instant in UTC.
    const QDateTime paris(QDate(2027, 7, 14), QTime(10, 0), QTimeZone("Europe/Paris"));
    QCOMPARE(WordPressMapping::gmt(paris), QStringLiteral("2027-07-14T08:00:00"));
    QCOMPARE(WordPressMapping::fromGmt(QStringLiteral("2027-07-14T08:00:00")), paris.toUTC());
    QVERIFY(!WordPressMapping::fromGmt(QStringLiteral("demain")).isValid());
}

void TestWordPressMapping::articleToPost()
{
    Article a = Test::sampleArticle(QStringLiteral("Une « bonne » nouvelle : 40 000 €"));
    a.meta.uuid = QUuid::createUuid();
    a.slug = QStringLiteral("une-bonne-nouvelle");
    a.status = Status::Published;
    a.publishAt = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    a.body = QStringLiteral("Texte avec <script>alert(1)</script> et **gras**.");
    a.sections = { QStringLiteral("associations"), QStringLiteral("citoyens") };
    const WordPressPost p = WordPressMapping::fromArticle(a, SiteSettings {}, true);
    QCOMPARE(p.status, QStringLiteral("publish"));
    QCOMPARE(p.date, a.publishAt);
    QCOMPARE(
        p.categories, QStringList({ QStringLiteral("associations"), QStringLiteral("citoyens") }));
    QCOMPARE(p.categoryNames.value(QStringLiteral("associations")), QStringLiteral("Associations"));
    // French typography, as on the site: narrow no-break spaces.
    QVERIFY2(p.title.contains(QStringLiteral("«\u202Fbonne\u202F»")), qPrintable(p.title));
    QVERIFY(p.title.contains(QStringLiteral("40\u202F000")));
    // Raw HTML is not sent unless the editor allowed it.
    QVERIFY2(!p.content.contains(QStringLiteral("<script>")), qPrintable(p.content));
    QVERIFY(p.content.contains(QStringLiteral("<strong>gras</strong>")));
    const QJsonObject json
        = p.toJson(a.publishAt.addDays(1), { { QStringLiteral("associations"), 7 } }, {});
    QCOMPARE(json.value(u"status").toString(), QStringLiteral("publish"));
    QCOMPARE(json.value(u"date_gmt").toString(), QStringLiteral("2026-11-28T09:00:00"));
    QCOMPARE(
        json.value(u"categories").toArray(), QJsonArray({ 7 })); // "citoyens" not known: left out
    QCOMPARE(json.value(u"slug").toString(), QStringLiteral("une-bonne-nouvelle"));

    a.kind = ArticleKind::Testimonial;
    a.language = QStringLiteral("en");
    a.title = QStringLiteral("Good news: here");
    const WordPressPost t = WordPressMapping::fromArticle(a, SiteSettings {}, true);
    QVERIFY(t.categories.contains(QStringLiteral("temoignages")));
    QCOMPARE(t.categoryNames.value(QStringLiteral("temoignages")), QStringLiteral("Témoignages"));
    QCOMPARE(t.title, QStringLiteral("Good news: here")); // no French spaces in English

    a.status = Status::Draft;
    const WordPressPost d = WordPressMapping::fromArticle(a, SiteSettings {}, true);
    QVERIFY(!d.date.isValid()); // WordPress dates a draft itself
    QVERIFY(!d.toJson(a.publishAt, {}, {}).contains(QStringLiteral("date_gmt")));
}

void TestWordPressMapping::eventToPost()
{
    AgendaEntry e = Test::sampleEntry(QStringLiteral("Forum <b>ESS</b>"));
    e.meta.uuid = QUuid::createUuid();
    e.onlineUrl = QStringLiteral("https://visio.example.org/forum");
    e.state = EventState::Postponed;
    const WordPressPost p = WordPressMapping::fromEvent(e, SiteSettings {}, true);
    QVERIFY(p.categories.contains(QStringLiteral("agenda")));
    QVERIFY(p.categories.contains(QStringLiteral("citoyens")));
    QString content = p.content;
    content.replace(QChar(0x202F), u' ').replace(QChar(0xA0), u' ');
    QVERIFY2(
        content.startsWith(QStringLiteral("<div class=\"relais-event\">")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("<strong>Reporté</strong>")));
    // 09:30 UTC on 3 December is 10 h 30 in Paris.
    QVERIFY2(content.contains(QStringLiteral("jeudi 3 décembre 2026 de 10 h 30 à 13 h 30")),
        qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Maison de la vie associative, 2 allée")));
    QVERIFY(content.contains(QStringLiteral("<a href=\"https://visio.example.org/forum\">")));
    QVERIFY(
        content.indexOf(QStringLiteral("</div>")) < content.indexOf(QStringLiteral("Une matinée")));
    // The title is text, never markup.
    QCOMPARE(p.title, QStringLiteral("Forum <b>ESS</b>"));
    e.onlineUrl = QStringLiteral("javascript:alert(1)");
    QVERIFY(!WordPressMapping::fromEvent(e, SiteSettings {}, true)
                 .content.contains(QStringLiteral("javascript")));
}

void TestWordPressMapping::hashChangesOnlyWithTheContent()
{
    Article a = Test::sampleArticle();
    a.meta.uuid = QUuid::createUuid();
    a.status = Status::Scheduled;
    a.publishAt = QDateTime(QDate(2027, 1, 5), QTime(8, 0), Qt::UTC);
    const QByteArray h = WordPressMapping::fromArticle(a, SiteSettings {}, true).hash();
    QCOMPARE(WordPressMapping::fromArticle(a, SiteSettings {}, true).hash(), h);
    // Time passing does not change what is sent (the "future" status is decided when sending).
    a.meta.updatedAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(WordPressMapping::fromArticle(a, SiteSettings {}, true).hash(), h);
    a.summary += QLatin1Char('!');
    QVERIFY(WordPressMapping::fromArticle(a, SiteSettings {}, true).hash() != h);
    a.summary.chop(1);
    QVERIFY(WordPressMapping::fromArticle(a, SiteSettings {}, false).hash()
        != h); // pending, not publish
}

void TestWordPressMapping::picturesArePlaced()
{
    Article a = Test::sampleArticle();
    a.body = QStringLiteral("![Le marché](media/marche-1a2b3c4d.jpg)");
    a.mediaRefs = { QStringLiteral("marche-1a2b3c4d") };
    a.featuredImage = QStringLiteral("marche-1a2b3c4d");
    const WordPressPost p = WordPressMapping::fromArticle(a, SiteSettings {}, true);
    QVERIFY2(p.content.contains(QStringLiteral("src=\"wp-media:marche-1a2b3c4d\"")),
        qPrintable(p.content));
    QVERIFY(!p.content.contains(QStringLiteral("srcset")));
    QCOMPARE(p.media, QStringList { QStringLiteral("marche-1a2b3c4d") });
    const QJsonObject json = p.toJson(QDateTime::currentDateTimeUtc(), {},
        { { QStringLiteral("marche-1a2b3c4d"),
            { 12, QStringLiteral("https://blog.example.org/wp-content/uploads/marche.jpg") } } });
    QVERIFY(json.value(u"content")
                .toString()
                .contains(QStringLiteral("src=\"https://blog.example.org/wp-content/uploads/"
                                         "marche.jpg\" alt=\"Le marché\"")));
    QCOMPARE(json.value(u"featured_media").toInteger(), 12);
}

void TestWordPressMapping::account()
{
    QJsonObject caps;
    caps.insert(QStringLiteral("edit_posts"), true);
    QJsonObject me;
    me.insert(QStringLiteral("id"), 3);
    me.insert(QStringLiteral("slug"), QStringLiteral("contributor"));
    me.insert(QStringLiteral("name"), QStringLiteral("Camille"));
    me.insert(QStringLiteral("roles"), QJsonArray({ QStringLiteral("contributor") }));
    me.insert(QStringLiteral("capabilities"), caps);
    const WordPressAccount a = WordPressAccount::fromJson(me);
    QVERIFY(a.canEdit && !a.canPublish && !a.canUpload);
    QVERIFY2(a.describe().contains(QStringLiteral("only submit posts for review")),
        qPrintable(a.describe()));
    const auto back = WordPressAccount::fromStored(a.toStored());
    QVERIFY(back);
    QCOMPARE(back->login, QStringLiteral("contributor"));
    QCOMPARE(back->canEdit, true);
    QCOMPARE(back->canPublish, false);
    QVERIFY(!WordPressAccount::fromStored(QByteArray("not json")));
}

void TestWordPressMapping::htmlToMarkdown_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("lossless");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("paragraphs") << QStringLiteral("<p>Un.</p>\n\n<p>Deux &amp; trois.</p>") << true
                                << QStringLiteral("Un.\n\nDeux & trois.");
    QTest::newRow("block editor") << QStringLiteral(
        "<!-- wp:paragraph -->\n<p>Du <strong>gras</strong>.</p>\n<!-- /wp:paragraph -->")
                                  << true << QStringLiteral("Du **gras**.");
    QTest::newRow("lists") << QStringLiteral(
        "<ul><li>un</li><li>deux</li></ul><ol><li>a</li><li>b</li></ol>")
                           << true << QStringLiteral("- un\n- deux\n\n1. a\n2. b");
    QTest::newRow("quote and link") << QStringLiteral(
        "<blockquote><p>Dit <a href=\"https://example.org/\">ici</a>.</p></blockquote>")
                                    << true << QStringLiteral("> Dit [ici](https://example.org/).");
    QTest::newRow("markup-like text") << QStringLiteral("<p>2 * 3 = 6 et [pas] un lien</p>") << true
                                      << QStringLiteral("2 \\* 3 = 6 et \\[pas\\] un lien");
    QTest::newRow("table kept") << QStringLiteral("<table><tr><td>a</td></tr></table>") << false
                                << QString();
    QTest::newRow("class kept") << QStringLiteral("<p class=\"has-text-align-center\">Centré</p>")
                                << false << QString();
    QTest::newRow("shortcode kept")
        << QStringLiteral("[gallery ids=\"1,2\"]") << false << QString();
    QTest::newRow("broken nesting kept")
        << QStringLiteral("<p><strong>a</p></strong>") << false << QString();
    QTest::newRow("script kept as HTML, not run")
        << QStringLiteral("<p>a</p><script>x()</script>") << false << QString();
}

void TestWordPressMapping::htmlToMarkdown()
{
    QFETCH(QString, html);
    QFETCH(bool, lossless);
    QFETCH(QString, markdown);
    const auto converted = HtmlMarkdown::fromHtml(html);
    QCOMPARE(converted.lossless, lossless);
    QCOMPARE(converted.text, lossless ? markdown : html);
}

void TestWordPressMapping::plainMessage()
{
    QCOMPARE(WordPressClient::plainMessage(
                 QStringLiteral("<strong>Erreur</strong> : l&#039;image &amp; le texte")),
        QStringLiteral("Erreur : l'image & le texte"));
    QCOMPARE(WordPressClient::plainMessage(QString(1000, u'x')).size(), 300);
}

void TestWordPressMapping::restRouteUrls()
{
    // A site without pretty permalinks says its API is at ?rest_route=/; every route then goes
    // in that parameter.
    Test::CannedServerThread server;
    const QByteArray root = server.url(QStringLiteral("/blog/?rest_route=/")).toString().toUtf8();
    server.set("/blog/", "text/html", "<html></html>",
        "Link: <" + root + ">; rel=\"https://api.w.org/\"\r\n");
    server.set("/blog/?rest_route=/wp/v2/users/me&context=edit", "application/json",
        R"({"id":1,"username":"admin","name":"Admin","roles":["administrator"],
                   "capabilities":{"edit_posts":true,"publish_posts":true,"upload_files":true}})");
    WordPressConnection client(
        server.url(QStringLiteral("/blog")), QStringLiteral("admin"), QStringLiteral("x"), {});
    const auto found = client.discover();
    QVERIFY2(client.apiRoot().isValid(), qPrintable(found.error));
    QCOMPARE(client.apiRoot(), server.url(QStringLiteral("/blog/?rest_route=/")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const auto me = client.get(QStringLiteral("wp/v2/users/me"), q);
    QVERIFY2(me.ok, qPrintable(me.error));
    QCOMPARE(WordPressAccount::fromJson(me.object()).login, QStringLiteral("admin"));
    // Garbage where JSON should be is refused by name, never taken as success.
    server.set(
        "/blog/?rest_route=/wp/v2/posts", "application/json", "{\"id\": 12, trailing garbage");
    const auto posts = client.get(QStringLiteral("wp/v2/posts"));
    QVERIFY(!posts.ok);
    QCOMPARE(posts.problem, WordPressClient::Problem::NotJson);
    QVERIFY2(posts.error.contains(QStringLiteral("GET /wp/v2/posts")), qPrintable(posts.error));
    // An error in WordPress's words is explained in the user's.
    server.setRaw("/blog/?rest_route=/wp/v2/posts/9",
        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 75\r\n\r\n"
        R"({"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"s":1}})");
    const auto gone = client.get(QStringLiteral("wp/v2/posts/9"));
    QCOMPARE(gone.problem, WordPressClient::Problem::Gone);
    QVERIFY2(gone.error.contains(QStringLiteral("deleted there")), qPrintable(gone.error));
}

void TestWordPressMapping::timeoutsAndRetries()
{
    Test::CannedServerThread server;
    server.set("/wp-json/", "application/json", R"({"namespaces":["wp/v2"]})");
    WordPressClient::Options options;
    options.stallMs = 300;
    options.maxTries = 3;
    options.backoffMs = 10;
    WordPressConnection client(
        server.url(QStringLiteral("/")), QStringLiteral("u"), QStringLiteral("p"), {}, options);
    const auto found = client.discover();
    QCOMPARE(client.apiRoot(), server.url(QStringLiteral("/wp-json/")));
    // A server that never answers: a reading is tried again, then given up with words.
    auto r = client.get(QStringLiteral("silent"));
    QCOMPARE(r.problem, WordPressClient::Problem::Timeout);
    QCOMPARE(r.tries, 3);
    QVERIFY2(r.error.contains(QStringLiteral("gave up after 3 tries")), qPrintable(r.error));
    // A creation is never sent twice after a timeout: it may have arrived.
    const int before = client.requests();
    r = client.post(QStringLiteral("silent"),
        QJsonObject { { QStringLiteral("title"), QStringLiteral("x") } }, false);
    QCOMPARE(r.problem, WordPressClient::Problem::Timeout);
    QCOMPARE(client.requests() - before, 1);
    // Busy (503): not processed, so even a creation is sent again.
    server.setRaw("/wp-json/busy",
        "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: application/json\r\n"
        "Content-Length: 2\r\n\r\n{}");
    const int beforeBusy = client.requests();
    r = client.post(QStringLiteral("busy"), QJsonObject {}, false);
    QCOMPARE(r.problem, WordPressClient::Problem::ServerError);
    QCOMPARE(client.requests() - beforeBusy, 3);
    // A redirect on the same server is followed (a moved API); to another server it is not.
    server.setRaw("/wp-json/old",
        "HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nContent-Length: 0\r\n\r\n");
    server.set("/new", "application/json", "{\"moved\": true}");
    r = client.get(QStringLiteral("old"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.object().value(u"moved").toBool(), true);
    server.setRaw("/wp-json/away",
        "HTTP/1.1 302 Found\r\nLocation: http://198.51.100.7/wp-login.php\r\nContent-Length: "
        "0\r\n\r\n");
    r = client.get(QStringLiteral("away"));
    QCOMPARE(r.problem, WordPressClient::Problem::Redirect);
    QVERIFY2(r.error.contains(QStringLiteral("198.51.100.7")), qPrintable(r.error));
    // A batch goes side by side and comes back in the order asked.
    server.set("/wp-json/one", "application/json", "{\"n\": 1}");
    server.set("/wp-json/two", "application/json", "{\"n\": 2}");
    const auto both = client.sendAll({ WordPressClient::Request::get(QStringLiteral("two")),
        WordPressClient::Request::get(QStringLiteral("one")) });
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).object().value(u"n").toInt(), 2);
    QCOMPARE(both.at(1).object().value(u"n").toInt(), 1);
    // A cancel from another thread stops the wait at once, and every later call.
    std::thread canceller([&client] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        client.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    r = client.get(QStringLiteral("silent"));
    canceller.join();
    QCOMPARE(r.problem, WordPressClient::Problem::Cancelled);
    QVERIFY(clock.elapsed() < 300);
    QCOMPARE(client.get(QStringLiteral("one")).problem, WordPressClient::Problem::Cancelled);
}

QTEST_GUILESS_MAIN(TestWordPressMapping)
#include "test_wordpressmapping.moc"
