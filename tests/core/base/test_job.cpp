// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"
#include "taskjob.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace Relais;

namespace {

// A worker that counts in its own thread until it is told to stop.
class Counter : public QObject
{
public:
    std::atomic<bool> stop = false;
    std::atomic<int> count = 0;
    QThread *ranIn = nullptr;
    void countUntilStopped()
    {
        ranIn = QThread::currentThread();
        while (!stop) {
            ++count;
            QThread::msleep(1);
        }
    }
    ~Counter() override { destroyedIn = QThread::currentThread(); }
    static inline QThread *destroyedIn = nullptr;
};

class CountJob : public Job
{
public:
    CountJob()
        : Job(QStringLiteral("count"))
        , m_counter(new Counter)
    {
        Counter *counter = m_counter;
        start(counter, [counter] { counter->stop = true; });
    }
    Counter *counter() const { return m_counter; }
    // Counts in the worker's thread, then says so (and the thread it is said in) on the job's.
    void count(std::function<void(QThread *)> done)
    {
        Counter *counter = m_counter;
        onWorker([this, counter, done] {
            counter->countUntilStopped();
            onJob([this, done] {
                markFinished();
                done(QThread::currentThread());
            });
        });
    }

private:
    Counter *m_counter;
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private slots:
    void workRunsInItsThreadAndReportsInTheCallers();
    void destroyingARunningJobStopsItsWorker();
    void taskReportsItsStepsAndResult();
    void taskErrorComesBackAsSuch();
    void cancelledTaskSaysSo();
};

void TestJob::workRunsInItsThreadAndReportsInTheCallers()
{
    CountJob job;
    QThread *reportedIn = nullptr;
    job.count([&](QThread *thread) { reportedIn = thread; });
    QTRY_VERIFY(job.counter()->count > 3);
    QVERIFY(!job.isFinished());
    job.cancel();
    QTRY_VERIFY(job.isFinished());
    QVERIFY(job.counter()->ranIn != nullptr);
    QVERIFY(job.counter()->ranIn != QThread::currentThread());
    QCOMPARE(reportedIn, QThread::currentThread());
}

void TestJob::destroyingARunningJobStopsItsWorker()
{
    Counter::destroyedIn = nullptr;
    QThread *workerThread = nullptr;
    bool reported = false;
    {
        CountJob job;
        job.count([&](QThread *) { reported = true; });
        QTRY_VERIFY(job.counter()->count > 3);
        workerThread = job.counter()->ranIn;
    } // would wait for ever if the worker were not told to stop
    QVERIFY(Counter::destroyedIn != nullptr);
    QCOMPARE(Counter::destroyedIn, workerThread); // deleted in its own thread
    QCoreApplication::processEvents();
    QVERIFY(!reported); // nothing reaches a job that is gone
}

void TestJob::taskReportsItsStepsAndResult()
{
    QThread *ranIn = nullptr;
    TaskJob job(QStringLiteral("task"), [&ranIn](TaskJob::Progress &progress) -> Result<QString> {
        ranIn = QThread::currentThread();
        progress.status(QStringLiteral("Counting…"));
        for (int i = 1; i <= 3; ++i)
            progress.step(i, 3);
        return QStringLiteral("3 counted.");
    });
    QSignalSpy steps(&job, &TaskJob::progress);
    QSignalSpy status(&job, &Job::status);
    QSignalSpy finished(&job, &TaskJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(ranIn && ranIn != QThread::currentThread());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("3 counted."));
    // Every report came before the end, in order, in this thread.
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.last().at(0).toInt(), 3);
    QCOMPARE(status.size(), 1);
    QVERIFY(job.isFinished());
}

void TestJob::taskErrorComesBackAsSuch()
{
    TaskJob job(QStringLiteral("task"), [](TaskJob::Progress &) -> Result<QString> {
        return Error::failed(QStringLiteral("“agenda.pdf” cannot be written: disk full"));
    });
    QSignalSpy finished(&job, &TaskJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(),
        QStringLiteral("“agenda.pdf” cannot be written: disk full"));
}

void TestJob::cancelledTaskSaysSo()
{
    std::atomic_bool started = false;
    TaskJob job(QStringLiteral("task"), [&started](TaskJob::Progress &progress) -> Result<QString> {
        started = true;
        while (!progress.cancelled())
            QThread::msleep(1);
        return QStringLiteral("should not be said");
    });
    QSignalSpy finished(&job, &TaskJob::finished);
    QTRY_VERIFY(started);
    job.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Cancelled."));
}

QTEST_GUILESS_MAIN(TestJob)
#include "test_job.moc"
