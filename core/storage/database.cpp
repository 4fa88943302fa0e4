// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/serveraddress.h"

#include "clock.h"
#include "openfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QSqlDriver>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Database", text);
}

QString sqlErrorDetail(const QSqlError &error, const QString &sql)
{
    return error.text() + QStringLiteral(" [") + sql.simplified().left(300) + QLatin1Char(']');
}

// Why the user may not write path: the file's or its folder's permissions; empty when they may.
QString whyReadOnly(const QString &path)
{
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable())
        return QCoreApplication::translate(
            "Relais::Database", "you may read the file but not write it");
    if (!QFileInfo(file.absolutePath()).isWritable())
        return QCoreApplication::translate(
            "Relais::Database", "you may not write in its folder, where SQLite keeps its journal");
    return {};
}

// How to open path for reading with sqlite3_open_v2: as it is, or — when SQLite could not make
// its -shm file beside it (the folder or file may not be written) and nobody is writing it
// (no -wal) — as an immutable file, read as it stands.
QString immutableUri(const QString &path)
{
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))
        + QStringLiteral("?immutable=1");
}

QByteArray readableName(const QString &path, int *flags)
{
    *flags = SQLITE_OPEN_READONLY;
    if (whyReadOnly(path).isEmpty() || QFileInfo::exists(path + QStringLiteral("-wal")))
        return QFile::encodeName(path);
    *flags |= SQLITE_OPEN_URI;
    return immutableUri(path).toUtf8();
}

// An SQLite failure in words for what it is: a full disk, a file that may only be read, another
// program writing, real damage; otherwise SQLite's own words.
Error storageError(const QSqlError &error, const QString &path, const QString &sql,
    const QString &readOnlyReason, bool asItStood)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // the primary code
    const QString detail = sqlErrorDetail(error, sql);
    auto say = [&](Error::Code c, const QString &message) { return Error { c, message, detail }; };
    switch (code) {
    case 13: { // SQLITE_FULL
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        return say(Error::Code::DiskFull,
            QCoreApplication::translate("Relais::Database",
                "The disk that holds “%1” is full (%2 free); nothing was changed.")
                .arg(path,
                    QLocale().formattedDataSize(
                        std::max<qint64>(0, disk.bytesAvailable()), 1, QLocale::DataSizeSIFormat)));
    }
    case 8: // SQLITE_READONLY
    case 3: // SQLITE_PERM
        return say(Error::Code::ReadOnly,
            QCoreApplication::translate(
                "Relais::Database", "“%1” may be read but not written (%2); nothing was changed.")
                .arg(path,
                    readOnlyReason.isEmpty()
                        ? QCoreApplication::translate("Relais::Database", "the system refused it")
                        : readOnlyReason));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return say(Error::Code::Busy,
            QCoreApplication::translate("Relais::Database",
                "Another program is writing to “%1” and did not finish within 5 seconds; nothing "
                "was changed. Try again in a moment.")
                .arg(path));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        if (asItStood) // read without SQLite's locks: somebody wrote it meanwhile
            return say(Error::Code::Failed,
                QCoreApplication::translate("Relais::Database",
                    "“%1” was changed by another program while it was read as it stood; open it "
                    "again to see the changes.")
                    .arg(path));
        return say(Error::Code::Corrupt,
            QCoreApplication::translate("Relais::Database",
                "“%1” is damaged and cannot be opened. It was left as it is; restore it from a "
                "backup.")
                .arg(path));
    default:
        return say(Error::Code::Failed,
            QCoreApplication::translate(
                "Relais::Database", "The database “%1” could not be read or written: %2")
                .arg(path, error.databaseText()));
    }
}

