// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The form receiver of resources/server/ under PHP's built-in server on 127.0.0.1: what it
// writes is what Relais reads, and what it refuses it refuses with a message.
#include "moderation/submissionparser.h"
#include "nginxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Relais;
using namespace Relais::Test;

class TestReceiver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void validFormBecomesOneSubmission();
    void refusalsSayWhy();
    void tooLargeAndWrongMethod();
    void honeypotIsKeptForTheModerator();
    void schemaAcceptsTheExampleAndRefusesBadOnes();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    Answer post(const QList<std::pair<QString, QString>> &fields);
    Answer send(const QByteArray &method, const QByteArray &body, const QByteArray &type);
    QStringList inboxFiles() const;

    QTemporaryDir m_dir;
    QString m_inbox;
    QProcess m_php;
    int m_port = 0;
    QNetworkAccessManager m_nam;
};

void TestReceiver::initTestCase()
{
    const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
    QVERIFY2(!php.isEmpty(),
        "PHP's command line (Debian php-cli) is not installed: scripts/test installs it");
    m_inbox = m_dir.filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(m_inbox));
    m_port = freePort();
    QVERIFY(m_port > 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELAIS_INBOX"), m_inbox);
    m_php.setProcessEnvironment(env);
    m_php.setProcessChannelMode(QProcess::MergedChannels);
    m_php.start(php,
        { QStringLiteral("-n"), QStringLiteral("-d"), QStringLiteral("post_max_size=1M"),
            QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-t"),
            sourcePath(QStringLiteral("resources/server")) });
    QVERIFY(m_php.waitForStarted());
    // Ready when it accepts connections.
    bool ready = false;
    for (int i = 0; i < 100 && !ready; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        ready = socket.waitForConnected(100);
        if (!ready)
            QTest::qWait(50);
    }
    QVERIFY2(ready, m_php.readAll().constData());
}

void TestReceiver::cleanupTestCase()
{
    m_php.terminate();
    if (!m_php.waitForFinished(5000))
        m_php.kill();
}

void TestReceiver::init()
{
    for (const QString &f : inboxFiles())
        QFile::remove(m_inbox + QLatin1Char('/') + f);
}

QStringList TestReceiver::inboxFiles() const
{
    return QDir(m_inbox).entryList(QDir::Files | QDir::Hidden);
}

TestReceiver::Answer TestReceiver::send(
    const QByteArray &method, const QByteArray &body, const QByteArray &type)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/receiver.php").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    Answer a { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->readAll() };
    reply->deleteLater();
    return a;
}

TestReceiver::Answer TestReceiver::post(const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[k, v] : fields)
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(k)),
            QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return send(
        "POST", query.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
}

namespace {

// Validates a JSON file against docs/submission.schema.json with Python's jsonschema (an
// independent reader): empty when valid, else what it says.
QString schemaProblems(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import json, sys, jsonschema\n"
                           "schema = json.load(open(sys.argv[1]))\n"
                           "jsonschema.Draft202012Validator.check_schema(schema)\n"
                           "errors = "
                           "list(jsonschema.Draft202012Validator(schema).iter_errors(json.load("
                           "open(sys.argv[2]))))\n"
                           "print('\\n'.join(m for e in errors for m in [e.message] + [c.message "
                           "for c in e.context]))\n"
                           "sys.exit(1 if errors else 0)\n"),
            sourcePath(QStringLiteral("docs/submission.schema.json")), file });
    if (!p.waitForFinished(30000))
        return QStringLiteral("python3 did not finish");
    if (p.exitCode() == 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed()
        + QStringLiteral(" ");
}

QList<std::pair<QString, QString>> goodForm()
{
    return { { QStringLiteral("kind"), QStringLiteral("event") },
        { QStringLiteral("title"),
            QStringLiteral("Repair café <script>document.title='x'</script>") },
        { QStringLiteral("starts_date"), QStringLiteral("2026-12-12") },
        { QStringLiteral("starts_time"), QStringLiteral("14:30") },
        { QStringLiteral("ends_date"), QStringLiteral("2026-12-12") },
        { QStringLiteral("ends_time"), QStringLiteral("18:00") },
        { QStringLiteral("location"), QStringLiteral("Maison de quartier") },
        { QStringLiteral("address"), QStringLiteral("3 place du Marché\r\n59000 Lille") },
        { QStringLiteral("body"), QStringLiteral("Apportez vos objets cassés.\n\n**Gratuit**") },
        { QStringLiteral("sections[]"), QStringLiteral("citoyens") },
        { QStringLiteral("sections[]"), QStringLiteral("../../etc") },
        { QStringLiteral("name"), QStringLiteral("Camille Leroy") },
        { QStringLiteral("email"), QStringLiteral("camille@example.org") },
        { QStringLiteral("phone"), QStringLiteral("03 20 00 00 00") },
        { QStringLiteral("website"), QString() },
        { QStringLiteral("consent"), QStringLiteral("1") } };
}

} // namespace

