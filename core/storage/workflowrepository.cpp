// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workflowrepository.h"

#include "content/vocabulary.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/listquery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Relais {

namespace {

constexpr int WorkflowVersion = 12;
constexpr qsizetype LongestReason = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::WorkflowRepository", text);
}

QString tableOf(const QString &type)
{
    return type == EntityType::Agenda ? QStringLiteral("agenda_entries")
                                      : QStringLiteral("articles");
}

} // namespace

bool WorkflowRepository::available() const
{
    return m_db.schemaVersion() >= WorkflowVersion;
}

Result<WorkflowRepository::Item> WorkflowRepository::find(const QUuid &uuid) const
{
    if (!available())
        return Error::invalid(tr("This database has no editorial workflow yet: open it with this "
                                 "Relais once to bring it up to date."));
    for (const QString &type : { EntityType::Article, EntityType::Agenda }) {
        auto rows = m_db.exec(QStringLiteral("SELECT id, revision, title, status, review, "
                                             "created_by, assigned_to, deleted_at FROM %1 "
                                             "WHERE uuid = ?")
                                  .arg(tableOf(type)),
            { uuid.toString(QUuid::WithoutBraces) });
        if (!rows)
            return rows.error();
        if (!rows->next())
            continue;
        Item item;
        item.type = type;
        item.uuid = uuid;
        item.id = rows->value(0).toLongLong();
        item.revision = rows->value(1).toInt();
        item.title = rows->value(2).toString();
        item.status
            = Vocabulary::statusFromString(rows->value(3).toString()).value_or(Status::Draft);
        item.review = Workflow::reviewFromString(rows->value(4).toString()).value_or(Review::None);
        item.createdBy = rows->value(5).toString();
        item.assignedTo = rows->value(6).toString();
        item.trashed = !rows->value(7).isNull();
        return item;
    }
    return Error { Error::Code::NotFound,
        tr("There is no article or agenda entry with the id %1.")
            .arg(uuid.toString(QUuid::WithoutBraces)),
        {} };
}

Error WorkflowRepository::refused(const QString &what, const QString &needed) const
{
    return Error { Error::Code::Denied,
        tr("%1 takes %2; %3 is %4.")
            .arg(
                what, Database::roleName(needed), m_db.userName(), Database::roleName(m_db.role())),
        {} };
}

Result<int> WorkflowRepository::move(const Item &item, int revision, Review review,
    const QString &assignedTo, const QString &action, const QString &detail)
{
    if (item.trashed)
        return Error::invalid(tr("“%1” is in the trash; restore it first.").arg(item.title));
    const int expected = revision < 0 ? item.revision : revision;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET review = ?, assigned_to = ?, updated_at = ?, "
                                      "revision = revision + 1 WHERE id = ? AND revision = ?")
                           .arg(tableOf(item.type)),
        { Workflow::toString(review), assignedTo, Database::toSql(m_db.now()), item.id, expected });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1) {
        if (expected == item.revision) {
            // There, unchanged, and not written: row-level security kept it from this person.
            return Error { Error::Code::Denied,
                tr("“%1” was not changed. %2").arg(item.title, m_db.refusal()), {} };
        }
        return Error { Error::Code::StaleRevision,
            tr("“%1” was changed elsewhere since you opened it (revision %2, yours is %3).")
                .arg(item.title)
                .arg(item.revision)
                .arg(expected),
            {} };
    }
    ActivityRepository activity(m_db);
    auto logged = activity.log(action, item.type, item.uuid, item.title, detail);
    if (!logged)
        return logged.error();
    QStringList recipients;
    QString kind;
    if (action == u"submitted") {
        kind = QStringLiteral("review");
        if (!assignedTo.isEmpty()) {
            recipients << assignedTo;
        } else {
            auto editors = activity.people(QStringLiteral("editor"));
            if (!editors)
                return editors.error();
            recipients = *editors;
        }
    } else if (action == u"assigned") {
        kind = QStringLiteral("assigned");
        recipients << assignedTo;
    } else {
        kind = action; // approved, returned: the writer hears of it
        recipients << item.createdBy;
    }
    if (auto n = activity.notify(*logged, kind, recipients); !n)
        return n.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return expected + 1;
}

Result<int> WorkflowRepository::submit(const QUuid &uuid, int revision)
{
    auto item = find(uuid);
    if (!item)
        return item.error();
    if (item->state() != WorkflowState::Draft)
        return Error::invalid(
            tr("“%1” is not a draft waiting to be sent for review: it is %2.")
                .arg(item->title, Workflow::displayName(item->state()).toLower()));
    if (item->createdBy != m_db.userName() && !m_db.hasRole(QStringLiteral("editor")))
        return refused(tr("Sending somebody else's draft for review"), QStringLiteral("editor"));
    return move(
        *item, revision, Review::InReview, item->assignedTo, QStringLiteral("submitted"), {});
}

