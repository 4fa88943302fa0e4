// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/webdavclient.h"

#include "net/httpsession.h"
#include "content/remotepath.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Relais {

namespace {

QString fingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return pairs.join(QLatin1Char(':'));
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

struct WebDavClient::Job
{
    Request request;
    int tries = 0;
    bool timedOut = false;
    bool cancelled = false;
    qint64 sent = 0; // bytes of this try reported so far
    QByteArray certificate;
    QTimer *timer = nullptr;
    QTimer *retryTimer = nullptr;
    QNetworkReply *reply = nullptr;
};

WebDavClient::WebDavClient(const QUrl &base, const QString &user, const QString &password,
    const QByteArray &trustedCertificate, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session({ user, password, trustedCertificate, QNetworkRequest::ManualRedirectPolicy }, this)
    , m_base(base)
    , m_options(options)
    , m_random(std::random_device {}())
{
    connect(&m_session, &HttpSession::untrustedCertificate, this,
        [this](QNetworkReply *reply, const QByteArray &fingerprint) {
            if (Job *job = m_replies.value(reply))
                job->certificate = fingerprint;
        });
}

WebDavClient::~WebDavClient()
{
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
        delete it.value();
    }
    m_replies.clear();
    qDeleteAll(m_retrying);
    qDeleteAll(m_queue);
}

QString WebDavClient::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Mkcol:
        return QStringLiteral("MKCOL");
    case Method::Propfind:
    case Method::List:
        return QStringLiteral("PROPFIND");
    case Method::Move:
        return QStringLiteral("MOVE");
    }
    return {};
}

bool WebDavClient::isSuccess(Method method, int status)
{
    switch (method) {
    case Method::Get:
        return status == 200;
    case Method::Put:
        return status == 200 || status == 201 || status == 204;
    case Method::Delete:
        return status == 200 || status == 204 || status == 404;
    case Method::Mkcol:
        return status == 201 || status == 405; // 405: there already
    case Method::Propfind:
    case Method::List:
        return status == 207;
    case Method::Move:
        return status == 201 || status == 204;
    }
    return false;
}

void WebDavClient::enqueue(const Request &request)
{
    auto *job = new Job;
    job->request = request;
    m_queue.enqueue(job);
    pump();
}

void WebDavClient::cancelAll()
{
    m_cancelling = true;
    while (!m_queue.isEmpty()) {
        Job *job = m_queue.dequeue();
        Response r;
        r.tag = job->request.tag;
        r.method = job->request.method;
        r.path = job->request.path;
        r.problem = Problem::Cancelled;
        r.error = tr("Cancelled.");
        delete job;
        emit finished(r);
    }
    const auto waiting = m_retrying.values();
    for (Job *job : waiting) {
        delete job->retryTimer;
        job->retryTimer = nullptr;
        Response r;
        r.tag = job->request.tag;
        r.method = job->request.method;
        r.path = job->request.path;
        r.problem = Problem::Cancelled;
        r.error = tr("Cancelled.");
        complete(job, r);
    }
    const auto replies = m_replies.keys();
    for (QNetworkReply *reply : replies) {
        if (Job *job = m_replies.value(reply))
            job->cancelled = true;
        reply->abort(); // finishes each with Cancelled
    }
    m_cancelling = false;
}

void WebDavClient::pump()
{
    while (m_running < m_options.parallel && !m_queue.isEmpty()) {
        ++m_running;
        send(m_queue.dequeue());
    }
}

