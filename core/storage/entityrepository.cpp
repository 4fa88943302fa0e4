// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/entityrepository.h"

#include "content/slug.h"
#include "storage/activityrepository.h"
#include "storage/historyrepository.h"
#include "storage/workflowrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlRecord>

#include <optional>
#include <tuple>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::EntityRepository", text);
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

} // namespace

EntityRepository::EntityRepository(const Database &db, TableSpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{ }

EntityRepository::~EntityRepository() = default;

// What a bulk creation keeps between its items.
struct EntityRepository::Bulk
{
    std::optional<Database::Statement> insert;
    QStringList insertColumns;
    std::optional<Database::Statement> section;
    std::optional<Database::Statement> contact;
    std::optional<Database::Statement> contactId;
    QSet<QString> slugs; // kind + '\n' + slug, every row's, trashed ones included
    bool slugsRead = false;
    QHash<QUuid, qint64> contactIds;
    // SQLite: the full-text trigger set aside until endBulk(), and the last id before.
    QString ftsTrigger;
    qint64 lastIdBefore = 0;
};

Result<void> EntityRepository::beginBulk()
{
    auto bulk = std::make_shared<Bulk>();
    if (!m_db.isPostgres() && !m_spec.fts.isEmpty()) {
        const QString trigger = m_spec.fts + QStringLiteral("_insert");
        auto sql = m_db.scalar(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
            { trigger });
        if (!sql)
            return sql.error();
        auto last
            = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(m_spec.table));
        if (!last)
            return last.error();
        if (sql->isValid()) {
            if (auto r = m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)); !r)
                return r.error();
            bulk->ftsTrigger = sql->toString();
            bulk->lastIdBefore = last->toLongLong();
        }
    }
    m_bulk = std::move(bulk);
    return {};
}

Result<void> EntityRepository::endBulk()
{
    const std::shared_ptr<Bulk> bulk = std::move(m_bulk);
    if (!bulk || bulk->ftsTrigger.isEmpty())
        return {};
    QStringList columns;
    auto names = m_db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), { m_spec.fts });
    if (!names)
        return names.error();
    while (names->next())
        columns.append(names->value(0).toString());
    const QString list = columns.join(QStringLiteral(", "));
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE "
                                          "id > ? ORDER BY id")
                               .arg(m_spec.fts, list, m_spec.table),
            { bulk->lastIdBefore });
        !r)
        return r.error();
    if (auto r = m_db.exec(bulk->ftsTrigger); !r)
        return r.error();
    return {};
}

void EntityRepository::abandonBulk()
{
    m_bulk.reset();
}

Result<QString> EntityRepository::bulkSlug(
    const QString &slug, const QString &title, const QString &kind, const QString &fallback)
{
    Bulk &bulk = *m_bulk;
    if (!bulk.slugsRead) {
        auto rows = m_db.exec(
            QStringLiteral("SELECT %1, slug FROM %2")
                .arg(m_spec.hasKind ? QStringLiteral("kind") : QStringLiteral("''"), m_spec.table));
        if (!rows)
            return rows.error();
        while (rows->next())
            bulk.slugs.insert(
                rows->value(0).toString() + QLatin1Char('\n') + rows->value(1).toString());
        bulk.slugsRead = true;
    }
    const QString prefix = (m_spec.hasKind ? kind : QString()) + QLatin1Char('\n');
    auto taken = [&](const QString &candidate) { return bulk.slugs.contains(prefix + candidate); };
    QString chosen = slug;
    if (!chosen.isEmpty() && taken(chosen)) {
        return Error { Error::Code::Conflict,
            tr("The address name “%1” is already used by another item; choose another one.")
                .arg(chosen),
            QStringLiteral("slug") };
    }
    if (chosen.isEmpty()) {
        QString base = Slug::fromTitle(title);
        if (base.isEmpty())
            base = fallback;
        chosen = Slug::makeUnique(base, taken);
    }
    bulk.slugs.insert(prefix + chosen);
    return chosen;
}

