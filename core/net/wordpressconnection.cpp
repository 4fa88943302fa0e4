// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/wordpressconnection.h"

#include <QMutexLocker>
#include <QThread>

#include <future>
#include <memory>

namespace Relais {

namespace {

WordPressClient::Reply cancelledReply()
{
    WordPressClient::Reply r;
    r.problem = WordPressClient::Problem::Cancelled;
    r.error = WordPressClient::tr("Cancelled.");
    return r;
}

} // namespace

WordPressConnection::WordPressConnection(const QUrl &site, const QString &user,
    const QString &applicationPassword, const QByteArray &trustedCertificate,
    const WordPressClient::Options &options)
    : m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("wordpress"));
    // Made here, moved before the thread runs: nothing of it has run in this thread yet.
    m_client = new WordPressClient(site, user, applicationPassword, trustedCertificate, options);
    m_client->moveToThread(m_thread);
    m_thread->start();
}

WordPressConnection::~WordPressConnection()
{
    m_cancelled = true;
    // The client ends in its own thread, answers under way dropped with it.
    QMetaObject::invokeMethod(
        m_client, [client = m_client] { delete client; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

WordPressConnection::Reply WordPressConnection::discover()
{
    if (m_cancelled)
        return cancelledReply();
    // Shared: the client's thread may still hold it when this one has its answer.
    auto answer = std::make_shared<std::promise<Reply>>();
    std::future<Reply> reply = answer->get_future();
    QMetaObject::invokeMethod(m_client, [this, answer] {
        if (m_cancelled)
            return answer->set_value(cancelledReply());
        m_client->discover([this, answer](const Reply &r) {
            {
                QMutexLocker lock(&m_rootLock);
                m_root = m_client->apiRoot();
            }
            answer->set_value(r);
        });
    });
    return reply.get();
}

QUrl WordPressConnection::apiRoot() const
{
    QMutexLocker lock(&m_rootLock);
    return m_root;
}

WordPressConnection::Reply WordPressConnection::send(const Request &request)
{
    return sendAll({ request }).value(0, cancelledReply());
}

QList<WordPressConnection::Reply> WordPressConnection::sendAll(const QList<Request> &requests)
{
    if (requests.isEmpty())
        return {};
    if (m_cancelled)
        return QList<Reply>(requests.size(), cancelledReply());
    struct Batch
    {
        QList<Reply> replies;
        qsizetype left = 0;
        std::promise<void> done;
    };
    // Shared: the client's thread may still hold it when this one has its answers.
    auto batch = std::make_shared<Batch>();
    batch->replies.resize(requests.size());
    batch->left = requests.size();
    std::future<void> done = batch->done.get_future();
    // Everything below runs in the client's thread; this one waits for the last answer.
    QMetaObject::invokeMethod(m_client, [this, batch, requests] {
        for (qsizetype i = 0; i < requests.size(); ++i) {
            auto take = [this, batch, i](const Reply &r) {
                if (r.problem == WordPressClient::Problem::Unreachable && !m_lost) {
                    QMutexLocker lock(&m_rootLock);
                    m_lostError = r.error;
                    m_lost = true;
                }
                batch->replies[i] = r;
                if (--batch->left == 0)
                    batch->done.set_value();
            };
            if (m_cancelled)
                take(cancelledReply());
            else
                m_client->send(requests.at(i), take);
        }
    });
    done.wait();
    return batch->replies;
}

void WordPressConnection::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->cancelAll(); });
}

QString WordPressConnection::lostError() const
{
    QMutexLocker lock(&m_rootLock);
    return m_lostError;
}

int WordPressConnection::requests() const
{
    return m_client->requests();
}

int WordPressConnection::writes() const
{
    return m_client->writes();
}

} // namespace Relais
