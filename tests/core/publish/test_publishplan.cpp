// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "publish/manifest.h"
#include "publish/passwordvault.h"
#include "content/publishplan.h"
#include "content/remotepath.h"

#include <QFile>

using namespace Relais;
using namespace Relais::Test;

// The pure parts of publishing: remote paths, the manifest, the plan and its order, the
// record of runs, and password files.
class TestPublishPlan : public QObject
{
    Q_OBJECT

private slots:
    void joinKeepsPathsUnderTheBase_data();
    void joinKeepsPathsUnderTheBase();
    void joinRefusesEscapes_data();
    void joinRefusesEscapes();
    void badBaseAddresses_data();
    void badBaseAddresses();
    void manifestRoundTrip();
    void manifestRefusesGarbage_data();
    void manifestRefusesGarbage();
    void planUploadsWhatDiffersInOrder();
    void planDeletesEmptiedFoldersWhole();
    void planOfNothingIsEmpty();
    void runsAndStepsAreRecorded();
    void passwordFileMustBePrivate();

private:
    static FileState state(char c, qint64 size = 10)
    {
        return FileState { QByteArray(64, c), size };
    }
};

void TestPublishPlan::joinKeepsPathsUnderTheBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("url");
    QTest::newRow("folder") << "https://example.org/site/"
                            << "actualites/a/index.html"
                            << "https://example.org/site/actualites/a/index.html";
    QTest::newRow("base without slash") << "http://127.0.0.1:8080/dav"
                                        << "index.html"
                                        << "http://127.0.0.1:8080/dav/index.html";
    QTest::newRow("root") << "https://example.org"
                          << ".relais/manifest.json"
                          << "https://example.org/.relais/manifest.json";
    QTest::newRow("folder path") << "https://example.org/site/"
                                 << "agenda/x/"
                                 << "https://example.org/site/agenda/x/";
}

void TestPublishPlan::joinKeepsPathsUnderTheBase()
{
    QFETCH(QString, base);
    QFETCH(QString, relative);
    QFETCH(QString, url);
    auto joined = RemotePath::join(QUrl(base), relative);
    RELAIS_VERIFY_OK(joined);
    QCOMPARE(joined->toString(), url);
}

void TestPublishPlan::joinRefusesEscapes_data()
{
    QTest::addColumn<QString>("relative");
    for (const char *bad : { "../etc/passwd", "a/../../b", "a/./b", "/absolute",
             "http://evil.example/x", "//evil.example/x", "a%2F..%2Fb", "a%2e%2e/b", "a\\..\\b",
             "a//b", "", ".", "..", "a/b?x=1", "a#frag", "a b", "a\nb", "é.html", "a:b" }) {
        QTest::newRow(bad) << QString::fromUtf8(bad);
    }
}

void TestPublishPlan::joinRefusesEscapes()
{
    QFETCH(QString, relative);
    auto joined = RemotePath::join(QUrl(QStringLiteral("https://example.org/site/")), relative);
    QVERIFY(!joined);
    QCOMPARE(joined.error().code, Error::Code::Invalid);
    QVERIFY(!RemotePath::isSafe(relative));
}

void TestPublishPlan::badBaseAddresses_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("ftp") << "ftp://example.org/";
    QTest::newRow("no host") << "http:///site/";
    QTest::newRow("user in URL") << "https://bob:pw@example.org/";
    QTest::newRow("query") << "https://example.org/?a=1";
    QTest::newRow("relative") << "site/";
    QTest::newRow("file") << "file:///tmp/";
}

void TestPublishPlan::badBaseAddresses()
{
    QFETCH(QString, base);
    QVERIFY(!RemotePath::checkBase(QUrl(base)).isEmpty());
    QVERIFY(!RemotePath::join(QUrl(base), QStringLiteral("index.html")));
}

