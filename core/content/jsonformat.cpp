// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/jsonformat.h"

#include "content/vocabulary.h"

#include <QJsonArray>

namespace Relais::JsonFormat {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonArray uuids(const QList<QUuid> &list)
{
    QJsonArray array;
    for (const QUuid &u : list)
        array.append(u.toString(QUuid::WithoutBraces));
    return array;
}

void addMeta(QJsonObject &o, const EntityMeta &meta)
{
    o.insert(QStringLiteral("id"), meta.uuid.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("revision"), meta.revision);
    o.insert(QStringLiteral("created_at"), time(meta.createdAt));
    o.insert(QStringLiteral("updated_at"), time(meta.updatedAt));
    if (meta.isTrashed())
        o.insert(QStringLiteral("deleted_at"), time(meta.deletedAt));
}

} // namespace

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject toJson(const Article &a)
{
    QJsonObject o;
    addMeta(o, a.meta);
    o.insert(QStringLiteral("kind"), Vocabulary::toString(a.kind));
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("slug"), a.slug);
    o.insert(QStringLiteral("summary"), a.summary);
    o.insert(QStringLiteral("body"), a.body);
    o.insert(QStringLiteral("sections"), QJsonArray::fromStringList(a.sections));
    o.insert(QStringLiteral("status"), Vocabulary::toString(a.status));
    o.insert(QStringLiteral("publish_at"), time(a.publishAt));
    o.insert(QStringLiteral("contacts"), uuids(a.contacts));
    o.insert(QStringLiteral("allow_raw_html"), a.allowRawHtml);
    o.insert(QStringLiteral("language"), a.language);
    o.insert(QStringLiteral("featured_image"), a.featuredImage);
    return o;
}

QJsonObject toJson(const AgendaEntry &e)
{
    QJsonObject o;
    addMeta(o, e.meta);
    o.insert(QStringLiteral("title"), e.title);
    o.insert(QStringLiteral("slug"), e.slug);
    o.insert(QStringLiteral("start"), time(e.start));
    o.insert(QStringLiteral("end"), time(e.end));
    o.insert(QStringLiteral("all_day"), e.allDay);
    o.insert(QStringLiteral("time_zone"), e.timeZone);
    o.insert(QStringLiteral("location_name"), e.locationName);
    o.insert(QStringLiteral("address"), e.address);
    o.insert(QStringLiteral("online_url"), e.onlineUrl);
    o.insert(QStringLiteral("description"), e.description);
    o.insert(QStringLiteral("sections"), QJsonArray::fromStringList(e.sections));
    o.insert(QStringLiteral("status"), Vocabulary::toString(e.status));
    o.insert(QStringLiteral("state"), Vocabulary::toString(e.state));
    o.insert(QStringLiteral("publish_at"), time(e.publishAt));
    o.insert(QStringLiteral("contacts"), uuids(e.contacts));
    return o;
}

QJsonObject toJson(const Contact &c)
{
    QJsonObject o;
    addMeta(o, c.meta);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("organization"), c.organization);
    o.insert(QStringLiteral("role"), c.role);
    o.insert(QStringLiteral("emails"), QJsonArray::fromStringList(c.emails));
    o.insert(QStringLiteral("phones"), QJsonArray::fromStringList(c.phones));
    o.insert(QStringLiteral("address"), c.address);
    o.insert(QStringLiteral("website"), c.website);
    o.insert(QStringLiteral("notes"), c.notes);
    return o;
}

} // namespace Relais::JsonFormat
