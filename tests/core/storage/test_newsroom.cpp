// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A newsroom on PostgreSQL (issue #18): addresses, what a refusing or absent server gets said,
// the schema's checks, two connections on one database, search, and the site it renders.
#include "exchange/seedimporter.h"
#include "storage/databasecopy.h"
#include "storage/serveraddress.h"
#include "storage/servercertificate.h"
#include "testsupport.h"

#include <QDirIterator>
#include <optional>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QProcess>
#include <QTcpServer>

using namespace Relais;

class TestNewsroom : public QObject
{
    Q_OBJECT

private slots:
    void addressesAreCheckedBeforeConnecting_data();
    void addressesAreCheckedBeforeConnecting();
    void connectionFailuresSayWhatIsWrong();
    void anUntrustedCertificateIsShownByItsFingerprint();
    void onlyANewsroomIsOpened();
    void twoConnectionsCannotLoseAnUpdate();
    void aLostConnectionIsSaidAndLeavesNothingHalfWritten();
    void searchFindsAtLeastWhatSqliteFinds();
    void aCommonWordWalksTheListInOrder();
    void aFailedUpgradeSaysWhichAndWhy();
    void onePublishPerTargetAcrossDesktops();
    void aCopyTakesEverythingBothWays();
    void theSiteIsTheSameFromEitherEngine();
};

void TestNewsroom::addressesAreCheckedBeforeConnecting_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("said");
    QTest::newRow("password") << QStringLiteral("postgresql://ann:secret@db.example:5432/news")
                              << QStringLiteral("~/.pgpass");
    QTest::newRow("empty password")
        << QStringLiteral("postgresql://ann:@db.example/news") << QStringLiteral("~/.pgpass");
    QTest::newRow("password parameter")
        << QStringLiteral("postgresql://ann@db.example/news?password=secret")
        << QStringLiteral("~/.pgpass");
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://ann@db.example/news?sslpassword=x")
        << QStringLiteral("“sslpassword”");
    QTest::newRow("injection") << QStringLiteral(
        "postgresql://ann@db.example/news?sslmode=require%20password=x")
                               << QStringLiteral("spaces");
    QTest::newRow("no database") << QStringLiteral("postgresql://ann@db.example:5432/")
                                 << QStringLiteral("no database");
}

void TestNewsroom::addressesAreCheckedBeforeConnecting()
{
    QFETCH(QString, address);
    QFETCH(QString, said);
    auto parsed = ServerAddress::parse(address);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(said), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QStringLiteral("secret")));
    // Opening refuses it the same way, before any connection.
    auto opened = Database::open(address);
    QVERIFY(!opened);
    QCOMPARE(opened.error().message, parsed.error().message);

    auto good = ServerAddress::parse(
        QStringLiteral("postgresql://ann@db.example:6543/news?sslmode=verify-full"));
    RELAIS_VERIFY_OK(good);
    QCOMPARE(good->port, 6543);
    QCOMPARE(good->database, QStringLiteral("news"));
    QCOMPARE(good->connectOptions(),
        QStringLiteral("sslmode=verify-full;connect_timeout=10;application_name=relais;"
                       "keepalives_idle=10;keepalives_interval=5;keepalives_count=3;"
                       "tcp_user_timeout=20000"));
}

void TestNewsroom::connectionFailuresSayWhatIsWrong()
{
    const auto pg = Test::ServerDatabase::server();
    const QString host = pg.value(QStringLiteral("PG_HOST"));
    const QString port = pg.value(QStringLiteral("PG_PORT"));
    const QString user = pg.value(QStringLiteral("PG_USER"));

    // A port where nothing listens (taken, then let go).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    QElapsedTimer timer;
    timer.start();
    auto refused
        = Database::open(QStringLiteral("postgresql://%1@127.0.0.1:%2/news").arg(user).arg(closed));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Unreachable);
    QVERIFY2(refused.error().message.contains(QStringLiteral("not answering")),
        qPrintable(refused.error().message));
    QVERIFY(timer.elapsed() < 10000);

    auto missing = Database::open(
        QStringLiteral("postgresql://%1@%2:%3/no_such_newsroom").arg(user, host, port));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("“no_such_newsroom”")));

    const QString address = QStringLiteral("postgresql://%1@%2:%3/postgres").arg(user, host, port);
    Database::Options withPassword;
    withPassword.password = QStringLiteral("not-the-password");
    auto wrong = Database::open(address, withPassword);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Code::Denied);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("refused the password")),
        qPrintable(wrong.error().message));
    QVERIFY(!wrong.error().message.contains(QStringLiteral("not-the-password")));
    QVERIFY(!wrong.error().detail.contains(QStringLiteral("not-the-password")));

    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    auto none = Database::open(address);
    qputenv("PGPASSFILE", passFile);
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::Denied);
    QVERIFY2(none.error().message.contains(QStringLiteral("PGPASSFILE")),
        qPrintable(none.error().message));
}