Result<qint64> EntityRepository::bulkInsertRow(
    QStringList columns, QVariantList values, EntityMeta &meta)
{
    Q_ASSERT(m_bulk);
    addBookkeeping(columns, values, meta);
    if (!m_bulk->insert || m_bulk->insertColumns != columns) {
        auto statement = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                          .arg(m_spec.table, columns.join(QStringLiteral(", ")),
                                              placeholders(columns.size())));
        if (!statement)
            return statement.error();
        m_bulk->insert.emplace(std::move(*statement));
        m_bulk->insertColumns = columns;
    }
    if (auto r = m_bulk->insert->run(values); !r)
        return r.error();
    meta.id = Database::returnedId(m_bulk->insert->query());
    return meta.id;
}

Result<void> EntityRepository::bulkLinks(
    qint64 id, const QStringList &sections, const QList<QUuid> &contacts)
{
    Bulk &bulk = *m_bulk;
    if (!m_spec.sectionsTable.isEmpty() && !sections.isEmpty()) {
        if (!bulk.section) {
            auto statement = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2, section, position) "
                                                         "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                                              .arg(m_spec.sectionsTable, m_spec.linkKey));
            if (!statement)
                return statement.error();
            bulk.section.emplace(std::move(*statement));
        }
        int position = 0;
        for (const QString &section : sections) {
            if (auto r = bulk.section->run({ id, section, position++ }); !r)
                return r;
        }
    }
    if (m_spec.contactsTable.isEmpty() || contacts.isEmpty())
        return {};
    if (!bulk.contact) {
        auto insert
            = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2, contact_id, position) VALUES "
                                          "(?, ?, ?) ON CONFLICT DO NOTHING")
                               .arg(m_spec.contactsTable, m_spec.linkKey));
        if (!insert)
            return insert.error();
        bulk.contact.emplace(std::move(*insert));
        auto find = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE uuid = ?"));
        if (!find)
            return find.error();
        bulk.contactId.emplace(std::move(*find));
    }
    int position = 0;
    for (const QUuid &uuid : contacts) {
        qint64 contactId = bulk.contactIds.value(uuid);
        if (contactId == 0) {
            if (auto r = bulk.contactId->run({ uuid.toString(QUuid::WithoutBraces) }); !r)
                return r;
            QSqlQuery &q = bulk.contactId->query();
            contactId = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            if (contactId == 0) {
                return Error { Error::Code::Invalid,
                    tr("The linked contact %1 does not exist.")
                        .arg(uuid.toString(QUuid::WithoutBraces)),
                    {} };
            }
            bulk.contactIds.insert(uuid, contactId);
        }
        if (auto r = bulk.contact->run({ id, contactId, position++ }); !r)
            return r;
    }
    return {};
}

