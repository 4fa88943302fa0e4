// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/entities.h"

#include <QRegularExpression>

namespace Relais {

QStringList Media::referencesIn(const QString &markdown)
{
    QStringList names;
    if (!markdown.contains(QStringLiteral("media/")))
        return names;
    static const QRegularExpression reference(
        QStringLiteral("(?<![A-Za-z0-9_./-])media/([a-z0-9-]+?)(?:-800)?\\.(?:jpg|png)\\b"));
    for (auto it = reference.globalMatch(markdown); it.hasNext();)
        names.append(it.next().captured(1));
    names.sort();
    names.removeDuplicates();
    return names;
}

QString Media::nameFromPath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:.*/)?media/([a-z0-9-]+?)(?:-800)?\\.(?:jpg|png)$"));
    const auto match = pattern.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace Relais
