// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/submissionrepository.h"

#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::SubmissionRepository", text);
}

const QString rowColumns = QStringLiteral(
    "id, source, external_id, received_at, kind, title, starts_at, submitter_name, state");
const QString fullColumns = rowColumns
    + QStringLiteral(", imported_at, data, warnings, raw, raw_sha256, remote_path, "
                     "item_type, item_uuid");

SubmissionRow rowFrom(const QSqlQuery &q)
{
    SubmissionRow r;
    r.id = q.value(0).toLongLong();
    r.source = q.value(1).toString();
    r.externalId = q.value(2).toString();
    r.receivedAt = Database::fromSql(q.value(3));
    SubmissionText::fromString(q.value(4).toString(), &r.kind);
    r.title = q.value(5).toString();
    r.startsAt = Database::fromSql(q.value(6));
    r.submitterName = q.value(7).toString();
    SubmissionText::fromString(q.value(8).toString(), &r.state);
    return r;
}

Submission submissionFrom(const QSqlQuery &q)
{
    Submission s
        = SubmissionJson::read(QJsonDocument::fromJson(q.value(10).toByteArray()).object());
    const SubmissionRow row = rowFrom(q);
    s.id = row.id;
    s.source = row.source;
    s.externalId = row.externalId;
    s.receivedAt = row.receivedAt;
    s.state = row.state;
    s.importedAt = Database::fromSql(q.value(9));
    const QString warnings = q.value(11).toString();
    s.warnings = warnings.isEmpty() ? QStringList() : warnings.split(QLatin1Char('\n'));
    s.raw = q.value(12).toByteArray();
    s.rawSha256 = q.value(13).toString();
    s.remotePath = q.value(14).toString();
    s.itemType = q.value(15).toString();
    s.itemUuid = QUuid::fromString(q.value(16).toString());
    return s;
}

SubmissionDecision decisionFrom(const QSqlQuery &q)
{
    SubmissionDecision d;
    d.id = q.value(0).toLongLong();
    d.submissionId = q.value(1).toLongLong();
    d.at = Database::fromSql(q.value(2));
    d.who = q.value(3).toString();
    SubmissionText::fromString(q.value(4).toString(), &d.action);
    d.reason = q.value(5).toString();
    d.itemType = q.value(6).toString();
    d.itemUuid = QUuid::fromString(q.value(7).toString());
    return d;
}

const QString decisionColumns = QStringLiteral(
    "id, submission_id, decided_at, decided_by, action, reason, item_type, item_uuid");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

SubmissionRepository::SubmissionRepository(const Database &db)
    : m_db(db)
{ }

Result<SubmissionImport> SubmissionRepository::add(const QList<Submission> &submissions)
{
    SubmissionImport report;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QDateTime now = m_db.now();
    for (const Submission &s : submissions) {
        const QString sha = s.rawSha256.isEmpty() ? sha256(s.raw) : s.rawSha256;
        auto known = m_db.exec(
            QStringLiteral(
                "SELECT raw_sha256 FROM submissions WHERE source = ? AND external_id = ?"),
            { s.source, s.externalId });
        if (!known)
            return known.error();
        if (known->next()) {
            if (known->value(0).toString() == sha) {
                ++report.alreadyThere;
            } else {
                report.problems.append({ s.remotePath.isEmpty() ? s.source : s.remotePath, 0,
                    s.externalId, QStringLiteral("id"),
                    tr("another submission with this id, and different content, is already "
                       "stored; the stored one is kept."),
                    true });
            }
            continue;
        }
        const QByteArray data
            = QJsonDocument(SubmissionJson::write(s)).toJson(QJsonDocument::Compact);
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO submissions (source, external_id, received_at, imported_at, kind, "
                "title, "
                "starts_at, submitter_name, state, data, warnings, raw, raw_sha256, remote_path) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?) RETURNING id"),
            { s.source, s.externalId, Database::toSql(s.receivedAt), Database::toSql(now),
                SubmissionText::toString(s.kind), s.title, Database::toSql(s.startsAt),
                s.submitter.name.isEmpty() ? s.submitter.organization : s.submitter.name,
                QString::fromUtf8(data), s.warnings.join(QLatin1Char('\n')), s.raw, sha,
                s.remotePath });
        if (!q)
            return q.error();
        report.ids.append(Database::returnedId(*q));
        ++report.added;
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return report;
}

