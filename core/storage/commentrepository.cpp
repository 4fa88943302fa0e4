// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/commentrepository.h"

#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/workflowrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Relais {

namespace {

constexpr int CommentsVersion = 12;

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::CommentRepository", text);
}

const QString columns = QStringLiteral("id, uuid, item_type, item_uuid, parent_id, author, body, "
                                       "created_at, edited_at, resolved_at, resolved_by, deleted");

Comment commentFrom(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.uuid = QUuid::fromString(q.value(1).toString());
    c.itemType = q.value(2).toString();
    c.itemUuid = QUuid::fromString(q.value(3).toString());
    c.parentId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    c.author = q.value(5).toString();
    c.body = q.value(6).toString();
    c.createdAt = Database::fromSql(q.value(7));
    c.editedAt = Database::fromSql(q.value(8));
    c.resolvedAt = Database::fromSql(q.value(9));
    c.resolvedBy = q.value(10).toString();
    c.deleted = q.value(11).toInt() != 0;
    return c;
}

} // namespace

bool CommentRepository::available() const
{
    return m_db.schemaVersion() >= CommentsVersion;
}

QString CommentRepository::cleaned(const QString &body)
{
    QString text;
    text.reserve(body.size());
    for (const QChar c : body) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')
            || (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format))
            text.append(c);
        else if (c == QLatin1Char('\r'))
            continue;
    }
    return text.trimmed();
}

Result<QList<Comment>> CommentRepository::list(const QUuid &item) const
{
    QList<Comment> out;
    if (!available())
        return out;
    auto rows = m_db.exec(
        QStringLiteral("SELECT %1 FROM comments WHERE item_uuid = ? ORDER BY id").arg(columns),
        { item.toString(QUuid::WithoutBraces) });
    if (!rows)
        return rows.error();
    QList<Comment> all;
    while (rows->next())
        all.append(commentFrom(*rows));
    // Threads: each top comment, then its replies (a reply to a reply joins the thread).
    QHash<qint64, qint64> topOf;
    QList<qint64> tops;
    QHash<qint64, QList<Comment>> replies;
    for (const Comment &c : std::as_const(all)) {
        const qint64 top
            = c.parentId != 0 && topOf.contains(c.parentId) ? topOf.value(c.parentId) : c.id;
        topOf.insert(c.id, top);
        if (top == c.id)
            tops.append(c.id);
        replies[top].append(c);
    }
    for (qint64 top : std::as_const(tops)) {
        const QList<Comment> thread = replies.value(top);
        // A deleted comment shows only while replies answer it.
        for (const Comment &c : thread) {
            if (c.deleted && thread.size() == 1)
                continue;
            out.append(c);
        }
    }
    return out;
}

Result<Comment> CommentRepository::load(qint64 id) const
{
    auto rows
        = m_db.exec(QStringLiteral("SELECT %1 FROM comments WHERE id = ?").arg(columns), { id });
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error { Error::Code::NotFound, tr("There is no comment %1.").arg(id), {} };
    return commentFrom(*rows);
}