namespace {

// Runs a program to its end; its standard output, or nothing when it failed.
std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestNewsroom::anUntrustedCertificateIsShownByItsFingerprint()
{
    // A server of its own, with TLS and a self-signed certificate nobody trusts yet.
    QTemporaryDir dir;
    const QString script = Test::sourcePath(QStringLiteral("tests/postgresql/postgresql-server"));
    QVERIFY(run(QStringLiteral("bash"),
        { script, QStringLiteral("start"), dir.path(), QStringLiteral("--tls") }));
    const auto stop = qScopeGuard([&] {
        run(QStringLiteral("bash"), { script, QStringLiteral("stop"), dir.path() });
    });
    const auto pg = Test::readKeyValues(dir.filePath(QStringLiteral("postgresql.env")));
    const QString certificate = pg.value(QStringLiteral("PG_SSLROOTCERT"));
    QVERIFY(QFileInfo::exists(certificate));
    const QString expected = run(QStringLiteral("openssl"),
        { QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
            QStringLiteral("-sha256"), QStringLiteral("-in"), certificate })
                                 .value_or(QString())
                                 .trimmed()
                                 .section(QLatin1Char('='), 1);
    QVERIFY2(expected.count(QLatin1Char(':')) == 31, qPrintable(expected));

    const QByteArray passFile = qgetenv("PGPASSFILE");
    const QByteArray home = qgetenv("HOME");
    QTemporaryDir emptyHome; // no ~/.postgresql/root.crt
    qputenv("PGPASSFILE", pg.value(QStringLiteral("PG_PASSFILE")).toLocal8Bit());
    qputenv("HOME", emptyHome.path().toLocal8Bit());
    const auto restore = qScopeGuard([&] {
        qputenv("PGPASSFILE", passFile);
        qputenv("HOME", home);
    });
    const QString base
        = QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres")
              .arg(pg.value(QStringLiteral("PG_USER")), pg.value(QStringLiteral("PG_PORT")));

    // The certificate as read without trusting it.
    auto seen = ServerCertificate::fetch(
        QStringLiteral("127.0.0.1"), pg.value(QStringLiteral("PG_PORT")).toInt());
    RELAIS_VERIFY_OK(seen);
    QCOMPARE(seen->sha256, expected);
    QCOMPARE(seen->subject, QStringLiteral("relais-test"));
    QVERIFY(seen->selfSigned);
    QVERIFY(seen->expires > QDateTime::currentDateTimeUtc().addDays(29));

    // Verified, with nothing to verify it by: refused, with the fingerprint to ask about.
    auto noRoot = Database::open(base + QStringLiteral("?sslmode=verify-full"));
    QVERIFY(!noRoot);
    QCOMPARE(noRoot.error().code, Error::Code::Denied);
    QVERIFY2(noRoot.error().message.contains(expected), qPrintable(noRoot.error().message));
    QVERIFY2(noRoot.error().message.contains(QStringLiteral("relais-test")),
        qPrintable(noRoot.error().message));
    QVERIFY(noRoot.error().message.contains(QStringLiteral("could not be reached safely")));

    // Verified against another authority: refused the same way.
    const QString other = dir.filePath(QStringLiteral("other.crt"));
    QVERIFY(run(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=someone-else"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("other.key")),
            QStringLiteral("-out"), other }));
    auto wrongRoot
        = Database::open(base + QStringLiteral("?sslmode=verify-full&sslrootcert=") + other);
    QVERIFY(!wrongRoot);
    QCOMPARE(wrongRoot.error().code, Error::Code::Denied);
    QVERIFY2(wrongRoot.error().message.contains(expected), qPrintable(wrongRoot.error().message));

