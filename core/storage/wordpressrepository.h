// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

#include <optional>

namespace Relais {

class Database;

// What a WordPress target holds of one item: the post it became, and the state of both sides
// at the last sync. Server times are kept as the server wrote them (modified_gmt, date_gmt),
// so that "changed since" is an exact comparison.
struct WordPressLink
{
    enum class State { Creating, Synced, Conflict, Gone };

    qint64 targetId = 0;
    QUuid item;
    QString itemType; // "article" or "agenda"
    qint64 remoteId = 0; // 0 while being created
    QString slug;
    QString remoteStatus;
    QString remoteModified;
    QString remoteDate;
    QByteArray sentHash;
    State state = State::Synced;
    QByteArray theirs; // JSON of the server's version while in conflict
    QDateTime syncedAt;
};

struct WordPressMedia
{
    qint64 remoteId = 0;
    QString url;
};

struct WordPressLogEntry
{
    qint64 id = 0;
    qint64 targetId = 0;
    QDateTime at;
    QUuid item;
    qint64 remoteId = 0;
    // created, updated, trashed, restored, forced-publish, conflict, kept-mine, took-theirs,
    // skipped, gone, imported
    QString action;
    QString detail;
};

class WordPressRepository
{
public:
    explicit WordPressRepository(const Database &db);

    Result<QHash<QUuid, WordPressLink>> links(qint64 targetId) const;
    Result<std::optional<WordPressLink>> link(qint64 targetId, const QUuid &item) const;
    Result<std::optional<WordPressLink>> linkOfRemote(qint64 targetId, qint64 remoteId) const;
    // Inserts or replaces the link of (targetId, item); syncedAt is set to now.
    Result<void> saveLink(WordPressLink link);
    Result<void> removeLink(qint64 targetId, const QUuid &item);
    // Links waiting for the user: in conflict or deleted on the server.
    Result<QList<WordPressLink>> unsettled(qint64 targetId) const;

    Result<QHash<QString, WordPressMedia>> media(
        qint64 targetId) const; // by SHA-256 of the original
    Result<void> saveMedia(qint64 targetId, const QString &sha256, const WordPressMedia &media);
    Result<QHash<QString, qint64>> terms(qint64 targetId) const; // category ids by slug
    Result<void> saveTerm(qint64 targetId, const QString &slug, qint64 remoteId);

    Result<void> log(WordPressLogEntry entry);
    // Newest first.
    Result<QList<WordPressLogEntry>> logOf(qint64 targetId, int limit = 200) const;

    static QString stateName(WordPressLink::State state);

private:
    const Database &m_db;
};

} // namespace Relais
