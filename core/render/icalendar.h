// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/sitesettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The agenda in iCalendar (RFC 5545, written with libical): the site's agenda.ics, and what
// exchange/AgendaExport sends to calendar applications.
namespace Relais::ICalendar {

// VCALENDAR with PRODID, VERSION, CALSCALE, X-WR-CALNAME, X-WR-TIMEZONE, a VTIMEZONE of the
// site's zone covering the entries, one VEVENT each (stable UID, DTSTAMP, DTSTART/DTEND with
// TZID or VALUE=DATE, SUMMARY, DESCRIPTION as plain text, LOCATION, URL, CATEGORIES,
// LAST-MODIFIED, SEQUENCE, STATUS). Lines end in CRLF and fold at 75 octets without
// splitting a UTF-8 character.
QByteArray write(
    const QList<AgendaEntry> &entries, const SiteSettings &site, const QDateTime &stamp);

// Folds content lines at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1).
QByteArray foldLines(const QByteArray &unfolded);

// The address of an entry's page on the published site.
QString eventUrl(const AgendaEntry &entry, const SiteSettings &site);
// Where it takes place, in one line: place, address, or its online address.
QString locationOf(const AgendaEntry &entry);

} // namespace Relais::ICalendar
