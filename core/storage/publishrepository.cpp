// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/publishrepository.h"

#include "content/remotepath.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Relais {

namespace {

// Earlier than any time stored: "since ever" in comparisons with stored times, on both engines.
QDateTime beforeEverything()
{
    return QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::PublishRepository", text);
}

const QString targetColumns = QStringLiteral(
    "id, name, kind, url, username, trusted_certificate, last_manifest, created_at, account");

PublishTarget targetFromRow(const QSqlQuery &q)
{
    PublishTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = q.value(2).toString();
    t.url = QUrl(q.value(3).toString());
    t.username = q.value(4).toString();
    t.trustedCertificate = q.value(5).toString().toLatin1();
    t.lastManifest = q.value(6).toByteArray();
    t.createdAt = Database::fromSql(q.value(7));
    t.account = q.value(8).toString().toUtf8();
    return t;
}

const QString runColumns = QStringLiteral("r.id, r.target_id, t.name, r.started_at, r.finished_at, "
                                          "r.state, r.planned_uploads, r.planned_deletes, "
                                          "r.planned_bytes, r.uploaded, r.deleted, r.failed, "
                                          "r.bytes, r.requests, r.resumed_from, r.errors");

PublishRun runFromRow(const QSqlQuery &q)
{
    PublishRun r;
    r.id = q.value(0).toLongLong();
    r.targetId = q.value(1).toLongLong();
    r.targetName = q.value(2).toString();
    r.startedAt = Database::fromSql(q.value(3));
    r.finishedAt = Database::fromSql(q.value(4));
    r.state = RunStates::fromString(q.value(5).toString());
    r.plannedUploads = q.value(6).toInt();
    r.plannedDeletes = q.value(7).toInt();
    r.plannedBytes = q.value(8).toLongLong();
    r.uploaded = q.value(9).toInt();
    r.deleted = q.value(10).toInt();
    r.failed = q.value(11).toInt();
    r.bytes = q.value(12).toLongLong();
    r.requests = q.value(13).toInt();
    r.resumedFrom = q.value(14).toLongLong();
    r.errors = q.value(15).toString();
    return r;
}

} // namespace

PublishRepository::PublishRepository(const Database &db)
    : m_db(db)
{ }

QString PublishRepository::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A target needs a name.");
    if (name.size() > 80)
        return tr("The name is longer than 80 characters.");
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The name contains a control character.");
    }
    return {};
}

Result<QList<PublishTarget>> PublishRepository::targets() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM publish_targets ORDER BY name").arg(targetColumns));
    if (!q)
        return q.error();
    QList<PublishTarget> list;
    while (q->next())
        list.append(targetFromRow(*q));
    return list;
}

Result<PublishTarget> PublishRepository::target(const QString &name) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM publish_targets WHERE name = ?").arg(targetColumns),
        { name });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound,
            tr("There is no publishing target named “%1”.").arg(name), {} };
    return targetFromRow(*q);
}

Result<PublishTarget> PublishRepository::target(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM publish_targets WHERE id = ?").arg(targetColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, tr("The publishing target no longer exists."), {} };
    return targetFromRow(*q);
}

Result<PublishTarget> PublishRepository::addTarget(PublishTarget target)
{
    target.name = target.name.trimmed();
    if (const QString problem = checkName(target.name); !problem.isEmpty())
        return Error::invalid(problem);
    if (const QString problem = RemotePath::checkBase(target.url); !problem.isEmpty())
        return Error::invalid(problem);
    auto existing = m_db.scalar(
        QStringLiteral("SELECT id FROM publish_targets WHERE name = ?"), { target.name });
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error { Error::Code::Conflict,
            tr("A target named “%1” exists already.").arg(target.name), {} };
    target.createdAt = m_db.now();
    if (target.kind != u"webdav" && target.kind != u"wordpress")
        return Error::invalid(
            tr("“%1” is not a kind of target (webdav or wordpress).").arg(target.kind));
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO publish_targets (name, kind, url, username, trusted_certificate, "
            "created_at, account) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { target.name, target.kind, target.url.toString(), target.username,
            QString::fromLatin1(target.trustedCertificate), Database::toSql(target.createdAt),
            QString::fromUtf8(target.account) });
    if (!q)
        return q.error();
    target.id = Database::returnedId(*q);
    return target;
}

