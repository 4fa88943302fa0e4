// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/contactcsv.h"
#include "moderation/submissionparser.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Relais::SubmissionCsv {

// The columns a CSV export of a form service can give, as mapping keys: the fields of the
// submission format (docs/submission-format.md), the submitter's as name, email, organization,
// phone.
QStringList fields();
// A label for people, translated.
QString label(const QString &field);
// Field → column (−1: none), guessed from the header's names (English and French).
QHash<QString, int> guessMapping(const QStringList &header);

// The rows as submissions, each through SubmissionParser with its checks and messages (a row
// is "submission N" in them, N counted from 1 after the header). Without an id column, a
// row's id is made from its content (importing the file again adds nothing); without a kind,
// a row with a start is an event; without a reception time, receivedAt is used. Dates may
// also be written 22/11/2017 or 22/11/2017 11:30.
SubmissionBatch toSubmissions(const ContactCsv::Table &table, const QHash<QString, int> &mapping,
    const QString &source, const QString &fileName, const QDateTime &receivedAt,
    const QTimeZone &zone);

} // namespace Relais::SubmissionCsv
