// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "job.h"
#include "moderation/inboxfetcher.h"

namespace Relais {

// A fetch of a WebDAV inbox in a thread of its own, with its own Store on the same file: the
// downloads, the parsing and the moves happen there. Signals arrive in the thread that made
// the job; cancel() ends the fetch, keeping what was already stored.
class InboxJob : public Job
{
    Q_OBJECT

public:
    InboxJob(const QString &databasePath, const PublishTarget &target, const QString &password,
        QObject *parent = nullptr);

    const PublishTarget &target() const { return m_target; }
    void fetch();

signals:
    void progress(int done, int total);
    void fetched(const Relais::InboxFetcher::Report &report);

private:
    PublishTarget m_target;
    InboxFetcher *m_fetcher;
};

} // namespace Relais
