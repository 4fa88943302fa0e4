// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/agendaexport.h"

#include "content/vocabulary.h"
#include "render/frenchdates.h"
#include "render/icalendar.h"
#include "render/markdown.h"
#include "render/sitebuilder.h"
#include "savefile.h"
#include "storage/store.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Relais::AgendaExport {

Result<QList<AgendaEntry>> select(Store &store, const Filter &filter, const QString &timeZone)
{
    auto all = store.agenda().loadAll();
    if (!all)
        return all.error();
    const QTimeZone zone(timeZone.toUtf8());
    QList<AgendaEntry> picked;
    for (const AgendaEntry &e : std::as_const(*all)) {
        if (!e.start.isValid())
            continue;
        const QDate day = e.start.toTimeZone(zone).date();
        if (filter.from.isValid() && day < filter.from)
            continue;
        if (filter.to.isValid() && day > filter.to)
            continue;
        if (filter.publishedOnly && e.status != Status::Published && e.status != Status::Scheduled)
            continue;
        if (!filter.includeCancelled && e.state == EventState::Cancelled)
            continue;
        if (!filter.sections.isEmpty()) {
            bool any = false;
            for (const QString &s : e.sections)
                any = any || filter.sections.contains(s);
            if (!any)
                continue;
        }
        picked.append(e);
    }
    std::stable_sort(picked.begin(), picked.end(),
        [](const AgendaEntry &a, const AgendaEntry &b) { return a.start < b.start; });
    return picked;
}

Result<int> count(Store &store, const Filter &filter, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    QString sql
        = QStringLiteral("SELECT count(*) FROM agenda_entries e WHERE e.deleted_at IS NULL");
    QVariantList values;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND e.start_at >= ?");
        values.append(Database::toSql(QDateTime(filter.from, QTime(0, 0), zone)));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND e.start_at < ?");
        values.append(Database::toSql(QDateTime(filter.to.addDays(1), QTime(0, 0), zone)));
    }
    if (filter.publishedOnly)
        sql += QStringLiteral(" AND e.status IN ('published', 'scheduled')");
    if (!filter.includeCancelled)
        sql += QStringLiteral(" AND e.state <> 'cancelled'");
    if (!filter.sections.isEmpty()) {
        QStringList marks;
        for (const QString &section : filter.sections) {
            marks.append(QStringLiteral("?"));
            values.append(section);
        }
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM agenda_sections s WHERE s.entry_id = "
                              "e.id AND s.section IN (%1))")
                   .arg(marks.join(QLatin1Char(',')));
    }
    auto n = store.database().scalar(sql, values);
    if (!n)
        return n.error();
    return n->toInt();
}

QStringList csvColumns()
{
    return { QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("end"),
        QStringLiteral("all_day"), QStringLiteral("place"), QStringLiteral("address"),
        QStringLiteral("online"), QStringLiteral("sections"), QStringLiteral("state"),
        QStringLiteral("status"), QStringLiteral("url"), QStringLiteral("description") };
}

