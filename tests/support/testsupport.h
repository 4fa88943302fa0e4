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

// A fresh database in a temporary folder, removed with this object.
class TempStore
{
public:
    explicit TempStore(Clock *clock = nullptr);
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the database (to reopen it or look at the file).
    void close() { m_store.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Clock *m_clock = nullptr;
    std::unique_ptr<Store> m_store;
};

Article sampleArticle(const QString &title = QStringLiteral("Éco-activités en Hauts-de-France"));
AgendaEntry sampleEntry(const QString &title = QStringLiteral("Rencontres de l’économie sociale"));
Contact sampleContact(const QString &organization = QStringLiteral("ALISS"));

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
