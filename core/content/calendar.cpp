// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/calendar.h"

#include <algorithm>

namespace Relais {

bool CalendarFilter::accepts(const CalendarItem &item) const
{
    if (!section.isEmpty() && !item.sections.contains(section))
        return false;
    if (!kind.isEmpty() && item.kind != kind)
        return false;
    if (!state.isEmpty() && Workflow::toString(item.state) != state)
        return false;
    return person.isEmpty() || item.writer == person || item.assignedTo == person;
}

namespace Calendar {

QDateTime at(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    if (!day.isValid() || !time.isValid())
        return {};
    if (!zone.isValid())
        return QDateTime(day, time, Qt::UTC);
    // The wall-clock time read as if it were UTC, then each offset the zone has around it
    // tried: an offset fits when the zone really has it at the instant it gives. Qt's own
    // choice for skipped and doubled times changed between versions; this one is ours.
    const QDateTime wall(day, time, Qt::UTC);
    const int before = zone.offsetFromUtc(wall.addSecs(-26LL * 3600));
    const int after = zone.offsetFromUtc(wall.addSecs(26LL * 3600));
    QList<QDateTime> fits;
    for (int offset : { before, after }) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            fits.append(candidate);
    }
    if (!fits.isEmpty())
        return *std::min_element(fits.cbegin(), fits.cend()); // the first of a doubled time
    // Skipped by the change to summer time: read with the offset before it, the clock an hour on.
    return wall.addSecs(-before);
}

QDateTime onDay(const QDateTime &utc, const QDate &day, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
    return at(day, local.time(), zone);
}

QTimeZone zoneOf(const CalendarItem &item, const QTimeZone &site)
{
    if (!item.timeZone.isEmpty()) {
        const QTimeZone own(item.timeZone.toUtf8());
        if (own.isValid())
            return own;
    }
    return site;
}

namespace {

QDate localDate(const QDateTime &utc, const QTimeZone &zone)
{
    return (zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC()).date();
}

} // namespace

// An all-day event is on its own days, whatever the zone it is shown in.
QDate firstDay(const CalendarItem &item, const QTimeZone &shown)
{
    const QTimeZone zone = item.allDay ? zoneOf(item, shown) : shown;
    return item.start.isValid() ? localDate(item.start, zone) : QDate();
}

QDate lastDay(const CalendarItem &item, const QTimeZone &shown)
{
    const QTimeZone zone = item.allDay ? zoneOf(item, shown) : shown;
    const QDate first = firstDay(item, shown);
    if (!first.isValid() || !item.end.isValid() || item.end <= item.start)
        return first;
    const QDateTime end = zone.isValid() ? item.end.toTimeZone(zone) : item.end.toUTC();
    QDate last = end.date();
    // A timed event that ends at midnight is over before that day begins.
    if (!item.allDay && end.time() == QTime(0, 0))
        last = last.addDays(-1);
    return std::max(first, last);
}

bool covers(const CalendarItem &item, const QDate &day, const QTimeZone &zone)
{
    const QDate first = firstDay(item, zone);
    return first.isValid() && day >= first && day <= lastDay(item, zone);
}

Move byDays(const CalendarItem &item, int days, const QTimeZone &site)
{
    const QTimeZone zone = zoneOf(item, site);
    Move move;
    if (item.start.isValid())
        move.start = onDay(item.start, localDate(item.start, zone).addDays(days), zone);
    if (item.end.isValid())
        move.end = onDay(item.end, localDate(item.end, zone).addDays(days), zone);
    return move;
}

Move toDay(const CalendarItem &item, const QDate &day, const QTimeZone &site)
{
    if (!item.start.isValid())
        return {};
    const QTimeZone zone = zoneOf(item, site);
    return byDays(item, int(localDate(item.start, zone).daysTo(day)), site);
}

Move toTime(const CalendarItem &item, const QDate &day, const QTime &time, const QTimeZone &site)
{
    const QTimeZone zone = zoneOf(item, site);
    Move move;
    move.start = at(day, time, zone);
    if (item.end.isValid() && item.start.isValid())
        move.end = move.start.addSecs(item.start.secsTo(item.end));
    return move;
}

QDate weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate monthGridStart(const QDate &month)
{
    return weekStart(QDate(month.year(), month.month(), 1));
}

} // namespace Calendar

} // namespace Relais
