// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/publishplan.h"

#include "content/remotepath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::PublishPlan", text);
}

// Folders of the site whose pages each show one item: "actualites/slug/index.html".
bool isDetailPage(const QString &path)
{
    static const QStringList detailFolders { QStringLiteral("actualites/"),
        QStringLiteral("temoignages/"), QStringLiteral("agenda/") };
    for (const QString &folder : detailFolders) {
        if (path.startsWith(folder)) {
            const QString rest = path.mid(folder.size());
            // "slug/index.html", not "index.html" nor "page/2/index.html"
            return rest.count(QLatin1Char('/')) == 1 && !rest.startsWith(QStringLiteral("page/"));
        }
    }
    return false;
}

} // namespace

QString PublishStep::actionName(Action action)
{
    switch (action) {
    case Action::Mkcol:
        return QStringLiteral("mkcol");
    case Action::Put:
        return QStringLiteral("put");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

PublishStep::Action PublishStep::actionFromName(const QString &name)
{
    if (name == u"mkcol")
        return Action::Mkcol;
    if (name == u"delete")
        return Action::Delete;
    return Action::Put;
}

int PublishPlan::phaseOf(const QString &path)
{
    if (path == QLatin1String(PublishPlan::ManifestPath))
        return ManifestPhase;
    if (path.startsWith(QStringLiteral("assets/")) || path.startsWith(QStringLiteral("media/")))
        return Assets;
    if (isDetailPage(path))
        return Details;
    if (!path.contains(QLatin1Char('/')))
        return Home; // index.html, 404.html, feed.xml, sitemap.xml
    return Lists;
}

QString PublishPlan::summary() const
{
    if (isEmpty())
        return tr("Nothing to publish: the server already holds this site.");
    const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    return QCoreApplication::translate(
               "Relais::PublishPlan", "%n file(s) to upload", nullptr, uploads)
        + QStringLiteral(", ")
        + QCoreApplication::translate("Relais::PublishPlan", "%n to delete", nullptr, deletes)
        + QStringLiteral(", ") + size;
}

PublishPlan PublishPlan::make(
    const FileMap &local, const FileMap &remote, const QByteArray &manifest, bool writeManifest)
{
    PublishPlan plan;
    QSet<QString> remoteFolders; // exist on the server already
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        for (const QString &folder : RemotePath::foldersOf(it.key()))
            remoteFolders.insert(folder);
    }
    QSet<QString> localFolders;
    QSet<QString> newFolders;
    auto put = [&](const QString &path, const FileState &state) {
        for (const QString &folder : RemotePath::foldersOf(path)) {
            if (!remoteFolders.contains(folder))
                newFolders.insert(folder);
        }
        plan.steps.append(
            PublishStep { PublishStep::Action::Put, path, state, phaseOf(path), false });
        ++plan.uploads;
        plan.bytes += state.size;
    };
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        for (const QString &folder : RemotePath::foldersOf(it.key()))
            localFolders.insert(folder);
        const auto there = remote.constFind(it.key());
        if (there == remote.cend() || *there != *it)
            put(it.key(), *it);
    }

    // Deletions: a file the new render no longer has; a folder left without any file goes
    // whole, with one request, from its topmost emptied level.
    QSet<QString> deletedFolders;
    QStringList deletions;
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        if (local.contains(it.key()) || it.key() == QLatin1String(PublishPlan::ManifestPath))
            continue;
        QString target = it.key();
        for (const QString &folder : RemotePath::foldersOf(it.key())) {
            if (!localFolders.contains(folder) && folder != u".relais/") {
                target = folder;
                break;
            }
        }
        if (target.endsWith(QLatin1Char('/'))) {
            if (deletedFolders.contains(target))
                continue;
            deletedFolders.insert(target);
        }
        deletions.append(target);
    }

    const bool changes = !plan.steps.isEmpty() || !deletions.isEmpty();
    if (changes || writeManifest) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(manifest);
        put(QLatin1String(PublishPlan::ManifestPath),
            FileState { hash.result().toHex(), manifest.size() });
    }
    for (const QString &folder : std::as_const(newFolders)) {
        plan.steps.append(PublishStep { PublishStep::Action::Mkcol, folder, {},
            int(Folders + folder.count(QLatin1Char('/'))), false });
        ++plan.folders;
    }
    for (const QString &path : std::as_const(deletions)) {
        plan.steps.append(PublishStep { PublishStep::Action::Delete, path, {}, Deletions, false });
        ++plan.deletes;
    }
    std::stable_sort(
        plan.steps.begin(), plan.steps.end(), [](const PublishStep &a, const PublishStep &b) {
            if (a.phase != b.phase)
                return a.phase < b.phase;
            return a.path < b.path;
        });
    return plan;
}

} // namespace Relais
