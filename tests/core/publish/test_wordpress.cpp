// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing to a real WordPress (tests/wordpress/wordpress-server, started once for these tests
// by a CTest fixture): posts, categories, schedules, pictures, a contributor's pending post,
// conflicts made behind Relais's back, trash and restore, import. The server is checked with
// plain HTTP requests of the test's own, not with the client under test.
#include "commandline.h"
#include "media/webimage.h"
#include "moderation/moderation.h"
#include "publish/wordpresspublisher.h"
#include "storage/store.h"
#include "testsupport.h"
#include "cannedserver.h"
#include "nginxserver.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Relais;
using namespace Relais::Test;
using Action = WordPressPublisher::Action;

namespace {

QHash<QString, QString> wordpressEnv()
{
    return readKeyValues(qEnvironmentVariable("RELAIS_WP_ENV"));
}

QString unique(const QString &title)
{
    return title + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// The test's own look at the server.
struct Rest
{
    QString url;
    QByteArray authorization;

    QPair<int, QJsonDocument> call(
        const QByteArray &verb, const QString &route, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(url + QStringLiteral("/wp-json/") + route));
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return { status, json };
    }
    QJsonObject post(qint64 id)
    {
        return call("GET", QStringLiteral("wp/v2/posts/%1?context=edit").arg(id)).second.object();
    }
};

class Fixture
{
public:
    explicit Fixture(const QString &who = QStringLiteral("EDITOR"))
    {
        env = wordpressEnv();
        user = env.value(QStringLiteral("WP_%1_USER").arg(who));
        password = env.value(QStringLiteral("WP_%1_APP_PASSWORD").arg(who));
        target.name = QStringLiteral("wp");
        target.kind = QStringLiteral("wordpress");
        target.url = QUrl(env.value(QStringLiteral("WP_URL")));
        target.username = user;
        auto added = store->publishing().addTarget(target);
        if (added)
            target = *added;
        admin.url = env.value(QStringLiteral("WP_URL"));
        admin.authorization = "Basic "
            + QByteArray(env.value(QStringLiteral("WP_ADMIN_USER")).toUtf8() + ':'
                + env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toUtf8())
                  .toBase64();
    }
    bool ready() const { return !user.isEmpty() && target.id > 0; }
    WordPressPublisher::Summary publish(const QDateTime &now = QDateTime::currentDateTimeUtc(),
        WordPressPublisher::Options options = {})
    {
        WordPressPublisher publisher(store.path(), target, password, options);
        return publisher.run(now);
    }
    WordPressPublisher::Plan plan(const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        WordPressPublisher publisher(store.path(), target, password);
        auto p = publisher.prepare(now);
        if (!p)
            qWarning() << p.error().message;
        return p ? *p : WordPressPublisher::Plan {};
    }
    qint64 remoteId(const QUuid &item)
    {
        auto l = store->wordpress().link(target.id, item);
        return l && l->has_value() ? (*l)->remoteId : 0;
    }
    Article published(const QString &title)
    {
        Article a = sampleArticle(unique(title));
        a.status = Status::Published;
        a.publishAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        auto saved = store->articles().create(a);
        return saved ? *saved : a;
    }

    TempStore store;
    QHash<QString, QString> env;
    QString user;
    QString password;
    PublishTarget target;
    Rest admin;
};

// A statement in WordPress's own database (the test server's MariaDB, on its socket).
bool sql(const QString &statement)
{
    const QString dir = QFileInfo(qEnvironmentVariable("RELAIS_WP_ENV")).absolutePath();
    QProcess mariadb;
    mariadb.start(QStringLiteral("mariadb"),
        { QStringLiteral("--no-defaults"),
            QStringLiteral("--socket=") + dir + QStringLiteral("/run/mysql.sock"),
            QStringLiteral("-uroot"), QStringLiteral("wordpress"), QStringLiteral("-e"),
            statement });
    if (!mariadb.waitForFinished(30000) || mariadb.exitCode() != 0) {
        qWarning() << mariadb.readAllStandardError();
        return false;
    }
    return true;
}

QString summaryText(const WordPressPublisher::Summary &s)
{
    return QStringLiteral(
        "state %1, created %2, updated %3, conflicts %4, gone %5, failed %6, errors: %7")
        .arg(RunStates::toString(s.state))
        .arg(s.created)
        .arg(s.updated)
        .arg(s.conflicts)
        .arg(s.gone)
        .arg(s.failed)
        .arg(s.errors.join(QStringLiteral(" | ")));
}

#define REQUIRE_SERVER(f)                                                                          \
    QVERIFY2((f).ready(),                                                                          \
        "no WordPress: RELAIS_WP_ENV must name the wordpress.env of a running "                    \
        "tests/wordpress/wordpress-server")

} // namespace