    // Trusted: the connection is made (an empty database, so "not a newsroom yet").
    auto trusted
        = Database::open(base + QStringLiteral("?sslmode=verify-full&sslrootcert=") + certificate);
    QVERIFY(!trusted);
    QCOMPARE(trusted.error().code, Error::Code::NotRelais);
    QVERIFY2(trusted.error().message.contains(QStringLiteral("db init")),
        qPrintable(trusted.error().message));
}

void TestNewsroom::onlyANewsroomIsOpened()
{
    {
        // An empty database is not made a newsroom behind the user's back.
        Test::ServerDatabase empty;
        auto opened = Database::open(empty.address());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotRelais);
        QVERIFY(opened.error().message.contains(QStringLiteral("db init")));
        QCOMPARE(empty.adminExec(QStringLiteral("SELECT 1 FROM relais_schema")).isEmpty(), false);
    }
    {
        Test::ServerDatabase foreign;
        QCOMPARE(foreign.adminExec(QStringLiteral("CREATE TABLE ledger (id int)")), QString());
        Database::Options options;
        options.createNewsroom = true;
        auto opened = Database::open(foreign.address(), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotRelais);
        QVERIFY(opened.error().message.contains(QStringLiteral("another program")));
    }
    {
        Test::ServerDatabase newer;
        Database::Options options;
        options.createNewsroom = true;
        RELAIS_VERIFY_OK(Database::open(newer.address(), options));
        QCOMPARE(
            newer.adminExec(QStringLiteral("UPDATE relais_schema SET version = 99")), QString());
        auto opened = Database::open(newer.address());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NewerSchema);
        QVERIFY(opened.error().message.contains(QStringLiteral("version 99")));
        QCOMPARE(newer.adminExec(QStringLiteral(
                     "DO $$ BEGIN IF (SELECT version FROM relais_schema) <> 99 THEN RAISE "
                     "EXCEPTION 'changed'; END IF; END $$")),
            QString()); // left as it was
    }
}

void TestNewsroom::twoConnectionsCannotLoseAnUpdate()
{
    Test::TempStore first; // on the server (this test runs with RELAIS_TEST_ENGINE=postgresql)
    QVERIFY(first->database().isPostgres());
    auto second = Store::open(first.path());
    RELAIS_VERIFY_OK(second);
    auto created = first->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(created);

    auto mine = first->articles().load(created->meta.uuid);
    auto theirs = (*second)->articles().load(created->meta.uuid);
    RELAIS_VERIFY_OK(mine);
    RELAIS_VERIFY_OK(theirs);
    theirs->title = QStringLiteral("Their title");
    RELAIS_VERIFY_OK((*second)->articles().update(*theirs));
    mine->summary = QStringLiteral("My summary");
    auto lost = first->articles().update(*mine);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, Error::Code::StaleRevision);
    auto now = first->articles().load(created->meta.uuid);
    RELAIS_VERIFY_OK(now);
    QCOMPARE(now->title, QStringLiteral("Their title"));
    QCOMPARE(now->meta.revision, 2);
}

void TestNewsroom::aLostConnectionIsSaidAndLeavesNothingHalfWritten()
{
    Test::ServerDatabase db;
    Database::Options options;
    options.createNewsroom = true;
    auto store = Store::open(db.address(), options);
    RELAIS_VERIFY_OK(store);
    Store &s = **store;
    auto kept = s.articles().create(Test::sampleArticle(QStringLiteral("Kept")));
    RELAIS_VERIFY_OK(kept);
    {
        Transaction transaction(s.database());
        QVERIFY(transaction.isActive());
        RELAIS_VERIFY_OK(s.articles().create(Test::sampleArticle(QStringLiteral("Half"))));
        // The server ends this connection (a restart, a network cut).
        QCOMPARE(db.adminExec(QStringLiteral(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                     "current_database() AND pid <> pg_backend_pid()")),
            QString());
        auto broken = s.articles().create(Test::sampleArticle(QStringLiteral("Other half")));
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, Error::Code::Unreachable);
        QVERIFY2(broken.error().message.contains(QStringLiteral("was lost")),
            qPrintable(broken.error().message));
    }
    store->reset();
    auto again = Store::open(db.address());
    RELAIS_VERIFY_OK(again);
    auto all = (*again)->articles().loadAll();
    RELAIS_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().title, QStringLiteral("Kept"));
}

