// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The moderation commands of relais-cli, and the WebDAV inbox against a real nginx.
#include "moderation/attachmentfetcher.h"
#include "moderation/inboxfetcher.h"
#include "cannedserver.h"
#include "nginxserver.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Relais;
using namespace Relais::Test;

class TestModeration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importListApproveReject();
    void inboxFetchReadsOnceAndMovesDecidedFiles();
    void listingFromAStrangeServer();
    void attachmentsAreCheckedBeforeTheyAreKept();

private:
    int cli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    void writeFile(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_db;
    NginxServer m_nginx;
};

int TestModeration::cli(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    p.start(qEnvironmentVariable("RELAIS_CLI"),
        QStringList { QStringLiteral("--database"), m_db } + arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -2;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestModeration::writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestModeration::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("relais.sqlite"));
}

void TestModeration::importListApproveReject()
{
    QString out, err;
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("seed"), seedFile() }), 0);
    // The documented example and a file with one good and one bad submission.
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("submissions"),
                     sourcePath(QStringLiteral("docs/examples/submissions.json")) },
                 &out, &err),
        0);
    QVERIFY2(out.contains(u"new submissions: 2, already there: 0, not taken: 0."),
        qPrintable(out + err));
    const QString mixed = m_dir.filePath(QStringLiteral("mixed.json"));
    writeFile(mixed,
        R"([{"id":"good","received_at":"2026-11-28T08:00:00Z","kind":"news","title":"Bonne nouvelle"},
                         {"id":"bad","received_at":"2026-11-28T08:00:00Z","kind":"news","title":{"x":1}}])");
    QCOMPARE(
        cli({ QStringLiteral("import"), QStringLiteral("submissions"), mixed }, &out, &err), 1);
    QVERIFY2(
        err.contains(
            u"mixed.json, submission 2 (id “bad”), field “title”: should be text, not an object."),
        qPrintable(err));
    QVERIFY2(out.contains(u"new submissions: 1, already there: 0, not taken: 1."), qPrintable(out));
    // Again: nothing doubled.
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("submissions"),
                     sourcePath(QStringLiteral("docs/examples/submissions.json")) },
                 &out, &err),
        0);
    QVERIFY2(out.contains(u"new submissions: 0, already there: 2, not taken: 0."), qPrintable(out));

    QCOMPARE(
        cli({ QStringLiteral("list"), QStringLiteral("submissions"), QStringLiteral("--json") },
            &out, &err),
        0);
    const QJsonArray listed = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(
        listed.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("good"));
    QCOMPARE(listed.last().toObject().value(QStringLiteral("starts_at")).toString(),
        QStringLiteral("2026-12-12T13:00:00Z"));

    QCOMPARE(
        cli({ QStringLiteral("moderate"), QStringLiteral("approve"),
                QStringLiteral("f3a9c2e1b7d04c55"), QStringLiteral("--as"),
                QStringLiteral("agenda"), QStringLiteral("--status"), QStringLiteral("published") },
            &out, &err),
        0);
    QVERIFY2(out.contains(u"Approved “Portes ouvertes"), qPrintable(out + err));
    QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("agenda") }, &out), 0);
    QVERIFY(out.contains(u"Portes ouvertes de la recyclerie du Val de Sambre"));
    // Wrong usage says what is expected, and changes nothing.
    QCOMPARE(cli({ QStringLiteral("moderate"), QStringLiteral("reject"), QStringLiteral("good") },
                 &out, &err),
        2);
    QVERIFY(err.contains(u"--reason"));
    QCOMPARE(cli({ QStringLiteral("moderate"), QStringLiteral("approve"), QStringLiteral("good") },
                 &out, &err),
        2);
    QCOMPARE(cli({ QStringLiteral("moderate"), QStringLiteral("approve"), QStringLiteral("nope"),
                     QStringLiteral("--as"), QStringLiteral("article") },
                 &out, &err),
        1);
    QVERIFY(err.contains(u"There is no submission “nope”"));
    QCOMPARE(cli({ QStringLiteral("moderate"), QStringLiteral("reject"), QStringLiteral("good"),
                     QStringLiteral("--reason"), QStringLiteral("Annonce commerciale") },
                 &out, &err),
        0);
    QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("submissions") }, &out, &err), 0);
    QCOMPARE(out.count(u'\n'), 1); // only the news of the example is still new
    QVERIFY(out.contains(u"0c1d8e44a6b94f27\tnew\tnews"));
    QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("submissions"), QStringLiteral("--state"),
                     QStringLiteral("rejected") },
                 &out, &err),
        0);
    QVERIFY(out.contains(u"good\trejected"));
    QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("submissions"), QStringLiteral("--state"),
                     QStringLiteral("old") },
                 &out, &err),
        2);
}

