// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/historyrepository.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <zlib.h>

namespace Relais {

namespace {

constexpr int HistoryVersion = 12;
// zlib's window: a dictionary longer than this is used by its end only.
constexpr qsizetype Window = 32768;

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::HistoryRepository", text);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QByteArray canonical(const QJsonObject &content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

Bytef *bytes(const QByteArray &data)
{
    // zlib's interface takes non-const pointers to input it only reads.
    return reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
}

QByteArray windowOf(const QByteArray &dictionary)
{
    return dictionary.size() > Window ? dictionary.right(Window) : dictionary;
}

} // namespace

bool HistoryRepository::available() const
{
    return m_db.schemaVersion() >= HistoryVersion;
}

QJsonObject HistoryRepository::contentOf(QJsonObject json)
{
    for (const char *key : { "id", "revision", "created_at", "updated_at", "deleted_at" })
        json.remove(QLatin1String(key));
    return json;
}

QStringList HistoryRepository::changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList fields;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            fields.append(it.key());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            fields.append(it.key());
    }
    fields.sort();
    return fields;
}

QByteArray HistoryRepository::pack(const QByteArray &data, const QByteArray &dictionary)
{
    z_stream stream {};
    if (deflateInit(&stream, Z_BEST_COMPRESSION) != Z_OK)
        return {};
    const QByteArray window = windowOf(dictionary);
    if (!window.isEmpty())
        deflateSetDictionary(&stream, bytes(window), static_cast<uInt>(window.size()));
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
        Qt::Uninitialized);
    stream.next_in = bytes(data);
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> HistoryRepository::unpack(const QByteArray &packed, const QByteArray &dictionary)
{
    const Error damaged = Error::invalid(tr("A revision of the history is damaged."));
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return damaged;
    stream.next_in = bytes(packed);
    stream.avail_in = static_cast<uInt>(packed.size());
    QByteArray out;
    char buffer[16384];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_NEED_DICT) {
            const QByteArray window = windowOf(dictionary);
            if (window.isEmpty()
                || inflateSetDictionary(&stream, bytes(window), static_cast<uInt>(window.size()))
                    != Z_OK)
                break;
            status = Z_OK;
            continue;
        }
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // the input ended before the stream did
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return damaged;
    return out;
}

Result<HistoryRepository::Decoded> HistoryRepository::decode(const QUuid &uuid, int revision) const
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT revision, base, data FROM revisions WHERE item_uuid = ? AND "
                       "revision <= ? ORDER BY revision DESC LIMIT %1")
            .arg(KeyframeEvery),
        { uuidText(uuid), revision });
    if (!rows)
        return rows.error();
    struct Stored
    {
        int revision;
        int base;
        QByteArray data;
    };
    QList<Stored> chain; // newest first, down to a whole revision
    while (rows->next()) {
        const Stored stored { rows->value(0).toInt(), rows->value(1).toInt(),
            rows->value(2).toByteArray() };
        if (!chain.isEmpty() && chain.last().base != stored.revision)
            break;
        chain.append(stored);
        if (stored.base == 0)
            break;
    }
    if (chain.isEmpty())
        return Error { Error::Code::NotFound,
            tr("Revision %1 is not in the history of this item.").arg(revision), {} };
    if (chain.last().base != 0)
        return Error::invalid(tr("The history of this item is damaged before revision %1.")
                                  .arg(chain.last().revision));
    Decoded decoded;
    decoded.revision = chain.first().revision;
    decoded.depth = static_cast<int>(chain.size()) - 1;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        auto json = unpack(it->data, decoded.json);
        if (!json)
            return json.error();
        decoded.json = *json;
    }
    return decoded;
}

Result<HistoryRepository::Recorded> HistoryRepository::record(
    const QString &type, const QUuid &uuid, int revision, const QJsonObject &content)
{
    if (!available())
        return Recorded {};
    const QByteArray json = canonical(content);
    auto previous = decode(uuid, revision - 1);
    if (!previous && previous.error().code != Error::Code::NotFound)
        return previous.error();
    QStringList fields;
    QByteArray data;
    int base = 0;
    if (previous) {
        const QJsonObject before = QJsonDocument::fromJson(previous->json).object();
        fields = changedFields(before, content);
        if (fields.isEmpty())
            return Recorded { {}, false }; // a save that changed nothing keeps nothing
        if (previous->depth + 1 < KeyframeEvery) {
            base = previous->revision;
            data = pack(json, previous->json);
        }
    } else {
        fields = content.keys();
    }
    if (base == 0)
        data = pack(json, {});
    if (data.isEmpty())
        return Error::invalid(tr("The revision could not be compressed."));
    auto r = m_db.exec(QStringLiteral("INSERT INTO revisions (item_type, item_uuid, revision, "
                                      "author, saved_at, fields, base, data) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { type, uuidText(uuid), revision, m_db.userName(), Database::toSql(m_db.now()),
            fields.join(QLatin1Char(',')), base, data });
    if (!r)
        return r.error();
    return Recorded { fields, !previous };
}

Result<QList<RevisionInfo>> HistoryRepository::list(const QUuid &uuid) const
{
    QList<RevisionInfo> revisions;
    if (!available())
        return revisions;
    auto rows = m_db.exec(QStringLiteral("SELECT revision, author, saved_at, fields FROM revisions "
                                         "WHERE item_uuid = ? ORDER BY revision DESC"),
        { uuidText(uuid) });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        RevisionInfo info;
        info.revision = rows->value(0).toInt();
        info.author = rows->value(1).toString();
        info.savedAt = Database::fromSql(rows->value(2));
        info.fields = rows->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        revisions.append(info);
    }
    return revisions;
}

Result<QJsonObject> HistoryRepository::snapshot(const QUuid &uuid, int revision) const
{
    if (!available())
        return Error { Error::Code::NotFound, tr("This database keeps no history yet."), {} };
    auto decoded = decode(uuid, revision);
    if (!decoded)
        return decoded.error();
    if (decoded->revision != revision)
        return Error { Error::Code::NotFound,
            tr("Revision %1 is not in the history of this item.").arg(revision), {} };
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(decoded->json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::invalid(tr("Revision %1 of the history is damaged.").arg(revision));
    return document.object();
}

Result<qint64> HistoryRepository::storedBytes(const QUuid &uuid) const
{
    if (!available())
        return 0;
    auto bytes = m_db.scalar(QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM revisions "
                                            "WHERE item_uuid = ?"),
        { uuidText(uuid) });
    if (!bytes)
        return bytes.error();
    return bytes->toLongLong();
}

} // namespace Relais