Result<int> WorkflowRepository::approve(const QUuid &uuid, int revision)
{
    auto item = find(uuid);
    if (!item)
        return item.error();
    if (!m_db.hasRole(QStringLiteral("editor")))
        return refused(tr("Approving “%1”").arg(item->title), QStringLiteral("editor"));
    if (item->state() != WorkflowState::InReview && item->state() != WorkflowState::Draft)
        return Error::invalid(
            tr("“%1” cannot be approved: it is %2.")
                .arg(item->title, Workflow::displayName(item->state()).toLower()));
    return move(
        *item, revision, Review::Approved, item->assignedTo, QStringLiteral("approved"), {});
}

Result<int> WorkflowRepository::returnToWriter(
    const QUuid &uuid, const QString &reason, int revision)
{
    auto item = find(uuid);
    if (!item)
        return item.error();
    if (!m_db.hasRole(QStringLiteral("editor")))
        return refused(
            tr("Returning “%1” to its writer").arg(item->title), QStringLiteral("editor"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::invalid(
            tr("Say why “%1” goes back to its writer: a reason is needed.").arg(item->title));
    if (why.size() > LongestReason)
        return Error::invalid(tr("The reason is too long (%1 characters; %2 at most).")
                                  .arg(why.size())
                                  .arg(LongestReason));
    if (item->state() != WorkflowState::InReview && item->state() != WorkflowState::Approved)
        return Error::invalid(
            tr("“%1” is not in review: it is %2.")
                .arg(item->title, Workflow::displayName(item->state()).toLower()));
    return move(*item, revision, Review::None, item->assignedTo, QStringLiteral("returned"), why);
}

Result<int> WorkflowRepository::assign(const QUuid &uuid, const QString &login, int revision)
{
    auto item = find(uuid);
    if (!item)
        return item.error();
    const bool writerOfDraft
        = item->createdBy == m_db.userName() && item->state() == WorkflowState::Draft;
    if (!m_db.hasRole(QStringLiteral("editor")) && !writerOfDraft)
        return refused(tr("Assigning “%1”").arg(item->title), QStringLiteral("editor"));
    if (!login.isEmpty()) {
        ActivityRepository activity(m_db);
        auto people = activity.people();
        if (!people)
            return people.error();
        if (!people->contains(login))
            return Error::invalid(
                tr("“%1” is not a person of this newsroom who may log in.").arg(login));
    }
    return move(*item, revision, item->review, login, QStringLiteral("assigned"), login);
}

QString WorkflowRepository::mineCondition(const QString &alias)
{
    return QStringLiteral("%1.created_by = ?").arg(alias);
}

QString WorkflowRepository::waitingCondition(const Database &db, const QString &alias)
{
    const QString assigned = db.hasRole(QStringLiteral("editor"))
        ? QStringLiteral("(%1.assigned_to = ? OR %1.assigned_to = '')")
        : QStringLiteral("%1.assigned_to = ?");
    return QStringLiteral("%1.status = 'draft' AND %1.review = 'in_review' AND ").arg(alias)
        + assigned.arg(alias);
}

Result<int> WorkflowRepository::countMine() const
{
    if (!available())
        return 0;
    auto count = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM articles t WHERE t.deleted_at IS NULL AND %1) "
                       "+ (SELECT count(*) FROM agenda_entries t WHERE t.deleted_at IS NULL AND "
                       "%1)")
            .arg(mineCondition(QStringLiteral("t"))),
        { m_db.userName(), m_db.userName() });
    if (!count)
        return count.error();
    return count->toInt();
}

Result<int> WorkflowRepository::countWaiting() const
{
    if (!available())
        return 0;
    auto count = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM articles t WHERE t.deleted_at IS NULL AND %1) "
                       "+ (SELECT count(*) FROM agenda_entries t WHERE t.deleted_at IS NULL AND "
                       "%1)")
            .arg(waitingCondition(m_db, QStringLiteral("t"))),
        { m_db.userName(), m_db.userName() });
    if (!count)
        return count.error();
    return count->toInt();
}

Result<ActivityEntry> WorkflowRepository::lastReturn(const QUuid &uuid) const
{
    // The newest step of its review: a return, unless it was sent or approved since.
    ActivityEntry entry;
    if (!available())
        return entry;
    auto rows = m_db.exec(QStringLiteral("SELECT id, at, actor, action, detail FROM activity "
                                         "WHERE item_uuid = ? AND action IN ('submitted', "
                                         "'approved', 'returned') ORDER BY id DESC LIMIT 1"),
        { uuid.toString(QUuid::WithoutBraces) });
    if (!rows)
        return rows.error();
    if (rows->next() && rows->value(3).toString() == u"returned") {
        entry.id = rows->value(0).toLongLong();
        entry.at = Database::fromSql(rows->value(1));
        entry.actor = rows->value(2).toString();
        entry.action = rows->value(3).toString();
        entry.itemUuid = uuid;
        entry.detail = rows->value(4).toString();
    }
    return entry;
}

} // namespace Relais
