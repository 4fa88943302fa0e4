// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace Relais {

class Database;

// The history of every save of an article, agenda entry or contact (migration 12): who, when,
// which fields changed, and the item's content as it was, from which any revision is read back
// and restored. Each revision's content is its JSON (JsonFormat without the bookkeeping),
// deflated by zlib with the revision before it as the dictionary — a save that changed a few
// words costs some tens of bytes —, and every KeyframeEvery-th one on its own, so that reading
// any revision inflates at most that many.
class HistoryRepository
{
public:
    static constexpr int KeyframeEvery = 16;

    explicit HistoryRepository(const Database &db)
        : m_db(db)
    { }

    // False on a database older than the history (a test stopping at an earlier migration).
    bool available() const;

    struct Recorded
    {
        QStringList fields; // changed by this save (none: nothing was kept)
        bool first = true; // no earlier revision was noted (every field counts as changed)
    };
    // Notes the content an item has after the save that gave it this revision.
    Result<Recorded> record(
        const QString &type, const QUuid &uuid, int revision, const QJsonObject &content);
    // Every revision noted, newest first (without content: fast for hundreds).
    Result<QList<RevisionInfo>> list(const QUuid &uuid) const;
    // The content of one revision; NotFound when it was not noted.
    Result<QJsonObject> snapshot(const QUuid &uuid, int revision) const;
    // The bytes the history of an item takes (its compressed contents).
    Result<qint64> storedBytes(const QUuid &uuid) const;

    // An item's JSON without what every save changes (id, revision, times): what is kept.
    static QJsonObject contentOf(QJsonObject json);
    // The fields whose values differ between two contents.
    static QStringList changedFields(const QJsonObject &before, const QJsonObject &after);

    // zlib's deflate, with a dictionary (the revision before) when one is given; the reverse.
    static QByteArray pack(const QByteArray &data, const QByteArray &dictionary);
    static Result<QByteArray> unpack(const QByteArray &packed, const QByteArray &dictionary);

private:
    struct Decoded
    {
        int revision = 0;
        QByteArray json;
        int depth = 0; // deltas since the last whole revision
    };
    // The latest revision noted at or before `revision`, decoded.
    Result<Decoded> decode(const QUuid &uuid, int revision) const;

    const Database &m_db;
};

} // namespace Relais
