// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Relais;

// Several Relais processes on one database file, as a user has them: the window open (with
// a second connection of its own for publishing), relais-cli from a timer or a terminal.
// Two connections of one process are not enough: what broke was a process releasing its
// own POSIX locks on the file (closing a QFile it had opened to read the header), after
// which another process, closing, believed itself the last user and deleted the WAL under
// the first one (issue 16; SQLite's "How To Corrupt", 2.2).
class TestSharedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondProcessKeepsTheFirstOnesLog();
    void relaisCliBesideAnOpenWindow();

private:
    QString m_sharer;
    QString m_cli;
};

namespace {

// One relais_dbsharer child, spoken to line by line.
class Sharer
{
public:
    Sharer(const QString &program, const QString &database)
    {
        m_process.start(program, { database });
    }
    ~Sharer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool started() { return m_process.waitForStarted(10000); }
    qint64 pid() const { return m_process.processId(); }

    // Sends one command; the answer's lines (one, or "titles N" and N more).
    QStringList ask(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        QStringList lines;
        qsizetype expected = 1;
        while (lines.size() < expected) {
            const QByteArray line = readLine();
            if (line.isNull())
                return lines << QStringLiteral("error no answer: ")
                    + QString::fromLocal8Bit(m_process.readAllStandardError());
            lines.append(QString::fromUtf8(line));
            if (lines.size() == 1 && lines.first().startsWith(u"titles "))
                expected = 1 + lines.first().section(QLatin1Char(' '), 1).toInt();
        }
        return lines;
    }
    bool quit()
    {
        const QStringList answer = ask(QStringLiteral("quit"));
        return answer.value(0).startsWith(u"ok") && m_process.waitForFinished(10000)
            && m_process.exitCode() == 0;
    }

private:
    QByteArray readLine()
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(20000))
                return m_process.canReadLine() ? m_process.readLine().chopped(1) : QByteArray();
        }
        return m_process.readLine().chopped(1);
    }

    QProcess m_process;
};

// What the process's descriptors on the file's write-ahead log look like: the link targets
// from /proc/PID/fd; a log deleted under the process shows as "… (deleted)".
QStringList logDescriptors(qint64 pid, const QString &database)
{
    QStringList found;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QString wal = QFileInfo(database).canonicalFilePath() + QStringLiteral("-wal");
    for (const QString &fd :
        fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(wal))
            found.append(target);
    }
    return found;
}

// Database::inspect(): integrity_check and foreign_key_check on a read-only connection of
// this test's own; "ok" when the file is sound, else the problems.
QString integrity(const QString &path)
{
    auto inspection = Database::inspect(path);
    if (!inspection)
        return inspection.error().message;
    return inspection->problems.isEmpty() ? QStringLiteral("ok")
                                          : inspection->problems.join(QLatin1Char('\n'));
}

} // namespace

void TestSharedFile::initTestCase()
{
    m_sharer = qEnvironmentVariable("RELAIS_DBSHARER");
    m_cli = qEnvironmentVariable("RELAIS_CLI");
    QVERIFY2(QFile::exists(m_sharer), "RELAIS_DBSHARER must name the helper");
    QVERIFY2(QFile::exists(m_cli), "RELAIS_CLI must name relais-cli");
}

