// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/publishplan.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace Relais {

// The manifest a target keeps at .relais/manifest.json: which files the last publish left
// there. Comparing it with what this database last wrote tells whether somebody else
// published to the same place since.
namespace Manifest {

inline constexpr const char *Path = PublishPlan::ManifestPath;
inline constexpr const char *Format = "relais-manifest 1";

QByteArray toJson(const FileMap &files, const QDateTime &publishedAt);
// Refuses anything that is not a manifest, with every path and hash checked.
Result<FileMap> fromJson(const QByteArray &json);

struct Difference
{
    QStringList changed; // on both, different content
    QStringList onlyServer; // on the server's manifest only
    QStringList onlyOurs; // in ours only
    bool isEmpty() const { return changed.isEmpty() && onlyServer.isEmpty() && onlyOurs.isEmpty(); }
    // A few lines for the user, naming at most `limit` files of each kind.
    QString describe(int limit = 5) const;
};

Difference compare(const FileMap &ours, const FileMap &server);

} // namespace Manifest

} // namespace Relais
