// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/sitebuilder.h"
#include "result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <deque>
#include <unordered_map>
#include <vector>

namespace Relais {

// A folder on disk that receives a rendered site. A changed file is replaced atomically
// (temporary file renamed), a new one written in place, an unchanged one left as it is; after
// a complete render, files of the earlier render that the new one did not write are removed
// (the marker file lists what each render wrote, with the key of what made it).
// It only ever writes into an empty folder or one it made itself (marked by .relais-site), so
// pointing it at the wrong folder cannot wipe someone's documents.
class SiteFolder
{
public:
    static constexpr const char *MarkerName = ".relais-site";
    static constexpr const char *MarkerHeader = "relais-site 2: files of the last render with the "
                                                "key of what made them, one a line (path TAB key)";
    static constexpr const char *OldMarkerHeader
        = "relais-site 1: files of the last render, one a line";

    explicit SiteFolder(QString path);

    // Checks the folder can be used (creates it when missing).
    Result<void> open();
    // Writes one file; path is relative and comes from the renderer. store() then record().
    Result<void> write(const QString &relativePath, const QByteArray &content);
    // The two halves of write(), for a renderer that stores pages from several threads:
    // store() only touches the disk and may run on any thread, at the same time as other
    // store() calls; record() notes the file as part of this render (for the marker and the
    // stale files) on the folder's own thread, once store() succeeded for it.
    Result<void> store(const QString &relativePath, const QByteArray &content) const;
    Result<void> record(const QString &relativePath);
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
        { }
        bool has(const QString &path, const QByteArray &key) override;
        void rendering(const QString &path, const QByteArray &key) override;
        bool isEmpty() const override { return remakeAll || m_folder.m_entries.empty(); }
        bool remakeAll = false;

    private:
        SiteFolder &m_folder;
    };

    QString m_path;
    Cache m_cache { *this };
    // Every file the last render or this one wrote: one entry each, as a render may
    // consider thousands and change two. Kept in the order the render considers them, which
    // the marker keeps too: the next render finds each file at the cursor, the next entry,
    // without hashing its path; the index by path is built only when a file is not there
    // (a page added or gone).
    struct File
    {
        QString path;
        QByteArray previousKey; // from the marker
        QByteArray key; // of this render
        qsizetype position = 0; // in m_entries
        bool previous = false; // listed in the marker
        bool written = false; // made or kept by this render
        bool ordered = false; // in m_order
        bool gone = false; // removed as stale
    };
    struct PathHash
    {
        std::size_t operator()(QStringView path) const;
    };
    File &entryFor(const QString &path);
    void ensureIndex();
    void noteOrder(File &file);
    std::deque<File> m_entries; // the marker's order, then files new to this render
    std::unordered_map<QStringView, File *, PathHash> m_index; // paths of m_entries, when needed
    bool m_indexed = false;
    qsizetype m_cursor = 0;
    std::vector<File *> m_order; // this render's order: the next marker's
    std::deque<File *> m_toMake; // considered, not known: made and recorded in this order
    QString m_pendingPath;
    QByteArray m_pendingKey;
    bool m_previousKnown = false;
    bool m_changed = false; // a file made whose key or presence differs from the marker's
    qsizetype m_previousCount = 0; // files in the marker
    qsizetype m_previousWritten = 0; // of which this render made or kept

    Result<void> writeMarker();
};

} // namespace Relais
