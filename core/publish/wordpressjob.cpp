// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/wordpressjob.h"

namespace Relais {

WordPressJob::WordPressJob(const QString &databasePath, const PublishTarget &target,
    const QString &password, QObject *parent)
    : Job(QStringLiteral("wordpress"), parent)
    , m_target(target)
    , m_publisher(new WordPressPublisher(databasePath, target, password))
{
    connect(m_publisher, &WordPressPublisher::status, this, &Job::status, Qt::QueuedConnection);
    connect(m_publisher, &WordPressPublisher::progress, this, &WordPressJob::progress,
        Qt::QueuedConnection);
    WordPressPublisher *publisher = m_publisher;
    start(publisher, [publisher] { publisher->cancel(); });
}

void WordPressJob::prepare(const QDateTime &now)
{
    WordPressPublisher *publisher = m_publisher;
    onWorker([this, publisher, now] {
        const auto plan = publisher->prepare(now);
        const WordPressPublisher::Plan made = plan ? *plan : WordPressPublisher::Plan {};
        const QString error = plan ? QString() : plan.error().message;
        onJob([this, made, error] { emit prepared(made, error); });
    });
}

void WordPressJob::run(const QDateTime &now)
{
    WordPressPublisher *publisher = m_publisher;
    onWorker([this, publisher, now] {
        const auto summary = publisher->run(now);
        onJob([this, summary] {
            markFinished();
            emit finished(summary);
        });
    });
}

void WordPressJob::testConnection()
{
    WordPressPublisher *publisher = m_publisher;
    onWorker([this, publisher] {
        const auto account = publisher->testConnection();
        const bool ok = account && account->canEdit;
        const QString message = account
            ? (account->canEdit
                    ? tr("Connected. %1").arg(account->describe())
                    : tr("Connected, but WordPress does not let this user write posts. %1")
                          .arg(account->describe()))
            : account.error().message;
        onJob([this, ok, message] {
            markFinished();
            emit tested(ok, message);
        });
    });
}

void WordPressJob::fetchPending()
{
    WordPressPublisher *publisher = m_publisher;
    onWorker([this, publisher] {
        const auto report = publisher->fetchPending();
        onJob([this, report] {
            markFinished();
            emit fetched(report);
        });
    });
}

} // namespace Relais
