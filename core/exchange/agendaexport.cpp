// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/agendaexport.h"

#include "content/vocabulary.h"
#include "render/frenchdates.h"
#include "render/markdown.h"
#include "render/sitebuilder.h"
#include "savefile.h"
#include "storage/store.h"

#include <libical/ical.h>

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

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QDateTime endOf(const AgendaEntry &e)
{
    return e.end.isValid() ? e.end : e.start;
}

// A local wall-clock time of the zone, as libical wants it for a TZID'd property.
icaltimetype localTime(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

icaltimetype utcTime(const QDateTime &time)
{
    icaltimetype t = localTime(time.toUTC());
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

icaltimetype dateOnly(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

// VTIMEZONE of the zone from Qt's time zone data: one observance a transition over the span
// of the entries (with a year of margin), each DTSTART in the offset before it.
icalcomponent *timeZoneComponent(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    icalcomponent *vtz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(vtz, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime start = from.addYears(-1);
    const QDateTime end = to.addYears(1);
    const auto before = zone.previousTransition(start);
    QTimeZone::OffsetDataList transitions = zone.transitions(start, end);
    auto add = [vtz](const QTimeZone::OffsetData &t, int offsetFrom) {
        const bool daylight = t.daylightTimeOffset != 0;
        icalcomponent *c
            = icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
        icalcomponent_add_property(c, icalproperty_new_tzname(utf8(t.abbreviation).constData()));
        icalproperty *fromProperty = icalproperty_new_tzoffsetfrom(offsetFrom);
        icalcomponent_add_property(c, fromProperty);
        icalcomponent_add_property(c, icalproperty_new_tzoffsetto(t.offsetFromUtc));
        const QDateTime local = t.atUtc.toOffsetFromUtc(offsetFrom);
        icalcomponent_add_property(
            c, icalproperty_new_dtstart(localTime(QDateTime(local.date(), local.time()))));
        icalcomponent_add_component(vtz, c);
    };
    if (transitions.isEmpty() || !before.atUtc.isValid()) {
        // A zone without changes in the span (or before it): one observance from then on.
        QTimeZone::OffsetData now;
        now.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        now.offsetFromUtc = zone.offsetFromUtc(start);
        now.daylightTimeOffset = zone.daylightTimeOffset(start);
        now.abbreviation = zone.abbreviation(start);
        add(now, now.offsetFromUtc);
    } else {
        const auto earlier = zone.previousTransition(before.atUtc);
        add(before,
            earlier.atUtc.isValid() ? earlier.offsetFromUtc
                                    : before.offsetFromUtc - before.daylightTimeOffset);
    }
    int previous = before.atUtc.isValid() ? before.offsetFromUtc : zone.offsetFromUtc(start);
    for (const QTimeZone::OffsetData &t : std::as_const(transitions)) {
        add(t, previous);
        previous = t.offsetFromUtc;
    }
    return vtz;
}

void addText(icalcomponent *component, icalproperty *property)
{
    icalcomponent_add_property(component, property);
}

icalproperty *xProperty(const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(p, name);
    return p;
}

QString entryUrl(const AgendaEntry &e, const SiteSettings &site)
{
    QString base = site.baseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QString path = SiteBuilder::eventPath(e);
    path.chop(int(QStringLiteral("index.html").size()));
    return base + path;
}

QString locationOf(const AgendaEntry &e)
{
    QStringList parts;
    if (!e.locationName.trimmed().isEmpty())
        parts.append(e.locationName.trimmed());
    if (!e.address.trimmed().isEmpty())
        parts.append(e.address.trimmed());
    if (parts.isEmpty() && !e.onlineUrl.isEmpty())
        parts.append(e.onlineUrl);
    return parts.join(QStringLiteral(", "));
}

// Keeps only characters XML 1.0 and iCalendar can carry (no controls but tab and newline).
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\t' || c == u'\n' || c.unicode() >= 0x20)
            out += c;
        else if (c == u'\r')
            continue;
    }
    return out;
}

} // namespace

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

QByteArray foldLines(const QByteArray &unfolded)
{
    QByteArray out;
    out.reserve(unfolded.size() + unfolded.size() / 70 * 3);
    const QList<QByteArray> lines = unfolded.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        qsizetype pos = 0;
        int limit = 75; // the first line has 75 octets, the next ones a space and 74
        while (line.size() - pos > limit) {
            qsizetype cut = pos + limit;
            // Never inside a UTF-8 sequence: back up to the start of the character.
            while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
                --cut;
            out += line.mid(pos, cut - pos);
            out += "\r\n ";
            pos = cut;
            limit = 74;
        }
        out += line.mid(pos);
        out += "\r\n";
    }
    return out;
}