void TestNewsroom::searchFindsAtLeastWhatSqliteFinds()
{
    Test::TempStore server;
    qputenv("RELAIS_TEST_ENGINE", "sqlite");
    Test::TempStore file;
    qputenv("RELAIS_TEST_ENGINE", "postgresql");
    QVERIFY(server->database().isPostgres());
    QVERIFY(!file->database().isPostgres());
    for (Test::TempStore *t : { &server, &file }) {
        SeedImporter importer(t->store());
        RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    }
    // By kind and title: each import gives the items uuids of its own.
    auto uuids = [](Store &store, const QString &text) {
        QSet<QString> found;
        ListQuery query;
        query.search = text;
        for (EntityRepository *repo : { static_cast<EntityRepository *>(&store.articles()),
                 static_cast<EntityRepository *>(&store.agenda()),
                 static_cast<EntityRepository *>(&store.contacts()) }) {
            auto rows = repo->page(query, 0, 1000);
            if (rows) {
                for (const ListRow &row : *rows)
                    found.insert(row.type + u'/' + row.values.value(0).toString());
            }
        }
        return found;
    };
    int words = 0;
    for (const QString &text : { QStringLiteral("coop"), QStringLiteral("cooperative"),
             QStringLiteral("économie"), QStringLiteral("ECONOMIE"), QStringLiteral("solidaire"),
             QStringLiteral("garage"), QStringLiteral("Soissons"), QStringLiteral("amiens"),
             QStringLiteral("ALISS"), QStringLiteral("projets artistiques"), QStringLiteral("jeu"),
             QStringLiteral("territoire"), QStringLiteral("aliss.fr"), QStringLiteral("80") }) {
        const QSet<QString> sqlite = uuids(file.store(), text);
        const QSet<QString> postgres = uuids(server.store(), text);
        QVERIFY2(postgres.contains(sqlite),
            qPrintable(QStringLiteral("“%1”: SQLite %2, PostgreSQL %3")
                           .arg(text)
                           .arg(sqlite.size())
                           .arg(postgres.size())));
        words += sqlite.isEmpty() ? 0 : 1;
    }
    QVERIFY(words >= 10); // the words were found at all
    // French stems: a form the text does not hold.
    QVERIFY(!uuids(server.store(), QStringLiteral("coopératifs")).isEmpty());
}

// Migration 15: a word found in most rows is answered by walking the list's order and stopping
// at the first page; a rare word is looked up, not walked to. Before it the planner guessed the
// same few matches for every word and fetched and sorted all of a common word's rows (145–620
// ms at 100,000 articles).
void TestNewsroom::aCommonWordWalksTheListInOrder()
{
    Test::TempStore server;
    QVERIFY(server->database().isPostgres());
    Database &db = server->database();
    RELAIS_VERIFY_OK(db.exec(QStringLiteral(
        "INSERT INTO articles (uuid, kind, title, slug, body, status, created_at, updated_at) "
        "SELECT gen_random_uuid()::text, 'news', 'Coopérative ' || n, 'cooperative-' || n, "
        "CASE WHEN n = 1234 THEN 'Une ressourcerie à Laon.' ELSE 'Des coopératives.' END, "
        "'draft', now(), now() - n * interval '1 minute' FROM generate_series(1, 3000) AS n")));
    RELAIS_VERIFY_OK(db.exec(QStringLiteral("ANALYZE articles")));
    auto planOf = [&db](const QString &word) {
        auto plan = db.exec(QStringLiteral("EXPLAIN SELECT t.id FROM articles t WHERE "
                                           "t.deleted_at IS NULL AND t.search @@ "
                                           "relais_search_query('%1') ORDER BY t.updated_at "
                                           "DESC, t.id DESC LIMIT 100")
                                .arg(word));
        QString text;
        while (plan && plan->next())
            text += plan->value(0).toString() + u'\n';
        return text;
    };
    const QString common = planOf(QStringLiteral("coop"));
    QVERIFY2(common.contains(QStringLiteral("Index Scan Backward using articles_recent"))
            && !common.contains(QStringLiteral("Sort")),
        qPrintable(common));
    const QString rare = planOf(QStringLiteral("ressourc"));
    // A rare word is not looked for row by row down the list (here, a table this small is read
    // whole; at 100,000 rows the search index answers).
    QVERIFY2(!rare.contains(QStringLiteral("articles_recent")), qPrintable(rare));

    // And the lists give the newest first, whichever way the rows are found.
    ListQuery query;
    query.search = QStringLiteral("coop");
    auto rows = server->articles().page(query, 0, 100);
    RELAIS_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 100);
    QCOMPARE(rows->first().values.value(0).toString(), QStringLiteral("Coopérative 1"));
    QCOMPARE(rows->last().values.value(0).toString(), QStringLiteral("Coopérative 100"));
    query.search = QStringLiteral("ressourcerie");
    rows = server->articles().page(query, 0, 100);
    RELAIS_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    auto count = server->articles().countUpTo(query, 1000);
    RELAIS_VERIFY_OK(count);
    QCOMPARE(count->value, 1);
}

