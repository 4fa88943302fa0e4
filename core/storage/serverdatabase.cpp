// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server (a newsroom): connecting, what the server's refusals mean,
// the schema, and rows read through QtSql. The rest of Database is shared with SQLite.
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/servercertificate.h"

#include "clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <libpq-fe.h>

#include <mutex>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Database", text);
}

PGconn *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    // QPSQL names the type by libpq's struct: "pg_conn*".
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// libpq's words for why a connection failed, without QPSQL's "Unable to connect" suffix.
QString whyNotConnected(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text();
    text.remove(QStringLiteral("QPSQL: Unable to connect"));
    return text.trimmed();
}

// A failed connection in words for what it is.
// readCertificate: a refused certificate is read to show its fingerprint (up to 5 s more), not
// when the GUI thread reconnects on its own.
Error connectionError(const QSqlError &error, const ServerAddress &address, bool hadPassword,
    bool readCertificate = true)
{
    const QString why = whyNotConnected(error);
    const QString server = address.shortName();
    const QString user = address.user.isEmpty() ? Database::desktopUser() : address.user;
    auto has = [&why](const char *words) {
        return why.contains(QLatin1StringView(words), Qt::CaseInsensitive);
    };
    if (has("no password supplied"))
        return Error { Error::Code::Denied,
            tr("The newsroom server %1 asks for the password of “%2”, and none was given. %3")
                .arg(server, user, ServerAddress::wherePasswordsLive()),
            why };
    if (has("password authentication failed") || has("authentication failed"))
        return Error { Error::Code::Denied,
            hadPassword
                ? tr("The newsroom server %1 refused the password of “%2”.").arg(server, user)
                : tr("The newsroom server %1 refused the password of “%2” found in "
                     "libpq's password file.")
                      .arg(server, user),
            why };
    if (has("does not exist") && has("database"))
        return Error { Error::Code::NotFound,
            tr("There is no database “%1” on the newsroom server %2:%3.")
                .arg(address.database, address.host)
                .arg(address.port),
            why };
    if (has("certificate") || has("SSL error") || has("does not support SSL")) {
        // Not trusted (unknown authority, another name, no root certificate here): what the
        // server presents, so that a person can ask its administrator "is this yours?".
        if (readCertificate && has("certificate") && !has("does not support SSL")) {
            if (auto seen = ServerCertificate::fetch(address.host, address.port)) {
                return Error { Error::Code::Denied,
                    tr("The newsroom server %1 could not be reached safely: %2\nIt presents the "
                       "certificate “%3”, issued by “%4”, valid until %5, SHA-256 fingerprint "
                       "%6. Ask the newsroom's administrator whether this is their server's "
                       "certificate; if it is, put their certificate authority in "
                       "~/.postgresql/root.crt or name it with sslrootcert= in the address.")
                        .arg(server,
                            why.section(QLatin1Char('\n'), 0, 0)
                                .remove(QRegularExpression(
                                    QStringLiteral("^connection to server at [^:]*failed: ")))
                                .trimmed(),
                            seen->subject, seen->issuer,
                            QLocale().toString(seen->expires.date(), QLocale::ShortFormat),
                            seen->sha256),
                    why };
            }
        }
        return Error { Error::Code::Denied,
            tr("The newsroom server %1 could not be reached safely: %2").arg(server, why), why };
    }
    if (has("does not allow connections") || has("starting up") || has("shutting down")
        || has("in recovery mode"))
        return Error { Error::Code::Unreachable,
            tr("The newsroom server %1 is not taking connections at the moment (%2).")
                .arg(server, why.section(QLatin1Char('\n'), 0, 0).trimmed()),
            why };
    if (has("timeout expired") || has("Connection refused") || has("could not translate host")
        || has("No route to host") || has("Network is unreachable") || has("could not connect")
        || has("Connection timed out"))
        return Error { Error::Code::Unreachable,
            tr("The newsroom server %1 is not answering (%2).")
                .arg(
                    server, why.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral(": "), -1)),
            why };
    if (has("is not permitted to log in"))
        return Error { Error::Code::Denied,
            tr("“%1” may no longer connect to the newsroom server %2: an administrator disabled "
               "this login.")
                .arg(user, server),
            why };
    if (has("no pg_hba.conf entry") || has("permission denied"))
        return Error { Error::Code::Denied,
            tr("The newsroom server %1 does not let “%2” in: %3").arg(server, user, why), why };
    return Error { Error::Code::Failed,
        tr("Cannot connect to the newsroom server %1: %2").arg(server, why), why };
}

} // namespace

