// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"

#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Relais {

namespace {
const QString channel = QStringLiteral("relais_changes");
constexpr int FirstRetryMs = 500;
// A newsroom's connection for listening waits this long for the server, so that a feed being
// closed while it tries never holds the window long.
constexpr int ConnectTimeoutSeconds = 3;
} // namespace

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
        options.connectTimeout = ConnectTimeoutSeconds;
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
            if (!driver->subscribeToNotification(channel)) {
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
        m_retryMs = FirstRetryMs;
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
    int m_retryMs = FirstRetryMs;
    QVariant m_dataVersion;
};

ChangeFeed::ChangeFeed(const QString &location, const QString &ownSession, QObject *parent)
    : ChangeFeed(location, ownSession, Options {}, parent)
{ }

ChangeFeed::ChangeFeed(
    const QString &location, const QString &ownSession, const Options &options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Relais::Change>();
    qRegisterMetaType<QList<Relais::Change>>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("Relais change feed"));
    m_worker = new ChangeFeedWorker(location, ownSession, options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChangeFeedWorker::started, this, [this] {
        m_online = true;
        emit started();
    });
    connect(m_worker, &ChangeFeedWorker::changed, this, &ChangeFeed::changed);
    connect(m_worker, &ChangeFeedWorker::refreshNeeded, this, &ChangeFeed::refreshNeeded);
    connect(m_worker, &ChangeFeedWorker::connectionLost, this, [this](const QString &message) {
        m_online = false;
        emit connectionLost(message);
    });
    connect(m_worker, &ChangeFeedWorker::connectionRestored, this, [this] {
        m_online = true;
        emit connectionRestored();
    });
}

ChangeFeed::~ChangeFeed()
{
    // The worker and its connection go in their own thread (finished → deleteLater); a
    // connection attempt under way ends within its timeout.
    if (!m_thread->isRunning()) {
        delete m_worker;
        return;
    }
    m_thread->quit();
    m_thread->wait();
}

void ChangeFeed::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ChangeFeedWorker::begin, Qt::QueuedConnection);
}

} // namespace Relais

#include "changefeed.moc"
