// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli add, show, edit and watch (issue #18), on a file and on a newsroom.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

using namespace Relais;

class TestItemCommands : public QObject
{
    Q_OBJECT

private slots:
    void addShowAndEditWithTheRevisionRead();
    void badInputIsNamed();
    void watchPrintsWhatOthersCommit();
    void listSearchFindsWhatTheWindowFinds();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QString &database, const QStringList &arguments);
};

TestItemCommands::Run TestItemCommands::cli(const QString &database, const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("RELAIS_CLI"),
        QStringList { QStringLiteral("--database"), database } + arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestItemCommands::addShowAndEditWithTheRevisionRead()
{
    Test::TempStore temp;
    const QString db = temp.path();
    Run added = cli(db,
        { QStringLiteral("add"), QStringLiteral("article"), QStringLiteral("--title"),
            QStringLiteral("Écrit en ligne de commande"), QStringLiteral("--status"),
            QStringLiteral("draft"), QStringLiteral("--publish-at"),
            QStringLiteral("2026-12-24T09:00") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString uuid = added.out.trimmed();
    QVERIFY(!QUuid::fromString(uuid).isNull());

    Run shown = cli(db, { QStringLiteral("show"), uuid, QStringLiteral("--json") });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QJsonObject item = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("article"));
    QCOMPARE(item.value(QStringLiteral("title")).toString(),
        QStringLiteral("Écrit en ligne de commande"));
    QCOMPARE(item.value(QStringLiteral("revision")).toInt(), 1);
    // 9:00 in the site's zone (Paris, winter) is 8:00 UTC.
    QCOMPARE(item.value(QStringLiteral("publish_at")).toString(),
        QStringLiteral("2026-12-24T08:00:00Z"));

    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("body.md")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("Un **texte** venu d’un fichier.\n");
    body.close();
    Run edited = cli(db,
        { QStringLiteral("edit"), uuid, QStringLiteral("--body-file"), body.fileName(),
            QStringLiteral("--expect-revision"), QStringLiteral("1") });
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QVERIFY(edited.out.contains(QStringLiteral("revision 2")));

    // Someone who read revision 1 may not save over revision 2: exit code 3, who and when said,
    // nothing changed.
    Run stale = cli(db,
        { QStringLiteral("edit"), uuid, QStringLiteral("--title"), QStringLiteral("Écrasé"),
            QStringLiteral("--expect-revision"), QStringLiteral("1") });
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.err.contains(QStringLiteral("revision 2")), qPrintable(stale.err));
    QVERIFY2(stale.err.contains(temp->database().userName()), qPrintable(stale.err));
    auto stored = temp->articles().load(QUuid::fromString(uuid));
    RELAIS_VERIFY_OK(stored);
    QCOMPARE(stored->title, QStringLiteral("Écrit en ligne de commande"));
    QCOMPARE(stored->body, QStringLiteral("Un **texte** venu d’un fichier.\n"));
    QCOMPARE(stored->meta.revision, 2);

    // Agenda entries and contacts too.
    Run entry = cli(db,
        { QStringLiteral("add"), QStringLiteral("agenda"), QStringLiteral("--title"),
            QStringLiteral("Forum"), QStringLiteral("--start"), QStringLiteral("2027-01-10T14:00"),
            QStringLiteral("--end"), QStringLiteral("2027-01-10T18:00"), QStringLiteral("--place"),
            QStringLiteral("Amiens") });
    QVERIFY2(entry.exitCode == 0, qPrintable(entry.err));
    Run contact = cli(db,
        { QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--title"),
            QStringLiteral("Jeanne") });
    QVERIFY2(contact.exitCode == 0, qPrintable(contact.err));
    Run renamed = cli(db,
        { QStringLiteral("edit"), contact.out.trimmed(), QStringLiteral("--title"),
            QStringLiteral("Jeanne D.") });
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    QCOMPARE(temp->contacts().load(QUuid::fromString(contact.out.trimmed()))->name,
        QStringLiteral("Jeanne D."));
}

void TestItemCommands::badInputIsNamed()
{
    Test::TempStore temp;
    const QString db = temp.path();
    Run notId = cli(db, { QStringLiteral("show"), QStringLiteral("'; DROP TABLE articles; --") });
    QCOMPARE(notId.exitCode, 1);
    QVERIFY(notId.err.contains(QStringLiteral("is not an item's id")));
    Run unknown = cli(db,
        { QStringLiteral("edit"), QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("--title"), QStringLiteral("x") });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no item")));

    auto article = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(article);
    const QString uuid = article->meta.uuid.toString(QUuid::WithoutBraces);
    QTemporaryDir dir;
    QFile latin1(dir.filePath(QStringLiteral("latin1.md")));
    QVERIFY(latin1.open(QIODevice::WriteOnly));
    latin1.write("Caf\xe9 cr\xe8me\n");
    latin1.close();
    Run notUtf8 = cli(
        db, { QStringLiteral("edit"), uuid, QStringLiteral("--body-file"), latin1.fileName() });
    QCOMPARE(notUtf8.exitCode, 2);
    QVERIFY2(notUtf8.err.contains(QStringLiteral("not UTF-8")), qPrintable(notUtf8.err));
    Run status = cli(
        db, { QStringLiteral("edit"), uuid, QStringLiteral("--status"), QStringLiteral("gone") });
    QCOMPARE(status.exitCode, 2);
    Run revision = cli(db,
        { QStringLiteral("edit"), uuid, QStringLiteral("--expect-revision"),
            QStringLiteral("one") });
    QCOMPARE(revision.exitCode, 2);
    Run noStart = cli(db,
        { QStringLiteral("add"), QStringLiteral("agenda"), QStringLiteral("--title"),
            QStringLiteral("x") });
    QCOMPARE(noStart.exitCode, 2);
    QCOMPARE(temp->articles().load(article->meta.id)->meta.revision, 1); // nothing written
}

void TestItemCommands::watchPrintsWhatOthersCommit()
{
    Test::TempStore temp;
    QProcess watch;
    watch.start(qEnvironmentVariable("RELAIS_CLI"),
        { QStringLiteral("--database"), temp.path(), QStringLiteral("watch"),
            QStringLiteral("--json") });
    QVERIFY(watch.waitForStarted());
    QString said;
    QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromUtf8(watch.readAllStandardError()))
                                 .contains(QStringLiteral("Watching")),
        10000);
    auto nextLine = [&watch]() -> QJsonObject {
        QElapsedTimer clock;
        clock.start();
        while (!watch.canReadLine() && clock.elapsed() < 10000)
            watch.waitForReadyRead(200);
        return QJsonDocument::fromJson(watch.readLine()).object();
    };

    auto article = temp->articles().create(Test::sampleArticle(QStringLiteral("Vu en direct")));
    RELAIS_VERIFY_OK(article);
    QJsonObject line = nextLine();
    QCOMPARE(line.value(QStringLiteral("action")).toString(), QStringLiteral("insert"));
    QCOMPARE(line.value(QStringLiteral("type")).toString(), QStringLiteral("article"));
    QCOMPARE(line.value(QStringLiteral("uuid")).toString(),
        article->meta.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(line.value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(line.value(QStringLiteral("user")).toString(), temp->database().userName());

    if (Test::onPostgres()) {
        // The server cuts the watcher's connection; it comes back and tells what it missed.
        RELAIS_VERIFY_OK(temp->database().exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                           "current_database() AND application_name = 'relais-feed'")));
        QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromUtf8(watch.readAllStandardError()))
                                     .contains(QStringLiteral("Connection lost")),
            10000);
    }
    auto contact = temp->contacts().create(Test::sampleContact());
    RELAIS_VERIFY_OK(contact);
    line = nextLine();
    QCOMPARE(line.value(QStringLiteral("type")).toString(), QStringLiteral("contact"));
    QCOMPARE(line.value(QStringLiteral("uuid")).toString(),
        contact->meta.uuid.toString(QUuid::WithoutBraces));

    // Interrupted (Ctrl+C): it ends cleanly.
    ::kill(pid_t(watch.processId()), SIGINT);
    QVERIFY(watch.waitForFinished(10000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
}

void TestItemCommands::listSearchFindsWhatTheWindowFinds()
{
    Test::TempStore temp;
    RELAIS_VERIFY_OK(temp->articles().create(
        Test::sampleArticle(QStringLiteral("Les coopératives du littoral"))));
    RELAIS_VERIFY_OK(
        temp->articles().create(Test::sampleArticle(QStringLiteral("Marché de Noël"))));
    // Accents and case left aside, each word a prefix.
    Run found = cli(temp.path(),
        { QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--search"),
            QStringLiteral("COOPERAT litt") });
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    QCOMPARE(found.out.count(QLatin1Char('\n')), 1);
    QVERIFY(found.out.contains(QStringLiteral("Les coopératives du littoral")));
    Run json = cli(temp.path(),
        { QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--search"),
            QStringLiteral("noel"), QStringLiteral("--json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Marché de Noël"));
    Run nothing = cli(temp.path(),
        { QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--search"),
            QStringLiteral("zzzz") });
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY(nothing.out.isEmpty());
    Run tooShort = cli(temp.path(),
        { QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--search"),
            QStringLiteral("a") });
    QCOMPARE(tooShort.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestItemCommands)
#include "test_itemcommands.moc"