void WebDavClient::send(Job *job)
{
    ++job->tries;
    job->timedOut = false;
    job->sent = 0;
    job->certificate.clear();
    const Request &req = job->request;
    auto url = req.path.isEmpty() ? Result<QUrl>(m_base) : RemotePath::join(m_base, req.path);
    Response failure;
    failure.tag = req.tag;
    failure.method = req.method;
    failure.path = req.path;
    failure.tries = job->tries;
    failure.problem = Problem::Local;
    if (!url) {
        failure.error = url.error().message;
        complete(job, failure);
        return;
    }
    QNetworkRequest request = m_session.request(*url);

    QNetworkReply *reply = nullptr;
    switch (req.method) {
    case Method::Get:
        reply = m_session.manager().get(request);
        break;
    case Method::Delete:
        reply = m_session.manager().deleteResource(request);
        break;
    case Method::Mkcol:
        reply = m_session.manager().sendCustomRequest(request, "MKCOL");
        break;
    case Method::Move: {
        auto destination = RemotePath::join(m_base, req.destination);
        if (!destination) {
            failure.error = destination.error().message;
            complete(job, failure);
            return;
        }
        request.setRawHeader("Destination", destination->toEncoded());
        request.setRawHeader("Overwrite", "T");
        reply = m_session.manager().sendCustomRequest(request, "MOVE");
        break;
    }
    case Method::List:
    case Method::Propfind: {
        request.setRawHeader("Depth", req.method == Method::List ? "1" : "0");
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QStringLiteral("application/xml; charset=utf-8"));
        reply = m_session.manager().sendCustomRequest(request, "PROPFIND",
            QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                              "<propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>"));
        break;
    }
    case Method::Put: {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        if (!req.sourceFile.isEmpty()) {
            auto *file = new QFile(req.sourceFile);
            if (!file->open(QIODevice::ReadOnly)) {
                failure.error
                    = tr("“%1” cannot be read: %2").arg(req.sourceFile, file->errorString());
                delete file;
                complete(job, failure);
                return;
            }
            request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
            reply = m_session.manager().put(request, file);
            file->setParent(reply);
        } else {
            reply = m_session.manager().put(request, req.body);
        }
        break;
    }
    }
    ++m_requestsSent;
    job->reply = reply;
    m_replies.insert(reply, job);

    job->timer = new QTimer(reply);
    job->timer->setSingleShot(true);
    job->timer->setInterval(m_options.timeoutMs);
    connect(job->timer, &QTimer::timeout, reply, [job, reply] {
        job->timedOut = true;
        reply->abort();
    });
    job->timer->start();
    connect(reply, &QNetworkReply::uploadProgress, this, [this, job](qint64 sent, qint64) {
        job->timer->start();
        if (sent > job->sent) {
            emit uploadProgress(sent - job->sent);
            job->sent = sent;
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, job->timer,
        [job](qint64, qint64) { job->timer->start(); });
    connect(
        reply, &QNetworkReply::finished, this, [this, job, reply] { onReplyFinished(job, reply); });
}

int WebDavClient::retryDelay(const Job &job, QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((status == 429 || status == 503) && reply->hasRawHeader("Retry-After")) {
        const QByteArray value = reply->rawHeader("Retry-After").trimmed();
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        qint64 ms = -1;
        if (ok && seconds >= 0) {
            ms = seconds * 1000;
        } else {
            const QDateTime when
                = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
            if (when.isValid())
                ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
        }
        if (ms >= 0)
            return int(std::min<qint64>(ms, m_options.maxRetryAfterMs));
    }
    const double base = std::min<double>(
        m_options.maxBackoffMs, m_options.backoffMs * std::pow(2.0, job.tries - 1));
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    return int(base * jitter(m_random));
}

void WebDavClient::onReplyFinished(Job *job, QNetworkReply *reply)
{
    m_replies.remove(reply);
    job->timer->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const Request &req = job->request;
    const QString where = req.path.isEmpty() ? m_base.toString(QUrl::RemoveUserInfo) : req.path;

    Response r;
    r.tag = req.tag;
    r.method = req.method;
    r.path = req.path;
    r.status = status;
    r.tries = job->tries;
    r.bytesSent = job->sent;

    bool retry = false;
    if (job->cancelled) {
        r.problem = Problem::Cancelled;
        r.error = tr("Cancelled.");
    } else if (job->timedOut) {
        r.problem = Problem::Timeout;
        r.error = tr("%1: the server did not answer within %2 s.")
                      .arg(where)
                      .arg(m_options.timeoutMs / 1000.0);
        retry = true;
    } else if (status != 0 && isSuccess(req.method, status)
        && error != QNetworkReply::RemoteHostClosedError) {
        r.ok = true;
        if (req.method == Method::Get || req.method == Method::Propfind
            || req.method == Method::List)
            r.body = reply->readAll();
    } else if (status != 0) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status == 401) {
            r.problem = Problem::Unauthorized;
            r.error = tr("The server refused the user name or password (401).");
        } else if (status == 403) {
            r.problem = Problem::Forbidden;
            r.error = tr("%1: this user has no right to write there (403).").arg(where);
        } else if (status == 404 || status == 409) {
            r.problem = Problem::NotFound;
            r.error = tr("%1: there is no such folder on the server (%2).").arg(where).arg(status);
        } else if (status == 405 || status == 501) {
            r.problem = Problem::NotDav;
            r.error = tr("%1: the server does not accept %2; is WebDAV enabled there? (%3)")
                          .arg(where, methodName(req.method))
                          .arg(status);
        } else if (status >= 300 && status < 400) {
            r.problem = Problem::Redirect;
            r.error = tr("%1: the server sends elsewhere (%2 to %3); use that address.")
                          .arg(where)
                          .arg(status)
                          .arg(QString::fromUtf8(reply->rawHeader("Location")).left(200));
        } else if (status >= 500 || status == 429 || status == 408) {
            r.problem = Problem::ServerError;
            r.error = tr("%1: the server failed (%2 %3).").arg(where).arg(status).arg(reason);
            retry = true;
        } else {
            r.problem = Problem::Other;
            r.error = tr("%1: the server answered %2 %3.").arg(where).arg(status).arg(reason);
        }
        if (error == QNetworkReply::RemoteHostClosedError && isSuccess(req.method, status)) {
            r.problem = Problem::Network;
            r.error = tr("%1: the answer was cut off.").arg(where);
            retry = true;
        }
    } else {
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            r.problem = Problem::HostNotFound;
            r.error = tr("The server name “%1” could not be found.").arg(m_base.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.problem = Problem::ConnectionRefused;
            r.error
                = tr("Nothing answers at %1 (connection refused).")
                      .arg(m_base.host() + QLatin1Char(':')
                          + QString::number(m_base.port(m_base.scheme() == u"https" ? 443 : 80)));
            retry = true;
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            r.problem = Problem::Tls;
            r.certificateSha256 = job->certificate;
            r.error = job->certificate.isEmpty()
                ? tr("The secure connection to %1 failed: %2")
                      .arg(m_base.host(), reply->errorString())
                : tr("The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.")
                      .arg(m_base.host(), reply->errorString(), fingerprint(job->certificate));
            break;
        default:
            r.problem = Problem::Network;
            r.error = tr("%1: %2").arg(where, reply->errorString());
            retry = isRetryableNetworkError(error);
            break;
        }
    }

    reply->deleteLater();
    job->reply = nullptr;
    job->timer = nullptr;
    if (retry && !m_cancelling && job->tries < m_options.maxTries) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        job->retryTimer = timer;
        connect(timer, &QTimer::timeout, this, [this, job] {
            job->retryTimer->deleteLater();
            job->retryTimer = nullptr;
            m_retrying.remove(job);
            send(job);
        });
        timer->start(retryDelay(*job, reply));
        m_retrying.insert(job);
        return;
    }
    if (retry && job->tries > 1)
        r.error += QLatin1Char(' ') + tr("(gave up after %1 tries)").arg(job->tries);
    complete(job, r);
}

void WebDavClient::complete(Job *job, Response response)
{
    m_retrying.remove(job);
    delete job;
    --m_running;
    emit finished(response);
    pump();
}

} // namespace Relais
