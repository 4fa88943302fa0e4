// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "content/entities.h"
#include "result.h"
#include "storage/store.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Relais::Test {

// A clock the test sets by hand.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC))
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// The source tree (fixtures, resources) and build tree (executables), from CTest's
// environment.
QString sourcePath(const QString &relative);
QString binaryPath(const QString &relative);
QString seedFile();
// KEY=VALUE lines (tests/wordpress/wordpress-server's wordpress.env); empty when unreadable.
QHash<QString, QString> readKeyValues(const QString &path);

// The engine the storage tests run on: SQLite, unless RELAIS_TEST_ENGINE=postgresql (CTest's
// "postgresql" tests), then the run's private PostgreSQL server (tests/postgresql/
// postgresql-server, its KEY=VALUE file named by RELAIS_TEST_POSTGRESQL).
bool onPostgres();

// A fresh, empty database on the run's PostgreSQL server, dropped with this object (after
// every connection to it). The tests' login reads its password from libpq's password file.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    // postgresql://USER@127.0.0.1:PORT/NAME
    QString address() const { return m_address; }
    QString name() const { return m_name; }
    // Runs SQL as the run's administrator (the tests' login) in this database; the error's
    // text, empty when it worked.
    QString adminExec(const QString &sql) const;
    static QHash<QString, QString> server();

private:
    QString m_name;
    QString m_address;
};

// A fresh database in a temporary folder, removed with this object; on PostgreSQL
// (onPostgres()) a fresh database on the run's server, path() then being its address.
class TempStore
{
public:
    explicit TempStore(Clock *clock = nullptr);
    ~TempStore();
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the database (to reopen it or look at the file).
    void close() { m_store.reset(); }
    void reopen();
    // Whether text is stored anywhere in the database: in the file's bytes (SQLite), in any
    // row of any table (PostgreSQL). Close the store first on SQLite.
    bool holdsAnywhere(const QByteArray &text) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
    Clock *m_clock = nullptr;
    std::unique_ptr<Store> m_store;
};

Article sampleArticle(const QString &title = QStringLiteral("Éco-activités en Hauts-de-France"));
AgendaEntry sampleEntry(const QString &title = QStringLiteral("Rencontres de l’économie sociale"));
Contact sampleContact(const QString &organization = QStringLiteral("ALISS"));

// The password of every person People adds.
constexpr auto Password = "correct horse battery";

// The people of one test on a newsroom: logins of their own on the server (unique there, added
// by the test's administrator), dropped after.
class People
{
public:
    explicit People(TempStore &temp);
    ~People();
    People(const People &) = delete;
    People &operator=(const People &) = delete;
    // Adds a person with that role and returns their login ("ann" → "ann_1a2b3c4d").
    QString add(const QString &name, const QString &role);
    void forget(const QString &login) { m_made.append(login); }
    // The newsroom's address for that login.
    QString address(const QString &login) const;
    // The newsroom opened as that person (with Password).
    Result<std::unique_ptr<Store>> open(const QString &login) const;

private:
    TempStore &m_temp;
    QString m_suffix;
    QStringList m_made;
};

// Runs SQL on a person's own connection: empty when it worked, else the server's words.
QString sql(Store &store, const QString &text, int *affected = nullptr);

// Scribbles over every third page of the second half of a closed database file: the schema on
// the first pages stays readable, as in a file whose log was deleted under a writer, and
// integrity_check has something to say. False when the file is smaller than minimumPages.
bool damageSecondHalf(const QString &path, int minimumPages);

// QVERIFY-friendly: the error message when r failed, empty otherwise.
template<typename T> QByteArray failure(const Result<T> &r)
{
    return r ? QByteArray()
             : (r.error().message + QStringLiteral(" | ") + r.error().detail).toUtf8();
}

} // namespace Relais::Test

// Checks a Result and prints its error when it failed.
#define RELAIS_VERIFY_OK(expr)                                                                     \
    do {                                                                                           \
        const auto &relaisResult_ = (expr);                                                        \
        QVERIFY2(relaisResult_.ok(), Relais::Test::failure(relaisResult_).constData());            \
    } while (false)