class TestWordPress : public QObject
{
    Q_OBJECT

private slots:
    void publishesUpdatesAndSendsNothingTwice();
    void agendaAndTestimonialsGoToTheirCategories();
    void schedulesInUtcAndKeepsAMissedSchedule();
    void contributorSubmitsForReview();
    void picturesUploadedOnceWithAltText();
    void conflictIsNeverOverwritten();
    void takeTheirsAdoptsTheServerVersion();
    void trashAndRestore();
    void postDeletedOnServerIsReportedNotRecreated();
    void importsExistingPosts();
    void wrongPasswordAndWrongServerAreSaid();
    void pendingPostsAreSubmissions();
    void interruptedCreationIsNotMadeTwice();
    void commandLine();
};

void TestWordPress::publishesUpdatesAndSendsNothingTwice()
{
    Fixture f;
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Coopératives"));
    Article draft = sampleArticle(unique(QStringLiteral("Brouillon")));
    draft = *f.store->articles().create(draft);

    auto s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QVERIFY(s.created >= 2);
    QVERIFY2(s.writes >= s.created,
        qPrintable(QStringLiteral("%1 writes counted").arg(s.writes))); // the senders' too
    const qint64 id = f.remoteId(a.meta.uuid);
    QVERIFY(id > 0);
    QJsonObject post = f.admin.post(id);
    QCOMPARE(post.value(u"status").toString(), QStringLiteral("publish"));
    QCOMPARE(post.value(u"title").toObject().value(u"raw").toString(), a.title);
    QCOMPARE(post.value(u"slug").toString(), a.slug);
    QVERIFY(post.value(u"content")
                .toObject()
                .value(u"raw")
                .toString()
                .contains(QStringLiteral("<strong>GRIEP</strong>")));
    QCOMPARE(post.value(u"excerpt").toObject().value(u"raw").toString(), a.summary);
    QCOMPARE(post.value(u"date_gmt").toString(),
        a.publishAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    // The section is a category, made on the server and matched by slug.
    auto categories
        = f.admin.call("GET", QStringLiteral("wp/v2/categories?slug=associations")).second.array();
    QCOMPARE(categories.size(), 1);
    QVERIFY(post.value(u"categories").toArray().contains(categories.at(0).toObject().value(u"id")));
    QCOMPARE(f.admin.post(f.remoteId(draft.meta.uuid)).value(u"status").toString(),
        QStringLiteral("draft"));

    // Nothing changed: not one write request.
    s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QCOMPARE(s.writes, 0);
    QCOMPARE(s.created + s.updated, 0);

    // A change here goes there, to the same post.
    a.body = QStringLiteral("Nouveau texte, *mis à jour*.");
    a = *f.store->articles().update(a);
    s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QCOMPARE(s.updated, 1);
    QCOMPARE(s.created, 0);
    QCOMPARE(f.remoteId(a.meta.uuid), id);
    QVERIFY(f.admin.post(id)
                .value(u"content")
                .toObject()
                .value(u"raw")
                .toString()
                .contains(QStringLiteral("<em>mis à jour</em>")));
    QCOMPARE(f.publish().writes, 0);
}

void TestWordPress::agendaAndTestimonialsGoToTheirCategories()
{
    Fixture f;
    REQUIRE_SERVER(f);
    AgendaEntry e = sampleEntry(unique(QStringLiteral("Forum")));
    e.publishAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    e = *f.store->agenda().create(e);
    Article t = sampleArticle(unique(QStringLiteral("Témoignage")));
    t.kind = ArticleKind::Testimonial;
    t.status = Status::Published;
    t = *f.store->articles().create(t);
    auto s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));

    auto slugOf = [&](qint64 categoryId) {
        return f.admin.call("GET", QStringLiteral("wp/v2/categories/%1").arg(categoryId))
            .second.object()
            .value(u"slug")
            .toString();
    };
    const QJsonObject event = f.admin.post(f.remoteId(e.meta.uuid));
    QStringList slugs;
    for (const QJsonValue &c : event.value(u"categories").toArray())
        slugs.append(slugOf(c.toInteger()));
    QVERIFY2(slugs.contains(QStringLiteral("agenda")) && slugs.contains(QStringLiteral("citoyens")),
        qPrintable(slugs.join(u',')));
    QString content = event.value(u"content").toObject().value(u"raw").toString();
    content.replace(QChar(0x202F), u' ').replace(QChar(0xA0), u' '); // French typography's spaces
    // The date, time and place first: 3 December 2026 09:30 UTC is 10 h 30 in Paris.
    QVERIFY2(
        content.startsWith(QStringLiteral("<div class=\"relais-event\">")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("jeudi 3 décembre 2026 de 10 h 30 à 13 h 30")),
        qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Maison de la vie associative")));
    QVERIFY(content.indexOf(QStringLiteral("Soissons"))
        < content.indexOf(QStringLiteral("Une matinée")));

    const QJsonObject testimonial = f.admin.post(f.remoteId(t.meta.uuid));
    slugs.clear();
    for (const QJsonValue &c : testimonial.value(u"categories").toArray())
        slugs.append(slugOf(c.toInteger()));
    QVERIFY2(slugs.contains(QStringLiteral("temoignages")), qPrintable(slugs.join(u',')));
    auto cat
        = f.admin.call("GET", QStringLiteral("wp/v2/categories?slug=temoignages")).second.array();
    QCOMPARE(cat.at(0).toObject().value(u"name").toString(), QStringLiteral("Témoignages"));
}

