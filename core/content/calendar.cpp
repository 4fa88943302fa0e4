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

WallClock::WallClock(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
    : m_zone(zone)
    , m_from(from)
    , m_to(to)
{
    if (!zone.isValid() || !from.isValid() || !to.isValid())
        return;
    m_offsets.append({ from, zone.offsetFromUtc(from) });
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to))
        m_offsets.append({ t.atUtc, t.offsetFromUtc });
}

QDateTime WallClock::local(const QDateTime &utc) const
{
    if (m_offsets.isEmpty() || utc < m_from || utc >= m_to) {
        const QDateTime slow = m_zone.isValid() ? utc.toTimeZone(m_zone) : utc.toUTC();
        return QDateTime(slow.date(), slow.time(), Qt::UTC);
    }
    int offset = m_offsets.first().second;
    for (const auto &[at, seconds] : m_offsets) {
        if (at > utc)
            break;
        offset = seconds;
    }
    return utc.toUTC().addSecs(offset);
}

namespace {

QDate localDate(const QDateTime &utc, const QTimeZone &zone)
{
    return (zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC()).date();
}

} // namespace

// An all-day event is on its own days, whatever the zone it is shown in. A timed event that
// ends at midnight is over before that day begins.
Days daysOf(const CalendarItem &item, const WallClock &clock)
{
    if (!item.start.isValid())
        return {};
    const bool ownZone = item.allDay && !item.timeZone.isEmpty()
        && item.timeZone != QString::fromUtf8(clock.zone().id());
    const WallClock own(ownZone ? zoneOf(item, clock.zone()) : QTimeZone());
    const WallClock &reader = ownZone ? own : clock;
    Days days;
    days.first = reader.local(item.start).date();
    days.last = days.first;
    if (item.end.isValid() && item.end > item.start) {
        const QDateTime end = reader.local(item.end);
        QDate last = end.date();
        if (!item.allDay && end.time() == QTime(0, 0))
            last = last.addDays(-1);
        days.last = std::max(days.first, last);
    }
    return days;
}

QDate firstDay(const CalendarItem &item, const QTimeZone &shown)
{
    return daysOf(item, WallClock(shown)).first;
}

QDate lastDay(const CalendarItem &item, const QTimeZone &shown)
{
    return daysOf(item, WallClock(shown)).last;
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
