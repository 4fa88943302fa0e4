// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Relais {

class Store;

// Contacts as address books exchange them: vCard 4.0 (RFC 6350), or 3.0 for older ones.
namespace VCard {

enum class Version { V3, V4 };

QByteArray write(const QList<Contact> &contacts, Version version = Version::V4);

struct Problem
{
    int line = 0; // 1-based line of the file where the card or the problem starts
    QString message;
};

struct Parsed
{
    QList<Contact> contacts;
    QList<int> lines; // the line each contact starts at
    QList<Problem> problems; // cards or lines that could not be read (the others are kept)
    QStringList notes; // what was read but left out (photos…), or converted
};

// Reads vCard 3.0 and 4.0 (folded lines, several EMAIL/TEL, ADR, ORG, TITLE, NOTE, URL; PHOTO
// skipped with a note). Text that is not UTF-8 is read as Latin-1, with a note.
Parsed read(const QByteArray &data, const QString &fileName);

// Escapes a text value (backslash, comma, semicolon, newline).
QString escape(const QString &text);

} // namespace VCard

namespace ContactExport {
// RFC 4180, UTF-8, CRLF; several e-mails or phones in one cell, one a line.
QByteArray toCsv(const QList<Contact> &contacts, char separator = ',', bool byteOrderMark = false);
} // namespace ContactExport

// Contacts import: duplicates are those with a same e-mail, or the same name and organisation.
namespace ContactImport {

enum class Duplicates { Skip, Merge, ImportAnyway };

struct Report
{
    int created = 0;
    int merged = 0;
    int skipped = 0;
    QStringList duplicates; // "New name ↔ existing name"
};

// Finds the existing contact each new one duplicates (or 0).
Result<QList<qint64>> findDuplicates(Store &store, const QList<Contact> &incoming);
// All in one transaction.
Result<Report> import(Store &store, const QList<Contact> &incoming, Duplicates duplicates);

} // namespace ContactImport

} // namespace Relais
