// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/sitebuilder.h"
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
    static constexpr const char *MarkerHeader =
        "relais-site 2: files of the last render with the key of what made them, one a line (path TAB key)";
    static constexpr const char *OldMarkerHeader = "relais-site 1: files of the last render, one a line";

    explicit SiteFolder(QString path);

    // Checks the folder can be used (creates it when missing).
    Result<void> open();
    // Writes one file; path is relative and comes from the renderer.
    Result<void> write(const QString &relativePath, const QByteArray &content);
    // Removes what the previous render left and this one did not write.
    Result<int> removeStale();
    // For an incremental render: the renderer skips the files whose key matches the one the
    // last complete render wrote (they stay as they are). remakeAll: every file is made, and
    // the keys are kept for the next render. Valid while this object lives.
    SiteBuilder::PageCache *pageCache(bool remakeAll = false)
    {
        m_cache.remakeAll = remakeAll;
        return &m_cache;
    }

private:
    class Cache : public SiteBuilder::PageCache
    {
    public:
        explicit Cache(SiteFolder &folder)
            : m_folder(folder)
        {
        }
        bool has(const QString &path, const QByteArray &key) override;
        void rendering(const QString &path, const QByteArray &key) override;
        bool isEmpty() const override { return remakeAll || m_folder.m_previousKeys.isEmpty(); }
        bool remakeAll = false;

    private:
        SiteFolder &m_folder;
    };

    QString m_path;
    Cache m_cache{*this};
    QHash<QString, QByteArray> m_previousKeys; // from the marker
    QHash<QString, QByteArray> m_keys;         // of this render
    QString m_pendingPath;
    QByteArray m_pendingKey;
    QSet<QString> m_written;
    QSet<QString> m_folders; // made already
    QSet<QString> m_previous; // written by the last render
    bool m_previousKnown = false;

    Result<void> writeMarker(const QSet<QString> &files, const QHash<QString, QByteArray> &keys);
};

} // namespace Relais
