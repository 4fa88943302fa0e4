// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Relais::OpenFiles {

// The database files this process has open through SQLite, so that nothing else in the
// process reads, writes or replaces them. Opening and closing a file descriptor of our own on
// a database that SQLite has open releases every POSIX lock the process holds on it, SQLite's
// included; another process closing the file then takes itself for the last user and deletes
// the write-ahead log under this one (SQLite's "How To Corrupt An SQLite Database File", 2.2).
// Replacing the file (an export saved over it) leaves SQLite writing into a deleted file.
// Files are told apart by device and inode, so another path to the same file is caught too.

// Called by Database when it opens and closes a file (counted: several connections).
void add(const QString &databasePath);
void remove(const QString &databasePath);

// True when path is a database this process has open, or its -wal, -shm or -journal file.
bool isInUse(const QString &path);

// For every file Relais reads as input or writes as output: an error naming path when it is
// a database in use (see isInUse()), nothing otherwise.
Result<void> refuseDatabaseInUse(const QString &path);

} // namespace Relais::OpenFiles
