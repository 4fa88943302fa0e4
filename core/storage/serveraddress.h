// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <utility>

namespace Relais {

// Where a newsroom lives: postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&…], the
// libpq connection URI without a password. The password never travels in an address (it would
// end up in settings, shell histories and process lists): the window keeps it in the desktop
// keyring, relais-cli leaves it to libpq's password file (~/.pgpass or PGPASSFILE).
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user; // empty: libpq's default, the system user's name
    // libpq keywords from the query (sslmode, sslrootcert, connect_timeout…), in order.
    QList<std::pair<QString, QString>> parameters;

    static bool looksLikeOne(const QString &text);
    // Refuses, naming what is wrong: a password, an unknown or unsafe parameter, no database.
    static Result<ServerAddress> parse(const QString &text);
    // postgresql://user@host:port/database?… — what messages and Open Recent show.
    QString toString() const;
    // "host:port/database", for short messages.
    QString shortName() const;
    // The parameters as QPSQL's connect options (keyword=value;…), with a connect timeout of
    // 10 s unless the address sets one.
    QString connectOptions(int connectTimeout = 0, const QString &applicationName = {}) const;
    QString parameter(const QString &keyword) const;

    // Where a newsroom's password is kept, said in every message that is about one.
    static QString wherePasswordsLive();
};

} // namespace Relais
