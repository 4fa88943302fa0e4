// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Live changes (issue #18): what one session commits is told to the others, on a file and on
// a newsroom, without its own changes, surviving a cut connection, deaf to forged notices.
#include "exchange/seedimporter.h"
#include "storage/changefeed.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Relais;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void anotherSessionsChangeIsToldWithinASecond();
    void theLastChangeSaysWhoSavedAndWhen();
    void bulkWorkIsOneChangeOfEverything();
    void tooManyChangesAtOnceAskForARefresh();
    void oldChangesAreRemoved();
    void aForgedNotificationChangesNothing();
    void theFeedComesBackAfterTheConnectionIsCut();
    void presenceSaysWhoIsEditingAndForgetsTheGone();
};

namespace {

// The other desktop: a second connection to the test's database.
std::unique_ptr<Store> secondConnection(const Test::TempStore &temp)
{
    auto opened = Store::open(temp.path(), Database::Options::unchecked());
    if (!opened)
        qFatal("cannot open a second connection: %s", qPrintable(opened.error().message));
    return std::move(*opened);
}

// Waits for the next changed() and returns what it told (empty after timeout ms).
QList<Change> nextChanges(QSignalSpy &spy, int timeout = 5000)
{
    if (spy.isEmpty() && !spy.wait(timeout))
        return {};
    return spy.takeFirst().at(0).value<QList<Change>>();
}

} // namespace

void TestChangeFeed::anotherSessionsChangeIsToldWithinASecond()
{
    Test::TempStore writer;
    auto window = secondConnection(writer);
    QVERIFY(writer->database().sessionId() != window->database().sessionId());
    ChangeFeed feed(writer.path(), window->database().sessionId());
    QSignalSpy started(&feed, &ChangeFeed::started);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    feed.start();
    QVERIFY(started.wait(10000));
    QVERIFY(feed.isOnline());

    QElapsedTimer clock;
    clock.start();
    auto article = writer->articles().create(Test::sampleArticle(QStringLiteral("Live")));
    RELAIS_VERIFY_OK(article);
    QList<Change> told = nextChanges(changed);
    const qint64 ms = clock.elapsed();
    QCOMPARE(told.size(), 1);
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("told after %1 ms").arg(ms)));
    QCOMPARE(told.first().table, QStringLiteral("articles"));
    QCOMPARE(told.first().type(), EntityType::Article);
    QCOMPARE(told.first().action, Change::Action::Insert);
    QCOMPARE(told.first().itemId, article->meta.id);
    QCOMPARE(told.first().uuid, article->meta.uuid);
    QCOMPARE(told.first().revision, 1);
    QCOMPARE(told.first().session, writer->database().sessionId());
    QCOMPARE(told.first().user, writer->database().userName());
    QVERIFY(!told.first().user.isEmpty());

    // The window's own change is not told back to it.
    Article mine = *window->articles().load(article->meta.id);
    mine.title = QStringLiteral("Live, edited in the window");
    RELAIS_VERIFY_OK(window->articles().update(mine));
    QVERIFY(!changed.wait(1200));

    // The writer's next change carries the revision after both.
    Article theirs = *writer->articles().load(article->meta.id);
    theirs.summary = QStringLiteral("Summary from the writer");
    RELAIS_VERIFY_OK(writer->articles().update(theirs));
    told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().action, Change::Action::Update);
    QCOMPARE(told.first().revision, 3);

    // Trash and deletion for good; an agenda entry and a contact in one transaction.
    RELAIS_VERIFY_OK(writer->articles().moveToTrash({ article->meta.id }));
    told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().revision, 4);
    RELAIS_VERIFY_OK(writer->articles().purge({ article->meta.id }));
    told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().action, Change::Action::Delete);
    {
        Transaction transaction(writer->database());
        RELAIS_VERIFY_OK(writer->agenda().create(Test::sampleEntry()));
        RELAIS_VERIFY_OK(writer->contacts().create(Test::sampleContact()));
        RELAIS_VERIFY_OK(transaction.commit());
    }
    told = nextChanges(changed);
    while (told.size() < 2) {
        const QList<Change> more = nextChanges(changed);
        if (more.isEmpty())
            break;
        told += more;
    }
    QCOMPARE(told.size(), 2);
    QCOMPARE(told.at(0).type(), EntityType::Agenda);
    QCOMPARE(told.at(1).type(), EntityType::Contact);
}

