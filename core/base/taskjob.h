// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "result.h"

#include <atomic>
#include <functional>

namespace Relais {

// One piece of work given as a function, run in a job's thread: an export, an import, what
// reads or writes files or the database for more than a moment. The function reports through
// its Progress and looks there whether it was cancelled; what it returns (a text for the
// user, or the error) comes back in the job's thread with finished(). The work starts at once.
class TaskJob : public Job
{
    Q_OBJECT

public:
    class Progress
    {
    public:
        bool cancelled() const { return m_job.m_cancelled; }
        void step(int done, int total);
        void status(const QString &text);

    private:
        friend class TaskJob;
        explicit Progress(TaskJob &job)
            : m_job(job)
        { }
        TaskJob &m_job;
    };
    using Work = std::function<Result<QString>(Progress &progress)>;

    TaskJob(const QString &threadName, Work work, QObject *parent = nullptr);
    // Whether cancel() was called (finished() then says "Cancelled.").
    bool wasCancelled() const { return m_cancelled; }

signals:
    void progress(int done, int total);
    // ok: message is the work's text; else the error ("Cancelled." when it was).
    void finished(bool ok, const QString &message);

private:
    std::atomic_bool m_cancelled = false;
};

} // namespace Relais
