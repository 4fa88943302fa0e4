// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedserver.h"
#include "faketransport.h"
#include "net/httpsession.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
    void readsAreTriedAgainThenGivenUp();
    void creationsAreNotRepeatedOnceTheyMayHaveArrived();
    void busyServerIsWaitedForAsItSays();
    void retryAfterValues();
    void failuresAreNamed();
    void cutOffAnswerIsTriedAgain();
    void fewCallsInFlightAndNoDeadlineWhileQueued();
    void cancelEndsEveryCallOnce();
    void bodyStreamsFromItsFile();
    void serverGivenUpAfterFailuresInARow();
    void serverGivenUpAfterItsSilence();
    void anAnswerResetsTheBudget();

private:
    struct Outcome
    {
        QList<HttpSession::Answer> answers;
        HttpSession::Done done()
        {
            return [this](const HttpSession::Answer &a) { answers.append(a); };
        }
    };
    static HttpSession::Policy fast(Test::FakeTransport &transport)
    {
        HttpSession::Policy p;
        p.stallMs = 100;
        p.maxTries = 3;
        p.backoffMs = 5;
        p.maxBackoffMs = 20;
        p.transport = &transport;
        return p;
    }
    static HttpSession::Call call(
        const QString &path, const QByteArray &verb = "GET", bool idempotent = true)
    {
        HttpSession::Call c;
        c.verb = verb;
        c.url = QUrl(QStringLiteral("https://example.org") + path);
        c.idempotent = idempotent;
        c.name = QString::fromLatin1(verb) + QLatin1Char(' ') + path;
        return c;
    }

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
    HttpSession session({ QStringLiteral("rédaction"), QStringLiteral("s3cret:x"), {}, {}, {} });
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
    HttpSession session({ QStringLiteral("user"), QStringLiteral("wrong"), {}, {}, {} });
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

// Through a scripted transport, so that every rule is tried without a server.
void TestHttpSession::readsAreTriedAgainThenGivenUp()
{
    Test::FakeTransport transport;
    transport.script(QStringLiteral("/slow"), Test::FakeAnswer::never());
    transport.script(QStringLiteral("/broken"), Test::FakeAnswer::json("{}", 502));
    HttpSession session({ {}, {}, {}, {}, fast(transport) });
    Outcome slow;
    Outcome broken;
    session.send(call(QStringLiteral("/slow")), slow.done());
    session.send(call(QStringLiteral("/broken"), "PUT"), broken.done());
    QTRY_COMPARE_WITH_TIMEOUT(slow.answers.size() + broken.answers.size(), 2, 5000);
    const HttpSession::Answer &a = slow.answers.first();
    QCOMPARE(a.failure, HttpSession::Failure::Timeout);
    QCOMPARE(a.tries, 3);
    QVERIFY(a.gaveUp);
    QCOMPARE(a.withTries(a.error),
        QStringLiteral("GET /slow: the server did not answer within 0.1 s. (gave up after 3 "
                       "tries)"));
    QCOMPARE(transport.count(QStringLiteral("/slow")), 3);
    // A 5xx comes back as the server's answer, after the same tries.
    QCOMPARE(broken.answers.first().failure, HttpSession::Failure::None);
    QCOMPARE(broken.answers.first().status, 502);
    QCOMPARE(broken.answers.first().tries, 3);
    QCOMPARE(session.requests(), 6);
    QCOMPARE(session.writes(), 3);
}

void TestHttpSession::creationsAreNotRepeatedOnceTheyMayHaveArrived()
{
    Test::FakeTransport transport;
    transport.script(QStringLiteral("/slow"), Test::FakeAnswer::never());
    transport.script(QStringLiteral("/broken"), Test::FakeAnswer::json("{}", 500));
    transport.script(
        QStringLiteral("/cut"), Test::FakeAnswer::failure(QNetworkReply::RemoteHostClosedError));
    transport.script(QStringLiteral("/refused"),
        Test::FakeAnswer::failure(QNetworkReply::ConnectionRefusedError));
    HttpSession session({ {}, {}, {}, {}, fast(transport) });
    Outcome o;
    for (const char *path : { "/slow", "/broken", "/cut", "/refused" })
        session.send(call(QString::fromLatin1(path), "POST", false), o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 4, 5000);
    QCOMPARE(transport.count(QStringLiteral("/slow")), 1);
    QCOMPARE(transport.count(QStringLiteral("/broken")), 1);
    QCOMPARE(transport.count(QStringLiteral("/cut")), 1);
    // Refused: it never reached the server, so even a creation is sent again.
    QCOMPARE(transport.count(QStringLiteral("/refused")), 3);
}

