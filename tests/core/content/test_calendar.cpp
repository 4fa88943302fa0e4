// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial calendar's days and moves, across summer time (issue 20). The test runs with
// TZ=America/Montreal (tests/core/content/CMakeLists.txt): nothing may depend on the desktop's
// zone.
#include "content/calendar.h"

#include <QTest>

using namespace Relais;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void theDesktopIsNotInParis();
    void theSameTimeAnotherDay_data();
    void theSameTimeAnotherDay();
    void aSkippedTimeIsAnHourLaterAndADoubledOneTheFirst();
    void anEventCoversItsDays();
    void anEventMovedKeepsItsLengthAndHours();
    void anEventInItsOwnZoneMovesByItsClock();
    void theWeekViewSetsTheHour();
    void gridsStartOnMonday();
};

namespace {

const QTimeZone Paris("Europe/Paris");

QDateTime paris(int y, int m, int d, int h, int min)
{
    return Calendar::at(QDate(y, m, d), QTime(h, min), Paris);
}

CalendarItem article(const QDateTime &at)
{
    CalendarItem item;
    item.type = QStringLiteral("article");
    item.kind = QStringLiteral("news");
    item.start = at;
    return item;
}

} // namespace

void TestCalendar::theDesktopIsNotInParis()
{
    // The rest of this test means something only when the desktop's zone is another one.
    QVERIFY(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0)))
        != Paris.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0))));
}

void TestCalendar::theSameTimeAnotherDay_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("utc");
    // 2026: summer time from Sunday 29 March 02:00 (→ 03:00), until Sunday 25 October 03:00 (→
    // 02:00).
    QTest::newRow("00:30 onto the start of summer time")
        << QDate(2026, 3, 28) << QTime(0, 30) << QDate(2026, 3, 29) << "2026-03-28T23:30:00Z";
    QTest::newRow("23:59 onto the start of summer time")
        << QDate(2026, 3, 28) << QTime(23, 59) << QDate(2026, 3, 29) << "2026-03-29T21:59:00Z";
    QTest::newRow("23:59 over the start of summer time")
        << QDate(2026, 3, 28) << QTime(23, 59) << QDate(2026, 3, 30) << "2026-03-30T21:59:00Z";
    QTest::newRow("00:30 onto the end of summer time")
        << QDate(2026, 10, 24) << QTime(0, 30) << QDate(2026, 10, 25) << "2026-10-24T22:30:00Z";
    QTest::newRow("23:59 onto the end of summer time")
        << QDate(2026, 10, 24) << QTime(23, 59) << QDate(2026, 10, 25) << "2026-10-25T22:59:00Z";
    QTest::newRow("08:00 back into summer time")
        << QDate(2026, 11, 2) << QTime(8, 0) << QDate(2026, 10, 20) << "2026-10-20T06:00:00Z";
    QTest::newRow("02:30 back before the start of summer time")
        << QDate(2026, 3, 30) << QTime(2, 30) << QDate(2026, 3, 28) << "2026-03-28T01:30:00Z";
}

void TestCalendar::theSameTimeAnotherDay()
{
    QFETCH(QDate, from);
    QFETCH(QTime, time);
    QFETCH(QDate, to);
    QFETCH(QString, utc);
    const CalendarItem item = article(Calendar::at(from, time, Paris));
    const Calendar::Move move = Calendar::toDay(item, to, Paris);
    QCOMPARE(move.start.toUTC().toString(Qt::ISODate), utc);
    QVERIFY(!move.end.isValid());
    // And the clock of Paris shows the time it showed, when that time exists that day.
    if (!(to == QDate(2026, 3, 29) && time.hour() == 2)) {
        QCOMPARE(move.start.toTimeZone(Paris).time(), time);
        QCOMPARE(move.start.toTimeZone(Paris).date(), to);
    }
}

