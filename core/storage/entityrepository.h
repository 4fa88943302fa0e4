// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/jsonformat.h"
#include "content/vocabulary.h"
#include "content/validation.h"
#include "storage/database.h"
#include "storage/listquery.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <utility>
#include <vector>

namespace Relais {

// Where one kind of entity lives and how its list looks.
struct TableSpec
{
    QString type; // EntityType
    QString table; // main table
    QString fts; // its full-text index
    QString sectionsTable; // empty when the entity has no sections
    QString contactsTable; // empty when the entity links no contacts
    QString linkKey; // column of the link tables naming the entity
    bool hasStatus = false;
    bool hasKind = false;
    QString titleSql; // expression giving the row's title
    QString defaultSort; // column key
    QList<ListColumn> columns;
};

// What every repository shares: paged lists with filters and search, counts, the trash,
// and the section and contact links. Subclasses load and save their own entity.
class EntityRepository
{
public:
    EntityRepository(const Database &db, TableSpec spec);
    virtual ~EntityRepository();

    const TableSpec &spec() const { return m_spec; }
    const Database &database() const { return m_db; }

    // Bulk creation, for an import of thousands of new items in the caller's transaction:
    // each statement prepared once, address names checked against the names read once at
    // beginBulk(), nothing read back, no history or activity rows (the caller notes one
    // change of everything). On SQLite the full-text index takes the new rows at endBulk(),
    // in one statement, instead of one by one. Between beginBulk() and endBulk() (or
    // abandonBulk(), when the transaction is rolled back) only insert() writes to the table.
    Result<void> beginBulk();
    Result<void> endBulk();
    void abandonBulk();

    // Rows of the live (not trashed) items matching query, offset and limit applied.
    Result<QList<ListRow>> page(const ListQuery &query, int offset, int limit) const;
    Result<int> count(const ListQuery &query = {}) const;
    // The count, or "more than cap" for a search matching more: a search matching most of
    // a large newsroom is not worth counting to the last row while the user types.
    Result<ListCount> countUpTo(const ListQuery &query, int cap) const;
    Result<int> trashedCount() const;

    // Moves items to the trash or back; each one's revision goes up so an editor still
    // holding the old revision cannot save over the change unnoticed.
    Result<void> moveToTrash(const QList<qint64> &ids);
    Result<void> restore(const QList<qint64> &ids);
    // Deletes for good; only items already in the trash.
    Result<void> purge(const QList<qint64> &ids);
    Result<void> emptyTrash();

    bool slugTaken(const QString &slug, qint64 exceptId, const QString &kind = {}) const;

    // "éco activ" → "éco"* "activ"*: each word of two letters or more a prefix, all
    // required. Empty when the text has no such word.
    static QString ftsQuery(const QString &text);
    // The words of a search, cut where SQLite's unicode61 tokenizer cuts; a word of one letter
    // is left out (it would match nearly everything).
    static QStringList searchWords(const QString &text);
    // " AND …" keeping the rows of spec's table (as alias) that a search for text finds; empty
    // when text has no word. SQLite: its FTS5 index, each word a prefix. PostgreSQL: the search
    // vector, each word a prefix or the same French stem (relais_search_query()).
    static QString searchCondition(const Database &db, const TableSpec &spec, const QString &alias,
        const QString &text, QVariantList &values);

protected:
    static EntityMeta metaFrom(const QSqlQuery &query);
    // The first five columns "id, uuid, revision, created_at, updated_at", by position.
    static EntityMeta lightMetaFrom(const Database::Row &row);
    // The slug to store: the given one when free (else a Conflict error), or one made from
    // the title (fallback when the title has no usable letter) made unique.
    Result<QString> resolveSlug(const QString &slug, const QString &title, qint64 id,
        const QString &kind, const QString &fallback) const;
    // INSERT with the bookkeeping columns (uuid, revision, created_at, updated_at) added;
    // fills meta and returns the new row id.
    Result<qint64> insertRow(
        const QStringList &columns, const QVariantList &values, EntityMeta &meta);
    static Error invalid(const FieldErrors &errors, const QString &itemTitle);
    Result<void> writeLinks(qint64 id, const QStringList &sections, const QList<QUuid> &contacts);
    // UPDATE … SET revision = revision + 1 … WHERE id = ? AND revision = ?. Tells a row
    // that changed since (StaleRevision) from one that is gone (NotFound).
    // The database knows who wrote each article and entry (migration 11), and their review
    // (12).
    bool hasWriters() const;
    bool hasWorkflow() const;
    // After a save, in its transaction: the revision for the history and the line of the
    // activity log (an edit folded into the last ten minutes', a change of status, with the
    // writer notified when their item is published). Nothing for bulk work (an import).
    // Logs an action for each item matching condition (over the table aliased t), in one
    // statement; forgets the history and comments of the items deleted for good.
    Result<void> logItems(
        const QString &action, const QString &condition, const QVariantList &values);
    Result<void> forgetItems(const QString &condition, const QVariantList &values);
    Result<void> noteSaved(
        const EntityMeta &meta, const QJsonObject &json, const QString &title, bool created);
    Result<void> checkedUpdate(const QString &assignments, const QVariantList &values, qint64 id,
        int revision, const QString &itemTitle);
    Result<void> writeSections(qint64 id, const QStringList &sections);
    Result<QStringList> readSections(qint64 id) const;
    Result<void> writeContacts(qint64 id, const QList<QUuid> &contacts);
    Result<QList<QUuid>> readContacts(qint64 id) const;
    // The sections and contacts of every row at once, for loadAll(): sorted by row id (then
    // position), so that they are handed out walking beside rows read in id order, with no
    // hash of thousands of lists.
    struct AllLinks
    {
        std::vector<std::pair<qint64, QString>> sections;
        std::vector<std::pair<qint64, QUuid>> contacts;
        size_t nextSection = 0;
        size_t nextContact = 0;
        // Rows must come in increasing id.
        template<typename T> void attachTo(T &item);
    };
    Result<AllLinks> readAllLinks() const;
    // The links of every row when rows of type T have any (sections, contacts), else none.
    template<typename T> Result<AllLinks> linksFor() const
    {
        if constexpr (requires(T t) {
                          t.sections;
                          t.contacts;
                      })
            return readAllLinks();
        else
            return AllLinks {};
    }
    // SELECT columns of every live row, oldest first.
    QString liveRowsSql(const QString &columns) const;
    // SELECT * of every live row, oldest first.
    Result<QSqlQuery> selectAllLive(const QString &columns = QStringLiteral("*")) const;
    Result<void> setTrashed(const QList<qint64> &ids, bool trashed);

