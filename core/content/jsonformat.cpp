// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/jsonformat.h"

#include "content/vocabulary.h"

#include <QCoreApplication>
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

namespace {

// Reads one object's fields, remembering the first that has the wrong type.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    { }

    void text(const char *name, QString &out)
    {
        const QJsonValue v = given(name);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return wrong(name);
        out = v.toString();
    }
    void flag(const char *name, bool &out)
    {
        const QJsonValue v = given(name);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return wrong(name);
        out = v.toBool();
    }
    void texts(const char *name, QStringList &out)
    {
        const QJsonValue v = given(name);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return wrong(name);
        out.clear();
        for (const auto &part : v.toArray()) {
            if (!part.isString())
                return wrong(name);
            out.append(part.toString());
        }
    }
    void time(const char *name, QDateTime &out)
    {
        const QJsonValue v = given(name);
        if (v.isUndefined()) {
            out = {};
            return;
        }
        const QDateTime t
            = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
        if (!t.isValid())
            return wrong(name);
        out = t.toUTC();
    }
    void uuid(const char *name, QUuid &out)
    {
        QString s;
        text(name, s);
        if (s.isEmpty())
            return;
        const QUuid u = QUuid::fromString(s);
        if (u.isNull() && s != QUuid().toString(QUuid::WithoutBraces))
            return wrong(name);
        out = u;
    }
    void uuids(const char *name, QList<QUuid> &out)
    {
        QStringList list;
        texts(name, list);
        if (!m_object.contains(QLatin1String(name)))
            return;
        out.clear();
        for (const QString &s : std::as_const(list)) {
            const QUuid u = QUuid::fromString(s);
            if (u.isNull())
                return wrong(name);
            out.append(u);
        }
    }
    template<typename E>
    void choice(const char *name, E &out, std::optional<E> (*parse)(QAnyStringView))
    {
        QString s;
        text(name, s);
        if (s.isEmpty())
            return;
        const auto value = parse(s);
        if (!value)
            return wrong(name);
        out = *value;
    }

    Result<void> result() const
    {
        if (m_wrong.isEmpty())
            return {};
        return Error::invalid(
            QCoreApplication::translate("Relais::JsonFormat", "The field “%1” has a wrong value.")
                .arg(m_wrong));
    }

private:
    // The field's value; undefined when it is missing or null (the default stays).
    QJsonValue given(const char *name) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    }
    void wrong(const char *name)
    {
        if (m_wrong.isEmpty())
            m_wrong = QLatin1String(name);
    }

    const QJsonObject &m_object;
    QString m_wrong;
};

} // namespace

Result<void> fromJson(const QJsonObject &o, Article &a)
{
    Reader r(o);
    r.uuid("id", a.meta.uuid);
    r.choice("kind", a.kind, &Vocabulary::articleKindFromString);
    r.text("title", a.title);
    r.text("slug", a.slug);
    r.text("summary", a.summary);
    r.text("body", a.body);
    r.texts("sections", a.sections);
    r.choice("status", a.status, &Vocabulary::statusFromString);
    r.time("publish_at", a.publishAt);
    r.uuids("contacts", a.contacts);
    r.flag("allow_raw_html", a.allowRawHtml);
    r.text("language", a.language);
    r.text("featured_image", a.featuredImage);
    return r.result();
}

Result<void> fromJson(const QJsonObject &o, AgendaEntry &e)
{
    Reader r(o);
    r.uuid("id", e.meta.uuid);
    r.text("title", e.title);
    r.text("slug", e.slug);
    r.time("start", e.start);
    r.time("end", e.end);
    r.flag("all_day", e.allDay);
    r.text("time_zone", e.timeZone);
    r.text("location_name", e.locationName);
    r.text("address", e.address);
    r.text("online_url", e.onlineUrl);
    r.text("description", e.description);
    r.texts("sections", e.sections);
    r.choice("status", e.status, &Vocabulary::statusFromString);
    r.choice("state", e.state, &Vocabulary::eventStateFromString);
    r.time("publish_at", e.publishAt);
    r.uuids("contacts", e.contacts);
    return r.result();
}

Result<void> fromJson(const QJsonObject &o, Contact &c)
{
    Reader r(o);
    r.uuid("id", c.meta.uuid);
    r.text("name", c.name);
    r.text("organization", c.organization);
    r.text("role", c.role);
    r.texts("emails", c.emails);
    r.texts("phones", c.phones);
    r.text("address", c.address);
    r.text("website", c.website);
    r.text("notes", c.notes);
    return r.result();
}

} // namespace Relais::JsonFormat
