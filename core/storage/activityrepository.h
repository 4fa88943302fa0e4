// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace Relais {

class Database;

// The newsroom's activity log and the notifications it makes (migration 12): who did what
// and when, written as the person who did it; each notification points at one line of the
// log and is read by its recipient only (row-level security on a newsroom).
class ActivityRepository
{
public:
    explicit ActivityRepository(const Database &db)
        : m_db(db)
    { }

    // False on a database older than the log.
    bool available() const;

    // Logs what this person did; its id.
    Result<qint64> log(const QString &action, const QString &itemType, const QUuid &itemUuid,
        const QString &title, const QString &detail = {});
    // An edit, unless this person's last edit of the item was logged less than ten minutes ago
    // (autosave saves every few seconds; the history keeps each of them).
    Result<void> logEdit(const QString &itemType, const QUuid &itemUuid, const QString &title,
        const QStringList &fields);
    // Tells each recipient (but the person who acted, and without repeats) about a line of the
    // log.
    Result<void> notify(qint64 activityId, const QString &kind, const QStringList &recipients);

    struct Filter
    {
        QDateTime since; // invalid: from the start
        QUuid item; // null: every item
        int limit = 500;
    };
    // The log, newest first.
    Result<QList<ActivityEntry>> entries(const Filter &filter) const;
    Result<QList<ActivityEntry>> entries() const { return entries(Filter {}); }

    // This person's notifications, newest first, and how many are unread.
    Result<QList<Notification>> notifications(int limit = 50) const;
    Result<int> unreadCount() const;
    // Marks these (all when empty) as read.
    Result<void> markRead(const QList<qint64> &ids = {});

    // The logins of the newsroom's people who have at least this role and may log in; on a
    // file, its one person.
    Result<QStringList> people(const QString &atLeast = QStringLiteral("contributor")) const;

private:
    const Database &m_db;
};

} // namespace Relais
