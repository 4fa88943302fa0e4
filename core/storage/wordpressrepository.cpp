// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/wordpressrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace Relais {

namespace {

const QString linkColumns
    = QStringLiteral("target_id, item_uuid, item_type, remote_id, slug, remote_status, "
                     "remote_modified, remote_date, sent_hash, "
                     "state, theirs, synced_at");

WordPressLink::State stateOf(const QString &name)
{
    if (name == u"creating")
        return WordPressLink::State::Creating;
    if (name == u"conflict")
        return WordPressLink::State::Conflict;
    if (name == u"gone")
        return WordPressLink::State::Gone;
    return WordPressLink::State::Synced;
}

WordPressLink linkFromRow(const QSqlQuery &q)
{
    WordPressLink l;
    l.targetId = q.value(0).toLongLong();
    l.item = QUuid::fromString(q.value(1).toString());
    l.itemType = q.value(2).toString();
    l.remoteId = q.value(3).toLongLong();
    l.slug = q.value(4).toString();
    l.remoteStatus = q.value(5).toString();
    l.remoteModified = q.value(6).toString();
    l.remoteDate = q.value(7).toString();
    l.sentHash = q.value(8).toString().toLatin1();
    l.state = stateOf(q.value(9).toString());
    l.theirs = q.value(10).toString().toUtf8();
    l.syncedAt = Database::fromSql(q.value(11));
    return l;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

WordPressRepository::WordPressRepository(const Database &db)
    : m_db(db)
{ }

QString WordPressRepository::stateName(WordPressLink::State state)
{
    switch (state) {
    case WordPressLink::State::Creating:
        return QStringLiteral("creating");
    case WordPressLink::State::Conflict:
        return QStringLiteral("conflict");
    case WordPressLink::State::Gone:
        return QStringLiteral("gone");
    case WordPressLink::State::Synced:
        break;
    }
    return QStringLiteral("synced");
}

Result<QHash<QUuid, WordPressLink>> WordPressRepository::links(qint64 targetId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM wordpress_posts WHERE target_id = ?").arg(linkColumns),
        { targetId });
    if (!q)
        return q.error();
    QHash<QUuid, WordPressLink> all;
    while (q->next()) {
        WordPressLink l = linkFromRow(*q);
        all.insert(l.item, l);
    }
    return all;
}

Result<std::optional<WordPressLink>> WordPressRepository::link(
    qint64 targetId, const QUuid &item) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM wordpress_posts WHERE target_id = ? AND item_uuid = ?")
            .arg(linkColumns),
        { targetId, uuidText(item) });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<WordPressLink>();
    return std::optional<WordPressLink>(linkFromRow(*q));
}

Result<std::optional<WordPressLink>> WordPressRepository::linkOfRemote(
    qint64 targetId, qint64 remoteId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM wordpress_posts WHERE target_id = ? AND remote_id = ?")
            .arg(linkColumns),
        { targetId, remoteId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<WordPressLink>();
    return std::optional<WordPressLink>(linkFromRow(*q));
}

Result<void> WordPressRepository::saveLink(WordPressLink link)
{
    link.syncedAt = m_db.now();
    // As SQLite's INSERT OR REPLACE did: the link replaces the item's and any other link to
    // the same post.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto gone = m_db.exec(QStringLiteral("DELETE FROM wordpress_posts WHERE target_id = ? "
                                             "AND (item_uuid = ? OR remote_id = ?)"),
            { link.targetId, uuidText(link.item),
                link.remoteId > 0 ? QVariant(link.remoteId) : QVariant() });
        !gone)
        return gone.error();
    auto q = m_db.exec(QStringLiteral("INSERT INTO wordpress_posts (%1) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(linkColumns),
        { link.targetId, uuidText(link.item), link.itemType,
            link.remoteId > 0 ? QVariant(link.remoteId) : QVariant(), link.slug, link.remoteStatus,
            link.remoteModified, link.remoteDate, QString::fromLatin1(link.sentHash),
            stateName(link.state), QString::fromUtf8(link.theirs),
            Database::toSql(link.syncedAt) });
    if (!q)
        return q.error();
    return transaction.commit();
}

