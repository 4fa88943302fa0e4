// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

namespace Relais {

// What the editorial calendar and the planning board show of an article or agenda entry:
// an article at the time of its publication, an agenda entry over the days of its event.
struct CalendarItem
{
    QString type; // EntityType::Article or EntityType::Agenda
    qint64 id = 0;
    QUuid uuid;
    int revision = 0;
    QString kind; // news, testimonial, event
    QString title;
    WorkflowState state = WorkflowState::Draft;
    QDateTime start; // UTC: an article's publication (invalid when it has none), an event's start
    QDateTime end; // UTC: an event's end, invalid without one (and for an article)
    bool allDay = false;
    QString timeZone; // an event's own zone; empty for an article (the site's)
    QStringList sections;
    QString writer; // login
    QString assignedTo;

    bool isEvent() const { return kind == u"event"; }
    bool isScheduled() const { return start.isValid(); }
};

// What the calendar's filters let through; empty strings mean "any".
struct CalendarFilter
{
    QString section; // a section slug
    QString kind; // news, testimonial, event
    QString state; // a WorkflowState as Workflow::toString() writes it
    QString person; // a login: the writer or the person it is assigned to

    bool accepts(const CalendarItem &item) const;
    bool isEmpty() const
    {
        return section.isEmpty() && kind.isEmpty() && state.isEmpty() && person.isEmpty();
    }
    bool operator==(const CalendarFilter &) const = default;
};

// The calendar's arithmetic of days, in the site's time zone: which days an item covers, and
// where a move takes it. Moves keep the time of day as a clock on the wall of that zone shows
// it, on either side of a change to or from summer time; a time that the change skips (02:30 on
// the last Sunday of March in Paris) becomes the same time an hour later by the clock (03:30),
// and a time that happens twice (02:30 on the last Sunday of October) is the first of the two.
namespace Calendar {

// The wall-clock time of day in zone at which utc falls on day: "the same time, another day".
QDateTime onDay(const QDateTime &utc, const QDate &day, const QTimeZone &zone);
// day at time in zone, in UTC (the rule above for times that do not happen or happen twice).
QDateTime at(const QDate &day, const QTime &time, const QTimeZone &zone);
// The wall clock of a zone over a stretch of time, from the zone's transitions read once:
// thousands of conversions cost less than QDateTime::toTimeZone() for each. Outside the
// stretch (or without one) it asks the zone.
class WallClock
{
public:
    explicit WallClock(const QTimeZone &zone, const QDateTime &from = {}, const QDateTime &to = {});
    // The wall-clock date and time of utc, as a QDateTime in UTC holding them.
    QDateTime local(const QDateTime &utc) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    QDateTime m_from;
    QDateTime m_to;
    QList<std::pair<QDateTime, int>> m_offsets; // from when, which offset
};

// The zone an item's times are read in: an event's own, else the site's.
QTimeZone zoneOf(const CalendarItem &item, const QTimeZone &site);
// The first and last days (both included) the item covers in zone. An event that ends at
// midnight ends the day before; an all-day event covers the days of its start and end.
QDate firstDay(const CalendarItem &item, const QTimeZone &zone);
QDate lastDay(const CalendarItem &item, const QTimeZone &zone);
// Both at once, read on clock (the calendar's view: one clock for a month of items).
struct Days
{
    QDate first;
    QDate last;
};
Days daysOf(const CalendarItem &item, const WallClock &clock);
// Whether the item shows on day in zone.
bool covers(const CalendarItem &item, const QDate &day, const QTimeZone &zone);

// Where an item goes when moved: the new start and end, in UTC.
struct Move
{
    QDateTime start;
    QDateTime end;
};
// Moved by days, each time keeping its wall-clock time in the item's own zone (an event
// keeps its length in days and its hours; an all-day event stays at midnight).
Move byDays(const CalendarItem &item, int days, const QTimeZone &site);
// Moved to day, first day of an event on day.
Move toDay(const CalendarItem &item, const QDate &day, const QTimeZone &site);
// Moved to day at time (the week view): an event keeps its length in minutes.
Move toTime(const CalendarItem &item, const QDate &day, const QTime &time, const QTimeZone &site);

// The Monday of the week of day, and the first day of the six weeks a month view shows.
QDate weekStart(const QDate &day);
QDate monthGridStart(const QDate &month);

} // namespace Calendar

} // namespace Relais
