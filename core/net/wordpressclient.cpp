// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/wordpressclient.h"

#include "net/httpsession.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <cmath>

namespace Relais {

namespace {

const QByteArray apiRel = "https://api.w.org/";

// The API root in a Link header: <https://example.org/wp-json/>; rel="https://api.w.org/".
QUrl linkedRoot(const QByteArray &header)
{
    for (const QByteArray &part : header.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray params = part.mid(close + 1);
        if (params.contains(QByteArray("rel=\"" + apiRel + '"'))
            || params.contains(QByteArray("rel=" + apiRel)))
            return QUrl(QString::fromUtf8(part.mid(open + 1, close - open - 1).trimmed()));
    }
    return {};
}

bool looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("json"))
        return true;
    const QByteArray start = body.trimmed().left(1);
    return start == "{" || start == "[";
}

} // namespace

QJsonObject WordPressClient::Reply::object() const
{
    return json.object();
}

QJsonArray WordPressClient::Reply::array() const
{
    return json.array();
}

int WordPressClient::Reply::totalPages() const
{
    bool ok = false;
    const int pages = headers.value("x-wp-totalpages").toInt(&ok);
    return ok ? pages : 1;
}

WordPressClient::WordPressClient(const QUrl &site, const QString &user,
    const QString &applicationPassword, const QByteArray &trustedCertificate, QObject *parent)
    : WordPressClient(site, user, applicationPassword, trustedCertificate, Options {}, parent)
{ }

WordPressClient::WordPressClient(const QUrl &site, const QString &user,
    const QString &applicationPassword, const QByteArray &trustedCertificate,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(
          { user, applicationPassword, trustedCertificate, QNetworkRequest::ManualRedirectPolicy },
          this)
    , m_site(site)
    , m_options(options)
    , m_random(std::random_device {}())
{
    if (!m_site.path().endsWith(QLatin1Char('/')))
        m_site.setPath(m_site.path() + QLatin1Char('/'));
    connect(&m_session, &HttpSession::untrustedCertificate, this,
        [this](
            QNetworkReply *, const QByteArray &fingerprint) { m_lastCertificate = fingerprint; });
}

QString WordPressClient::plainMessage(const QString &message)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = QString(message).remove(tags);
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#039;"), QStringLiteral("'"))
        .replace(QStringLiteral("&#8217;"), QStringLiteral("’"));
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(299) + QChar(0x2026);
    return text;
}

QUrl WordPressClient::urlOf(const QString &route, const QUrlQuery &query) const
{
    QUrl url = m_root;
    QUrlQuery q;
    if (QUrlQuery(m_root).hasQueryItem(QStringLiteral("rest_route"))) {
        // Plain permalinks: ?rest_route=/wp/v2/posts&…
        q.addQueryItem(QStringLiteral("rest_route"), QLatin1Char('/') + route);
    } else {
        url.setPath(url.path() + route);
    }
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        q.addQueryItem(item.first, item.second);
    url.setQuery(q);
    return url;
}

WordPressClient::Reply WordPressClient::discover()
{
    // 1. The site says where its API is (a HEAD costs no page rendering).
    Call head;
    head.verb = "HEAD";
    head.url = m_site;
    head.expectJson = false;
    Reply r = send(head);
    if (r.problem == Problem::Cancelled || r.problem == Problem::Tls
        || r.problem == Problem::HostNotFound || r.problem == Problem::ConnectionRefused
        || r.problem == Problem::Timeout || r.problem == Problem::Redirect)
        return r;
    const QUrl linked = linkedRoot(r.headers.value("link"));
    if (linked.isValid() && !linked.isRelative()) {
        if (linked.host().compare(m_site.host(), Qt::CaseInsensitive) != 0) {
            Reply refused;
            refused.problem = Problem::Redirect;
            refused.error = tr(
                "%1 says its WordPress API is on another server (%2); Relais does not send the "
                "password there. Use that server's address.")
                                .arg(m_site.toString(), linked.host());
            return refused;
        }
        m_root = linked;
        if (m_root.scheme() == u"http" && m_site.scheme() == u"https")
            m_root.setScheme(QStringLiteral("https"));
        return r;
    }
    // 2. and 3. The usual places.
    const QList<QUrl> guesses = { m_site.resolved(QUrl(QStringLiteral("wp-json/"))),
        m_site.resolved(QUrl(QStringLiteral("?rest_route=/"))) };
    Reply last;
    for (const QUrl &guess : guesses) {
        Call get;
        get.verb = "GET";
        get.url = guess;
        last = send(get);
        if (last.ok && last.object().contains(QStringLiteral("namespaces"))) {
            m_root = guess;
            return last;
        }
        if (last.problem == Problem::Cancelled || last.problem == Problem::Redirect)
            return last;
    }
    Reply none;
    none.problem = Problem::NoApi;
    none.status = last.status;
    none.error
        = tr("No WordPress REST API was found at %1 (no api.w.org link, nothing at /wp-json/ or "
             "/?rest_route=/). Is it a WordPress site, with its REST API on?")
              .arg(m_site.toString());
    return none;
}

