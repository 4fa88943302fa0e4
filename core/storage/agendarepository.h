// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "storage/entityrepository.h"

namespace Relais {

// Stores the entries of the agenda.
class AgendaRepository : public EntityRepository
{
public:
    explicit AgendaRepository(const Database &db);

    static TableSpec tableSpec();

    Result<AgendaEntry> load(qint64 id) const;
    Result<AgendaEntry> load(const QUuid &uuid) const;
    // Every item not in the trash, with its links, in one pass (site rendering, exports).
    Result<QList<AgendaEntry>> loadAll() const;
    // Only what the renderer needs to know which pages changed (identity, kind, address, status,
    // dates, pictures); titles and texts are left empty. Read from a covering index.
    Result<QList<AgendaEntry>> loadAllWithoutText() const;
    // Validates, fills in what is missing (uuid, slug), stores, and returns what was stored.
    Result<AgendaEntry> create(AgendaEntry item);
    // The same within beginBulk() … endBulk(): stored, not read back; its id and uuid.
    Result<EntityMeta> insert(AgendaEntry item);
    // Stores a changed item; refused when the stored revision is newer than item's.
    Result<AgendaEntry> update(AgendaEntry item);
    Result<AgendaEntry> save(AgendaEntry item)
    {
        return item.meta.isStored() ? update(std::move(item)) : create(std::move(item));
    }

    // What createItem() and updateItem() need to know of this entity.
    static QStringList columnNames();
    static QVariantList columnValues(const AgendaEntry &item);
    static QString itemTitle(const AgendaEntry &item);
    static QString slugKind(const AgendaEntry &item);
    static QString slugFallback();
    static AgendaEntry fromRow(const QSqlQuery &query);

private:
    Result<AgendaEntry> loadWhere(const QString &condition, const QVariant &value) const;
};

} // namespace Relais
