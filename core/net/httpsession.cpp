// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpsession.h"

#include "net/certificate.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslError>
#include <QStringList>
#include <QTimer>

#include <cmath>

namespace Relais {

namespace {

// Errors after which the server may not have seen the request, or may see it again safely.
bool isPassingNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

bool onlyReads(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD" || verb == "PROPFIND";
}

} // namespace

struct HttpSession::Exchange
{
    Call call;
    Done done;
    Answer answer;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QNetworkReply *reply = nullptr;
    QTimer *stall = nullptr; // a child of the reply
    QTimer *retry = nullptr;
    QString errorString;
    bool timedOut = false;
    qint64 startedMs = 0; // of the last try, on the session's clock
    Failure endAs = Failure::None; // ended by cancelAll() or a lost server
    QString endError;
};

QString HttpSession::Answer::withTries(const QString &error) const
{
    if (!gaveUp || tries < 2)
        return error;
    return error + QLatin1Char(' ') + HttpSession::tr("(gave up after %1 tries)").arg(tries);
}

HttpSession::HttpSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_manager(
          options.policy.transport ? options.policy.transport : new QNetworkAccessManager(this))
    , m_trustedCertificate(options.trustedCertificate.toLower())
    , m_policy(options.policy)
    , m_random(std::random_device {}())
{
    m_clock.start();
    if (!options.user.isEmpty() || !options.password.isEmpty())
        m_authorization = "Basic "
            + QByteArray(options.user.toUtf8() + ':' + options.password.toUtf8()).toBase64();
    m_manager->setRedirectPolicy(options.redirects);
    m_manager->setAutoDeleteReplies(false);
    connect(m_manager, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            const QByteArray digest = certificateSha256(reply, errors);
            // Only the one certificate the user trusted by its fingerprint, never all errors.
            if (!m_trustedCertificate.isEmpty() && digest == m_trustedCertificate) {
                reply->ignoreSslErrors(errors);
                return;
            }
            if (Exchange *exchange = m_replies.value(reply))
                exchange->answer.certificateSha256 = digest;
        });
    // Nothing may answer 401 for us: a wrong password must come back as such.
    connect(m_manager, &QNetworkAccessManager::authenticationRequired, this,
        [](QNetworkReply *, QAuthenticator *) {});
}

HttpSession::~HttpSession()
{
    // Nobody is told: the owner is going away.
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
        delete it.value();
    }
    qDeleteAll(m_waiting);
    qDeleteAll(m_queue);
}

QString HttpSession::userAgent()
{
    return QStringLiteral("Relais/%1").arg(QCoreApplication::applicationVersion());
}

QString HttpSession::fingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return pairs.join(QLatin1Char(':'));
}

qint64 HttpSession::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 && seconds < 100'000'000 ? seconds * 1000 : -1;
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reading does not take for +0000.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

QNetworkRequest HttpSession::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return request;
}

void HttpSession::send(const Call &call, Done done)
{
    auto *exchange = new Exchange;
    exchange->call = call;
    exchange->done = std::move(done);
    m_queue.enqueue(exchange);
    if (m_lost) {
        // Ended from the event loop, never inside the caller's own call.
        QMetaObject::invokeMethod(this, &HttpSession::endQueued, Qt::QueuedConnection);
        return;
    }
    pump();
}

void HttpSession::endQueued()
{
    endAll(Failure::Unreachable,
        tr("The server at %1 stopped answering (%2).").arg(m_server, m_lostReason));
}

void HttpSession::pump()
{
    if (m_cancelling || m_lost)
        return; // what the cancelled calls' owners send meanwhile starts afterwards
    while (m_running < std::max(1, m_policy.parallel) && !m_queue.isEmpty()) {
        ++m_running;
        start(m_queue.dequeue());
    }
}

