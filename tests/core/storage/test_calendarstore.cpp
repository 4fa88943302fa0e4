// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the editorial calendar and the planning board read and change (issue 20), on both
// engines; on a newsroom, a contributor's move of a colleague's item refused by the server.
#include "content/calendar.h"
#include "testsupport.h"

using namespace Relais;

class TestCalendarStore : public QObject
{
    Q_OBJECT

private slots:
    void itemsOfAMonth();
    void aMoveKeepsTheOtherFieldsAndChecksTheRevision();
    void draftsWithoutADateWaitAside();
    void statesChangeLikeTheBoardAsks();
    void aContributorMovesOnlyTheirOwn();
};

using Test::People;

namespace {

const QTimeZone Paris("Europe/Paris");

QDateTime paris(int y, int m, int d, int h, int min)
{
    return Calendar::at(QDate(y, m, d), QTime(h, min), Paris);
}

Article article(const QString &title, Status status, const QDateTime &at)
{
    Article a = Test::sampleArticle(title);
    a.status = status;
    a.publishAt = at;
    return a;
}

QStringList titles(const QList<CalendarItem> &items)
{
    QStringList out;
    for (const CalendarItem &i : items)
        out.append(i.title);
    return out;
}

} // namespace

void TestCalendarStore::itemsOfAMonth()
{
    Test::TempStore temp;
    // December 2026 in Paris: from 1 December 00:00 (30 November 23:00 UTC).
    const QDateTime from = paris(2026, 12, 1, 0, 0);
    const QDateTime to = paris(2027, 1, 1, 0, 0);
    RELAIS_VERIFY_OK(temp->articles().create(
        article(QStringLiteral("Au premier instant"), Status::Scheduled, from)));
    // Times come back to the millisecond (read as text on both engines).
    const QDateTime precise = paris(2026, 12, 20, 9, 41).addMSecs(37 * 1000 + 250);
    RELAIS_VERIFY_OK(temp->articles().create(
        article(QStringLiteral("À la milliseconde"), Status::Scheduled, precise)));
    RELAIS_VERIFY_OK(temp->articles().create(
        article(QStringLiteral("La veille au soir"), Status::Published, from.addSecs(-60))));
    RELAIS_VERIFY_OK(temp->articles().create(
        article(QStringLiteral("Un brouillon daté"), Status::Draft, paris(2026, 12, 15, 9, 0))));
    RELAIS_VERIFY_OK(
        temp->articles().create(article(QStringLiteral("Sans date"), Status::Draft, {})));
    auto trashed = temp->articles().create(
        article(QStringLiteral("À la corbeille"), Status::Scheduled, paris(2026, 12, 3, 8, 0)));
    RELAIS_VERIFY_OK(trashed);
    RELAIS_VERIFY_OK(temp->articles().moveToTrash({ trashed->meta.id }));
    // An event from 30 November to 2 December overlaps the month; one in January does not,
    // one that ends when the month begins does (it is on 1 December at midnight).
    AgendaEntry across = Test::sampleEntry(QStringLiteral("Forum sur deux mois"));
    across.start = paris(2026, 11, 30, 9, 0);
    across.end = paris(2026, 12, 2, 17, 0);
    across.sections = { QStringLiteral("associations") };
    RELAIS_VERIFY_OK(temp->agenda().create(across));
    AgendaEntry later = Test::sampleEntry(QStringLiteral("En janvier"));
    later.start = paris(2027, 1, 4, 9, 0);
    later.end = QDateTime();
    RELAIS_VERIFY_OK(temp->agenda().create(later));

    auto items = temp->calendar().items(from, to);
    RELAIS_VERIFY_OK(items);
    QCOMPARE(titles(*items),
        (QStringList { QStringLiteral("Forum sur deux mois"), QStringLiteral("Au premier instant"),
            QStringLiteral("Un brouillon daté"), QStringLiteral("À la milliseconde") }));
    QCOMPARE(items->at(3).start, precise);
    QCOMPARE(items->at(3).start.timeSpec(), Qt::UTC);
    const CalendarItem &event = items->at(0);
    QCOMPARE(event.type, QStringLiteral("agenda"));
    QCOMPARE(event.kind, QStringLiteral("event"));
    QCOMPARE(event.start, across.start);
    QCOMPARE(event.end, across.end);
    QCOMPARE(event.timeZone, QStringLiteral("Europe/Paris"));
    QCOMPARE(event.sections, QStringList { QStringLiteral("associations") });
    QCOMPARE(Calendar::lastDay(event, Paris), QDate(2026, 12, 2));
    const CalendarItem &first = items->at(1);
    QCOMPARE(first.state, WorkflowState::Scheduled);
    QCOMPARE(first.start, from);
    QCOMPARE(first.writer, temp->database().userName());
    QVERIFY(first.revision >= 1);
    QCOMPARE(items->at(2).state, WorkflowState::Draft);
}

