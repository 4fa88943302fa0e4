// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/submissioncsv.h"
#include "moderation/moderation.h"
#include "moderation/submissionparser.h"
#include "render/markdown.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <pwd.h>
#include <unistd.h>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Relais;
using namespace Relais::Test;

namespace {

const QTimeZone paris("Europe/Paris");

QByteArray exampleFile()
{
    QFile f(sourcePath(QStringLiteral("docs/examples/submissions.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the example submissions");
    return f.readAll();
}

QByteArray valid(const QString &id,
    const QString &title = QStringLiteral("Forum de l’emploi solidaire"),
    const QString &startsAt = QStringLiteral("2026-12-10T09:00:00+01:00"))
{
    QJsonObject o { { QStringLiteral("id"), id },
        { QStringLiteral("received_at"), QStringLiteral("2026-11-27T10:00:00Z") },
        { QStringLiteral("kind"), QStringLiteral("event") }, { QStringLiteral("title"), title },
        { QStringLiteral("starts_at"), startsAt },
        { QStringLiteral("location"), QStringLiteral("Maison des associations") } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The problems of one submission of a batch, as text.
QString problemsOf(const SubmissionBatch &batch, int index)
{
    QStringList lines;
    for (const SubmissionProblem &p : batch.problems) {
        if (p.index == index)
            lines.append(p.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

// The reader's warnings of a submission as people read them.
QString warningsOf(const Submission &s)
{
    QStringList lines;
    for (const QString &w : s.warnings)
        lines.append(SubmissionParser::warningText(w));
    return lines.join(u'\n');
}

const Submission *byId(const SubmissionBatch &batch, const QString &id)
{
    for (const Submission &s : batch.submissions) {
        if (s.externalId == id)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestSubmissions : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedExample();
    void aDecisionNamesWhoMadeItWithoutUser();
    void hostileFileKeepsTheValidSubmissions();
    void invisibleCharactersAreRemoved();
    void wholeFileProblemsAreNamed();
    void repositoryKeepsPayloadsAndDecisions();
    void sameIdDifferentPayloadKeepsTheStoredOne();
    void reviewWarnings();
    void reviewPageIsInert();
    void approveMakesTheItemAndRemembersIt();
    void rejectNeedsAReasonAndMailtoIsEncoded();
    void csvExportOfAFormService();
};

void TestSubmissions::readsTheDocumentedExample()
{
    const SubmissionBatch batch = SubmissionParser::parseJson(
        exampleFile(), QStringLiteral("file"), QStringLiteral("submissions.json"), paris);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(problemsOf(batch, 1) + problemsOf(batch, 2)));
    QCOMPARE(batch.submissions.size(), 2);
    const Submission &s = batch.submissions.at(0);
    QCOMPARE(s.externalId, QStringLiteral("f3a9c2e1b7d04c55"));
    QCOMPARE(s.kind, Submission::Kind::Event);
    QCOMPARE(s.startsAt, QDateTime(QDate(2026, 12, 12), QTime(13, 0), QTimeZone::utc()));
    QCOMPARE(s.endsAt, QDateTime(QDate(2026, 12, 12), QTime(17, 0), QTimeZone::utc()));
    QCOMPARE(s.address, QStringLiteral("12 rue des Forges\n59600 Maubeuge"));
    QCOMPARE(
        s.sections, (QStringList { QStringLiteral("associations"), QStringLiteral("citoyens") }));
    QCOMPARE(s.submitter.email, QStringLiteral("camille.leroy@recyclerie-sambre.example"));
    QCOMPARE(s.attachments.size(), 1);
    QCOMPARE(s.attachments.first().bytes, 482113);
    QVERIFY(s.consent);
    // Unknown fields are kept, not an error.
    QCOMPARE(s.extra.value(QStringLiteral("form_version")).toInt(), 2);
    QVERIFY(s.raw.startsWith('{') && s.raw.contains("form_version"));
    // A time with an offset of its own is read as such; received_at in UTC.
    QCOMPARE(batch.submissions.at(1).receivedAt,
        QDateTime(QDate(2026, 11, 27), QTime(15, 40), QTimeZone::utc()));
    // The stored form keeps what was read.
    const Submission back = SubmissionJson::read(SubmissionJson::write(s));
    QCOMPARE(back.title, s.title);
    QCOMPARE(back.startsAt, s.startsAt);
    QCOMPARE(back.submitter.phone, s.submitter.phone);
    QCOMPARE(back.attachments.first().url, s.attachments.first().url);
    QCOMPARE(back.extra, s.extra);
}

void TestSubmissions::hostileFileKeepsTheValidSubmissions()
{
    QByteArrayList items;
    items << valid(QStringLiteral("ok-1")); // 1
    items
        << R"J({"received_at":"2026-11-27T10:00:00Z","kind":"event","title":"Sans identifiant"})J"; // 2 no id
    items
        << R"J({"id":"wrong-type","received_at":"2026-11-27T10:00:00Z","kind":"news","title":42})J"; // 3
    items << QByteArray(40, '[') + QByteArray(40, ']'); // 4 deep
    items
        << QByteArray(
               R"J({"id":"bad-utf8","received_at":"2026-11-27T10:00:00Z","kind":"news","title":"Caf)J")
            + "\xC3\x28" + R"J("})J"; // 5
    items
        << R"J({"id":"huge","received_at":"2026-11-27T10:00:00Z","kind":"news","title":"Gros","body":")J"
            + QByteArray(10 * 1024 * 1024, 'a') + "\"}"; // 6 10 MB
    items << valid(QStringLiteral("ok-1"), QStringLiteral("Même id")); // 7 duplicate id
    items << valid(QStringLiteral("feb-30"), QStringLiteral("Date impossible"),
        QStringLiteral("2017-02-30T10:00")); // 8
    items << valid(
        QStringLiteral("demain"), QStringLiteral("Date en mots"), QStringLiteral("demain")); // 9
    items
        << R"J({"id":"kind","received_at":"2026-11-27T10:00:00Z","kind":"party","title":"Fête"})J"; // 10
    items
        << R"J({"id":"types","received_at":"2026-11-27T10:00:00Z","kind":"news","title":"Types",)J"
           R"J("sections":"associations","links":["javascript:alert(1)","data:text/html,<script>x</script>",)J"
           R"J("https://ok.example/"],"all_day":"yes","submitter":{"email":"pas-une-adresse"},)J"
           R"J("online_url":"javascript:alert(1)","attachments":[{"name":"x.svg","url":"data:image/svg+xml,<svg onload=alert(1)>"}]})J"; // 11
    items
        << R"J({"id":"no-date","received_at":"hier","kind":"news","title":"Reçu quand ?"})J"; // 12
    items << valid(QStringLiteral("ok-2"), QStringLiteral("Deuxième valide")); // 13
    items
        << R"J({"id":"cut","received_at":"2026-11-27T10:00:00Z","kind":"news","title":"Coupé)J"; // 14 truncated
    const QByteArray file = '[' + items.join(",\n") + "\n";

    const SubmissionBatch batch = SubmissionParser::parseJson(
        file, QStringLiteral("file"), QStringLiteral("hostile.json"), paris);
    QVERIFY(batch.fileError.isEmpty());
    QStringList taken;
    for (const Submission &s : batch.submissions)
        taken.append(s.externalId);
    QCOMPARE(taken,
        (QStringList { QStringLiteral("ok-1"), QStringLiteral("feb-30"), QStringLiteral("demain"),
            QStringLiteral("types"), QStringLiteral("ok-2") }));

    // Each refusal names the file, the position, the id when readable, the field.
    QVERIFY2(problemsOf(batch, 2).contains(u"hostile.json, submission 2, field “id”: is missing."),
        qPrintable(problemsOf(batch, 2)));
    QVERIFY2(problemsOf(batch, 3).contains(
                 u"submission 3 (id “wrong-type”), field “title”: should be text, not a number."),
        qPrintable(problemsOf(batch, 3)));
    QVERIFY2(problemsOf(batch, 4).contains(u"nested too deeply (40 levels"),
        qPrintable(problemsOf(batch, 4)));
    QVERIFY2(problemsOf(batch, 5).contains(u"not valid UTF-8"), qPrintable(problemsOf(batch, 5)));
    QVERIFY2(problemsOf(batch, 6).contains(u"is too large"), qPrintable(problemsOf(batch, 6)));
    QVERIFY2(problemsOf(batch, 7).contains(u"already used by an earlier submission"),
        qPrintable(problemsOf(batch, 7)));
    QVERIFY2(problemsOf(batch, 10).contains(u"“party” is neither “event” nor “news”"),
        qPrintable(problemsOf(batch, 10)));
    QVERIFY2(problemsOf(batch, 12).contains(u"field “received_at”: “hier” is not a date and time"),
        qPrintable(problemsOf(batch, 12)));
    QVERIFY2(problemsOf(batch, 14).contains(u"ends in the middle of this submission"),
        qPrintable(problemsOf(batch, 14)));
    QCOMPARE(batch.refusedCount(), 9);

    // Field problems keep the submission, without the bad value, and say so.
    const Submission *feb = byId(batch, QStringLiteral("feb-30"));
    QVERIFY(!feb->startsAt.isValid());
    QVERIFY2(
        warningsOf(*feb).contains(u"starts_at: “2017-02-30T10:00” is not a day of the calendar."),
        qPrintable(warningsOf(*feb)));
    QVERIFY(warningsOf(*byId(batch, QStringLiteral("demain")))
                .contains(u"“demain” is not a date and time"));
    const Submission *types = byId(batch, QStringLiteral("types"));
    QCOMPARE(types->links, QStringList { QStringLiteral("https://ok.example/") });
    QVERIFY(types->sections.isEmpty());
    QVERIFY(types->onlineUrl.isEmpty());
    QVERIFY(types->submitter.email.isEmpty());
    QVERIFY(types->attachments.isEmpty());
    QVERIFY(!types->allDay);
    const QString warnings = warningsOf(*types);
    for (const char *expected :
        { "links: “javascript:alert(1)” is not an http, https or mailto address",
            "links: “data:text/html,<script>x</script>” is not an http",
            "sections: should be a list, not text", "all_day: should be true or false",
            "submitter.email: “pas-une-adresse” is not an e-mail address",
            "online_url: “javascript:alert(1)” is not an http or https address",
            "attachments[0].url:" })
        QVERIFY2(warnings.contains(QString::fromUtf8(expected)), expected);
    // The payload is kept exactly as it came.
    QVERIFY(types->raw.contains("javascript:alert(1)"));
}

void TestSubmissions::invisibleCharactersAreRemoved()
{
    // U+202E right-to-left override, U+200B zero-width space, U+2066 isolate, a NUL and a bell.
    const QString title
        = QStringLiteral("Concert\u202E gratuit\u200B \u2066ce soir") + QChar(u'\0') + QChar(u'\a');
    QJsonObject o { { QStringLiteral("id"), QStringLiteral("rtl") },
        { QStringLiteral("received_at"), QStringLiteral("2026-11-27T10:00:00Z") },
        { QStringLiteral("kind"), QStringLiteral("news") }, { QStringLiteral("title"), title },
        { QStringLiteral("body"),
            QStringLiteral("Ligne 1\r\nLigne 2 \u202Dcachée\u202C 👩\u200D🌾") } };
    const SubmissionBatch batch = SubmissionParser::parseJson(
        QJsonDocument(o).toJson(), QStringLiteral("file"), QStringLiteral("rtl.json"), paris);
    QCOMPARE(batch.submissions.size(), 1);
    const Submission &s = batch.submissions.first();
    QCOMPARE(s.title, QStringLiteral("Concert gratuit ce soir"));
    // Line breaks and the joiner inside an emoji stay in a text.
    QCOMPARE(s.body, QStringLiteral("Ligne 1\nLigne 2 cachée 👩\u200D🌾"));
    QVERIFY2(warningsOf(s).contains(u"title: invisible characters removed (direction overrides, "
                                    u"zero-width or control characters): 5."),
        qPrintable(warningsOf(s)));
    QVERIFY(warningsOf(s).contains(u"body: invisible characters removed (direction overrides, "
                                   u"zero-width or control characters): 2."));
}

void TestSubmissions::wholeFileProblemsAreNamed()
{
    auto parse = [](const QByteArray &bytes) {
        return SubmissionParser::parseJson(
            bytes, QStringLiteral("file"), QStringLiteral("x.json"), paris);
    };
    QVERIFY(parse("").fileError.contains(u"“x.json” holds no submission"));
    QVERIFY(parse("\"texte\"").fileError.contains(u"holds no submission"));
    QVERIFY(
        parse("<html><body>Maintenance</body></html>").fileError.contains(u"holds no submission"));
    QVERIFY(parse(valid(QStringLiteral("a")) + "}").fileError.contains(u"something follows"));
    QCOMPARE(parse("[]").submissions.size(), 0);
    QVERIFY(parse("[]").problems.isEmpty());
    // A single object (what the form receiver writes) and a byte-order mark.
    QCOMPARE(parse("\xEF\xBB\xBF" + valid(QStringLiteral("single"))).submissions.size(), 1);
    // A list that is never closed: the complete submissions are taken, the end is reported.
    const SubmissionBatch open
        = parse("[" + valid(QStringLiteral("a")) + "," + valid(QStringLiteral("b")));
    QCOMPARE(open.submissions.size(), 2);
    QVERIFY(
        problemsOf(open, 2).contains(u"the file ends before the list of submissions is closed"));
    SubmissionParser::Limits small;
    small.fileBytes = 10;
    QVERIFY(SubmissionParser::parseJson(
        valid(QStringLiteral("a")), {}, QStringLiteral("x.json"), paris, small)
                .fileError.contains(u"is too large"));
}

void TestSubmissions::aDecisionNamesWhoMadeItWithoutUser()
{
    // Issue 22: under a systemd unit or cron $USER is unset, and decisions said "by ?".
    const QByteArray user = qgetenv("USER");
    const auto back = qScopeGuard([&] { qputenv("USER", user); });
    qunsetenv("USER");
    TempStore db;
    SubmissionBatch batch = SubmissionParser::parseJson(
        exampleFile(), QStringLiteral("file"), QStringLiteral("s.json"), paris);
    auto added = db->submissions().add(batch.submissions);
    RELAIS_VERIFY_OK(added);
    SubmissionDecision d;
    d.submissionId = db->submissions().list()->first().id;
    d.action = SubmissionDecision::Action::Duplicate;
    RELAIS_VERIFY_OK(db->submissions().decide(d));
    const QString who = db->submissions().decisions(d.submissionId)->first().who;
    QVERIFY2(!who.isEmpty() && who != u"?", qPrintable(who));
    // On a file the system's name of the account; on a newsroom the login.
    QCOMPARE(who, db->database().userName());
    if (!Test::onPostgres()) {
        const passwd *account = getpwuid(getuid());
        QVERIFY(account);
        QCOMPARE(who, QString::fromLocal8Bit(account->pw_name));
    }
}

void TestSubmissions::repositoryKeepsPayloadsAndDecisions()
{
    ManualClock clock;
    TempStore db(&clock);
    SubmissionBatch batch = SubmissionParser::parseJson(
        exampleFile(), QStringLiteral("file"), QStringLiteral("s.json"), paris);
    auto first = db->submissions().add(batch.submissions);
    RELAIS_VERIFY_OK(first);
    QCOMPARE(first->added, 2);
    // The same file again: nothing new, nothing reported.
    auto again = db->submissions().add(batch.submissions);
    RELAIS_VERIFY_OK(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->alreadyThere, 2);
    QVERIFY(again->problems.isEmpty());

    auto rows = db->submissions().list();
    RELAIS_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->first().title,
        QStringLiteral("La coopérative Terre d’Opale recrute deux maraîchers")); // newest first
    QCOMPARE(rows->last().submitterName, QStringLiteral("Camille Leroy"));

    auto found = db->submissions().find(QStringLiteral("f3a9c2e1b7d04c55"));
    RELAIS_VERIFY_OK(found);
    QCOMPARE(found->raw, batch.submissions.first().raw);
    QCOMPARE(found->location, QStringLiteral("Recyclerie du Val de Sambre"));
    QCOMPARE(found->extra.value(QStringLiteral("form_version")).toInt(), 2);
    QCOMPARE(found->state, Submission::State::New);
    QVERIFY(!db->submissions().find(QStringLiteral("nope")));

    clock.advance(60);
    SubmissionDecision d;
    d.submissionId = found->id;
    d.action = SubmissionDecision::Action::Duplicate;
    d.who = QStringLiteral("marie");
    RELAIS_VERIFY_OK(db->submissions().decide(d));
    auto counts = db->submissions().counts();
    RELAIS_VERIFY_OK(counts);
    QCOMPARE(counts->value(Submission::State::New), 1);
    QCOMPARE(counts->value(Submission::State::Duplicate), 1);
    SubmissionFilter onlyNew;
    onlyNew.state = Submission::State::New;
    QCOMPARE(db->submissions().list(onlyNew)->size(), 1);

    RELAIS_VERIFY_OK(db->submissions().purgeRaw(found->id, QStringLiteral("marie")));
    auto purged = db->submissions().load(found->id);
    QVERIFY(purged->raw.isEmpty());
    QCOMPARE(purged->title, found->title); // what was read stays
    auto decisions = db->submissions().decisions(found->id);
    QCOMPARE(decisions->size(), 2);
    QCOMPARE(decisions->at(0).action, SubmissionDecision::Action::Duplicate);
    QCOMPARE(decisions->at(0).who, QStringLiteral("marie"));
    QCOMPARE(decisions->at(0).at, clock.now());
    QCOMPARE(decisions->at(1).action, SubmissionDecision::Action::Purged);
    // Survives closing the database.
    db.reopen();
    QCOMPARE(db->submissions().decisions(found->id)->size(), 2);
    QCOMPARE(*db->submissions().countNew(), 1);
}

void TestSubmissions::sameIdDifferentPayloadKeepsTheStoredOne()
{
    TempStore db;
    auto one = SubmissionParser::parseJson(
        valid(QStringLiteral("x"), QStringLiteral("Premier")), QStringLiteral("form"), {}, paris);
    RELAIS_VERIFY_OK(db->submissions().add(one.submissions));
    auto other
        = SubmissionParser::parseJson(valid(QStringLiteral("x"), QStringLiteral("Remplaçant")),
            QStringLiteral("form"), {}, paris);
    auto r = db->submissions().add(other.submissions);
    RELAIS_VERIFY_OK(r);
    QCOMPARE(r->added, 0);
    QCOMPARE(r->problems.size(), 1);
    QVERIFY(r->problems.first().toString().contains(u"id “x”"));
    QCOMPARE(db->submissions().find(QStringLiteral("x"))->title, QStringLiteral("Premier"));
    // The same id from another source is another submission; the id alone is then ambiguous.
    auto file
        = SubmissionParser::parseJson(valid(QStringLiteral("x"), QStringLiteral("Autre source")),
            QStringLiteral("file"), {}, paris);
    QCOMPARE(db->submissions().add(file.submissions)->added, 1);
    QCOMPARE(db->submissions().find(QStringLiteral("x")).error().code, Error::Code::Invalid);
}

void TestSubmissions::reviewWarnings()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc()));
    TempStore db(&clock);
    SiteSettings settings;
    settings.blockedWords = QStringLiteral("casino\nviagra");
    AgendaEntry entry = sampleEntry(QStringLiteral("Forum de l'emploi solidaire 2026"));
    entry.start = QDateTime(QDate(2026, 12, 10), QTime(14, 0), QTimeZone::utc());
    entry.end = entry.start.addSecs(7200);
    RELAIS_VERIFY_OK(db->agenda().create(entry));

