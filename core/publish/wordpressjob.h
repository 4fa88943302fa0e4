// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "publish/wordpresspublisher.h"

namespace Relais {

// A WordPress publish (or connection test, or fetch of pending posts) in a thread of its own:
// the publisher's calls wait for the network there, never in the caller's thread. Signals
// arrive in the thread that made the job.
class WordPressJob : public Job
{
    Q_OBJECT

public:
    WordPressJob(const QString &databasePath, const PublishTarget &target, const QString &password,
        QObject *parent = nullptr);

    const PublishTarget &target() const { return m_target; }
    void prepare(const QDateTime &now);
    void run(const QDateTime &now);
    void testConnection();
    void fetchPending();

signals:
    void progress(int done, int total);
    // error is empty when the plan was made.
    void prepared(const Relais::WordPressPublisher::Plan &plan, const QString &error);
    void finished(const Relais::WordPressPublisher::Summary &summary);
    void tested(bool ok, const QString &message);
    void fetched(const Relais::InboxFetcher::Report &report);

private:
    PublishTarget m_target;
    WordPressPublisher *m_publisher;
};

} // namespace Relais