QByteArray toICalendar(
    const QList<AgendaEntry> &entries, const SiteSettings &site, const QDateTime &stamp)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    const QString domain = QUrl(site.baseUrl).host().isEmpty() ? QStringLiteral("relais.invalid")
                                                               : QUrl(site.baseUrl).host();
    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    addText(cal,
        icalproperty_new_prodid(utf8(
            QStringLiteral("-//Relais//Relais %1//FR").arg(QCoreApplication::applicationVersion()))
                                    .constData()));
    addText(cal, icalproperty_new_version("2.0"));
    addText(cal, icalproperty_new_calscale("GREGORIAN"));
    addText(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    addText(cal, xProperty("X-WR-CALNAME", clean(site.name)));
    addText(cal, xProperty("X-WR-TIMEZONE", site.timeZone));

    QDateTime first = entries.isEmpty() ? stamp : entries.first().start;
    QDateTime last = first;
    for (const AgendaEntry &e : entries) {
        first = std::min(first, e.start);
        last = std::max(last, endOf(e));
    }
    icalcomponent_add_component(cal, timeZoneComponent(zone, first, last));

    const QByteArray tzid = zone.id();
    for (const AgendaEntry &e : entries) {
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        addText(ev,
            icalproperty_new_uid(
                utf8(e.meta.uuid.toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain)
                    .constData()));
        addText(ev, icalproperty_new_dtstamp(utcTime(stamp)));
        if (e.allDay) {
            const QDate firstDay = e.start.toTimeZone(zone).date();
            const QDate lastDay = std::max(firstDay, endOf(e).toTimeZone(zone).date());
            addText(ev, icalproperty_new_dtstart(dateOnly(firstDay)));
            addText(ev, icalproperty_new_dtend(dateOnly(lastDay.addDays(1)))); // exclusive
        } else {
            icalproperty *start = icalproperty_new_dtstart(localTime(e.start.toTimeZone(zone)));
            icalproperty_add_parameter(start, icalparameter_new_tzid(tzid.constData()));
            addText(ev, start);
            const QDateTime end = e.end.isValid() && e.end > e.start ? e.end : e.start;
            icalproperty *endProperty = icalproperty_new_dtend(localTime(end.toTimeZone(zone)));
            icalproperty_add_parameter(endProperty, icalparameter_new_tzid(tzid.constData()));
            addText(ev, endProperty);
        }
        addText(ev, icalproperty_new_summary(utf8(clean(e.title)).constData()));
        const QString description = clean(Markdown::toPlainText(e.description)).trimmed();
        if (!description.isEmpty())
            addText(ev, icalproperty_new_description(utf8(description).constData()));
        if (const QString location = clean(locationOf(e)); !location.isEmpty())
            addText(ev, icalproperty_new_location(utf8(location).constData()));
        if (!e.slug.isEmpty())
            addText(ev, icalproperty_new_url(utf8(entryUrl(e, site)).constData()));
        for (const QString &section : e.sections) {
            const QString title = Vocabulary::sectionTitle(section);
            addText(ev,
                icalproperty_new_categories(utf8(title.isEmpty() ? section : title).constData()));
        }
        if (e.meta.updatedAt.isValid())
            addText(ev, icalproperty_new_lastmodified(utcTime(e.meta.updatedAt)));
        addText(ev, icalproperty_new_sequence(e.meta.revision));
        addText(ev,
            icalproperty_new_status(e.state == EventState::Cancelled ? ICAL_STATUS_CANCELLED
                    : e.state == EventState::Postponed               ? ICAL_STATUS_TENTATIVE
                                                                     : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(cal, ev);
    }
    // libical folds by characters; the text is unfolded here and folded again by octets.
    char *text = icalcomponent_as_ical_string_r(cal);
    QByteArray raw(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(cal);
    raw.replace("\r\n ", "").replace("\n ", "");
    return foldLines(raw);
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
    const QString safe = neutraliseFormula(cell);
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
                v = e.slug.isEmpty() ? QString() : entryUrl(e, site);
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
            const QString url = e.slug.isEmpty() ? base : entryUrl(e, site);
            const QString place = locationOf(e);
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
        format == u"ics" ? toICalendar(entries, site, QDateTime::currentDateTimeUtc())
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
        if (const QString place = locationOf(e); !place.isEmpty())
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
