// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/trashrepository.h"

#include <QHash>

namespace Relais {

TrashRepository::TrashRepository(QList<EntityRepository *> repositories)
    : m_repositories(std::move(repositories))
{ }

QList<ListColumn> TrashRepository::columns()
{
    return {
        { QStringLiteral("title"), QStringLiteral("title"), ColumnFormat::Text },
        { QStringLiteral("type"), QStringLiteral("type"), ColumnFormat::EntityType },
        { QStringLiteral("deleted_at"), QStringLiteral("deleted_at"), ColumnFormat::DateTime },
    };
}

QString TrashRepository::unionSql(const ListQuery &query, QVariantList &values) const
{
    QStringList parts;
    for (const EntityRepository *repo : m_repositories) {
        const TableSpec &spec = repo->spec();
        QString part
            = QStringLiteral("SELECT t.id AS id, t.uuid AS uuid, %1 AS title, '%2' AS type, "
                             "t.deleted_at AS deleted_at FROM %3 t WHERE t.deleted_at IS NOT NULL")
                  .arg(spec.titleSql, spec.type, spec.table);
        part += EntityRepository::searchCondition(
            repo->database(), spec, QStringLiteral("t"), query.search, values);
        parts.append(part);
    }
    return parts.join(QStringLiteral(" UNION ALL "));
}

Result<QList<ListRow>> TrashRepository::page(const ListQuery &query, int offset, int limit) const
{
    if (m_repositories.isEmpty())
        return QList<ListRow>();
    QString orderBy = QStringLiteral("deleted_at");
    for (const ListColumn &c : columns()) {
        if (c.key == query.sortKey)
            orderBy = c.sql;
    }
    const QString direction
        = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QVariantList values;
    const QString sql = QStringLiteral(
        "SELECT id, uuid, title, type, deleted_at FROM (%1) AS trash ORDER BY %2 %3, id %3 "
        "LIMIT ? OFFSET ?")
                            .arg(unionSql(query, values), orderBy, direction);
    values << limit << offset;
    auto q = m_repositories.first()->database().exec(sql, values);
    if (!q)
        return q.error();
    QList<ListRow> rows;
    while (q->next()) {
        ListRow row;
        row.id = q->value(0).toLongLong();
        row.uuid = QUuid::fromString(q->value(1).toString());
        row.type = q->value(3).toString();
        row.values = { q->value(2), q->value(3), q->value(4) };
        rows.append(std::move(row));
    }
    return rows;
}

Result<int> TrashRepository::count(const ListQuery &query) const
{
    if (m_repositories.isEmpty())
        return 0;
    QVariantList values;
    auto n = m_repositories.first()->database().scalar(
        QStringLiteral("SELECT count(*) FROM (%1) AS trash").arg(unionSql(query, values)), values);
    if (!n)
        return n.error();
    return n->toInt();
}

EntityRepository *TrashRepository::repositoryOf(const QString &type) const
{
    for (EntityRepository *repo : m_repositories) {
        if (repo->spec().type == type)
            return repo;
    }
    return nullptr;
}

Result<void> TrashRepository::forEachType(
    const QList<ListRow> &rows, Result<void> (EntityRepository::*action)(const QList<qint64> &))
{
    QHash<QString, QList<qint64>> byType;
    for (const ListRow &row : rows)
        byType[row.type].append(row.id);
    if (m_repositories.isEmpty())
        return {};
    Transaction transaction(m_repositories.first()->database());
    if (!transaction.isActive())
        return transaction.error();
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        if (EntityRepository *repo = repositoryOf(it.key())) {
            if (auto r = (repo->*action)(it.value()); !r)
                return r;
        }
    }
    return transaction.commit();
}

Result<void> TrashRepository::moveToTrash(const QList<ListRow> &rows)
{
    return forEachType(rows, &EntityRepository::moveToTrash);
}

Result<void> TrashRepository::restore(const QList<ListRow> &rows)
{
    return forEachType(rows, &EntityRepository::restore);
}

Result<void> TrashRepository::purge(const QList<ListRow> &rows)
{
    return forEachType(rows, &EntityRepository::purge);
}

Result<void> TrashRepository::emptyTrash()
{
    if (m_repositories.isEmpty())
        return {};
    Transaction transaction(m_repositories.first()->database());
    if (!transaction.isActive())
        return transaction.error();
    // Articles and agenda entries first: they link to contacts.
    for (EntityRepository *repo : m_repositories) {
        if (auto r = repo->emptyTrash(); !r)
            return r;
    }
    return transaction.commit();
}

} // namespace Relais
