// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The worker of ChangeFeed (changefeed.h), in the feed's thread: not for other code.
#pragma once

#include "storage/changefeed.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Relais {

namespace ChangeFeedDetail {
inline const QString channel = QStringLiteral("relais_changes");
constexpr int FirstRetryMs = 500;
// A newsroom's connection for listening waits this long for the server, so that a feed being
// closed while it tries never holds the window long.
constexpr int ConnectTimeoutSeconds = 3;
} // namespace ChangeFeedDetail

// Lives in the feed's thread with the feed's connection.
class ChangeFeedWorker : public QObject
{
    Q_OBJECT

public:
    ChangeFeedWorker(QString location, QString ownSession, const ChangeFeed::Options &options)
        : m_location(std::move(location))
        , m_ownSession(std::move(ownSession))
        , m_options(options)
    { }

    void begin()
    {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &ChangeFeedWorker::poll);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ChangeFeedWorker::connectNow);
        connectNow();
    }

signals:
    void started();
    void changed(const QList<Relais::Change> &changes);
    void refreshNeeded();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void connectNow()
    {
        Database::Options options = Database::Options::unchecked();
        options.connectTimeout = ChangeFeedDetail::ConnectTimeoutSeconds;
        options.applicationName = QStringLiteral("relais-feed");
        // A new connection would not be listening: the feed connects again itself.
        options.reconnects = false;
        auto db = Database::open(m_location, options);
        if (!db) {
            lose(db.error().message);
            return;
        }
        m_db = std::move(*db);
        if (m_db->isPostgres()) {
            QSqlDriver *driver = m_db->connection().driver();
            if (!driver->subscribeToNotification(ChangeFeedDetail::channel)) {
                lose(tr("The newsroom %1 does not tell its changes: %2")
                         .arg(m_db->path(), driver->lastError().text()));
                return;
            }
            connect(driver, &QSqlDriver::notification, this, &ChangeFeedWorker::read);
        }
        const bool back = m_last >= 0;
        if (!back) {
            ChangeRepository changes(*m_db);
            auto last = changes.latest();
            if (!last) {
                lose(last.error().message);
                return;
            }
            m_last = *last;
        }
        m_retryMs = ChangeFeedDetail::FirstRetryMs;
        m_dataVersion = {};
        m_poll->start(m_db->isPostgres() ? m_options.serverCheckMs : m_options.filePollMs);
        if (back) {
            read(); // what was committed while away
            emit connectionRestored();
        } else {
            emit started();
        }
    }

    void poll()
    {
        if (!m_db)
            return;
        if (!m_db->isPostgres()) {
            // Changes by other connections only, which is all of them here: the feed writes
            // nothing.
            auto version = m_db->scalar(QStringLiteral("PRAGMA data_version"));
            if (!version) {
                lose(version.error().message);
                return;
            }
            if (*version == m_dataVersion)
                return;
            m_dataVersion = *version;
        }
        // On a newsroom: the connection is checked, and a notification lost on the way is
        // made up for.
        read();
    }

    void read()
    {
        if (!m_db)
            return;
        ChangeRepository changes(*m_db);
        auto found = changes.since(m_last, m_options.batch);
        if (!found) {
            lose(found.error().message);
            return;
        }
        if (found->isEmpty())
            return;
        if (found->size() >= m_options.batch) {
            auto last = changes.latest();
            if (!last) {
                lose(last.error().message);
                return;
            }
            m_last = *last;
            emit refreshNeeded();
            return;
        }
        m_last = found->constLast().seq;
        QList<Change> theirs;
        bool everything = false;
        for (const Change &change : std::as_const(*found)) {
            if (!m_ownSession.isEmpty() && change.session == m_ownSession)
                continue;
            everything = everything || change.action == Change::Action::Everything;
            theirs.append(change);
        }
        if (!theirs.isEmpty())
            emit changed(theirs);
        if (everything)
            emit refreshNeeded();
    }

    void lose(const QString &message)
    {
        m_poll->stop();
        if (m_db) {
            m_db->connection().driver()->disconnect(this);
            m_db.reset();
        }
        emit connectionLost(message);
        // Tried again after a pause that grows, with a little chance in it, so that a room of
        // desktops does not knock at the same instant when the server comes back.
        const int jitter = int(QRandomGenerator::global()->bounded(m_retryMs / 5 + 1));
        m_retry->start(m_retryMs + jitter);
        m_retryMs = std::min(m_retryMs * 2, m_options.longestRetryMs);
    }

    QString m_location;
    QString m_ownSession;
    ChangeFeed::Options m_options;
    std::unique_ptr<Database> m_db;
    QTimer *m_poll = nullptr;
    QTimer *m_retry = nullptr;
    qint64 m_last = -1; // the last change seen; -1 before the first connection
    int m_retryMs = ChangeFeedDetail::FirstRetryMs;
    QVariant m_dataVersion;
};

} // namespace Relais