QStringList EntityRepository::searchWords(const QString &text)
{
    // Split where the unicode61 tokenizer splits (anything not a letter or digit). A
    // one-letter prefix matches nearly every row of a large newsroom and tells nothing: the
    // search starts with the second letter of a word.
    QStringList words;
    QString word;
    auto flush = [&] {
        if (word.size() >= 2)
            words.append(word);
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

QString EntityRepository::ftsQuery(const QString &text)
{
    // Each word quoted, so that FTS5 operators typed by the user stay plain text.
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString EntityRepository::searchCondition(const Database &db, const TableSpec &spec,
    const QString &alias, const QString &text, QVariantList &values)
{
    if (db.isPostgres()) {
        QString condition;
        for (const QString &word : searchWords(text)) {
            condition += QStringLiteral(" AND %1.search @@ relais_search_query(?)").arg(alias);
            values.append(word);
        }
        return condition;
    }
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return {};
    values.append(match);
    return QStringLiteral(" AND %1.id IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
        .arg(alias, spec.fts);
}

QString EntityRepository::whereClause(
    const ListQuery &query, QVariantList &values, bool ftsJoined) const
{
    QString where = QStringLiteral(" WHERE t.deleted_at IS NULL");
    if (m_spec.hasStatus && !query.status.isEmpty()) {
        // A workflow state: a draft's review tells the first three apart.
        const auto review = hasWorkflow()
            ? Workflow::reviewFromString(query.status == u"draft" ? QString() : query.status)
            : std::nullopt;
        if (review) {
            where += QStringLiteral(" AND t.status = 'draft' AND t.review = ?");
            values.append(Workflow::toString(*review));
        } else {
            where += QStringLiteral(" AND t.status = ?");
            values.append(query.status);
        }
    }
    if (m_spec.hasStatus && hasWorkflow() && query.workflow == u"mine") {
        where += QStringLiteral(" AND ") + WorkflowRepository::mineCondition(QStringLiteral("t"));
        values.append(m_db.userName());
    } else if (m_spec.hasStatus && hasWorkflow() && query.workflow == u"waiting") {
        where += QStringLiteral(" AND ")
            + WorkflowRepository::waitingCondition(m_db, QStringLiteral("t"));
        values.append(m_db.userName());
    }
    if (m_spec.hasKind && !query.kind.isEmpty()) {
        where += QStringLiteral(" AND t.kind = ?");
        values.append(query.kind);
    }
    if (!m_spec.sectionsTable.isEmpty() && !query.section.isEmpty()) {
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM %1 s WHERE s.%2 = t.id AND s.section = ?)")
                     .arg(m_spec.sectionsTable, m_spec.linkKey);
        values.append(query.section);
    }
    if (ftsJoined && !m_db.isPostgres()) {
        const QString match = ftsQuery(query.search);
        if (!match.isEmpty()) {
            where += QStringLiteral(" AND %1 MATCH ?").arg(m_spec.fts);
            values.append(match);
        }
        return where;
    }
    return where + searchCondition(m_db, m_spec, QStringLiteral("t"), query.search, values);
}

Result<QList<ListRow>> EntityRepository::page(const ListQuery &query, int offset, int limit) const
{
    QStringList select { QStringLiteral("t.id"), QStringLiteral("t.uuid") };
    const ListColumn *sortColumn = nullptr;
    for (const ListColumn &c : m_spec.columns) {
        select.append(c.sql);
        if (c.key == query.sortKey || (!sortColumn && c.key == m_spec.defaultSort))
            sortColumn = &c;
    }
    QString orderBy = sortColumn ? sortColumn->sql : QStringLiteral("t.id");
    // Text sorts ignore case, as the title indexes do; times sort as stored, on their index.
    if (sortColumn && sortColumn->format == ColumnFormat::Text)
        orderBy += QStringLiteral(" COLLATE NOCASE");
    const QString direction
        = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");

    QVariantList values;
    const QString sql
        = QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY %4 %5, t.id %5 LIMIT ? OFFSET ?")
              .arg(select.join(QStringLiteral(", ")), m_spec.table, whereClause(query, values),
                  orderBy, direction);
    values << limit << offset;
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<ListRow> rows;
    const int columns = int(m_spec.columns.size());
    while (q->next()) {
        ListRow row;
        row.id = q->value(0).toLongLong();
        row.uuid = QUuid::fromString(q->value(1).toString());
        row.type = m_spec.type;
        row.values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.values.append(q->value(i + 2));
        rows.append(std::move(row));
    }
    return rows;
}

Result<int> EntityRepository::count(const ListQuery &query) const
{
    QVariantList values;
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM %1 t%2").arg(m_spec.table, whereClause(query, values)),
        values);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<ListCount> EntityRepository::countUpTo(const ListQuery &query, int cap) const
{
    if (ftsQuery(query.search).isEmpty()) {
        auto exact = count(query);
        if (!exact)
            return exact.error();
        return ListCount { *exact, true };
    }
    QVariantList values;
    const QString where = whereClause(query, values, true);
    values.append(cap + 1);
    auto n = m_db.scalar(m_db.isPostgres()
            ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 t%2 LIMIT ?) AS found")
                  .arg(m_spec.table, where)
            : QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 JOIN %2 t ON t.id = "
                             "%1.rowid%3 LIMIT ?) AS found")
                  .arg(m_spec.fts, m_spec.table, where),
        values);
    if (!n)
        return n.error();
    return n->toInt() > cap ? ListCount { cap, false } : ListCount { n->toInt(), true };
}

Result<int> EntityRepository::trashedCount() const
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NOT NULL").arg(m_spec.table));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<void> EntityRepository::setTrashed(const QList<qint64> &ids, bool trashed)
{
    if (ids.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QVariantList values { trashed ? Database::toSql(m_db.now()) : QVariant(),
        Database::toSql(m_db.now()) };
    values += toVariants(ids);
    if (auto logged = logItems(trashed ? QStringLiteral("trashed") : QStringLiteral("restored"),
            QStringLiteral("id IN (%1) AND deleted_at IS %2 NULL")
                .arg(placeholders(ids.size()), trashed ? QString() : QStringLiteral("NOT")),
            toVariants(ids));
        !logged)
        return logged.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, revision = revision + 1 "
                       "WHERE id IN (%2) AND deleted_at IS %3 NULL")
            .arg(m_spec.table, placeholders(ids.size()),
                trashed ? QString() : QStringLiteral("NOT")),
        values);
    if (!r)
        return r.error();
    return transaction.commit();
}