void TestChangeFeed::theLastChangeSaysWhoSavedAndWhen()
{
    Test::TempStore writer;
    auto other = secondConnection(writer);
    auto article = writer->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(article);
    Article edited = *article;
    edited.title = QStringLiteral("Second version");
    auto saved = writer->articles().update(edited);
    RELAIS_VERIFY_OK(saved);
    auto last = other->changes().lastOf(QStringLiteral("articles"), article->meta.id);
    RELAIS_VERIFY_OK(last);
    QVERIFY(last->has_value());
    QCOMPARE((*last)->revision, saved->meta.revision);
    QCOMPARE((*last)->user, writer->database().userName());
    QVERIFY((*last)->at.isValid());
    QVERIFY(qAbs((*last)->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    auto none = other->changes().lastOf(QStringLiteral("articles"), 999999);
    RELAIS_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void TestChangeFeed::bulkWorkIsOneChangeOfEverything()
{
    Test::TempStore writer;
    auto window = secondConnection(writer);
    ChangeFeed feed(writer.path(), window->database().sessionId());
    QSignalSpy started(&feed, &ChangeFeed::started);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy refresh(&feed, &ChangeFeed::refreshNeeded);
    feed.start();
    QVERIFY(started.wait(10000));
    auto before = writer->changes().latest();
    RELAIS_VERIFY_OK(before);

    SeedImporter importer(writer.store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    QVERIFY(refresh.wait(5000) || refresh.size() == 1);
    QList<Change> told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().action, Change::Action::Everything);
    QCOMPARE(told.first().type(), QStringLiteral("everything"));
    auto rows = writer->changes().since(*before);
    RELAIS_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);

    // Noted again once the import is over.
    RELAIS_VERIFY_OK(writer->articles().create(Test::sampleArticle(QStringLiteral("After"))));
    told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().action, Change::Action::Insert);
}

void TestChangeFeed::tooManyChangesAtOnceAskForARefresh()
{
    Test::TempStore writer;
    ChangeFeed::Options options;
    options.batch = 5;
    ChangeFeed feed(writer.path(), QString(), options);
    QSignalSpy started(&feed, &ChangeFeed::started);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy refresh(&feed, &ChangeFeed::refreshNeeded);
    feed.start();
    QVERIFY(started.wait(10000));
    {
        Transaction transaction(writer->database());
        for (int i = 0; i < 12; ++i)
            RELAIS_VERIFY_OK(
                writer->articles().create(Test::sampleArticle(QStringLiteral("Item %1").arg(i))));
        RELAIS_VERIFY_OK(transaction.commit());
    }
    QVERIFY(refresh.wait(5000));
    QVERIFY(changed.isEmpty());
    // Then on as before, from the last change.
    RELAIS_VERIFY_OK(writer->articles().create(Test::sampleArticle(QStringLiteral("One more"))));
    const QList<Change> told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().action, Change::Action::Insert);
}

void TestChangeFeed::oldChangesAreRemoved()
{
    Test::TempStore writer;
    RELAIS_VERIFY_OK(writer->articles().create(Test::sampleArticle()));
    RELAIS_VERIFY_OK(writer->database().exec(
        QStringLiteral("INSERT INTO changes (item_table, item_id, action, session, user_name, "
                       "changed_at) VALUES ('articles', 1, 'update', 'old', 'someone', ?)"),
        { Database::toSql(QDateTime::currentDateTimeUtc().addDays(-8)) }));
    auto count = [&] {
        auto n = writer->database().scalar(QStringLiteral("SELECT count(*) FROM changes"));
        return n ? n->toInt() : -1;
    };
    QCOMPARE(count(), 2);
    writer.reopen();
    QCOMPARE(count(), 1);
}

void TestChangeFeed::aForgedNotificationChangesNothing()
{
    if (!Test::onPostgres())
        QSKIP("Notifications are a PostgreSQL's; a file is polled.");
    Test::TempStore writer;
    ChangeFeed feed(writer.path(), QString());
    QSignalSpy started(&feed, &ChangeFeed::started);
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy lost(&feed, &ChangeFeed::connectionLost);
    feed.start();
    QVERIFY(started.wait(10000));
    // Anybody logged in may NOTIFY: the payload is never read as anything.
    for (const QString &payload : { QStringLiteral("articles"),
             QStringLiteral("'; DROP TABLE articles; --"), QStringLiteral("99999999999999999999"),
             QStringLiteral("x").repeated(7000), QStringLiteral("{\"seq\": -1}") }) {
        QString quoted = payload;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        auto r = writer->database().exec(
            QStringLiteral("SELECT pg_notify('relais_changes', '%1')").arg(quoted));
        RELAIS_VERIFY_OK(r);
    }
    QVERIFY(!changed.wait(1500));
    QVERIFY(lost.isEmpty());
    RELAIS_VERIFY_OK(writer->articles().loadAll());
    RELAIS_VERIFY_OK(writer->articles().create(Test::sampleArticle(QStringLiteral("Real"))));
    const QList<Change> told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
}

