// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskjob.h"

namespace Relais {

TaskJob::TaskJob(const QString &threadName, Work work, QObject *parent)
    : Job(threadName, parent)
{
    start(new QObject, [this] { m_cancelled = true; });
    onWorker([this, work = std::move(work)] {
        Progress progress(*this);
        const Result<QString> result = progress.cancelled()
            ? Result<QString>(Error::failed(tr("Cancelled.")))
            : work(progress);
        const bool ok = result && !m_cancelled;
        const QString message = !result ? result.error().message
            : m_cancelled               ? tr("Cancelled.")
                                        : *result;
        onJob([this, ok, message] {
            markFinished();
            emit finished(ok, message);
        });
    });
}

void TaskJob::Progress::step(int done, int total)
{
    TaskJob *job = &m_job;
    m_job.onJob([job, done, total] { emit job->progress(done, total); });
}

void TaskJob::Progress::status(const QString &text)
{
    TaskJob *job = &m_job;
    m_job.onJob([job, text] { emit job->status(text); });
}

} // namespace Relais
