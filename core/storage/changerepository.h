// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

namespace Relais {

class Database;

// One item written by a session, as the table `changes` keeps it (migration 9): which item,
// its revision after the write, by whom and when. No content: what changed is read from the
// item.
struct Change
{
    enum class Action { Insert, Update, Delete, Everything };

    qint64 seq = 0; // grows with every change; never given twice
    QString table; // articles, agenda_entries, contacts, submissions, media; empty for Everything
    qint64 itemId = 0;
    QUuid uuid;
    int revision = 0;
    Action action = Action::Update;
    QString session; // Database::sessionId() of the writer; empty when written outside Relais
    QString user;
    QDateTime at; // UTC

    // The kind of item as the CLI and ListRow name it: article, agenda, contact, submission,
    // media; "everything" for a bulk change.
    QString type() const;
    QString actionName() const;
};

// The changes table: what ChangeFeed reads, what the editors ask about ("who saved the newer
// version, when"), and the one row a bulk copy or import notes when done.
class ChangeRepository
{
public:
    explicit ChangeRepository(Database &db)
        : m_db(db)
    { }

    // The number of the last change, 0 when none is kept.
    Result<qint64> latest() const;
    // The changes after seq, oldest first, at most limit of them.
    Result<QList<Change>> since(qint64 seq, int limit = 1000) const;
    // The last change kept of one item (table as in Change::table).
    Result<std::optional<Change>> lastOf(const QString &table, qint64 itemId) const;
    // After bulk work written with Database::setChangesNoted(false): everything may have
    // changed, every view reads again.
    Result<void> noteEverything();
    // Removes the changes noted before a time; how many.
    Result<int> prune(const QDateTime &before);

    // The table of a kind of item (article → articles…), empty when unknown.
    static QString tableOf(const QString &type);

private:
    Database &m_db;
};

} // namespace Relais

Q_DECLARE_METATYPE(Relais::Change)
