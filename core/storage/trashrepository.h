// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/entityrepository.h"

#include <QList>

namespace Relais {

// One list of everything in the trash, whatever its kind, newest deletion first.
class TrashRepository
{
public:
    explicit TrashRepository(QList<EntityRepository *> repositories);

    static QList<ListColumn> columns();

    Result<QList<ListRow>> page(const ListQuery &query, int offset, int limit) const;
    Result<int> count(const ListQuery &query = {}) const;

    // rows name their type; each goes to its own repository.
    Result<void> moveToTrash(const QList<ListRow> &rows);
    Result<void> restore(const QList<ListRow> &rows);
    Result<void> purge(const QList<ListRow> &rows);
    Result<void> emptyTrash();

private:
    QString unionSql(const ListQuery &query, QVariantList &values) const;
    EntityRepository *repositoryOf(const QString &type) const;
    Result<void> forEachType(const QList<ListRow> &rows,
        Result<void> (EntityRepository::*action)(const QList<qint64> &));

    QList<EntityRepository *> m_repositories;
};

} // namespace Relais