void TestHttpSession::busyServerIsWaitedForAsItSays()
{
    Test::FakeTransport transport;
    auto busy = Test::FakeAnswer::json("{}", 503);
    busy.header("Retry-After", "1");
    transport.script(QStringLiteral("/busy"), { busy, Test::FakeAnswer::json("{\"ok\":1}") });
    auto policy = fast(transport);
    policy.maxRetryAfterMs = 400; // one second asked, 0.4 s allowed
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    QElapsedTimer clock;
    clock.start();
    session.send(call(QStringLiteral("/busy"), "POST", false), o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 1, 5000);
    QVERIFY2(clock.elapsed() >= 380, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(o.answers.first().status, 200);
    QCOMPARE(o.answers.first().tries, 2);
    QCOMPARE(o.answers.first().body, QByteArray("{\"ok\":1}"));
}

void TestHttpSession::retryAfterValues()
{
    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    QCOMPARE(HttpSession::retryAfterMs("120", now), 120000);
    QCOMPARE(HttpSession::retryAfterMs(" 0 ", now), 0);
    QCOMPARE(HttpSession::retryAfterMs("Mon, 07 Dec 2026 10:00:30 GMT", now), 30000);
    QCOMPARE(HttpSession::retryAfterMs("Mon, 07 Dec 2026 09:00:00 GMT", now), 0); // past
    QCOMPARE(HttpSession::retryAfterMs("-5", now), -1);
    QCOMPARE(HttpSession::retryAfterMs("soon", now), -1);
    QCOMPARE(HttpSession::retryAfterMs("", now), -1);
    QCOMPARE(HttpSession::retryAfterMs("99999999999999999999", now), -1);
}

void TestHttpSession::failuresAreNamed()
{
    Test::FakeTransport transport;
    transport.script(
        QStringLiteral("/a"), Test::FakeAnswer::failure(QNetworkReply::HostNotFoundError));
    transport.script(
        QStringLiteral("/b"), Test::FakeAnswer::failure(QNetworkReply::ConnectionRefusedError));
    transport.script(
        QStringLiteral("/c"), Test::FakeAnswer::failure(QNetworkReply::SslHandshakeFailedError));
    transport.script(
        QStringLiteral("/d"), Test::FakeAnswer::failure(QNetworkReply::ProtocolUnknownError));
    auto policy = fast(transport);
    policy.maxTries = 1;
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    for (const char *path : { "/a", "/b", "/c", "/d" })
        session.send(call(QString::fromLatin1(path)), o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 4, 5000);
    QCOMPARE(o.answers.at(0).failure, HttpSession::Failure::HostNotFound);
    QCOMPARE(
        o.answers.at(0).error, QStringLiteral("The server name “example.org” could not be found."));
    QCOMPARE(o.answers.at(1).failure, HttpSession::Failure::ConnectionRefused);
    QCOMPARE(o.answers.at(1).error,
        QStringLiteral("Nothing answers at example.org:443 (connection refused)."));
    QCOMPARE(o.answers.at(2).failure, HttpSession::Failure::Tls);
    QVERIFY(o.answers.at(2).error.contains(QStringLiteral("example.org")));
    QCOMPARE(o.answers.at(3).failure, HttpSession::Failure::Network);
    QVERIFY(o.answers.at(3).error.startsWith(QStringLiteral("GET /d: ")));
    QCOMPARE(HttpSession::fingerprint("ab01ff"), QStringLiteral("AB:01:FF"));
}

void TestHttpSession::cutOffAnswerIsTriedAgain()
{
    Test::FakeTransport transport;
    auto cut = Test::FakeAnswer::json("{\"id\":", 200);
    cut.error = QNetworkReply::RemoteHostClosedError;
    transport.script(QStringLiteral("/page"), { cut, Test::FakeAnswer::json("{\"id\":1}") });
    HttpSession session({ {}, {}, {}, {}, fast(transport) });
    Outcome o;
    session.send(call(QStringLiteral("/page")), o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 1, 5000);
    QCOMPARE(o.answers.first().tries, 2);
    QVERIFY(!o.answers.first().cutOff);
    QCOMPARE(o.answers.first().body, QByteArray("{\"id\":1}"));
}

void TestHttpSession::fewCallsInFlightAndNoDeadlineWhileQueued()
{
    Test::FakeTransport transport;
    auto slowish = Test::FakeAnswer::json("{}");
    slowish.delayMs = 60; // each under the 100 ms deadline; all of them together far over
    transport.script(QStringLiteral("/item"), slowish);
    auto policy = fast(transport);
    policy.parallel = 3;
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    for (int i = 0; i < 12; ++i)
        session.send(call(QStringLiteral("/item")), o.done());
    QCOMPARE(session.busy(), 12);
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 12, 5000);
    QCOMPARE(transport.maxInFlight, 3);
    for (const auto &a : std::as_const(o.answers)) {
        QCOMPARE(a.status, 200);
        QCOMPARE(a.tries, 1);
    }
    QCOMPARE(session.busy(), 0);
}

