// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/submission.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace Relais {

// Reads submissions in the format of docs/submission-format.md, defensively: every
// submission of a file is read on its own, so a broken, oversized, too deep or badly encoded
// one is refused by name while the others are still taken.
namespace SubmissionParser {

struct Limits
{
    qint64 fileBytes = 512LL * 1024 * 1024;
    qint64 submissionBytes = qint64(1024) * 1024;
    int depth = 8;
    int title = 300;
    int body = 50000;
    int line = 1000; // location, address, names, organisation
    int url = 2048;
    int listItems = 50; // sections, links, attachments
};

// One JSON object or an array of them. source is stored with each submission ("file",
// "webdav:Site"…); origin names the file in messages. Times without a zone are in zone.
SubmissionBatch parseJson(const QByteArray &bytes, const QString &source, const QString &origin,
    const QTimeZone &zone, const Limits &limits = {});

// A warning as Submission::warnings keeps it (field, source text, arguments), in the language
// of the reader: "starts_at: “demain” is not a date and time … Left out."
QString warningText(const QString &stored);

// Text of a one-line field without control characters, bidirectional overrides and
// zero-width characters, spaces collapsed; removed counts what went.
QString cleanLine(const QString &text, int *removed = nullptr);
// The same for a multi-line text: line breaks and tabs kept, joiners inside emoji kept.
QString cleanText(const QString &text, int *removed = nullptr);

} // namespace SubmissionParser
} // namespace Relais
