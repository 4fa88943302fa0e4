// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/picturecopies.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Relais {

class Database;

// The media store: pictures with their web copies, in the database. Adding the same bytes
// twice returns the stored picture (SHA-256 of the original).
class MediaRepository
{
public:
    explicit MediaRepository(const Database &db);

    // Makes a picture's web copies: media/WebImage::make, given by the caller since the
    // store knows no picture format. Errors name fileName.
    using MakeCopies
        = std::function<Result<PictureCopies>(const QByteArray &bytes, const QString &fileName)>;
    // Stores the picture with the copies makeCopies makes of it. The same bytes twice give the
    // stored picture, and no copies are made again. Errors name fileName.
    Result<Media> add(const QString &fileName, const QByteArray &bytes, const QString &alt,
        const MakeCopies &makeCopies);
    Result<Media> byName(const QString &name) const;
    Result<QList<Media>> list() const;
    Result<int> count() const;
    // A web copy by its path on the site ("media/<name>.jpg", "media/<name>-800.jpg").
    Result<QByteArray> file(const QString &sitePath) const;
    Result<QByteArray> original(qint64 id) const;
    Result<QByteArray> thumbnail(qint64 id) const; // the 800 px copy
    Result<void> setAlt(qint64 id, const QString &alt);
    Result<void> remove(qint64 id);
    // Pictures no article or agenda entry refers to (items in the trash count as users: they
    // may come back).
    Result<QList<Media>> unused() const;

private:
    const Database &m_db;
};

} // namespace Relais