Result<Submission> SubmissionRepository::load(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM submissions WHERE id = ?").arg(fullColumns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {} };
    return submissionFrom(*q);
}

Result<Submission> SubmissionRepository::find(const QString &idOrNumber) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id FROM submissions WHERE external_id = ?"), { idOrNumber });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (ids.size() > 1)
        return Error::invalid(
            tr("Two sources sent a submission with the id “%1”: give its number instead.")
                .arg(idOrNumber));
    if (ids.size() == 1)
        return load(ids.first());
    bool number = false;
    const qint64 id = idOrNumber.toLongLong(&number);
    if (number)
        return load(id);
    return Error { Error::Code::NotFound, tr("There is no submission “%1”.").arg(idOrNumber), {} };
}

Result<QList<SubmissionRow>> SubmissionRepository::list(const SubmissionFilter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM submissions WHERE 1 = 1").arg(rowColumns);
    QVariantList values;
    if (filter.state) {
        sql += QStringLiteral(" AND state = ?");
        values.append(SubmissionText::toString(*filter.state));
    }
    if (!filter.source.isEmpty()) {
        sql += QStringLiteral(" AND source = ?");
        values.append(filter.source);
    }
    sql += QStringLiteral(" ORDER BY received_at DESC, id DESC");
    return rowsOf(m_db.exec(sql, values));
}

Result<QList<SubmissionRow>> SubmissionRepository::rowsOf(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<SubmissionRow> rows;
    while (q->next())
        rows.append(rowFrom(*q));
    return rows;
}

Result<QMap<Submission::State, int>> SubmissionRepository::counts() const
{
    auto q = m_db.exec(QStringLiteral("SELECT state, count(*) FROM submissions GROUP BY state"));
    if (!q)
        return q.error();
    QMap<Submission::State, int> counts;
    while (q->next()) {
        Submission::State state;
        if (SubmissionText::fromString(q->value(0).toString(), &state))
            counts.insert(state, q->value(1).toInt());
    }
    return counts;
}

Result<int> SubmissionRepository::countNew() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM submissions WHERE state = 'new'"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QStringList> SubmissionRepository::sources() const
{
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT source FROM submissions ORDER BY source"));
    if (!q)
        return q.error();
    QStringList sources;
    while (q->next())
        sources.append(q->value(0).toString());
    return sources;
}

Result<QList<SubmissionRow>> SubmissionRepository::startingOn(
    const QDate &day, const QTimeZone &zone, qint64 exceptId) const
{
    const QDateTime from = QDateTime(day, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    return rowsOf(m_db.exec(
        QStringLiteral(
            "SELECT %1 FROM submissions WHERE starts_at >= ? AND starts_at < ? AND id <> ?")
            .arg(rowColumns),
        { Database::toSql(from), Database::toSql(to), exceptId }));
}

Result<QSet<QString>> SubmissionRepository::remotePaths(const QString &source) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT remote_path FROM submissions WHERE source = ? AND remote_path <> ''"),
        { source });
    if (!q)
        return q.error();
    QSet<QString> paths;
    while (q->next())
        paths.insert(q->value(0).toString());
    return paths;
}

Result<QStringList> SubmissionRepository::decidedInboxFiles(const QString &source) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT remote_path FROM submissions WHERE source = ? AND remote_path <> '' "
                       "GROUP BY remote_path HAVING sum(state = 'new') = 0 ORDER BY remote_path"),
        { source });
    if (!q)
        return q.error();
    QStringList paths;
    while (q->next())
        paths.append(q->value(0).toString());
    return paths;
}

