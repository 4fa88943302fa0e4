// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/frenchdates.h"

namespace Relais::FrenchDates {

namespace {

const char *const weekdays[]
    = { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" };
const char *const months[] = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre" };
const char *const badges[] = { "JANV.", "FÉVR.", "MARS", "AVR.", "MAI", "JUIN", "JUIL.", "AOÛT",
    "SEPT.", "OCT.", "NOV.", "DÉC." };

} // namespace

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::fromUtf8(weekdays[date.dayOfWeek() - 1]), day,
            QString::fromUtf8(months[date.month() - 1]))
        .arg(date.year());
}

QString time(const QTime &t)
{
    if (!t.isValid())
        return {};
    // No-break spaces: "11 h 30" never breaks across lines.
    if (t.minute() == 0)
        return QStringLiteral("%1\u00A0h").arg(t.hour());
    return QStringLiteral("%1\u00A0h\u00A0%2")
        .arg(t.hour())
        .arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString longDateTime(const QDateTime &local)
{
    return QStringLiteral("%1 à %2").arg(longDate(local.date()), time(local.time()));
}

QString monthYear(const QDate &date)
{
    return QStringLiteral("%1 %2")
        .arg(QString::fromUtf8(months[date.month() - 1]))
        .arg(date.year());
}

QString badgeMonth(const QDate &date)
{
    return QString::fromUtf8(badges[date.month() - 1]);
}

QString eventSpan(const QDateTime &start, const QDateTime &end, bool allDay)
{
    if (allDay) {
        return end.isValid() && end.date() > start.date()
            ? QStringLiteral("du %1 au %2").arg(longDate(start.date()), longDate(end.date()))
            : longDate(start.date());
    }
    if (end.isValid() && end.date() == start.date() && end > start)
        return QStringLiteral("%1 de %2 à %3")
            .arg(longDate(start.date()), time(start.time()), time(end.time()));
    if (end.isValid() && end.date() > start.date())
        return QStringLiteral("du %1 au %2").arg(longDateTime(start), longDateTime(end));
    return longDateTime(start);
}

} // namespace Relais::FrenchDates