QString neutraliseFormula(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QString csvCell(const QString &cell, QChar separator)
{
    QString safe = neutraliseFormula(cell);
    if (safe.contains(separator) || safe.contains(u'"') || safe.contains(u'\n')
        || safe.contains(u'\r'))
        return QLatin1Char('"')
            + QString(safe).replace(QStringLiteral("\""), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return safe;
}

QByteArray toCsv(
    const QList<AgendaEntry> &entries, const SiteSettings &site, const CsvOptions &options)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    const QStringList columns = options.columns.isEmpty() ? csvColumns() : options.columns;
    const QChar separator = QLatin1Char(options.separator);
    auto quote = [&](const QString &cell) { return csvCell(cell, separator); };
    auto time = [&](const QDateTime &t, bool allDay) -> QString {
        if (!t.isValid())
            return {};
        const QDateTime local = t.toTimeZone(zone);
        if (options.frenchDates)
            return local.toString(
                allDay ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("dd/MM/yyyy HH:mm"));
        return allDay ? local.date().toString(Qt::ISODate) : local.toString(Qt::ISODate);
    };
    QByteArray out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    QStringList header;
    for (const QString &c : columns)
        header.append(quote(c));
    out += header.join(separator).toUtf8() + "\r\n";
    for (const AgendaEntry &e : entries) {
        QStringList cells;
        for (const QString &c : columns) {
            QString v;
            if (c == u"title")
                v = e.title;
            else if (c == u"start")
                v = time(e.start, e.allDay);
            else if (c == u"end")
                v = time(e.end, e.allDay);
            else if (c == u"all_day")
                v = e.allDay ? QStringLiteral("yes") : QStringLiteral("no");
            else if (c == u"place")
                v = e.locationName;
            else if (c == u"address")
                v = e.address;
            else if (c == u"online")
                v = e.onlineUrl;
            else if (c == u"sections")
                v = e.sections.join(QStringLiteral(", "));
            else if (c == u"state")
                v = Vocabulary::toString(e.state);
            else if (c == u"status")
                v = Vocabulary::toString(e.status);
            else if (c == u"url")
                v = e.slug.isEmpty() ? QString() : ICalendar::eventUrl(e, site);
            else if (c == u"description")
                v = Markdown::toPlainText(e.description).trimmed();
            cells.append(quote(v));
        }
        out += cells.join(separator).toUtf8() + "\r\n";
    }
    return out;
}

Newsletter newsletter(
    const QList<AgendaEntry> &events, const QList<Article> &articles, const SiteSettings &site)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    QString base = site.baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    const QString primary = esc(site.primaryColor);
    Newsletter n;
    QString &h = n.html;
    QString &t = n.text;
    h += QStringLiteral(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body style=\"margin:0;padding:0;background:#f4f4f4;\">"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#f4f4f4;\"><tr><td align=\"center\">"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"width:600px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#"
        "222222;\">"
        "<tr><td "
        "style=\"background:%2;color:#ffffff;padding:20px;font-size:22px;font-weight:bold;\">"
        "<a href=\"%3\" style=\"color:#ffffff;text-decoration:none;\">%1</a></td></tr>")
             .arg(esc(site.name), primary, esc(base));
    t += site.name + QStringLiteral("\n") + QString(site.name.size(), QLatin1Char('='))
        + QStringLiteral("\n") + base + QStringLiteral("\n\n");
    auto section = [&](const QString &title) {
        h += QStringLiteral("<tr><td style=\"padding:20px 20px 0 "
                            "20px;font-size:18px;font-weight:bold;color:%1;\">%2</td></tr>")
                 .arg(primary, esc(title));
        t += title.toUpper() + QStringLiteral("\n\n");
    };
    if (!events.isEmpty()) {
        section(QStringLiteral("Agenda"));
        for (const AgendaEntry &e : events) {
            const QDateTime start = e.start.toTimeZone(zone);
            const QString when
                = e.allDay ? FrenchDates::longDate(start.date()) : FrenchDates::longDateTime(start);
            const QString url = e.slug.isEmpty() ? base : ICalendar::eventUrl(e, site);
            const QString place = ICalendar::locationOf(e);
            h += QStringLiteral(
                "<tr><td style=\"padding:10px 20px;border-bottom:1px solid #eeeeee;\">"
                "<a href=\"%1\" style=\"color:#222222;font-size:16px;font-weight:bold;\">%2</a><br>"
                "<span style=\"color:%3;font-size:14px;\">%4</span>%5</td></tr>")
                     .arg(esc(url), esc(e.title), esc(site.accentColor), esc(when),
                         place.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><span style=\"font-size:14px;\">%1</span>")
                                   .arg(esc(place)));
            t += QStringLiteral("* %1\n  %2\n").arg(e.title, when);
            if (!place.isEmpty())
                t += QStringLiteral("  %1\n").arg(place);
            t += QStringLiteral("  %1\n\n").arg(url);
        }
    }
    if (!articles.isEmpty()) {
        section(QStringLiteral("Actualités"));
        for (const Article &a : articles) {
            QString path = SiteBuilder::articlePath(a);
            path.chop(int(QStringLiteral("index.html").size()));
            const QString url = base + path;
            const QString summary = a.summary.isEmpty()
                ? Markdown::toPlainText(a.body).simplified().left(240)
                : a.summary;
            h += QStringLiteral(
                "<tr><td style=\"padding:10px 20px;border-bottom:1px solid #eeeeee;\">"
                "<a href=\"%1\" style=\"color:#222222;font-size:16px;font-weight:bold;\">%2</a>"
                "<p style=\"margin:6px 0 0 0;font-size:14px;line-height:20px;\">%3</p></td></tr>")
                     .arg(esc(url), esc(a.title), esc(summary));
            t += QStringLiteral("* %1\n  %2\n  %3\n\n").arg(a.title, summary, url);
        }
    }
    h += QStringLiteral(
        "<tr><td style=\"padding:20px;font-size:12px;color:#666666;\">%1 · <a href=\"%2\" "
        "style=\"color:#666666;\">%2</a></td></tr></table></td></tr></table></body></html>")
             .arg(esc(site.name), esc(base));
    t += QStringLiteral("--\n%1\n%2\n").arg(site.name, base);
    return n;
}

QString title(const QDate &from, const QDate &to)
{
    return QStringLiteral("Agenda du %1 au %2")
        .arg(FrenchDates::longDate(from), FrenchDates::longDate(to));
}