    QJsonObject o { { QStringLiteral("id"), QStringLiteral("s1") },
        { QStringLiteral("received_at"), QStringLiteral("2026-11-27T10:00:00Z") },
        { QStringLiteral("kind"), QStringLiteral("event") },
        { QStringLiteral("title"), QStringLiteral("FORUM DE L’EMPLOI SOLIDAIRE") },
        { QStringLiteral("body"),
            QStringLiteral("Gagnez au Casino ! http://a.example http://b.example www.c.example") },
        { QStringLiteral("links"),
            QJsonArray {
                QStringLiteral("https://d.example"), QStringLiteral("https://e.example") } },
        { QStringLiteral("starts_at"), QStringLiteral("2026-12-10T09:00:00+01:00") },
        { QStringLiteral("ends_at"), QStringLiteral("2026-12-10T08:00:00+01:00") },
        { QStringLiteral("honeypot"), QStringLiteral("http://bot.example") } };
    auto batch
        = SubmissionParser::parseJson(QJsonDocument(o).toJson(), QStringLiteral("file"), {}, paris);
    auto other = SubmissionParser::parseJson(
        valid(QStringLiteral("s2"), QStringLiteral("Forum emploi solidaire"),
            QStringLiteral("2026-12-10T18:00:00+01:00")),
        QStringLiteral("file"), {}, paris);
    RELAIS_VERIFY_OK(db->submissions().add(batch.submissions + other.submissions));
    auto s = db->submissions().find(QStringLiteral("s1"));
    RELAIS_VERIFY_OK(s);
    QStringList messages;
    for (const ReviewWarning &w : Moderation::review(*s, db.store(), settings, clock.now()))
        messages.append(w.message);
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"Probably spam: 5 link"), qPrintable(all));
    QVERIFY2(all.contains(u"field hidden from people was filled"), qPrintable(all));
    QVERIFY2(all.contains(u"blocked word “casino”"), qPrintable(all));
    QVERIFY(!all.contains(u"viagra"));
    QVERIFY2(all.contains(u"duplicate of the agenda entry “Forum de l'emploi solidaire 2026”"),
        qPrintable(all));
    QVERIFY2(all.contains(u"duplicate of the submission “Forum emploi solidaire” (id s2)"),
        qPrintable(all));
    QVERIFY2(all.contains(u"The end ("), qPrintable(all));
    QVERIFY2(all.contains(u"No place"), qPrintable(all));
    QVERIFY(!all.contains(u"The date is past"));
    clock.set(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(Moderation::review(*s, db.store(), settings, clock.now()).size() > messages.size());

    QVERIFY(Moderation::similarTitles(
        QStringLiteral("Fête du vélo à Lille"), QStringLiteral("FETE DU VELO - LILLE")));
    QVERIFY(!Moderation::similarTitles(
        QStringLiteral("Fête du vélo à Lille"), QStringLiteral("Marché de Noël à Lille")));
}

