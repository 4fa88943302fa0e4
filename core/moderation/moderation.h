// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/submission.h"
#include "content/sitesettings.h"
#include "result.h"

#include <QList>
#include <QUrl>

namespace Relais {

class Store;

// What a moderator should know about a submission before deciding.
struct ReviewWarning
{
    enum class Kind {
        Spam,
        Duplicate,
        PastDate,
        EndBeforeStart,
        MissingPlace,
        MissingDate,
        Reading
    };
    Kind kind = Kind::Reading;
    QString message; // translated, names the field or the other item
};

namespace Moderation {

// Probable spam (many links, the bots' hidden field filled, a blocked word), a possible
// duplicate of an agenda entry or of another submission (similar title, same day), a date
// in the past, an end before the start, no place; then what the reader changed.
QList<ReviewWarning> review(
    const Submission &submission, Store &store, const SiteSettings &settings, const QDateTime &now);

// Whether two titles name the same thing: the same words once case, accents, punctuation
// and short words are set aside, or most of them.
bool similarTitles(const QString &a, const QString &b);

// The submission as a draft for the editor: everything the public wrote that an item holds
// (never the submitter's e-mail or phone, which are not for publication).
AgendaEntry agendaEntryFrom(const Submission &submission, const SiteSettings &settings);
Article articleFrom(const Submission &submission);

// Makes the item with that status and records the approval, in one transaction.
struct Approved
{
    QString itemType; // "agenda" or "article"
    QUuid uuid;
    qint64 id = 0;
    QString title;
};
Result<Approved> approve(
    Store &store, qint64 submissionId, const QString &as, Status status, const QString &who = {});
// Records a rejection (reason required).
Result<void> reject(
    Store &store, qint64 submissionId, const QString &reason, const QString &who = {});

// The page a moderator reads: the submission rendered safely (raw HTML as text, links with
// their real address, no picture or file loaded), its warnings and its decisions. A whole
// HTML document with its style inline and a Content-Security-Policy that forbids any load.
QString reviewPage(const Submission &submission, const QList<ReviewWarning> &warnings,
    const QList<SubmissionDecision> &decisions, const SiteSettings &settings);

// A mail to the submitter, for their mail client (Relais never sends mail itself). Empty when
// the submission has no usable address.
QUrl mailto(const Submission &submission, const QString &reason);

// The reasons offered for a rejection (the settings' lines).
QStringList rejectionReasons(const SiteSettings &settings);

} // namespace Moderation
} // namespace Relais