Result<void> EntityRepository::moveToTrash(const QList<qint64> &ids)
{
    return setTrashed(ids, true);
}

Result<void> EntityRepository::restore(const QList<qint64> &ids)
{
    return setTrashed(ids, false);
}

Result<void> EntityRepository::purge(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = forgetItems(
            QStringLiteral("id IN (%1) AND deleted_at IS NOT NULL").arg(placeholders(ids.size())),
            toVariants(ids));
        !r)
        return r.error();
    auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id IN (%2) AND deleted_at IS NOT NULL")
                           .arg(m_spec.table, placeholders(ids.size())),
        toVariants(ids));
    if (!r)
        return r.error();
    return transaction.commit();
}

Result<void> EntityRepository::emptyTrash()
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = forgetItems(QStringLiteral("deleted_at IS NOT NULL"), {}); !r)
        return r.error();
    auto r = m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE deleted_at IS NOT NULL").arg(m_spec.table));
    if (!r)
        return r.error();
    return transaction.commit();
}

bool EntityRepository::slugTaken(const QString &slug, qint64 exceptId, const QString &kind) const
{
    QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE slug = ? AND id <> ?").arg(m_spec.table);
    QVariantList values { slug, exceptId };
    if (m_spec.hasKind) {
        sql += QStringLiteral(" AND kind = ?");
        values.append(kind);
    }
    auto found = m_db.scalar(sql, values);
    // When the check itself fails, call the slug taken: the insert would fail anyway.
    return !found || found->isValid();
}

bool EntityRepository::hasWriters() const
{
    return m_spec.hasStatus && m_db.schemaVersion() >= 11;
}

bool EntityRepository::hasWorkflow() const
{
    return ActivityRepository(m_db).available();
}

Result<void> EntityRepository::logItems(
    const QString &action, const QString &condition, const QVariantList &values)
{
    if (!hasWorkflow() || !m_db.changesNoted())
        return {};
    QVariantList all { Database::toSql(m_db.now()), m_db.userName(), action, m_spec.type };
    all += values;
    auto r = m_db.exec(QStringLiteral("INSERT INTO activity (at, actor, action, item_type, "
                                      "item_uuid, title) SELECT ?, ?, ?, ?, t.uuid, %1 FROM %2 t "
                                      "WHERE %3")
                           .arg(m_spec.titleSql, m_spec.table, condition),
        all);
    if (!r)
        return r.error();
    return {};
}

Result<void> EntityRepository::forgetItems(const QString &condition, const QVariantList &values)
{
    if (auto r = logItems(QStringLiteral("deleted"), condition, values); !r)
        return r.error();
    if (!hasWorkflow())
        return {};
    for (const char *table : { "revisions", "comments" }) {
        if (qstrcmp(table, "comments") == 0 && !m_spec.hasStatus)
            continue;
        auto r = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE item_uuid IN (SELECT uuid FROM %2 "
                                          "WHERE %3)")
                               .arg(QLatin1StringView(table), m_spec.table, condition),
            values);
        if (!r)
            return r.error();
    }
    return {};
}

