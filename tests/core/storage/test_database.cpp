// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "exchange/seedimporter.h"
#include "media/webimage.h"
#include "openfiles.h"
#include "savefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace Relais;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs raw SQL on a file behind Relais's back.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsNewFile();
    void emptyFileBecomesDatabase();
    void migratesFromVersion1();
    void migratesFromVersion2();
    void migratesTargetsToVersion8();
    void refusesNewerVersion();
    void refusesTextFile();
    void refusesOtherSqliteDatabase();
    void refusesCorruptFile();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactions();
    void checkReportsNothingOnHealthyFile();
    void quickCheckCanBeStopped();
    void inspectDescribesADamagedFileWithoutWritingIt();
    void filesInUseAreNeverReadOrReplaced();
};

void TestDatabase::createsNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path);
    RELAIS_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::LatestVersion);
    QCOMPARE(
        (*db)->scalar(QStringLiteral("PRAGMA application_id"))->toInt(), Database::ApplicationId);
    QCOMPARE(
        (*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

void TestDatabase::emptyFileBecomesDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::open(path);
    RELAIS_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::LatestVersion);
}

void TestDatabase::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Database::Options options;
        options.migrateTo = 1;
        auto db = Database::open(path, options);
        RELAIS_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), 1);
        // Rows as version 1 wrote them (today's repositories write today's columns).
        RELAIS_VERIFY_OK((*db)->exec(QStringLiteral(
            "INSERT INTO articles (uuid, kind, title, slug, body, status, created_at, updated_at) "
            "VALUES ('6f1d3c0e-0000-4000-8000-000000000002', 'news', 'Éco-activités en "
            "Hauts-de-France', "
            "'eco-activites', 'Texte', 'draft', '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')")));
        RELAIS_VERIFY_OK((*db)->exec(QStringLiteral(
            "INSERT INTO contacts (uuid, organization, created_at, updated_at) VALUES "
            "('6f1d3c0e-0000-4000-8000-000000000003', 'Économie solidaire', "
            "'2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')")));
    }
    auto store = Store::open(path);
    RELAIS_VERIFY_OK(store);
    QCOMPARE((*store)->database().schemaVersion(), Database::LatestVersion);
    // Version 2 built the search index over the rows that were already there.
    ListQuery q;
    q.search = QStringLiteral("eco activ");
    QCOMPARE(*(*store)->articles().count(q), 1);
    q.search = QStringLiteral("economie");
    QCOMPARE(*(*store)->contacts().count(q), 1);
    RELAIS_VERIFY_OK((*store)->articles().load(
        QUuid::fromString(QStringLiteral("6f1d3c0e-0000-4000-8000-000000000002"))));
}

