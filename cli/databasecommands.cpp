// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the database itself (db init, db status).
#include "commands.h"

#include "storage/databasecopy.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>

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
        { QStringLiteral("db copy"),
            tr("Copy everything into an empty database, in one transaction: --from a file or "
               "newsroom into --database (moving to a newsroom), or --database into --to (a "
               "backup, a copy to take away). Counts and checksums are compared before the "
               "commit; passwords are never in a database."),
            {},
            { { QStringLiteral("from"), tr("The database to copy from."), tr("path") },
                { QStringLiteral("to"),
                    tr("The database to copy to (a new file, or an empty "
                       "newsroom)."),
                    tr("path") } },
            {}, member(this, &DatabaseCommands::copy) },
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

int DatabaseCommands::copy(const Invocation &in)
{
    const QString from = in.value(QStringLiteral("from"));
    const QString to = in.value(QStringLiteral("to"));
    if (from.isEmpty() == to.isEmpty())
        return c.usage(tr("Give either --from (into --database) or --to (from --database)."));
    const QString source = from.isEmpty() ? c.database : from;
    const QString destination = to.isEmpty() ? c.database : to;
    if (!Database::isServerAddress(source) && !QFileInfo::exists(source))
        return c.fail(tr("There is no database at “%1”.").arg(source));
    if (!Database::isServerAddress(destination) && QFileInfo(destination).size() > 0
        && !to.isEmpty())
        return c.fail(tr("“%1” exists already; copy into a new file.").arg(destination));
    auto reading = Store::open(source, Database::Options::unchecked());
    if (!reading)
        return c.fail(reading.error());
    Database::Options options;
    options.createNewsroom = true; // an empty newsroom is made one for the copy
    auto writing = Store::open(destination, options);
    if (!writing)
        return c.fail(writing.error());
    auto orphans = DatabaseCopy::orphans((*reading)->database());
    if (!orphans)
        return c.fail(orphans.error());
    for (const QString &orphan : std::as_const(*orphans))
        c.err << orphan << Qt::endl;
    c.out << tr("Copying %1 into %2…")
                 .arg((*reading)->database().path(), (*writing)->database().path())
          << Qt::endl;
    auto report = DatabaseCopy::copy((*reading)->database(), (*writing)->database(),
        [this](const QString &table, int done, int total) {
            if (done == total)
                c.out << tr("  %1: %2 rows").arg(table).arg(done) << Qt::endl;
            return true;
        });
    if (!report)
        return c.fail(report.error());
    int rows = 0;
    for (const DatabaseCopy::Table &t : std::as_const(report->tables))
        rows += t.rows;
    c.out << tr("Copied %1 rows into %2; counts and checksums agree.")
                 .arg(rows)
                 .arg((*writing)->database().path())
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
    if (user.isEmpty())
        user = QDir::home().dirName(); // the one local person
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
