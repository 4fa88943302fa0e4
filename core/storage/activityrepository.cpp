// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/activityrepository.h"

#include "storage/database.h"
#include "storage/peoplerepository.h"

#include <QSqlQuery>

namespace Relais {

namespace {

constexpr int ActivityVersion = 12;
constexpr int EditsFoldedSeconds = 600;

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

const QString entryColumns = QStringLiteral("a.id, a.at, a.actor, a.action, a.item_type, "
                                            "a.item_uuid, a.title, a.detail");

ActivityEntry entryFrom(const QSqlQuery &q, int first = 0)
{
    ActivityEntry e;
    e.id = q.value(first).toLongLong();
    e.at = Database::fromSql(q.value(first + 1));
    e.actor = q.value(first + 2).toString();
    e.action = q.value(first + 3).toString();
    e.itemType = q.value(first + 4).toString();
    e.itemUuid = QUuid::fromString(q.value(first + 5).toString());
    e.title = q.value(first + 6).toString();
    e.detail = q.value(first + 7).toString();
    return e;
}

} // namespace

bool ActivityRepository::available() const
{
    return m_db.schemaVersion() >= ActivityVersion;
}

Result<qint64> ActivityRepository::log(const QString &action, const QString &itemType,
    const QUuid &itemUuid, const QString &title, const QString &detail)
{
    if (!available())
        return 0;
    auto r = m_db.exec(QStringLiteral("INSERT INTO activity (at, actor, action, item_type, "
                                      "item_uuid, title, detail) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"),
        { Database::toSql(m_db.now()), m_db.userName(), action, itemType, uuidText(itemUuid),
            title.left(300), detail.left(2000) });
    if (!r)
        return r.error();
    return Database::returnedId(*r);
}

Result<void> ActivityRepository::logEdit(
    const QString &itemType, const QUuid &itemUuid, const QString &title, const QStringList &fields)
{
    if (!available())
        return {};
    auto recent = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM activity WHERE item_uuid = ? AND actor = ? AND "
                       "action IN ('edited', 'created') AND at > ?"),
        { uuidText(itemUuid), m_db.userName(),
            Database::toSql(m_db.now().addSecs(-EditsFoldedSeconds)) });
    if (!recent)
        return recent.error();
    if (recent->toInt() > 0)
        return {};
    auto id = log(QStringLiteral("edited"), itemType, itemUuid, title, fields.join(u", "));
    if (!id)
        return id.error();
    return {};
}

Result<void> ActivityRepository::notify(
    qint64 activityId, const QString &kind, const QStringList &recipients)
{
    if (!available() || activityId <= 0)
        return {};
    QStringList done;
    for (const QString &recipient : recipients) {
        if (recipient.isEmpty() || recipient == m_db.userName() || done.contains(recipient))
            continue;
        done.append(recipient);
        // No RETURNING: the row is the recipient's, and this person may not read it.
        auto r = m_db.exec(QStringLiteral("INSERT INTO notifications (recipient, activity_id, "
                                          "kind) VALUES (?, ?, ?)"),
            { recipient, activityId, kind });
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<ActivityEntry>> ActivityRepository::entries(const Filter &filter) const
{
    QList<ActivityEntry> out;
    if (!available())
        return out;
    QString sql = QStringLiteral("SELECT %1 FROM activity a WHERE 1 = 1").arg(entryColumns);
    QVariantList values;
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values << Database::toSql(filter.since);
    }
    if (!filter.item.isNull()) {
        sql += QStringLiteral(" AND a.item_uuid = ?");
        values << uuidText(filter.item);
    }
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT %1").arg(qMax(1, filter.limit));
    auto rows = m_db.exec(sql, values);
    if (!rows)
        return rows.error();
    while (rows->next())
        out.append(entryFrom(*rows));
    return out;
}

Result<QList<Notification>> ActivityRepository::notifications(int limit) const
{
    QList<Notification> out;
    if (!available())
        return out;
    auto rows = m_db.exec(QStringLiteral("SELECT n.id, n.kind, n.read_at, %1 FROM notifications n "
                                         "JOIN activity a ON a.id = n.activity_id "
                                         "WHERE n.recipient = ? ORDER BY n.id DESC LIMIT %2")
                              .arg(entryColumns)
                              .arg(qMax(1, limit)),
        { m_db.userName() });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Notification n;
        n.id = rows->value(0).toLongLong();
        n.kind = rows->value(1).toString();
        n.read = !rows->value(2).isNull();
        n.activity = entryFrom(*rows, 3);
        out.append(n);
    }
    return out;
}

Result<int> ActivityRepository::unreadCount() const
{
    if (!available())
        return 0;
    auto count
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE recipient = ? "
                                     "AND read_at IS NULL"),
            { m_db.userName() });
    if (!count)
        return count.error();
    return count->toInt();
}

Result<void> ActivityRepository::markRead(const QList<qint64> &ids)
{
    if (!available())
        return {};
    QString sql = QStringLiteral(
        "UPDATE notifications SET read_at = ? WHERE recipient = ? AND read_at IS NULL");
    QVariantList values { Database::toSql(m_db.now()), m_db.userName() };
    if (!ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND id IN (%1)").arg(marks.join(u", "));
    }
    auto r = m_db.exec(sql, values);
    if (!r)
        return r.error();
    return {};
}

Result<QStringList> ActivityRepository::people(const QString &atLeast) const
{
    if (!m_db.isPostgres() || m_db.schemaVersion() < 11)
        return QStringList { m_db.userName() };
    auto rows = m_db.exec(QStringLiteral("SELECT login, role FROM relais_people() WHERE enabled"));
    if (!rows)
        return rows.error();
    const QStringList order = PeopleRepository::roles(); // lowest first
    QStringList logins;
    while (rows->next()) {
        if (order.indexOf(rows->value(1).toString()) >= order.indexOf(atLeast))
            logins.append(rows->value(0).toString());
    }
    return logins;
}

} // namespace Relais
