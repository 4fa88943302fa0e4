// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <mutex>
#include <optional>

#include <sys/stat.h>

namespace Relais::OpenFiles {

namespace {

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

// stat(), which opens nothing: looking never releases a lock.
std::optional<FileId> idOf(const QString &path)
{
    struct stat info;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId { info.st_dev, info.st_ino };
}

struct Registry
{
    std::mutex mutex;
    QHash<QString, int> paths; // database path -> connections open on it
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void add(const QString &databasePath)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    ++r.paths[databasePath];
}

void remove(const QString &databasePath)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    auto it = r.paths.find(databasePath);
    if (it != r.paths.end() && --it.value() <= 0)
        r.paths.erase(it);
}

bool isInUse(const QString &path)
{
    const std::optional<FileId> candidate = idOf(path);
    if (!candidate)
        return false; // a file that does not exist yet is none of them
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    for (auto it = r.paths.cbegin(); it != r.paths.cend(); ++it) {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
            if (idOf(it.key() + QLatin1String(suffix)) == candidate)
                return true;
        }
    }
    return false;
}

Result<void> refuseDatabaseInUse(const QString &path)
{
    if (!isInUse(path))
        return {};
    return Error::invalid(QCoreApplication::translate("Relais::OpenFiles",
        "“%1” is the Relais database in use (or one of its "
        "companion files); Relais does not read or write it as "
        "another file. Choose another file.")
                              .arg(path));
}

} // namespace Relais::OpenFiles