// The migrations shipped in resources/migrations, split into statements the way SQLite
// itself reads them (triggers hold semicolons inside BEGIN…END).
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty()
            && (line.trimmed().isEmpty() || line.trimmed().startsWith(QStringLiteral("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (sqlite3_complete(current.toUtf8().constData())) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

Database::~Database()
{
    if (!m_registeredPath.isEmpty())
        OpenFiles::remove(m_registeredPath);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// The first bytes of the file, read through SQLite's own file layer on a read-only connection
// that runs no statement (so SQLite writes nothing beside a file that is not a database).
// Never through a descriptor of ours: closing one that this process opened on a database
// SQLite has open releases every POSIX lock the process holds on it, SQLite's included, and
// the next process to close the file then deletes the write-ahead log under this one (issue
// 16; SQLite's "How To Corrupt An SQLite Database File", 2.2). SQLite keeps its own
// descriptors open until no lock of the process needs them.
Result<QByteArray> readHeader(const QString &path, int size)
{
    sqlite3 *connection = nullptr;
    const int opened = sqlite3_open_v2(
        QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READONLY, nullptr);
    const auto close = qScopeGuard([&connection] { sqlite3_close(connection); });
    if (opened != SQLITE_OK) {
        const int error = sqlite3_system_errno(connection);
        const QString why = error ? QString::fromLocal8Bit(std::strerror(error))
                                  : QString::fromUtf8(sqlite3_errmsg(connection));
        return Error::failed(
            QCoreApplication::translate("Relais::Database", "Cannot read “%1”: %2").arg(path, why),
            QString::fromUtf8(sqlite3_errmsg(connection)));
    }
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK
        || !file || !file->pMethods) {
        return Error::failed(
            QCoreApplication::translate("Relais::Database", "Cannot read “%1”.").arg(path),
            QStringLiteral("no file behind the connection"));
    }
    QByteArray header(size, '\0');
    const int read = file->pMethods->xRead(file, header.data(), size, 0);
    // A short read fills the rest with zeros: a file shorter than a header is no database.
    if (read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ)
        return Error::failed(
            QCoreApplication::translate("Relais::Database", "Cannot read “%1”.").arg(path),
            QStringLiteral("SQLite error %1").arg(read));
    return header;
}

// What Database::open() and Database::inspect() refuse before any statement runs: not a
// file, not an SQLite file, truncated. Nothing for a file that does not exist or is empty.
Result<void> checkHeader(const QString &path)
{
    const QFileInfo info(path); // stat(): opens nothing
    if (info.exists() && !info.isFile())
        return Error { Error::Code::NotRelais,
            QCoreApplication::translate("Relais::Database", "“%1” is not a file.").arg(path), {} };
    if (!info.exists() || info.size() == 0)
        return {};
    auto header = readHeader(path, 16);
    if (!header)
        return header.error();
    if (*header != QByteArray("SQLite format 3\0", 16)) {
        return Error { Error::Code::NotRelais,
            QCoreApplication::translate(
                "Relais::Database", "“%1” is not a Relais database (it is not an SQLite file).")
                .arg(path),
            {} };
    }
    if (info.size() < 512)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate(
                "Relais::Database", "“%1” is damaged (the file is truncated).")
                .arg(path),
            {} };
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (isServerAddress(path))
        return openServer(path, options);
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (auto header = checkHeader(path); !header)
        return header.error();

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_clock = options.clock ? options.clock : Clock::system();
    // From here on nothing else in the process may open the file (OpenFiles).
    db->m_registeredPath = info.absoluteFilePath();
    OpenFiles::add(db->m_registeredPath);
    db->m_connectionName
        = QStringLiteral("relais-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (existed)
        db->m_readOnlyReason = whyReadOnly(path);
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(db->isReadOnly()
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open()) {
            return Error { Error::Code::Failed, tr("Cannot open “%1”.").arg(path),
                connection.lastError().text() };
        }
    }

    if (existed) {
        auto corrupt = [&](const QString &detail) {
            return Error { Error::Code::Corrupt,
                tr("“%1” is damaged and cannot be opened. It was left as it is; "
                   "restore it from a backup.")
                    .arg(path),
                detail };
        };
        // Only SQLite's own verdict calls the file damaged; a refusal, a full disk or a busy
        // file is said as such.
        auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId && db->isReadOnly() && appId.error().code == Error::Code::ReadOnly
            && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
            // A WAL database read where SQLite cannot make its -shm file: with nobody writing
            // it (no -wal), it is read as it stands ("immutable"), for as long as it is open.
            QSqlDatabase connection = db->connection();
            connection.close();
            connection.setDatabaseName(immutableUri(path));
            db->m_asItStood = true;
            connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            if (!connection.open())
                return Error { Error::Code::Failed, tr("Cannot open “%1”.").arg(path),
                    connection.lastError().text() };
            appId = db->scalar(QStringLiteral("PRAGMA application_id"));
        }
        if (!appId)
            return appId.error();
        auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
        if (!version)
            return version.error();
        auto tables = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        const bool empty = tables->toInt() == 0 && version->toInt() == 0;
        if (!empty && appId->toInt() != ApplicationId) {
            return Error { Error::Code::NotRelais,
                tr("“%1” is an SQLite database of another program, not a Relais database.")
                    .arg(path),
                {} };
        }
        if (version->toInt() > LatestVersion) {
            return Error { Error::Code::NewerSchema,
                tr("“%1” was written by a newer version of Relais (database version %2; this "
                   "version knows up to %3). Update Relais to open it.")
                    .arg(path)
                    .arg(version->toInt())
                    .arg(LatestVersion),
                {} };
        }
        if (options.checkContents) {
            auto quick = db->exec(QStringLiteral("PRAGMA quick_check"));
            if (!quick)
                return corrupt(quick.error().detail);
            QStringList problems;
            while (quick->next()) {
                if (quick->value(0).toString() != u"ok")
                    problems.append(quick->value(0).toString());
            }
            if (!problems.isEmpty())
                return corrupt(problems.join(QLatin1Char('\n')));
        }
    }

    if (db->isReadOnly()) {
        // Nothing is written: no journal mode set, no migration.
        if (auto r = db->exec(QStringLiteral("PRAGMA cache_size = -32768")); !r)
            return r.error();
        if (db->schemaVersion() < options.migrateTo)
            return Error { Error::Code::ReadOnly,
                tr("“%1” must be brought up to this version of Relais, which needs writing it, "
                   "but %2.")
                    .arg(path, db->m_readOnlyReason),
                {} };
        if (auto r = db->startSession(); !r)
            return r.error();
        return db;
    }
    for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
             "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32768" }) {
        // WAL with synchronous=NORMAL: a killed process never loses a committed transaction
        // and never leaves a damaged file. A 32 MB page cache (SQLite's default is 2 MB): the
        // renderer's pass over every item's identity reads a few MB each time it runs, which
        // then stay in memory rather than being read again from the file.
        if (auto r = db->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }

    const int version = db->schemaVersion();
    if (version < options.migrateTo) {
        if (auto r = db->migrate(version, options.migrateTo); !r)
            return r.error();
    }
    if (auto r = db->startSession(); !r)
        return r.error();
    return db;
}

