// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include "openfiles.h"

namespace Relais {

Result<void> saveFile(const QString &path, const QByteArray &bytes)
{
    // Saved over the database, SQLite would go on writing into a deleted file.
    if (auto inUse = OpenFiles::refuseDatabaseInUse(path); !inUse)
        return inUse.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::failed(
            QCoreApplication::translate("Relais::CommandLine", "Cannot write “%1”: %2")
                .arg(path, file.errorString()));
    }
    return {};
}

} // namespace Relais
