// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// People and roles (issue #19): the newsroom's server enforces them. Every forbidden action is
// tried by SQL as the person, on their own login, and through the repositories and relais-cli;
// each must be refused, and what is allowed must work. On a file the one person is the
// administrator.
#include "storage/peoplerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Relais;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void aFileHasOneAdministrator();
    void theMakerIsTheAdministratorAndTheLastOneStays();
    void eachRoleDoesItsWorkAndNoMore();
    void theRepositoriesSayWhichRoleMayDoIt();
    void theCommandLineManagesPeople();
};

namespace {

using Test::Password;
using Test::People;
using Test::sql;

bool refused(const QString &said)
{
    return said.contains(QStringLiteral("permission denied"))
        || said.contains(QStringLiteral("row-level security"))
        || said.contains(QStringLiteral("only an administrator"));
}

} // namespace

void TestRoles::aFileHasOneAdministrator()
{
    if (Test::onPostgres())
        QSKIP("A file's case.");
    Test::TempStore temp;
    QCOMPARE(temp->database().role(), QStringLiteral("administrator"));
    QVERIFY(temp->database().hasRole(QStringLiteral("editor")));
    PeopleRepository people(temp->database());
    auto all = people.list();
    RELAIS_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().role, QStringLiteral("administrator"));
    auto added = people.add(
        QStringLiteral("ann"), QStringLiteral("editor"), QString::fromLatin1(Password));
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("one person")),
        qPrintable(added.error().message));
}

void TestRoles::theMakerIsTheAdministratorAndTheLastOneStays()
{
    if (!Test::onPostgres())
        QSKIP("People and roles are a newsroom's.");
    Test::TempStore temp;
    QCOMPARE(temp->database().role(), QStringLiteral("administrator"));
    People people(temp);
    PeopleRepository repository(temp->database());
    const QString me = temp->database().userName();
    // Alone: the last administrator can be neither demoted nor disabled.
    auto demoted = repository.setRole(me, QStringLiteral("editor"));
    QVERIFY(!demoted);
    QCOMPARE(demoted.error().code, Error::Code::Denied);
    QVERIFY2(demoted.error().message.contains(QStringLiteral("last administrator")),
        qPrintable(demoted.error().message));
    QVERIFY(!repository.disable(me));
    // With a second one, a disabled second one does not count.
    const QString ada = people.add(QStringLiteral("ada"), QStringLiteral("administrator"));
    RELAIS_VERIFY_OK(repository.disable(ada));
    QVERIFY(!repository.setRole(me, QStringLiteral("editor")));
    auto all = repository.list();
    RELAIS_VERIFY_OK(all);
    QStringList seen;
    for (const auto &person : std::as_const(*all))
        seen << person.login + QLatin1Char(':') + person.role
                + (person.enabled ? QString() : QStringLiteral(":off"));
    QVERIFY2(seen.contains(me + QStringLiteral(":administrator")), qPrintable(seen.join(u' ')));
    QVERIFY2(
        seen.contains(ada + QStringLiteral(":administrator:off")), qPrintable(seen.join(u' ')));
    // The group roles themselves are nobody.
    for (const QString &entry : std::as_const(seen))
        QVERIFY2(!entry.contains(QStringLiteral("_owner"))
                && !entry.contains(QStringLiteral("_editor:")),
            qPrintable(entry));
    // A disabled person cannot connect.
    auto refusedLogin = people.open(ada);
    QVERIFY(!refusedLogin);
    QVERIFY2(
        refusedLogin.error().code == Error::Code::Denied, qPrintable(refusedLogin.error().message));
}

