// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Relais {

// One page of the site as it would be published, with the files it needs (the stylesheet),
// held in memory for the preview pane: path relative to the site's root → bytes.
struct PagePreview
{
    QString page; // "actualites/le-titre/index.html"
    QHash<QString, QByteArray> files;

    QByteArray pageBytes() const { return files.value(page); }
};

} // namespace Relais