bool Database::isServerAddress(const QString &location)
{
    return ServerAddress::looksLikeOne(location);
}

namespace {

std::mutex &passwordsLock()
{
    static std::mutex lock;
    return lock;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

// The address as toString() writes it: the key of the remembered passwords.
QString canonical(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    return parsed ? parsed->toString() : address;
}

} // namespace

void Database::rememberPassword(const QString &address, const QString &password)
{
    const std::lock_guard lock(passwordsLock());
    if (password.isEmpty())
        passwords().remove(canonical(address));
    else
        passwords().insert(canonical(address), password);
}

Error Database::serverError(const QSqlError &error, const QString &sql) const
{
    const QString state = error.nativeErrorCode();
    const QString detail
        = error.text() + QStringLiteral(" [") + sql.simplified().left(300) + QLatin1Char(']');
    const QString words = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    const PGconn *handle = handleOf(connection());
    const bool lost = !handle || PQstatus(handle) == CONNECTION_BAD;
    if (lost || state.startsWith(QLatin1StringView("08")) || state == u"57P01" || state == u"57P02"
        || state == u"57P03")
        return Error { Error::Code::Unreachable,
            tr("The connection to the newsroom server %1 was lost (%2); what was being saved "
               "was not saved.")
                .arg(m_path, words.isEmpty() ? tr("no answer") : words),
            detail };
    if (state == u"53100")
        return Error { Error::Code::DiskFull,
            tr("The newsroom server %1 has no disk space left; nothing was changed.").arg(m_path),
            detail };
    if (state == u"25006")
        return Error { Error::Code::ReadOnly,
            tr("The newsroom server %1 accepts only reads at the moment; nothing was changed.")
                .arg(m_path),
            detail };
    if (state == u"42501" && !m_role.isEmpty()) {
        // The newsroom's roles (version 11): said with the person's role and who may do it.
        if (error.databaseText().contains(QLatin1StringView("last administrator")))
            return Error { Error::Code::Denied,
                tr("%1 is the last administrator of the newsroom %2; make somebody else an "
                   "administrator first.")
                    .arg(words.section(QLatin1Char('"'), 1, 1), m_path),
                detail };
        if (error.databaseText().contains(QLatin1StringView("row-level security")))
            return Error { Error::Code::Denied, refusal(), detail };
        // Who may: the administrators (people, the site, publishing), the moderators
        // (submissions), else the editors.
        const QString what = error.databaseText();
        auto about = [&what](const char *name) { return what.contains(QLatin1StringView(name)); };
        const QString needed = about("relais_person") || about("administrator") || about("publish_")
                || about("wordpress_") || about("site_settings")
            ? QStringLiteral("administrator")
            : about("submission") ? QStringLiteral("moderator")
                                  : QStringLiteral("editor");
        return Error { Error::Code::Denied,
            tr("The newsroom %1 refused this to %2, who is %3: only %4 or above may do it (%5).")
                .arg(m_path, m_userName, roleName(m_role), roleName(needed), words),
            detail };
    }
    if (state == u"42501" || state.startsWith(QLatin1StringView("28")))
        return Error { Error::Code::Denied,
            tr("The newsroom server %1 refused this: %2").arg(m_path, words), detail };
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return Error { Error::Code::Busy,
            tr("Another person was changing the same items on %1; nothing was changed. Try again.")
                .arg(m_path),
            detail };
    return Error { Error::Code::Failed,
        tr("The newsroom %1 could not be read or written: %2").arg(m_path, words), detail };
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &text, const Options &options)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    std::unique_ptr<Database> db(new Database);
    db->m_engine = Engine::PostgreSQL;
    db->m_reconnects = options.reconnects;
    db->m_path = address->toString();
    db->m_clock = options.clock ? options.clock : Clock::system();
    db->m_connectionName
        = QStringLiteral("relais-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        if (!connection.isValid())
            return Error::failed(
                tr("This Relais cannot reach a newsroom: Qt's PostgreSQL driver is not installed "
                   "(Debian package libqt6sql6-psql)."));
        connection.setHostName(address->host);
        connection.setPort(address->port);
        connection.setDatabaseName(address->database);
        if (!address->user.isEmpty())
            connection.setUserName(address->user);
        QString password = options.password;
        if (password.isEmpty()) {
            const std::lock_guard lock(passwordsLock());
            password = passwords().value(address->toString());
        }
        if (!password.isEmpty())
            connection.setPassword(password);
        connection.setConnectOptions(
            address->connectOptions(options.connectTimeout, options.applicationName));
        if (!connection.open())
            return connectionError(connection.lastError(), *address, !password.isEmpty());
    }
    if (auto r = db->setUpServerSession(); !r)
        return r.error();