void TestRoles::eachRoleDoesItsWorkAndNoMore()
{
    if (!Test::onPostgres())
        QSKIP("People and roles are a newsroom's.");
    Test::TempStore temp;
    People people(temp);
    auto theirs
        = temp->articles().create(Test::sampleArticle(QStringLiteral("Published by the desk")));
    RELAIS_VERIFY_OK(theirs);
    Article published = *theirs;
    published.status = Status::Published;
    published.publishAt = QDateTime::currentDateTimeUtc();
    RELAIS_VERIFY_OK(temp->articles().save(published));
    const QString a = QString::number(theirs->meta.id);
    RELAIS_VERIFY_OK(temp->database().exec(
        QStringLiteral("INSERT INTO submissions (source, external_id, received_at, imported_at, "
                       "kind, title, data, raw_sha256) VALUES ('t', 'x1', now(), now(), 'event', "
                       "'Fête', '{}', 'x')")));

    const QString annLogin = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    const QString maxLogin = people.add(QStringLiteral("max"), QStringLiteral("moderator"));
    const QString eveLogin = people.add(QStringLiteral("eve"), QStringLiteral("editor"));
    const QString adaLogin = people.add(QStringLiteral("ada"), QStringLiteral("administrator"));
    auto ann = people.open(annLogin);
    auto max = people.open(maxLogin);
    auto eve = people.open(eveLogin);
    auto ada = people.open(adaLogin);
    RELAIS_VERIFY_OK(ann);
    RELAIS_VERIFY_OK(max);
    RELAIS_VERIFY_OK(eve);
    RELAIS_VERIFY_OK(ada);
    QCOMPARE((*ann)->database().role(), QStringLiteral("contributor"));
    QCOMPARE((*max)->database().role(), QStringLiteral("moderator"));
    QCOMPARE((*eve)->database().role(), QStringLiteral("editor"));
    QCOMPARE((*ada)->database().role(), QStringLiteral("administrator"));

    // A contributor reads everything but publishing and moderation, writes their own drafts.
    Store &c = **ann;
    int n = -1;
    QCOMPARE(sql(c, QStringLiteral("SELECT count(*) FROM articles")), QString());
    QCOMPARE(sql(c, QStringLiteral("SELECT * FROM site_settings")), QString());
    auto draft = c.articles().create(Test::sampleArticle(QStringLiteral("Mon brouillon")));
    RELAIS_VERIFY_OK(draft);
    const QString d = QString::number(draft->meta.id);
    QCOMPARE(sql(c,
                 QStringLiteral("SELECT 1 FROM articles WHERE id = %1 AND created_by = '%2'")
                     .arg(d, annLogin)),
        QString());
    QCOMPARE(sql(c, QStringLiteral("UPDATE articles SET title = 'Mieux' WHERE id = %1").arg(d), &n),
        QString());
    QCOMPARE(n, 1);
    // Somebody else's article: no row to change, nor to take over.
    QCOMPARE(sql(c, QStringLiteral("UPDATE articles SET title = 'Pris' WHERE id = %1").arg(a), &n),
        QString());
    QCOMPARE(n, 0);
    QCOMPARE(
        sql(c, QStringLiteral("UPDATE articles SET created_by = session_user WHERE id = %1").arg(a),
            &n),
        QString());
    QCOMPARE(n, 0);
    QCOMPARE(temp->articles().load(theirs->meta.id)->title, published.title);
    // Their own draft: not published, not given away, not deleted for good.
    for (const QString &forbidden :
        { QStringLiteral("UPDATE articles SET status = 'published' WHERE id = %1").arg(d),
            QStringLiteral("UPDATE articles SET status = 'scheduled', publish_at = now() "
                           "WHERE id = %1")
                .arg(d),
            QStringLiteral("UPDATE articles SET created_by = '%1' WHERE id = %2").arg(eveLogin, d),
            QStringLiteral(
                "INSERT INTO articles (uuid, kind, title, slug, status, created_at, "
                "updated_at) VALUES ('u1', 'news', 'T', 't', 'published', now(), now())"),
            QStringLiteral("DELETE FROM articles WHERE id = %1").arg(d),
            QStringLiteral("INSERT INTO article_sections (article_id, section, position) "
                           "VALUES (%1, 'economie', 9)")
                .arg(a),
            QStringLiteral("SELECT * FROM publish_targets"),
            QStringLiteral("UPDATE site_settings SET value = 'x'"),
            QStringLiteral("INSERT INTO site_settings (key, value) VALUES ('title', 'x')"),
            QStringLiteral("SELECT * FROM submissions"),
            QStringLiteral("INSERT INTO changes (item_table, item_id, action) "
                           "VALUES ('articles', 1, 'update')"),
            QStringLiteral("DELETE FROM changes"),
            QStringLiteral("SELECT relais_person_add('x_%1', 'administrator', 'pw')").arg(annLogin),
            QStringLiteral("SELECT relais_person_role('%1', 'administrator')").arg(annLogin) }) {
        const QString said = sql(c, forbidden);
        QVERIFY2(refused(said), qPrintable(forbidden + QStringLiteral(" → ") + said));
    }

    // A moderator decides submissions, and is a contributor otherwise.
    Store &m = **max;
    QCOMPARE(sql(m, QStringLiteral("UPDATE submissions SET state = 'rejected'"), &n), QString());
    QCOMPARE(n, 1);
    QCOMPARE(sql(m, QStringLiteral("UPDATE articles SET title = 'Pris' WHERE id = %1").arg(a), &n),
        QString());
    QCOMPARE(n, 0);
    QVERIFY(refused(sql(m, QStringLiteral("SELECT * FROM publish_targets"))));

    // An editor: all content, for good too; not the site nor the people.
    Store &e = **eve;
    QCOMPARE(sql(e, QStringLiteral("UPDATE articles SET title = 'Relu' WHERE id = %1").arg(a), &n),
        QString());
    QCOMPARE(n, 1);
    QCOMPARE(sql(e,
                 QStringLiteral("UPDATE articles SET status = 'published', publish_at = now() "
                                "WHERE id = %1")
                     .arg(d),
                 &n),
        QString());
    QCOMPARE(n, 1);
    QCOMPARE(sql(e, QStringLiteral("DELETE FROM article_sections WHERE article_id = %1").arg(d)),
        QString());
    QCOMPARE(sql(e, QStringLiteral("DELETE FROM articles WHERE id = %1").arg(d), &n), QString());
    QCOMPARE(n, 1);
    for (const QString &forbidden : { QStringLiteral("SELECT * FROM publish_targets"),
             QStringLiteral("UPDATE site_settings SET value = 'x'"),
             QStringLiteral("SELECT relais_person_disable('%1')").arg(annLogin) }) {
        const QString said = sql(e, forbidden);
        QVERIFY2(refused(said), qPrintable(forbidden + QStringLiteral(" → ") + said));
    }

    // An administrator: the site, publishing and people too.
    Store &ad = **ada;
    QCOMPARE(sql(ad, QStringLiteral("SELECT * FROM publish_targets")), QString());
    QCOMPARE(sql(ad, QStringLiteral("UPDATE site_settings SET value = value")), QString());
    QCOMPARE(sql(ad, QStringLiteral("SELECT relais_person_role('%1', 'editor')").arg(annLogin)),
        QString());
}

