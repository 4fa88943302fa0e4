// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/presencerepository.h"

#include "storage/database.h"

namespace Relais {

Result<void> PresenceRepository::beat(const QString &table, qint64 itemId)
{
    if (m_db.isReadOnly())
        return {};
    const QDateTime now = m_db.now();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO presence (session, user_name, item_table, item_id, seen_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session) DO UPDATE SET "
                       "user_name = excluded.user_name, item_table = excluded.item_table, "
                       "item_id = excluded.item_id, seen_at = excluded.seen_at"),
        { m_db.sessionId(), m_db.userName(), table, itemId, Database::toSql(now) });
    if (!r)
        return r.error();
    // Windows that ended without saying so (a crash, a cut cable) are forgotten after a day.
    auto old = m_db.exec(QStringLiteral("DELETE FROM presence WHERE seen_at < ?"),
        { Database::toSql(now.addDays(-1)) });
    if (!old)
        return old.error();
    return {};
}

Result<void> PresenceRepository::leave()
{
    if (m_db.isReadOnly())
        return {};
    auto r
        = m_db.exec(QStringLiteral("DELETE FROM presence WHERE session = ?"), { m_db.sessionId() });
    if (!r)
        return r.error();
    return {};
}

Result<QStringList> PresenceRepository::othersEditing(const QString &table, qint64 itemId) const
{
    auto all = othersEditingAll(); // a handful of rows: one way to read them
    if (!all)
        return all.error();
    return all->value(table).value(itemId);
}

Result<PresenceRepository::Editing> PresenceRepository::othersEditingAll() const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT DISTINCT item_table, item_id, user_name FROM presence WHERE "
                       "item_table <> '' AND session <> ? AND seen_at >= ? "
                       "ORDER BY item_table, item_id, user_name"),
        { m_db.sessionId(), Database::toSql(m_db.now().addSecs(-GoneAfterSeconds)) });
    if (!query)
        return query.error();
    Editing found;
    while (query->next())
        found[query->value(0).toString()][query->value(1).toLongLong()].append(
            query->value(2).toString());
    return found;
}

} // namespace Relais
