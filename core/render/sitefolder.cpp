// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sitefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
{ }

Result<void> SiteFolder::open()
{
    QDir dir(m_path);
    if (!dir.exists() && !QDir().mkpath(m_path))
        return Error::failed(tr("Cannot create the folder “%1”.").arg(m_path));
    QFile marker(dir.filePath(QString::fromLatin1(MarkerName)));
    const bool empty
        = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty();
    if (!marker.exists() && !empty) {
        return Error::failed(
            tr("The folder “%1” is not empty and was not made by Relais; choose an empty "
               "folder for the site.")
                .arg(m_path));
    }
    // The marker lists what the last render wrote: what this one does not write is stale.
    m_entries.clear();
    m_index.clear();
    m_indexed = false;
    m_cursor = 0;
    m_order.clear();
    m_toMake.clear();
    m_changed = false;
    m_previousCount = 0;
    m_previousWritten = 0;
    m_previousKnown = empty; // an empty folder holds nothing stale
    if (marker.open(QIODevice::ReadOnly)) {
        const QByteArray content = marker.readAll();
        marker.close();
        const qsizetype headerEnd = content.indexOf('\n');
        const QByteArrayView header
            = QByteArrayView(content).first(headerEnd < 0 ? content.size() : headerEnd);
        const bool withKeys = header == MarkerHeader;
        m_previousKnown = withKeys || header == OldMarkerHeader;
        for (qsizetype at = headerEnd + 1;
             m_previousKnown && headerEnd >= 0 && at < content.size();) {
            qsizetype end = content.indexOf('\n', at);
            if (end < 0)
                end = content.size();
            const QByteArrayView line = QByteArrayView(content).sliced(at, end - at);
            at = end + 1;
            if (line.isEmpty())
                continue;
            const qsizetype tab = withKeys ? line.indexOf('\t') : -1;
            File &file = m_entries.emplace_back();
            file.path = QString::fromUtf8(tab < 0 ? line : line.first(tab));
            file.position = qsizetype(m_entries.size()) - 1;
            file.previous = true;
            if (tab > 0)
                file.previousKey = line.sliced(tab + 1).toByteArray();
            ++m_previousCount;
        }
        return {};
    }
    // A new site: the marker claims the folder at once, so that running again after an
    // interruption finds it Relais's.
    return writeMarker();
}

Result<void> SiteFolder::writeMarker()
{
    QFile marker(QDir(m_path).filePath(QString::fromLatin1(MarkerName)));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::failed(
            tr("Cannot write in the folder “%1”: %2").arg(m_path, marker.errorString()));
    QByteArray content;
    content.reserve(qsizetype(m_order.size()) * 80);
    content += MarkerHeader;
    content += '\n';
    // In the order this render considered them (the next one finds them in that order).
    // Appended in place (thousands of lines): paths are ASCII but for the rare one that is not.
    for (const File *entry : m_order) {
        const File &file = *entry;
        if (!file.written || file.gone)
            continue;
        const QString &path = file.path;
        const bool ascii
            = std::all_of(path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii) {
            const qsizetype at = content.size();
            content.resize(at + path.size());
            std::transform(path.cbegin(), path.cend(), content.data() + at,
                [](QChar c) { return char(c.unicode()); });
        } else {
            content += path.toUtf8();
        }
        if (!file.key.isEmpty()) {
            content += '\t';
            content += file.key;
        }
        content += '\n';
    }
    if (marker.write(content) != content.size())
        return Error::failed(
            tr("Cannot write in the folder “%1”: %2").arg(m_path, marker.errorString()));
    return {};
}

namespace {

// Writes all of content to a descriptor; false (errno set) when the disk refuses.
bool writeAll(int fd, const QByteArray &content)
{
    const char *data = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        left -= n;
    }
    return true;
}

// Whether the file at the path holds exactly content.
bool holds(const QByteArray &path, const QByteArray &content)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat info;
    bool same = ::fstat(fd, &info) == 0 && info.st_size == content.size();
    if (same) {
        QByteArray bytes(content.size(), Qt::Uninitialized);
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        same = done == bytes.size() && bytes == content;
    }
    ::close(fd);
    return same;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

std::size_t SiteFolder::PathHash::operator()(QStringView path) const
{
    constexpr std::uint64_t Seed = 0x517cc1b727220a95ULL;
    const char *bytes = reinterpret_cast<const char *>(path.constData());
    std::size_t left = std::size_t(path.size()) * sizeof(QChar);
    std::uint64_t h = 0;
    auto mix = [&h](std::uint64_t word) { h = (std::rotl(h, 5) ^ word) * Seed; };
    for (; left >= 8; bytes += 8, left -= 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes, 8);
        mix(word);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes, left);
    mix(tail ^ (std::uint64_t(left) << 56));
    return std::size_t(h ^ (h >> 29));
}

Result<void> SiteFolder::write(const QString &relativePath, const QByteArray &content)
{
    if (auto r = store(relativePath, content); !r)
        return r;
    return record(relativePath);
}

Result<void> SiteFolder::record(const QString &relativePath)
{
    // The path was checked by store(). Pages are recorded in the order the cache was asked about
    // them.
    File *found = nullptr;
    if (!m_toMake.empty() && m_toMake.front()->path == relativePath) {
        found = m_toMake.front();
        m_toMake.pop_front();
    } else {
        found = &entryFor(relativePath);
    }
    File &entry = *found;
    noteOrder(entry);
    if (relativePath == m_pendingPath) {
        entry.key = m_pendingKey;
        m_pendingPath.clear();
    }
    if (entry.previous && !entry.written)
        ++m_previousWritten;
    entry.written = true;
    m_changed = m_changed || entry.key != entry.previousKey || !entry.previous;
    return {};
}

