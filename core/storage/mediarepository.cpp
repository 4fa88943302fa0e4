// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/mediarepository.h"

#include "content/slug.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::MediaRepository", text);
}

const QString columns = QStringLiteral(
    "id, uuid, sha256, name, extension, original_name, original_mime, width, height, "
    "original_bytes, alt, created_at");

Media fromRow(const QSqlQuery &q)
{
    Media m;
    m.id = q.value(0).toLongLong();
    m.uuid = QUuid::fromString(q.value(1).toString());
    m.sha256 = q.value(2).toString();
    m.name = q.value(3).toString();
    m.extension = q.value(4).toString();
    m.originalName = q.value(5).toString();
    m.originalMime = q.value(6).toString();
    m.width = q.value(7).toInt();
    m.height = q.value(8).toInt();
    m.originalBytes = q.value(9).toLongLong();
    m.alt = q.value(10).toString();
    m.createdAt = Database::fromSql(q.value(11));
    return m;
}

} // namespace

MediaRepository::MediaRepository(const Database &db)
    : m_db(db)
{ }

Result<Media> MediaRepository::add(const QString &fileName, const QByteArray &bytes,
    const QString &alt, const MakeCopies &makeCopies)
{
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto known
        = m_db.exec(QStringLiteral("SELECT %1 FROM media WHERE sha256 = ?").arg(columns), { sha });
    if (!known)
        return known.error();
    if (known->next()) {
        Media m = fromRow(*known);
        if (m.alt.isEmpty() && !alt.trimmed().isEmpty()) {
            if (auto r = setAlt(m.id, alt); !r)
                return r.error();
            m.alt = alt.trimmed();
        }
        return m;
    }
    auto copies = makeCopies(bytes, QFileInfo(fileName).fileName());
    if (!copies)
        return copies.error();
    QString base = Slug::fromTitle(QFileInfo(fileName).completeBaseName(), 40);
    if (base.isEmpty())
        base = QStringLiteral("image");
    Media m;
    m.uuid = QUuid::createUuid();
    m.sha256 = sha;
    m.name = base + QLatin1Char('-') + sha.left(8);
    m.extension = copies->extension;
    m.originalName = QFileInfo(fileName).fileName();
    m.originalMime = copies->originalMime;
    m.width = copies->width;
    m.height = copies->height;
    m.originalBytes = bytes.size();
    m.alt = alt.trimmed();
    m.createdAt = m_db.now();
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO media (uuid, sha256, name, extension, original_name, original_mime, "
            "width, height, original_bytes, alt, created_at, original, large, small) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { m.uuid.toString(QUuid::WithoutBraces), m.sha256, m.name, m.extension, m.originalName,
            m.originalMime, m.width, m.height, m.originalBytes, m.alt, Database::toSql(m.createdAt),
            bytes, copies->large, copies->small });
    if (!q)
        return q.error();
    m.id = Database::returnedId(*q);
    return m;
}

Result<Media> MediaRepository::byName(const QString &name) const
{
    auto q
        = m_db.exec(QStringLiteral("SELECT %1 FROM media WHERE name = ?").arg(columns), { name });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound,
            tr("There is no picture “%1” in the media store.").arg(name), {} };
    return fromRow(*q);
}

Result<QList<Media>> MediaRepository::list() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM media ORDER BY created_at DESC, id DESC").arg(columns));
    if (!q)
        return q.error();
    QList<Media> all;
    while (q->next())
        all.append(fromRow(*q));
    return all;
}

Result<int> MediaRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM media"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QByteArray> MediaRepository::file(const QString &sitePath) const
{
    const QString name = Media::nameFromPath(sitePath);
    if (name.isEmpty())
        return Error { Error::Code::NotFound,
            tr("“%1” is not a file of the media store.").arg(sitePath), {} };
    const bool small = sitePath.contains(QStringLiteral("-800."));
    auto q = m_db.exec(QStringLiteral("SELECT %1, extension FROM media WHERE name = ?")
                           .arg(small ? QStringLiteral("small") : QStringLiteral("large")),
        { name });
    if (!q)
        return q.error();
    if (!q->next() || !sitePath.endsWith(QLatin1Char('.') + q->value(1).toString()))
        return Error { Error::Code::NotFound,
            tr("There is no picture “%1” in the media store.").arg(sitePath), {} };
    return q->value(0).toByteArray();
}

Result<QByteArray> MediaRepository::original(qint64 id) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT original FROM media WHERE id = ?"), { id });
    if (!v)
        return v.error();
    return v->toByteArray();
}

Result<QByteArray> MediaRepository::thumbnail(qint64 id) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT small FROM media WHERE id = ?"), { id });
    if (!v)
        return v.error();
    return v->toByteArray();
}

Result<void> MediaRepository::setAlt(qint64 id, const QString &alt)
{
    auto q
        = m_db.exec(QStringLiteral("UPDATE media SET alt = ? WHERE id = ?"), { alt.trimmed(), id });
    if (!q)
        return q.error();
    return {};
}

Result<void> MediaRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM media WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return {};
}

Result<QList<Media>> MediaRepository::unused() const
{
    // Texts' references are kept on save (media_refs: names between spaces).
    QStringList prefixed = columns.split(QStringLiteral(", "));
    for (QString &c : prefixed)
        c.prepend(QStringLiteral("m."));
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM media m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE "
                       "a.featured_image = m.name "
                       "  OR instr(' ' || a.media_refs || ' ', ' ' || m.name || ' ') > 0) "
                       "AND NOT EXISTS (SELECT 1 FROM agenda_entries e WHERE instr(' ' || "
                       "e.media_refs || ' ', ' ' || m.name || ' ') > 0) "
                       "ORDER BY m.created_at DESC, m.id DESC")
            .arg(prefixed.join(QStringLiteral(", "))));
    if (!q)
        return q.error();
    QList<Media> all;
    while (q->next())
        all.append(fromRow(*q));
    return all;
}

} // namespace Relais