void TestPublishPlan::manifestRoundTrip()
{
    FileMap files;
    files.insert(QStringLiteral("index.html"), state('a', 1200));
    files.insert(QStringLiteral("actualites/x/index.html"), state('b', 3400));
    const QByteArray json
        = Manifest::toJson(files, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    auto back = Manifest::fromJson(json);
    RELAIS_VERIFY_OK(back);
    QCOMPARE(*back, files);

    FileMap server = files;
    server[QStringLiteral("index.html")] = state('c', 1200);
    server.insert(QStringLiteral("extra.html"), state('d'));
    server.remove(QStringLiteral("actualites/x/index.html"));
    const auto d = Manifest::compare(files, server);
    QCOMPARE(d.changed, QStringList { QStringLiteral("index.html") });
    QCOMPARE(d.onlyServer, QStringList { QStringLiteral("extra.html") });
    QCOMPARE(d.onlyOurs, QStringList { QStringLiteral("actualites/x/index.html") });
    QVERIFY(d.describe().contains(QStringLiteral("extra.html")));
}

void TestPublishPlan::manifestRefusesGarbage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other format") << QByteArray(R"({"format":"other","files":{}})");
    QTest::newRow("no files") << QByteArray(R"({"format":"relais-manifest 1"})");
    const QByteArray sha(64, 'a');
    QTest::newRow("escaping path")
        << (R"({"format":"relais-manifest 1","files":{"../x":{"sha256":")" + sha
               + R"(","size":1}}})");
    QTest::newRow("bad hash") << QByteArray(
        R"({"format":"relais-manifest 1","files":{"a.html":{"sha256":"zz","size":1}}})");
    QTest::newRow("negative size")
        << (R"({"format":"relais-manifest 1","files":{"a.html":{"sha256":")" + sha
               + R"(","size":-5}}})");
}

