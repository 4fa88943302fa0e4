// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli review, assign, comment, comments, history, restore, log and notifications
// (issue 19), on a file and on a newsroom, where a contributor is refused what is an editor's.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

using namespace Relais;

class TestWorkflowCommands : public QObject
{
    Q_OBJECT

private slots:
    void reviewCommentHistoryAndLog();
    void aContributorIsRefusedWhatIsAnEditors();
    void theCalendarGroupsBySiteDays();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // passFile: libpq's password file for a person of the newsroom.
    static Run cli(
        const QString &database, const QStringList &arguments, const QString &passFile = {});
};

TestWorkflowCommands::Run TestWorkflowCommands::cli(
    const QString &database, const QStringList &arguments, const QString &passFile)
{
    QProcess process;
    if (!passFile.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), passFile);
        process.setProcessEnvironment(env);
    }
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

void TestWorkflowCommands::reviewCommentHistoryAndLog()
{
    Test::TempStore temp;
    const QString db = temp.path();
    const QString me = temp->database().userName();
    Run added = cli(db,
        { QStringLiteral("add"), QStringLiteral("article"), QStringLiteral("--title"),
            QStringLiteral("Marché de Noël"), QStringLiteral("--summary"),
            QStringLiteral("Un marché") });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString item = added.out.trimmed();

    Run step = cli(db, { QStringLiteral("review"), QStringLiteral("submit"), item });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    QVERIFY2(step.out.contains(QStringLiteral("(revision 2)")), qPrintable(step.out));
    // Returning needs a reason; a stale revision exits 3.
    step = cli(db, { QStringLiteral("review"), QStringLiteral("return"), item });
    QCOMPARE(step.exitCode, 2);
    QVERIFY2(step.err.contains(QStringLiteral("--reason")), qPrintable(step.err));
    step = cli(db,
        { QStringLiteral("review"), QStringLiteral("return"), item, QStringLiteral("--reason"),
            QStringLiteral("Horaires ?"), QStringLiteral("--expect-revision"),
            QStringLiteral("1") });
    QCOMPARE(step.exitCode, 3);
    step = cli(db,
        { QStringLiteral("review"), QStringLiteral("return"), item, QStringLiteral("--reason"),
            QStringLiteral("Horaires ?") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = cli(db, { QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("x") });
    QCOMPARE(step.exitCode, 2);

    step = cli(db,
        { QStringLiteral("edit"), item, QStringLiteral("--summary"),
            QStringLiteral("Un marché, de 10 h à 19 h") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));

    // Comments: one, a reply, in threads; a reply to nothing is refused.
    step = cli(db,
        { QStringLiteral("comment"), item, QStringLiteral("--text"),
            QStringLiteral("<b>Vérifier</b> les horaires") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QString first = step.out.trimmed();
    step = cli(db,
        { QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Fait."),
            QStringLiteral("--reply-to"), first });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = cli(db,
        { QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("?"),
            QStringLiteral("--reply-to"), QStringLiteral("999") });
    QCOMPARE(step.exitCode, 1);
    step = cli(db, { QStringLiteral("comments"), item, QStringLiteral("--json") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QJsonArray comments = QJsonDocument::fromJson(step.out.toUtf8()).array();
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0)[QStringLiteral("text")].toString(),
        QStringLiteral("<b>Vérifier</b> les horaires"));
    QCOMPARE(comments.at(1)[QStringLiteral("reply_to")].toInteger(), first.toLongLong());
    QCOMPARE(comments.at(1)[QStringLiteral("author")].toString(), me);

    // History: each revision with its number, author and time; the difference word by word.
    step = cli(db, { QStringLiteral("history"), item, QStringLiteral("--json") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QJsonArray revisions = QJsonDocument::fromJson(step.out.toUtf8()).array();
    QCOMPARE(revisions.size(), 2); // created, then the summary; the review changes no content
    QCOMPARE(revisions.at(0)[QStringLiteral("revision")].toInt(), 4);
    QCOMPARE(revisions.at(0)[QStringLiteral("author")].toString(), me);
    QCOMPARE(revisions.at(0)[QStringLiteral("fields")].toArray(),
        QJsonArray { QStringLiteral("summary") });
    QVERIFY(QDateTime::fromString(
        revisions.at(0)[QStringLiteral("saved_at")].toString(), Qt::ISODateWithMs)
                .isValid());
    step = cli(
        db, { QStringLiteral("history"), item, QStringLiteral("--from"), QStringLiteral("1") });
    QVERIFY2(
        step.out.contains(QStringLiteral("Un marché{+, de 10 h à 19 h+}")), qPrintable(step.out));

    step = cli(db,
        { QStringLiteral("restore"), item, QStringLiteral("--revision"), QStringLiteral("1"),
            QStringLiteral("--expect-revision"), QStringLiteral("2") });
    QCOMPARE(step.exitCode, 3);
    step = cli(
        db, { QStringLiteral("restore"), item, QStringLiteral("--revision"), QStringLiteral("1") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    step = cli(db, { QStringLiteral("show"), item, QStringLiteral("--json") });
    QCOMPARE(
        QJsonDocument::fromJson(step.out.toUtf8()).object()[QStringLiteral("summary")].toString(),
        QStringLiteral("Un marché"));

    // The log, newest first, from a time on; a wrong time is named.
    step = cli(db, { QStringLiteral("log"), QStringLiteral("--json") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    const QJsonArray log = QJsonDocument::fromJson(step.out.toUtf8()).array();
    QStringList actions;
    for (const QJsonValue &line : log)
        actions.prepend(line[QStringLiteral("action")].toString());
    QCOMPARE(actions,
        (QStringList { QStringLiteral("created"), QStringLiteral("submitted"),
            QStringLiteral("returned"), QStringLiteral("commented"), QStringLiteral("commented"),
            QStringLiteral("restored_revision") }));
    QCOMPARE(log.at(3)[QStringLiteral("detail")].toString(), QStringLiteral("Horaires ?"));
    step = cli(db,
        { QStringLiteral("log"), QStringLiteral("--since"),
            QStringLiteral("2999-01-01T00:00:00Z") });
    QVERIFY2(step.exitCode == 0 && step.out.isEmpty(), qPrintable(step.out));
    step = cli(db, { QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("hier") });
    QCOMPARE(step.exitCode, 2);
    // The publish runs moved under publish.
    step = cli(db, { QStringLiteral("publish"), QStringLiteral("history") });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
}

void TestWorkflowCommands::aContributorIsRefusedWhatIsAnEditors()
{
    if (!Test::onPostgres())
        QSKIP("Roles are a newsroom's.");
    Test::TempStore temp;
    Test::People people(temp);
    const QString ann = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    const QString address = people.address(ann);
    const QUrl url(address);
    QTemporaryDir dir;
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                   .arg(url.host())
                   .arg(url.port())
                   .arg(url.path().mid(1), ann, QString::fromLatin1(Test::Password))
                   .toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    Run added = cli(address,
        { QStringLiteral("add"), QStringLiteral("article"), QStringLiteral("--title"),
            QStringLiteral("Par Ann") },
        passFile);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString item = added.out.trimmed();
    Run step
        = cli(address, { QStringLiteral("review"), QStringLiteral("approve"), item }, passFile);
    QCOMPARE(step.exitCode, 1);
    QVERIFY2(step.err.contains(QStringLiteral("takes an editor")), qPrintable(step.err));
    step = cli(address, { QStringLiteral("review"), QStringLiteral("submit"), item }, passFile);
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    // In review, her item is no longer hers to change, nor to restore.
    step = cli(address,
        { QStringLiteral("edit"), item, QStringLiteral("--title"), QStringLiteral("Changé") },
        passFile);
    QCOMPARE(step.exitCode, 1);
    QVERIFY2(step.err.contains(QStringLiteral("an editor")), qPrintable(step.err));
    step = cli(address,
        { QStringLiteral("restore"), item, QStringLiteral("--revision"), QStringLiteral("1") },
        passFile);
    QCOMPARE(step.exitCode, 1);
    step = cli(address, { QStringLiteral("assign"), item, temp->database().userName() }, passFile);
    QCOMPARE(step.exitCode, 1);
    // The administrator (the test's login) was told, and approves.
    step = cli(temp.path(), { QStringLiteral("notifications"), QStringLiteral("--json") });
    const QJsonArray told = QJsonDocument::fromJson(step.out.toUtf8()).array();
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("review"));
    QCOMPARE(told.at(0)[QStringLiteral("actor")].toString(), ann);
    step = cli(temp.path(), { QStringLiteral("review"), QStringLiteral("approve"), item });
    QVERIFY2(step.exitCode == 0, qPrintable(step.err));
    // Ann reads her own notifications, and no one else's.
    step = cli(address,
        { QStringLiteral("notifications"), QStringLiteral("--json"), QStringLiteral("--read") },
        passFile);
    const QJsonArray hers = QJsonDocument::fromJson(step.out.toUtf8()).array();
    QCOMPARE(hers.size(), 1);
    QCOMPARE(hers.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("approved"));
    step = cli(address, { QStringLiteral("notifications"), QStringLiteral("--json") }, passFile);
    QCOMPARE(QJsonDocument::fromJson(step.out.toUtf8()).array().at(0)[QStringLiteral("read")],
        QJsonValue(true));
}

void TestWorkflowCommands::theCalendarGroupsBySiteDays()
{
    // The command line runs in Montréal; the site's days are Paris's.
    const QByteArray oldZone = qgetenv("TZ");
    qputenv("TZ", "America/Montreal");
    const auto restoreZone = qScopeGuard([&oldZone] {
        if (oldZone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldZone);
    });
    Test::TempStore temp;
    const QString db = temp.path();
    auto add = [&](const QStringList &arguments) {
        const Run run = cli(db, QStringList { QStringLiteral("add") } + arguments);
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    };
    const QString early = add({ QStringLiteral("article"), QStringLiteral("--title"),
        QStringLiteral("Au petit matin"), QStringLiteral("--status"), QStringLiteral("scheduled"),
        QStringLiteral("--publish-at"), QStringLiteral("2026-12-01T00:30:00+01:00") });
    QVERIFY(!early.isEmpty());
    const QString forum
        = add({ QStringLiteral("agenda"), QStringLiteral("--title"), QStringLiteral("Forum"),
            QStringLiteral("--start"), QStringLiteral("2026-11-30T09:00:00+01:00"),
            QStringLiteral("--end"), QStringLiteral("2026-12-02T17:00:00+01:00") });
    QVERIFY(!forum.isEmpty());
    const QString undated = add(
        { QStringLiteral("article"), QStringLiteral("--title"), QStringLiteral("Sans date") });
    QVERIFY(!undated.isEmpty());

    Run run = cli(db,
        { QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2026-11-30"),
            QStringLiteral("--to"), QStringLiteral("2026-12-02"), QStringLiteral("--json"),
            QStringLiteral("--undated") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject calendar = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(
        calendar.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));
    const QJsonArray days = calendar.value(QStringLiteral("days")).toArray();
    auto uuidsOn = [&days](const QString &day) {
        QStringList uuids;
        for (const QJsonValue &d : days) {
            if (d[QStringLiteral("day")].toString() != day)
                continue;
            for (const QJsonValue &i : d[QStringLiteral("items")].toArray())
                uuids.append(i[QStringLiteral("uuid")].toString());
        }
        return uuids;
    };
    QCOMPARE(uuidsOn(QStringLiteral("2026-11-30")), QStringList { forum });
    QCOMPARE(uuidsOn(QStringLiteral("2026-12-01")), (QStringList { forum, early }));
    QCOMPARE(uuidsOn(QStringLiteral("2026-12-02")), QStringList { forum });
    const QJsonObject first = days.at(1)[QStringLiteral("items")].toArray().at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("00:30"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("news"));
    QCOMPARE(first.value(QStringLiteral("start")).toString(),
        QStringLiteral("2026-11-30T23:30:00.000Z"));
    const QJsonArray aside = calendar.value(QStringLiteral("undated")).toArray();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(aside.at(0)[QStringLiteral("uuid")].toString(), undated);

    // Text: a line per day, the items under it.
    run = cli(db,
        { QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
            QStringLiteral("--to"), QStringLiteral("2026-12-01"), QStringLiteral("--kind"),
            QStringLiteral("news") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        run.out.startsWith(QStringLiteral("2026-12-01\n  00:30\tnews\tscheduled\tAu petit matin")),
        qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Forum")));

    // Moved from the command line: an article by --publish-at, an event by --start (its length
    // kept).
    run = cli(db,
        { QStringLiteral("edit"), early, QStringLiteral("--publish-at"),
            QStringLiteral("2026-12-05T00:30:00+01:00") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(db,
        { QStringLiteral("edit"), forum, QStringLiteral("--start"),
            QStringLiteral("2026-12-10T09:00:00+01:00") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    auto event = temp->agenda().load(QUuid(forum));
    RELAIS_VERIFY_OK(event);
    QCOMPARE(event->end.toUTC(), QDateTime(QDate(2026, 12, 12), QTime(16, 0), Qt::UTC));
    run = cli(db,
        { QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2026-12-05"),
            QStringLiteral("--to"), QStringLiteral("2026-12-12"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray moved
        = QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("days")].toArray();
    QCOMPARE(moved.size(), 4); // the 5th, then the 10th to the 12th
    QCOMPARE(moved.at(0)[QStringLiteral("day")].toString(), QStringLiteral("2026-12-05"));
    QCOMPARE(moved.at(3)[QStringLiteral("day")].toString(), QStringLiteral("2026-12-12"));
    run = cli(db,
        { QStringLiteral("edit"), early, QStringLiteral("--start"),
            QStringLiteral("2026-12-05T08:00:00Z") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--publish-at")), qPrintable(run.err));

    // Bad input: named, exit 2.
    const QList<QStringList> bad {
        { QStringLiteral("--from"), QStringLiteral("2026-13-01") },
        { QStringLiteral("--from"), QStringLiteral("2026-12-10"), QStringLiteral("--to"),
            QStringLiteral("2026-12-01") },
        { QStringLiteral("--state"), QStringLiteral("nope") },
        { QStringLiteral("--kind"), QStringLiteral("page") },
        { QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
            QStringLiteral("2026-01-01") },
    };
    for (const QStringList &arguments : bad) {
        run = cli(db, QStringList { QStringLiteral("calendar") } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(TestWorkflowCommands)
#include "test_workflowcommands.moc"