void TestRoles::theRepositoriesSayWhichRoleMayDoIt()
{
    if (!Test::onPostgres())
        QSKIP("People and roles are a newsroom's.");
    Test::TempStore temp;
    People people(temp);
    auto theirs = temp->articles().create(Test::sampleArticle(QStringLiteral("Du bureau")));
    RELAIS_VERIFY_OK(theirs);
    auto ann = people.open(people.add(QStringLiteral("ann"), QStringLiteral("contributor")));
    RELAIS_VERIFY_OK(ann);
    // Somebody else's item: refused (not "changed elsewhere"), naming who may.
    Article changed = *(*ann)->articles().load(theirs->meta.id);
    changed.title = QStringLiteral("Pris");
    auto saved = (*ann)->articles().save(changed);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::Denied);
    QVERIFY2(saved.error().message.contains(QStringLiteral("contributor"))
            && saved.error().message.contains(QStringLiteral("an editor")),
        qPrintable(saved.error().message));
    // Publishing their own: refused the same way, nothing half-written.
    Article mine = Test::sampleArticle(QStringLiteral("À moi"));
    mine.status = Status::Published;
    mine.publishAt = QDateTime::currentDateTimeUtc();
    const int before = *temp->articles().count();
    auto published = (*ann)->articles().create(mine);
    QVERIFY(!published);
    QCOMPARE(published.error().code, Error::Code::Denied);
    QVERIFY2(published.error().message.contains(QStringLiteral("an editor")),
        qPrintable(published.error().message));
    QCOMPARE(*temp->articles().count(), before);
}

