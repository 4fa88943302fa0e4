// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/publishplan.h"
#include "content/runstate.h"
#include "content/publishtarget.h"
#include "result.h"

#include <QDateTime>
#include <QUrl>

#include <optional>

namespace Relais {

class Database;

// A detail page rendered before: the key of its inputs and the state of its bytes.
struct CachedPage
{
    QByteArray key;
    FileState state;
};

struct PublishRun
{
    qint64 id = 0;
    qint64 targetId = 0;
    QString targetName;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunState state = RunState::Running;
    int plannedUploads = 0;
    int plannedDeletes = 0;
    qint64 plannedBytes = 0;
    int uploaded = 0;
    int deleted = 0;
    int failed = 0;
    qint64 bytes = 0;
    int requests = 0;
    qint64 resumedFrom = 0;
    QString errors;
    int stepsDone = 0; // filled by unfinishedRun()
    int stepsTotal = 0; // filled by unfinishedRun()
};

class PublishRepository
{
public:
    explicit PublishRepository(const Database &db);

    Result<QList<PublishTarget>> targets() const;
    Result<PublishTarget> target(const QString &name) const;
    Result<PublishTarget> target(qint64 id) const;
    // Checks the name and URL; a name already used is a Conflict.
    Result<PublishTarget> addTarget(PublishTarget target);
    Result<void> updateTarget(const PublishTarget &target);
    Result<void> removeTarget(qint64 id);
    Result<void> setTrustedCertificate(qint64 targetId, const QByteArray &sha256Hex);
    Result<void> setAccount(qint64 targetId, const QByteArray &json);

    // What the server holds as far as this database knows.
    Result<FileMap> files(qint64 targetId) const;
    // Replaces what we know the server holds (after the user chose to overwrite somebody's
    // changes); entries without a hash are left out.
    Result<void> replaceFiles(qint64 targetId, const FileMap &files);

    // A new run with its plan, in one transaction. Returns the run id.
    Result<qint64> startRun(qint64 targetId, const PublishPlan &plan, const QDateTime &startedAt,
        const QDateTime &renderedFor, qint64 resumedFrom);
    // One step arrived: records what the server now holds (one statement, so atomic).
    Result<void> fileArrived(qint64 targetId, const PublishStep &step);
    // Marks steps of the plan done (in batches: the history's account, not the resume's).
    Result<void> stepsDone(qint64 runId, const QList<int> &seqs);
    Result<void> stepFailed(qint64 runId, int seq, const QString &error);
    // The manifest just written to the server.
    Result<void> setLastManifest(qint64 targetId, const QByteArray &manifest);
    Result<void> finishRun(const PublishRun &run);

    // The last run when it did not finish well (stopped, failed, cancelled), with how far it went.
    Result<std::optional<PublishRun>> unfinishedRun(qint64 targetId) const;
    // One publish per target at a time, across every desktop and relais-cli of a newsroom: a
    // PostgreSQL advisory lock held by this connection until unlockTarget() or until the
    // connection ends (a crashed publisher holds nothing). False when someone holds it. On
    // SQLite always true (one file, one person).
    Result<bool> lockTarget(qint64 targetId);
    void unlockTarget(qint64 targetId);
    // Newest first; all targets when targetId is 0.
    Result<QList<PublishRun>> runs(qint64 targetId = 0, int limit = 200) const;
    // The time the last run that finished well rendered the site for, invalid when none.
    Result<QDateTime> lastPublished(qint64 targetId) const;

    // Items that became public between `since` (exclusive; invalid: the beginning) and `now`.
    Result<int> dueBetween(const QDateTime &since, const QDateTime &now) const;
    // The next time an item becomes public after `now`, invalid when none is scheduled.
    Result<QDateTime> nextDue(const QDateTime &now) const;
    // The oldest change to the content not in the last publish (edits, trash moves, items that
    // became due since), invalid when everything is published. Unknown publish: the first change.
    Result<QDateTime> unpublishedSince(const QDateTime &lastPublished, const QDateTime &now) const;

    Result<QHash<QString, CachedPage>> renderCache() const;
    Result<void> saveRenderCache(const QHash<QString, CachedPage> &pages);

    static QString checkName(const QString &name);

private:
    const Database &m_db;
};

} // namespace Relais