void TestChangeFeed::theFeedComesBackAfterTheConnectionIsCut()
{
    if (!Test::onPostgres())
        QSKIP("A file has no connection to lose.");
    Test::ServerDatabase server;
    Database::Options create;
    create.createNewsroom = true;
    auto writer = Store::open(server.address(), create);
    RELAIS_VERIFY_OK(writer);
    ChangeFeed::Options options;
    options.serverCheckMs = 300;
    auto feed = std::make_unique<ChangeFeed>(server.address(), QString(), options);
    QSignalSpy started(feed.get(), &ChangeFeed::started);
    QSignalSpy changed(feed.get(), &ChangeFeed::changed);
    QSignalSpy lost(feed.get(), &ChangeFeed::connectionLost);
    QSignalSpy restored(feed.get(), &ChangeFeed::connectionRestored);
    feed->start();
    QVERIFY(started.wait(10000));

    // The server ends the feed's connection (a restart, a network cut)...
    QCOMPARE(server.adminExec(QStringLiteral(
                 "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                 "current_database() AND application_name = 'relais-feed'")),
        QString());
    QVERIFY(lost.wait(5000));
    QVERIFY(!feed->isOnline());
    // ... a colleague saves meanwhile ...
    auto article = (*writer)->articles().create(Test::sampleArticle(QStringLiteral("Meanwhile")));
    RELAIS_VERIFY_OK(article);
    // ... and once back, the feed tells what it missed, then goes on listening.
    QVERIFY(restored.wait(10000) || !restored.isEmpty());
    QVERIFY(feed->isOnline());
    QList<Change> told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().uuid, article->meta.uuid);
    RELAIS_VERIFY_OK((*writer)->articles().create(Test::sampleArticle(QStringLiteral("After"))));
    told = nextChanges(changed);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().action, Change::Action::Insert);
    feed.reset(); // before the database is dropped
    writer->reset();
}

void TestChangeFeed::presenceSaysWhoIsEditingAndForgetsTheGone()
{
    Test::ManualClock clock(QDateTime::currentDateTimeUtc());
    Test::TempStore alice(&clock);
    Database::Options options = Database::Options::unchecked();
    options.clock = &clock;
    auto opened = Store::open(alice.path(), options);
    RELAIS_VERIFY_OK(opened);
    Store &bob = **opened;
    const QString articles = QStringLiteral("articles");
    RELAIS_VERIFY_OK(alice->presence().beat(articles, 7));
    auto seen = bob.presence().othersEditing(articles, 7);
    RELAIS_VERIFY_OK(seen);
    QCOMPARE(*seen, QStringList { alice->database().userName() });
    // Not oneself, not another item.
    QCOMPARE(*alice->presence().othersEditing(articles, 7), QStringList());
    QCOMPARE(*bob.presence().othersEditing(articles, 8), QStringList());
    QCOMPARE(*bob.presence().othersEditing(QStringLiteral("contacts"), 7), QStringList());
    // Moving to another item moves the row; one row per session whatever the beats.
    RELAIS_VERIFY_OK(alice->presence().beat(articles, 8));
    RELAIS_VERIFY_OK(alice->presence().beat(articles, 8));
    QCOMPARE(*bob.presence().othersEditing(articles, 7), QStringList());
    QCOMPARE(bob.presence().othersEditing(articles, 8)->size(), 1);
    QCOMPARE(bob.database().scalar(QStringLiteral("SELECT count(*) FROM presence"))->toInt(), 1);
    // No beat for 90 s: gone, as a window that crashed.
    clock.advance(PresenceRepository::GoneAfterSeconds + 1);
    QCOMPARE(*bob.presence().othersEditing(articles, 8), QStringList());
    // A window that closes says so at once.
    RELAIS_VERIFY_OK(alice->presence().beat(articles, 8));
    QCOMPARE(bob.presence().othersEditing(articles, 8)->size(), 1);
    RELAIS_VERIFY_OK(alice->presence().leave());
    QCOMPARE(*bob.presence().othersEditing(articles, 8), QStringList());
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_changefeed.moc"
