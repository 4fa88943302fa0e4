// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace Relais;

// Kills a writing process (SIGKILL) in the middle of a burst of writes, twenty times, and
// checks that the file is intact and that every write reported as committed is there.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killDuringWrites();
};

void TestCrashSafety::killDuringWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const QString writer = qEnvironmentVariable("RELAIS_CRASHWRITER");
    QVERIFY2(QFile::exists(writer), "RELAIS_CRASHWRITER must name the helper");

    QRandomGenerator random(20261128); // fixed: a failure can be replayed
    QHash<QString, int> committed; // uuid -> revision printed after commit
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.start(writer, { path });
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        const int wanted = 3 + int(random.bounded(60));
        int seen = 0;
        QByteArray pending;
        auto collect = [&] {
            pending += child.readAllStandardOutput();
            int newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                if (parts.size() == 2) {
                    committed.insert(QString::fromLatin1(parts[0]), parts[1].toInt());
                    ++seen;
                }
            }
        };
        while (seen < wanted && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            collect();
        }
        QVERIFY2(child.state() == QProcess::Running,
            qPrintable(QStringLiteral("writer stopped early: ")
                + QString::fromLocal8Bit(child.readAllStandardError())));
        child.kill(); // SIGKILL: no chance to finish the transaction under way
        QVERIFY(child.waitForFinished(10000));
        collect();

        auto store = Store::open(path);
        RELAIS_VERIFY_OK(store);
        auto problems = (*store)->database().check();
        RELAIS_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            auto article = (*store)->articles().load(QUuid::fromString(it.key()));
            QVERIFY2(article.ok(),
                qPrintable(
                    QStringLiteral("round %1: committed %2 is lost").arg(round).arg(it.key())));
            QCOMPARE(article->meta.revision, it.value());
        }
    }
    QVERIFY(committed.size() >= 20 * 3);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
