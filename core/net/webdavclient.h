// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpsession.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QUrl>

#include <random>

class QNetworkReply;
class QTimer;

namespace Relais {

// Talks WebDAV to one server: a few requests in flight over kept-alive connections, a timeout
// on each, retries with exponential backoff and jitter on timeouts, resets and 5xx (honouring
// Retry-After on 429 and 503), never on other 4xx. Uploads stream from their file.
class WebDavClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int parallel = 6; // requests in flight (4–8 is what servers like)
        int timeoutMs = 30000; // without any byte moving
        int maxTries = 5;
        int backoffMs = 500; // first retry after about this long, doubling
        int maxBackoffMs = 30000;
        int maxRetryAfterMs = 300000;
    };

    // Propfind asks about the path itself (Depth 0); List asks about a folder's members (Depth 1);
    // Move renames path to destination (on the same server).
    enum class Method { Get, Put, Delete, Mkcol, Propfind, List, Move };

    struct Request
    {
        Method method = Method::Get;
        QString path; // relative to the base; only RemotePath::join() makes URLs
        QString sourceFile; // body of a Put, streamed
        QByteArray body; // body of a Put when there is no file
        quint64 tag = 0; // the caller's
        QString destination; // of a Move, relative to the base like path
    };

    enum class Problem {
        None,
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404, 409
        NotDav, // 405, 501
        Tls,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        ServerError, // 5xx, 429
        Redirect,
        Network, // reset, truncated…
        Local, // the file to send cannot be read, a path refused
        Cancelled,
        Other,
    };

    struct Response
    {
        quint64 tag = 0;
        Method method = Method::Get;
        QString path;
        bool ok = false;
        int status = 0;
        QByteArray body; // of a Get or Propfind
        Problem problem = Problem::None;
        QString error; // for the user, names the path
        int tries = 0;
        QByteArray certificateSha256; // hex, of an untrusted certificate
        qint64 bytesSent = 0;
    };

    WebDavClient(const QUrl &base, const QString &user, const QString &password,
        const QByteArray &trustedCertificate, const Options &options, QObject *parent = nullptr);
    ~WebDavClient() override;

    void enqueue(const Request &request);
    // Stops everything: queued and running requests end with Problem::Cancelled.
    void cancelAll();
    int busy() const { return m_running + int(m_queue.size()); }
    int requestsSent() const { return m_requestsSent; }
    const Options &options() const { return m_options; }

    static QString methodName(Method method);
    // Whether a response status is a success for that method (MKCOL on an existing folder,
    // DELETE of something already gone count as done).
    static bool isSuccess(Method method, int status);

signals:
    void finished(const Relais::WebDavClient::Response &response);
    void uploadProgress(qint64 bytesDelta);

private:
    struct Job;
    void pump();
    void send(Job *job);
    void onReplyFinished(Job *job, QNetworkReply *reply);
    void complete(Job *job, Response response);
    int retryDelay(const Job &job, QNetworkReply *reply) const;

    HttpSession m_session;
    QUrl m_base;
    Options m_options;
    QQueue<Job *> m_queue;
    QHash<QNetworkReply *, Job *> m_replies;
    QSet<Job *> m_retrying; // waiting for their next try
    int m_running = 0;
    int m_requestsSent = 0;
    bool m_cancelling = false;
    mutable std::mt19937 m_random;
};

} // namespace Relais