Result<void> SubmissionRepository::clearRemotePath(const QString &source, const QString &path)
{
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE submissions SET remote_path = '' WHERE source = ? AND remote_path = ?"),
        { source, path });
    if (!q)
        return q.error();
    return {};
}

Result<SubmissionDecision> SubmissionRepository::decide(SubmissionDecision decision)
{
    using Action = SubmissionDecision::Action;
    if (decision.who.isEmpty())
        decision.who = m_db.userName();
    if (!decision.at.isValid())
        decision.at = m_db.now();
    if (decision.action == Action::Approved
        && (decision.itemType.isEmpty() || decision.itemUuid.isNull()))
        return Error::invalid(tr("An approval names the item made from the submission."));
    if (decision.action == Action::Purged)
        return Error::invalid(tr("Use purgeRaw() to purge a payload."));
    const QString state = decision.action == Action::Approved ? QStringLiteral("approved")
        : decision.action == Action::Rejected                 ? QStringLiteral("rejected")
        : decision.action == Action::Duplicate                ? QStringLiteral("duplicate")
                                                              : QStringLiteral("new");
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QString sql = QStringLiteral("UPDATE submissions SET state = ?");
    QVariantList values { state };
    if (decision.action == Action::Approved) {
        sql += QStringLiteral(", item_type = ?, item_uuid = ?");
        values << decision.itemType << decision.itemUuid.toString(QUuid::WithoutBraces);
    }
    sql += QStringLiteral(" WHERE id = ?");
    values << decision.submissionId;
    auto update = m_db.exec(sql, values);
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return Error { Error::Code::NotFound,
            tr("There is no submission number %1.").arg(decision.submissionId), {} };
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO submission_decisions (submission_id, decided_at, decided_by, "
                       "action, reason, item_type, item_uuid) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        { decision.submissionId, Database::toSql(decision.at), decision.who,
            SubmissionText::toString(decision.action), decision.reason, decision.itemType,
            decision.itemUuid.isNull() ? QString()
                                       : decision.itemUuid.toString(QUuid::WithoutBraces) });
    if (!insert)
        return insert.error();
    decision.id = Database::returnedId(*insert);
    // The activity log: who decided which submission, and how.
    auto title = m_db.scalar(
        QStringLiteral("SELECT title FROM submissions WHERE id = ?"), { decision.submissionId });
    if (!title)
        return title.error();
    if (auto r = ActivityRepository(m_db).log(QStringLiteral("decided"),
            QStringLiteral("submission"), {}, title->toString(),
            decision.reason.isEmpty() ? state : state + QStringLiteral(": ") + decision.reason);
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return decision;
}

Result<QList<SubmissionDecision>> SubmissionRepository::decisions(qint64 submissionId) const
{
    return decisionsWhere(QStringLiteral("submission_id = ?"), submissionId);
}

Result<QList<SubmissionDecision>> SubmissionRepository::decisionsForItem(const QUuid &item) const
{
    return decisionsWhere(QStringLiteral("item_uuid = ?"), item.toString(QUuid::WithoutBraces));
}

Result<QList<SubmissionDecision>> SubmissionRepository::decisionsWhere(
    const QString &condition, const QVariant &value) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM submission_decisions WHERE %2 ORDER BY id")
                           .arg(decisionColumns, condition),
        { value });
    if (!q)
        return q.error();
    QList<SubmissionDecision> found;
    while (q->next())
        found.append(decisionFrom(*q));
    return found;
}

Result<void> SubmissionRepository::purgeRaw(qint64 id, const QString &who)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto update
        = m_db.exec(QStringLiteral("UPDATE submissions SET raw = NULL WHERE id = ?"), { id });
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {} };
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO submission_decisions (submission_id, decided_at, decided_by, "
                       "action) VALUES (?, ?, ?, 'purged')"),
        { id, Database::toSql(m_db.now()), who.isEmpty() ? m_db.userName() : who });
    if (!insert)
        return insert.error();
    return transaction.commit();
}

} // namespace Relais