void TestWordPress::schedulesInUtcAndKeepsAMissedSchedule()
{
    Fixture f;
    REQUIRE_SERVER(f);
    // Scheduled for a Paris time in summer: sent as UTC, never shifted by a zone or DST.
    Article later = sampleArticle(unique(QStringLiteral("Plus tard")));
    later.status = Status::Scheduled;
    later.publishAt = QDateTime(QDate(2027, 7, 14), QTime(8, 0), Qt::UTC); // 10:00 in Paris
    later = *f.store->articles().create(later);
    // Due in two minutes (WordPress publishes at once what is due within a minute).
    const QDateTime start = QDateTime::currentDateTimeUtc();
    Article soon = sampleArticle(unique(QStringLiteral("Bientôt")));
    soon.status = Status::Scheduled;
    soon.publishAt = start.addSecs(120);
    soon = *f.store->articles().create(soon);

    auto s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QJsonObject post = f.admin.post(f.remoteId(later.meta.uuid));
    QCOMPARE(post.value(u"status").toString(), QStringLiteral("future"));
    QCOMPARE(post.value(u"date_gmt").toString(), QStringLiteral("2027-07-14T08:00:00"));
    QCOMPARE(post.value(u"date").toString(),
        QStringLiteral("2027-07-14T08:00:00")); // the site's zone is UTC
    const qint64 soonId = f.remoteId(soon.meta.uuid);
    QCOMPARE(f.admin.post(soonId).value(u"status").toString(), QStringLiteral("future"));

    // Ten minutes later WordPress has not published it: its cron runs only when somebody visits
    // (and is off on the test site). The test moves the post's time into the past in WordPress's
    // own database, as a quiet site's clock would have.
    const QString due = start.addSecs(-600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY(sql(
        QStringLiteral("UPDATE wp_posts SET post_date = '%1', post_date_gmt = '%1' WHERE ID = %2")
            .arg(due)
            .arg(soonId)));
    QCOMPARE(f.admin.post(soonId).value(u"status").toString(), QStringLiteral("future"));
    const QDateTime later10 = start.addSecs(180);
    QCOMPARE(f.plan(later10).count(Action::ForcePublish), 1);
    s = f.publish(later10);
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QCOMPARE(s.forced, 1);
    post = f.admin.post(soonId);
    QCOMPARE(post.value(u"status").toString(), QStringLiteral("publish"));
    QCOMPARE(post.value(u"date_gmt").toString(),
        start.addSecs(-600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    auto log = f.store->wordpress().logOf(f.target.id);
    QVERIFY(log);
    QVERIFY(std::any_of(log->cbegin(), log->cend(), [&](const WordPressLogEntry &e) {
        return e.action == u"forced-publish" && e.item == soon.meta.uuid;
    }));
    // The one still to come is left alone; and nothing more to do.
    QCOMPARE(f.admin.post(f.remoteId(later.meta.uuid)).value(u"status").toString(),
        QStringLiteral("future"));
    QCOMPARE(f.publish(later10).writes, 0);
}

void TestWordPress::contributorSubmitsForReview()
{
    Fixture f(QStringLiteral("CONTRIBUTOR"));
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Proposition"));
    const auto plan = f.plan();
    QVERIFY(plan.account.canEdit);
    QVERIFY(!plan.account.canPublish);
    QVERIFY(plan.account.roles.contains(QStringLiteral("contributor")));
    auto s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QCOMPARE(f.admin.post(f.remoteId(a.meta.uuid)).value(u"status").toString(),
        QStringLiteral("pending"));
    auto stored = f.store->publishing().target(f.target.id);
    QVERIFY(stored);
    QVERIFY(!WordPressAccount::fromStored(stored->account)
                 ->canPublish); // the window says "Submit for review"
}

void TestWordPress::picturesUploadedOnceWithAltText()
{
    Fixture f;
    REQUIRE_SERVER(f);
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(0, 105, 92));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    auto media = WebImage::store(f.store->media(),
        unique(QStringLiteral("atelier")) + QStringLiteral(".jpg"), jpeg,
        QStringLiteral("L’atelier vélo"));
    QVERIFY2(media, qPrintable(media ? QString() : media.error().message));
    Article a = sampleArticle(unique(QStringLiteral("Atelier")));
    a.status = Status::Published;
    a.body = QStringLiteral("Avant.\n\n![L’atelier vélo](%1)\n\nAprès.").arg(media->path());
    a.featuredImage = media->name;
    a = *f.store->articles().create(a);
    Article b = sampleArticle(unique(QStringLiteral("Atelier encore")));
    b.status = Status::Published;
    b.featuredImage = media->name;
    b = *f.store->articles().create(b);
    // A second picture: two to send, so they go ahead of the posts, side by side.
    image.fill(QColor(178, 60, 23));
    QByteArray png;
    QBuffer pngBuffer(&png);
    pngBuffer.open(QIODevice::WriteOnly);
    image.save(&pngBuffer, "PNG");
    auto other = WebImage::store(f.store->media(),
        unique(QStringLiteral("affiche")) + QStringLiteral(".png"), png,
        QStringLiteral("L’affiche du forum"));
    QVERIFY(other);
    Article c = sampleArticle(unique(QStringLiteral("Affiche")));
    c.status = Status::Published;
    c.body = QStringLiteral("![L’affiche du forum](%1)").arg(other->path());
    c = *f.store->articles().create(c);

    auto s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QCOMPARE(s.mediaUploaded, 2); // two pictures, three posts
    const QJsonObject post = f.admin.post(f.remoteId(a.meta.uuid));
    const qint64 featured = post.value(u"featured_media").toInteger();
    QVERIFY(featured > 0);
    QCOMPARE(f.admin.post(f.remoteId(b.meta.uuid)).value(u"featured_media").toInteger(), featured);
    const QString poster = f.admin.post(f.remoteId(c.meta.uuid))
                               .value(u"content")
                               .toObject()
                               .value(u"raw")
                               .toString();
    QVERIFY2(
        poster.contains(QStringLiteral(".png\" alt=\"L’affiche du forum\"")), qPrintable(poster));
    const QJsonObject picture
        = f.admin.call("GET", QStringLiteral("wp/v2/media/%1?context=edit").arg(featured))
              .second.object();
    QCOMPARE(picture.value(u"alt_text").toString(), QStringLiteral("L’atelier vélo"));
    const QString url = picture.value(u"source_url").toString();
    QVERIFY(!url.isEmpty());
    const QString content = post.value(u"content").toObject().value(u"raw").toString();
    QVERIFY2(content.contains(QStringLiteral("src=\"%1\"").arg(url)), qPrintable(content));
    QVERIFY(!content.contains(QStringLiteral("wp-media:")));
    QCOMPARE(f.publish().writes, 0);
}

void TestWordPress::conflictIsNeverOverwritten()
{
    Fixture f;
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Conflit"));
    QCOMPARE(f.publish().state, RunState::Done);
    const qint64 id = f.remoteId(a.meta.uuid);

    // WordPress's modified_gmt counts whole seconds: an edit behind Relais's back in the same
    // second as its own write would not show (no person edits that fast; a test does).
    QTest::qWait(1100);
    // Someone edits the post in WordPress…
    QJsonObject theirs;
    theirs.insert(QStringLiteral("title"), QStringLiteral("Titre changé dans WordPress"));
    theirs.insert(QStringLiteral("content"), QStringLiteral("<p>Leur texte.</p>"));
    QCOMPARE(f.admin.call("POST", QStringLiteral("wp/v2/posts/%1").arg(id), theirs).first, 200);
    // …and nothing changed here: their change stays, nothing is written.
    auto s = f.publish();
    QCOMPARE(s.writes, 0);
    QCOMPARE(f.admin.post(id).value(u"title").toObject().value(u"raw").toString(),
        QStringLiteral("Titre changé dans WordPress"));

    // Both changed: stop for that item.
    a.title = a.title + QStringLiteral(" (revu)");
    a = *f.store->articles().update(a);
    QCOMPARE(f.plan().count(Action::Conflict), 1);
    s = f.publish();
    QCOMPARE(s.conflicts, 1);
    QCOMPARE(s.updated, 0);
    QCOMPARE(f.admin.post(id).value(u"title").toObject().value(u"raw").toString(),
        QStringLiteral("Titre changé dans WordPress"));
    auto unsettled = f.store->wordpress().unsettled(f.target.id);
    QVERIFY(unsettled);
    QCOMPARE(unsettled->size(), 1);
    const QJsonObject stored = QJsonDocument::fromJson(unsettled->at(0).theirs).object();
    QCOMPARE(stored.value(u"title").toString(), QStringLiteral("Titre changé dans WordPress"));
    QCOMPARE(stored.value(u"content").toString(), QStringLiteral("<p>Leur texte.</p>"));
    // Still a conflict on the next run, until the user decides.
    QCOMPARE(f.publish().updated, 0);

    // Keep mine: the next publish writes this version.
    QVERIFY(WordPressPublisher::settle(
        f.store.store(), f.target, a.meta.uuid, WordPressPublisher::Resolution::KeepMine));
    s = f.publish();
    QVERIFY2(s.state == RunState::Done && s.updated == 1, qPrintable(summaryText(s)));
    QCOMPARE(f.admin.post(id).value(u"title").toObject().value(u"raw").toString(), a.title);
    QCOMPARE(f.publish().writes, 0);
}

void TestWordPress::takeTheirsAdoptsTheServerVersion()
{
    Fixture f;
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Version"));
    QCOMPARE(f.publish().state, RunState::Done);
    const qint64 id = f.remoteId(a.meta.uuid);
    // WordPress's modified_gmt counts whole seconds: an edit behind Relais's back in the same
    // second as its own write would not show (no person edits that fast; a test does).
    QTest::qWait(1100);
    QJsonObject theirs;
    theirs.insert(QStringLiteral("title"), QStringLiteral("Leur titre"));
    theirs.insert(QStringLiteral("content"),
        QStringLiteral("<!-- wp:paragraph -->\n<p>Un <strong>texte</strong> revu.</p>\n<!-- "
                       "/wp:paragraph -->"));
    QCOMPARE(f.admin.call("POST", QStringLiteral("wp/v2/posts/%1").arg(id), theirs).first, 200);
    a.body = QStringLiteral("Notre version.");
    a = *f.store->articles().update(a);
    QCOMPARE(f.publish().conflicts, 1);

    QVERIFY(WordPressPublisher::settle(
        f.store.store(), f.target, a.meta.uuid, WordPressPublisher::Resolution::TakeTheirs));
    const Article after = *f.store->articles().load(a.meta.uuid);
    QCOMPARE(after.title, QStringLiteral("Leur titre"));
    QCOMPARE(after.body, QStringLiteral("Un **texte** revu."));
    QVERIFY(!after.allowRawHtml);
    const auto s = f.publish();
    QCOMPARE(s.writes, 0); // the server has it already
    QCOMPARE(s.conflicts, 0);
}

void TestWordPress::trashAndRestore()
{
    Fixture f;
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Corbeille"));
    QCOMPARE(f.publish().state, RunState::Done);
    const qint64 id = f.remoteId(a.meta.uuid);
    QVERIFY(f.store->articles().moveToTrash({ a.meta.id }));
    auto s = f.publish();
    QVERIFY2(s.state == RunState::Done && s.trashed == 1, qPrintable(summaryText(s)));
    QJsonObject post = f.admin.post(id);
    QCOMPARE(
        post.value(u"status").toString(), QStringLiteral("trash")); // in the trash, not deleted
    QCOMPARE(f.publish().writes, 0);

    QVERIFY(f.store->articles().restore({ a.meta.id }));
    s = f.publish();
    QVERIFY2(s.state == RunState::Done && s.restored == 1, qPrintable(summaryText(s)));
    post = f.admin.post(id);
    QCOMPARE(post.value(u"status").toString(), QStringLiteral("publish"));
    QCOMPARE(post.value(u"slug").toString(), a.slug); // not "…__trashed"
    QCOMPARE(f.publish().writes, 0);
}

void TestWordPress::postDeletedOnServerIsReportedNotRecreated()
{
    Fixture f;
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Supprimé"));
    QCOMPARE(f.publish().state, RunState::Done);
    const qint64 id = f.remoteId(a.meta.uuid);
    QCOMPARE(
        f.admin.call("DELETE", QStringLiteral("wp/v2/posts/%1?force=true").arg(id)).first, 200);
    a.body = QStringLiteral("Changé après la suppression.");
    a = *f.store->articles().update(a);
    QCOMPARE(f.plan().count(Action::Gone), 1);
    auto s = f.publish();
    QCOMPARE(s.gone, 1);
    QCOMPARE(s.created, 0);
    QCOMPARE(s.writes, 0);
    QCOMPARE(f.admin.call("GET", QStringLiteral("wp/v2/posts/%1").arg(id)).first, 404);

    QVERIFY(WordPressPublisher::settle(
        f.store.store(), f.target, a.meta.uuid, WordPressPublisher::Resolution::Recreate));
    s = f.publish();
    QVERIFY2(s.state == RunState::Done && s.created == 1, qPrintable(summaryText(s)));
    QVERIFY(f.remoteId(a.meta.uuid) != id);
}

void TestWordPress::importsExistingPosts()
{
    Fixture f(QStringLiteral("ADMIN"));
    REQUIRE_SERVER(f);
    const QString simpleTitle = unique(QStringLiteral("Existant"));
    QJsonObject simple;
    simple.insert(QStringLiteral("title"), simpleTitle);
    simple.insert(QStringLiteral("status"), QStringLiteral("publish"));
    simple.insert(QStringLiteral("content"),
        QStringLiteral("<!-- wp:heading -->\n<h2>Un titre</h2>\n<!-- /wp:heading -->\n\n<!-- "
                       "wp:paragraph -->\n"
                       "<p>Du <em>texte</em> et un <a "
                       "href=\"https://example.org/\">lien</a>.</p>\n<!-- /wp:paragraph -->"));
    auto created = f.admin.call("POST", QStringLiteral("wp/v2/posts"), simple);
    QCOMPARE(created.first, 201);
    const QString tableTitle = unique(QStringLiteral("Tableau"));
    QJsonObject table;
    table.insert(QStringLiteral("title"), tableTitle);
    table.insert(QStringLiteral("status"), QStringLiteral("draft"));
    const QString tableHtml = QStringLiteral(
        "<figure class=\"wp-block-table\"><table><tr><td>a</td></tr></table></figure>");
    table.insert(QStringLiteral("content"), tableHtml);
    QCOMPARE(f.admin.call("POST", QStringLiteral("wp/v2/posts"), table).first, 201);

    WordPressPublisher publisher(f.store.path(), f.target, f.password);
    auto summary = publisher.importSite();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QVERIFY(summary->articles >= 2);
    QVERIFY(summary->asHtml >= 1);
    QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.join(u'\n')));
    auto all = f.store->articles().loadAll();
    QVERIFY(all);
    const auto find = [&](const QString &title) {
        for (const Article &a : *all)
            if (a.title == title)
                return a;
        return Article {};
    };
    const Article s = find(simpleTitle);
    QCOMPARE(
        s.body, QStringLiteral("## Un titre\n\nDu *texte* et un [lien](https://example.org/)."));
    QVERIFY(!s.allowRawHtml);
    QCOMPARE(s.status, Status::Published);
    const Article t = find(tableTitle);
    QCOMPARE(t.body, tableHtml); // kept as it is
    QVERIFY(t.allowRawHtml);
    QCOMPARE(t.status, Status::Draft);
    QCOMPARE(f.remoteId(s.meta.uuid), created.second.object().value(u"id").toInteger());

    // Adopted: publishing now changes nothing on the server, and importing again takes nothing
    // twice.
    const auto run = f.publish();
    QVERIFY2(run.state == RunState::Done, qPrintable(summaryText(run)));
    QCOMPARE(run.created, 0);
    QCOMPARE(run.updated, 0);
    WordPressPublisher again(f.store.path(), f.target, f.password);
    auto second = again.importSite();
    QVERIFY(second);
    // (Other tests may add posts to the shared site meanwhile: those are new; these are not.)
    QVERIFY(second->known >= summary->posts);
    all = f.store->articles().loadAll();
    QCOMPARE(std::count_if(all->cbegin(), all->cend(),
                 [&](const Article &a) { return a.title == simpleTitle; }),
        1);
    QCOMPARE(std::count_if(all->cbegin(), all->cend(),
                 [&](const Article &a) { return a.title == tableTitle; }),
        1);
}