void TestSubmissions::reviewPageIsInert()
{
    const QString hostile = QStringLiteral(
        "Bonjour <script>document.title='pwned'</script>\n\n"
        "<img src=x onerror=\"document.title='pwned'\">\n\n"
        "<svg onload=\"document.title='pwned'\"><script>alert(1)</script></svg>\n\n"
        "<div style=\"width:expression(alert(1))\">css</div>\n\n"
        "&lt;script&gt;alert(1)&lt;/script&gt; et &#60;img src=x onerror=alert(1)&#62;\n\n"
        "[clique](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
        "[vb](vbscript:msgbox) [site](https://ok.example/page) <mailto:a@b.example>\n\n"
        "![traceur](https://tracker.example/pixel.gif) ![](http://tracker.example/x.png)");
    const QString body = Markdown::toReviewHtml(hostile);
    // No element but the renderer's own, no attribute but href, and hrefs only http(s) and mailto.
    static const QRegularExpression attribute(
        QStringLiteral(R"(<[a-z]+\s+(?!href=")[a-z])"), QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!body.contains(attribute), qPrintable(body));
    static const QRegularExpression href(QStringLiteral(R"(href="(?!https?:|mailto:))"));
    QVERIFY2(!body.contains(href), qPrintable(body));
    for (const char *forbidden : { "<script", "<img", "<svg", "<div", "<iframe", "<style" })
        QVERIFY2(!body.contains(QLatin1String(forbidden), Qt::CaseInsensitive),
            qPrintable(QString::fromLatin1(forbidden) + QStringLiteral(" in ") + body));
    // What was sent is shown as text, so the moderator sees it.
    QVERIFY2(body.contains(u"<code>&lt;script&gt;</code>document.title="), qPrintable(body));
    QVERIFY(body.contains(u"link removed: <code>javascript:alert(1)</code>"));
    QVERIFY(body.contains(u"<a href=\"https://ok.example/page\">site</a> "
                          u"&lt;<code>https://ok.example/page</code>&gt;"));
    QVERIFY(body.contains(
        u"picture not loaded: traceur — <code>https://tracker.example/pixel.gif</code>"));
    QVERIFY(body.contains(u"href=\"mailto:a@b.example\""));

    Submission s;
    s.externalId = QStringLiteral("<b>id</b>");
    s.title = QStringLiteral("<script>alert('titre')</script>");
    s.body = hostile;
    s.location = QStringLiteral("<img src=x onerror=alert(1)>");
    s.submitter.name = QStringLiteral("\"><script>alert(2)</script>");
    s.attachments.append(
        { QStringLiteral("a.svg"), QStringLiteral("https://x.example/a.svg\"><script>"),
            QStringLiteral("image/svg+xml"), 12 });
    const QString page = Moderation::reviewPage(
        s, { { ReviewWarning::Kind::Spam, QStringLiteral("<i>warn</i>") } }, {}, SiteSettings {});
    QVERIFY(page.contains(u"Content-Security-Policy\" content=\"default-src 'none'"));
    QCOMPARE(page.count(u"<script"), 0);
    QVERIFY(!page.contains(u"<img"));
    QVERIFY(page.contains(u"&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;")
        || page.contains(u"&lt;script&gt;alert('titre')"));
    QVERIFY(page.contains(u"&lt;i&gt;warn&lt;/i&gt;"));
}

void TestSubmissions::approveMakesTheItemAndRemembersIt()
{
    ManualClock clock;
    TempStore db(&clock);
    auto batch = SubmissionParser::parseJson(
        exampleFile(), QStringLiteral("file"), QStringLiteral("s.json"), paris);
    RELAIS_VERIFY_OK(db->submissions().add(batch.submissions));
    auto event = db->submissions().find(QStringLiteral("f3a9c2e1b7d04c55"));
    auto made = Moderation::approve(db.store(), event->id, QStringLiteral("agenda"),
        Status::Published, QStringLiteral("marie"));
    RELAIS_VERIFY_OK(made);
    auto entry = db->agenda().load(made->uuid);
    RELAIS_VERIFY_OK(entry);
    QCOMPARE(entry->title, event->title);
    QCOMPARE(entry->start, event->startsAt);
    QCOMPARE(entry->end, event->endsAt);
    QCOMPARE(entry->locationName, QStringLiteral("Recyclerie du Val de Sambre"));
    QCOMPARE(entry->status, Status::Published);
    QVERIFY(entry->description.contains(u"<https://recyclerie-sambre.example/portes-ouvertes>"));
    // The submitter's address and phone are not for publication.
    QVERIFY(!entry->description.contains(u"camille.leroy"));
    auto after = db->submissions().load(event->id);
    QCOMPARE(after->state, Submission::State::Approved);
    QCOMPARE(after->itemUuid, made->uuid);
    auto link = db->submissions().decisionsForItem(made->uuid);
    QCOMPARE(link->size(), 1);
    QCOMPARE(link->first().submissionId, event->id);
    QCOMPARE(link->first().who, QStringLiteral("marie"));
    // Twice is refused, and nothing is made.
    QVERIFY(!Moderation::approve(db.store(), event->id, QStringLiteral("agenda"), Status::Draft));
    QCOMPARE(*db->agenda().count(), 1);

    auto news = db->submissions().find(QStringLiteral("0c1d8e44a6b94f27"));
    auto article
        = Moderation::approve(db.store(), news->id, QStringLiteral("article"), Status::Draft);
    RELAIS_VERIFY_OK(article);
    auto a = db->articles().load(article->uuid);
    QCOMPARE(a->status, Status::Draft);
    QCOMPARE(a->sections, QStringList { QStringLiteral("entrepreneurs") });
    QVERIFY(a->summary.startsWith(u"La coopérative agrandit"));

    // An event without a date cannot be published as an agenda entry: nothing is made, the
    // submission stays new, the message names it.
    auto undated = SubmissionParser::parseJson(
        valid(QStringLiteral("sans-date"), QStringLiteral("Sans date"), QStringLiteral("bientôt")),
        QStringLiteral("file"), {}, paris);
    RELAIS_VERIFY_OK(db->submissions().add(undated.submissions));
    auto u = db->submissions().find(QStringLiteral("sans-date"));
    auto refused
        = Moderation::approve(db.store(), u->id, QStringLiteral("agenda"), Status::Published);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"“Sans date” (id sans-date)"),
        qPrintable(refused.error().message));
    QCOMPARE(db->submissions().load(u->id)->state, Submission::State::New);
    QCOMPARE(*db->agenda().count(), 1);
    QVERIFY(db->submissions().decisions(u->id)->isEmpty());
}

