// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasecopy.h"

#include "storage/changerepository.h"

#include "storage/database.h"

#include <algorithm>
#include <utility>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::DatabaseCopy", text);
}

// Columns the database makes itself, never written: a contact's display name, the search
// vector of a newsroom.
bool generated(const QString &column)
{
    return column == u"display_name" || column == u"search";
}

// Rows of a child table whose parent is missing: (table, condition, parent) in copy order.
struct Link
{
    const char *table;
    const char *orphanCondition;
    const char *parent;
};
constexpr Link Links[] = {
    { "article_sections", "article_id NOT IN (SELECT id FROM articles)", "articles" },
    { "article_contacts",
        "article_id NOT IN (SELECT id FROM articles) OR contact_id NOT IN (SELECT id FROM "
        "contacts)",
        "articles or contacts" },
    { "agenda_sections", "entry_id NOT IN (SELECT id FROM agenda_entries)", "agenda_entries" },
    { "agenda_contacts",
        "entry_id NOT IN (SELECT id FROM agenda_entries) OR contact_id NOT IN (SELECT id FROM "
        "contacts)",
        "agenda_entries or contacts" },
    { "publish_files", "target_id NOT IN (SELECT id FROM publish_targets)", "publish_targets" },
    { "publish_runs", "target_id NOT IN (SELECT id FROM publish_targets)", "publish_targets" },
    { "publish_steps", "run_id NOT IN (SELECT id FROM publish_runs)", "publish_runs" },
    { "submission_decisions", "submission_id NOT IN (SELECT id FROM submissions)", "submissions" },
    { "wordpress_posts", "target_id NOT IN (SELECT id FROM publish_targets)", "publish_targets" },
    { "wordpress_media", "target_id NOT IN (SELECT id FROM publish_targets)", "publish_targets" },
    { "wordpress_terms", "target_id NOT IN (SELECT id FROM publish_targets)", "publish_targets" },
    { "wordpress_log", "target_id NOT IN (SELECT id FROM publish_targets)", "publish_targets" },
};

QString orphanConditionOf(const QString &table)
{
    for (const Link &l : Links) {
        if (table == QLatin1StringView(l.table))
            return QString::fromLatin1(l.orphanCondition);
    }
    return {};
}

// A value as both engines give it back: times in toSql()'s form, bytes in hex.
QByteArray canonical(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\x01NULL");
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return Database::toSql(value.toDateTime()).toString().toUtf8();
    case QMetaType::QByteArray:
        return value.toByteArray().toHex();
    case QMetaType::Bool:
        return value.toBool() ? "1" : "0";
    default:
        return value.toString().toUtf8();
    }
}

struct Summary
{
    int rows = 0;
    quint64 sum = 0; // of each row's SHA-256 (first 8 bytes): the order does not matter
};

// The columns of a table that are copied, as the source has them.
Result<QStringList> columnsOf(const Database &db, const QString &table)
{
    auto q = db.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    if (!q)
        return q.error();
    const QSqlRecord record = q->record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        if (!generated(record.fieldName(i)))
            columns.append(record.fieldName(i));
    }
    return columns;
}

Result<Summary> summarize(
    const Database &db, const QString &table, const QStringList &columns, const QString &where)
{
    Summary summary;
    auto q = db.exec(QStringLiteral("SELECT %1 FROM %2%3")
                         .arg(columns.join(QStringLiteral(", ")), table, where));
    if (!q)
        return q.error();
    while (q->next()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i) {
            hash.addData(canonical(q->value(i)));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        summary.sum += qFromBigEndian<quint64>(hash.result().constData());
        ++summary.rows;
    }
    return summary;
}

// Times as the destination stores them: SQLite wants text, PostgreSQL takes either.
QVariant forDestination(const QVariant &value, const Database &to)
{
    if (!to.isPostgres() && value.typeId() == QMetaType::QDateTime)
        return Database::toSql(value.toDateTime());
    if (value.isNull())
        return QVariant();
    return value;
}

} // namespace

QStringList DatabaseCopy::tables()
{
    return { QStringLiteral("contacts"), QStringLiteral("articles"),
        QStringLiteral("article_sections"), QStringLiteral("article_contacts"),
        QStringLiteral("agenda_entries"), QStringLiteral("agenda_sections"),
        QStringLiteral("agenda_contacts"), QStringLiteral("site_settings"), QStringLiteral("media"),
        QStringLiteral("publish_targets"), QStringLiteral("publish_files"),
        QStringLiteral("publish_runs"), QStringLiteral("publish_steps"),
        QStringLiteral("render_cache"), QStringLiteral("submissions"),
        QStringLiteral("submission_decisions"), QStringLiteral("wordpress_posts"),
        QStringLiteral("wordpress_media"), QStringLiteral("wordpress_terms"),
        QStringLiteral("wordpress_log"), QStringLiteral("comments"), QStringLiteral("revisions"),
        QStringLiteral("activity"), QStringLiteral("notifications") };
}

Result<QStringList> DatabaseCopy::orphans(const Database &from)
{
    QStringList found;
    for (const Link &l : Links) {
        auto n = from.scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                .arg(QLatin1StringView(l.table), QLatin1StringView(l.orphanCondition)));
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            found.append(tr("%1 rows of %2 refer to missing %3; they are not copied.")
                             .arg(n->toInt())
                             .arg(QLatin1StringView(l.table), QLatin1StringView(l.parent)));
    }
    return found;
}