void TestWordPress::wrongPasswordAndWrongServerAreSaid()
{
    Fixture f;
    REQUIRE_SERVER(f);
    WordPressPublisher wrong(
        f.store.path(), f.target, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    auto account = wrong.testConnection();
    QVERIFY(!account);
    QVERIFY2(account.error().message.contains(QStringLiteral("application password")),
        qPrintable(account.error().message));
    QVERIFY(account.error().message.contains(QStringLiteral("401")));

    // A web page where the API should be (a security plugin, a maintenance page).
    CannedServerThread canned; // answers while the publisher waits
    canned.set("/", "text/html", "<html><body>Maintenance</body></html>",
        "Link: <" + canned.url(QStringLiteral("/wp-json/")).toString().toUtf8()
            + ">; rel=\"https://api.w.org/\"\r\n");
    canned.set("/wp-json/wp/v2/users/me?context=edit", "text/html",
        "<html><body>Please log in</body></html>");
    PublishTarget t = f.target;
    t.url = canned.url(QStringLiteral("/"));
    WordPressPublisher html(f.store.path(), t, f.password);
    account = html.testConnection();
    QVERIFY(!account);
    QVERIFY2(account.error().message.contains(QStringLiteral("web page")),
        qPrintable(account.error().message));

    // A redirect to another server is not followed with the password.
    CannedServerThread redirecting;
    redirecting.setRaw("/",
        "HTTP/1.1 302 Found\r\nLocation: http://192.0.2.1/wp-login.php\r\nContent-Length: "
        "0\r\n\r\n");
    redirecting.setRaw("/wp-json/",
        "HTTP/1.1 302 Found\r\nLocation: http://192.0.2.1/wp-login.php\r\nContent-Length: "
        "0\r\n\r\n");
    t.url = redirecting.url(QStringLiteral("/"));
    WordPressPublisher away(f.store.path(), t, f.password);
    account = away.testConnection();
    QVERIFY(!account);
    QVERIFY2(account.error().message.contains(QStringLiteral("192.0.2.1")),
        qPrintable(account.error().message));

    // Nothing there at all.
    t.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(freePort()));
    WordPressPublisher none(f.store.path(), t, f.password);
    account = none.testConnection();
    QVERIFY(!account);
    QVERIFY2(account.error().message.contains(QStringLiteral("connection refused")),
        qPrintable(account.error().message));
}