void TestHttpSession::cancelEndsEveryCallOnce()
{
    Test::FakeTransport transport;
    transport.script(QStringLiteral("/slow"), Test::FakeAnswer::never());
    transport.script(QStringLiteral("/busy"), Test::FakeAnswer::json("{}", 503));
    auto policy = fast(transport);
    policy.parallel = 2;
    policy.stallMs = 60000;
    policy.backoffMs = 60000; // the busy one waits a minute for its next try
    policy.maxBackoffMs = 60000;
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    // A call waiting for its next try keeps its place: one running, one waiting, two queued.
    session.send(call(QStringLiteral("/busy")), o.done());
    session.send(call(QStringLiteral("/slow")), o.done());
    session.send(call(QStringLiteral("/slow")), o.done());
    session.send(call(QStringLiteral("/slow")), o.done());
    QTRY_COMPARE(transport.seen.size(), 2);
    QTest::qWait(20);
    QCOMPARE(transport.seen.size(), 2);
    QElapsedTimer clock;
    clock.start();
    session.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 4, 2000);
    QVERIFY(clock.elapsed() < 1000);
    for (const auto &a : std::as_const(o.answers)) {
        QCOMPARE(a.failure, HttpSession::Failure::Cancelled);
        QCOMPARE(a.error, QStringLiteral("Cancelled."));
    }
    QTest::qWait(50);
    QCOMPARE(o.answers.size(), 4); // once each
    QCOMPARE(session.busy(), 0);
    // The session is still of use afterwards.
    transport.script(QStringLiteral("/ok"), Test::FakeAnswer::json("{}"));
    session.send(call(QStringLiteral("/ok")), o.done());
    QTRY_COMPARE(o.answers.size(), 5);
    QCOMPARE(o.answers.last().status, 200);
}

void TestHttpSession::bodyStreamsFromItsFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("page.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html>bonjour</html>");
    file.close();
    Test::FakeTransport transport;
    transport.script(QStringLiteral("/page.html"), Test::FakeAnswer::json("", 201));
    HttpSession session({ {}, {}, {}, {}, fast(transport) });
    Outcome o;
    auto put = call(QStringLiteral("/page.html"), "PUT");
    put.sourceFile = file.fileName();
    session.send(put, o.done());
    auto missing = put;
    missing.sourceFile = dir.filePath(QStringLiteral("gone.html"));
    session.send(missing, o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 2, 5000);
    // The unreadable file is said at once, by name, and never sent.
    QCOMPARE(o.answers.at(0).failure, HttpSession::Failure::Local);
    QVERIFY(o.answers.at(0).error.contains(QStringLiteral("gone.html")));
    QCOMPARE(o.answers.at(1).status, 201);
    QCOMPARE(transport.seen.size(), 1);
    QCOMPARE(transport.seen.first().verb, QByteArray("PUT"));
    QCOMPARE(transport.seen.first().body, QByteArray("<html>bonjour</html>"));
    QCOMPARE(
        transport.seen.first().request.header(QNetworkRequest::ContentLengthHeader).toInt(), 20);
}

