// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The offline journal (issue #18): what was typed while the newsroom did not answer is kept in
// a file of the user's own and sent later with the same revision check as any save.
#include "content/jsonformat.h"
#include "storage/offlinejournal.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Relais;

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldComesBackFromJson();
    void aWrongFieldIsNamed();
    void entriesAreKeptReplacedAndForgotten();
    void theFileIsItsOwnersAlone();
    void anEditIsSentWithItsRevision();
    void aNewerVersionIsNeverOverwritten();
    void aNewItemIsCreatedOnceEvenIfTheAnswerWasLost();
    void anItemDeletedMeanwhileWaits();
    void aDamagedValueWaitsWithItsReason();
    void anEmptyJournalLeavesNoFile();
};

namespace {

std::unique_ptr<OfflineJournal> openJournal(const QString &path)
{
    auto journal = OfflineJournal::open(path);
    if (!journal)
        qFatal("journal: %s", qPrintable(journal.error().message));
    return std::move(*journal);
}

OfflineJournal::Entry entryOf(const Article &article, int baseRevision)
{
    OfflineJournal::Entry entry;
    entry.type = EntityType::Article;
    entry.uuid = article.meta.uuid;
    entry.itemId = article.meta.id;
    entry.baseRevision = baseRevision;
    entry.value = JsonFormat::toJson(article);
    entry.title = article.title;
    return entry;
}

} // namespace

void TestOfflineJournal::everyFieldComesBackFromJson()
{
    Article a = Test::sampleArticle();
    a.meta.uuid = QUuid::createUuid();
    a.kind = ArticleKind::Testimonial;
    a.summary = QStringLiteral("Résumé « court »");
    a.sections = { QStringLiteral("economie"), QStringLiteral("culture") };
    a.status = Status::Scheduled;
    a.publishAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc());
    a.contacts = { QUuid::createUuid(), QUuid::createUuid() };
    a.allowRawHtml = true;
    a.language = QStringLiteral("en");
    a.featuredImage = QStringLiteral("photo-1a2b3c4d");
    Article b;
    RELAIS_VERIFY_OK(JsonFormat::fromJson(JsonFormat::toJson(a), b));
    QCOMPARE(JsonFormat::toJson(b), JsonFormat::toJson(a));
    QCOMPARE(b.meta.uuid, a.meta.uuid);

    AgendaEntry e = Test::sampleEntry();
    e.meta.uuid = QUuid::createUuid();
    e.end = e.start.addSecs(7200);
    e.allDay = true;
    e.state = EventState::Postponed;
    e.onlineUrl = QStringLiteral("https://example.org/visio");
    AgendaEntry f;
    RELAIS_VERIFY_OK(JsonFormat::fromJson(JsonFormat::toJson(e), f));
    QCOMPARE(JsonFormat::toJson(f), JsonFormat::toJson(e));

    Contact c = Test::sampleContact();
    c.meta.uuid = QUuid::createUuid();
    c.emails = { QStringLiteral("a@example.org"), QStringLiteral("b@example.org") };
    c.phones = { QStringLiteral("+33 3 20 00 00 00") };
    Contact d;
    RELAIS_VERIFY_OK(JsonFormat::fromJson(JsonFormat::toJson(c), d));
    QCOMPARE(JsonFormat::toJson(d), JsonFormat::toJson(c));
}

void TestOfflineJournal::aWrongFieldIsNamed()
{
    Article a;
    QJsonObject o = JsonFormat::toJson(Test::sampleArticle());
    o.insert(QStringLiteral("publish_at"), QStringLiteral("tomorrow-ish"));
    auto r = JsonFormat::fromJson(o, a);
    QVERIFY(!r);
    QVERIFY2(
        r.error().message.contains(QStringLiteral("publish_at")), qPrintable(r.error().message));
    o = JsonFormat::toJson(Test::sampleArticle());
    o.insert(QStringLiteral("status"), QStringLiteral("'; DROP TABLE articles; --"));
    QVERIFY(!JsonFormat::fromJson(o, a));
    o = JsonFormat::toJson(Test::sampleArticle());
    o.insert(QStringLiteral("sections"), QJsonArray::fromVariantList({ 1, 2 }));
    QVERIFY(!JsonFormat::fromJson(o, a));
}

