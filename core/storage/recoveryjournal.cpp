// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryjournal.h"

#include "content/worddiff.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Relais {

namespace {

// Past this many bytes of lines, the file is written again with what it keeps now.
constexpr qint64 RewriteBytes = qint64(512) * 1024;

QJsonObject toJson(const RecoveryJournal::Entry &e)
{
    return QJsonObject { { QStringLiteral("type"), e.type },
        { QStringLiteral("uuid"), e.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("item_id"), double(e.itemId) },
        { QStringLiteral("base_revision"), e.baseRevision }, { QStringLiteral("title"), e.title },
        { QStringLiteral("kept_at"), e.keptAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("value"), e.value } };
}

RecoveryJournal::Entry fromJson(const QJsonObject &o)
{
    RecoveryJournal::Entry e;
    e.type = o.value(QStringLiteral("type")).toString();
    e.uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
    e.itemId = qint64(o.value(QStringLiteral("item_id")).toDouble());
    e.baseRevision = o.value(QStringLiteral("base_revision")).toInt();
    e.title = o.value(QStringLiteral("title")).toString();
    e.keptAt = QDateTime::fromString(o.value(QStringLiteral("kept_at")).toString(), Qt::ISODate);
    e.value = o.value(QStringLiteral("value")).toObject();
    return e;
}

QByteArray line(const QString &what, const QJsonObject &o)
{
    return QJsonDocument(QJsonObject { { what, o } }).toJson(QJsonDocument::Compact) + '\n';
}

void replace(QList<RecoveryJournal::Entry> &kept, const RecoveryJournal::Entry &entry)
{
    kept.removeIf([&](const RecoveryJournal::Entry &e) {
        return e.type == entry.type && e.uuid == entry.uuid;
    });
    kept.append(entry);
}

bool hasWordCharacter(const QString &token)
{
    return std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace

RecoveryJournal::RecoveryJournal(QString path, QString key)
    : m_path(std::move(path))
    , m_key(std::move(key))
    , m_file(m_path)
{ }

RecoveryJournal::~RecoveryJournal()
{
    // Closed as it should be: nothing to recover from this window — unless it keeps entries
    // it never showed (left by other windows), which the next start takes.
    m_file.close();
    if (m_kept.isEmpty())
        QFile::remove(m_path);
    if (m_lock)
        m_lock->unlock();
}

QString RecoveryJournal::folder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("recovery"));
}

