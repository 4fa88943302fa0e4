// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "exchange/vcard.h"

#include <QHash>
#include <QStringList>

namespace Relais::ContactCsv {

// A CSV file as read: its columns, rows, and what was wrong (by line).
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the line each row starts at
    QList<VCard::Problem> problems;
    QStringList notes; // encoding and separator found
    char separator = ',';
};

// RFC 4180 with the habits of spreadsheets: UTF-8 (with or without BOM) or Latin-1 (detected,
// said), separator , ; or tab (guessed from the header line), quoted cells over several lines.
Table read(const QByteArray &data, const QString &fileName);

// The fields of a contact, as mapping keys: name, organization, role, emails, phones, address,
// website, notes.
QStringList fields();
// Field → column (−1: none), guessed from the header's names (English and French).
QHash<QString, int> guessMapping(const QStringList &header);
// Field → column (−1: none) for any kind of row: a column goes to the first field (in fields'
// order) one of whose names it has, compared without case, accents, spaces or punctuation.
QHash<QString, int> guessColumns(
    const QStringList &header, const QStringList &fields, const QHash<QString, QStringList> &names);
// The contacts of the rows; e-mails and phones split at new lines, commas and semicolons.
// Rows without a name or an organisation are problems.
VCard::Parsed toContacts(
    const Table &table, const QHash<QString, int> &mapping, const QString &fileName);

} // namespace Relais::ContactCsv