Result<void> EntityRepository::noteSaved(
    const EntityMeta &meta, const QJsonObject &json, const QString &title, bool created)
{
    if (!hasWorkflow() || !m_db.changesNoted())
        return {};
    HistoryRepository history(m_db);
    auto recorded
        = history.record(m_spec.type, meta.uuid, meta.revision, HistoryRepository::contentOf(json));
    if (!recorded)
        return recorded.error();
    const QStringList *fields = &recorded->fields;
    ActivityRepository activity(m_db);
    if (created) {
        auto id = activity.log(QStringLiteral("created"), m_spec.type, meta.uuid, title);
        if (!id)
            return id.error();
        return {};
    }
    if (fields->isEmpty())
        return {};
    // The first save noted of an item brought in by bulk work tells nothing of what changed.
    if (recorded->first)
        return activity.logEdit(m_spec.type, meta.uuid, title, {});
    if (!m_spec.hasStatus || !fields->contains(QStringLiteral("status")))
        return activity.logEdit(m_spec.type, meta.uuid, title, *fields);
    const QString status = json.value(QStringLiteral("status")).toString();
    auto id = activity.log(QStringLiteral("status"), m_spec.type, meta.uuid, title, status);
    if (!id)
        return id.error();
    if (status != u"published")
        return {};
    auto writer = m_db.scalar(
        QStringLiteral("SELECT created_by FROM %1 WHERE id = ?").arg(m_spec.table), { meta.id });
    if (!writer)
        return writer.error();
    return activity.notify(*id, QStringLiteral("published"), { writer->toString() });
}

Result<void> EntityRepository::checkedUpdate(const QString &assignments, const QVariantList &values,
    qint64 id, int revision, const QString &itemTitle)
{
    QVariantList all = values;
    all << Database::toSql(m_db.now()) << id << revision;
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, revision = revision + 1 "
                                      "WHERE id = ? AND revision = ?")
                           .arg(m_spec.table, assignments),
        all);
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 1)
        return {};
    auto current = m_db.scalar(
        QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(m_spec.table), { id });
    if (!current)
        return current.error();
    if (!current->isValid()) {
        return Error { Error::Code::NotFound,
            tr("“%1” no longer exists: it was deleted for good.").arg(itemTitle), {} };
    }
    if (current->toInt() == revision) {
        // There, unchanged, and still not written: row-level security kept it from this
        // person (a contributor and somebody else's item, or one that is no draft).
        return Error { Error::Code::Denied,
            tr("“%1” was not changed. %2").arg(itemTitle, m_db.refusal()), {} };
    }
    return Error { Error::Code::StaleRevision,
        tr("“%1” was changed elsewhere since you opened it (revision %2, yours is %3).")
            .arg(itemTitle)
            .arg(current->toInt())
            .arg(revision),
        {} };
}

Result<void> EntityRepository::writeSections(qint64 id, const QStringList &sections)
{
    if (m_spec.sectionsTable.isEmpty())
        return {};
    auto cleared = m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_spec.sectionsTable, m_spec.linkKey),
        { id });
    if (!cleared)
        return cleared.error();
    int position = 0;
    for (const QString &section : sections) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO %1 (%2, section, position) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING")
                               .arg(m_spec.sectionsTable, m_spec.linkKey),
            { id, section, position++ });
        if (!r)
            return r.error();
    }
    return {};
}

Result<QStringList> EntityRepository::readSections(qint64 id) const
{
    QStringList sections;
    if (m_spec.sectionsTable.isEmpty())
        return sections;
    auto q = m_db.exec(QStringLiteral("SELECT section FROM %1 WHERE %2 = ? ORDER BY position")
                           .arg(m_spec.sectionsTable, m_spec.linkKey),
        { id });
    if (!q)
        return q.error();
    while (q->next())
        sections.append(q->value(0).toString());
    return sections;
}

