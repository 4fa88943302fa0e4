// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/wordpressclient.h"

#include <QList>
#include <QMutex>
#include <QUrl>

#include <atomic>

class QThread;

namespace Relais {

// A WordPressClient for code that reads best as a list of steps and runs in a worker thread
// (the WordPress publisher): the client lives in a thread of its own with its event loop, and
// each call here hands the request over and waits for the answer — the caller's thread does
// the waiting, no event loop is nested anywhere. sendAll() sends a batch side by side (as many
// in flight as the policy allows) and waits for all of it. Never call it from its own client's
// thread; cancel() may come from any thread.
class WordPressConnection
{
public:
    using Reply = WordPressClient::Reply;
    using Request = WordPressClient::Request;

    WordPressConnection(const QUrl &site, const QString &user, const QString &applicationPassword,
        const QByteArray &trustedCertificate, const WordPressClient::Options &options = {});
    ~WordPressConnection();
    WordPressConnection(const WordPressConnection &) = delete;
    WordPressConnection &operator=(const WordPressConnection &) = delete;

    Reply discover();
    QUrl apiRoot() const;
    Reply send(const Request &request);
    // The replies in the order of the requests.
    QList<Reply> sendAll(const QList<Request> &requests);

    Reply get(const QString &route, const QUrlQuery &query = {})
    {
        return send(Request::get(route, query));
    }
    Reply post(const QString &route, const QJsonObject &body, bool idempotent)
    {
        return send(Request::post(route, body, idempotent));
    }
    Reply remove(const QString &route, const QUrlQuery &query = {})
    {
        return send(Request::remove(route, query));
    }

    // What is under way ends Cancelled, and every later call at once.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Whether the client gave the server up (its budget spent), and the words for it.
    bool isLost() const { return m_lost; }
    QString lostError() const;
    int requests() const;
    int writes() const;

private:
    QThread *m_thread = nullptr;
    WordPressClient *m_client = nullptr; // lives in m_thread
    mutable QMutex m_rootLock;
    QUrl m_root;
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_lost = false;
    QString m_lostError; // under m_rootLock
};

} // namespace Relais