Result<DatabaseCopy::Report> DatabaseCopy::copy(
    const Database &from, Database &to, const Progress &progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::failed(tr("“%1” (version %2) and “%3” (version %4) are not of the same "
                                "version of Relais; open both with this Relais first.")
                                 .arg(from.path())
                                 .arg(from.schemaVersion())
                                 .arg(to.path())
                                 .arg(to.schemaVersion()));
    Report report;
    // The destination must be empty: a copy never mixes two newsrooms.
    for (const QString &table : tables()) {
        auto n = to.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return Error::invalid(tr("“%1” is not empty (its table %2 holds %3 rows); copy into "
                                     "an empty database.")
                                      .arg(to.path(), table)
                                      .arg(n->toInt()));
    }

    // Every row at once: no row of changes each, one change of everything at the end.
    Database &destination = to;
    if (auto r = destination.setChangesNoted(false); !r)
        return r.error();
    const auto noteAgain = qScopeGuard([&destination] { (void)destination.setChangesNoted(true); });
    Transaction transaction(to);
    if (!transaction.isActive())
        return transaction.error();
    // A newsroom lets each person write only their own history, comments, log and
    // notifications; an administrator's copy into an empty newsroom may write everyone's, for
    // this transaction only (migration 13).
    if (to.isPostgres()) {
        if (auto r = to.exec(QStringLiteral("SELECT relais_copy_begin()")); !r) {
            if (r.error().detail.contains(QStringLiteral("not empty")))
                return Error::invalid(
                    tr("“%1” is not empty; copy into an empty database.").arg(to.path()),
                    r.error().detail);
            if (r.error().detail.contains(QStringLiteral("only an administrator")))
                return Error { Error::Code::Denied,
                    tr("Only an administrator of the newsroom %1 may copy a database into it.")
                        .arg(to.path()),
                    r.error().detail };
            return r.error();
        }
    }
    for (const QString &table : tables()) {
        auto columns = columnsOf(from, table);
        if (!columns)
            return columns.error();
        const QString orphan = orphanConditionOf(table);
        const QString where
            = orphan.isEmpty() ? QString() : QStringLiteral(" WHERE NOT (%1)").arg(orphan);
        auto total = from.scalar(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, where));
        if (!total)
            return total.error();
        auto rows = from.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY 1")
                                  .arg(columns->join(QStringLiteral(", ")), table, where));
        if (!rows)
            return rows.error();
        // Prepared once per table, and many rows to a statement: on a newsroom each statement is
        // a round trip (a statement per row made 20,000 rows take seconds of waiting alone).
        const int perRow = int(columns->size());
        const int batchRows = std::max(1, std::min(200, 30000 / perRow));
        const QString columnList = columns->join(QStringLiteral(", "));
        const QString oneRow = QStringLiteral("(")
            + QStringList(perRow, QStringLiteral("?")).join(QStringLiteral(", "))
            + QStringLiteral(")");
        auto prepared = [&](QSqlQuery &query, int count) -> Result<void> {
            if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                   .arg(table, columnList,
                                       QStringList(count, oneRow).join(QStringLiteral(", ")))))
                return Error::failed(
                    tr("%1 could not be copied: %2").arg(table, query.lastError().databaseText()),
                    query.lastError().text());
            return {};
        };
        QSqlQuery single(to.connection());
        QSqlQuery batch(to.connection());
        if (auto r = prepared(single, 1); !r)
            return r.error();
        if (auto r = prepared(batch, batchRows); !r)
            return r.error();
        QVariantList pending;
        pending.reserve(qsizetype(batchRows) * perRow);
        int done = 0;
        auto send = [&](QSqlQuery &query, int count) -> Result<void> {
            for (const QVariant &value : std::as_const(pending))
                query.addBindValue(value);
            pending.clear();
            if (!query.exec())
                return Error::failed(tr("Row %1 of %2 could not be copied: %3")
                                         .arg(done + 1)
                                         .arg(table, query.lastError().databaseText()),
                    query.lastError().text());
            const int before = done;
            done += count;
            if (progress && before / 500 != done / 500 && !progress(table, done, total->toInt()))
                return Error::failed(tr("The copy was cancelled; nothing was written."));
            return {};
        };
        int buffered = 0;
        while (rows->next()) {
            for (int i = 0; i < perRow; ++i)
                pending.append(forDestination(rows->value(i), to));
            if (++buffered == batchRows) {
                if (auto r = send(batch, batchRows); !r)
                    return r.error();
                buffered = 0;
            }
        }
        // The rest, a row at a time (each row's values in order in pending).
        const QVariantList rest = std::exchange(pending, {});
        for (int row = 0; row < buffered; ++row) {
            pending = rest.mid(qsizetype(row) * perRow, perRow);
            if (auto r = send(single, 1); !r)
                return r.error();
        }
        if (progress && !progress(table, done, total->toInt()))
            return Error::failed(tr("The copy was cancelled; nothing was written."));
        // What was written is what was read.
        auto source = summarize(from, table, *columns, where);
        auto copied = summarize(to, table, *columns, QString());
        if (!source)
            return source.error();
        if (!copied)
            return copied.error();
        if (source->rows != copied->rows || source->sum != copied->sum)
            return Error::failed(tr("The copy of %1 differs from its source (%2 rows read, %3 "
                                    "written); nothing was written.")
                                     .arg(table)
                                     .arg(source->rows)
                                     .arg(copied->rows));
        if (to.isPostgres() && columns->contains(QStringLiteral("id"))
            && columns->first() == u"id") {
            // New ids go on after the copied ones.
            if (auto r = to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                "'id'), coalesce(max(id), 0) + 1, false) FROM %1")
                                     .arg(table));
                !r)
                return r.error();
        }
        report.tables.append({ table, done });
    }
    if (auto r = ChangeRepository(destination).noteEverything(); !r)
        return r.error();
    if (to.isPostgres()) {
        if (auto r = to.exec(QStringLiteral("SELECT relais_copy_end()")); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return report;
}

} // namespace Relais
