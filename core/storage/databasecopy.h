// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Relais {

class Database;

// Copies everything a Relais database holds into an empty one, whatever the two engines: a
// file into a newsroom (moving to PostgreSQL), a newsroom into a file (a backup, a copy to take
// away). Items with their uuids, revisions and times, sections and contact links, pictures and
// their bytes, site settings, publishing targets (never a password: there is none in the
// database) with what was published where, submissions and decisions, WordPress links.
// In one transaction on the destination: all of it, or nothing. Rows whose parent is missing
// (orphans, named by orphans(), to be said before copying) are not copied. After writing, each
// table's rows are counted and checksummed on both sides (order-independent: a sum of each
// row's SHA-256) before the commit.
class DatabaseCopy
{
public:
    struct Table
    {
        QString name;
        int rows = 0;
    };
    struct Report
    {
        QList<Table> tables;
    };
    // Called with the table being copied and rows done so far; return false to cancel.
    using Progress = std::function<bool(const QString &table, int done, int total)>;

    static Result<Report> copy(const Database &from, Database &to, const Progress &progress = {});
    // What copy() will leave out: rows whose parent is missing, one sentence per table
    // ("3 rows of article_contacts refer to missing contacts; they are not copied.").
    static Result<QStringList> orphans(const Database &from);
    // The tables copied, parents before children.
    static QStringList tables();
};

} // namespace Relais