void TestOfflineJournal::entriesAreKeptReplacedAndForgotten()
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.filePath(QStringLiteral("j/journal.sqlite")));
    QCOMPARE(journal->count(), 0);
    Article a = Test::sampleArticle();
    a.meta.uuid = QUuid::createUuid();
    a.meta.id = 7;
    RELAIS_VERIFY_OK(journal->keep(entryOf(a, 3)));
    a.title = QStringLiteral("Second draft, typed later");
    RELAIS_VERIFY_OK(journal->keep(entryOf(a, 3)));
    Article other = Test::sampleArticle(QStringLiteral("Another"));
    other.meta.uuid = QUuid::createUuid();
    RELAIS_VERIFY_OK(journal->keep(entryOf(other, 0)));
    QCOMPARE(journal->count(), 2);

    // Read back by a new process (the window restarted).
    journal.reset();
    journal = openJournal(dir.filePath(QStringLiteral("j/journal.sqlite")));
    auto entries = journal->entries();
    RELAIS_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).uuid, a.meta.uuid);
    QCOMPARE(entries->at(0).itemId, 7);
    QCOMPARE(entries->at(0).baseRevision, 3);
    QCOMPARE(entries->at(0).title, a.title);
    QCOMPARE(entries->at(0).value.value(QStringLiteral("title")).toString(), a.title);
    QVERIFY(entries->at(0).keptAt.isValid());
    QVERIFY(qAbs(entries->at(0).keptAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    RELAIS_VERIFY_OK(journal->forget(EntityType::Article, a.meta.uuid));
    QCOMPARE(journal->count(), 1);
    auto one = journal->entry(EntityType::Article, other.meta.uuid);
    RELAIS_VERIFY_OK(one);
    QVERIFY(one->has_value());
    QCOMPARE((*one)->title, QStringLiteral("Another"));
}

void TestOfflineJournal::theFileIsItsOwnersAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/journal.sqlite"));
    auto journal = openJournal(path);
    Article a = Test::sampleArticle();
    a.meta.uuid = QUuid::createUuid();
    RELAIS_VERIFY_OK(journal->keep(entryOf(a, 0)));
    // Nobody but the owner: no bit for the group or the others.
    const auto groupAndOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const auto file = QFileInfo(path).permissions();
    QVERIFY(file.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(int(file & groupAndOthers), 0);
    QCOMPARE(int(QFileInfo(QFileInfo(path).path()).permissions() & groupAndOthers), 0);
    // The newsroom's address and login name the file; no password is part of it.
    Test::TempStore temp;
    const QString where = OfflineJournal::pathFor(temp->database());
    QVERIFY(
        where.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY2(QRegularExpression(QStringLiteral("/journal/[0-9a-f]{24}\\.sqlite$"))
                 .match(where)
                 .hasMatch(),
        qPrintable(where));
    QCOMPARE(OfflineJournal::pathFor(temp->database()), where);
}

void TestOfflineJournal::anEditIsSentWithItsRevision()
{
    Test::TempStore temp;
    auto stored = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(stored);
    QTemporaryDir dir;
    auto journal = openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
    Article typed = *stored;
    typed.title = QStringLiteral("Typed while the server was away");
    typed.body = QStringLiteral("Un paragraphe écrit **hors ligne**.");
    RELAIS_VERIFY_OK(journal->keep(entryOf(typed, stored->meta.revision)));
    auto report = journal->sendAll(temp.store());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->sent, 1);
    QVERIFY(!report->unreachable);
    QVERIFY(report->waiting.isEmpty());
    QCOMPARE(journal->count(), 0);
    auto now = temp->articles().load(stored->meta.id);
    RELAIS_VERIFY_OK(now);
    QCOMPARE(now->title, typed.title);
    QCOMPARE(now->body, typed.body);
    QCOMPARE(now->meta.revision, stored->meta.revision + 1);
}

void TestOfflineJournal::aNewerVersionIsNeverOverwritten()
{
    Test::TempStore temp;
    auto stored = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(stored);
    QTemporaryDir dir;
    auto journal = openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
    Article typed = *stored;
    typed.title = QStringLiteral("Mine, typed offline");
    RELAIS_VERIFY_OK(journal->keep(entryOf(typed, stored->meta.revision)));
    // A colleague saved meanwhile.
    Article theirs = *stored;
    theirs.title = QStringLiteral("Theirs, saved meanwhile");
    RELAIS_VERIFY_OK(temp->articles().save(theirs));

    auto report = journal->sendAll(temp.store());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->sent, 0);
    QCOMPARE(report->waiting.size(), 1);
    const QString problem = report->waiting.first().problem;
    QVERIFY2(problem.contains(QStringLiteral("newer version")), qPrintable(problem));
    if (!temp->database().userName().isEmpty())
        QVERIFY2(problem.contains(temp->database().userName()), qPrintable(problem));
    QCOMPARE(temp->articles().load(stored->meta.id)->title, theirs.title);
    // Still waiting, with its reason, until the person chooses.
    auto again = journal->entries();
    RELAIS_VERIFY_OK(again);
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->first().problem, problem);
    QCOMPARE(again->first().value.value(QStringLiteral("title")).toString(), typed.title);
}

