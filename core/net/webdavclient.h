// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpsession.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace Relais {

// Talks WebDAV to one server through an HttpSession (a few requests in flight over kept-alive
// connections, a stall deadline on each, retries with backoff on timeouts, resets and 5xx,
// Retry-After honoured, never on other 4xx). Uploads stream from their file. Every WebDAV
// method is idempotent here: a PUT or MKCOL sent twice leaves the same state.
class WebDavClient : public QObject
{
    Q_OBJECT

public:
    // How many calls in flight, deadlines, retries: one policy for every client.
    using Options = HttpSession::Policy;

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
        Unreachable, // the session gave the server up: the run stops
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
    int busy() const;
    int requestsSent() const;
    const Options &options() const;

    static QString methodName(Method method);
    // Whether a response status is a success for that method (MKCOL on an existing folder,
    // DELETE of something already gone count as done).
    static bool isSuccess(Method method, int status);

signals:
    void finished(const Relais::WebDavClient::Response &response);
    void uploadProgress(qint64 bytesDelta);

private:
    Response responseTo(const Request &request, const HttpSession::Answer &answer) const;

    HttpSession *m_session;
    QUrl m_base;
};

} // namespace Relais