Result<void> PublishRepository::updateTarget(const PublishTarget &target)
{
    if (const QString problem = checkName(target.name); !problem.isEmpty())
        return Error::invalid(problem);
    if (const QString problem = RemotePath::checkBase(target.url); !problem.isEmpty())
        return Error::invalid(problem);
    auto existing
        = m_db.scalar(QStringLiteral("SELECT id FROM publish_targets WHERE name = ? AND id <> ?"),
            { target.name.trimmed(), target.id });
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error { Error::Code::Conflict,
            tr("A target named “%1” exists already.").arg(target.name), {} };
    auto q = m_db.exec(QStringLiteral("UPDATE publish_targets SET name = ?, url = ?, username = ?, "
                                      "trusted_certificate = ? WHERE id = ?"),
        { target.name.trimmed(), target.url.toString(), target.username,
            QString::fromLatin1(target.trustedCertificate), target.id });
    if (!q)
        return q.error();
    return {};
}

Result<void> PublishRepository::removeTarget(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM publish_targets WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return {};
}

Result<void> PublishRepository::setTrustedCertificate(qint64 targetId, const QByteArray &sha256Hex)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE publish_targets SET trusted_certificate = ? WHERE id = ?"),
        { QString::fromLatin1(sha256Hex), targetId });
    if (!q)
        return q.error();
    return {};
}

Result<void> PublishRepository::setAccount(qint64 targetId, const QByteArray &json)
{
    auto q = m_db.exec(QStringLiteral("UPDATE publish_targets SET account = ? WHERE id = ?"),
        { QString::fromUtf8(json), targetId });
    if (!q)
        return q.error();
    return {};
}

Result<FileMap> PublishRepository::files(qint64 targetId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT path, sha256, size FROM publish_files WHERE target_id = ?"),
        { targetId });
    if (!q)
        return q.error();
    FileMap map;
    while (q->next())
        map.insert(q->value(0).toString(),
            FileState { q->value(1).toString().toLatin1(), q->value(2).toLongLong() });
    return map;
}

Result<void> PublishRepository::replaceFiles(qint64 targetId, const FileMap &files)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto q
        = m_db.exec(QStringLiteral("DELETE FROM publish_files WHERE target_id = ?"), { targetId });
        !q)
        return q.error();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it->sha256.isEmpty())
            continue;
        if (auto q
            = m_db.exec(QStringLiteral("INSERT INTO publish_files (target_id, path, sha256, size) "
                                       "VALUES (?, ?, ?, ?)"),
                { targetId, it.key(), QString::fromLatin1(it->sha256), it->size });
            !q)
            return q.error();
    }
    return tx.commit();
}

Result<qint64> PublishRepository::startRun(qint64 targetId, const PublishPlan &plan,
    const QDateTime &at, const QDateTime &renderedFor, qint64 resumedFrom)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (resumedFrom > 0) {
        if (auto q
            = m_db.exec(QStringLiteral(
                            "UPDATE publish_runs SET state = 'failed', finished_at = ?, errors = "
                            "errors || ? WHERE id = ? AND state = 'running'"),
                { Database::toSql(at), tr("Interrupted; resumed by a later run."), resumedFrom });
            !q)
            return q.error();
    }
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO publish_runs (target_id, started_at, rendered_for, state, "
                       "planned_uploads, planned_deletes, planned_bytes, resumed_from) "
                       "VALUES (?, ?, ?, 'running', ?, ?, ?, ?) RETURNING id"),
        { targetId, Database::toSql(at), Database::toSql(renderedFor), plan.uploads, plan.deletes,
            plan.bytes, resumedFrom > 0 ? QVariant(resumedFrom) : QVariant() });
    if (!q)
        return q.error();
    const qint64 runId = Database::returnedId(*q);
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO publish_steps (run_id, seq, action, path, sha256, size) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PublishStep &step = plan.steps.at(i);
        insert.addBindValue(runId);
        insert.addBindValue(i);
        insert.addBindValue(PublishStep::actionName(step.action));
        insert.addBindValue(step.path);
        const QString sha = QString::fromLatin1(step.state.sha256);
        insert.addBindValue(sha.isNull() ? QStringLiteral("") : sha);
        insert.addBindValue(step.state.size);
        if (!insert.exec())
            return Error::failed(
                tr("The publish plan could not be stored."), insert.lastError().text());
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return runId;
}