void TestWordPress::pendingPostsAreSubmissions()
{
    Fixture f;
    REQUIRE_SERVER(f);
    // Posts a contributor submitted for review in WordPress itself.
    Rest contributor { f.env.value(QStringLiteral("WP_URL")),
        "Basic "
            + QByteArray(f.env.value(QStringLiteral("WP_CONTRIBUTOR_USER")).toUtf8() + ':'
                + f.env.value(QStringLiteral("WP_CONTRIBUTOR_APP_PASSWORD")).toUtf8())
                  .toBase64() };
    const QString goodTitle = unique(QStringLiteral("Marché de producteurs"));
    QJsonObject good;
    good.insert(QStringLiteral("title"), goodTitle);
    good.insert(QStringLiteral("status"), QStringLiteral("pending"));
    good.insert(QStringLiteral("content"),
        QStringLiteral(
            "<p>Vente de <strong>légumes</strong> <script>document.title='pwned'</script></p>"));
    const auto made = contributor.call("POST", QStringLiteral("wp/v2/posts"), good);
    QCOMPARE(made.first, 201);
    const qint64 goodId = made.second.object().value(u"id").toInteger();
    const QString spamTitle = unique(QStringLiteral("Gagnez un iPhone"));
    QJsonObject spam;
    spam.insert(QStringLiteral("title"), spamTitle);
    spam.insert(QStringLiteral("status"), QStringLiteral("pending"));
    spam.insert(QStringLiteral("content"), QStringLiteral("<p>Cliquez.</p>"));
    const auto spamMade = contributor.call("POST", QStringLiteral("wp/v2/posts"), spam);
    QCOMPARE(spamMade.first, 201);
    const qint64 spamId = spamMade.second.object().value(u"id").toInteger();

    InboxFetcher::Report report;
    {
        WordPressPublisher publisher(f.store.path(), f.target, f.password);
        report = publisher.fetchPending();
    }
    QVERIFY2(report.ok, qPrintable(report.error + report.problems.join(u'\n')));
    QVERIFY(report.added >= 2);
    auto rows = f.store->submissions().list();
    QVERIFY(rows);
    qint64 goodSubmission = 0, spamSubmission = 0;
    for (const SubmissionRow &r : *rows) {
        if (r.title == goodTitle)
            goodSubmission = r.id;
        if (r.title == spamTitle)
            spamSubmission = r.id;
    }
    QVERIFY(goodSubmission > 0 && spamSubmission > 0);
    const Submission read = *f.store->submissions().load(goodSubmission);
    QCOMPARE(read.source, QStringLiteral("wordpress:wp"));
    // The author's name when WordPress shows it to this user, else the author's number.
    const QString author = QString::number(made.second.object().value(u"author").toInteger());
    QVERIFY2(read.submitter.name == u"contributor"
            || read.submitter.name.endsWith(QLatin1Char(' ') + author),
        qPrintable(read.submitter.name));
    // As Markdown (WordPress itself strips a contributor's script); the review shows any HTML as
    // text.
    QVERIFY2(read.body.startsWith(QStringLiteral("Vente de **légumes**")), qPrintable(read.body));
    // Fetching again takes nothing twice.
    {
        WordPressPublisher publisher(f.store.path(), f.target, f.password);
        QCOMPARE(publisher.fetchPending().added, 0);
    }

    auto approved = Moderation::approve(
        f.store.store(), goodSubmission, QStringLiteral("article"), Status::Published);
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
    QVERIFY(Moderation::reject(f.store.store(), spamSubmission, QStringLiteral("Publicité")));
    {
        WordPressPublisher publisher(f.store.path(), f.target, f.password);
        report = publisher.fetchPending();
    }
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(f.admin.post(spamId).value(u"status").toString(), QStringLiteral("trash"));
    // The approved one is the post of the item made from it: published there, not made twice.
    Article item = *f.store->articles().load(approved->uuid);
    QCOMPARE(f.remoteId(item.meta.uuid), goodId);
    const auto s = f.publish();
    QVERIFY2(s.state == RunState::Done, qPrintable(summaryText(s)));
    QCOMPARE(f.remoteId(item.meta.uuid), goodId);
    const QJsonObject post = f.admin.post(goodId);
    QCOMPARE(post.value(u"status").toString(), QStringLiteral("publish"));
    QVERIFY(!post.value(u"content")
                 .toObject()
                 .value(u"raw")
                 .toString()
                 .contains(QStringLiteral("<script>")));
}