// The budget of a run: a server that refuses every connection is given up after so many
// tries in a row, and every call — running, waiting to retry or queued — ends at once.
void TestHttpSession::serverGivenUpAfterFailuresInARow()
{
    Test::FakeTransport transport;
    transport.script(
        QStringLiteral("/page"), Test::FakeAnswer::failure(QNetworkReply::ConnectionRefusedError));
    auto policy = fast(transport);
    policy.parallel = 2;
    policy.maxTries = 5;
    policy.maxFailuresInRow = 4;
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    for (int i = 0; i < 6; ++i)
        session.send(call(QStringLiteral("/page"), "POST", false), o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 6, 5000);
    QVERIFY(session.isLost());
    QCOMPARE(session.lostReason(), QStringLiteral("connection refused"));
    QCOMPARE(transport.seen.size(), 4); // not one more try
    for (const auto &a : std::as_const(o.answers)) {
        QCOMPARE(a.failure, HttpSession::Failure::Unreachable);
        QCOMPARE(a.error,
            QStringLiteral("The server at https://example.org stopped answering (connection "
                           "refused)."));
    }
    // Later calls end too, from the event loop, never inside send().
    session.send(call(QStringLiteral("/page")), o.done());
    QCOMPARE(o.answers.size(), 6);
    QTRY_COMPARE(o.answers.size(), 7);
    QCOMPARE(o.answers.last().failure, HttpSession::Failure::Unreachable);
    QCOMPARE(transport.seen.size(), 4);
}

void TestHttpSession::serverGivenUpAfterItsSilence()
{
    Test::FakeTransport transport;
    transport.script(QStringLiteral("/slow"), Test::FakeAnswer::never());
    auto policy = fast(transport);
    policy.stallMs = 100;
    policy.maxTries = 100;
    policy.maxFailuresInRow = 100;
    policy.unreachableMs = 350;
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    QElapsedTimer clock;
    clock.start();
    session.send(call(QStringLiteral("/slow")), o.done());
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 1, 5000);
    QVERIFY2(clock.elapsed() >= 350 && clock.elapsed() < 2000,
        qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(o.answers.first().failure, HttpSession::Failure::Unreachable);
    QVERIFY2(o.answers.first().error.contains(QStringLiteral("(no answer within 0.1 s)")),
        qPrintable(o.answers.first().error));
}

void TestHttpSession::anAnswerResetsTheBudget()
{
    Test::FakeTransport transport;
    const auto refused = Test::FakeAnswer::failure(QNetworkReply::ConnectionRefusedError);
    auto policy = fast(transport);
    policy.parallel = 1;
    policy.maxTries = 5;
    policy.maxFailuresInRow = 3;
    HttpSession session({ {}, {}, {}, {}, policy });
    Outcome o;
    for (const char *path : { "/a", "/b", "/c" }) {
        transport.script(QString::fromLatin1(path),
            { refused, refused, Test::FakeAnswer::json("{}"), Test::FakeAnswer::json("{}") });
        session.send(call(QString::fromLatin1(path)), o.done());
    }
    QTRY_COMPARE_WITH_TIMEOUT(o.answers.size(), 3, 5000);
    QVERIFY(!session.isLost()); // 2 refused, then an answer, three times: never 3 in a row
    for (const auto &a : std::as_const(o.answers))
        QCOMPARE(a.status, 200);
}

QTEST_GUILESS_MAIN(TestHttpSession)
#include "test_httpsession.moc"
