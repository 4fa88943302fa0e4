// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sitefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::SiteFolder", text);
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

} // namespace

SiteFolder::SiteFolder(QString path)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
{
}

Result<void> SiteFolder::open()
{
    QDir dir(m_path);
    if (!dir.exists() && !QDir().mkpath(m_path))
        return Error::failed(tr("Cannot create the folder “%1”.").arg(m_path));
    QFile marker(dir.filePath(QString::fromLatin1(MarkerName)));
    const bool empty = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
    if (!marker.exists() && !empty) {
        return Error::failed(tr("The folder “%1” is not empty and was not made by Relais; choose an empty "
                                "folder for the site.")
                                 .arg(m_path));
    }
    // The marker lists what the last render wrote: what this one does not write is stale.
    m_previous.clear();
    m_previousKeys.clear();
    m_previousKnown = false;
    if (marker.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = marker.readAll().split('\n');
        const bool withKeys = lines.value(0) == MarkerHeader;
        m_previousKnown = withKeys || lines.value(0) == OldMarkerHeader;
        for (qsizetype i = 1; m_previousKnown && i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.isEmpty())
                continue;
            const qsizetype tab = withKeys ? line.indexOf('\t') : -1;
            const QString path = QString::fromUtf8(tab < 0 ? line : line.left(tab));
            m_previous.insert(path);
            if (tab > 0)
                m_previousKeys.insert(path, line.mid(tab + 1));
        }
        marker.close();
    }
    m_folders.insert(m_path);
    return writeMarker(m_previous, m_previousKeys);
}

Result<void> SiteFolder::writeMarker(const QSet<QString> &files, const QHash<QString, QByteArray> &keys)
{
    QFile marker(QDir(m_path).filePath(QString::fromLatin1(MarkerName)));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::failed(tr("Cannot write in the folder “%1”: %2").arg(m_path, marker.errorString()));
    QByteArray content = QByteArray(MarkerHeader) + '\n';
    QStringList sorted(files.cbegin(), files.cend());
    sorted.sort();
    for (const QString &file : std::as_const(sorted)) {
        content += file.toUtf8();
        if (const QByteArray key = keys.value(file); !key.isEmpty())
            content += '\t' + key;
        content += '\n';
    }
    if (marker.write(content) != content.size())
        return Error::failed(tr("Cannot write in the folder “%1”: %2").arg(m_path, marker.errorString()));
    return {};
}

Result<void> SiteFolder::write(const QString &relativePath, const QByteArray &content)
{
    if (!isSafeRelativePath(relativePath))
        return Error::failed(tr("Refused to write “%1”: it is not a path inside the site.").arg(relativePath));
    if (relativePath == m_pendingPath) {
        m_keys.insert(relativePath, m_pendingKey);
        m_pendingPath.clear();
    }
    const QString target = m_path + QLatin1Char('/') + relativePath;
    const QString folder = QFileInfo(target).path();
    if (!m_folders.contains(folder)) {
        if (!QDir().mkpath(folder))
            return Error::failed(tr("Cannot create the folder of “%1”.").arg(target));
        m_folders.insert(folder);
    }
    // Unchanged files keep their date: tools that sync by date see only real changes.
    QFile existing(target);
    if (existing.size() == content.size() && existing.open(QIODevice::ReadOnly) && existing.readAll() == content) {
        m_written.insert(relativePath);
        return {};
    }
    // Written beside, then renamed over the old file: a reader never sees half a page. No
    // fsync per page (QSaveFile's): a render is redone in seconds if the machine crashes.
    const QString temporary = target + QStringLiteral(".relais-tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.remove();
        return Error::failed(tr("Cannot write “%1”: %2").arg(target, reason));
    }
    file.close();
    std::error_code error;
    std::filesystem::rename(temporary.toStdString(), target.toStdString(), error);
    if (error) {
        QFile::remove(temporary);
        return Error::failed(tr("Cannot write “%1”: %2").arg(target, QString::fromStdString(error.message())));
    }
    m_written.insert(relativePath);
    return {};
}

Result<int> SiteFolder::removeStale()
{
    QSet<QString> stale;
    if (m_previousKnown) {
        stale = m_previous - m_written;
    } else {
        // A folder from an older Relais: look at what is there.
        const QDir root(m_path);
        QDirIterator it(m_path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            if (relative != QString::fromLatin1(MarkerName) && !m_written.contains(relative))
                stale.insert(relative);
        }
    }
    int removed = 0;
    QSet<QString> folders;
    for (const QString &relative : std::as_const(stale)) {
        if (!isSafeRelativePath(relative))
            continue; // a marker edited by hand never makes Relais delete outside the site
        const QString file = m_path + QLatin1Char('/') + relative;
        if (QFile::exists(file) && !QFile::remove(file))
            return Error::failed(tr("Cannot remove the old file “%1”.").arg(file));
        ++removed;
        for (QString folder = QFileInfo(file).path(); folder.size() > m_path.size(); folder = QFileInfo(folder).path())
            folders.insert(folder);
    }
    // Folders left empty, deepest first; rmdir fails harmlessly on the others.
    QStringList sorted(folders.cbegin(), folders.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(sorted))
        QDir().rmdir(folder);
    if (auto r = writeMarker(m_written, m_keys); !r)
        return r.error();
    return removed;
}

bool SiteFolder::Cache::has(const QString &path, const QByteArray &key)
{
    // The marker is the folder's own account; whoever edits the site by hand renders it in full.
    if (remakeAll || key.isEmpty() || m_folder.m_previousKeys.value(path) != key)
        return false;
    m_folder.m_written.insert(path);
    m_folder.m_keys.insert(path, key);
    return true;
}

void SiteFolder::Cache::rendering(const QString &path, const QByteArray &key)
{
    m_folder.m_pendingPath = path;
    m_folder.m_pendingKey = key;
}

} // namespace Relais
