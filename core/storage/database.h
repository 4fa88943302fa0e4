// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <mutex>

namespace Relais {

class Clock;

// One open Relais database: a file (SQLite), or a newsroom on a PostgreSQL server reached by
// an address (postgresql://USER@HOST:PORT/DB). Checks that it is ours and readable before
// touching it, brings its schema up to date with numbered migrations, and offers checked
// query helpers. Not shared between threads: open one per thread.
class Database
{
public:
    enum class Engine { SQLite, PostgreSQL };

    // Highest schema version (PRAGMA user_version) this build knows.
    static constexpr int LatestVersion = 15;
    // PRAGMA application_id of Relais files: "RELS".
    static constexpr int ApplicationId = 0x52454C53;

    struct Options
    {
        // Apply migrations up to this version only (tests of the migration path).
        int migrateTo = LatestVersion;
        Clock *clock = nullptr;
        // Read every page (PRAGMA quick_check) before use. Costs about 1.5 ms a MB; the
        // window skips it and runs quickCheck() in the background instead.
        bool checkContents = true;
        // PostgreSQL: the password, when the caller has it (the window, from the keyring);
        // without one libpq reads its password file (~/.pgpass or PGPASSFILE). Never stored.
        QString password;
        // PostgreSQL: make an empty database a Relais newsroom (relais-cli db init, tests).
        // Without it an empty database is refused with a message saying how to make it one.
        bool createNewsroom = false;
        // PostgreSQL: seconds to wait for the server (libpq's connect_timeout), when the
        // address does not say; 0 for the default of 10 s.
        int connectTimeout = 0;
        // PostgreSQL: the name the server shows for the connection (pg_stat_activity).
        QString applicationName;
        // PostgreSQL: connect again by itself, between transactions, when the server ended the
        // connection. Off for a connection whose state matters beyond its session (LISTEN).
        bool reconnects = true;

        // Without the contents check: a worker's connection to a database the window opened.
        static Options unchecked()
        {
            Options options;
            options.checkContents = false;
            return options;
        }
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file, or connects to the newsroom an address names
    // (isServerAddress()). Refuses, without writing to it, a file or a database that is not a
    // Relais database, is damaged, or was written by a newer Relais.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    // A PostgreSQL address (postgresql:// or postgres://) rather than a file name.
    static bool isServerAddress(const QString &location);
    // The password a newsroom was opened with, kept in this process's memory only (never
    // written anywhere), so that the connections of background jobs (publishing, the inbox)
    // open the same address without asking again. Used when Options::password is empty.
    static void rememberPassword(const QString &address, const QString &password);
    // What a window title shows: the file's name, or "DATABASE on HOST".
    QString displayName() const;
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options {});
    }

    // The file, or the newsroom's address (without password): what messages name.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    // Opened for reading only: the user may read the file but not write it or its folder
    // (writes are refused with readOnlyReason()).
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QSqlDatabase connection() const;
    Clock &clock() const { return *m_clock; }
    // This connection's session, a new one each time a database is opened: written with every
    // change it makes (ChangeRepository), so that a live view leaves out its own changes.
    QString sessionId() const { return m_session; }
    // Who writes: the PostgreSQL login, or the desktop user for a file.
    QString userName() const { return m_userName; }
    // The account this program runs as: $USER, else the system's name for the user id (never
    // "?": $USER is unset under systemd units, cron and some containers).
    static QString desktopUser();
    // The person's Relais role: "administrator", "editor", "moderator", "contributor", or
    // empty for a login of the server that is none of them. On a file, the one local person is
    // the administrator.
    QString role() const { return m_role; }
    // True when the role is that one or above it (contributor < moderator < editor <
    // administrator).
    bool hasRole(const QString &role) const;
    // A role's name for people, translated ("editor" → "an editor").
    static QString roleName(const QString &role);
    // What the database refuses to this person's role when they write a row they may not.
    QString refusal() const;
    // A newsroom's SCRAM-SHA-256 verifier of a login's password, made by libpq on this side.
    Result<QString> passwordVerifier(const QString &login, const QString &password) const;
    // Bulk work (a copy, an import of thousands of items) turns the row of changes per item
    // off and notes one change of everything when done (ChangeRepository::noteEverything).
    Result<void> setChangesNoted(bool noted);
    // Whether this connection notes its changes (and keeps the history and the activity log).
    bool changesNoted() const { return m_changesNoted; }
    QDateTime now() const;
    int schemaVersion() const;

    // Prepares, binds in order and runs one statement. The error names what failed.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    // The id an "INSERT … RETURNING id" gave, its statement then finished: on SQLite an
    // INSERT … RETURNING not stepped to its end keeps its write transaction open, and with it
    // the write lock every other connection waits for.
    static qint64 returnedId(QSqlQuery &query);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    // A statement prepared once and run many times with new values: bulk work (an import of
    // thousands of items in one transaction), where preparing each statement again (on
    // PostgreSQL a PREPARE, an EXECUTE and a DEALLOCATE each) costs more than the write.
    // Valid while its Database lives, in the transaction it was prepared in.
    class Statement
    {
    public:
        Result<void> run(const QVariantList &values);
        // The rows of the last run.
        QSqlQuery &query() { return m_query; }