// The recipe, fifty times on one file: a process holds a connection and opens a
// second one; another process opens, reads and closes. The first process's log must still
// be the file's log, its writes visible to the other and the other's to it; after writes
// in turn the file is sound and every write is there.
void TestSharedFile::secondProcessKeepsTheFirstOnesLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QStringList written;
    for (int round = 0; round < 50; ++round) {
        const QString at = QStringLiteral("round %1: ").arg(round);
        Sharer first(m_sharer, path);
        QVERIFY(first.started());
        QCOMPARE(first.ask(QStringLiteral("open")).value(0), QStringLiteral("ok 1"));
        const QString mine = QStringLiteral("r%1-premier-a").arg(round, 2, 10, QLatin1Char('0'));
        QVERIFY2(
            first.ask(QStringLiteral("write ") + mine).value(0).startsWith(u"ok "), qPrintable(at));
        written << mine;
        // The publisher's connection beside the window's.
        QCOMPARE(first.ask(QStringLiteral("open")).value(0), QStringLiteral("ok 2"));

        {
            Sharer other(m_sharer, path);
            QVERIFY(other.started());
            QCOMPARE(other.ask(QStringLiteral("open")).value(0), QStringLiteral("ok 1"));
            const QStringList seen = other.ask(QStringLiteral("titles"));
            QVERIFY2(seen.contains(mine),
                qPrintable(at + QStringLiteral("the other process does not see ") + mine));
            QVERIFY(other.quit());
        }

        const QStringList logs = logDescriptors(first.pid(), path);
        QVERIFY2(
            !logs.isEmpty(), qPrintable(at + QStringLiteral("the first process has no log open")));
        for (const QString &log : logs)
            QVERIFY2(!log.endsWith(u" (deleted)"),
                qPrintable(
                    at + QStringLiteral("the log was deleted under the first process: ") + log));
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
            qPrintable(at + QStringLiteral("no log beside the file")));

        // Writes in turn: the first process, then another one, each seeing the other's.
        const QString again = QStringLiteral("r%1-premier-b").arg(round, 2, 10, QLatin1Char('0'));
        QVERIFY2(first.ask(QStringLiteral("write ") + again).value(0).startsWith(u"ok "),
            qPrintable(at));
        written << again;
        {
            Sharer other(m_sharer, path);
            QVERIFY(other.started());
            QCOMPARE(other.ask(QStringLiteral("open")).value(0), QStringLiteral("ok 1"));
            QVERIFY2(other.ask(QStringLiteral("titles")).contains(again),
                qPrintable(at + QStringLiteral("the other process does not see ") + again));
            const QString theirs = QStringLiteral("r%1-second").arg(round, 2, 10, QLatin1Char('0'));
            QVERIFY2(other.ask(QStringLiteral("write ") + theirs).value(0).startsWith(u"ok "),
                qPrintable(at));
            written << theirs;
            QVERIFY(other.quit());
        }
        const QStringList firstSees = first.ask(QStringLiteral("titles"));
        for (const QString &title : std::as_const(written))
            QVERIFY2(firstSees.contains(title),
                qPrintable(at + QStringLiteral("the first process lost ") + title));
        QCOMPARE(first.ask(QStringLiteral("close")).value(0), QStringLiteral("ok 1"));
        QVERIFY(first.quit());

        QCOMPARE(integrity(path), QStringLiteral("ok"));
        auto store = Store::open(path);
        RELAIS_VERIFY_OK(store);
        auto titles = (*store)->database().exec(QStringLiteral("SELECT title FROM articles"));
        RELAIS_VERIFY_OK(titles);
        QStringList stored;
        while (titles->next())
            stored.append(titles->value(0).toString());
        for (const QString &title : std::as_const(written))
            QVERIFY2(stored.contains(title),
                qPrintable(at + title + QStringLiteral(" is not in the file")));
        QCOMPARE(stored.size(), written.size());
    }
}

// The same with the real command line: the window (here a process with two connections)
// keeps its log while relais-cli lists, checks and writes beside it.
void TestSharedFile::relaisCliBesideAnOpenWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    Sharer window(m_sharer, path);
    QVERIFY(window.started());
    QCOMPARE(window.ask(QStringLiteral("open")).value(0), QStringLiteral("ok 1"));
    QVERIFY(window.ask(QStringLiteral("write Premier article")).value(0).startsWith(u"ok "));
    QCOMPARE(window.ask(QStringLiteral("open")).value(0), QStringLiteral("ok 2"));

    const QString contacts = dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile csv(contacts);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Organisation;E-mail\nALISS;contact@aliss.example\n");
    }
    const QList<QStringList> commands = {
        { QStringLiteral("list"), QStringLiteral("articles") },
        { QStringLiteral("check") },
        { QStringLiteral("import"), QStringLiteral("contacts"), contacts },
        { QStringLiteral("list"), QStringLiteral("contacts") },
    };
    for (const QStringList &command : commands) {
        QProcess cli;
        cli.start(m_cli, QStringList { QStringLiteral("--database"), path } + command);
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0,
            qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ")
                + QString::fromLocal8Bit(cli.readAllStandardError())));
        const QStringList logs = logDescriptors(window.pid(), path);
        QVERIFY(!logs.isEmpty());
        for (const QString &log : logs)
            QVERIFY2(!log.endsWith(u" (deleted)"),
                qPrintable(
                    command.join(QLatin1Char(' ')) + QStringLiteral(" deleted the window's log")));
    }
    QVERIFY(window.ask(QStringLiteral("write Deuxième article")).value(0).startsWith(u"ok "));
    QVERIFY(window.quit());

    QCOMPARE(integrity(path), QStringLiteral("ok"));
    auto store = Store::open(path);
    RELAIS_VERIFY_OK(store);
    auto counts = (*store)->database().scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM contacts)"));
    RELAIS_VERIFY_OK(counts);
    QCOMPARE(counts->toString(), QStringLiteral("2 1"));
}

QTEST_GUILESS_MAIN(TestSharedFile)
#include "test_sharedfile.moc"
