// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderation/inboxjob.h"

namespace Relais {

InboxJob::InboxJob(const QString &databasePath, const PublishTarget &target,
    const QString &password, QObject *parent)
    : Job(QStringLiteral("inbox"), parent)
    , m_target(target)
    , m_fetcher(new InboxFetcher(databasePath, target, password))
{
    connect(m_fetcher, &InboxFetcher::progress, this, &InboxJob::progress, Qt::QueuedConnection);
    connect(
        m_fetcher, &InboxFetcher::finished, this,
        [this](const InboxFetcher::Report &report) {
            markFinished();
            emit fetched(report);
        },
        Qt::QueuedConnection);
    InboxFetcher *fetcher = m_fetcher;
    start(fetcher, [fetcher] { fetcher->cancel(); }); // cancel() is queued to its thread
}

void InboxJob::fetch()
{
    InboxFetcher *fetcher = m_fetcher;
    onWorker([fetcher] { fetcher->start(); });
}

} // namespace Relais