    private:
        friend class Database;
        Statement(const Database &db, const QString &sql);
        const Database *m_db;
        QString m_sql;
        QSqlQuery m_query;
    };
    Result<Statement> prepare(const QString &sql) const;

    // One row of forEachRow(): columns by position, read straight from SQLite.
    class Row
    {
    public:
        bool isNull(int column) const;
        qint64 integer(int column) const;
        QString text(int column) const;
        // An ASCII value (a status, a kind) without making a QString; valid until the next row.
        QLatin1StringView ascii(int column) const;
        QDateTime time(int column) const; // as toSql() writes it
        QUuid uuid(int column) const;

    private:
        friend class Database;
        explicit Row(void *statement)
            : m_statement(statement)
        { }
        explicit Row(const QSqlQuery *query)
            : m_query(query)
        { }
        void *m_statement = nullptr; // sqlite3_stmt*, on SQLite
        const QSqlQuery *m_query = nullptr; // on PostgreSQL
        mutable QList<QByteArray> m_ascii; // what ascii() handed out for the current row
    };
    // Runs a read through SQLite's own interface and calls row for each row: for reads of
    // thousands of rows (the renderer's which-pages-changed pass), where QtSql's QVariant per
    // value costs more than SQLite's own work. Nothing is bound: the SQL is the program's.
    Result<void> forEachRow(const QString &sql, const std::function<void(const Row &)> &row) const;

    // PRAGMA integrity_check and foreign_key_check; the problems found, empty when fine.
    Result<QStringList> check() const;
    // What `relais-cli check` runs: the same checks on a read-only connection of its own,
    // without upgrading or writing the file, so that a damaged file is described (SQLite's
    // own words, e.g. "2nd reference to page 435") rather than refused. Refuses, as open()
    // does, what is not a Relais database.
    struct Inspection
    {
        int version = 0; // PRAGMA user_version; -1 when even that could not be read
        QStringList problems; // empty when the file is sound
    };
    static Result<Inspection> inspect(const QString &path);
    // PRAGMA quick_check of a file on a read-only connection of its own, so that it can run
    // in a worker thread while the window works on the file. The problems, empty when fine.
    // Lets another thread stop a running quickCheck() (it then answers an error).
    class CheckStopper
    {
    public:
        void stop();

    private:
        friend class Database;
        std::mutex m_mutex;
        void *m_connection = nullptr; // sqlite3* while the check runs
        bool m_stopped = false;
    };
    static Result<QStringList> quickCheck(const QString &path, CheckStopper *stopper = nullptr);

    // Times are stored as ISO 8601 UTC with milliseconds (SQLite) or as timestamptz
    // (PostgreSQL, read back as QDateTime); invalid times as NULL.
    static QVariant toSql(const QDateTime &time);
    static QDateTime fromSql(const QVariant &value);
    static QDateTime fromSql(QLatin1StringView text);

private:
    friend class Transaction;
    Database() = default;
    Result<void> migrate(int from, int to);
    static Result<std::unique_ptr<Database>> openServer(
        const QString &address, const Options &options);
    Result<void> migrateServer(int from, int to);
    Result<void> setUpServerSession();
    // PostgreSQL: the server ended the connection (a restart, a network cut).
    bool connectionLost() const;
    // Connects again to the same newsroom with the same session; only between transactions
    // (what a transaction wrote before the cut was rolled back by the server). At most one
    // attempt every few seconds, each waiting 3 s at most for the server, so that a window
    // whose server is away does not wait on every statement.
    Result<void> reconnect();
    // Names the session and the user for the changes this connection writes; removes changes
    // older than a week.
    Result<void> startSession();
    Error serverError(const QSqlError &error, const QString &sql) const;
    Result<void> forEachServerRow(
        const QString &sql, const std::function<void(const Row &)> &row) const;

    QString m_path;
    Engine m_engine = Engine::SQLite;
    QString m_readOnlyReason;
    bool m_asItStood = false; // read as an immutable file, without SQLite's locks
    QString m_registeredPath; // absolute, as told to OpenFiles
    QString m_connectionName;
    QString m_session;
    QString m_userName;
    QString m_role;
    bool m_changesNoted = false;
    bool m_reconnects = true;
    qint64 m_lastReconnect = 0; // ms since the epoch of the last attempt
    Clock *m_clock = nullptr;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
};

// A write unit: everything between construction and commit() lands together or not at all.
// Nests (savepoints); the outermost commit() makes it durable. Rolls back when destroyed
// without commit().
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not start; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    Database &m_db;
    QString m_savepoint;
    Error m_error;
    bool m_active = false;
};

} // namespace Relais
