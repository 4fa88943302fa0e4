// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/webdavclient.h"

#include "net/httpsession.h"
#include "content/remotepath.h"

namespace Relais {

WebDavClient::WebDavClient(const QUrl &base, const QString &user, const QString &password,
    const QByteArray &trustedCertificate, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(new HttpSession(
          { user, password, trustedCertificate, QNetworkRequest::ManualRedirectPolicy, options },
          this))
    , m_base(base)
{
    connect(m_session, &HttpSession::uploadProgress, this, &WebDavClient::uploadProgress);
}

WebDavClient::~WebDavClient() = default;

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
    Response failure;
    failure.tag = request.tag;
    failure.method = request.method;
    failure.path = request.path;
    failure.problem = Problem::Local;
    auto url
        = request.path.isEmpty() ? Result<QUrl>(m_base) : RemotePath::join(m_base, request.path);
    if (!url) {
        failure.error = url.error().message;
        emit finished(failure);
        return;
    }
    HttpSession::Call call;
    call.verb = methodName(request.method).toLatin1();
    call.url = *url;
    call.name = request.path.isEmpty() ? m_base.toString(QUrl::RemoveUserInfo) : request.path;
    switch (request.method) {
    case Method::Get:
    case Method::Delete:
    case Method::Mkcol:
        break;
    case Method::Move: {
        auto destination = RemotePath::join(m_base, request.destination);
        if (!destination) {
            failure.error = destination.error().message;
            emit finished(failure);
            return;
        }
        call.headers.append(
            qMakePair(QByteArray("Destination"), QByteArray(destination->toEncoded())));
        call.headers.append(qMakePair(QByteArray("Overwrite"), QByteArray("T")));
        break;
    }
    case Method::List:
    case Method::Propfind:
        call.headers.append(
            qMakePair(QByteArray("Depth"), QByteArray(request.method == Method::List ? "1" : "0")));
        call.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/xml; charset=utf-8")));
        call.body
            = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                "<propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>");
        break;
    case Method::Put:
        call.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
        call.sourceFile = request.sourceFile;
        call.body = request.body;
        break;
    }
    m_session->send(call, [this, request](const HttpSession::Answer &answer) {
        emit finished(responseTo(request, answer));
    });
}

void WebDavClient::cancelAll()
{
    m_session->cancelAll();
}

int WebDavClient::busy() const
{
    return m_session->busy();
}

int WebDavClient::requestsSent() const
{
    return m_session->requests();
}

const WebDavClient::Options &WebDavClient::options() const
{
    return m_session->policy();
}

WebDavClient::Response WebDavClient::responseTo(
    const Request &request, const HttpSession::Answer &a) const
{
    const QString where
        = request.path.isEmpty() ? m_base.toString(QUrl::RemoveUserInfo) : request.path;
    Response r;
    r.tag = request.tag;
    r.method = request.method;
    r.path = request.path;
    r.status = a.status;
    r.tries = a.tries;
    r.bytesSent = a.bytesSent;
    r.certificateSha256 = a.certificateSha256;
    r.problem = problemOf(a.failure, Problem::Local);
    if (a.failure != HttpSession::Failure::None) {
        r.error = a.withTries(a.error);
        return r;
    }

    const int status = a.status;
    if (isSuccess(request.method, status) && !a.cutOff) {
        r.ok = true;
        if (request.method == Method::Get || request.method == Method::Propfind
            || request.method == Method::List)
            r.body = a.body;
        return r;
    }
    if (a.cutOff && isSuccess(request.method, status)) {
        r.problem = Problem::Network;
        r.error = tr("%1: the answer was cut off.").arg(where);
    } else if (status == 401) {
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
                      .arg(where, methodName(request.method))
                      .arg(status);
    } else if (status >= 300 && status < 400) {
        r.problem = Problem::Redirect;
        r.error = tr("%1: the server sends elsewhere (%2 to %3); use that address.")
                      .arg(where)
                      .arg(status)
                      .arg(QString::fromUtf8(a.header("location")).left(200));
    } else if (status >= 500 || status == 429 || status == 408) {
        r.problem = Problem::ServerError;
        r.error = tr("%1: the server failed (%2 %3).").arg(where).arg(status).arg(a.reason);
    } else {
        r.problem = Problem::Other;
        r.error = tr("%1: the server answered %2 %3.").arg(where).arg(status).arg(a.reason);
    }
    r.error = a.withTries(r.error);
    return r;
}

} // namespace Relais
