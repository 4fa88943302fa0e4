// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QStringList>

namespace Relais {

class Database;

// Who is editing what now (migration 10): each window's session renews its row every
// HeartbeatSeconds with the item it has open; others see it for GoneAfterSeconds after the
// last beat. Advice shown to people ("Alice is editing"), never a lock: saves are guarded by
// revisions.
class PresenceRepository
{
public:
    static constexpr int HeartbeatSeconds = 30;
    static constexpr int GoneAfterSeconds = 90;

    explicit PresenceRepository(Database &db)
        : m_db(db)
    { }

    // This session is here, with that item open (table as in Change::table; empty, 0: none).
    Result<void> beat(const QString &table, qint64 itemId);
    // This session is gone (the window closed).
    Result<void> leave();
    // The people of other sessions with that item open, seen lately; sorted, each once.
    Result<QStringList> othersEditing(const QString &table, qint64 itemId) const;
    // Every item that people of other sessions have open now, in one read: table → id → their
    // names (the lists' marks and the open editor's line).
    using Editing = QHash<QString, QHash<qint64, QStringList>>;
    Result<Editing> othersEditingAll() const;

private:
    Database &m_db;
};

} // namespace Relais