// A statement that fails in the middle of a migration's script is named, with the server's
// words, and the upgrade leaves the newsroom as it was. (Qt's driver kept the script's first
// answer only: this said "current transaction is aborted".)
void TestNewsroom::aFailedUpgradeSaysWhichAndWhy()
{
    Test::ServerDatabase newsroom;
    {
        Database::Options options;
        options.createNewsroom = true;
        options.migrateTo = 14;
        auto made = Database::open(newsroom.address(), options);
        RELAIS_VERIFY_OK(made);
        QCOMPARE((*made)->schemaVersion(), 14);
    }
    // Something of the same name as what migration 15 makes, after its first statement.
    QCOMPARE(newsroom.adminExec(QStringLiteral("CREATE INDEX articles_recent ON articles (id)")),
        QString());
    auto opened = Database::open(newsroom.address());
    QVERIFY(!opened);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(QStringLiteral("could not be upgraded to version 15"))
            && message.contains(QStringLiteral("articles_recent"))
            && message.contains(QStringLiteral("already exists")),
        qPrintable(message));
    QCOMPARE(newsroom.adminExec(QStringLiteral("DROP INDEX articles_recent")), QString());
    {
        Database::Options options;
        options.migrateTo = 14;
        auto old = Database::open(newsroom.address(), options);
        RELAIS_VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), 14);
        auto volatility = (*old)->scalar(QStringLiteral(
            "SELECT provolatile FROM pg_proc WHERE proname = 'relais_search_query'"));
        RELAIS_VERIFY_OK(volatility);
        QCOMPARE(volatility->toString(), QStringLiteral("s")); // migration 15 undone
    }
    auto upgraded = Database::open(newsroom.address());
    RELAIS_VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), 15);
}