Result<void> EntityRepository::writeContacts(qint64 id, const QList<QUuid> &contacts)
{
    if (m_spec.contactsTable.isEmpty())
        return {};
    auto cleared = m_db.exec(
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_spec.contactsTable, m_spec.linkKey),
        { id });
    if (!cleared)
        return cleared.error();
    int position = 0;
    for (const QUuid &uuid : contacts) {
        auto contactId = m_db.scalar(QStringLiteral("SELECT id FROM contacts WHERE uuid = ?"),
            { uuid.toString(QUuid::WithoutBraces) });
        if (!contactId)
            return contactId.error();
        if (!contactId->isValid()) {
            return Error { Error::Code::Invalid,
                tr("The linked contact %1 does not exist.")
                    .arg(uuid.toString(QUuid::WithoutBraces)),
                {} };
        }
        auto r
            = m_db.exec(QStringLiteral("INSERT INTO %1 (%2, contact_id, position) VALUES (?, ?, ?) "
                                       "ON CONFLICT DO NOTHING")
                            .arg(m_spec.contactsTable, m_spec.linkKey),
                { id, *contactId, position++ });
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<QUuid>> EntityRepository::readContacts(qint64 id) const
{
    QList<QUuid> contacts;
    if (m_spec.contactsTable.isEmpty())
        return contacts;
    auto q
        = m_db.exec(QStringLiteral("SELECT c.uuid FROM %1 l JOIN contacts c ON c.id = l.contact_id "
                                   "WHERE l.%2 = ? ORDER BY l.position")
                        .arg(m_spec.contactsTable, m_spec.linkKey),
            { id });
    if (!q)
        return q.error();
    while (q->next())
        contacts.append(QUuid::fromString(q->value(0).toString()));
    return contacts;
}

namespace {

// Links read in key order (row id, then name or contact), put in their own order: by row
// id, then position.
template<typename V>
std::vector<std::pair<qint64, V>> inPositionOrder(std::vector<std::tuple<qint64, qint64, V>> links)
{
    std::stable_sort(links.begin(), links.end(), [](const auto &a, const auto &b) {
        return std::get<0>(a) < std::get<0>(b)
            || (std::get<0>(a) == std::get<0>(b) && std::get<1>(a) < std::get<1>(b));
    });
    std::vector<std::pair<qint64, V>> ordered;
    ordered.reserve(links.size());
    for (auto &[id, position, value] : links)
        ordered.emplace_back(id, std::move(value));
    return ordered;
}

} // namespace

Result<EntityRepository::AllLinks> EntityRepository::readAllLinks() const
{
    // In primary-key order (no sort by SQLite), then by position here.
    AllLinks links;
    if (!m_spec.sectionsTable.isEmpty()) {
        // A handful of sections for thousands of items: each name is made once and shared.
        QList<std::pair<QByteArray, QString>> names; // as stored, as read
        std::vector<std::tuple<qint64, qint64, QString>> read;
        auto r = m_db.forEachRow(
            QStringLiteral("SELECT %1, position, section FROM %2 ORDER BY %1, section")
                .arg(m_spec.linkKey, m_spec.sectionsTable),
            [&](const Database::Row &row) {
                const QLatin1StringView raw = row.ascii(2);
                const QByteArrayView bytes(raw.data(), raw.size());
                const auto known = std::find_if(names.cbegin(), names.cend(),
                    [&bytes](const auto &name) { return name.first == bytes; });
                QString name = known != names.cend() ? known->second : row.text(2);
                if (known == names.cend() && names.size() < 64)
                    names.append({ bytes.toByteArray(), name });
                read.emplace_back(row.integer(0), row.integer(1), std::move(name));
            });
        if (!r)
            return r.error();
        links.sections = inPositionOrder(std::move(read));
    }
    if (!m_spec.contactsTable.isEmpty()) {
        std::vector<std::tuple<qint64, qint64, QUuid>> read;
        auto r = m_db.forEachRow(
            QStringLiteral(
                "SELECT l.%1, l.position, c.uuid FROM %2 l JOIN contacts c ON c.id = l.contact_id "
                "ORDER BY l.%1, l.contact_id")
                .arg(m_spec.linkKey, m_spec.contactsTable),
            [&read](const Database::Row &row) {
                read.emplace_back(row.integer(0), row.integer(1), row.uuid(2));
            });
        if (!r)
            return r.error();
        links.contacts = inPositionOrder(std::move(read));
    }
    return links;
}

QString EntityRepository::liveRowsSql(const QString &columns) const
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL ORDER BY id")
        .arg(columns, m_spec.table);
}