    auto version = db->scalar(
        QStringLiteral("SELECT CASE WHEN to_regclass('relais_schema') IS NULL THEN -1 ELSE 0 END"));
    if (!version)
        return version.error();
    int current = 0;
    if (version->toInt() == 0) {
        auto stored = db->scalar(QStringLiteral("SELECT max(version) FROM relais_schema"));
        if (!stored)
            return stored.error();
        current = stored->toInt();
    } else {
        auto tables = db->scalar(QStringLiteral(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN "
            "('r', 'v', 'm', 'p')"));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return Error { Error::Code::NotRelais,
                tr("The database “%1” on %2:%3 holds tables of another program; it is not a "
                   "Relais newsroom.")
                    .arg(address->database, address->host)
                    .arg(address->port),
                {} };
        if (!options.createNewsroom)
            return Error { Error::Code::NotRelais,
                tr("The database “%1” on %2:%3 is empty: it is not a Relais newsroom yet. Make "
                   "it one with: relais-cli --database %4 db init")
                    .arg(address->database, address->host)
                    .arg(address->port)
                    .arg(db->m_path),
                QStringLiteral("empty") };
    }
    if (current > LatestVersion)
        return Error { Error::Code::NewerSchema,
            tr("The newsroom %1 was made by a newer version of Relais (database version %2; this "
               "version knows up to %3). Update Relais to work in it.")
                .arg(db->m_path)
                .arg(current)
                .arg(LatestVersion),
            {} };
    if (current < options.migrateTo) {
        if (auto r = db->migrateServer(current, options.migrateTo); !r)
            return r.error();
    }
    if (auto r = db->startSession(); !r)
        return r.error();
    return db;
}

namespace {
constexpr qint64 ReconnectPauseMs = 5000;
constexpr int ReconnectTimeoutSeconds = 3;
} // namespace

Result<void> Database::setUpServerSession()
{
    // Times travel in UTC whatever the server's zone; notices (a search of stop words only)
    // are not the user's business.
    for (const char *setting :
        { "SET TIME ZONE 'UTC'", "SET client_min_messages = warning", "SET DateStyle = 'ISO'" }) {
        if (auto r = exec(QString::fromLatin1(setting)); !r)
            return r.error();
    }
    return {};
}

bool Database::connectionLost() const
{
    if (!isPostgres())
        return false;
    const PGconn *handle = handleOf(connection());
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

Result<void> Database::reconnect()
{
    auto address = ServerAddress::parse(m_path);
    if (!address)
        return address.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastReconnect != 0 && now - m_lastReconnect < ReconnectPauseMs && now >= m_lastReconnect)
        return Error { Error::Code::Unreachable,
            tr("The connection to the newsroom server %1 was lost; Relais tries again in a few "
               "seconds.")
                .arg(address->shortName()),
            {} };
    m_lastReconnect = now;
    QSqlDatabase db = connection();
    db.close();
    const QString options = db.connectOptions();
    db.setConnectOptions(
        address->connectOptions(ReconnectTimeoutSeconds, QStringLiteral("relais")));
    const bool opened = db.open();
    db.setConnectOptions(options);
    if (!opened)
        return connectionError(db.lastError(), *address, !db.password().isEmpty(), false);
    m_lastReconnect = 0;
    // The same session as before: its name, its user and whether it notes its changes.
    if (auto r = setUpServerSession(); !r)
        return r.error();
    if (auto r
        = exec(QStringLiteral("SELECT set_config('relais.session', ?, false)"), { m_session });
        !r)
        return r.error();
    if (!m_changesNoted) {
        if (auto r = exec(QStringLiteral("SELECT set_config('relais.quiet', 'on', false)")); !r)
            return r.error();
    }
    return {};
}

// The first version a newsroom can have: PostgreSQL came with schema 8.
static constexpr int FirstServerVersion = 8;

