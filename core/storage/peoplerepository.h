// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QVariantList>
#include <QString>

namespace Relais {

class Database;

// The people of a newsroom and their roles (migration 11): each a login of the PostgreSQL
// server, member of one group role of the newsroom. The server enforces what each may do; this
// only asks it, through functions that check that an administrator calls them. A database file
// has one person, its administrator.
class PeopleRepository
{
public:
    struct Person
    {
        QString login;
        QString role; // contributor, moderator, editor, administrator
        bool enabled = true;
    };

    explicit PeopleRepository(Database &db)
        : m_db(db)
    { }

    static QStringList roles();

    Result<QList<Person>> list() const;
    // A new login with that role. The password is sent as its SCRAM-SHA-256 verifier, made
    // here: the server (and its logs) never sees the password itself.
    Result<void> add(const QString &login, const QString &role, const QString &password);
    Result<void> setRole(const QString &login, const QString &role);
    // The login may no longer connect (its sessions open now end with them).
    Result<void> disable(const QString &login);

private:
    Result<void> onNewsroom() const;
    // Runs one of the functions that change the team, and logs it, in one transaction.
    Result<void> changed(const QString &sql, const QVariantList &values, const QString &login,
        const QString &detail);

    Database &m_db;
};

} // namespace Relais