Result<QSqlQuery> EntityRepository::selectAllLive(const QString &columns) const
{
    return m_db.exec(liveRowsSql(columns));
}

EntityMeta EntityRepository::metaFrom(const QSqlQuery &query)
{
    EntityMeta meta;
    meta.id = query.value(QStringLiteral("id")).toLongLong();
    meta.uuid = QUuid::fromString(query.value(QStringLiteral("uuid")).toString());
    meta.revision = query.value(QStringLiteral("revision")).toInt();
    meta.createdAt = Database::fromSql(query.value(QStringLiteral("created_at")));
    meta.updatedAt = Database::fromSql(query.value(QStringLiteral("updated_at")));
    meta.deletedAt = Database::fromSql(query.value(QStringLiteral("deleted_at")));
    return meta;
}

EntityMeta EntityRepository::lightMetaFrom(const Database::Row &row)
{
    EntityMeta meta;
    meta.id = row.integer(0);
    meta.uuid = row.uuid(1);
    meta.revision = int(row.integer(2));
    meta.createdAt = row.time(3);
    meta.updatedAt = row.time(4);
    return meta;
}

Result<QString> EntityRepository::resolveSlug(const QString &slug, const QString &title, qint64 id,
    const QString &kind, const QString &fallback) const
{
    if (!slug.isEmpty()) {
        if (slugTaken(slug, id, kind)) {
            return Error { Error::Code::Conflict,
                tr("The address name “%1” is already used by another item; choose another one.")
                    .arg(slug),
                QStringLiteral("slug") };
        }
        return slug;
    }
    QString base = Slug::fromTitle(title);
    if (base.isEmpty())
        base = fallback;
    return Slug::makeUnique(
        base, [&](const QString &candidate) { return slugTaken(candidate, id, kind); });
}

void EntityRepository::addBookkeeping(
    QStringList &columns, QVariantList &values, EntityMeta &meta) const
{
    if (meta.uuid.isNull())
        meta.uuid = QUuid::createUuid();
    meta.revision = 1;
    const QDateTime now = m_db.now();
    if (!meta.createdAt.isValid())
        meta.createdAt = now;
    meta.updatedAt = now;
    columns << QStringLiteral("uuid") << QStringLiteral("revision") << QStringLiteral("created_at")
            << QStringLiteral("updated_at") << QStringLiteral("deleted_at");
    values << meta.uuid.toString(QUuid::WithoutBraces) << meta.revision
           << Database::toSql(meta.createdAt) << Database::toSql(meta.updatedAt)
           << Database::toSql(meta.deletedAt);
}

Result<qint64> EntityRepository::insertRow(
    const QStringList &columns, const QVariantList &values, EntityMeta &meta)
{
    QStringList allColumns = columns;
    QVariantList allValues = values;
    addBookkeeping(allColumns, allValues, meta);
    auto r = m_db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                           .arg(m_spec.table, allColumns.join(QStringLiteral(", ")),
                               placeholders(allColumns.size())),
        allValues);
    if (!r)
        return r.error();
    meta.id = Database::returnedId(*r);
    return meta.id;
}

Error EntityRepository::invalid(const FieldErrors &errors, const QString &itemTitle)
{
    QString name = itemTitle.trimmed().isEmpty() ? tr("untitled item") : itemTitle.left(80);
    return Error { Error::Code::Invalid,
        tr("“%1” cannot be saved: %2").arg(name, Validation::summary(errors)),
        errors.isEmpty() ? QString() : errors.first().field };
}

Result<void> EntityRepository::writeLinks(
    qint64 id, const QStringList &sections, const QList<QUuid> &contacts)
{
    if (auto r = writeSections(id, sections); !r)
        return r;
    return writeContacts(id, contacts);
}

} // namespace Relais