Result<void> Database::migrateServer(int from, int to)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return transaction.error();
    // Two desktops opening an old newsroom at once: one upgrades, the other waits for it and
    // then finds it done.
    if (auto r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7369767183)")); !r)
        return r.error();
    auto made = scalar(QStringLiteral("SELECT to_regclass('relais_schema') IS NOT NULL"));
    if (!made)
        return made.error();
    from = 0;
    if (made->toBool()) {
        auto stored = scalar(QStringLiteral("SELECT max(version) FROM relais_schema"));
        if (!stored)
            return stored.error();
        from = stored->toInt();
    }
    for (int version = std::max(from + 1, FirstServerVersion); version <= to; ++version) {
        // A script of its own for PostgreSQL where the engines differ, else the shared one.
        const QString number = QStringLiteral("%1.sql").arg(version, 4, 10, QLatin1Char('0'));
        QFile file(QStringLiteral(":/relais/migrations/postgresql/") + number);
        if (!file.exists())
            file.setFileName(QStringLiteral(":/relais/migrations/") + number);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(
                tr("Migration %1 is missing from this build.").arg(version), file.fileName());
        // One script, several statements: sent as it is (the simple query protocol allows it),
        // through libpq, which answers with the first statement that failed. Qt's driver keeps
        // the first statement's answer only: a later failure left the transaction aborted and
        // the next statement said so, in words that named neither the migration nor the cause.
        PGconn *handle = handleOf(connection());
        if (!handle)
            return Error::failed(tr("The newsroom %1 could not be upgraded to version %2.")
                                     .arg(m_path)
                                     .arg(version));
        PGresult *answer = PQexec(handle, file.readAll().constData());
        const ExecStatusType status = answer ? PQresultStatus(answer) : PGRES_FATAL_ERROR;
        const QString cause
            = QString::fromUtf8(answer ? PQresultErrorMessage(answer) : PQerrorMessage(handle))
                  .trimmed();
        PQclear(answer);
        // A server gone away is said as every lost connection is (Unreachable, the server named).
        if (PQstatus(handle) == CONNECTION_BAD)
            return serverError(QSqlError(cause, cause, QSqlError::ConnectionError),
                QStringLiteral("migration %1").arg(version));
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return Error::failed(tr("The newsroom %1 could not be upgraded to version %2: %3")
                                     .arg(m_path)
                                     .arg(version)
                                     .arg(cause.section(QLatin1Char('\n'), 0, 0)),
                cause);
        if (version > FirstServerVersion) {
            if (auto r = exec(QStringLiteral("UPDATE relais_schema SET version = ?"), { version });
                !r)
                return r.error();
        }
    }
    return transaction.commit();
}

Result<void> Database::forEachServerRow(
    const QString &sql, const std::function<void(const Row &)> &row) const
{
    auto query = exec(sql);
    if (!query)
        return query.error();
    const Row current(&*query);
    while (query->next()) {
        current.m_ascii.clear();
        row(current);
    }
    if (query->lastError().isValid())
        return serverError(query->lastError(), sql);
    return {};
}

bool Database::hasRole(const QString &role) const
{
    static const QStringList order { QStringLiteral("contributor"), QStringLiteral("moderator"),
        QStringLiteral("editor"), QStringLiteral("administrator") };
    const qsizetype mine = order.indexOf(m_role);
    const qsizetype asked = order.indexOf(role);
    return mine >= 0 && asked >= 0 && mine >= asked;
}

QString Database::roleName(const QString &role)
{
    if (role == u"administrator")
        return tr("an administrator");
    if (role == u"editor")
        return tr("an editor");
    if (role == u"moderator")
        return tr("a moderator");
    if (role == u"contributor")
        return tr("a contributor");
    return tr("no role of this newsroom");
}

QString Database::refusal() const
{
    if (hasRole(QStringLiteral("editor")))
        return tr("The newsroom %1 refused this to %2.").arg(m_path, m_userName);
    return tr("As %1, %2 may write only drafts they wrote and have not sent for review; an "
              "editor or an administrator may do this.")
        .arg(roleName(m_role), m_userName);
}

Result<QString> Database::passwordVerifier(const QString &login, const QString &password) const
{
    PGconn *handle = handleOf(connection());
    if (!isPostgres() || !handle)
        return Error::failed(tr("Passwords are those of a newsroom's logins."));
    char *made = PQencryptPasswordConn(
        handle, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!made)
        return Error::failed(tr("The password of “%1” could not be prepared: %2")
                                 .arg(login, QString::fromUtf8(PQerrorMessage(handle)).trimmed()));
    const QString verifier = QString::fromLatin1(made);
    PQfreemem(made);
    return verifier;
}

} // namespace Relais