Result<void> PublishRepository::fileArrived(qint64 targetId, const PublishStep &step)
{
    Result<QSqlQuery> q = Error::failed(QString());
    switch (step.action) {
    case PublishStep::Action::Put:
        q = m_db.exec(
            QStringLiteral(
                "INSERT INTO publish_files (target_id, path, sha256, size) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (target_id, path) DO UPDATE SET sha256 = excluded.sha256, "
                "size = excluded.size"),
            { targetId, step.path, QString::fromLatin1(step.state.sha256), step.state.size });
        break;
    case PublishStep::Action::Delete:
        if (step.path.endsWith(QLatin1Char('/'))) {
            q = m_db.exec(
                QStringLiteral(
                    "DELETE FROM publish_files WHERE target_id = ? AND substr(path, 1, ?) = ?"),
                { targetId, step.path.size(), step.path });
        } else {
            q = m_db.exec(
                QStringLiteral("DELETE FROM publish_files WHERE target_id = ? AND path = ?"),
                { targetId, step.path });
        }
        break;
    case PublishStep::Action::Mkcol:
        return {};
    }
    if (!q)
        return q.error();
    return {};
}

Result<void> PublishRepository::stepsDone(qint64 runId, const QList<int> &seqs)
{
    if (seqs.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE publish_steps SET done = 1, error = '' WHERE run_id = ? AND seq = ?"));
    for (int seq : seqs) {
        update.addBindValue(runId);
        update.addBindValue(seq);
        if (!update.exec())
            return Error::failed(
                tr("The publish plan could not be stored."), update.lastError().text());
    }
    return tx.commit();
}

Result<void> PublishRepository::stepFailed(qint64 runId, int seq, const QString &error)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE publish_steps SET error = ? WHERE run_id = ? AND seq = ?"),
        { error, runId, seq });
    if (!q)
        return q.error();
    return {};
}

Result<void> PublishRepository::setLastManifest(qint64 targetId, const QByteArray &manifest)
{
    auto q = m_db.exec(QStringLiteral("UPDATE publish_targets SET last_manifest = ? WHERE id = ?"),
        { manifest.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(manifest),
            targetId });
    if (!q)
        return q.error();
    return {};
}

Result<void> PublishRepository::finishRun(const PublishRun &run)
{
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE publish_runs SET finished_at = ?, state = ?, uploaded = ?, deleted = ?, "
            "failed = ?, bytes = ?, requests = ?, errors = ? WHERE id = ?"),
        { Database::toSql(run.finishedAt), RunStates::toString(run.state), run.uploaded,
            run.deleted, run.failed, run.bytes, run.requests, run.errors, run.id });
    if (!q)
        return q.error();
    // The activity log: who published to which target, and how it ended.
    auto target = m_db.scalar(QStringLiteral("SELECT t.name FROM publish_targets t JOIN "
                                             "publish_runs r ON r.target_id = t.id WHERE r.id = ?"),
        { run.id });
    if (!target)
        return target.error();
    if (auto r
        = ActivityRepository(m_db).log(QStringLiteral("published_site"), {}, {}, target->toString(),
            QStringLiteral("%1: %2 uploaded, %3 deleted, %4 failed")
                .arg(RunStates::toString(run.state))
                .arg(run.uploaded)
                .arg(run.deleted)
                .arg(run.failed));
        !r)
        return r.error();
    return {};
}

Result<std::optional<PublishRun>> PublishRepository::unfinishedRun(qint64 targetId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM publish_runs r JOIN publish_targets t ON t.id = r.target_id "
                       "WHERE r.target_id = ? ORDER BY r.id DESC LIMIT 1")
            .arg(runColumns),
        { targetId });
    if (!q)
        return q.error();
    if (!q->next() || RunStates::fromString(q->value(5).toString()) == RunState::Done)
        return std::optional<PublishRun>();
    PublishRun run = runFromRow(*q);
    auto counts = m_db.exec(
        QStringLiteral(
            "SELECT count(*), coalesce(sum(done), 0) FROM publish_steps WHERE run_id = ?"),
        { run.id });
    if (!counts)
        return counts.error();
    if (counts->next()) {
        run.stepsTotal = counts->value(0).toInt();
        run.stepsDone = counts->value(1).toInt();
    }
    return std::optional<PublishRun>(run);
}

Result<QList<PublishRun>> PublishRepository::runs(qint64 targetId, int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM publish_runs r JOIN publish_targets t ON t.id = r.target_id "
                       "WHERE ? = 0 OR r.target_id = ? ORDER BY r.id DESC LIMIT ?")
            .arg(runColumns),
        { targetId, targetId, limit });
    if (!q)
        return q.error();
    QList<PublishRun> list;
    while (q->next())
        list.append(runFromRow(*q));
    return list;
}

Result<QDateTime> PublishRepository::lastPublished(qint64 targetId) const
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT max(rendered_for) FROM publish_runs WHERE state = 'done' AND "
                       "(? = 0 OR target_id = ?)"),
        { targetId, targetId });
    if (!v)
        return v.error();
    return Database::fromSql(*v);
}

