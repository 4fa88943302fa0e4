// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/sitesettings.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Relais {

class Store;

// The agenda as administrators send it elsewhere: iCalendar (RFC 5545, written with libical)
// for calendar applications and the site's agenda.ics, and CSV (RFC 4180) for spreadsheets.
namespace AgendaExport {

struct Filter
{
    QDate from; // first day (site's time zone); invalid: no bound
    QDate to; // last day, included; invalid: no bound
    QStringList sections; // any of them; empty: all
    bool publishedOnly = true;
    bool includeCancelled = false;
};

// The entries (not in the trash) that start within the range, by start.
Result<QList<AgendaEntry>> select(Store &store, const Filter &filter, const QString &timeZone);
// How many select() would give, counted in SQL without loading them (the dialog's count).
Result<int> count(Store &store, const Filter &filter, const QString &timeZone);

struct CsvOptions
{
    char separator = ','; // ';' for French spreadsheet software
    bool byteOrderMark = false;
    bool frenchDates = false; // "22/11/2017 11:30" instead of ISO 8601
    QStringList columns; // empty: all, in the default order
};
QStringList csvColumns();
// RFC 4180, UTF-8, CRLF; cells a spreadsheet would run as a formula are neutralised.
QByteArray toCsv(
    const QList<AgendaEntry> &entries, const SiteSettings &site, const CsvOptions &options);
// "=1+1" → "'=1+1" (also +, -, @, tab, carriage return at the start).
QString neutraliseFormula(const QString &cell);
// One CSV cell: neutralised, and quoted when it holds the separator, a quote or a line break.
QString csvCell(const QString &cell, QChar separator);

// A printable A4 agenda: grouped by month, French long dates, time, place, short description
// and sections; the portal's name in the header and page numbers in the footer. Needs a
// QGuiApplication (fonts). Returns the number of pages.
Result<int> toPdf(const QList<AgendaEntry> &entries, const SiteSettings &site, const QString &path,
    const QString &title);
// The same document as HTML (what the PDF lays out; also "Print…" in the window).
QString printableHtml(
    const QList<AgendaEntry> &entries, const SiteSettings &site, const QString &title);

// "Agenda du dimanche 1er novembre 2026 au lundi 1er mars 2027", the title of a printed agenda.
QString title(const QDate &from, const QDate &to);
// Writes the entries as ics, csv or pdf (whole, atomically for ics and csv).
Result<void> write(const QString &path, const QString &format, const QList<AgendaEntry> &entries,
    const SiteSettings &site, const CsvOptions &csv, const QString &title);

// E-mail-ready newsletter of the coming events and the latest articles: table layout, inline
// CSS, absolute links, and a plain-text alternative, for pasting into any mailing tool.
struct Newsletter
{
    QString html;
    QString text;
};
Newsletter newsletter(
    const QList<AgendaEntry> &events, const QList<Article> &articles, const SiteSettings &site);

} // namespace AgendaExport

} // namespace Relais
