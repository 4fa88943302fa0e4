// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QSet>

namespace Relais {

// One file of a site: its SHA-256 (hex) and size.
struct FileState
{
    QByteArray sha256;
    qint64 size = 0;
    friend bool operator==(const FileState &, const FileState &) = default;
};

// Relative path → state, sorted by path.
using FileMap = QMap<QString, FileState>;

struct PublishStep
{
    enum class Action { Mkcol, Put, Delete };
    Action action = Action::Put;
    QString path; // relative; folders end with '/'
    FileState state; // of a Put
    // Steps run phase by phase; the steps of one phase run in parallel.
    int phase = 0;
    bool done = false;

    static QString actionName(Action action);
    static Action actionFromName(const QString &name);
};

// What a publish will do, in the order that never lets a visitor follow a link to a page
// not there yet: folders, then stylesheet and media, detail pages, lists, home and feeds, the
// manifest, and deletions last.
struct PublishPlan
{
    enum Phase {
        Folders = 0, // one phase per folder depth, starting here
        Assets = 100, // style sheets, media
        Details = 101, // the page of one article or event
        Lists = 102, // pages listing others
        Home = 103, // the home page, 404, feed and sitemap
        ManifestPhase = 104,
        Deletions = 105,
    };

    // Where a target keeps its manifest (publish/manifest.h), uploaded after the pages.
    static constexpr const char *ManifestPath = ".relais/manifest.json";

    QList<PublishStep> steps;
    int uploads = 0; // files, the manifest included
    int deletes = 0;
    int folders = 0;
    qint64 bytes = 0;

    bool isEmpty() const { return steps.isEmpty(); }
    // "37 pages to upload, 2 to delete, 1.2 MB"
    QString summary() const;

    // local: the new render. remote: what the server holds as far as we know. The manifest
    // (with its size) is added when anything changes or when `writeManifest` is set.
    static PublishPlan make(const FileMap &local, const FileMap &remote, const QByteArray &manifest,
        bool writeManifest);
    static int phaseOf(const QString &path);
};

} // namespace Relais
