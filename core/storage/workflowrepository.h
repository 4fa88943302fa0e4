// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Relais {

class Database;

// The editorial workflow of articles and agenda entries (migration 12): a writer submits a
// draft for review, an editor approves it or returns it to the writer with a reason, and an
// item may be assigned to an editor. Each step checks the revision it read, raises it (an open
// editor then reloads), logs the activity and notifies who it concerns. The newsroom's
// row-level security decides who may; the checks here only give a clearer message first.
class WorkflowRepository
{
public:
    struct Item
    {
        QString type; // EntityType::Article or EntityType::Agenda
        qint64 id = 0;
        QUuid uuid;
        int revision = 0;
        QString title;
        Status status = Status::Draft;
        Review review = Review::None;
        QString createdBy;
        QString assignedTo;
        bool trashed = false;

        WorkflowState state() const { return Workflow::stateOf(status, review); }
    };

    explicit WorkflowRepository(const Database &db)
        : m_db(db)
    { }

    bool available() const;

    // The article or agenda entry with this uuid.
    Result<Item> find(const QUuid &uuid) const;

    // Each takes the revision the person saw (-1: whatever is there now) and answers the
    // item's new revision.
    Result<int> submit(const QUuid &uuid, int revision = -1);
    Result<int> approve(const QUuid &uuid, int revision = -1);
    Result<int> returnToWriter(const QUuid &uuid, const QString &reason, int revision = -1);
    // Assigns the item to a person of the newsroom (empty: to nobody).
    Result<int> assign(const QUuid &uuid, const QString &login, int revision = -1);

    // What the sidebar counts: this person's items, and those waiting for their review (in
    // review and assigned to them, or to nobody when they are an editor).
    static QString mineCondition(const QString &alias);
    static QString waitingCondition(const Database &db, const QString &alias);
    Result<int> countMine() const;
    Result<int> countWaiting() const;

    // The last reason an item was returned with, and by whom and when (empty when never).
    Result<ActivityEntry> lastReturn(const QUuid &uuid) const;

private:
    Result<int> move(const Item &item, int revision, Review review, const QString &assignedTo,
        const QString &action, const QString &detail);
    Error refused(const QString &what, const QString &needed) const;

    const Database &m_db;
};

} // namespace Relais
