// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "publish/publisher.h"

#include <QSet>

namespace Relais {

// A WebDAV publish running in a thread of its own, so that rendering and the network never
// hold up the caller. Signals arrive in the thread that made the job.
class PublishJob : public Job
{
    Q_OBJECT

public:
    PublishJob(const QString &databasePath, const PublishTarget &target, const QString &password,
        const Publisher::Options &options = {}, QObject *parent = nullptr);
    ~PublishJob() override;

    const PublishTarget &target() const { return m_target; }
    void prepare(const QDateTime &at);
    void run(bool overwrite);
    // Whether a job of this process publishes to that target now (one at a time per target).
    static bool isBusy(qint64 targetId);

signals:
    void prepared(const Relais::Publisher::Prepared &prepared);
    void progress(int stepsDone, int steps, qint64 bytesDone, qint64 bytes);
    void finished(const Relais::Publisher::Summary &summary);

private:
    PublishTarget m_target;
    Publisher *m_publisher = nullptr;
    static QSet<qint64> s_busy;
};

} // namespace Relais
