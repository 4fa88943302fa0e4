// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QUrl>

namespace Relais::RemotePath {

// Whether a base URL can receive a site: http or https, a host, no user, query or fragment.
// The problem in plain words, empty when fine.
QString checkBase(const QUrl &base);

// Whether a path from the renderer is one we send: relative, segments of letters, digits,
// '-', '_', '.', '~' only, no empty, "." or ".." segment. A trailing '/' names a folder.
bool isSafe(const QString &relative);

// The one place that turns a relative path into a URL on the server. Refuses anything that
// could leave the base: "..", absolute paths or URLs, backslashes, encoded characters.
Result<QUrl> join(const QUrl &base, const QString &relative);

// "a/b/c.html" → {"a/", "a/b/"}: the folders that must exist before the file.
QStringList foldersOf(const QString &relative);

} // namespace Relais::RemotePath
