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

#include <functional>

namespace Relais {

// Talks to the REST API of one WordPress site with an application password, asynchronously:
// each call's answer comes to a callback in the client's thread. Deadlines, retries (only for
// what may be sent twice: a creation is sent again only when it surely did not arrive) and
// TLS trust are its HttpSession's. Redirects are followed only on the same server, never from
// https down to http. Code that reads better as a list of steps (the WordPress publisher, in a
// worker thread) uses it through WordPressConnection, which does the waiting.
class WordPressClient : public QObject
{
    Q_OBJECT

public:
    using Options = HttpSession::Policy;

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
        Unreachable, // the session gave the server up: the run stops
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

    using Done = std::function<void(const Reply &)>;

    // One call of the REST API, on a route below the API root ("wp/v2/posts").
    struct Request
    {
        QByteArray verb = "GET";
        QString route;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        QString fileName; // of an upload
        bool idempotent = true; // false for a creation

        static Request get(const QString &route, const QUrlQuery &query = {});
        // idempotent: an update (may be sent again after a timeout); false for a creation.
        static Request post(const QString &route, const QJsonObject &body, bool idempotent);
        // A file to wp/v2/media; more fields (alt_text…) in the query.
        static Request upload(const QString &fileName, const QByteArray &mime,
            const QByteArray &bytes, const QUrlQuery &query);
        static Request remove(const QString &route, const QUrlQuery &query = {});
    };

    WordPressClient(const QUrl &site, const QString &user, const QString &applicationPassword,
        const QByteArray &trustedCertificate, const Options &options = {},
        QObject *parent = nullptr);

    // Finds the REST API: the Link rel="https://api.w.org/" header of the site, else /wp-json/,
    // else /?rest_route=/. Needed before any other call.
    void discover(Done done);
    QUrl apiRoot() const { return m_root; }
    // The root another client of the same site discovered.
    void setApiRoot(const QUrl &root) { m_root = root; }
    // The URL of a route ("wp/v2/posts") with its query, for either form of the API root.
    QUrl urlOf(const QString &route, const QUrlQuery &query = {}) const;

    // done is called once, in this client's thread, also when cancelled.
    void send(const Request &request, Done done);
    // Every call under way or waiting ends with Problem::Cancelled.
    void cancelAll();

    int requests() const { return m_session.requests(); }
    int writes() const { return m_session.writes(); }
    QUrl site() const { return m_site; }

    // WordPress's "message", which may hold markup and entities, as plain text of sensible length.
    static QString plainMessage(const QString &message);

private:
    struct Call
    {
        HttpSession::Call http;
        bool expectJson = true;
    };
    void sendCall(Call call, int redirects, Done done);
    // What the answer means: ok, or the problem in the user's words.
    Reply replyTo(const Call &call, const HttpSession::Answer &answer) const;
    void describe(
        Reply &reply, const Call &call, const QByteArray &body, const QString &reason) const;
    void discoverAt(qsizetype guess, const Reply &last, Done done);
    QString nameOf(const QByteArray &verb, const QUrl &url) const;

    HttpSession m_session;
    QUrl m_site;
    QUrl m_root;
};

} // namespace Relais