Result<Comment> CommentRepository::add(const QUuid &item, const QString &body, qint64 parentId)
{
    WorkflowRepository workflow(m_db);
    auto found = workflow.find(item);
    if (!found)
        return found.error();
    const QString text = cleaned(body);
    if (text.isEmpty())
        return Error::invalid(tr("A comment needs some text."));
    if (text.size() > Longest)
        return Error::invalid(tr("The comment is too long (%1 characters; %2 at most).")
                                  .arg(text.size())
                                  .arg(Longest));
    QStringList thread;
    if (parentId != 0) {
        auto parent = load(parentId);
        if (!parent)
            return parent.error();
        if (parent->itemUuid != item)
            return Error::invalid(tr("Comment %1 is about another item.").arg(parentId));
        auto others = list(item);
        if (!others)
            return others.error();
        for (const Comment &c : std::as_const(*others)) {
            if (c.id == parentId || c.parentId == parentId || c.id == parent->parentId)
                thread.append(c.author);
        }
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QUuid uuid = QUuid::createUuid();
    auto r = m_db.exec(QStringLiteral("INSERT INTO comments (uuid, item_type, item_uuid, "
                                      "parent_id, author, body, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { uuid.toString(QUuid::WithoutBraces), found->type, item.toString(QUuid::WithoutBraces),
            parentId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(parentId),
            m_db.userName(), text, Database::toSql(m_db.now()) });
    if (!r)
        return r.error();
    const qint64 id = Database::returnedId(*r);
    ActivityRepository activity(m_db);
    auto logged = activity.log(
        QStringLiteral("commented"), found->type, item, found->title, text.left(200));
    if (!logged)
        return logged.error();
    QStringList mentioned;
    if (const QStringList names = Workflow::mentions(text); !names.isEmpty()) {
        auto people = activity.people();
        if (!people)
            return people.error();
        for (const QString &name : names) {
            if (people->contains(name))
                mentioned.append(name);
        }
    }
    if (auto n = activity.notify(*logged, QStringLiteral("mentioned"), mentioned); !n)
        return n.error();
    QStringList concerned { found->createdBy, found->assignedTo };
    concerned += thread;
    for (const QString &name : std::as_const(mentioned))
        concerned.removeAll(name); // told once, of the mention
    if (auto n = activity.notify(*logged, QStringLiteral("commented"), concerned); !n)
        return n.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return load(id);
}

Result<Comment> CommentRepository::own(qint64 id) const
{
    auto comment = load(id);
    if (!comment)
        return comment.error();
    if (comment->author != m_db.userName())
        return Error { Error::Code::Denied,
            tr("Only its author, %1, may change or delete this comment.").arg(comment->author),
            {} };
    if (comment->deleted)
        return Error { Error::Code::NotFound, tr("Comment %1 was deleted.").arg(id), {} };
    return comment;
}

Result<void> CommentRepository::edit(qint64 id, const QString &body)
{
    auto comment = own(id);
    if (!comment)
        return comment.error();
    const QString text = cleaned(body);
    if (text.isEmpty())
        return Error::invalid(tr("A comment needs some text; delete it instead."));
    if (text.size() > Longest)
        return Error::invalid(tr("The comment is too long (%1 characters; %2 at most).")
                                  .arg(text.size())
                                  .arg(Longest));
    auto r = m_db.exec(QStringLiteral("UPDATE comments SET body = ?, edited_at = ? WHERE id = ?"),
        { text, Database::toSql(m_db.now()), id });
    if (!r)
        return r.error();
    return {};
}

Result<void> CommentRepository::remove(qint64 id)
{
    auto comment = own(id);
    if (!comment)
        return comment.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE comments SET body = '', deleted = 1, edited_at = ? WHERE id = ?"),
        { Database::toSql(m_db.now()), id });
    if (!r)
        return r.error();
    return {};
}

Result<void> CommentRepository::setResolved(qint64 id, bool resolved)
{
    auto comment = load(id);
    if (!comment)
        return comment.error();
    WorkflowRepository workflow(m_db);
    auto item = workflow.find(comment->itemUuid);
    if (!item)
        return item.error();
    if (comment->author != m_db.userName() && item->createdBy != m_db.userName()
        && !m_db.hasRole(QStringLiteral("editor")))
        return Error { Error::Code::Denied,
            tr("A comment is resolved by its author, the item's writer or an editor; %1 is %2.")
                .arg(m_db.userName(), Database::roleName(m_db.role())),
            {} };
    auto r = m_db.exec(
        QStringLiteral("UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?"),
        { Database::toSql(resolved ? m_db.now() : QDateTime()),
            resolved ? m_db.userName() : QString(), id });
    if (!r)
        return r.error();
    return {};
}

Result<int> CommentRepository::openCount(const QUuid &item) const
{
    if (!available())
        return 0;
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM comments WHERE item_uuid = ? AND "
                                            "resolved_at IS NULL AND deleted = 0"),
        { item.toString(QUuid::WithoutBraces) });
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace Relais