WordPressClient::Reply WordPressClient::get(const QString &route, const QUrlQuery &query)
{
    Call call;
    call.verb = "GET";
    call.url = urlOf(route, query);
    return send(call);
}

WordPressClient::Reply WordPressClient::post(
    const QString &route, const QJsonObject &body, bool idempotent)
{
    Call call;
    call.verb = "POST";
    call.url = urlOf(route);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.contentType = "application/json; charset=utf-8";
    call.idempotent = idempotent;
    return send(call);
}

WordPressClient::Reply WordPressClient::upload(const QString &fileName, const QByteArray &mime,
    const QByteArray &bytes, const QUrlQuery &query)
{
    Call call;
    call.verb = "POST";
    call.url = urlOf(QStringLiteral("wp/v2/media"), query);
    call.body = bytes;
    call.contentType = mime;
    // The name is ours (letters, digits, '-', '.'), so it needs no quoting beyond this.
    call.headers.append(
        { "Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"' });
    call.idempotent = false;
    return send(call);
}

WordPressClient::Reply WordPressClient::remove(const QString &route, const QUrlQuery &query)
{
    Call call;
    call.verb = "DELETE";
    call.url = urlOf(route, query);
    return send(call);
}

bool WordPressClient::wait(int ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    done.start(ms);
    poll.start(100);
    loop.exec();
    return !cancelled();
}

WordPressClient::Reply WordPressClient::send(Call call)
{
    Reply r;
    for (int tries = 1;; ++tries) {
        bool retry = false;
        int retryAfterMs = -1;
        r = once(call, &retry, &retryAfterMs);
        r.tries = tries;
        // Redirects: only to the same server, never from https down to http.
        if (r.status >= 300 && r.status < 400 && r.headers.contains("location") && tries <= 3) {
            const QUrl to = call.url.resolved(QUrl(QString::fromUtf8(r.headers.value("location"))));
            const bool sameHost = to.host().compare(call.url.host(), Qt::CaseInsensitive) == 0;
            const bool downgrade = call.url.scheme() == u"https" && to.scheme() != u"https";
            if (sameHost && !downgrade && (to.scheme() == u"http" || to.scheme() == u"https")) {
                if (m_root.isValid() && call.url.scheme() != to.scheme()
                    && m_root.scheme() == call.url.scheme())
                    m_root.setScheme(to.scheme());
                call.url = to;
                continue;
            }
            r.ok = false;
            r.problem = Problem::Redirect;
            r.error = tr("%1: the server sends to %2 (%3), which Relais does not follow: another "
                         "server, or a "
                         "login page. Check the site's address.")
                          .arg(nameOf(call),
                              to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200))
                          .arg(r.status);
            return r;
        }
        if (!retry || tries >= m_options.maxTries || cancelled())
            break;
        int delay = retryAfterMs;
        if (delay < 0) {
            const double base = std::min<double>(
                m_options.maxBackoffMs, m_options.backoffMs * std::pow(2.0, tries - 1));
            std::uniform_real_distribution<double> jitter(0.5, 1.5);
            delay = int(base * jitter(m_random));
        }
        if (!wait(std::min(delay, m_options.maxRetryAfterMs))) {
            r.problem = Problem::Cancelled;
            r.error = tr("Cancelled.");
            return r;
        }
    }
    if (!r.ok && r.tries > 1 && r.problem != Problem::Cancelled)
        r.error += QLatin1Char(' ') + tr("(gave up after %1 tries)").arg(r.tries);
    return r;
}

QString WordPressClient::nameOf(const Call &call) const
{
    QString route = call.url.path();
    const QUrlQuery q(call.url);
    if (q.hasQueryItem(QStringLiteral("rest_route")))
        route = q.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
    else if (m_root.isValid() && route.startsWith(m_root.path()))
        route = QLatin1Char('/') + route.mid(m_root.path().size());
    return QString::fromLatin1(call.verb) + QLatin1Char(' ') + route;
}

WordPressClient::Reply WordPressClient::once(const Call &call, bool *retry, int *retryAfterMs)
{
    Reply r;
    if (cancelled()) {
        r.problem = Problem::Cancelled;
        r.error = tr("Cancelled.");
        return r;
    }
    QNetworkRequest request = m_session.request(call.url);
    request.setRawHeader("Accept", "application/json");
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    for (const auto &h : call.headers)
        request.setRawHeader(h.first, h.second);
    m_lastCertificate.clear();

    ++m_requests;
    if (call.verb != "GET" && call.verb != "HEAD")
        ++m_writes;
    QNetworkReply *reply = call.verb == "GET" ? m_session.manager().get(request)
        : call.verb == "HEAD"
        ? m_session.manager().head(request)
        : m_session.manager().sendCustomRequest(request, call.verb, call.body);
    bool timedOut = false;
    bool stopped = false;
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled()) {
            stopped = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64, qint64) { idle.start(); });
    connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64, qint64) { idle.start(); });
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(m_options.timeoutMs);
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    idle.stop();
    poll.stop();

    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    reply->deleteLater();
    const QString what = nameOf(call);
    // A request that creates something may be sent again only when it surely did not arrive.
    const bool mayRepeat = call.idempotent;

    if (stopped) {
        r.problem = Problem::Cancelled;
        r.error = tr("Cancelled.");
        return r;
    }
    if (timedOut) {
        r.problem = Problem::Timeout;
        r.error = tr("%1: the server did not answer within %2 s.")
                      .arg(what)
                      .arg(m_options.timeoutMs / 1000.0);
        *retry = mayRepeat;
        return r;
    }
    if (r.status == 0) {
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            r.problem = Problem::HostNotFound;
            r.error = tr("The server name “%1” could not be found.").arg(call.url.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.problem = Problem::ConnectionRefused;
            r.error = tr("Nothing answers at %1 (connection refused).")
                          .arg(call.url.host() + QLatin1Char(':')
                              + QString::number(
                                  call.url.port(call.url.scheme() == u"https" ? 443 : 80)));
            *retry = true; // it never reached the server
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.problem = Problem::Tls;
            r.certificateSha256 = m_lastCertificate;
            r.error = m_lastCertificate.isEmpty()
                ? tr("The secure connection to %1 failed: %2").arg(call.url.host(), errorString)
                : tr("The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3.")
                      .arg(call.url.host(), errorString, QString::fromLatin1(m_lastCertificate));
            break;
        default:
            r.problem = Problem::Network;
            r.error = tr("%1: %2").arg(what, errorString);
            *retry = mayRepeat;
            break;
        }
        return r;
    }
    if (r.status >= 300 && r.status < 400)
        return r; // send() decides
    if (r.status == 429 || r.status == 503) {
        // Not processed: may be sent again, when the server says.
        const QByteArray value = r.headers.value("retry-after").trimmed();
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (ok && seconds >= 0)
            *retryAfterMs = int(std::min<qint64>(seconds * 1000, m_options.maxRetryAfterMs));
        *retry = true;
    } else if (r.status >= 500 || r.status == 408) {
        *retry = mayRepeat;
    }
    describe(r, call, body, reason);
    return r;
}

