// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "storage/entityrepository.h"

namespace Relais {

// Stores the address book of people and organisations.
class ContactRepository : public EntityRepository
{
public:
    explicit ContactRepository(const Database &db);

    static TableSpec tableSpec();

    Result<Contact> load(qint64 id) const;
    Result<Contact> load(const QUuid &uuid) const;
    // Every item not in the trash, with its links, in one pass (site rendering, exports).
    Result<QList<Contact>> loadAll() const;
    // Identities only (id, uuid, revision, times): what the renderer's page keys need.
    Result<QList<Contact>> loadAllWithoutText() const;
    // Validates, fills in what is missing (uuid, slug), stores, and returns what was stored.
    Result<Contact> create(Contact item);
    // The same within beginBulk() … endBulk(): stored, not read back; its id and uuid.
    Result<EntityMeta> insert(Contact item);
    // Stores a changed item; refused when the stored revision is newer than item's.
    Result<Contact> update(Contact item);
    Result<Contact> save(Contact item)
    {
        return item.meta.isStored() ? update(std::move(item)) : create(std::move(item));
    }

    // What createItem() and updateItem() need to know of this entity.
    static QStringList columnNames();
    static QVariantList columnValues(const Contact &item);
    static QString itemTitle(const Contact &item);
    static QString slugKind(const Contact &item);
    static QString slugFallback();
    static Contact fromRow(const QSqlQuery &query);

private:
    Result<Contact> loadWhere(const QString &condition, const QVariant &value) const;
};

} // namespace Relais
