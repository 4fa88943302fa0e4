// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace Relais {

// A folder on disk that receives a rendered site. Files are written atomically (temporary file
// renamed); after a complete render, files of the earlier render that the new one did not
// write are removed (the marker file lists what each render wrote).
// It only ever writes into an empty folder or one it made itself (marked by .relais-site), so
// pointing it at the wrong folder cannot wipe someone's documents.
class SiteFolder
{
public:
    static constexpr const char *MarkerName = ".relais-site";
    static constexpr const char *MarkerHeader = "relais-site 1: files of the last render, one a line";

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
    QSet<QString> m_folders; // made already
    QSet<QString> m_previous; // written by the last render
    bool m_previousKnown = false;

    Result<void> writeMarker(const QSet<QString> &files);
};

} // namespace Relais