    const Database &m_db;
    TableSpec m_spec;

    // The create and update flows every entity shares. Repo provides columnNames(),
    // columnValues(item), slugKind(item), slugFallback() and load(id).
    template<typename Repo, typename T> Result<T> createItem(Repo &repo, T item);
    // One item of a bulk creation (beginBulk()): its id and uuid.
    template<typename Repo, typename T> Result<EntityMeta> insertItem(T item);
    // The columns and values of a new row of item: the entity's, and who wrote it.
    template<typename Repo, typename T>
    std::pair<QStringList, QVariantList> newRowOf(const T &item) const;
    template<typename Repo, typename T> Result<T> updateItem(Repo &repo, T item);
    // Loading, with the section and contact links where the entity has them. Repo provides
    // fromRow(query).
    template<typename Repo, typename T>
    Result<T> loadItem(
        const QString &condition, const QVariant &value, const QString &notFound) const;
    template<typename Repo, typename T> Result<QList<T>> loadAllItems() const;
    // Every live row, with its links: the given columns read by fromRow.
    template<typename T>
    Result<QList<T>> loadAllRows(const QString &columns, T (*fromRow)(const QSqlQuery &)) const;
    // The same, read through SQLite's own interface (thousands of rows, few columns).
    template<typename T>
    Result<QList<T>> loadAllLight(
        const QString &columns, T (*fromRow)(const Database::Row &)) const;

private:
    struct Bulk;
    std::shared_ptr<Bulk> m_bulk;
    Result<QString> bulkSlug(
        const QString &slug, const QString &title, const QString &kind, const QString &fallback);
    Result<qint64> bulkInsertRow(QStringList columns, QVariantList values, EntityMeta &meta);
    // A new row's bookkeeping: meta's uuid (when it has none), revision 1 and times filled in,
    // their columns and values added.
    void addBookkeeping(QStringList &columns, QVariantList &values, EntityMeta &meta) const;
    Result<void> bulkLinks(qint64 id, const QStringList &sections, const QList<QUuid> &contacts);

    template<typename Repo, typename T> Result<void> prepareItem(T &item, qint64 id);
    // The WHERE of a list query. With ftsJoined the full-text table is in the FROM clause
    // (the search drives the query) instead of an IN (…) subquery.
    QString whereClause(const ListQuery &query, QVariantList &values, bool ftsJoined = false) const;
};

template<typename Repo, typename T>
Result<T> EntityRepository::loadItem(
    const QString &condition, const QVariant &value, const QString &notFound) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT * FROM %1 WHERE %2").arg(m_spec.table, condition), { value });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, notFound, {} };
    T item = Repo::fromRow(*q);
    if constexpr (requires {
                      item.sections;
                      item.contacts;
                  }) {
        auto sections = readSections(item.meta.id);
        if (!sections)
            return sections.error();
        item.sections = *sections;
        auto contacts = readContacts(item.meta.id);
        if (!contacts)
            return contacts.error();
        item.contacts = *contacts;
    }
    return item;
}

template<typename Repo, typename T> Result<QList<T>> EntityRepository::loadAllItems() const
{
    return loadAllRows<T>(QStringLiteral("*"), &Repo::fromRow);
}

template<typename T>
Result<QList<T>> EntityRepository::loadAllRows(
    const QString &columns, T (*fromRow)(const QSqlQuery &)) const
{
    auto q = selectAllLive(columns);
    if (!q)
        return q.error();
    auto links = linksFor<T>();
    if (!links)
        return links.error();
    QList<T> all;
    while (q->next()) {
        T item = fromRow(*q);
        links->attachTo(item);
        all.append(std::move(item));
    }
    return all;
}

