// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace Relais {

// A folder on disk that receives a rendered site. Files are written atomically; after a
// complete render, files of an earlier render that are not part of the new one are removed.
// It only ever writes into an empty folder or one it made itself (marked by .relais-site), so
// pointing it at the wrong folder cannot wipe someone's documents.
class SiteFolder
{
public:
    static constexpr const char *MarkerName = ".relais-site";

    explicit SiteFolder(QString path);

    // Checks the folder can be used (creates it when missing).
    Result<void> open();
    // Writes one file; path is relative and comes from the renderer.
    Result<void> write(const QString &relativePath, const QByteArray &content);
    // Removes what the previous render left and this one did not write.
    Result<int> removeStale();

private:
    QString m_path;
    QSet<QString> m_written;
};

} // namespace Relais