void TestDatabase::migratesFromVersion2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        Database::Options options;
        options.migrateTo = 2;
        auto db = Database::open(path, options);
        RELAIS_VERIFY_OK(db);
        // A version-2 row, written as version 2 wrote it.
        RELAIS_VERIFY_OK((*db)->exec(QStringLiteral(
            "INSERT INTO articles (uuid, kind, title, slug, status, created_at, updated_at) "
            "VALUES ('6f1d3c0e-0000-4000-8000-000000000001', 'news', 'Ancien', 'ancien', "
            "'published', "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    }
    auto store = Store::open(path);
    RELAIS_VERIFY_OK(store);
    QCOMPARE((*store)->database().schemaVersion(), Database::LatestVersion);
    auto old = (*store)->articles().load(
        QUuid::fromString(QStringLiteral("6f1d3c0e-0000-4000-8000-000000000001")));
    RELAIS_VERIFY_OK(old);
    QCOMPARE(old->title, QStringLiteral("Ancien"));
    QVERIFY(!old->allowRawHtml);
    Article changed = *old;
    changed.allowRawHtml = true;
    RELAIS_VERIFY_OK((*store)->articles().update(changed));
    QVERIFY((*store)->articles().load(old->meta.id)->allowRawHtml);
}

void TestDatabase::migratesTargetsToVersion8()
{
    // Version 8 rebuilds the targets table (to allow WordPress); what refers to a target — files
    // on the server, the history of runs — must come through whole, not cascade away.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    {
        Database::Options options;
        options.migrateTo = 7;
        auto db = Database::open(path, options);
        RELAIS_VERIFY_OK(db);
        for (const char *sql :
            { "INSERT INTO publish_targets (id, name, kind, url, username, created_at) VALUES "
              "(3, 'Portail', 'webdav', 'https://example.org/dav/', 'ess', "
              "'2026-01-01T00:00:00.000Z')",
                "INSERT INTO publish_files (target_id, path, sha256, size) VALUES (3, "
                "'index.html', 'ab', 12)",
                "INSERT INTO publish_runs (target_id, started_at, rendered_for, state) VALUES "
                "(3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'done')" }) {
            RELAIS_VERIFY_OK((*db)->exec(QString::fromLatin1(sql)));
        }
    }
    auto store = Store::open(path);
    RELAIS_VERIFY_OK(store);
    QCOMPARE((*store)->database().schemaVersion(), Database::LatestVersion);
    auto target = (*store)->publishing().target(3);
    RELAIS_VERIFY_OK(target);
    QCOMPARE(target->name, QStringLiteral("Portail"));
    QVERIFY(target->account.isEmpty());
    auto files = (*store)->publishing().files(3);
    RELAIS_VERIFY_OK(files);
    QCOMPARE(files->size(), 1);
    auto runs = (*store)->publishing().runs(3);
    RELAIS_VERIFY_OK(runs);
    QCOMPARE(runs->size(), 1);
    // Foreign keys are on again, and cascade as before.
    QCOMPARE((*store)->database().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    PublishTarget wp;
    wp.name = QStringLiteral("Blog");
    wp.kind = QStringLiteral("wordpress");
    wp.url = QUrl(QStringLiteral("https://blog.example.org/"));
    auto added = (*store)->publishing().addTarget(wp);
    RELAIS_VERIFY_OK(added);
    WordPressLink link;
    link.targetId = added->id;
    link.item = QUuid::createUuid();
    link.itemType = QStringLiteral("article");
    link.remoteId = 42;
    RELAIS_VERIFY_OK((*store)->wordpress().saveLink(link));
    RELAIS_VERIFY_OK((*store)->publishing().removeTarget(added->id));
    QCOMPARE((*store)
                 ->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM wordpress_posts"))
                 ->toInt(),
        0);
    RELAIS_VERIFY_OK((*store)->publishing().removeTarget(3));
    QCOMPARE(
        (*store)->database().scalar(QStringLiteral("SELECT count(*) FROM publish_files"))->toInt(),
        0);
    wp.kind = QStringLiteral("ftp");
    QVERIFY(!(*store)->publishing().addTarget(wp));
}

void TestDatabase::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        RELAIS_VERIFY_OK(db);
    }
    rawSql(path, { QStringLiteral("PRAGMA user_version = 99") });
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NewerSchema);
    QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
    QVERIFY(db.error().message.contains(QStringLiteral("99")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesTextFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Ceci est une liste de courses, pas une base de données.\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotRelais);
    QVERIFY(db.error().message.contains(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesOtherSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawSql(path,
        { QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("INSERT INTO photos (name) VALUES ('vacances')") });
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotRelais);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    {
        auto store = Store::open(path);
        RELAIS_VERIFY_OK(store);
        for (int i = 0; i < 50; ++i)
            RELAIS_VERIFY_OK((*store)->articles().create(
                Test::sampleArticle(QStringLiteral("Article %1").arg(i))));
        RELAIS_VERIFY_OK(
            (*store)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        // Scribble over every page but the first (the header stays valid).
        for (qint64 offset = 4096; offset < f.size(); offset += 4096) {
            f.seek(offset);
            f.write(QByteArray(512, '\xA5'));
        }
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Corrupt);
    QVERIFY(db.error().message.contains(QStringLiteral("damaged")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Test::TempStore temp;
    {
        Transaction t(temp->database());
        QVERIFY(t.isActive());
        RELAIS_VERIFY_OK(temp->articles().create(Test::sampleArticle()));
        QCOMPARE(*temp->articles().count(), 1);
    }
    QCOMPARE(*temp->articles().count(), 0);
}

void TestDatabase::nestedTransactions()
{
    Test::TempStore temp;
    Transaction outer(temp->database());
    RELAIS_VERIFY_OK(temp->articles().create(Test::sampleArticle(QStringLiteral("Garde"))));
    {
        Transaction inner(temp->database());
        RELAIS_VERIFY_OK(temp->articles().create(Test::sampleArticle(QStringLiteral("Annulé"))));
    } // inner rolled back alone
    RELAIS_VERIFY_OK(outer.commit());
    QCOMPARE(*temp->articles().count(), 1);
}

void TestDatabase::checkReportsNothingOnHealthyFile()
{
    Test::TempStore temp;
    RELAIS_VERIFY_OK(temp->articles().create(Test::sampleArticle()));
    auto problems = temp->database().check();
    RELAIS_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
}

void TestDatabase::quickCheckCanBeStopped()
{
    Test::TempStore temp;
    {
        Transaction t(temp->database());
        for (int i = 0; i < 300; ++i)
            RELAIS_VERIFY_OK(
                temp->articles().create(Test::sampleArticle(QStringLiteral("Article %1").arg(i))));
        RELAIS_VERIFY_OK(t.commit());
    }
    Database::CheckStopper running;
    auto healthy = Database::quickCheck(temp.path(), &running);
    RELAIS_VERIFY_OK(healthy);
    QVERIFY(healthy->isEmpty());
    Database::CheckStopper stopper;
    stopper.stop();
    auto stopped = Database::quickCheck(temp.path(), &stopper);
    QVERIFY(!stopped);
    QVERIFY(stopped.error().message.contains(QStringLiteral("stopped")));
}

void TestDatabase::inspectDescribesADamagedFileWithoutWritingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto store = Store::open(path);
        RELAIS_VERIFY_OK(store);
        for (int i = 0; i < 200; ++i)
            RELAIS_VERIFY_OK((*store)->articles().create(
                Test::sampleArticle(QStringLiteral("Article %1").arg(i))));
    }
    auto healthy = Database::inspect(path);
    RELAIS_VERIFY_OK(healthy);
    QVERIFY2(healthy->problems.isEmpty(), qPrintable(healthy->problems.join(QLatin1Char('\n'))));
    QCOMPARE(healthy->version, Database::LatestVersion);
    QVERIFY(Test::damageSecondHalf(path, 64));
    const QByteArray before = fileHash(path);
    auto damaged = Database::inspect(path);
    RELAIS_VERIFY_OK(damaged);
    QVERIFY(!damaged->problems.isEmpty());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));

    auto missing = Database::inspect(dir.filePath(QStringLiteral("typo.sqlite")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("typo.sqlite"))));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    rawSql(other, { QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)") });
    auto notOurs = Database::inspect(other);
    QVERIFY(!notOurs);
    QCOMPARE(notOurs.error().code, Error::Code::NotRelais);
}

