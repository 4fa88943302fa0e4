// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/wordpressclient.h"

#include "net/httpsession.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>

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
    const QString &applicationPassword, const QByteArray &trustedCertificate,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_session({ user, applicationPassword, trustedCertificate,
                    QNetworkRequest::ManualRedirectPolicy, options },
          this)
    , m_site(site)
{
    if (!m_site.path().endsWith(QLatin1Char('/')))
        m_site.setPath(m_site.path() + QLatin1Char('/'));
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

WordPressClient::Request WordPressClient::Request::get(const QString &route, const QUrlQuery &query)
{
    Request r;
    r.route = route;
    r.query = query;
    return r;
}

WordPressClient::Request WordPressClient::Request::post(
    const QString &route, const QJsonObject &body, bool idempotent)
{
    Request r;
    r.verb = "POST";
    r.route = route;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json; charset=utf-8";
    r.idempotent = idempotent;
    return r;
}

WordPressClient::Request WordPressClient::Request::upload(const QString &fileName,
    const QByteArray &mime, const QByteArray &bytes, const QUrlQuery &query)
{
    Request r;
    r.verb = "POST";
    r.route = QStringLiteral("wp/v2/media");
    r.query = query;
    r.body = bytes;
    r.contentType = mime;
    r.fileName = fileName;
    r.idempotent = false;
    return r;
}

WordPressClient::Request WordPressClient::Request::remove(
    const QString &route, const QUrlQuery &query)
{
    Request r;
    r.verb = "DELETE";
    r.route = route;
    r.query = query;
    return r;
}

void WordPressClient::discover(Done done)
{
    // 1. The site says where its API is (a HEAD costs no page rendering).
    Call head;
    head.http.verb = "HEAD";
    head.http.url = m_site;
    head.expectJson = false;
    sendCall(head, 0, [this, done = std::move(done)](const Reply &r) {
        if (r.problem == Problem::Cancelled || r.problem == Problem::Tls
            || r.problem == Problem::HostNotFound || r.problem == Problem::ConnectionRefused
            || r.problem == Problem::Timeout || r.problem == Problem::Redirect)
            return done(r);
        const QUrl linked = linkedRoot(r.headers.value("link"));
        if (!linked.isValid() || linked.isRelative())
            return discoverAt(0, r, done); // 2. and 3.: the usual places
        if (linked.host().compare(m_site.host(), Qt::CaseInsensitive) != 0) {
            Reply refused;
            refused.problem = Problem::Redirect;
            refused.error = tr("%1 says its WordPress API is on another server (%2); Relais does "
                               "not send the password there. Use that server's address.")
                                .arg(m_site.toString(), linked.host());
            return done(refused);
        }
        m_root = linked;
        if (m_root.scheme() == u"http" && m_site.scheme() == u"https")
            m_root.setScheme(QStringLiteral("https"));
        done(r);
    });
}

void WordPressClient::discoverAt(qsizetype guess, const Reply &last, Done done)
{
    const QList<QUrl> guesses = { m_site.resolved(QUrl(QStringLiteral("wp-json/"))),
        m_site.resolved(QUrl(QStringLiteral("?rest_route=/"))) };
    if (guess >= guesses.size()) {
        Reply none;
        none.problem = Problem::NoApi;
        none.status = last.status;
        none.error = tr("No WordPress REST API was found at %1 (no api.w.org link, nothing at "
                        "/wp-json/ or /?rest_route=/). Is it a WordPress site, with its REST API "
                        "on?")
                         .arg(m_site.toString());
        return done(none);
    }
    Call get;
    get.http.url = guesses.at(guess);
    sendCall(get, 0, [this, guess, url = get.http.url, done = std::move(done)](const Reply &r) {
        if (r.ok && r.object().contains(QStringLiteral("namespaces"))) {
            m_root = url;
            return done(r);
        }
        if (r.problem == Problem::Cancelled || r.problem == Problem::Redirect)
            return done(r);
        discoverAt(guess + 1, r, done);
    });
}

void WordPressClient::send(const Request &request, Done done)
{
    Call call;
    call.http.verb = request.verb;
    call.http.url = urlOf(request.route, request.query);
    call.http.body = request.body;
    call.http.idempotent = request.idempotent;
    if (!request.contentType.isEmpty())
        call.http.headers.append(qMakePair(QByteArray("Content-Type"), request.contentType));
    // The name is ours (letters, digits, '-', '.'), so it needs no quoting beyond this.
    if (!request.fileName.isEmpty())
        call.http.headers.append(qMakePair(QByteArray("Content-Disposition"),
            "attachment; filename=\"" + request.fileName.toUtf8() + '"'));
    sendCall(call, 0, std::move(done));
}

void WordPressClient::cancelAll()
{
    m_session.cancelAll();
}

void WordPressClient::sendCall(Call call, int redirects, Done done)
{
    call.http.name = nameOf(call.http.verb, call.http.url);
    HttpSession::Call http = call.http;
    http.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    m_session.send(
        http, [this, call, redirects, done = std::move(done)](const HttpSession::Answer &answer) {
            const QByteArray location = answer.header("location");
            if (answer.status < 300 || answer.status >= 400 || location.isEmpty() || redirects >= 3)
                return done(replyTo(call, answer));
            // Redirects: only to the same server, never from https down to http.
            const QUrl from = call.http.url;
            const QUrl to = from.resolved(QUrl(QString::fromUtf8(location)));
            const bool sameHost = to.host().compare(from.host(), Qt::CaseInsensitive) == 0;
            const bool downgrade = from.scheme() == u"https" && to.scheme() != u"https";
            if (sameHost && !downgrade && (to.scheme() == u"http" || to.scheme() == u"https")) {
                if (m_root.isValid() && from.scheme() != to.scheme()
                    && m_root.scheme() == from.scheme())
                    m_root.setScheme(to.scheme());
                Call next = call;
                next.http.url = to;
                return sendCall(next, redirects + 1, done);
            }
            Reply r;
            r.status = answer.status;
            r.tries = answer.tries;
            r.problem = Problem::Redirect;
            r.error = tr("%1: the server sends to %2 (%3), which Relais does not follow: another "
                         "server, or a login page. Check the site's address.")
                          .arg(call.http.name,
                              to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200))
                          .arg(answer.status);
            done(r);
        });
}