QString Database::displayName() const
{
    if (!isPostgres())
        return QFileInfo(m_path).fileName();
    auto address = ServerAddress::parse(m_path);
    return address ? tr("%1 on %2").arg(address->database, address->host) : m_path;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QDateTime Database::now() const
{
    return m_clock->now().toUTC();
}

int Database::schemaVersion() const
{
    auto v = scalar(isPostgres() ? QStringLiteral("SELECT max(version) FROM relais_schema")
                                 : QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

namespace {

// Binds values in order. A null QString is an empty text here, never SQL NULL (columns are
// NOT NULL ''); NULL is written with an invalid QVariant (see toSql()).
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
}

// PostgreSQL: statements without values are sent as they are (PostgreSQL prepares only
// queries and changes, not BEGIN, SET or SAVEPOINT).
bool execServer(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    bindAll(query, values);
    return query.exec();
}

// A statement that may be sent again after the connection died under it without doing
// anything twice: a BEGIN, or a plain read.
bool isSafeToRepeat(const QString &sql)
{
    const QString start = sql.trimmed().left(8).toUpper();
    if (start.startsWith(QLatin1StringView("BEGIN")))
        return true;
    if (!start.startsWith(QLatin1StringView("SELECT")))
        return false;
    static const QRegularExpression writes(
        QStringLiteral("\\b(INSERT|UPDATE|DELETE|set_config|pg_notify|nextval|setval|lock)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !writes.match(sql).hasMatch();
}

} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    // Forward-only on PostgreSQL is libpq's single-row mode, whose rows are lost as soon as
    // another statement runs on the connection: results are read whole there.
    query.setForwardOnly(!isPostgres());
    auto failed = [&] {
        return isPostgres()
            ? serverError(query.lastError(), sql)
            : storageError(query.lastError(), m_path, sql, m_readOnlyReason, m_asItStood);
    };
    // A newsroom whose server ended the connection (restarted, a network cut) is reached again
    // between transactions, before the statement: nothing was sent on the dead connection.
    // A statement that fails because the connection just died is sent again only when that
    // cannot do anything twice: BEGIN, or a read.
    if (isPostgres() && m_reconnects && m_transactionDepth == 0 && connectionLost()) {
        if (auto r = const_cast<Database *>(this)->reconnect(); !r)
            return r.error();
        query = QSqlQuery(connection());
        query.setForwardOnly(false);
    }
    if (isPostgres()) {
        auto r = execServer(query, sql, values);
        if (!r && m_reconnects && m_transactionDepth == 0 && connectionLost() && isSafeToRepeat(sql)
            && const_cast<Database *>(this)->reconnect().ok()) {
            query = QSqlQuery(connection());
            query.setForwardOnly(false);
            r = execServer(query, sql, values);
        }
        if (!r)
            return failed();
        return query;
    }
    if (!query.prepare(sql))
        return failed();
    bindAll(query, values);
    if (!query.exec())
        return failed();
    return query;
}

Database::Statement::Statement(const Database &db, const QString &sql)
    : m_db(&db)
    , m_sql(sql)
    , m_query(db.connection())
{
    m_query.setForwardOnly(!db.isPostgres());
}

Result<Database::Statement> Database::prepare(const QString &sql) const
{
    Statement statement(*this, sql);
    if (!statement.m_query.prepare(sql)) {
        return isPostgres() ? serverError(statement.m_query.lastError(), sql)
                            : storageError(statement.m_query.lastError(), m_path, sql,
                                m_readOnlyReason, m_asItStood);
    }
    return statement;
}

Result<void> Database::Statement::run(const QVariantList &values)
{
    m_query.finish();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        m_query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (m_query.exec())
        return {};
    return m_db->isPostgres() ? m_db->serverError(m_query.lastError(), m_sql)
                              : storageError(m_query.lastError(), m_db->m_path, m_sql,
                                  m_db->m_readOnlyReason, m_db->m_asItStood);
}

qint64 Database::returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

namespace {

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The rows of one statement of the program's, their first column as text; SQLite's error
// appended as the last line when it stops early (a damaged page stops integrity_check).
QStringList textRows(sqlite3 *connection, const char *sql, int columns = 1)
{
    QStringList rows;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK)
        return { QString::fromUtf8(sqlite3_errmsg(connection)) };
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, i))));
        rows.append(values.join(QLatin1Char('\x1f')));
    }
    if (step != SQLITE_DONE)
        rows.append(QString::fromUtf8(sqlite3_errmsg(connection)));
    sqlite3_finalize(statement);
    return rows;
}