void TestRoles::theCommandLineManagesPeople()
{
    if (!Test::onPostgres())
        QSKIP("People and roles are a newsroom's.");
    Test::TempStore temp;
    People people(temp);
    QTemporaryDir dir;
    auto writeFile = [&](const QString &name, const QByteArray &text) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    };
    const QString passwordFile = writeFile(QStringLiteral("pw"), Password);
    const QString bob = QStringLiteral("bob_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    people.forget(bob);
    auto cli = [&](const QStringList &arguments, QString *out, QString *err,
                   const QByteArray &passFile = {}) {
        QProcess p;
        if (!passFile.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSFILE"), QString::fromLocal8Bit(passFile));
            p.setProcessEnvironment(env);
        }
        p.start(qEnvironmentVariable("RELAIS_CLI"), arguments);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    QString err;
    const QString db = temp.path();
    QCOMPARE(cli({ QStringLiteral("--database"), db, QStringLiteral("user"), QStringLiteral("add"),
                     bob, QStringLiteral("--role"), QStringLiteral("editor"),
                     QStringLiteral("--password-file"), passwordFile },
                 &out, &err),
        0);
    QVERIFY2(out.contains(QStringLiteral("an editor")), qPrintable(out + err));
    QCOMPARE(cli({ QStringLiteral("--database"), db, QStringLiteral("user"), QStringLiteral("list"),
                     QStringLiteral("--json") },
                 &out, &err),
        0);
    bool listed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("login")).toString() == bob) {
            listed = o.value(QStringLiteral("role")).toString() == u"editor"
                && o.value(QStringLiteral("enabled")).toBool();
        }
    }
    QVERIFY2(listed, qPrintable(out));
    QCOMPARE(cli({ QStringLiteral("--database"), db, QStringLiteral("user"), QStringLiteral("role"),
                     bob, QStringLiteral("contributor") },
                 &out, &err),
        0);
    QCOMPARE(cli({ QStringLiteral("--database"), db, QStringLiteral("user"), QStringLiteral("role"),
                     bob, QStringLiteral("chief") },
                 &out, &err),
        2);

    // Bob, a contributor, may not add people: the server says no, naming his role.
    const QString port = Test::ServerDatabase::server().value(QStringLiteral("PG_PORT"));
    const QString bobPass = writeFile(QStringLiteral("bobpass"),
        QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(port, bob, QLatin1String(Password)).toUtf8());
    const QString asBob = people.address(bob);
    QCOMPARE(
        cli({ QStringLiteral("--database"), asBob, QStringLiteral("user"), QStringLiteral("add"),
                QStringLiteral("eve_") + bob, QStringLiteral("--role"),
                QStringLiteral("administrator"), QStringLiteral("--password-file"), passwordFile },
            &out, &err, bobPass.toLocal8Bit()),
        1);
    QVERIFY2(err.contains(QStringLiteral("who is a contributor"))
            && err.contains(QStringLiteral("only an administrator")),
        qPrintable(err));
    QCOMPARE(
        cli({ QStringLiteral("--database"), asBob, QStringLiteral("db"), QStringLiteral("status") },
            &out, &err, bobPass.toLocal8Bit()),
        0);

    // Disabled: Bob cannot connect any more; the last administrator stays.
    QCOMPARE(cli({ QStringLiteral("--database"), db, QStringLiteral("user"),
                     QStringLiteral("disable"), bob },
                 &out, &err),
        0);
    QCOMPARE(
        cli({ QStringLiteral("--database"), asBob, QStringLiteral("db"), QStringLiteral("status") },
            &out, &err, bobPass.toLocal8Bit()),
        1);
    QCOMPARE(cli({ QStringLiteral("--database"), db, QStringLiteral("user"),
                     QStringLiteral("disable"), temp->database().userName() },
                 &out, &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("last administrator")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "test_roles.moc"