void TestModeration::inboxFetchReadsOnceAndMovesDecidedFiles()
{
    if (const QString missing = NginxServer::missing(); !missing.isEmpty())
        QFAIL(qPrintable(missing)); // scripts/setup installs nginx: its absence is a failure
    const QString started = m_nginx.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString inbox = m_nginx.documentRoot() + QStringLiteral("/site/inbox/");
    for (int i = 0; i < 30; ++i) {
        QJsonObject o { { QStringLiteral("id"), QStringLiteral("web-%1").arg(i) },
            { QStringLiteral("received_at"),
                QStringLiteral("2026-11-28T09:%1:00Z").arg(i, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("kind"), QStringLiteral("event") },
            { QStringLiteral("title"), QStringLiteral("Atelier numéro %1").arg(i) },
            { QStringLiteral("starts_at"), QStringLiteral("2026-12-20T10:00:00+01:00") },
            { QStringLiteral("location"), QStringLiteral("Lille") } };
        writeFile(inbox + QStringLiteral("s%1.json").arg(i), QJsonDocument(o).toJson());
    }
    writeFile(inbox + QStringLiteral("broken.json"), "{\"id\": \"x\", \"title\": ");
    writeFile(inbox + QStringLiteral("notes.txt"), "not a submission");
    writeFile(inbox + QStringLiteral("html.json"), "<html><body>Erreur 500</body></html>");

    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("seed"), seedFile() }), 0);
    const QString pw = m_dir.filePath(QStringLiteral("password"));
    writeFile(pw, NginxServer::password().toUtf8() + '\n');
    QVERIFY(QFile(pw).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QString out, err;
    QCOMPARE(cli({ QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webdav"),
                     QStringLiteral("Portail"), QStringLiteral("--url"), m_nginx.url().toString(),
                     QStringLiteral("--user"), NginxServer::user(),
                     QStringLiteral("--password-file"), pw },
                 &out, &err),
        0);
    QCOMPARE(cli({ QStringLiteral("inbox"), QStringLiteral("fetch"),
                     QStringLiteral("--password-file"), pw },
                 &out, &err),
        1);
    QVERIFY2(out.contains(u"Portail: files in the inbox: 32, new submissions: 30, already there: "
                          u"0, moved out after a decision: 0 "),
        qPrintable(out + err));
    QVERIFY2(
        err.contains(
            u"inbox/broken.json, submission 1: the file ends in the middle of this submission."),
        qPrintable(err));
    QVERIFY2(err.contains(u"“inbox/html.json” holds no submission"), qPrintable(err));
    QVERIFY2(err.contains(u"inbox/notes.txt is not a submission file"), qPrintable(err));

    // A decision, then a fetch: that file leaves the inbox for done/, the others stay and are
    // not downloaded again.
    QCOMPARE(cli({ QStringLiteral("moderate"), QStringLiteral("reject"), QStringLiteral("web-3"),
                     QStringLiteral("--reason"), QStringLiteral("Hors sujet") },
                 &out, &err),
        0);
    QCOMPARE(cli({ QStringLiteral("inbox"), QStringLiteral("fetch"), QStringLiteral("--target"),
                     QStringLiteral("Portail"), QStringLiteral("--password-file"), pw },
                 &out, &err),
        1);
    QVERIFY2(out.contains(u"new submissions: 0, already there: 0, moved out after a decision: 1 "),
        qPrintable(out + err));
    QVERIFY(!QFile::exists(inbox + QStringLiteral("s3.json")));
    QVERIFY(QFile::exists(inbox + QStringLiteral("done/s3.json")));
    QVERIFY(QFile::exists(inbox + QStringLiteral("s4.json")));
    QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("submissions"), QStringLiteral("--state"),
                     QStringLiteral("all") },
                 &out, &err),
        0);
    QCOMPARE(out.count(QStringLiteral("\twebdav")), 0); // the text list shows ids, not sources
    QVERIFY(out.contains(u"web-29"));

    // A wrong password is said as such; nothing changes.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    writeFile(wrong, "nope\n");
    QVERIFY(QFile(wrong).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(cli({ QStringLiteral("inbox"), QStringLiteral("fetch"),
                     QStringLiteral("--password-file"), wrong },
                 &out, &err),
        1);
    QVERIFY2(err.contains(u"cannot be listed"), qPrintable(err));
    m_nginx.stop();
}

