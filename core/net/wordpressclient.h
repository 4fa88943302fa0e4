// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpsession.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <random>

namespace Relais {

// Talks to the REST API of one WordPress site with an application password. Every call
// blocks its caller, so the code that uses it reads as a list of steps; it belongs in a worker
// thread (the window) or a command (the CLI), never on the GUI thread. A call waits in a
// local event loop: a timeout without progress, a cancel flag polled, retries with backoff
// and jitter on timeouts, resets and 5xx (Retry-After honoured on 429 and 503) — for requests
// that create something only when it surely did not reach the server.
class WordPressClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000; // without any byte moving
        int maxTries = 4;
        int backoffMs = 500;
        int maxBackoffMs = 20000;
        int maxRetryAfterMs = 120000;
    };

    enum class Problem {
        None,
        Unauthorized, // 401: wrong user or application password
        Forbidden, // 403, rest_cannot_*: the role lacks the right
        Gone, // rest_post_invalid_id: the post was deleted on the server
        NotFound, // other 404
        TooLarge, // 413
        NotJson, // a web page (security plugin, maintenance, login page) instead of JSON
        NoApi, // no REST API found, rest_no_route
        Redirect, // sent to another server, or from https to http: not followed
        Refused, // other 4xx
        ServerError, // 5xx, 429
        Timeout,
        HostNotFound,
        ConnectionRefused,
        Tls,
        Network,
        Cancelled,
    };

    struct Reply
    {
        bool ok = false;
        int status = 0;
        QJsonDocument json;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        Problem problem = Problem::None;
        QString code; // WordPress's error code (rest_cannot_create…)
        QString error; // for the user: names the request and says what it means
        QByteArray certificateSha256; // hex, of an untrusted certificate
        int tries = 0;

        QJsonObject object() const;
        QJsonArray array() const;
        int totalPages() const; // X-WP-TotalPages, 1 when absent
    };

    WordPressClient(const QUrl &site, const QString &user, const QString &applicationPassword,
        const QByteArray &trustedCertificate, const Options &options, QObject *parent = nullptr);
    WordPressClient(const QUrl &site, const QString &user, const QString &applicationPassword,
        const QByteArray &trustedCertificate, QObject *parent = nullptr);

    // A flag another thread may set: the call under way stops with Problem::Cancelled.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    // Finds the REST API: the Link rel="https://api.w.org/" header of the site, else /wp-json/,
    // else /?rest_route=/. Needed before any other call.
    Reply discover();
    QUrl apiRoot() const { return m_root; }
    // The root another client of the same site discovered (workers sending pictures).
    void setApiRoot(const QUrl &root) { m_root = root; }
    // The URL of a route ("wp/v2/posts") with its query, for either form of the API root.
    QUrl urlOf(const QString &route, const QUrlQuery &query = {}) const;

    Reply get(const QString &route, const QUrlQuery &query = {});
    // idempotent: an update (may be sent again after a timeout); false for a creation.
    Reply post(const QString &route, const QJsonObject &body, bool idempotent);
    // A file to wp/v2/media; more fields (alt_text…) in the query.
    Reply upload(const QString &fileName, const QByteArray &mime, const QByteArray &bytes,
        const QUrlQuery &query);
    Reply remove(const QString &route, const QUrlQuery &query = {});

    int requests() const { return m_requests; }
    int writes() const { return m_writes; }
    QUrl site() const { return m_site; }

    // WordPress's "message", which may hold markup and entities, as plain text of sensible length.
    static QString plainMessage(const QString &message);

private:
    struct Call
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool idempotent = true;
        bool expectJson = true;
    };
    Reply send(Call call);
    Reply once(const Call &call, bool *retry, int *retryAfterMs);
    bool wait(int ms);
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }
    void describe(
        Reply &reply, const Call &call, const QByteArray &body, const QString &reason) const;
    QString nameOf(const Call &call) const;

    HttpSession m_session;
    QUrl m_site;
    QUrl m_root;
    QByteArray m_lastCertificate;
    Options m_options;
    const std::atomic_bool *m_cancelled = nullptr;
    int m_requests = 0;
    int m_writes = 0;
    std::mt19937 m_random;
};

} // namespace Relais
