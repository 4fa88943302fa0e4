// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedserver.h"
#include "net/httpsession.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Relais;

class TestHttpSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }
    void requestCarriesTheSessionsHeaders();
    void noCredentialsNoAuthorization();
    void wrongPasswordComesBackAs401();
    void redirectsAreLeftToTheClient();

private:
    // The reply to a GET of url, once finished.
    static std::unique_ptr<QNetworkReply> get(HttpSession &session, const QUrl &url);
};

std::unique_ptr<QNetworkReply> TestHttpSession::get(HttpSession &session, const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(session.manager().get(session.request(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

void TestHttpSession::requestCarriesTheSessionsHeaders()
{
    HttpSession session({ QStringLiteral("rédaction"), QStringLiteral("s3cret:x"), {} });
    const QNetworkRequest r = session.request(QUrl(QStringLiteral("https://example.org/dav/")));
    QCOMPARE(r.header(QNetworkRequest::UserAgentHeader).toString(), QStringLiteral("Relais/9.8.7"));
    QCOMPARE(r.rawHeader("Authorization"),
        "Basic " + QByteArray("rédaction:s3cret:x").toBase64()); // UTF-8, as WordPress expects
    QCOMPARE(r.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(),
        int(QNetworkRequest::AlwaysNetwork));
    QCOMPARE(r.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);
}

void TestHttpSession::noCredentialsNoAuthorization()
{
    HttpSession session({});
    QVERIFY(!session.request(QUrl(QStringLiteral("https://example.org/")))
                 .hasRawHeader("Authorization"));
}

// Qt would answer a 401 with credentials of its own if asked; the session never does.
void TestHttpSession::wrongPasswordComesBackAs401()
{
    Test::CannedServer server;
    server.setRaw("/private",
        "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"dav\"\r\n"
        "Content-Length: 0\r\nConnection: close\r\n\r\n");
    HttpSession session({ QStringLiteral("user"), QStringLiteral("wrong"), {} });
    QSignalSpy asked(&session.manager(), &QNetworkAccessManager::authenticationRequired);
    auto reply = get(session, server.url(QStringLiteral("/private")));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(asked.count(), 1); // asked once, answered with nothing
}

void TestHttpSession::redirectsAreLeftToTheClient()
{
    Test::CannedServer server;
    server.setRaw("/moved",
        "HTTP/1.1 301 Moved Permanently\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n"
        "Connection: close\r\n\r\n");
    server.set("/elsewhere", "text/plain", "not to be followed");
    HttpSession session({});
    auto reply = get(session, server.url(QStringLiteral("/moved")));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 301);
    QCOMPARE(reply->rawHeader("Location"), QByteArray("/elsewhere"));
    QVERIFY(reply->readAll().isEmpty()); // not the page it points to
}

QTEST_GUILESS_MAIN(TestHttpSession)
#include "test_httpsession.moc"