void TestPublishPlan::manifestRefusesGarbage()
{
    QFETCH(QByteArray, json);
    auto parsed = Manifest::fromJson(json);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestPublishPlan::planUploadsWhatDiffersInOrder()
{
    FileMap local;
    local.insert(QStringLiteral("index.html"), state('a'));
    local.insert(QStringLiteral("feed.xml"), state('b'));
    local.insert(QStringLiteral("actualites/index.html"), state('c'));
    local.insert(QStringLiteral("actualites/page/2/index.html"), state('d'));
    local.insert(QStringLiteral("actualites/un/index.html"), state('e'));
    local.insert(QStringLiteral("agenda/deux/index.html"), state('f'));
    local.insert(QStringLiteral("assets/style.css"), state('0'));
    local.insert(QStringLiteral("rubriques/emploi/index.html"), state('1'));
    FileMap remote;
    remote.insert(QStringLiteral("feed.xml"), state('b')); // same: not sent
    remote.insert(QStringLiteral("index.html"), state('9')); // changed
    const PublishPlan plan = PublishPlan::make(local, remote, "{}", false);
    QStringList order;
    for (const PublishStep &s : plan.steps)
        order.append(PublishStep::actionName(s.action) + QLatin1Char(' ') + s.path);
    const QStringList expected { QStringLiteral("mkcol actualites/"),
        QStringLiteral("mkcol agenda/"), QStringLiteral("mkcol assets/"),
        QStringLiteral("mkcol rubriques/"), QStringLiteral("mkcol .relais/"),
        QStringLiteral("mkcol actualites/page/"), QStringLiteral("mkcol actualites/un/"),
        QStringLiteral("mkcol agenda/deux/"), QStringLiteral("mkcol rubriques/emploi/"),
        QStringLiteral("mkcol actualites/page/2/"), QStringLiteral("put assets/style.css"),
        QStringLiteral("put actualites/un/index.html"),
        QStringLiteral("put agenda/deux/index.html"), QStringLiteral("put actualites/index.html"),
        QStringLiteral("put actualites/page/2/index.html"),
        QStringLiteral("put rubriques/emploi/index.html"), QStringLiteral("put index.html"),
        QStringLiteral("put .relais/manifest.json") };
    // Within a phase the order does not matter; across phases it does.
    QCOMPARE(order.size(), expected.size());
    for (int i = 0; i + 1 < plan.steps.size(); ++i)
        QVERIFY(plan.steps.at(i).phase <= plan.steps.at(i + 1).phase);
    QCOMPARE(
        QSet<QString>(order.begin(), order.end()), QSet<QString>(expected.begin(), expected.end()));
    QCOMPARE(plan.uploads, 8);
    QCOMPARE(plan.folders, 10);
    QCOMPARE(plan.deletes, 0);
    QCOMPARE(plan.bytes, 7 * 10 + 2);
    QVERIFY(plan.summary().contains(QStringLiteral("8")));
    // Folders before their files, parents before children.
    QCOMPARE(plan.steps.first().action, PublishStep::Action::Mkcol);
    QCOMPARE(plan.steps.last().path, QLatin1String(Manifest::Path));
}

void TestPublishPlan::planDeletesEmptiedFoldersWhole()
{
    FileMap remote;
    remote.insert(QStringLiteral("index.html"), state('a'));
    remote.insert(QStringLiteral("agenda/index.html"), state('b'));
    remote.insert(QStringLiteral("agenda/gone/index.html"), state('c'));
    remote.insert(QStringLiteral("agenda/gone/photo.jpg"), state('d'));
    remote.insert(QStringLiteral("agenda/old.ics"), state('e'));
    remote.insert(QStringLiteral(".relais/manifest.json"), state('f'));
    FileMap local = remote;
    local.remove(QStringLiteral("agenda/gone/index.html"));
    local.remove(QStringLiteral("agenda/gone/photo.jpg"));
    local.remove(QStringLiteral("agenda/old.ics"));
    local.remove(QStringLiteral(".relais/manifest.json"));
    const PublishPlan plan = PublishPlan::make(local, remote, "{}", false);
    QStringList deletions;
    for (const PublishStep &s : plan.steps) {
        if (s.action == PublishStep::Action::Delete)
            deletions.append(s.path);
    }
    deletions.sort();
    QCOMPARE(deletions,
        (QStringList { QStringLiteral("agenda/gone/"), QStringLiteral("agenda/old.ics") }));
    QCOMPARE(plan.steps.last().action, PublishStep::Action::Delete); // deletions last
    QCOMPARE(plan.uploads, 1); // the manifest
}

void TestPublishPlan::planOfNothingIsEmpty()
{
    FileMap same;
    same.insert(QStringLiteral("index.html"), state('a'));
    QVERIFY(PublishPlan::make(same, same, "{}", false).isEmpty());
    // …unless the manifest must be written again.
    const PublishPlan plan = PublishPlan::make(same, same, "{}", true);
    QCOMPARE(plan.steps.size(), 2); // .relais/ and the manifest
}

void TestPublishPlan::runsAndStepsAreRecorded()
{
    TempStore store;
    PublishRepository &repo = store->publishing();
    PublishTarget t;
    t.name = QStringLiteral("Portail");
    t.url = QUrl(QStringLiteral("https://example.org/site/"));
    t.username = QStringLiteral("editor");
    auto added = repo.addTarget(t);
    RELAIS_VERIFY_OK(added);
    QCOMPARE(repo.addTarget(t).error().code, Error::Code::Conflict);
    PublishTarget bad = t;
    bad.name = QStringLiteral("Autre");
    bad.url = QUrl(QStringLiteral("ftp://example.org/"));
    QCOMPARE(repo.addTarget(bad).error().code, Error::Code::Invalid);

    FileMap local;
    local.insert(QStringLiteral("index.html"), state('a'));
    local.insert(QStringLiteral("agenda/x/index.html"), state('b'));
    const PublishPlan plan = PublishPlan::make(local, {}, "{}", false);
    auto run = repo.startRun(added->id, plan, store->database().now(), store->database().now(), 0);
    RELAIS_VERIFY_OK(run);
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).path != u"index.html")
            continue;
        RELAIS_VERIFY_OK(repo.fileArrived(added->id, plan.steps.at(i)));
        RELAIS_VERIFY_OK(repo.stepsDone(*run, { i }));
    }
    // The process stops here: the run is unfinished, and the file that arrived is known.
    auto unfinished = repo.unfinishedRun(added->id);
    RELAIS_VERIFY_OK(unfinished);
    QVERIFY(unfinished->has_value());
    QCOMPARE((*unfinished)->stepsDone, 1);
    QCOMPARE((*unfinished)->stepsTotal, int(plan.steps.size()));
    auto files = repo.files(added->id);
    RELAIS_VERIFY_OK(files);
    QCOMPARE(files->keys(), QStringList { QStringLiteral("index.html") });
    // A folder deletion forgets every file under it.
    RELAIS_VERIFY_OK(repo.fileArrived(added->id,
        PublishStep { PublishStep::Action::Put, QStringLiteral("agenda/x/index.html"), state('b'),
            0, false }));
    RELAIS_VERIFY_OK(repo.fileArrived(added->id,
        PublishStep { PublishStep::Action::Delete, QStringLiteral("agenda/"), {}, 0, false }));
    QCOMPARE(repo.files(added->id)->keys(), QStringList { QStringLiteral("index.html") });
    // Nothing of the password anywhere in the database.
    store.close();
    QVERIFY(!store.holdsAnywhere("s3cret"));
    QVERIFY(store.holdsAnywhere("index.html")); // the search finds what is stored
}

void TestPublishPlan::passwordFileMustBePrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("s3cret\n");
    file.close();
    QVERIFY(file.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    auto refused = PasswordVault::readPasswordFile(path);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("chmod 600")));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto read = PasswordVault::readPasswordFile(path);
    RELAIS_VERIFY_OK(read);
    QCOMPARE(*read, QStringLiteral("s3cret"));
    QVERIFY(!PasswordVault::readPasswordFile(dir.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(TestPublishPlan)
#include "test_publishplan.moc"
