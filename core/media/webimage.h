// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/picturecopies.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Relais {
class MediaRepository;
}

namespace Relais::WebImage {

using Copies = PictureCopies;

constexpr int LargeWidth = 1600;
constexpr int SmallWidth = 800;
constexpr qint64 MaxFileBytes = qint64(50) * 1024 * 1024;
constexpr qint64 MaxPixels = 100'000'000;

// Errors name the file (fileName) and say what is wrong with it.
Result<Copies> make(const QByteArray &bytes, const QString &fileName);

// The bytes of a picture file, refused before reading when larger than MaxFileBytes.
Result<QByteArray> readFile(const QString &path);

// Adds a picture to the media store with its web copies (made by make()). The same bytes
// twice give the stored picture. Errors name fileName.
Result<Media> store(MediaRepository &media, const QString &fileName, const QByteArray &bytes,
    const QString &alt = {});

} // namespace Relais::WebImage