// integrity_check and foreign_key_check: the problems, empty when the file is sound.
QStringList problemsOf(sqlite3 *connection)
{
    QStringList problems;
    // A row may hold several lines, headed by "*** in database main ***".
    for (const QString &row : textRows(connection, "PRAGMA integrity_check")) {
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line != u"ok" && !line.startsWith(u"*** "))
                problems.append(line);
        }
    }
    for (const QString &row : textRows(connection, "PRAGMA foreign_key_check", 3)) {
        const QStringList f = row.split(QLatin1Char('\x1f'));
        if (f.size() != 3)
            problems.append(row);
        else if (f.at(1).isEmpty()) // a table without rowid
            problems.append(QCoreApplication::translate(
                "Relais::Database", "A row of table %1 refers to a missing row of %2.")
                                .arg(f.at(0), f.at(2)));
        else
            problems.append(QCoreApplication::translate(
                "Relais::Database", "Row %1 of table %2 refers to a missing row of %3.")
                                .arg(f.at(1), f.at(0), f.at(2)));
    }
    return problems;
}

} // namespace

Result<QStringList> Database::check() const
{
    if (isPostgres()) { // the server checks its pages and keys itself: is it answering?
        auto answer = scalar(QStringLiteral("SELECT 1"));
        if (!answer)
            return answer.error();
        return QStringList();
    }
    sqlite3 *handle = handleOf(connection());
    if (!handle)
        return Error::failed(tr("The database “%1” could not be read.").arg(m_path),
            QStringLiteral("no SQLite handle"));
    return problemsOf(handle);
}