void TestOfflineJournal::aNewItemIsCreatedOnceEvenIfTheAnswerWasLost()
{
    Test::TempStore temp;
    const int before = *temp->articles().count();
    QTemporaryDir dir;
    auto journal = openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
    Article typed = Test::sampleArticle(QStringLiteral("Written offline from scratch"));
    typed.meta.uuid = QUuid::createUuid();
    RELAIS_VERIFY_OK(journal->keep(entryOf(typed, 0)));
    auto report = journal->sendAll(temp.store());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->sent, 1);
    auto created = temp->articles().load(typed.meta.uuid);
    RELAIS_VERIFY_OK(created);
    QCOMPARE(created->title, typed.title);

    // The server made it, but the answer never came back: the entry is still there and is
    // sent again. It updates the item made the first time; no second one appears.
    typed.summary = QStringLiteral("Added after the first try");
    RELAIS_VERIFY_OK(journal->keep(entryOf(typed, 0)));
    report = journal->sendAll(temp.store());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->sent, 1);
    QCOMPARE(*temp->articles().count(), before + 1);
    QCOMPARE(temp->articles().load(typed.meta.uuid)->summary, typed.summary);
}

void TestOfflineJournal::anItemDeletedMeanwhileWaits()
{
    Test::TempStore temp;
    auto stored = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(stored);
    QTemporaryDir dir;
    auto journal = openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
    Article typed = *stored;
    typed.title = QStringLiteral("Typed into an item about to go");
    RELAIS_VERIFY_OK(journal->keep(entryOf(typed, stored->meta.revision)));
    RELAIS_VERIFY_OK(temp->articles().moveToTrash({ stored->meta.id }));
    RELAIS_VERIFY_OK(temp->articles().purge({ stored->meta.id }));
    auto report = journal->sendAll(temp.store());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->sent, 0);
    QCOMPARE(report->waiting.size(), 1);
    QVERIFY2(report->waiting.first().problem.contains(QStringLiteral("deleted")),
        qPrintable(report->waiting.first().problem));
    QVERIFY(!temp->articles().load(stored->meta.id));
}

void TestOfflineJournal::aDamagedValueWaitsWithItsReason()
{
    Test::TempStore temp;
    auto stored = temp->articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(stored);
    QTemporaryDir dir;
    auto journal = openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
    OfflineJournal::Entry entry = entryOf(*stored, stored->meta.revision);
    entry.value.insert(QStringLiteral("start"), 12); // not an article's field: ignored
    entry.value.insert(QStringLiteral("contacts"), QStringLiteral("not a list"));
    RELAIS_VERIFY_OK(journal->keep(entry));
    OfflineJournal::Entry unknown = entryOf(Test::sampleArticle(), 0);
    unknown.uuid = QUuid::createUuid();
    unknown.type = QStringLiteral("podcast");
    RELAIS_VERIFY_OK(journal->keep(unknown));
    auto report = journal->sendAll(temp.store());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->sent, 0);
    QCOMPARE(report->waiting.size(), 2);
    QVERIFY2(report->waiting.at(0).problem.contains(QStringLiteral("contacts")),
        qPrintable(report->waiting.at(0).problem));
    QVERIFY2(report->waiting.at(1).problem.contains(QStringLiteral("podcast")),
        qPrintable(report->waiting.at(1).problem));
    QCOMPARE(temp->articles().load(stored->meta.id)->meta.revision, stored->meta.revision);
}

void TestOfflineJournal::anEmptyJournalLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    auto journal = openJournal(path);
    Article a = Test::sampleArticle();
    a.meta.uuid = QUuid::createUuid();
    RELAIS_VERIFY_OK(journal->keep(entryOf(a, 0)));
    journal.reset();
    QVERIFY(QFileInfo::exists(path)); // something waits: kept
    journal = openJournal(path);
    RELAIS_VERIFY_OK(journal->forget(EntityType::Article, a.meta.uuid));
    journal.reset();
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "test_offlinejournal.moc"
