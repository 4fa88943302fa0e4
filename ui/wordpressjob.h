// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/wordpresspublisher.h"

#include <QObject>
#include <QThread>

namespace Relais {

// A WordPress publish (or connection test) in a worker thread of its own: the publisher's
// calls block on the network there, never in the window. Signals arrive in the window's thread.
class WordPressJob : public QObject
{
    Q_OBJECT

public:
    WordPressJob(const QString &databasePath, const PublishTarget &target, const QString &password,
        QObject *parent = nullptr);
    ~WordPressJob() override;

    const PublishTarget &target() const { return m_target; }
    void prepare(const QDateTime &now);
    void run(const QDateTime &now);
    void testConnection();
    void fetchPending();
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void status(const QString &text);
    void progress(int done, int total);
    // error is empty when the plan was made.
    void prepared(const Relais::WordPressPublisher::Plan &plan, const QString &error);
    void finished(const Relais::WordPressPublisher::Summary &summary);
    void tested(bool ok, const QString &message);
    void fetched(const Relais::InboxFetcher::Report &report);

private:
    PublishTarget m_target;
    QThread m_thread;
    WordPressPublisher *m_publisher;
    bool m_finished = false;
};

} // namespace Relais
