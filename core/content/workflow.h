// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Relais {

// Where an article or agenda entry stands in the newsroom's workflow: draft → in review →
// approved → scheduled / published (and archived). A draft's review says which of the first
// three it is; past them the status says it.
enum class WorkflowState { Draft, InReview, Approved, Scheduled, Published, Archived };

namespace Workflow {

WorkflowState stateOf(Status status, Review review);
template<typename T> WorkflowState stateOf(const T &item)
{
    return stateOf(item.status, item.review);
}
QString toString(WorkflowState state); // "draft", "in_review", "approved", "scheduled"…
std::optional<WorkflowState> stateFromString(QAnyStringView text);
QString displayName(WorkflowState state); // translated
QString toString(Review review); // "", "in_review", "approved"
std::optional<Review> reviewFromString(QAnyStringView text);

// The logins a comment mentions ("@ann, can you…" → "ann"), lower-cased, without repeats.
QStringList mentions(const QString &text);

} // namespace Workflow

// An editorial comment on an article or agenda entry. Never published, never sent anywhere.
struct Comment
{
    qint64 id = 0;
    QUuid uuid;
    QString itemType; // EntityType::Article or EntityType::Agenda
    QUuid itemUuid;
    qint64 parentId = 0; // the comment it answers, or 0
    QString author; // login
    QString body; // plain text; shown as text, never as HTML
    QDateTime createdAt;
    QDateTime editedAt; // invalid when never edited
    QDateTime resolvedAt; // invalid while open
    QString resolvedBy;
    bool deleted = false; // its author deleted it; kept while replies answer it

    bool isResolved() const { return resolvedAt.isValid(); }
};

// One saved version of an item, without its content (HistoryRepository::snapshot reads it).
struct RevisionInfo
{
    int revision = 0;
    QString author;
    QDateTime savedAt;
    QStringList fields; // the fields this save changed (all of them for the first)
};

// One line of the newsroom's activity log.
struct ActivityEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor; // login
    // created, edited, submitted, approved, returned, assigned, commented, trashed, restored,
    // deleted, decided, published, person
    QString action;
    QString itemType; // empty when the action concerns no item
    QUuid itemUuid;
    QString title; // of the item when it was done
    QString detail; // the fields edited, the reason given, the state set…
};

// What the bell shows one person: something others did that concerns them.
struct Notification
{
    qint64 id = 0;
    QString kind; // review, returned, approved, commented, mentioned, assigned, published
    ActivityEntry activity;
    bool read = false;
};

} // namespace Relais