void TestModeration::listingFromAStrangeServer()
{
    const QUrl folder(QStringLiteral("http://127.0.0.1:8080/site/inbox/"));
    const QByteArray good = R"(<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">
<D:response><D:href>/site/inbox/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>/site/inbox/a%20b.json</D:href><D:propstat><D:prop><D:resourcetype/></D:prop></D:propstat></D:response>
<D:response><D:href>http://127.0.0.1:8080/site/inbox/c.json</D:href></D:response>
<D:response><D:href>/site/inbox/done/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>/etc/passwd</D:href></D:response>
<D:response><D:href>http://evil.example/site/inbox/d.json</D:href></D:response>
<D:response><D:href>/site/inbox/../secret.json</D:href></D:response>
</D:multistatus>)";
    auto names = InboxFetcher::parseListing(good, folder);
    RELAIS_VERIFY_OK(names);
    QCOMPARE(*names, (QStringList { QStringLiteral("a b.json"), QStringLiteral("c.json") }));
    QVERIFY(!InboxFetcher::parseListing("<html><body>Maintenance</body></html>", folder));
    QVERIFY(!InboxFetcher::parseListing("not xml at all <<<", folder));
    QVERIFY(InboxFetcher::parseListing("<D:multistatus xmlns:D=\"DAV:\"><D:response>", folder)
                .error()
                .message.contains(u"not WebDAV XML"));
}

namespace {

AttachmentFetcher::Result download(
    const QUrl &url, qint64 maxBytes = 1024 * 1024, int timeoutMs = 30000)
{
    AttachmentFetcher fetcher;
    fetcher.setMaxBytes(maxBytes);
    fetcher.setTimeoutMs(timeoutMs);
    QSignalSpy done(&fetcher, &AttachmentFetcher::finished);
    fetcher.fetch(url, QStringLiteral("affiche.pdf"));
    if (!done.wait(20000))
        return {};
    return done.first().first().value<AttachmentFetcher::Result>();
}

} // namespace

void TestModeration::attachmentsAreCheckedBeforeTheyAreKept()
{
    CannedServer server;
    QByteArray png;
    {
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    server.set("/ok.png", "image/png", png);
    server.set("/pdf", "application/octet-stream",
        "%PDF-1.4\n% a small pdf\n"); // type found from the bytes
    server.set("/lie.png", "image/png", "<html><script>alert(1)</script></html>");
    server.set("/evil.svg", "image/svg+xml",
        "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
    server.set("/big", "image/png", png + QByteArray(2 * 1024 * 1024, 'x'));
    // Says 10 bytes but sends 2 MB, then says nothing of its size at all.
    server.setRaw("/liar",
        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + png
            + QByteArray(2 * 1024 * 1024, 'y'));
    server.setRaw("/to-file",
        "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n");
    server.setRaw("/to-ok", "HTTP/1.1 302 Found\r\nLocation: /ok.png\r\nContent-Length: 0\r\n\r\n");
    server.setRaw("/error", "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");

    auto ok = download(server.url(QStringLiteral("/ok.png")));
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QCOMPARE(ok.mime, QStringLiteral("image/png"));
    QCOMPARE(ok.bytes, png);
    auto pdf = download(server.url(QStringLiteral("/pdf")));
    QVERIFY(pdf.ok);
    QCOMPARE(pdf.extension, QStringLiteral("pdf"));
    auto redirected = download(server.url(QStringLiteral("/to-ok")));
    QVERIFY2(redirected.ok, qPrintable(redirected.error));
    QCOMPARE(redirected.url.path(), QStringLiteral("/ok.png"));

    const struct
    {
        const char *path;
        const char *message;
    } refused[] = {
        { "/lie.png",
            "is not a picture (JPEG, PNG, GIF, WebP) or a PDF, whatever the server says "
            "(image/png)" },
        { "/evil.svg", "is not a picture" },
        { "/big", "is too large: 2" },
        { "/liar", "is too large: more than" },
        { "/to-file", "could not be downloaded" }, // Qt itself refuses a redirect to file:
        { "/error", "the server answered 500" },
        { "/missing", "could not be downloaded" },
    };
    for (const auto &r : refused) {
        auto result = download(server.url(QString::fromLatin1(r.path)));
        QVERIFY2(!result.ok, r.path);
        QVERIFY(result.bytes.isEmpty());
        QVERIFY2(result.error.startsWith(u"“affiche.pdf”")
                && result.error.contains(QString::fromUtf8(r.message)),
            qPrintable(QString::fromLatin1(r.path) + QStringLiteral(": ") + result.error));
    }
    auto silent = download(server.url(QStringLiteral("/silent")), 1024 * 1024, 500);
    QVERIFY(!silent.ok);
    QVERIFY2(silent.error.contains(u"sent nothing"), qPrintable(silent.error));
    auto scheme = download(QUrl(QStringLiteral("javascript:alert(1)")));
    QVERIFY(scheme.error.contains(u"only http and https"));
    auto local = download(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(local.error.contains(u"only http and https"));
}

QTEST_GUILESS_MAIN(TestModeration)
#include "test_moderation.moc"
