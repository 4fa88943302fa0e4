// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/offlinejournal.h"

#include "content/jsonformat.h"
#include "storage/changerepository.h"
#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::OfflineJournal", text);
}

Error journalError(const QString &path, const QSqlError &error)
{
    return Error::failed(
        tr("The offline journal “%1” cannot be read or written.").arg(path), error.text());
}

OfflineJournal::Entry entryFrom(const QSqlQuery &q)
{
    OfflineJournal::Entry e;
    e.type = q.value(0).toString();
    e.uuid = QUuid(q.value(1).toString());
    e.itemId = q.value(2).toLongLong();
    e.baseRevision = q.value(3).toInt();
    e.value = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    e.title = q.value(5).toString();
    e.keptAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    e.problem = q.value(7).toString();
    return e;
}

constexpr const char *Columns
    = "type, uuid, item_id, base_revision, value, title, kept_at, problem";

QString whenSaid(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
}

// Why a stale entry was not sent, naming who saved last when the log says so.
QString staleProblem(Store &store, const OfflineJournal::Entry &entry)
{
    auto last = store.changes().lastOf(ChangeRepository::tableOf(entry.type), entry.itemId);
    if (last && last->has_value()) {
        const Change &change = **last;
        const QString who = change.user.isEmpty() ? tr("Someone") : change.user;
        if (change.action == Change::Action::Delete)
            return tr("%1 deleted this item for good at %2.").arg(who, whenSaid(change.at));
        return tr("%1 saved a newer version at %2 while your changes waited.")
            .arg(who, whenSaid(change.at));
    }
    return tr("Someone saved a newer version while your changes waited.");
}

template<typename T, typename Repo>
Result<T> sendItem(Repo &repo, const OfflineJournal::Entry &entry, qint64 &itemId)
{
    T value;
    int revision = entry.baseRevision;
    if (entry.itemId > 0) {
        auto current = repo.load(entry.itemId);
        if (!current)
            return current.error();
        value = *current;
    } else {
        // A new item. Its creation may have reached the server with the answer lost on the
        // way back: then it exists under the journal's uuid, at its first revision.
        auto earlier = repo.load(entry.uuid);
        if (earlier) {
            value = *earlier;
            revision = 1;
            itemId = earlier->meta.id;
        } else if (earlier.error().code != Error::Code::NotFound) {
            return earlier.error();
        }
    }
    if (auto r = JsonFormat::fromJson(entry.value, value); !r)
        return r.error();
    value.meta.uuid = entry.uuid;
    if (value.meta.id > 0)
        value.meta.revision = revision;
    return repo.save(value);
}

} // namespace

OfflineJournal::OfflineJournal(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{ }

OfflineJournal::~OfflineJournal()
{
    bool empty = false;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        empty = q.exec(QStringLiteral("SELECT count(*) FROM entries")) && q.next()
            && q.value(0).toInt() == 0;
    }
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    // Nothing waits: no file left behind in the user's data folder.
    if (empty) {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(m_path + QLatin1String(suffix));
    }
}

QString OfflineJournal::pathFor(const Database &db)
{
    const QByteArray key = (db.path() + QLatin1Char('\n') + db.userName()).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("journal/") + name + QStringLiteral(".sqlite"));
}

Result<std::unique_ptr<OfflineJournal>> OfflineJournal::open(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.dir();
    if (!folder.exists()) {
        if (!QDir().mkpath(folder.absolutePath()))
            return Error::failed(tr("Cannot make the folder “%1” for the offline journal.")
                                     .arg(folder.absolutePath()));
        QFile::setPermissions(
            folder.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // What people typed and did not publish yet: theirs alone, before a byte is written.
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::failed(
                tr("Cannot make the offline journal “%1”: %2").arg(path, file.errorString()));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const QString connection
        = QStringLiteral("relais-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<OfflineJournal> journal(new OfflineJournal(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return journalError(path, db.lastError());
    QSqlQuery q(db);
    for (const char *sql : { "PRAGMA journal_mode = WAL",
             "CREATE TABLE IF NOT EXISTS entries (type TEXT NOT NULL, uuid TEXT NOT NULL, "
             "item_id INTEGER NOT NULL, base_revision INTEGER NOT NULL, value TEXT NOT NULL, "
             "title TEXT NOT NULL, kept_at TEXT NOT NULL, problem TEXT NOT NULL DEFAULT '', "
             "PRIMARY KEY (type, uuid))" }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Error { Error::Code::Corrupt,
                tr("The offline journal “%1” is damaged; move it away to start a new one.")
                    .arg(path),
                q.lastError().text() };
    }
    return journal;
}

Result<void> OfflineJournal::keep(const Entry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO entries (%1) VALUES (?, ?, ?, ?, ?, ?, ?, '') "
                             "ON CONFLICT (type, uuid) DO UPDATE SET item_id = excluded.item_id, "
                             "base_revision = excluded.base_revision, value = excluded.value, "
                             "title = excluded.title, kept_at = excluded.kept_at, problem = ''")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(entry.type);
    q.addBindValue(entry.uuid.toString(QUuid::WithoutBraces));
    q.addBindValue(entry.itemId);
    q.addBindValue(entry.baseRevision);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.value).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.title);
    const QDateTime at = entry.keptAt.isValid() ? entry.keptAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return journalError(m_path, q.lastError());
    return {};
}

