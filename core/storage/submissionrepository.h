// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/submission.h"
#include "result.h"

#include <QMap>
#include <QSqlQuery>
#include <QSet>
#include <QTimeZone>
#include <QList>
#include <optional>

namespace Relais {

class Database;

// What the queue shows of a submission, read without its texts.
struct SubmissionRow
{
    qint64 id = 0;
    QString source;
    QString externalId;
    QDateTime receivedAt;
    Submission::Kind kind = Submission::Kind::Event;
    QString title;
    QDateTime startsAt;
    QString submitterName;
    Submission::State state = Submission::State::New;
};

struct SubmissionFilter
{
    std::optional<Submission::State> state; // none: every state
    QString source; // empty: every source
};

struct SubmissionImport
{
    int added = 0;
    int alreadyThere = 0; // same source, id and payload: fetched or imported before
    QList<SubmissionProblem> problems; // an id already used by a different payload
    QList<qint64> ids; // of the added ones
};

// The submissions and the decisions taken on them. Payloads are kept verbatim; decisions
// are only ever added.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(const Database &db);

    // Stores new submissions in one transaction. One whose source and id are known is skipped
    // when its payload is the same, and reported when it differs; nothing stored is replaced.
    Result<SubmissionImport> add(const QList<Submission> &submissions);

    Result<Submission> load(qint64 id) const;
    // By row number ("42") or by the payload's id; an id used by two sources is ambiguous.
    Result<Submission> find(const QString &idOrNumber) const;
    // Newest received first.
    Result<QList<SubmissionRow>> list(const SubmissionFilter &filter = {}) const;
    Result<QMap<Submission::State, int>> counts() const;
    Result<int> countNew() const;
    Result<QStringList> sources() const;
    // Submissions received the same local day as day (in zone), other than exceptId: to spot
    // the same announcement sent twice.
    Result<QList<SubmissionRow>> startingOn(
        const QDate &day, const QTimeZone &zone, qint64 exceptId) const;
    // Inbox files already read from a source (their remote paths).
    Result<QSet<QString>> remotePaths(const QString &source) const;
    // Inbox files of a source whose submissions are all decided: they wait to be moved.
    Result<QStringList> decidedInboxFiles(const QString &source) const;
    // The file was moved out of the inbox: forget its path.
    Result<void> clearRemotePath(const QString &source, const QString &path);

    // Records the decision and sets the state it leads to (Approved, Rejected, Duplicate; New
    // for Reopened); an approval names the item made. who and at are filled in when empty.
    Result<SubmissionDecision> decide(SubmissionDecision decision);
    Result<QList<SubmissionDecision>> decisions(qint64 submissionId) const;
    // The decisions that made an item (its link back to the submission).
    Result<QList<SubmissionDecision>> decisionsForItem(const QUuid &item) const;
    // Forgets the raw payload (what was read from it stays), and records who did it.
    Result<void> purgeRaw(qint64 id, const QString &who = {});

private:
    static Result<QList<SubmissionRow>> rowsOf(Result<QSqlQuery> query);
    Result<QList<SubmissionDecision>> decisionsWhere(
        const QString &condition, const QVariant &value) const;

    const Database &m_db;
};

} // namespace Relais
