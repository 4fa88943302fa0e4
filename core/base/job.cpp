// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

namespace Relais {

Job::Job(const QString &threadName, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(threadName);
}

Job::~Job()
{
    if (m_worker) {
        m_cancel();
        m_worker->deleteLater(); // in its thread, which deletes it as it ends
    }
    m_thread.quit();
    m_thread.wait();
}

void Job::start(QObject *worker, std::function<void()> cancel)
{
    m_worker = worker;
    m_cancel = std::move(cancel);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

void Job::cancel()
{
    if (m_worker)
        m_cancel();
}

void Job::onWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void Job::onJob(std::function<void()> work)
{
    // Queued to this object: dropped when the job is deleted before it is delivered.
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

} // namespace Relais
