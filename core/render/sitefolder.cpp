// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sitefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
    : m_path(QDir::cleanPath(std::move(path)))
{
}

Result<void> SiteFolder::open()
{
    QDir dir(m_path);
    if (!dir.exists() && !QDir().mkpath(m_path))
        return Error::failed(tr("Cannot create the folder “%1”.").arg(m_path));
    const bool marked = QFile::exists(dir.filePath(QString::fromLatin1(MarkerName)));
    const bool empty = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
    if (!marked && !empty) {
        return Error::failed(tr("The folder “%1” is not empty and was not made by Relais; choose an empty "
                                "folder for the site.")
                                 .arg(m_path));
    }
    QFile marker(dir.filePath(QString::fromLatin1(MarkerName)));
    if (!marker.open(QIODevice::WriteOnly))
        return Error::failed(tr("Cannot write in the folder “%1”: %2").arg(m_path, marker.errorString()));
    marker.write("This folder holds a site rendered by Relais; files not in the next render are removed.\n");
    return {};
}

Result<void> SiteFolder::write(const QString &relativePath, const QByteArray &content)
{
    if (!isSafeRelativePath(relativePath))
        return Error::failed(tr("Refused to write “%1”: it is not a path inside the site.").arg(relativePath));
    const QString target = QDir(m_path).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error::failed(tr("Cannot create the folder of “%1”.").arg(target));
    // Unchanged files keep their date: tools that sync by date see only real changes.
    QFile existing(target);
    if (existing.size() == content.size() && existing.open(QIODevice::ReadOnly) && existing.readAll() == content) {
        m_written.insert(relativePath);
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error::failed(tr("Cannot write “%1”: %2").arg(target, file.errorString()));
    m_written.insert(relativePath);
    return {};
}

Result<int> SiteFolder::removeStale()
{
    int removed = 0;
    const QDir root(m_path);
    QDirIterator it(m_path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = root.relativeFilePath(file);
        if (relative == QString::fromLatin1(MarkerName) || m_written.contains(relative))
            continue;
        if (!QFile::remove(file))
            return Error::failed(tr("Cannot remove the old file “%1”.").arg(file));
        ++removed;
    }
    // Folders left empty.
    QDirIterator dirs(m_path, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList folders;
    while (dirs.hasNext())
        folders.append(dirs.next());
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder); // fails harmlessly when not empty
    return removed;
}

} // namespace Relais
