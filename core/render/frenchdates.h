// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace Relais::FrenchDates {

// "mercredi 22 novembre 2017", "vendredi 1er décembre 2017". Content of the French site,
// so independent of the interface language.
QString longDate(const QDate &date);
// "11 h 30", "9 h".
QString time(const QTime &time);
// "mercredi 22 novembre 2017 à 11 h 30"
QString longDateTime(const QDateTime &local);
// "novembre 2017", for month headings.
QString monthYear(const QDate &date);
// When an event takes place, in the site's words: "mercredi 22 novembre 2017 de 11 h 30 à 13 h",
// "du … au …", a day alone when all-day. Local times; end may be invalid.
QString eventSpan(const QDateTime &start, const QDateTime &end, bool allDay);
// The badge of an agenda entry: "NOV." over "18".
QString badgeMonth(const QDate &date);

} // namespace Relais::FrenchDates