void TestWordPress::interruptedCreationIsNotMadeTwice()
{
    Fixture f;
    REQUIRE_SERVER(f);
    Article a = f.published(QStringLiteral("Interrompu"));
    // A run sent the creation, the post was made, and Relais stopped before it could note it.
    WordPressLink creating;
    creating.targetId = f.target.id;
    creating.item = a.meta.uuid;
    creating.itemType = QStringLiteral("article");
    creating.slug = a.slug;
    creating.state = WordPressLink::State::Creating;
    QVERIFY(f.store->wordpress().saveLink(creating));
    QJsonObject made;
    made.insert(QStringLiteral("title"), a.title);
    made.insert(QStringLiteral("slug"), a.slug);
    made.insert(QStringLiteral("status"), QStringLiteral("draft"));
    const auto created = f.admin.call("POST", QStringLiteral("wp/v2/posts"), made);
    QCOMPARE(created.first, 201);
    const qint64 id = created.second.object().value(u"id").toInteger();

    const auto s = f.publish();
    QVERIFY2(
        s.state == RunState::Done && s.created == 0 && s.updated == 1, qPrintable(summaryText(s)));
    QCOMPARE(f.remoteId(a.meta.uuid), id); // found, not made again
    QCOMPARE(f.admin.post(id).value(u"status").toString(), QStringLiteral("publish"));
    const auto same = f.admin.call(
        "GET", QStringLiteral("wp/v2/posts?slug=%1&status=publish,draft&context=edit").arg(a.slug));
    QCOMPARE(same.second.array().size(), 1);
}