void TestReceiver::validFormBecomesOneSubmission()
{
    const Answer a = post(goodForm());
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.contains("Merci"));
    const QStringList files = inboxFiles();
    QCOMPARE(files.size(), 1);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.json$")).match(files.first()).hasMatch(),
        qPrintable(files.first()));
    QFile f(m_inbox + QLatin1Char('/') + files.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const SubmissionBatch batch = SubmissionParser::parseJson(
        f.readAll(), QStringLiteral("form"), files.first(), QTimeZone("Europe/Paris"));
    QVERIFY2(batch.problems.isEmpty(),
        batch.problems.isEmpty() ? "" : qPrintable(batch.problems.first().toString()));
    QCOMPARE(batch.submissions.size(), 1);
    const Submission &s = batch.submissions.first();
    QCOMPARE(s.externalId + QStringLiteral(".json"), files.first());
    QCOMPARE(s.title,
        QStringLiteral("Repair café <script>document.title='x'</script>")); // kept as written
    // Local times of the form are the site's: 14:30 in Paris in December is 13:30 UTC.
    QCOMPARE(s.startsAt, QDateTime(QDate(2026, 12, 12), QTime(13, 30), QTimeZone::utc()));
    QCOMPARE(s.endsAt, QDateTime(QDate(2026, 12, 12), QTime(17, 0), QTimeZone::utc()));
    QCOMPARE(s.address, QStringLiteral("3 place du Marché\n59000 Lille"));
    QCOMPARE(s.sections, QStringList { QStringLiteral("citoyens") });
    QCOMPARE(s.submitter.email, QStringLiteral("camille@example.org"));
    QVERIFY(s.consent);
    QVERIFY(s.honeypot.isEmpty());
    QVERIFY(qAbs(s.receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    // What the receiver writes is what the schema describes.
    const QString problems = schemaProblems(m_inbox + QLatin1Char('/') + files.first());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestReceiver::schemaAcceptsTheExampleAndRefusesBadOnes()
{
    QString problems = schemaProblems(sourcePath(QStringLiteral("docs/examples/submissions.json")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"id": "x", "received_at": "demain", "kind": "party", "title": 42}])");
    f.close();
    problems = schemaProblems(bad);
    QVERIFY2(problems.contains(u"'party' is not one of")
            && problems.contains(u"42 is not of type 'string'")
            && problems.contains(u"'demain' does not match"),
        qPrintable(problems));
}

void TestReceiver::refusalsSayWhy()
{
    auto without = [](const QString &name) {
        auto form = goodForm();
        form.removeIf([&](const auto &p) { return p.first == name; });
        return form;
    };
    auto with = [](const QString &name, const QString &value) {
        auto form = goodForm();
        bool found = false;
        for (auto &p : form) {
            if (p.first == name) {
                p.second = value;
                found = true;
            }
        }
        if (!found)
            form.append({ name, value });
        return form;
    };
    const struct
    {
        QList<std::pair<QString, QString>> form;
        const char *message;
    } cases[] = {
        { without(QStringLiteral("title")), "Le titre est obligatoire." },
        { without(QStringLiteral("consent")), "Acceptez les conditions de publication." },
        { with(QStringLiteral("email"), QStringLiteral("pas-une-adresse")),
            "adresse électronique valide" },
        { with(QStringLiteral("kind"), QStringLiteral("party")),
            "Choisissez « événement » ou « actualité »." },
        { with(QStringLiteral("starts_date"), QStringLiteral("2017-02-30")),
            "La date de début n’existe pas." },
        { with(QStringLiteral("starts_date"), QStringLiteral("demain")),
            "La date de début n’existe pas." },
        { with(QStringLiteral("starts_time"), QStringLiteral("25:00")),
            "L’heure de début n’est pas une heure" },
        { with(QStringLiteral("online_url"), QStringLiteral("javascript:alert(1)")),
            "http:// ou https://" },
        { with(QStringLiteral("title"), QString(301, QLatin1Char('x'))),
            "« title » est trop long" },
        { with(QStringLiteral("body"), QString(20001, QLatin1Char('x'))),
            "« body » est trop long" },
    };
    for (const auto &c : cases) {
        const Answer a = post(c.form);
        QVERIFY2(a.status == 400, c.message);
        QVERIFY2(QString::fromUtf8(a.body).contains(QString::fromUtf8(c.message)), c.message);
        QVERIFY(!a.body.contains("<script"));
    }
    // Invalid UTF-8 in a field.
    const Answer bad
        = send("POST", "kind=news&title=Caf%C3%28&name=x&email=a%40b.example&consent=1",
            "application/x-www-form-urlencoded");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("UTF-8"));
    // The answer echoes nothing as markup.
    const Answer hostile = post(with(QStringLiteral("title"), QString(301, QLatin1Char('<'))));
    QVERIFY(!hostile.body.contains("<<"));
    QVERIFY(inboxFiles().isEmpty());
}

void TestReceiver::tooLargeAndWrongMethod()
{
    QCOMPARE(send("GET", {}, "text/plain").status, 405);
    const Answer big
        = send("POST", "title=" + QByteArray(200000, 'a'), "application/x-www-form-urlencoded");
    QCOMPARE(big.status, 413);
    QVERIFY(inboxFiles().isEmpty());
}

void TestReceiver::honeypotIsKeptForTheModerator()
{
    auto form = goodForm();
    for (auto &p : form) {
        if (p.first == u"website")
            p.second = QStringLiteral("http://cheap-pills.example");
    }
    QCOMPARE(post(form).status, 200);
    const QStringList files = inboxFiles();
    QCOMPARE(files.size(), 1);
    QFile f(m_inbox + QLatin1Char('/') + files.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const SubmissionBatch batch = SubmissionParser::parseJson(
        f.readAll(), QStringLiteral("form"), files.first(), QTimeZone("Europe/Paris"));
    QCOMPARE(batch.submissions.size(), 1);
    QCOMPARE(batch.submissions.first().honeypot, QStringLiteral("http://cheap-pills.example"));
}

QTEST_GUILESS_MAIN(TestReceiver)
#include "test_receiver.moc"
