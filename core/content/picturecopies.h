// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Relais {

// What a picture becomes for the site (made by media/WebImage, stored by MediaRepository):
// upright (EXIF orientation applied), at most 1600 and 800 pixels wide (never enlarged),
// re-encoded without any metadata — so no EXIF location reaches the site. JPEG for
// photographs; PNG for pictures that have transparency or came as PNG or GIF (drawings,
// logos, screenshots).
struct PictureCopies
{
    QString extension; // "jpg" or "png"
    QString originalMime;
    int width = 0; // of the upright original
    int height = 0;
    QByteArray large; // ≤ 1600 px wide
    QByteArray small; // ≤ 800 px wide
};

} // namespace Relais