Result<Database::Inspection> Database::inspect(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error { Error::Code::NotFound, tr("There is no database at “%1”.").arg(path), {} };
    if (auto header = checkHeader(path); !header)
        return header.error();
    sqlite3 *connection = nullptr;
    int flags = 0;
    const QByteArray name = readableName(path, &flags);
    const int opened = sqlite3_open_v2(name.constData(), &connection, flags, nullptr);
    const auto close = qScopeGuard([&connection] { sqlite3_close(connection); });
    if (opened != SQLITE_OK)
        return Error::failed(
            tr("Cannot open “%1”.").arg(path), QString::fromUtf8(sqlite3_errmsg(connection)));
    sqlite3_busy_timeout(connection, 5000);

    Inspection inspection;
    auto number = [connection](const char *sql, bool *ok) {
        const QStringList rows = textRows(connection, sql);
        *ok = rows.size() == 1;
        return *ok ? rows.first().toInt(ok) : 0;
    };
    bool ok = false;
    const int applicationId = number("PRAGMA application_id", &ok);
    bool known = ok;
    inspection.version = number("PRAGMA user_version", &ok);
    known = known && ok;
    const int tables = number("SELECT count(*) FROM sqlite_master", &ok);
    known = known && ok;
    if (!known) {
        // The first page cannot be read as a database: say what SQLite says of it.
        inspection.version = -1;
        inspection.problems = textRows(connection, "SELECT count(*) FROM sqlite_master");
        return inspection;
    }
    if (applicationId != ApplicationId && !(tables == 0 && inspection.version == 0)) {
        return Error { Error::Code::NotRelais,
            tr("“%1” is an SQLite database of another program, not a Relais database.").arg(path),
            {} };
    }
    inspection.problems = problemsOf(connection);
    return inspection;
}

void Database::CheckStopper::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    if (m_connection)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_connection)); // the integrity check honours it
}

