// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"
#include "result.h"

#include <QList>
#include <QUuid>

namespace Relais {

class Database;

// Editorial comments on articles and agenda entries (migration 12): replies, resolving, editing
// and deleting one's own, mentions (@login) that notify the person. Plain text, never
// published. On a newsroom, only a comment's author changes its words (a trigger), and the
// item's writer and editors may also resolve it.
class CommentRepository
{
public:
    static constexpr qsizetype Longest = 10000;

    explicit CommentRepository(const Database &db)
        : m_db(db)
    { }

    bool available() const;

    // The comments of an item, in threads: each top one followed by its replies, oldest first.
    Result<QList<Comment>> list(const QUuid &item) const;
    Result<Comment> load(qint64 id) const;
    // A new comment (a reply when parentId is not 0) by this person; the item's writer, its
    // assigned editor, the others in the thread and the people mentioned are notified.
    Result<Comment> add(const QUuid &item, const QString &body, qint64 parentId = 0);
    Result<void> edit(qint64 id, const QString &body);
    Result<void> remove(qint64 id);
    Result<void> setResolved(qint64 id, bool resolved);
    // Open (unresolved, not deleted) comments of an item.
    Result<int> openCount(const QUuid &item) const;

    // A comment's text as stored: trimmed, control characters but line breaks and tabs out.
    static QString cleaned(const QString &body);

private:
    Result<Comment> own(qint64 id) const;

    const Database &m_db;
};

} // namespace Relais