Result<void> SiteFolder::store(const QString &relativePath, const QByteArray &content) const
{
    if (!isSafeRelativePath(relativePath))
        return Error::failed(
            tr("Refused to write “%1”: it is not a path inside the site.").arg(relativePath));
    // Plain system calls: a full render writes thousands of pages, and each call saved counts.
    const QString target = m_path + QLatin1Char('/') + relativePath;
    // Most pages have a folder of their own (actualites/<slug>/index.html): one mkdir, and
    // the whole path only when a parent is missing. Safe from several threads: a folder made
    // meanwhile by another is EEXIST, which mkpath takes as done.
    const QString folder = target.left(target.lastIndexOf(QLatin1Char('/')));
    if (::mkdir(QFile::encodeName(folder).constData(), 0777) != 0 && errno != EEXIST
        && !QDir().mkpath(folder))
        return Error::failed(tr("Cannot create the folder of “%1”.").arg(target));
    const QByteArray targetName = QFile::encodeName(target);
    // A new file is written in place: there is no old page a reader could see half replaced.
    int fd = ::open(targetName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
        const bool written = writeAll(fd, content);
        const QString reason = systemError();
        if (::close(fd) != 0 || !written) {
            ::unlink(targetName.constData());
            return Error::failed(
                tr("Cannot write “%1”: %2").arg(target, written ? systemError() : reason));
        }
        return {};
    }
    if (errno != EEXIST)
        return Error::failed(tr("Cannot write “%1”: %2").arg(target, systemError()));
    // Unchanged files keep their date: tools that sync by date see only real changes.
    if (holds(targetName, content)) {
        return {};
    }
    // Written beside, then renamed over the old file: a reader never sees half a page. No
    // fsync per page (QSaveFile's): a render is redone in seconds if the machine crashes.
    const QByteArray temporary = targetName + ".relais-tmp";
    fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return Error::failed(tr("Cannot write “%1”: %2").arg(target, systemError()));
    const bool written = writeAll(fd, content);
    const QString reason = systemError();
    if (::close(fd) != 0 || !written
        || ::rename(temporary.constData(), targetName.constData()) != 0) {
        const QString why = written ? systemError() : reason;
        ::unlink(temporary.constData());
        return Error::failed(tr("Cannot write “%1”: %2").arg(target, why));
    }
    return {};
}

Result<int> SiteFolder::removeStale()
{
    QSet<QString> stale;
    if (m_previousKnown) {
        // When every file of the last render was made or kept again, none is stale.
        if (m_previousWritten < m_previousCount) {
            QSet<QStringView> written; // a marker edited by hand may list a file twice
            for (const File &file : m_entries) {
                if (file.written)
                    written.insert(file.path);
            }
            for (const File &file : m_entries) {
                if (file.previous && !file.written && !file.gone && !written.contains(file.path))
                    stale.insert(file.path);
            }
        }
    } else {
        // A folder from an older Relais: look at what is there.
        const QDir root(m_path);
        QDirIterator it(m_path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            if (relative == QString::fromLatin1(MarkerName))
                continue;
            ensureIndex();
            const auto file = m_index.find(QStringView(relative));
            if (file == m_index.end() || !file->second->written)
                stale.insert(relative);
        }
    }
    for (File &file : m_entries) {
        if (!stale.isEmpty() && !file.written && stale.contains(file.path))
            file.gone = true;
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
        for (QString folder = QFileInfo(file).path(); folder.size() > m_path.size();
             folder = QFileInfo(folder).path())
            folders.insert(folder);
    }
    // Folders left empty, deepest first; rmdir fails harmlessly on the others.
    QStringList sorted(folders.cbegin(), folders.cend());
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(sorted))
        QDir().rmdir(folder);
    // Nothing made, nothing removed: the marker says it all already.
    if (m_changed || !stale.isEmpty() || !m_previousKnown) {
        if (auto r = writeMarker(); !r)
            return r.error();
    }
    return removed;
}

bool SiteFolder::Cache::has(const QString &path, const QByteArray &key)
{
    // The marker is the folder's own account; whoever edits the site by hand renders it in full.
    File &file = m_folder.entryFor(path);
    m_folder.noteOrder(file);
    if (remakeAll || key.isEmpty() || !file.previous || file.previousKey != key) {
        m_folder.m_toMake.push_back(&file); // made, then recorded in this order
        return false;
    }
    if (!file.written)
        ++m_folder.m_previousWritten;
    file.written = true;
    file.key = key;
    return true;
}

void SiteFolder::ensureIndex()
{
    if (m_indexed)
        return;
    m_index.reserve(m_entries.size());
    for (File &file : m_entries)
        m_index.emplace(QStringView(file.path), &file); // a path listed twice: the first
    m_indexed = true;
}

SiteFolder::File &SiteFolder::entryFor(const QString &path)
{
    if (m_cursor < qsizetype(m_entries.size()) && m_entries[std::size_t(m_cursor)].path == path)
        return m_entries[std::size_t(m_cursor++)];
    ensureIndex();
    if (const auto it = m_index.find(QStringView(path)); it != m_index.end()) {
        m_cursor = it->second->position + 1;
        return *it->second;
    }
    File &file = m_entries.emplace_back();
    file.path = path;
    file.position = qsizetype(m_entries.size()) - 1;
    m_index.emplace(QStringView(file.path), &file);
    m_cursor = qsizetype(m_entries.size());
    return file;
}

void SiteFolder::noteOrder(File &file)
{
    if (file.ordered)
        return;
    file.ordered = true;
    m_order.push_back(&file);
}

void SiteFolder::Cache::rendering(const QString &path, const QByteArray &key)
{
    m_folder.m_pendingPath = path;
    m_folder.m_pendingKey = key;
}

} // namespace Relais