Result<void> WordPressRepository::removeLink(qint64 targetId, const QUuid &item)
{
    auto q = m_db.exec(
        QStringLiteral("DELETE FROM wordpress_posts WHERE target_id = ? AND item_uuid = ?"),
        { targetId, uuidText(item) });
    if (!q)
        return q.error();
    return {};
}

Result<QList<WordPressLink>> WordPressRepository::unsettled(qint64 targetId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM wordpress_posts WHERE target_id = ? AND state IN "
                       "('conflict', 'gone') ORDER BY synced_at")
            .arg(linkColumns),
        { targetId });
    if (!q)
        return q.error();
    QList<WordPressLink> list;
    while (q->next())
        list.append(linkFromRow(*q));
    return list;
}

Result<QHash<QString, WordPressMedia>> WordPressRepository::media(qint64 targetId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT sha256, remote_id, url FROM wordpress_media WHERE target_id = ?"),
        { targetId });
    if (!q)
        return q.error();
    QHash<QString, WordPressMedia> all;
    while (q->next())
        all.insert(q->value(0).toString(),
            WordPressMedia { q->value(1).toLongLong(), q->value(2).toString() });
    return all;
}

Result<void> WordPressRepository::saveMedia(
    qint64 targetId, const QString &sha256, const WordPressMedia &media)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO wordpress_media (target_id, sha256, remote_id, url) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (target_id, sha256) DO UPDATE SET "
                       "remote_id = excluded.remote_id, url = excluded.url"),
        { targetId, sha256, media.remoteId, media.url });
    if (!q)
        return q.error();
    return {};
}

Result<QHash<QString, qint64>> WordPressRepository::terms(qint64 targetId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT slug, remote_id FROM wordpress_terms WHERE target_id = ?"),
        { targetId });
    if (!q)
        return q.error();
    QHash<QString, qint64> all;
    while (q->next())
        all.insert(q->value(0).toString(), q->value(1).toLongLong());
    return all;
}

Result<void> WordPressRepository::saveTerm(qint64 targetId, const QString &slug, qint64 remoteId)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO wordpress_terms (target_id, slug, remote_id) VALUES (?, ?, ?) "
            "ON CONFLICT (target_id, slug) DO UPDATE SET remote_id = excluded.remote_id"),
        { targetId, slug, remoteId });
    if (!q)
        return q.error();
    return {};
}

Result<void> WordPressRepository::log(WordPressLogEntry entry)
{
    if (!entry.at.isValid())
        entry.at = m_db.now();
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO wordpress_log (target_id, at, item_uuid, remote_id, action, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        { entry.targetId, Database::toSql(entry.at),
            entry.item.isNull() ? QString() : uuidText(entry.item),
            entry.remoteId > 0 ? QVariant(entry.remoteId) : QVariant(), entry.action,
            entry.detail });
    if (!q)
        return q.error();
    return {};
}

Result<QList<WordPressLogEntry>> WordPressRepository::logOf(qint64 targetId, int limit) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT id, target_id, at, item_uuid, remote_id, action, detail FROM wordpress_log "
            "WHERE target_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
        { targetId, limit });
    if (!q)
        return q.error();
    QList<WordPressLogEntry> list;
    while (q->next()) {
        WordPressLogEntry e;
        e.id = q->value(0).toLongLong();
        e.targetId = q->value(1).toLongLong();
        e.at = Database::fromSql(q->value(2));
        e.item = QUuid::fromString(q->value(3).toString());
        e.remoteId = q->value(4).toLongLong();
        e.action = q->value(5).toString();
        e.detail = q->value(6).toString();
        list.append(e);
    }
    return list;
}

} // namespace Relais