QString RecoveryJournal::keyOf(const Database &db)
{
    const QByteArray key = (db.path() + QLatin1Char('\n') + db.userName()).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

Result<std::unique_ptr<RecoveryJournal>> RecoveryJournal::open(const Database &db)
{
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return Error::failed(tr("Cannot make the folder “%1” for the recovery journal.").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString key = keyOf(db);
    const QString path = QDir(dir).filePath(
        QStringLiteral("%1-%2.jsonl").arg(key).arg(QCoreApplication::applicationPid()));
    std::unique_ptr<RecoveryJournal> journal(new RecoveryJournal(path, key));
    journal->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    journal->m_lock->setStaleLockTime(0); // a window lives for days: only a dead owner is stale
    if (!journal->m_lock->tryLock(0))
        return Error::failed(tr("The recovery journal “%1” is held by another program.").arg(path));
    // A file of a process that had this number before and ended without closing: set aside,
    // unlocked, for takeLeftBehind().
    if (QFile::exists(path)) {
        const QString aside = QDir(dir).filePath(QStringLiteral("%1-%2-%3.jsonl")
                                                     .arg(key)
                                                     .arg(QCoreApplication::applicationPid())
                                                     .arg(QDateTime::currentMSecsSinceEpoch()));
        QFile::rename(path, aside);
    }
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::failed(tr("The recovery journal “%1” cannot be written: %2")
                                 .arg(path, journal->m_file.errorString()));
    journal->m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return journal;
}

Result<void> RecoveryJournal::append(const QByteArray &bytes)
{
    if (m_written + bytes.size() > RewriteBytes)
        return rewrite();
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return Error::failed(tr("The recovery journal “%1” cannot be written: %2")
                                 .arg(m_path, m_file.errorString()));
    m_written += bytes.size();
    return {};
}

Result<void> RecoveryJournal::rewrite()
{
    QByteArray all;
    for (const Entry &e : std::as_const(m_kept))
        all += line(QStringLiteral("keep"), toJson(e));
    // Replaced whole, never half: a kill in the middle leaves the old file.
    QSaveFile next(m_path);
    if (!next.open(QIODevice::WriteOnly) || next.write(all) != all.size() || !next.commit())
        return Error::failed(
            tr("The recovery journal “%1” cannot be written: %2").arg(m_path, next.errorString()));
    m_file.close();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::failed(tr("The recovery journal “%1” cannot be written: %2")
                                 .arg(m_path, m_file.errorString()));
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    m_written = all.size();
    return {};
}

Result<void> RecoveryJournal::keep(const Entry &entry)
{
    Entry kept = entry;
    if (!kept.keptAt.isValid())
        kept.keptAt = QDateTime::currentDateTimeUtc();
    replace(m_kept, kept);
    return append(line(QStringLiteral("keep"), toJson(kept)));
}

Result<void> RecoveryJournal::forget(const QString &type, const QUuid &uuid)
{
    const qsizetype before = m_kept.size();
    m_kept.removeIf([&](const Entry &e) { return e.type == type && e.uuid == uuid; });
    if (m_kept.size() == before)
        return {};
    if (m_kept.isEmpty()) {
        // Nothing kept: an empty file, whatever it held.
        if (!m_file.resize(0))
            return Error::failed(tr("The recovery journal “%1” cannot be written: %2")
                                     .arg(m_path, m_file.errorString()));
        m_file.seek(0);
        m_written = 0;
        return {};
    }
    return append(line(QStringLiteral("forget"),
        QJsonObject { { QStringLiteral("type"), type },
            { QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces) } }));
}

QList<RecoveryJournal::Entry> RecoveryJournal::read(const QString &path)
{
    QList<Entry> kept;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return kept;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            continue; // a line cut by the kill
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("keep"))) {
            const Entry e = fromJson(o.value(QStringLiteral("keep")).toObject());
            if (!e.type.isEmpty() && !e.uuid.isNull())
                replace(kept, e);
        } else if (o.contains(QStringLiteral("forget"))) {
            const QJsonObject f = o.value(QStringLiteral("forget")).toObject();
            const QString type = f.value(QStringLiteral("type")).toString();
            const QUuid uuid = QUuid::fromString(f.value(QStringLiteral("uuid")).toString());
            kept.removeIf([&](const Entry &e) { return e.type == type && e.uuid == uuid; });
        }
    }
    return kept;
}

Result<QList<RecoveryJournal::Entry>> RecoveryJournal::takeLeftBehind()
{
    QList<Entry> found;
    const QDir dir(folder());
    const QStringList files
        = dir.entryList({ m_key + QStringLiteral("-*.jsonl") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        if (QFileInfo(path) == QFileInfo(m_path))
            continue;
        // A window that still runs holds its lock; a window that ended without closing left a
        // lock of a process that is gone (stale), or none.
        QLockFile lock(path + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        // Kept in this window's file before theirs goes: a kill in between loses nothing.
        for (const Entry &e : read(path)) {
            if (auto kept = keep(e); !kept)
                return kept.error();
            replace(found, e);
        }
        if (!QFile::remove(path) && QFile::exists(path))
            return Error::failed(tr("The recovery journal “%1” cannot be removed.").arg(path));
    }
    std::stable_sort(found.begin(), found.end(),
        [](const Entry &a, const Entry &b) { return a.keptAt < b.keptAt; });
    return found;
}

int RecoveryJournal::wordsTyped(const QJsonObject &before, const QJsonObject &after)
{
    int words = 0;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!it.value().isString())
            continue;
        const QString old = before.value(it.key()).toString();
        const QString now = it.value().toString();
        if (old == now)
            continue;
        for (const DiffPiece &piece : WordDiff::diff(old, now)) {
            if (piece.kind != DiffPiece::Kind::Added)
                continue;
            for (const QString &token : WordDiff::tokens(piece.text))
                words += hasWordCharacter(token) ? 1 : 0;
        }
    }
    return words;
}

} // namespace Relais