void TestNewsroom::onePublishPerTargetAcrossDesktops()
{
    Test::TempStore first;
    PublishTarget target;
    target.name = QStringLiteral("Portail");
    target.url = QUrl(QStringLiteral("http://127.0.0.1:1/site/")); // nothing listens there
    auto added = first->publishing().addTarget(target);
    RELAIS_VERIFY_OK(added);
    auto second = Store::open(first.path());
    RELAIS_VERIFY_OK(second);
    auto mine = first->publishing().lockTarget(added->id);
    RELAIS_VERIFY_OK(mine);
    QVERIFY(*mine);
    auto theirs = (*second)->publishing().lockTarget(added->id);
    RELAIS_VERIFY_OK(theirs);
    QVERIFY(!*theirs);

    // relais-cli, another process, is refused before it sends anything.
    QTemporaryDir dir;
    const QString pw = dir.filePath(QStringLiteral("pw"));
    QFile file(pw);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto publish = [&](QString *err) {
        QProcess p;
        p.start(qEnvironmentVariable("RELAIS_CLI"),
            { QStringLiteral("--database"), first.path(), QStringLiteral("publish"),
                QStringLiteral("--password-file"), pw });
        if (!p.waitForFinished(60000))
            return -1;
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString err;
    QCOMPARE(publish(&err), 1);
    QVERIFY2(
        err.contains(QStringLiteral("Somebody else is publishing to Portail")), qPrintable(err));

    // Let go (or the holder's connection ends): the next publish goes on to the server, where
    // nothing listens; it retries within its budget, so it is looked at for 5 s, then stopped.
    first->publishing().unlockTarget(added->id);
    {
        QProcess p;
        p.start(qEnvironmentVariable("RELAIS_CLI"),
            { QStringLiteral("--database"), first.path(), QStringLiteral("publish"),
                QStringLiteral("--password-file"), pw });
        QVERIFY(p.waitForStarted());
        const bool ended = p.waitForFinished(5000);
        const QString said = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(!said.contains(QStringLiteral("Somebody else")), qPrintable(said));
        if (!ended) {
            p.kill();
            p.waitForFinished();
        }
    }
    // The server lets go of a lock when the backend of the ended connection has gone, a
    // moment after the client (the killed relais-cli above, the closed store below) left.
    auto takes = [](Store &store, qint64 id) {
        auto got = store.publishing().lockTarget(id);
        return got.ok() && *got;
    };
    QTRY_VERIFY_WITH_TIMEOUT(takes(**second, added->id), 5000);
    second->reset(); // a connection that ends lets go of its lock
    QTRY_VERIFY_WITH_TIMEOUT(takes(first.store(), added->id), 5000);

    // A WordPress target is held the same way: refused before any request leaves.
    PublishTarget blog;
    blog.name = QStringLiteral("Blog");
    blog.kind = QStringLiteral("wordpress");
    blog.url = QUrl(QStringLiteral("http://127.0.0.1:1/")); // nothing listens there
    blog.username = QStringLiteral("editor");
    auto wordpress = first->publishing().addTarget(blog);
    RELAIS_VERIFY_OK(wordpress);
    auto held = first->publishing().lockTarget(wordpress->id);
    RELAIS_VERIFY_OK(held);
    QVERIFY(*held);
    {
        QProcess p;
        p.start(qEnvironmentVariable("RELAIS_CLI"),
            { QStringLiteral("--database"), first.path(), QStringLiteral("publish"),
                QStringLiteral("--target"), QStringLiteral("Blog"),
                QStringLiteral("--password-file"), pw });
        QVERIFY(p.waitForFinished(30000));
        const QString said = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(
            said.contains(QStringLiteral("Somebody else is publishing to Blog")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("Connecting")), qPrintable(said));
    }
    first->publishing().unlockTarget(wordpress->id);
}

void TestNewsroom::aCopyTakesEverythingBothWays()
{
    // A file with a bit of everything: items, links, a target with what it published, a
    // submission and its decision, and the history, comments, log and notifications of two
    // people who are not the newsroom's login (row-level security lets a person write only
    // their own: the copy must still carry them).
    const QByteArray desktopUser = qgetenv("USER");
    const auto userBack = qScopeGuard([&] { qputenv("USER", desktopUser); });
    qputenv("USER", "paul");
    qputenv("RELAIS_TEST_ENGINE", "sqlite");
    Test::TempStore file;
    qputenv("RELAIS_TEST_ENGINE", "postgresql");
    SeedImporter importer(file.store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    PublishTarget target;
    target.name = QStringLiteral("Portail");
    target.url = QUrl(QStringLiteral("https://www.example.org/"));
    target.lastManifest = QByteArray("manifest\0bytes\xff", 15); // bytes, not text
    auto added = file->publishing().addTarget(target);
    RELAIS_VERIFY_OK(added);
    RELAIS_VERIFY_OK(file->publishing().setLastManifest(added->id, target.lastManifest));
    RELAIS_VERIFY_OK(file->publishing().fileArrived(added->id,
        PublishStep { PublishStep::Action::Put, QStringLiteral("index.html"),
            { QByteArray(64, 'a'), 12 }, 0, false }));
    auto settings = file->siteSettings().load();
    RELAIS_VERIFY_OK(settings);
    settings->name = QStringLiteral("Relais de la Somme");
    RELAIS_VERIFY_OK(file->siteSettings().save(*settings));
    const QString cli = qEnvironmentVariable("RELAIS_CLI");
    QTemporaryDir dir;

    auto draft = file->articles().create(Test::sampleArticle(QStringLiteral("Brouillon de Paul")));
    RELAIS_VERIFY_OK(draft);
    const QString fileLocation = file.path();
    file.close();
    qputenv("USER", "marie");
    {
        auto marie = Store::open(fileLocation);
        RELAIS_VERIFY_OK(marie);
        Article edited = *(*marie)->articles().load(draft->meta.id);
        edited.summary = QStringLiteral("Relu par Marie.");
        RELAIS_VERIFY_OK((*marie)->articles().update(edited));
        auto comment = (*marie)->comments().add(draft->meta.uuid, QStringLiteral("Une source ?"));
        RELAIS_VERIFY_OK(comment);
        RELAIS_VERIFY_OK((*marie)->comments().setResolved(comment->id, true));
        auto paulsNews = (*marie)->database().scalar(
            QStringLiteral("SELECT count(*) FROM notifications WHERE recipient = 'paul'"));
        QCOMPARE(paulsNews->toInt(), 1); // told of Marie's comment
        auto marieSaved = (*marie)->database().scalar(
            QStringLiteral("SELECT count(*) FROM revisions WHERE author = 'marie'"));
        QCOMPARE(marieSaved->toInt(), 1);
    }
    qputenv("USER", desktopUser);

    // File → newsroom, by relais-cli as a user does it.
    Test::ServerDatabase server;
    auto run = [&](const QStringList &args, QString *out) {
        QProcess p;
        p.start(cli, args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    QCOMPARE(run({ QStringLiteral("--database"), server.address(), QStringLiteral("db"),
                     QStringLiteral("copy"), QStringLiteral("--from"), fileLocation },
                 &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("counts and checksums agree")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("articles: 7 rows")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("revisions: 2 rows")), qPrintable(out));
    {
        // Everyone's history as it was, and nothing to forge it with afterwards.
        auto newsroom = Store::open(server.address());
        RELAIS_VERIFY_OK(newsroom);
        auto history = (*newsroom)->history().list(draft->meta.uuid);
        RELAIS_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QStringList authors;
        for (const auto &revision : *history)
            authors.append(revision.author);
        authors.sort();
        QCOMPARE(authors, QStringList({ QStringLiteral("marie"), QStringLiteral("paul") }));
        auto comments = (*newsroom)->comments().list(draft->meta.uuid);
        RELAIS_VERIFY_OK(comments);
        QCOMPARE(comments->size(), 1);
        QCOMPARE(comments->first().author, QStringLiteral("marie"));
        QVERIFY(comments->first().resolvedAt.isValid());
        QCOMPARE((*newsroom)
                     ->database()
                     .scalar(QStringLiteral(
                         "SELECT count(*) FROM notifications WHERE recipient = 'paul'"))
                     ->toInt(),
            1);
        // The copy's window closed with its transaction: the same insert is refused now.
        auto forged = (*newsroom)->database().exec(
            QStringLiteral("INSERT INTO revisions (item_type, item_uuid, revision, author, "
                           "saved_at, fields, base, data) SELECT item_type, item_uuid, 99, "
                           "'marie', saved_at, fields, base, data FROM revisions LIMIT 1"));
        QVERIFY(!forged);
        QVERIFY2(forged.error().detail.contains(QStringLiteral("row-level security")),
            qPrintable(forged.error().detail));
        QVERIFY(!(*newsroom)->database().exec(QStringLiteral("SELECT relais_copy_begin()")));
    }
    // Into a database that holds something: refused, nothing written.
    QCOMPARE(run({ QStringLiteral("--database"), server.address(), QStringLiteral("db"),
                     QStringLiteral("copy"), QStringLiteral("--from"), fileLocation },
                 &out),
        1);
    QVERIFY2(out.contains(QStringLiteral("is not empty")), qPrintable(out));

    // Newsroom → a new file, and what came back is what went.
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    QCOMPARE(run({ QStringLiteral("--database"), server.address(), QStringLiteral("db"),
                     QStringLiteral("copy"), QStringLiteral("--to"), back },
                 &out),
        0);
    auto original = Store::open(fileLocation);
    auto returned = Store::open(back);
    RELAIS_VERIFY_OK(original);
    RELAIS_VERIFY_OK(returned);
    for (const QString &table : DatabaseCopy::tables()) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        QCOMPARE((*returned)->database().scalar(sql)->toInt(),
            (*original)->database().scalar(sql)->toInt());
    }
    auto a = (*original)->articles().loadAll();
    auto b = (*returned)->articles().loadAll();
    RELAIS_VERIFY_OK(a);
    RELAIS_VERIFY_OK(b);
    QCOMPARE(a->size(), b->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        QCOMPARE(b->at(i).meta.uuid, a->at(i).meta.uuid);
        QCOMPARE(b->at(i).meta.updatedAt, a->at(i).meta.updatedAt);
        QCOMPARE(b->at(i).body, a->at(i).body);
        QCOMPARE(b->at(i).sections, a->at(i).sections);
        QCOMPARE(b->at(i).contacts, a->at(i).contacts);
    }
    auto t = (*returned)->publishing().target(QStringLiteral("Portail"));
    RELAIS_VERIFY_OK(t);
    QCOMPARE(t->lastManifest, target.lastManifest);
    QCOMPARE((*returned)->publishing().files(t->id)->keys(),
        QStringList { QStringLiteral("index.html") });
    QCOMPARE((*returned)->siteSettings().load()->name, QStringLiteral("Relais de la Somme"));
    // A new item in the newsroom gets an id after the copied ones.
    Database::Options options;
    auto newsroom = Store::open(server.address(), options);
    RELAIS_VERIFY_OK(newsroom);
    RELAIS_VERIFY_OK((*newsroom)->articles().create(Test::sampleArticle(QStringLiteral("Après"))));
}

void TestNewsroom::theSiteIsTheSameFromEitherEngine()
{
    // Imported at the same (manual) time into both, rendered by relais-cli for one time.
    Test::ManualClock clock;
    Test::TempStore server(&clock);
    qputenv("RELAIS_TEST_ENGINE", "sqlite");
    Test::TempStore file(&clock);
    qputenv("RELAIS_TEST_ENGINE", "postgresql");
    const QString cli = qEnvironmentVariable("RELAIS_CLI");
    QVERIFY(!cli.isEmpty());
    QTemporaryDir out;
    QStringList sites;
    // The same items (uuids, times and all): imported into the file, copied to the server.
    SeedImporter importer(file.store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    auto orphans = DatabaseCopy::orphans(file->database());
    RELAIS_VERIFY_OK(orphans);
    QVERIFY(orphans->isEmpty());
    auto copied = DatabaseCopy::copy(file->database(), server->database());
    RELAIS_VERIFY_OK(copied);
    for (Test::TempStore *t : { &server, &file }) {
        const QString location = t->path();
        t->close();
        const QString site = out.filePath(
            sites.isEmpty() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        sites.append(site);
        QProcess p;
        p.start(cli,
            { QStringLiteral("--database"), location, QStringLiteral("render"),
                QStringLiteral("--out"), site, QStringLiteral("--at"),
                QStringLiteral("2026-12-06T12:00:00Z"), QStringLiteral("--full") });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    auto files = [](const QString &root) {
        QMap<QString, QByteArray> all;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                all.insert(QDir(root).relativeFilePath(path), f.readAll());
        }
        return all;
    };
    const auto fromServer = files(sites.at(0));
    const auto fromFile = files(sites.at(1));
    QVERIFY(fromFile.size() > 20);
    QCOMPARE(fromServer.keys(), fromFile.keys());
    for (auto it = fromFile.cbegin(); it != fromFile.cend(); ++it) {
        // On a difference, the first line that differs.
        const QList<QByteArray> a = it.value().split('\n');
        const QList<QByteArray> b = fromServer.value(it.key()).split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            QVERIFY2(a.value(i) == b.value(i),
                qPrintable(QStringLiteral("%1 line %2:\nSQLite:     %3\nPostgreSQL: %4")
                               .arg(it.key())
                               .arg(i + 1)
                               .arg(QString::fromUtf8(a.value(i).left(300)),
                                   QString::fromUtf8(b.value(i).left(300)))));
        }
    }
}

QTEST_GUILESS_MAIN(TestNewsroom)
#include "test_newsroom.moc"