Result<QStringList> Database::quickCheck(const QString &path, CheckStopper *stopper)
{
    const QString name
        = QStringLiteral("relais-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QStringList> result = QStringList();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = Error { Error::Code::Failed, tr("Cannot open “%1”.").arg(path),
                db.lastError().text() };
        } else {
            sqlite3 *handle = handleOf(db);
            bool stoppedAlready = false;
            if (stopper && handle) {
                const std::lock_guard lock(stopper->m_mutex);
                stopper->m_connection = handle;
                stoppedAlready = stopper->m_stopped;
            }
            QSqlQuery query(db);
            if (stoppedAlready) {
                result = Error::failed(tr("The check of “%1” was stopped.").arg(path));
            } else if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                auto wasStopped = [stopper] {
                    if (!stopper)
                        return false;
                    const std::lock_guard lock(stopper->m_mutex);
                    return stopper->m_stopped;
                };
                if (wasStopped())
                    result = Error::failed(tr("The check of “%1” was stopped.").arg(path));
                else
                    result = QStringList { query.lastError().text() };
            } else {
                QStringList problems;
                while (query.next()) {
                    if (query.value(0).toString() != u"ok")
                        problems.append(query.value(0).toString());
                }
                result = problems;
            }
            query.finish();
            if (stopper) {
                const std::lock_guard lock(stopper->m_mutex);
                stopper->m_connection = nullptr;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QVariant Database::toSql(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// What toSql() writes, "2026-11-28T20:42:06.123Z", read without the general parser (loading
// 10,000 items reads 30,000 of them); anything else goes to Qt's. From QtSql's strings and
// from SQLite's own bytes alike.
template<typename View> QDateTime parseStoredTime(View text)
{
    auto at = [&text](int i) { return char16_t(text.at(i).unicode()); };
    auto number = [&at](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() == 24 && at(4) == u'-' && at(7) == u'-' && at(10) == u'T' && at(13) == u':'
        && at(16) == u':' && at(19) == u'.' && at(23) == u'Z') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    // PostgreSQL's timestamptz as text in a session in UTC: "2026-12-01 07:15:00[.123456]+00"
    // (reading it so is several times faster than QPSQL's own conversion to QDateTime).
    if (text.size() >= 22 && text.size() <= 29 && at(4) == u'-' && at(7) == u'-' && at(10) == u' '
        && at(13) == u':' && at(16) == u':' && at(text.size() - 3) == u'+'
        && at(text.size() - 2) == u'0' && at(text.size() - 1) == u'0') {
        const int fraction = int(text.size()) - 3 - 19; // ".123456", or nothing
        int ms = 0;
        if (fraction > 0) {
            if (at(19) != u'.' || fraction < 2)
                return {};
            const int digits = std::min(3, fraction - 1);
            ms = number(20, digits);
            for (int i = digits; i < 3; ++i)
                ms *= 10;
        }
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QDateTime Database::fromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime) // PostgreSQL's timestamptz
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    return parseStoredTime(QStringView(text));
}

QDateTime Database::fromSql(QLatin1StringView text)
{
    return parseStoredTime(text);
}

namespace {

sqlite3_stmt *statementOf(void *statement)
{
    return static_cast<sqlite3_stmt *>(statement);
}

} // namespace

bool Database::Row::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(statementOf(m_statement), column) == SQLITE_NULL;
}

qint64 Database::Row::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(statementOf(m_statement), column);
}

QString Database::Row::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *utf8
        = reinterpret_cast<const char *>(sqlite3_column_text(statementOf(m_statement), column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(statementOf(m_statement), column))
                : QString();
}

QLatin1StringView Database::Row::ascii(int column) const
{
    if (m_query) {
        m_ascii.append(m_query->value(column).toString().toLatin1());
        return QLatin1StringView(m_ascii.constLast());
    }
    const auto *text
        = reinterpret_cast<const char *>(sqlite3_column_text(statementOf(m_statement), column));
    return text ? QLatin1StringView(text, sqlite3_column_bytes(statementOf(m_statement), column))
                : QLatin1StringView();
}

QDateTime Database::Row::time(int column) const
{
    if (m_query)
        return fromSql(m_query->value(column));
    const auto *text
        = reinterpret_cast<const char *>(sqlite3_column_text(statementOf(m_statement), column));
    if (!text)
        return {};
    // Times are ASCII; anything else is not a time.
    const int size = sqlite3_column_bytes(statementOf(m_statement), column);
    for (int i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return {};
    }
    return fromSql(QLatin1StringView(text, size));
}

