// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/publishjob.h"

namespace Relais {

QSet<qint64> PublishJob::s_busy;

bool PublishJob::isBusy(qint64 targetId)
{
    return s_busy.contains(targetId);
}

PublishJob::PublishJob(const QString &databasePath, const PublishTarget &target,
    const QString &password, const Publisher::Options &options, QObject *parent)
    : Job(QStringLiteral("publish"), parent)
    , m_target(target)
    , m_publisher(new Publisher(databasePath, target, password, options))
{
    s_busy.insert(m_target.id);
    connect(m_publisher, &Publisher::status, this, &Job::status, Qt::QueuedConnection);
    connect(m_publisher, &Publisher::prepared, this, &PublishJob::prepared, Qt::QueuedConnection);
    connect(m_publisher, &Publisher::progress, this, &PublishJob::progress, Qt::QueuedConnection);
    connect(
        m_publisher, &Publisher::finished, this,
        [this](const Publisher::Summary &summary) {
            markFinished();
            s_busy.remove(m_target.id);
            emit finished(summary);
        },
        Qt::QueuedConnection);
    Publisher *publisher = m_publisher;
    start(publisher, [publisher] { publisher->cancel(); });
}

PublishJob::~PublishJob()
{
    s_busy.remove(m_target.id);
}

void PublishJob::prepare(const QDateTime &at)
{
    Publisher *publisher = m_publisher;
    onWorker([publisher, at] { publisher->prepare(at); });
}

void PublishJob::run(bool overwrite)
{
    Publisher *publisher = m_publisher;
    onWorker([publisher, overwrite] { publisher->run(overwrite); });
}

} // namespace Relais