void TestCalendar::aSkippedTimeIsAnHourLaterAndADoubledOneTheFirst()
{
    // 02:30 does not happen on 29 March 2026 in Paris: the clock says 03:30 then.
    const Calendar::Move spring
        = Calendar::toDay(article(paris(2026, 3, 28, 2, 30)), QDate(2026, 3, 29), Paris);
    QCOMPARE(spring.start.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    QCOMPARE(spring.start.toTimeZone(Paris).time(), QTime(3, 30));
    // 02:30 happens twice on 25 October 2026: the first, still in summer time (00:30 UTC).
    const Calendar::Move autumn
        = Calendar::toDay(article(paris(2026, 10, 24, 2, 30)), QDate(2026, 10, 25), Paris);
    QCOMPARE(autumn.start.toUTC(), QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
    // Either way, moved back it is at 02:30 again.
    const CalendarItem moved = article(autumn.start);
    QCOMPARE(Calendar::toDay(moved, QDate(2026, 10, 26), Paris).start.toTimeZone(Paris).time(),
        QTime(2, 30));
    QCOMPARE(Calendar::byDays(article(spring.start), 1, Paris).start.toTimeZone(Paris).time(),
        QTime(3, 30)); // the clock showed 03:30: that is the time it keeps
}

void TestCalendar::anEventCoversItsDays()
{
    CalendarItem event;
    event.kind = QStringLiteral("event");
    event.timeZone = QStringLiteral("Europe/Paris");
    // From 30 November 18:00 to 2 December 00:00: the 30th and the 1st, not the 2nd.
    event.start = paris(2026, 11, 30, 18, 0);
    event.end = paris(2026, 12, 2, 0, 0);
    QCOMPARE(Calendar::firstDay(event, Paris), QDate(2026, 11, 30));
    QCOMPARE(Calendar::lastDay(event, Paris), QDate(2026, 12, 1));
    QVERIFY(Calendar::covers(event, QDate(2026, 12, 1), Paris));
    QVERIFY(!Calendar::covers(event, QDate(2026, 12, 2), Paris));
    QVERIFY(!Calendar::covers(event, QDate(2026, 11, 29), Paris));
    // All day from 30 November to 1 December: both days, whatever the zone it is shown in.
    event.allDay = true;
    event.start = paris(2026, 11, 30, 0, 0);
    event.end = paris(2026, 12, 1, 0, 0);
    const QTimeZone montreal("America/Montreal");
    QCOMPARE(Calendar::firstDay(event, montreal), QDate(2026, 11, 30));
    QCOMPARE(Calendar::lastDay(event, montreal), QDate(2026, 12, 1));
    // No end, or an end before the start: the day of the start only.
    event.end = QDateTime();
    QCOMPARE(Calendar::lastDay(event, Paris), QDate(2026, 11, 30));
    // An article without a date is on no day.
    QVERIFY(!Calendar::covers(article({}), QDate(2026, 11, 30), Paris));
}

void TestCalendar::anEventMovedKeepsItsLengthAndHours()
{
    CalendarItem event;
    event.kind = QStringLiteral("event");
    event.timeZone = QStringLiteral("Europe/Paris");
    // Friday 23 October 10:00 to Saturday 24 October 18:00, moved to Saturday 24: over the
    // end of summer time it still runs 10:00 to 18:00 the next day (one hour longer in UTC).
    event.start = paris(2026, 10, 23, 10, 0);
    event.end = paris(2026, 10, 24, 18, 0);
    const Calendar::Move move = Calendar::toDay(event, QDate(2026, 10, 24), Paris);
    QCOMPARE(move.start.toTimeZone(Paris), paris(2026, 10, 24, 10, 0).toTimeZone(Paris));
    QCOMPARE(move.end.toTimeZone(Paris), paris(2026, 10, 25, 18, 0).toTimeZone(Paris));
    QCOMPARE(move.start.secsTo(move.end), event.start.secsTo(event.end) + 3600);
    // All day, 31 January to 1 February, moved by a day: 1 to 2 February, still at midnight.
    event.allDay = true;
    event.start = paris(2026, 1, 31, 0, 0);
    event.end = paris(2026, 2, 1, 0, 0);
    const Calendar::Move allDay = Calendar::byDays(event, 1, Paris);
    QCOMPARE(allDay.start, paris(2026, 2, 1, 0, 0));
    QCOMPARE(allDay.end, paris(2026, 2, 2, 0, 0));
}

void TestCalendar::anEventInItsOwnZoneMovesByItsClock()
{
    // An event in Montréal at 19:00 its time, shown on a calendar of Paris, moved a day on:
    // 19:00 in Montréal again.
    const QTimeZone montreal("America/Montreal");
    CalendarItem event;
    event.kind = QStringLiteral("event");
    event.timeZone = QStringLiteral("America/Montreal");
    event.start = Calendar::at(QDate(2026, 11, 5), QTime(19, 0), montreal);
    const Calendar::Move move = Calendar::byDays(event, 1, Paris);
    QCOMPARE(move.start.toTimeZone(montreal).time(), QTime(19, 0));
    QCOMPARE(move.start.toTimeZone(montreal).date(), QDate(2026, 11, 6));
    // Its day on the calendar of Paris is the next one (01:00 there).
    QCOMPARE(Calendar::firstDay(event, Paris), QDate(2026, 11, 6));
}

void TestCalendar::theWeekViewSetsTheHour()
{
    CalendarItem event;
    event.kind = QStringLiteral("event");
    event.start = paris(2026, 12, 8, 9, 0);
    event.end = paris(2026, 12, 8, 11, 30);
    const Calendar::Move move = Calendar::toTime(event, QDate(2026, 12, 10), QTime(14, 0), Paris);
    QCOMPARE(move.start, paris(2026, 12, 10, 14, 0));
    QCOMPARE(move.end, paris(2026, 12, 10, 16, 30));
    QVERIFY(!Calendar::toTime(article(event.start), QDate(2026, 12, 9), QTime(7, 0), Paris)
                 .end.isValid());
}

void TestCalendar::gridsStartOnMonday()
{
    QCOMPARE(Calendar::weekStart(QDate(2026, 12, 6)), QDate(2026, 11, 30)); // a Sunday
    QCOMPARE(Calendar::weekStart(QDate(2026, 12, 7)), QDate(2026, 12, 7));
    QCOMPARE(Calendar::monthGridStart(QDate(2026, 2, 14)), QDate(2026, 1, 26));
    QCOMPARE(Calendar::monthGridStart(QDate(2027, 2, 20)), QDate(2027, 2, 1));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
