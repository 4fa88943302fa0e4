// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <atomic>
#include <functional>
#include <random>

class QTimer;

namespace Relais {

// The HTTP every client of Relais shares, in one place, asynchronous:
// - set-up: the user agent, Basic authentication sent with every request and never answered
//   for us (a wrong password comes back as 401), no cache, redirects left to the client, and
//   TLS that trusts the system's authorities plus, when given, exactly one certificate by its
//   SHA-256 fingerprint — never "all errors";
// - the calls: a few in flight (the rest wait their turn, so a deadline never runs for a call
//   that is only queued), a stall deadline (no byte moving), retries with exponential backoff
//   and jitter on what may be sent again (Retry-After honoured on 429 and 503), cancel.
// A session lives in one thread (its QNetworkAccessManager is not shared across threads):
// a client makes its own. Tests give it a transport of their own, a manager whose replies
// are scripted.
class HttpSession : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int parallel = 6; // calls in flight
        int stallMs = 30000; // a try is given up when no byte moved for this long
        int maxTries = 5;
        int backoffMs = 500; // first retry after about this long, doubling
        int maxBackoffMs = 30000;
        int maxRetryAfterMs = 300000; // the longest a Retry-After is waited for
        // The budget of a run: the server is given up — every call then ends Unreachable —
        // when tries failed without an HTTP answer for this long (from the start of the first
        // of them), or when this many tries in a row did.
        int unreachableMs = 60000;
        int maxFailuresInRow = 30;
        // Tests: a manager whose replies are scripted (not owned). Null: the session's own.
        QNetworkAccessManager *transport = nullptr;
    };

    struct Options
    {
        QString user; // Basic authentication when user or password is set
        QString password;
        QByteArray trustedCertificate; // SHA-256 fingerprint in hex, or empty
        QNetworkRequest::RedirectPolicy redirects = QNetworkRequest::ManualRedirectPolicy;
        Policy policy;
    };

    struct Call
    {
        QByteArray verb = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString sourceFile; // a body streamed from this file instead
        // May be sent again when it may have reached the server (a read, an update); false
        // for a creation, sent again only when it surely did not arrive.
        bool idempotent = true;
        QString name; // how messages name it: a path, "GET /wp/v2/posts"
    };

    // Why a call has no HTTP answer.
    enum class Failure {
        None,
        Cancelled,
        Timeout,
        HostNotFound,
        ConnectionRefused,
        Tls,
        Network,
        Local,
        Unreachable, // the session gave the server up (see Policy)
    };

    struct Answer
    {
        int status = 0; // 0 without an HTTP answer
        QString reason;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        Failure failure = Failure::None;
        QString error; // for the user, when failure is set: names the call and the server
        QByteArray certificateSha256; // hex, of an untrusted certificate
        bool cutOff = false; // an answer began, then the connection closed
        bool gaveUp = false; // another try was wanted and none was left
        int tries = 0;
        qint64 bytesSent = 0; // of the last try's body

        QByteArray header(const QByteArray &lowerCaseName) const
        {
            return headers.value(lowerCaseName);
        }
        // error followed by "(gave up after N tries)" when it came to that.
        QString withTries(const QString &error) const;
    };

    using Done = std::function<void(const Answer &)>;

    explicit HttpSession(const Options &options, QObject *parent = nullptr);
    ~HttpSession() override;

    // Sends the call when its turn comes; done is called once, in this session's thread, with
    // the last try's answer — also when cancelled. done may send more calls.
    void send(const Call &call, Done done);
    // Ends every call, queued, waiting to retry or running, with Failure::Cancelled.
    void cancelAll();
    int busy() const { return m_running + int(m_queue.size()); }
    // Whether the server was given up, and why ("connection refused").
    bool isLost() const { return m_lost; }
    QString lostReason() const { return m_lostReason; }
    // Tries sent, and those of them that may change something (not GET, HEAD or PROPFIND).
    int requests() const { return m_requests; }
    int writes() const { return m_writes; }
    const Policy &policy() const { return m_policy; }

    QNetworkAccessManager &manager() { return *m_manager; }
    // A request to url with the session's headers and attributes.
    QNetworkRequest request(const QUrl &url) const;
    static QString userAgent();
    // AB:CD:… of a hex fingerprint, as certificate tools print it.
    static QString fingerprint(const QByteArray &hex);
    // The wait a Retry-After value asks for (seconds or an HTTP date), -1 when it asks none.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

signals:
    void uploadProgress(qint64 bytesDelta);

private:
    struct Exchange;
    void pump();
    void start(Exchange *exchange);
    void onFinished(Exchange *exchange);
    void describeFailure(
        Exchange *exchange, QNetworkReply::NetworkError error, const QString &errorString);
    bool mayRetry(const Exchange &exchange) const;
    // Counts a try that had no HTTP answer; true when the budget is spent.
    bool spendBudget(const Exchange &exchange);
    void heardFrom();
    void endAll(Failure failure, const QString &error);
    void endQueued();
    int retryDelay(const Exchange &exchange) const;
    void complete(Exchange *exchange);

    QNetworkAccessManager *m_manager = nullptr;
    QByteArray m_authorization;
    QByteArray m_trustedCertificate;
    Policy m_policy;
    QQueue<Exchange *> m_queue;
    QHash<QNetworkReply *, Exchange *> m_replies;
    QList<Exchange *> m_waiting; // for their next try
    int m_running = 0;
    std::atomic_int m_requests = 0;
    std::atomic_int m_writes = 0;
    bool m_cancelling = false;
    bool m_lost = false;
    QString m_lostReason;
    QString m_server; // scheme, host and port, for messages
    int m_failuresInRow = 0;
    QElapsedTimer m_clock;
    qint64 m_failingSinceMs = -1; // start of the first failed try since the last answer
    qint64 m_lastHeardMs = 0;
    mutable std::mt19937 m_random;
};

// A client's own problem for how a call failed without an HTTP answer: the clients' Problem
// enums name these cases alike. local is what a local failure (a file to send that cannot be
// read) is for that client.
template<typename Problem> Problem problemOf(HttpSession::Failure failure, Problem local)
{
    using F = HttpSession::Failure;
    switch (failure) {
    case F::None:
        return Problem::None;
    case F::Cancelled:
        return Problem::Cancelled;
    case F::Timeout:
        return Problem::Timeout;
    case F::HostNotFound:
        return Problem::HostNotFound;
    case F::ConnectionRefused:
        return Problem::ConnectionRefused;
    case F::Tls:
        return Problem::Tls;
    case F::Network:
        return Problem::Network;
    case F::Local:
        return local;
    case F::Unreachable:
        return Problem::Unreachable;
    }
    return Problem::Network;
}

} // namespace Relais
