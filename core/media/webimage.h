// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Relais::WebImage {

// What a picture becomes for the site: upright (EXIF orientation applied), at most 1600 and
// 800 pixels wide (never enlarged), re-encoded without any metadata — so no EXIF location
// reaches the site. JPEG for photographs; PNG for pictures that have transparency or came
// as PNG or GIF (drawings, logos, screenshots).
struct Copies
{
    QString extension; // "jpg" or "png"
    QString originalMime;
    int width = 0; // of the upright original
    int height = 0;
    QByteArray large; // ≤ 1600 px wide
    QByteArray small; // ≤ 800 px wide
};

constexpr int LargeWidth = 1600;
constexpr int SmallWidth = 800;
constexpr qint64 MaxFileBytes = 50 * 1024 * 1024;
constexpr qint64 MaxPixels = 100'000'000;

// Errors name the file (fileName) and say what is wrong with it.
Result<Copies> make(const QByteArray &bytes, const QString &fileName);

// The bytes of a picture file, refused before reading when larger than MaxFileBytes.
Result<QByteArray> readFile(const QString &path);

} // namespace Relais::WebImage
