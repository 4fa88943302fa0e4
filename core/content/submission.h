// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Relais {

// An announcement sent in by the public (docs/submission-format.md). Everything in it is
// untrusted: the parser has checked sizes, types and dates and removed invisible characters;
// it is still hostile text for whoever shows it.
struct Submission
{
    enum class Kind { Event, News };
    enum class State { New, Approved, Rejected, Duplicate };

    struct Submitter
    {
        QString name;
        QString email;
        QString organization;
        QString phone;
    };
    struct Attachment
    {
        QString name;
        QString url; // http or https
        QString mime;
        qint64 bytes = -1; // as announced by the sender; -1 unknown
    };

    qint64 id = 0; // row in the database
    QString source; // "file", "form", "webdav:<target>"…
    QString externalId; // the "id" of the payload: unique within its source
    QDateTime receivedAt; // UTC
    QDateTime importedAt; // UTC
    Kind kind = Kind::Event;
    QString title;
    QString body; // plain text or Markdown
    QDateTime startsAt; // UTC; invalid when not given or not readable
    QDateTime endsAt; // UTC
    bool allDay = false;
    QString location;
    QString address;
    QString onlineUrl;
    QStringList sections; // known section slugs only
    QStringList links; // http, https or mailto
    Submitter submitter;
    QList<Attachment> attachments;
    bool consent = false;
    QString honeypot; // what a bot wrote in the hidden field of the form; empty from people
    QJsonObject extra; // fields this version does not know, kept as they came
    // What the parser noticed and changed (SubmissionParser::warningText reads them).
    QStringList warnings;
    QByteArray raw; // the payload exactly as received; empty once purged
    QString rawSha256;
    QString remotePath; // the inbox file it came from, to move after the decision
    State state = State::New;
    QString itemType; // "article" or "agenda" once approved
    QUuid itemUuid;

    bool isStored() const { return id > 0; }
    // "«Titre» (id abc123)" for messages.
    QString label() const;
};

// A moderator's decision, kept for ever beside the submission.
struct SubmissionDecision
{
    enum class Action { Approved, Rejected, Duplicate, Reopened, Purged };
    qint64 id = 0;
    qint64 submissionId = 0;
    QDateTime at; // UTC
    QString who;
    Action action = Action::Approved;
    QString reason;
    QString itemType;
    QUuid itemUuid;
};

namespace SubmissionText {
QString toString(Submission::Kind kind); // "event", "news"
QString toString(Submission::State state); // "new", "approved"…
QString toString(SubmissionDecision::Action action);
bool fromString(const QString &text, Submission::Kind *kind);
bool fromString(const QString &text, Submission::State *state);
bool fromString(const QString &text, SubmissionDecision::Action *action);
// For people, translated: "New", "Approved"…
QString displayName(Submission::State state);
QString displayName(SubmissionDecision::Action action);
} // namespace SubmissionText

// Something wrong in one submission of a file: where (file, position, id, field) and what.
// A refused submission is not taken; otherwise the field was left out or cleaned and the
// submission kept with the problem among its warnings.
struct SubmissionProblem
{
    QString origin; // the file or inbox entry
    int index = 0; // 1-based position in the file
    QString id; // the submission's id when it could be read
    QString field; // empty for the whole submission
    QString message; // translated
    bool refused = false;
    int line = 0; // of a CSV file: said instead of the position

    QString toString() const;
};

struct SubmissionBatch
{
    QList<Submission> submissions; // the readable ones, in file order
    QList<SubmissionProblem> problems;
    QString fileError; // the file as a whole is unreadable (then nothing was taken)

    int refusedCount() const;
};

// The normalised submission as the database keeps it beside the raw payload: the format of
// docs/submission-format.md with UTC times, cleaned fields and unknown fields kept. Trusted:
// what write() made; outside input goes through moderation's SubmissionParser instead.
namespace SubmissionJson {
QJsonObject write(const Submission &submission);
// Back from write(); the bookkeeping (row id, state, raw…) is not in it.
Submission read(const QJsonObject &object);
} // namespace SubmissionJson

} // namespace Relais