template<typename T> void EntityRepository::AllLinks::attachTo(T &item)
{
    if constexpr (requires {
                      item.sections;
                      item.contacts;
                  }) {
        const qint64 id = item.meta.id;
        while (nextSection < sections.size() && sections[nextSection].first < id)
            ++nextSection; // links of a row not read (in the trash)
        for (; nextSection < sections.size() && sections[nextSection].first == id; ++nextSection)
            item.sections.append(sections[nextSection].second);
        while (nextContact < contacts.size() && contacts[nextContact].first < id)
            ++nextContact;
        for (; nextContact < contacts.size() && contacts[nextContact].first == id; ++nextContact)
            item.contacts.append(contacts[nextContact].second);
    }
}

template<typename T>
Result<QList<T>> EntityRepository::loadAllLight(
    const QString &columns, T (*fromRow)(const Database::Row &)) const
{
    auto links = linksFor<T>();
    if (!links)
        return links.error();
    QList<T> all;
    auto r = m_db.forEachRow(liveRowsSql(columns), [&](const Database::Row &row) {
        T item = fromRow(row);
        links->attachTo(item);
        all.append(std::move(item));
    });
    if (!r)
        return r.error();
    return all;
}

template<typename Repo, typename T> Result<void> EntityRepository::prepareItem(T &item, qint64 id)
{
    if (const FieldErrors errors = Validation::check(item); !errors.isEmpty())
        return invalid(errors, Repo::itemTitle(item));
    if constexpr (requires { item.slug; }) {
        auto slug
            = resolveSlug(item.slug, item.title, id, Repo::slugKind(item), Repo::slugFallback());
        if (!slug)
            return slug.error();
        item.slug = *slug;
    }
    return {};
}

template<typename Repo, typename T>
std::pair<QStringList, QVariantList> EntityRepository::newRowOf(const T &item) const
{
    QStringList names = Repo::columnNames();
    QVariantList values = Repo::columnValues(item);
    if constexpr (requires { item.createdBy; }) {
        if (hasWriters()) {
            names << QStringLiteral("created_by");
            values << m_db.userName();
        }
    }
    return { std::move(names), std::move(values) };
}

template<typename Repo, typename T> Result<T> EntityRepository::createItem(Repo &repo, T item)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = prepareItem<Repo>(item, 0); !r)
        return r.error();
    auto [names, values] = newRowOf<Repo>(item);
    auto id = insertRow(names, values, item.meta);
    if (!id)
        return id.error();
    if constexpr (requires {
                      item.sections;
                      item.contacts;
                  }) {
        if (auto r = writeLinks(*id, item.sections, item.contacts); !r)
            return r.error();
    }
    if (auto r = noteSaved(item.meta, JsonFormat::toJson(item), Repo::itemTitle(item), true); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return repo.load(*id);
}

template<typename Repo, typename T> Result<EntityMeta> EntityRepository::insertItem(T item)
{
    if (const FieldErrors errors = Validation::check(item); !errors.isEmpty())
        return invalid(errors, Repo::itemTitle(item));
    if constexpr (requires { item.slug; }) {
        auto slug = bulkSlug(item.slug, item.title, Repo::slugKind(item), Repo::slugFallback());
        if (!slug)
            return slug.error();
        item.slug = *slug;
    }
    auto [names, values] = newRowOf<Repo>(item);
    auto id = bulkInsertRow(std::move(names), std::move(values), item.meta);
    if (!id)
        return id.error();
    if constexpr (requires {
                      item.sections;
                      item.contacts;
                  }) {
        if (auto r = bulkLinks(*id, item.sections, item.contacts); !r)
            return r.error();
    }
    return item.meta;
}

template<typename Repo, typename T> Result<T> EntityRepository::updateItem(Repo &repo, T item)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = prepareItem<Repo>(item, item.meta.id); !r)
        return r.error();
    QString assignments
        = Repo::columnNames().join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?");
    QVariantList values = Repo::columnValues(item);
    if constexpr (requires { item.review; }) {
        // The review is the workflow's (WorkflowRepository); a draft keeps it, an item
        // scheduled, published or archived is past it.
        if (hasWorkflow()) {
            assignments
                += QStringLiteral(", review = CASE WHEN ? = 'draft' THEN review ELSE '' END");
            values << Vocabulary::toString(item.status);
        }
    }
    if (auto r = checkedUpdate(
            assignments, values, item.meta.id, item.meta.revision, Repo::itemTitle(item));
        !r)
        return r.error();
    if constexpr (requires {
                      item.sections;
                      item.contacts;
                  }) {
        if (auto r = writeLinks(item.meta.id, item.sections, item.contacts); !r)
            return r.error();
    }
    EntityMeta saved = item.meta;
    saved.revision += 1;
    if (auto r = noteSaved(saved, JsonFormat::toJson(item), Repo::itemTitle(item), false); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return repo.load(item.meta.id);
}

} // namespace Relais
