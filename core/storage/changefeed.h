// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changerepository.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace Relais {

class ChangeFeedWorker;

// Tells, in the thread that made it, what other sessions commit to a database, within a
// second: the rows of `changes` after the last one seen, read on a connection of its own in a
// thread of its own. A newsroom wakes it with LISTEN relais_changes (the notification's
// payload is never trusted: it only causes a read); a file is watched with PRAGMA
// data_version. The changes of ownSession (the window's own connection) are left out.
//
// When the newsroom's server goes away, connectionLost() says so and the feed tries again
// with a growing pause (0.5 s up to 30 s); once back it listens again, reads what was missed
// and asks for a refresh (refreshNeeded()), as it does when too many changes come at once.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // How often a file is looked at, and a newsroom's connection checked (ms).
        int filePollMs = 250;
        int serverCheckMs = 2000;
        // The longest pause between two attempts to reach a server that went away (ms).
        int longestRetryMs = 30000;
        // Changes read at once; more waiting means a refresh rather than a list.
        int batch = 1000;
    };

    ChangeFeed(const QString &location, const QString &ownSession, QObject *parent = nullptr);
    ChangeFeed(const QString &location, const QString &ownSession, const Options &options,
        QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Opens the feed's connection and starts listening; started() or connectionLost() follows.
    void start();
    bool isOnline() const { return m_online; }

signals:
    // Listening: changes committed from now on are reported.
    void started();
    void changed(const QList<Relais::Change> &changes);
    // Changes may have been missed: everything shown should be read again.
    void refreshNeeded();
    // The database cannot be reached; message names it and the reason. Tried again.
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    QThread *m_thread = nullptr;
    QPointer<ChangeFeedWorker> m_worker;
    bool m_online = false;
};

} // namespace Relais