// Reading or replacing the database outside SQLite, while it is open, would release SQLite's
// locks or leave it writing into a deleted file: every input and output of files refuses it,
// under any of its names.
void TestDatabase::filesInUseAreNeverReadOrReplaced()
{
    Test::TempStore temp;
    RELAIS_VERIFY_OK(temp->articles().create(Test::sampleArticle()));
    const QString path = temp.path();
    const QString link = temp.dir() + QStringLiteral("/lien.json");
    const QString hardLink = temp.dir() + QStringLiteral("/copie.csv");
    QVERIFY(QFile::link(path, link));
    QVERIFY(
        ::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()) == 0);
    const QString unrelated = temp.dir() + QStringLiteral("/contacts.csv");
    QVERIFY(saveFile(unrelated, "Nom;Organisation\n").ok());

    for (const QString &name : QStringList {
             path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), link, hardLink })
        QVERIFY2(OpenFiles::isInUse(name), qPrintable(name));
    QVERIFY(!OpenFiles::isInUse(unrelated));
    QVERIFY(!OpenFiles::isInUse(temp.dir() + QStringLiteral("/absent.json")));

    auto saved = saveFile(link, "agenda");
    QVERIFY(!saved);
    QVERIFY(saved.error().message.contains(link));
    QVERIFY(saved.error().message.contains(QStringLiteral("database in use")));
    auto seed = SeedImporter(temp.store()).importFile(path, {});
    QVERIFY(!seed);
    QVERIFY(seed.error().message.contains(QStringLiteral("database in use")));
    auto picture = WebImage::readFile(hardLink);
    QVERIFY(!picture);
    QVERIFY(picture.error().message.contains(QStringLiteral("database in use")));
    auto wal = WebImage::readFile(path + QStringLiteral("-wal"));
    QVERIFY(!wal);

    // The database is untouched and still the one the connection writes to.
    RELAIS_VERIFY_OK(
        temp->articles().create(Test::sampleArticle(QStringLiteral("Après les refus"))));
    QCOMPARE(*temp->articles().count(), 2);
    auto problems = temp->database().check();
    RELAIS_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());

    temp.close();
    QVERIFY(!OpenFiles::isInUse(path));
    QVERIFY(saveFile(unrelated, "Nom;Organisation\nA;B\n").ok());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