Result<void> write(const QString &path, const QString &format, const QList<AgendaEntry> &entries,
    const SiteSettings &site, const CsvOptions &csv, const QString &title)
{
    if (format == u"pdf") {
        auto pages = toPdf(entries, site, path, title);
        if (!pages)
            return pages.error();
        return {};
    }
    return saveFile(path,
        format == u"ics" ? ICalendar::write(entries, site, QDateTime::currentDateTimeUtc())
                         : toCsv(entries, site, csv));
}

QString printableHtml(
    const QList<AgendaEntry> &entries, const SiteSettings &site, const QString &title)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    QString html = QStringLiteral(
        "<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;\">");
    html += QStringLiteral("<h1 style=\"font-size: 18pt;\">%1</h1>").arg(title.toHtmlEscaped());
    QString month;
    for (const AgendaEntry &e : entries) {
        const QDateTime start = e.start.toTimeZone(zone);
        const QString heading = FrenchDates::monthYear(start.date());
        if (heading != month) {
            month = heading;
            QString capital = heading;
            if (!capital.isEmpty())
                capital[0] = capital.at(0).toUpper();
            html += QStringLiteral(
                "<h2 style=\"font-size: 14pt; color: %1; margin-top: 14pt;\">%2</h2>")
                        .arg(site.primaryColor.toHtmlEscaped(), capital.toHtmlEscaped());
        }
        QString when
            = e.allDay ? FrenchDates::longDate(start.date()) : FrenchDates::longDateTime(start);
        if (e.end.isValid() && e.end.toTimeZone(zone).date() != start.date())
            when += QStringLiteral(" – ") + FrenchDates::longDate(e.end.toTimeZone(zone).date());
        else if (e.end.isValid() && !e.allDay && e.end > e.start)
            when += QStringLiteral(" – ") + FrenchDates::time(e.end.toTimeZone(zone).time());
        QString state;
        if (e.state == EventState::Cancelled)
            state = QStringLiteral(" <b>(annulé)</b>");
        else if (e.state == EventState::Postponed)
            state = QStringLiteral(" <b>(reporté)</b>");
        html += QStringLiteral(
            "<p style=\"margin-top: 14px; margin-bottom: 0px;\"><b>%1</b>%2<br/>%3")
                    .arg(e.title.toHtmlEscaped(), state, when.toHtmlEscaped());
        if (const QString place = ICalendar::locationOf(e); !place.isEmpty())
            html += QStringLiteral("<br/>%1").arg(place.toHtmlEscaped());
        html += QStringLiteral("</p>");
        QString text = Markdown::toPlainText(e.description).simplified();
        if (text.size() > 320)
            text = text.left(317).section(QLatin1Char(' '), 0, -2) + QStringLiteral("…");
        if (!text.isEmpty())
            html += QStringLiteral("<p style=\"margin-top: 2px; margin-bottom: 0px;\">%1</p>")
                        .arg(text.toHtmlEscaped());
        QStringList sections;
        for (const QString &s : e.sections)
            sections.append(
                Vocabulary::sectionTitle(s).isEmpty() ? s : Vocabulary::sectionTitle(s));
        if (!sections.isEmpty()) {
            html += QStringLiteral(
                "<p style=\"margin-top: 2px; margin-bottom: 0px; color: #555555;\"><i>%1</i></p>")
                        .arg(sections.join(QStringLiteral(" · ")).toHtmlEscaped());
        }
    }
    if (entries.isEmpty())
        html += QStringLiteral("<p>Aucun événement sur cette période.</p>");
    html += QStringLiteral("</body></html>");
    return html;
}

Result<int> toPdf(const QList<AgendaEntry> &entries, const SiteSettings &site, const QString &path,
    const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::failed(QCoreApplication::translate(
            "Relais::AgendaExport", "Making a PDF needs the graphical part of Qt."));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 20, 15, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Relais"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error::failed(
            QCoreApplication::translate("Relais::AgendaExport", "Cannot write the PDF “%1”.")
                .arg(path));
    }
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRect body(0, 0, page.width(), page.height());
    const int band = writer.resolution() / 4; // header and footer bands, a quarter inch
    const QRectF content(0, band, body.width(), body.height() - 2 * band);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setHtml(printableHtml(entries, site, title));
    doc.setPageSize(content.size());
    const int pages = qMax(1, doc.pageCount());
    QFont small = font;
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(
            QRect(0, 0, body.width(), band), Qt::AlignLeft | Qt::AlignVCenter, site.name);
        painter.drawText(QRect(0, body.height() - band, body.width(), band),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("Page %1 / %2").arg(i + 1).arg(pages));
        painter.save();
        painter.translate(content.left(), content.top() - i * content.height());
        doc.drawContents(
            &painter, QRectF(0, i * content.height(), content.width(), content.height()));
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace Relais::AgendaExport
