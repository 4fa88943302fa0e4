// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/manifest.h"

#include "content/remotepath.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Relais::Manifest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Manifest", text);
}

bool isHexSha256(const QByteArray &hex)
{
    if (hex.size() != 64)
        return false;
    for (char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

QByteArray toJson(const FileMap &files, const QDateTime &publishedAt)
{
    QJsonObject entries;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        entries.insert(it.key(),
            QJsonObject { { QStringLiteral("sha256"), QString::fromLatin1(it->sha256) },
                { QStringLiteral("size"), it->size } });
    }
    QJsonObject root { { QStringLiteral("format"), QString::fromLatin1(Format) },
        { QStringLiteral("generator"), QCoreApplication::applicationName() },
        { QStringLiteral("publishedAt"), publishedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("files"), entries } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<FileMap> fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error::invalid(tr("The manifest is not JSON: %1.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return Error::invalid(tr("The manifest is not a Relais manifest (format “%1”).")
                                  .arg(root.value(QStringLiteral("format")).toString().left(40)));
    const QJsonValue files = root.value(QStringLiteral("files"));
    if (!files.isObject())
        return Error::invalid(tr("The manifest has no list of files."));
    FileMap map;
    const QJsonObject entries = files.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QByteArray sha = entry.value(QStringLiteral("sha256")).toString().toLatin1();
        const double size = entry.value(QStringLiteral("size")).toDouble(-1);
        if (!RemotePath::isSafe(it.key()) || it.key().endsWith(QLatin1Char('/'))
            || !isHexSha256(sha) || size < 0 || size > 1e15) {
            return Error::invalid(
                tr("The manifest's entry “%1” is not valid.").arg(it.key().left(200)));
        }
        map.insert(it.key(), FileState { sha, qint64(size) });
    }
    return map;
}

Difference compare(const FileMap &ours, const FileMap &server)
{
    Difference d;
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const auto there = server.constFind(it.key());
        if (there == server.cend())
            d.onlyOurs.append(it.key());
        else if (*there != *it)
            d.changed.append(it.key());
    }
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (!ours.contains(it.key()))
            d.onlyServer.append(it.key());
    }
    return d;
}

QString Difference::describe(int limit) const
{
    QStringList lines;
    auto add = [&](const QStringList &paths, const QString &heading) {
        if (paths.isEmpty())
            return;
        QStringList shown = paths.mid(0, limit);
        QString line = heading + QStringLiteral(" ") + shown.join(QStringLiteral(", "));
        if (paths.size() > limit)
            line += QCoreApplication::translate(
                "Relais::Manifest", " and %n more", nullptr, int(paths.size() - limit));
        lines.append(line);
    };
    add(changed,
        QCoreApplication::translate(
            "Relais::Manifest", "Changed on the server (%n):", nullptr, int(changed.size())));
    add(onlyServer,
        QCoreApplication::translate(
            "Relais::Manifest", "Added on the server (%n):", nullptr, int(onlyServer.size())));
    add(onlyOurs,
        QCoreApplication::translate(
            "Relais::Manifest", "Missing on the server (%n):", nullptr, int(onlyOurs.size())));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Relais::Manifest