Result<void> OfflineJournal::forget(const QString &type, const QUuid &uuid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM entries WHERE type = ? AND uuid = ?"));
    q.addBindValue(type);
    q.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return journalError(m_path, q.lastError());
    return {};
}

Result<void> OfflineJournal::noteProblem(const Entry &entry, const QString &problem)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE entries SET problem = ? WHERE type = ? AND uuid = ?"));
    q.addBindValue(problem);
    q.addBindValue(entry.type);
    q.addBindValue(entry.uuid.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return journalError(m_path, q.lastError());
    return {};
}

Result<QList<OfflineJournal::Entry>> OfflineJournal::entries() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY kept_at, rowid")
                    .arg(QLatin1String(Columns))))
        return journalError(m_path, q.lastError());
    QList<Entry> found;
    while (q.next())
        found.append(entryFrom(q));
    return found;
}

Result<std::optional<OfflineJournal::Entry>> OfflineJournal::entry(
    const QString &type, const QUuid &uuid) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM entries WHERE type = ? AND uuid = ?")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(type);
    q.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return journalError(m_path, q.lastError());
    if (!q.next())
        return std::optional<Entry> {};
    return std::optional<Entry> { entryFrom(q) };
}

int OfflineJournal::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM entries")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<OfflineJournal::Outcome> OfflineJournal::send(Store &store, const Entry &entry)
{
    qint64 itemId = entry.itemId;
    Result<qint64> stored = qint64(0);
    auto idOf = [](const auto &saved) -> Result<qint64> {
        if (!saved)
            return saved.error();
        return saved->meta.id;
    };
    if (entry.type == EntityType::Article)
        stored = idOf(sendItem<Article>(store.articles(), entry, itemId));
    else if (entry.type == EntityType::Agenda)
        stored = idOf(sendItem<AgendaEntry>(store.agenda(), entry, itemId));
    else if (entry.type == EntityType::Contact)
        stored = idOf(sendItem<Contact>(store.contacts(), entry, itemId));
    else
        stored = Error::invalid(tr("“%1” is not a kind of item.").arg(entry.type));
    if (stored) {
        if (auto r = forget(entry.type, entry.uuid); !r)
            return r.error();
        return Outcome::Sent;
    }
    const Error &error = stored.error();
    if (error.code == Error::Code::Unreachable || error.code == Error::Code::Busy)
        return Outcome::Unreachable;
    Entry named = entry;
    named.itemId = itemId;
    const bool stale = error.code == Error::Code::StaleRevision
        || (error.code == Error::Code::NotFound && entry.itemId > 0);
    const QString problem = stale ? staleProblem(store, named) : error.message;
    if (auto r = noteProblem(entry, problem); !r)
        return r.error();
    return stale ? Outcome::Stale : Outcome::Failed;
}

Result<OfflineJournal::Report> OfflineJournal::sendAll(
    Store &store, const std::function<bool(const Entry &)> &skip)
{
    auto all = entries();
    if (!all)
        return all.error();
    Report report;
    for (const Entry &entry : std::as_const(*all)) {
        if (skip && skip(entry))
            continue;
        auto outcome = send(store, entry);
        if (!outcome)
            return outcome.error();
        if (*outcome == Outcome::Sent)
            ++report.sent;
        if (*outcome == Outcome::Unreachable) {
            report.unreachable = true;
            break;
        }
    }
    auto left = entries();
    if (!left)
        return left.error();
    report.waiting = *left;
    return report;
}

} // namespace Relais