void TestSubmissions::rejectNeedsAReasonAndMailtoIsEncoded()
{
    TempStore db;
    auto batch = SubmissionParser::parseJson(
        exampleFile(), QStringLiteral("file"), QStringLiteral("s.json"), paris);
    RELAIS_VERIFY_OK(db->submissions().add(batch.submissions));
    auto s = db->submissions().find(QStringLiteral("0c1d8e44a6b94f27"));
    QVERIFY(!Moderation::reject(db.store(), s->id, QStringLiteral("  ")));
    QCOMPARE(db->submissions().load(s->id)->state, Submission::State::New);
    RELAIS_VERIFY_OK(
        Moderation::reject(db.store(), s->id, QStringLiteral("Annonce commerciale & hors sujet")));
    QCOMPARE(db->submissions().load(s->id)->state, Submission::State::Rejected);
    QCOMPARE(db->submissions().decisions(s->id)->first().reason,
        QStringLiteral("Annonce commerciale & hors sujet"));

    const QUrl mail = Moderation::mailto(*s, QStringLiteral("Annonce commerciale & hors sujet"));
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QCOMPARE(mail.path(), QStringLiteral("contact@terre-opale.example"));
    const QUrlQuery query(mail.query(QUrl::FullyEncoded));
    QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                .contains(u"Annonce commerciale & hors sujet"));
    QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
                .contains(u"Terre d’Opale"));
    Submission anonymous;
    QVERIFY(Moderation::mailto(anonymous, {}).isEmpty());
    QCOMPARE(Moderation::rejectionReasons(SiteSettings {}).size(), 5);
}

