// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace Relais {

// Background work with a status line and cancel: a worker object living in a thread of its
// own, driven from the thread that made the job (the window's, or relais-cli's main thread).
// What the worker reports reaches the job's thread queued, so a job's signals never arrive
// in the middle of the caller's own code. Derived jobs (publish/PublishJob,
// publish/WordPressJob) add their steps and signals; this class owns the thread and the
// worker, and on destruction cancels the worker, deletes it in its thread and waits for the
// thread to end.
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

    // Asks the worker to stop; safe from any thread. finished-like signals still come.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void status(const QString &text);

protected:
    explicit Job(const QString &threadName, QObject *parent = nullptr);

    // Takes the worker, moves it to the job's thread and starts the thread. cancel is called
    // (from any thread) by cancel() and on destruction.
    void start(QObject *worker, std::function<void()> cancel);
    // Runs work on the worker's thread.
    void onWorker(std::function<void()> work);
    // Runs work on the job's thread (from the worker's), unless the job is gone by then.
    void onJob(std::function<void()> work);
    // The work is over: isFinished() is true from now on.
    void markFinished() { m_finished = true; }

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::function<void()> m_cancel;
    bool m_finished = false;
};

} // namespace Relais