void TestCalendarStore::aMoveKeepsTheOtherFieldsAndChecksTheRevision()
{
    Test::TempStore temp;
    Article a = article(QStringLiteral("Déplacé"), Status::Scheduled, paris(2026, 10, 24, 23, 59));
    a.body = QStringLiteral("Un texte qui reste.");
    a.sections = { QStringLiteral("associations"), QStringLiteral("citoyens") };
    auto made = temp->articles().create(a);
    RELAIS_VERIFY_OK(made);
    auto item = temp->calendar().find(QStringLiteral("article"), made->meta.id);
    RELAIS_VERIFY_OK(item);
    // Onto the end of summer time: 23:59 in Paris is 22:59 UTC that day.
    const Calendar::Move move = Calendar::toDay(*item, QDate(2026, 10, 25), Paris);
    auto moved = temp->calendar().move(*item, move.start, move.end);
    RELAIS_VERIFY_OK(moved);
    QCOMPARE(moved->revision, item->revision + 1);
    auto loaded = temp->articles().load(made->meta.id);
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(loaded->publishAt, QDateTime(QDate(2026, 10, 25), QTime(22, 59), Qt::UTC));
    QCOMPARE(loaded->body, a.body);
    QCOMPARE(loaded->sections, a.sections);
    QCOMPARE(loaded->status, Status::Scheduled);
    // The history knows who moved it and what changed.
    auto revisions = temp->history().list(made->meta.uuid);
    RELAIS_VERIFY_OK(revisions);
    QCOMPARE(revisions->first().fields, QStringList { QStringLiteral("publish_at") });

    // A move from the old revision (a colleague moved it meanwhile) is refused, nothing changed.
    auto stale = temp->calendar().move(*item, paris(2026, 11, 1, 8, 0), {});
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::StaleRevision);
    QCOMPARE(temp->articles().load(made->meta.id)->publishAt, loaded->publishAt);

    // An event keeps its length; it cannot lose its start.
    AgendaEntry e = Test::sampleEntry();
    e.start = paris(2026, 11, 30, 18, 0);
    e.end = paris(2026, 12, 1, 2, 0);
    auto entry = temp->agenda().create(e);
    RELAIS_VERIFY_OK(entry);
    auto eventItem = temp->calendar().find(QStringLiteral("agenda"), entry->meta.id);
    RELAIS_VERIFY_OK(eventItem);
    const Calendar::Move eventMove = Calendar::byDays(*eventItem, 3, Paris);
    RELAIS_VERIFY_OK(temp->calendar().move(*eventItem, eventMove.start, eventMove.end));
    auto entryLoaded = temp->agenda().load(entry->meta.id);
    QCOMPARE(entryLoaded->start, paris(2026, 12, 3, 18, 0));
    QCOMPARE(entryLoaded->end, paris(2026, 12, 4, 2, 0));
    eventItem = temp->calendar().find(QStringLiteral("agenda"), entry->meta.id);
    auto noStart = temp->calendar().move(*eventItem, {}, {});
    QVERIFY(!noStart);
    QCOMPARE(noStart.error().code, Error::Code::Invalid);
}

void TestCalendarStore::draftsWithoutADateWaitAside()
{
    Test::TempStore temp;
    auto undated
        = temp->articles().create(article(QStringLiteral("À planifier"), Status::Draft, {}));
    RELAIS_VERIFY_OK(undated);
    RELAIS_VERIFY_OK(temp->articles().create(
        article(QStringLiteral("Déjà daté"), Status::Draft, paris(2026, 12, 9, 8, 0))));
    auto aside = temp->calendar().unscheduled();
    RELAIS_VERIFY_OK(aside);
    QCOMPARE(titles(*aside), QStringList { QStringLiteral("À planifier") });
    QVERIFY(!aside->first().start.isValid());
    // Dropped on a day it gets a date and stays a draft; undone, it waits aside again.
    auto planned = temp->calendar().move(aside->first(), paris(2026, 12, 10, 8, 0), {});
    RELAIS_VERIFY_OK(planned);
    QCOMPARE(planned->state, WorkflowState::Draft);
    QVERIFY(temp->calendar().unscheduled()->isEmpty());
    RELAIS_VERIFY_OK(temp->calendar().move(*planned, {}, {}));
    QCOMPARE(temp->calendar().unscheduled()->size(), 1);
}