void TestSubmissions::csvExportOfAFormService()
{
    // As a French form service exports: semicolons, French dates, a cell over two lines, Latin-1.
    const QByteArray csv = QStringLiteral(
        "Horodatage;Titre;Type;Date de début;Lieu;Description;Nom;Courriel;Rubriques;J'accepte\r\n"
        "28/11/2026 10:15;Marché de Noël solidaire;Événement;12/12/2026 10:00;Halle aux "
        "sucres;\"Artisans et associations.\r\n"
        "Vin chaud.\";Léa Martin;lea@example.org;citoyens, associations;Oui\r\n"
        "28/11/2026 11:00;;Actualité;;;Sans titre;Anonyme;pas-un-mail;;Oui\r\n"
        "28/11/2026 12:30;Conférence;Événement;31/02/2027 "
        "18:00;Lille;Texte;Paul;paul@example.org;;Non\r\n")
                               .toLatin1();
    const ContactCsv::Table table = ContactCsv::read(csv, QStringLiteral("forms.csv"));
    const QHash<QString, int> mapping = SubmissionCsv::guessMapping(table.header);
    QCOMPARE(mapping.value(QStringLiteral("title")), 1);
    QCOMPARE(mapping.value(QStringLiteral("received_at")), 0);
    QCOMPARE(mapping.value(QStringLiteral("starts_at")), 3);
    QCOMPARE(mapping.value(QStringLiteral("email")), 7);
    QCOMPARE(mapping.value(QStringLiteral("consent")), 9);
    QCOMPARE(mapping.value(QStringLiteral("id")), -1);
    const QDateTime fileTime(QDate(2026, 11, 28), QTime(20, 0), QTimeZone::utc());
    const SubmissionBatch batch = SubmissionCsv::toSubmissions(
        table, mapping, QStringLiteral("file"), QStringLiteral("forms.csv"), fileTime, paris);
    QCOMPARE(batch.submissions.size(), 2);
    const Submission &market = batch.submissions.first();
    QCOMPARE(market.title, QStringLiteral("Marché de Noël solidaire"));
    QCOMPARE(market.kind, Submission::Kind::Event);
    QCOMPARE(market.startsAt, QDateTime(QDate(2026, 12, 12), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(market.receivedAt, QDateTime(QDate(2026, 11, 28), QTime(9, 15), QTimeZone::utc()));
    QCOMPARE(market.body, QStringLiteral("Artisans et associations.\nVin chaud."));
    QCOMPARE(market.sections,
        (QStringList { QStringLiteral("citoyens"), QStringLiteral("associations") }));
    QVERIFY(market.consent);
    QVERIFY(market.externalId.startsWith(u"csv-"));
    // The row as it came is kept with the submission.
    QCOMPARE(market.extra.value(QStringLiteral("csv_row"))
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
        2);
    QCOMPARE(market.extra.value(QStringLiteral("csv_row"))
                 .toObject()
                 .value(QStringLiteral("cells"))
                 .toObject()
                 .value(QStringLiteral("Lieu"))
                 .toString(),
        QStringLiteral("Halle aux sucres"));
    QVERIFY(!batch.submissions.at(1).consent);
    QVERIFY(!batch.submissions.at(1).startsAt.isValid());
    // Problems name the line of the file (the second row starts on line 4: the first takes two).
    QStringList problems;
    for (const SubmissionProblem &p : batch.problems)
        problems.append(p.toString());
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral(
                 "forms.csv, line 4 \\(id “csv-[0-9a-f]{16}”\\), field “title”: is missing."))),
        qPrintable(all));
    QVERIFY2(
        all.contains(u"line 5") && all.contains(u"“2027-02-31T18:00” is not a day of the calendar"),
        qPrintable(all));
    // The same rows make the same ids.
    const SubmissionBatch again = SubmissionCsv::toSubmissions(table, mapping,
        QStringLiteral("file"), QStringLiteral("forms.csv"), fileTime.addDays(1), paris);
    QCOMPARE(again.submissions.first().externalId, market.externalId);
    TempStore db;
    QCOMPARE(db->submissions().add(batch.submissions)->added, 2);
    QCOMPARE(db->submissions().add(again.submissions)->alreadyThere, 2);
}

QTEST_GUILESS_MAIN(TestSubmissions)
#include "test_submissions.moc"
