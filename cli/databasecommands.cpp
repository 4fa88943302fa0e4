// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the database itself (db init, db status).
#include "commands.h"

#include "storage/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Relais {

QList<Command> DatabaseCommands::commands()
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return {
        { QStringLiteral("db init"),
            tr("Make an empty PostgreSQL database a Relais newsroom (its tables, search and "
               "schema version), or create a database file. Changes nothing in a database that "
               "is one already."),
            {}, {}, {}, member(this, &DatabaseCommands::init) },
        { QStringLiteral("db status"),
            tr("Say what the database is: engine, address or file, schema version, user."), {},
            { json }, {}, member(this, &DatabaseCommands::status) },
    };
}

int DatabaseCommands::init(const Invocation &)
{
    if (!Database::isServerAddress(c.database)) {
        auto store = c.openStore(true);
        if (!store)
            return 1;
        c.out << tr("%1 is a Relais database (version %2).")
                     .arg(c.database)
                     .arg(store->database().schemaVersion())
              << Qt::endl;
        return 0;
    }
    // Already a newsroom: said, and nothing changes (an older one is brought up to date, as
    // every program that opens it would).
    auto existing = Store::open(c.database);
    if (existing) {
        c.out << tr("%1 is a Relais newsroom already (version %2); nothing was changed.")
                     .arg((*existing)->database().path())
                     .arg((*existing)->database().schemaVersion())
              << Qt::endl;
        return 0;
    }
    if (existing.error().detail != u"empty")
        return c.fail(existing.error());
    Database::Options options;
    options.createNewsroom = true;
    auto store = Store::open(c.database, options);
    if (!store)
        return c.fail(store.error());
    c.out << tr("%1 is now a Relais newsroom (version %2).")
                 .arg((*store)->database().path())
                 .arg((*store)->database().schemaVersion())
          << Qt::endl;
    return 0;
}

int DatabaseCommands::status(const Invocation &in)
{
    auto store = c.openStore(false);
    if (!store)
        return 1;
    const Database &db = store->database();
    QString user = qEnvironmentVariable("USER");
    QString server;
    if (db.isPostgres()) {
        auto who = db.scalar(QStringLiteral("SELECT current_user"));
        auto version = db.scalar(QStringLiteral("SHOW server_version"));
        if (!who)
            return c.fail(who.error());
        if (!version)
            return c.fail(version.error());
        user = who->toString();
        server = version->toString();
    }
    const QString engine
        = db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    if (in.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("engine"), engine },
            { QStringLiteral("location"), db.path() },
            { QStringLiteral("schema_version"), db.schemaVersion() },
            { QStringLiteral("user"), user }, { QStringLiteral("read_only"), db.isReadOnly() } };
        if (db.isPostgres())
            o.insert(QStringLiteral("server_version"), server);
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        c.out.flush();
        return 0;
    }
    c.out << tr("Engine: %1")
                 .arg(db.isPostgres() ? tr("PostgreSQL %1").arg(server)
                                      : tr("SQLite (one local file)"))
          << '\n'
          << (db.isPostgres() ? tr("Newsroom: %1") : tr("File: %1")).arg(db.path()) << '\n'
          << tr("Schema version: %1").arg(db.schemaVersion()) << '\n'
          << tr("User: %1").arg(user) << '\n';
    if (db.isReadOnly())
        c.out << tr("Read only: %1").arg(db.readOnlyReason()) << '\n';
    c.out.flush();
    return 0;
}

} // namespace Relais