Result<QHash<QString, CachedPage>> PublishRepository::renderCache() const
{
    auto q = m_db.exec(QStringLiteral("SELECT path, input_key, sha256, size FROM render_cache"));
    if (!q)
        return q.error();
    QHash<QString, CachedPage> pages;
    while (q->next()) {
        pages.insert(q->value(0).toString(),
            CachedPage { q->value(1).toString().toLatin1(),
                FileState { q->value(2).toString().toLatin1(), q->value(3).toLongLong() } });
    }
    return pages;
}

Result<void> PublishRepository::saveRenderCache(const QHash<QString, CachedPage> &pages)
{
    if (pages.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO render_cache (path, input_key, sha256, size) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET input_key = excluded.input_key, "
        "sha256 = excluded.sha256, size = excluded.size"));
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        insert.addBindValue(it.key());
        insert.addBindValue(QString::fromLatin1(it->key));
        insert.addBindValue(QString::fromLatin1(it->state.sha256));
        insert.addBindValue(it->state.size);
        if (!insert.exec())
            return Error::failed(
                tr("The render cache could not be stored."), insert.lastError().text());
    }
    return tx.commit();
}

Result<int> PublishRepository::dueBetween(const QDateTime &since, const QDateTime &now) const
{
    const QVariant from = Database::toSql(since.isValid() ? since : beforeEverything());
    auto v = m_db.scalar(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM articles WHERE deleted_at IS NULL AND status <> 'draft' "
            "AND publish_at > ? AND publish_at <= ?) + (SELECT count(*) FROM agenda_entries WHERE "
            "deleted_at IS NULL AND status <> 'draft' AND publish_at > ? AND publish_at <= ?)"),
        { from, Database::toSql(now), from, Database::toSql(now) });
    if (!v)
        return v.error();
    return v->toInt();
}

// The first key of Relais's advisory locks ("RELS"); the second is the target's id.
static constexpr int PublishLockClass = 0x52454C53;

Result<bool> PublishRepository::lockTarget(qint64 targetId)
{
    if (!m_db.isPostgres())
        return true;
    auto got = m_db.scalar(
        QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"), { PublishLockClass, int(targetId) });
    if (!got)
        return got.error();
    return got->toBool();
}

void PublishRepository::unlockTarget(qint64 targetId)
{
    if (m_db.isPostgres())
        (void)m_db.scalar(
            QStringLiteral("SELECT pg_advisory_unlock(?, ?)"), { PublishLockClass, int(targetId) });
}

Result<QDateTime> PublishRepository::nextDue(const QDateTime &now) const
{
    auto v = m_db.scalar(
        QStringLiteral(
            "SELECT min(t) FROM (SELECT min(publish_at) AS t FROM articles WHERE deleted_at IS "
            "NULL "
            "AND status <> 'draft' AND publish_at > ? UNION ALL SELECT min(publish_at) FROM "
            "agenda_entries WHERE deleted_at IS NULL AND status <> 'draft' AND publish_at > ?) "
            "AS due"),
        { Database::toSql(now), Database::toSql(now) });
    if (!v)
        return v.error();
    return Database::fromSql(*v);
}

Result<QDateTime> PublishRepository::unpublishedSince(
    const QDateTime &lastPublished, const QDateTime &now) const
{
    const QVariant from
        = Database::toSql(lastPublished.isValid() ? lastPublished : beforeEverything());
    QStringList parts;
    QVariantList values;
    for (const char *table : { "articles", "agenda_entries", "contacts" }) {
        // Live items by the (deleted_at, updated_at) index; trash moves by the trash index.
        parts.append(QStringLiteral(
            "SELECT min(updated_at) AS t FROM %1 WHERE deleted_at IS NULL AND updated_at > ?")
                         .arg(QLatin1String(table)));
        parts.append(QStringLiteral("SELECT min(deleted_at) FROM %1 WHERE deleted_at > ?")
                         .arg(QLatin1String(table)));
        values << from << from;
    }
    for (const char *table : { "articles", "agenda_entries" }) {
        parts.append(QStringLiteral(
            "SELECT min(publish_at) FROM %1 WHERE deleted_at IS NULL AND status <> 'draft' "
            "AND publish_at > ? AND publish_at <= ?")
                         .arg(QLatin1String(table)));
        values << from << Database::toSql(now);
    }
    auto v = m_db.scalar(QStringLiteral("SELECT min(t) FROM (%1) AS changes")
                             .arg(parts.join(QStringLiteral(" UNION ALL "))),
        values);
    if (!v)
        return v.error();
    return Database::fromSql(*v);
}

} // namespace Relais
