// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/icalendar.h"

#include "content/vocabulary.h"
#include "render/markdown.h"
#include "render/sitebuilder.h"

#include <libical/ical.h>

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Relais::ICalendar {

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

QString eventUrl(const AgendaEntry &e, const SiteSettings &site)
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

QByteArray write(
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
            addText(ev, icalproperty_new_url(utf8(eventUrl(e, site)).constData()));
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

} // namespace Relais::ICalendar