QUuid Database::Row::uuid(int column) const
{
    if (m_query)
        return QUuid::fromString(m_query->value(column).toString());
    const auto *text
        = reinterpret_cast<const char *>(sqlite3_column_text(statementOf(m_statement), column));
    return text ? QUuid::fromString(QAnyStringView(
               QUtf8StringView(text, sqlite3_column_bytes(statementOf(m_statement), column))))
                : QUuid();
}

Result<void> Database::forEachRow(
    const QString &sql, const std::function<void(const Row &)> &row) const
{
    if (isPostgres())
        return forEachServerRow(sql, row);
    sqlite3 *connection = handleOf(this->connection());
    if (!connection)
        return Error::failed(
            tr("The database “%1” could not be read or written.").arg(m_path), sql);
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK) {
        return Error { Error::Code::Failed,
            tr("The database “%1” could not be read or written.").arg(m_path),
            QString::fromUtf8(sqlite3_errmsg(connection)) + QStringLiteral(" — ") + sql };
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    const Row current(statement);
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        row(current);
    if (step != SQLITE_DONE) {
        return Error { Error::Code::Failed,
            tr("The database “%1” could not be read or written.").arg(m_path),
            QString::fromUtf8(sqlite3_errmsg(connection)) + QStringLiteral(" — ") + sql };
    }
    return {};
}

Result<void> Database::migrate(int from, int to)
{
    // Foreign keys off while tables are rebuilt (a DROP TABLE would otherwise cascade to the
    // rows that refer to it), as SQLite's documentation prescribes; each version is checked
    // with foreign_key_check before its commit. The pragma has no effect inside a transaction.
    if (auto r = exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r.error();
    auto keysBackOn
        = qScopeGuard([this] { (void)exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    for (int version = from + 1; version <= to; ++version) {
        const QString name
            = QStringLiteral(":/relais/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0'));
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(tr("Migration %1 is missing from this build.").arg(version), name);
        const QString script = QString::fromUtf8(file.readAll());

        Transaction transaction(*this);
        if (!transaction.isActive())
            return transaction.error();
        for (const QString &statement : statementsOf(script)) {
            if (auto r = exec(statement); !r) {
                return Error::failed(tr("The database “%1” could not be upgraded to version %2.")
                                         .arg(m_path)
                                         .arg(version),
                    r.error().detail);
            }
        }
        auto broken = scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        if (!broken)
            return broken.error();
        if (broken->toInt() > 0) {
            return Error::failed(tr("The database “%1” could not be upgraded to version %2.")
                                     .arg(m_path)
                                     .arg(version),
                QStringLiteral("%1 rows refer to rows that do not exist").arg(broken->toInt()));
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
            return r.error();
        if (auto r = transaction.commit(); !r)
            return r.error();
    }
    return {};
}

Transaction::Transaction(const Database &db)
    : m_db(const_cast<Database &>(db))
{
    m_savepoint = QStringLiteral("relais_%1").arg(++m_db.m_savepointCounter);
    // The outermost level takes the write lock at once, so that a busy database is noticed
    // here rather than half-way through the writes.
    // (PostgreSQL has row locks and no database-wide write lock: a plain BEGIN.)
    const QString sql = m_db.m_transactionDepth != 0 ? QStringLiteral("SAVEPOINT ") + m_savepoint
        : m_db.isPostgres()                          ? QStringLiteral("BEGIN")
                                                     : QStringLiteral("BEGIN IMMEDIATE");
    auto r = m_db.exec(sql);
    if (!r) {
        m_error = r.error();
        return;
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.m_transactionDepth;
    if (m_db.m_transactionDepth == 0) {
        // A newsroom's server that ended the connection rolled the transaction back itself.
        if (m_db.connectionLost())
            return;
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    const bool outermost = m_db.m_transactionDepth == 1;
    auto r = m_db.exec(
        outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!r)
        return r.error(); // the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

} // namespace Relais
