// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "storage/entityrepository.h"

namespace Relais {

// Stores news articles and testimonials.
class ArticleRepository : public EntityRepository
{
public:
    explicit ArticleRepository(const Database &db);

    static TableSpec tableSpec();

    Result<Article> load(qint64 id) const;
    Result<Article> load(const QUuid &uuid) const;
    // Every item not in the trash, with its links, in one pass (site rendering, exports).
    Result<QList<Article>> loadAll() const;
    // Only what the renderer needs to know which pages changed (identity, kind, address, status,
    // dates, pictures); titles and texts are left empty. Read from a covering index.
    Result<QList<Article>> loadAllWithoutText() const;
    // Validates, fills in what is missing (uuid, slug), stores, and returns what was stored.
    Result<Article> create(Article item);
    // The same within beginBulk() … endBulk(): stored, not read back; its id and uuid.
    Result<EntityMeta> insert(Article item);
    // Stores a changed item; refused when the stored revision is newer than item's.
    Result<Article> update(Article item);
    Result<Article> save(Article item)
    {
        return item.meta.isStored() ? update(std::move(item)) : create(std::move(item));
    }

    // What createItem() and updateItem() need to know of this entity.
    static QStringList columnNames();
    static QVariantList columnValues(const Article &item);
    static QString itemTitle(const Article &item);
    static QString slugKind(const Article &item);
    static QString slugFallback();
    static Article fromRow(const QSqlQuery &query);

private:
    Result<Article> loadWhere(const QString &condition, const QVariant &value) const;
};

} // namespace Relais