QString WordPressClient::nameOf(const QByteArray &verb, const QUrl &url) const
{
    QString route = url.path();
    const QUrlQuery q(url);
    if (q.hasQueryItem(QStringLiteral("rest_route")))
        route = q.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
    else if (m_root.isValid() && route.startsWith(m_root.path()))
        route = QLatin1Char('/') + route.mid(m_root.path().size());
    return QString::fromLatin1(verb) + QLatin1Char(' ') + route;
}

WordPressClient::Reply WordPressClient::replyTo(
    const Call &call, const HttpSession::Answer &answer) const
{
    Reply r;
    r.status = answer.status;
    r.headers = answer.headers;
    r.tries = answer.tries;
    r.certificateSha256 = answer.certificateSha256;
    r.problem = problemOf(answer.failure, Problem::Network);
    if (answer.failure != HttpSession::Failure::None) {
        r.error = answer.withTries(answer.error);
        return r;
    }
    if (answer.status >= 300 && answer.status < 400) {
        r.problem = Problem::Redirect;
        r.error = tr("%1: the server answered %2 without saying where to.")
                      .arg(call.http.name)
                      .arg(answer.status);
        return r;
    }
    describe(r, call, answer.body, answer.reason);
    if (!r.ok)
        r.error = answer.withTries(r.error);
    return r;
}

void WordPressClient::describe(
    Reply &r, const Call &call, const QByteArray &body, const QString &reason) const
{
    const QString &what = call.http.name;
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