void TestWordPress::commandLine()
{
    Fixture f;
    REQUIRE_SERVER(f);
    QFile passwordFile(f.store.dir() + QStringLiteral("/password"));
    QVERIFY(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(f.password.toUtf8());
    passwordFile.close();
    passwordFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.published(QStringLiteral("Ligne de commande"));
    f.store.close();

    auto cli = [&](const QStringList &args, QString *output) {
        QString out, err;
        QTextStream o(&out), e(&err);
        CommandLine line(o, e);
        const int code = line.run(QStringList { QStringLiteral("relais-cli"),
                                      QStringLiteral("--database"), f.store.path() }
            + args);
        o.flush();
        e.flush();
        *output = out + err;
        return code;
    };
    QString out;
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("wordpress"),
                     QStringLiteral("site"), QStringLiteral("--url"),
                     f.env.value(QStringLiteral("WP_URL")), QStringLiteral("--user"), f.user },
                 &out),
        0);
    const QString pw = QStringLiteral("--password-file=") + passwordFile.fileName();
    QCOMPARE(
        cli({ QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("site"), pw }, &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("may publish posts")), qPrintable(out));
    QCOMPARE(cli({ QStringLiteral("publish"), QStringLiteral("--target"), QStringLiteral("site"),
                     QStringLiteral("--dry-run"), pw },
                 &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("1 to create")), qPrintable(out));
    QCOMPARE(
        cli({ QStringLiteral("publish"), QStringLiteral("--target"), QStringLiteral("site"), pw },
            &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("1 created")), qPrintable(out));
    QCOMPARE(cli({ QStringLiteral("publish"), QStringLiteral("--target"), QStringLiteral("site"),
                     QStringLiteral("--due"), pw },
                 &out),
        0);
    QCOMPARE(
        cli({ QStringLiteral("conflicts"), QStringLiteral("--target"), QStringLiteral("site") },
            &out),
        0);
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("wordpress"),
                     QStringLiteral("--target"), QStringLiteral("site"), pw },
                 &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("imported:")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestWordPress)
#include "test_wordpress.moc"