void HttpSession::start(Exchange *exchange)
{
    Exchange &x = *exchange;
    const Call &call = x.call;
    ++x.answer.tries;
    const int tries = x.answer.tries;
    x.answer = Answer {};
    x.answer.tries = tries;
    x.error = QNetworkReply::NoError;
    x.timedOut = false;
    x.startedMs = m_clock.elapsed();

    QNetworkRequest request = this->request(call.url);
    for (const auto &h : call.headers)
        request.setRawHeader(h.first, h.second);
    QFile *file = nullptr;
    if (!call.sourceFile.isEmpty()) {
        file = new QFile(call.sourceFile);
        if (!file->open(QIODevice::ReadOnly)) {
            x.answer.failure = Failure::Local;
            x.answer.error
                = tr("“%1” cannot be read: %2").arg(call.sourceFile, file->errorString());
            delete file;
            complete(exchange);
            return;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    }

    ++m_requests;
    if (!onlyReads(call.verb))
        ++m_writes;
    QNetworkReply *reply = nullptr;
    if (file)
        reply = m_manager->sendCustomRequest(request, call.verb, file);
    else if (call.verb == "GET")
        reply = m_manager->get(request);
    else if (call.verb == "HEAD")
        reply = m_manager->head(request);
    else if (call.verb == "PUT")
        reply = m_manager->put(request, call.body);
    else if (call.verb == "DELETE" && call.body.isEmpty())
        reply = m_manager->deleteResource(request);
    else
        reply = m_manager->sendCustomRequest(request, call.verb, call.body);
    if (file)
        file->setParent(reply);
    x.reply = reply;
    m_replies.insert(reply, exchange);

    x.stall = new QTimer(reply);
    x.stall->setSingleShot(true);
    x.stall->setInterval(m_policy.stallMs);
    connect(x.stall, &QTimer::timeout, reply, [exchange, reply] {
        exchange->timedOut = true;
        reply->abort();
    });
    x.stall->start();
    connect(reply, &QNetworkReply::uploadProgress, this, [this, exchange](qint64 sent, qint64) {
        exchange->stall->start(); // bytes leaving are no sign of life from the server
        if (sent > exchange->answer.bytesSent) {
            emit uploadProgress(sent - exchange->answer.bytesSent);
            exchange->answer.bytesSent = sent;
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, exchange](qint64 got, qint64) {
        exchange->stall->start();
        if (got > 0)
            heardFrom();
    });
    connect(reply, &QNetworkReply::finished, this, [this, exchange] { onFinished(exchange); });
}

void HttpSession::onFinished(Exchange *exchange)
{
    Exchange &x = *exchange;
    QNetworkReply *reply = x.reply;
    m_replies.remove(reply);
    x.stall->stop();
    Answer &a = x.answer;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    for (const auto &pair : reply->rawHeaderPairs())
        a.headers.insert(pair.first.toLower(), pair.second);
    if (reply->isReadable()) // not once aborted
        a.body = reply->readAll();
    x.error = reply->error();
    x.errorString = reply->errorString();
    const QString &errorString = x.errorString;
    reply->disconnect(this);
    reply->deleteLater();
    x.reply = nullptr;
    x.stall = nullptr;

    if (x.endAs != Failure::None) {
        a.status = 0;
        a.failure = x.endAs;
        a.error = x.endError;
        complete(exchange);
        return;
    }
    if (x.timedOut) {
        a.status = 0;
        a.failure = Failure::Timeout;
        a.error = tr("%1: the server did not answer within %2 s.")
                      .arg(x.call.name)
                      .arg(m_policy.stallMs / 1000.0);
    } else if (a.status == 0) {
        describeFailure(exchange, x.error, errorString);
    } else {
        a.cutOff = x.error == QNetworkReply::RemoteHostClosedError;
    }
    if (a.status != 0)
        heardFrom();
    if (m_server.isEmpty())
        m_server = x.call.url.toString(
            QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (a.status == 0 && spendBudget(x)) {
        // Given up: this call and every other one end now, with the reason.
        m_lost = true;
        const QString error
            = tr("The server at %1 stopped answering (%2).").arg(m_server, m_lostReason);
        a.failure = Failure::Unreachable;
        a.error = error;
        complete(exchange);
        endAll(Failure::Unreachable, error);
        return;
    }

    if (mayRetry(x)) {
        if (!m_cancelling && a.tries < m_policy.maxTries) {
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            x.retry = timer;
            connect(timer, &QTimer::timeout, this, [this, exchange] {
                exchange->retry->deleteLater();
                exchange->retry = nullptr;
                m_waiting.removeOne(exchange);
                start(exchange);
            });
            timer->start(retryDelay(x));
            m_waiting.append(exchange);
            return;
        }
        a.gaveUp = true;
    }
    complete(exchange);
}

void HttpSession::describeFailure(
    Exchange *exchange, QNetworkReply::NetworkError error, const QString &errorString)
{
    Answer &a = exchange->answer;
    const QUrl &url = exchange->call.url;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        a.failure = Failure::HostNotFound;
        a.error = tr("The server name “%1” could not be found.").arg(url.host());
        break;
    case QNetworkReply::ConnectionRefusedError:
        a.failure = Failure::ConnectionRefused;
        a.error = tr("Nothing answers at %1 (connection refused).")
                      .arg(url.host() + QLatin1Char(':')
                          + QString::number(url.port(url.scheme() == u"https" ? 443 : 80)));
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        a.failure = Failure::Tls;
        a.error = a.certificateSha256.isEmpty()
            ? tr("The secure connection to %1 failed: %2").arg(url.host(), errorString)
            : tr("The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.")
                  .arg(url.host(), errorString, fingerprint(a.certificateSha256));
        break;
    default:
        a.failure = Failure::Network;
        a.error = tr("%1: %2").arg(exchange->call.name, errorString);
        break;
    }
}

bool HttpSession::mayRetry(const Exchange &x) const
{
    const Answer &a = x.answer;
    const bool again = x.call.idempotent;
    switch (a.failure) {
    case Failure::Timeout:
        return again;
    case Failure::ConnectionRefused:
        return true; // it never reached the server
    case Failure::Network:
        return again && isPassingNetworkError(x.error);
    case Failure::None:
        break;
    default:
        return false;
    }
    if (a.status == 429 || a.status == 503)
        return true; // not processed: the server says when to come back
    if (a.status == 501 || a.status == 505)
        return false; // not implemented, not supported: the same again would be refused again
    if (a.status >= 500 || a.status == 408)
        return again;
    return a.cutOff && again;
}

int HttpSession::retryDelay(const Exchange &x) const
{
    const Answer &a = x.answer;
    if (a.status == 429 || a.status == 503) {
        const qint64 ms = retryAfterMs(a.header("retry-after"), QDateTime::currentDateTimeUtc());
        if (ms >= 0)
            return int(std::min<qint64>(ms, m_policy.maxRetryAfterMs));
    }
    const double base
        = std::min<double>(m_policy.maxBackoffMs, m_policy.backoffMs * std::pow(2.0, a.tries - 1));
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    return int(base * jitter(m_random));
}

void HttpSession::complete(Exchange *exchange)
{
    m_waiting.removeOne(exchange);
    --m_running;
    const Done done = std::move(exchange->done);
    const Answer answer = std::move(exchange->answer);
    delete exchange;
    if (done)
        done(answer);
    pump();
}

void HttpSession::heardFrom()
{
    m_failingSinceMs = -1;
    m_lastHeardMs = m_clock.elapsed();
    m_failuresInRow = 0;
}

bool HttpSession::spendBudget(const Exchange &x)
{
    const Answer &a = x.answer;
    switch (a.failure) {
    case Failure::Timeout:
        m_lostReason = tr("no answer within %1 s").arg(m_policy.stallMs / 1000.0);
        break;
    case Failure::ConnectionRefused:
        m_lostReason = tr("connection refused");
        break;
    case Failure::HostNotFound:
        m_lostReason = tr("its name could not be found");
        break;
    case Failure::Network:
        m_lostReason = x.errorString;
        break;
    default:
        return false; // cancelled, a local file, TLS: not the server's silence
    }
    ++m_failuresInRow;
    // Unreachable since the first failed try began (not since it failed: a try may wait for
    // its stall deadline first).
    const qint64 began = std::max(x.startedMs, m_lastHeardMs);
    if (m_failingSinceMs < 0 || began < m_failingSinceMs)
        m_failingSinceMs = began;
    return m_failuresInRow >= std::max(1, m_policy.maxFailuresInRow)
        || m_clock.elapsed() - m_failingSinceMs >= m_policy.unreachableMs;
}

void HttpSession::cancelAll()
{
    endAll(Failure::Cancelled, tr("Cancelled."));
}

void HttpSession::endAll(Failure failure, const QString &error)
{
    m_cancelling = true;
    const QQueue<Exchange *> queued = std::exchange(m_queue, {});
    for (Exchange *exchange : queued) {
        ++m_running; // complete() counts it out
        exchange->answer.failure = failure;
        exchange->answer.error = error;
        complete(exchange);
    }
    const QList<Exchange *> waiting = m_waiting;
    for (Exchange *exchange : waiting) {
        delete exchange->retry;
        exchange->retry = nullptr;
        const int tries = exchange->answer.tries;
        exchange->answer = Answer {};
        exchange->answer.tries = tries;
        exchange->answer.failure = failure;
        exchange->answer.error = error;
        complete(exchange);
    }
    const QList<QNetworkReply *> replies = m_replies.keys();
    for (QNetworkReply *reply : replies) {
        if (Exchange *exchange = m_replies.value(reply)) {
            exchange->endAs = failure;
            exchange->endError = error;
            reply->abort(); // finishes it as said
        }
    }
    m_cancelling = false;
    pump();
}

} // namespace Relais