void WordPressClient::describe(
    Reply &r, const Call &call, const QByteArray &body, const QString &reason) const
{
    const QString what = nameOf(call);
    const bool json = looksLikeJson(r.headers.value("content-type"), body);
    QJsonParseError parseError;
    if (json && !body.isEmpty())
        r.json = QJsonDocument::fromJson(body, &parseError);
    const bool parsed = json && (body.isEmpty() || parseError.error == QJsonParseError::NoError);

    if (r.status >= 200 && r.status < 300) {
        if (!call.expectJson) {
            r.ok = true;
            return;
        }
        if (!parsed || r.json.isNull()) {
            r.problem = Problem::NotJson;
            r.error = json
                ? tr("%1: the answer is not valid JSON (%2 at byte %3).")
                      .arg(what, parseError.errorString())
                      .arg(parseError.offset)
                : tr("%1: the server answered a web page, not WordPress data (a security plugin, a "
                     "maintenance page or a login page in the way?).")
                      .arg(what);
            return;
        }
        r.ok = true;
        return;
    }

    const QJsonObject error = r.json.object();
    r.code = error.value(QStringLiteral("code")).toString();
    const QString message = plainMessage(error.value(QStringLiteral("message")).toString());
    const QString detail = parsed && !r.code.isEmpty()
        ? QStringLiteral("%1 %2: %3").arg(r.status).arg(r.code, message)
        : QStringLiteral("%1 %2").arg(r.status).arg(reason);
    if (!parsed || r.code.isEmpty()) {
        // Not WordPress speaking: a proxy, a firewall, a maintenance page.
        if (r.status == 413) {
            r.problem = Problem::TooLarge;
            r.error = tr("%1: the server refused it as too large (413). Its upload limit must be "
                         "raised, or the "
                         "picture made smaller.")
                          .arg(what);
        } else if (r.status == 401) {
            r.problem = Problem::Unauthorized;
            r.error = tr("%1: the server refused the user name or password (401).").arg(what);
        } else if (r.status >= 500 || r.status == 429) {
            r.problem = Problem::ServerError;
            r.error = tr("%1: the server failed (%2) and answered a web page, not WordPress data.")
                          .arg(what, detail);
        } else {
            r.problem = r.status == 404 ? Problem::NotFound : Problem::NotJson;
            r.error = tr("%1: the server answered %2 with a web page, not WordPress data (a "
                         "security plugin or "
                         "a firewall in the way?).")
                          .arg(what, detail);
        }
        return;
    }
    if (r.status == 401 || r.code == u"rest_not_logged_in" || r.code == u"incorrect_password"
        || r.code == u"invalid_username" || r.code == u"invalid_email") {
        r.problem = Problem::Unauthorized;
        r.error
            = tr("WordPress refused the user name or application password (%1). Use an application "
                 "password "
                 "(WordPress → Users → Profile → Application Passwords), not the login password.")
                  .arg(detail);
    } else if (r.code == u"application_passwords_disabled") {
        r.problem = Problem::Unauthorized;
        r.error = tr("Application passwords are turned off on this site (%1). An administrator "
                     "must allow them; "
                     "WordPress allows them only over https unless the site is a local one.")
                      .arg(detail);
    } else if (r.code == u"rest_post_invalid_id") {
        r.problem = Problem::Gone;
        r.error = tr("%1: the post no longer exists on the server; it was deleted there (%2).")
                      .arg(what, detail);
    } else if (r.code == u"rest_no_route") {
        r.problem = Problem::NoApi;
        r.error = tr("%1: this WordPress does not offer that (%2). Is part of its REST API turned "
                     "off by a plugin?")
                      .arg(what, detail);
    } else if (r.status == 413 || r.code.contains(QStringLiteral("too_large"))
        || r.code == u"rest_upload_file_too_big") {
        r.problem = Problem::TooLarge;
        r.error = tr("%1: the picture is too large for the server (%2). Its upload limit must be "
                     "raised, or the "
                     "picture made smaller.")
                      .arg(what, detail);
    } else if (r.status == 403 || r.code.startsWith(QStringLiteral("rest_cannot"))) {
        r.problem = Problem::Forbidden;
        r.error
            = tr("%1: the role of this user on the site does not allow it (%2).").arg(what, detail);
    } else if (r.status >= 500 || r.status == 429) {
        r.problem = Problem::ServerError;
        r.error = tr("%1: the server failed (%2).").arg(what, detail);
    } else if (r.status == 404) {
        r.problem = Problem::NotFound;
        r.error = tr("%1: not found (%2).").arg(what, detail);
    } else {
        r.problem = Problem::Refused;
        r.error = tr("%1: WordPress refused it (%2).").arg(what, detail);
    }
}

} // namespace Relais