void TestCalendarStore::statesChangeLikeTheBoardAsks()
{
    Test::TempStore temp;
    auto made = temp->articles().create(article(QStringLiteral("Au tableau"), Status::Draft, {}));
    RELAIS_VERIFY_OK(made);
    auto item = temp->calendar().find(QStringLiteral("article"), made->meta.id);
    RELAIS_VERIFY_OK(item);
    CalendarRepository &calendar = temp->calendar();
    auto step = [&](WorkflowState to, const QString &reason = {}) {
        auto next = calendar.changeState(*item, to, reason, paris(2026, 12, 24, 8, 0));
        if (next)
            item = next;
        return next ? QString() : next.error().message;
    };
    QCOMPARE(step(WorkflowState::InReview), QString());
    QCOMPARE(item->state, WorkflowState::InReview);
    // Back to the writer takes a reason.
    QVERIFY(!step(WorkflowState::Draft).isEmpty());
    QCOMPARE(step(WorkflowState::Draft, QStringLiteral("Manque une source")), QString());
    QCOMPARE(item->state, WorkflowState::Draft);
    QCOMPARE(step(WorkflowState::InReview), QString());
    QCOMPARE(step(WorkflowState::Approved), QString());
    // Scheduled without a date: at the time given.
    QCOMPARE(step(WorkflowState::Scheduled), QString());
    QCOMPARE(item->state, WorkflowState::Scheduled);
    QCOMPARE(item->start, paris(2026, 12, 24, 8, 0));
    // Back to draft keeps the date as a plan.
    QCOMPARE(step(WorkflowState::Draft), QString());
    QCOMPARE(item->state, WorkflowState::Draft);
    QCOMPARE(item->start, paris(2026, 12, 24, 8, 0));
    // Published from a date to come: now.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(step(WorkflowState::Published), QString());
    QCOMPARE(item->state, WorkflowState::Published);
    QVERIFY(item->start >= before && item->start <= QDateTime::currentDateTimeUtc());
    // A stale revision is refused.
    CalendarItem old = *item;
    old.revision -= 1;
    auto stale = calendar.changeState(old, WorkflowState::Archived);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::StaleRevision);
    // The board shows what was published since the start of the week, and every draft.
    auto board = calendar.board(QDateTime::currentDateTimeUtc().addDays(-7));
    RELAIS_VERIFY_OK(board);
    QCOMPARE(titles(*board), QStringList { QStringLiteral("Au tableau") });
    QVERIFY(calendar.board(QDateTime::currentDateTimeUtc().addDays(1))->isEmpty());
}

void TestCalendarStore::aContributorMovesOnlyTheirOwn()
{
    if (!Test::onPostgres())
        QSKIP("roles are a newsroom's: a file has one person");
    Test::TempStore temp;
    People people(temp);
    const QString ann = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    const QString eve = people.add(QStringLiteral("eve"), QStringLiteral("editor"));
    auto theirs = temp->articles().create(
        article(QStringLiteral("D’un autre"), Status::Scheduled, paris(2026, 12, 9, 8, 0)));
    RELAIS_VERIFY_OK(theirs);
    auto annStore = people.open(ann);
    RELAIS_VERIFY_OK(annStore);
    Store &asAnn = **annStore;
    // Her own draft: she may give it a date.
    auto own = asAnn.articles().create(article(QStringLiteral("Le mien"), Status::Draft, {}));
    RELAIS_VERIFY_OK(own);
    auto ownItem = asAnn.calendar().find(QStringLiteral("article"), own->meta.id);
    RELAIS_VERIFY_OK(ownItem);
    RELAIS_VERIFY_OK(asAnn.calendar().move(*ownItem, paris(2026, 12, 11, 8, 0), {}));
    // A colleague's scheduled article: the server refuses, the date stays.
    auto item = asAnn.calendar().find(QStringLiteral("article"), theirs->meta.id);
    RELAIS_VERIFY_OK(item);
    auto refused = asAnn.calendar().move(*item, paris(2026, 12, 10, 8, 0), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Denied);
    QCOMPARE(temp->articles().load(theirs->meta.id)->publishAt, paris(2026, 12, 9, 8, 0));
    // And by SQL too: row-level security hides the row from her update.
    int affected = -1;
    Test::sql(asAnn,
        QStringLiteral("UPDATE articles SET publish_at = now() WHERE id = %1").arg(theirs->meta.id),
        &affected);
    QVERIFY(affected <= 0);
    QCOMPARE(temp->articles().load(theirs->meta.id)->publishAt, paris(2026, 12, 9, 8, 0));
    // An editor may.
    auto eveStore = people.open(eve);
    RELAIS_VERIFY_OK(eveStore);
    RELAIS_VERIFY_OK((*eveStore)->calendar().move(*item, paris(2026, 12, 10, 8, 0), {}));
    QCOMPARE(temp->articles().load(theirs->meta.id)->publishAt, paris(2026, 12, 10, 8, 0));
}

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "test_calendarstore.moc"
