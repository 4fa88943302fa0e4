// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"
#include "storage/changefeedworker.h"

#include <QThread>

namespace Relais {

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
