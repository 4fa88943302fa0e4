// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace Relais {

class Database;
class Store;

// What was typed while the newsroom's server was away, kept on this computer until it
// answers again (issue 18). A SQLite file of the user's own (0600, in their data folder), one
// per newsroom and login; one row per item, the last text typed into it with the revision it
// was written on. Sending goes through the repositories with the same revision check as any
// save: a version saved meanwhile by someone else is never overwritten unasked; the entry
// waits for the person's choice instead.
class OfflineJournal
{
public:
    struct Entry
    {
        QString type; // EntityType: article, agenda, contact
        QUuid uuid; // the item's (made for a new item, which is created with it)
        qint64 itemId = 0; // 0: a new item
        int baseRevision = 0; // the revision the text was typed on (0: new)
        QJsonObject value; // JsonFormat::toJson of the form
        QString title;
        QDateTime keptAt; // UTC, the last time the entry was written
        QString problem; // why the last send did not take it (empty: not tried yet)
    };

    enum class Outcome {
        Sent, // stored; the entry is gone
        Stale, // someone saved a newer version (or deleted the item): the person chooses
        Failed, // refused for another reason (problem says which); kept
        Unreachable, // the server is away again; kept, sending stops
    };

    struct Report
    {
        int sent = 0;
        bool unreachable = false;
        QList<Entry> waiting; // the entries still kept after the run, with their problem
    };

    ~OfflineJournal();
    OfflineJournal(const OfflineJournal &) = delete;
    OfflineJournal &operator=(const OfflineJournal &) = delete;

    // Where the journal of that newsroom and login lives: the user's data folder (the
    // XDG data home), "journal/<hash of address and login>.sqlite".
    static QString pathFor(const Database &db);
    // Opens (creates) the journal file, readable and writable by its owner only.
    static Result<std::unique_ptr<OfflineJournal>> open(const QString &path);

    QString path() const { return m_path; }

    // Keeps (replaces) the entry of that item.
    Result<void> keep(const Entry &entry);
    Result<void> forget(const QString &type, const QUuid &uuid);
    Result<QList<Entry>> entries() const;
    Result<std::optional<Entry>> entry(const QString &type, const QUuid &uuid) const;
    // How many entries wait (0 when the file cannot be read).
    int count() const;

    // Sends one entry; on Sent it is forgotten, otherwise its problem is written down.
    Result<Outcome> send(Store &store, const Entry &entry);
    // Sends every entry but those skip names, oldest first, stopping at the first
    // Unreachable.
    Result<Report> sendAll(Store &store, const std::function<bool(const Entry &)> &skip = {});

private:
    OfflineJournal(QString path, QString connection);
    Result<void> noteProblem(const Entry &entry, const QString &problem);

    QString m_path;
    QString m_connection;
};

} // namespace Relais
