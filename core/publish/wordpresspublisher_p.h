// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the files of WordPressPublisher share (wordpresspublisher.cpp: the run and its
// writes; wordpressplan.cpp: reading both sides and planning; wordpressconflicts.cpp;
// wordpressimport.cpp; wordpressinbox.cpp). Not for other classes.

#include "content/entities.h"
#include "content/sitesettings.h"
#include "publish/wordpresspublisher.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Relais {

namespace WordPressDetail {

// Every status a post of ours can have on the server, for list requests.
inline const QString allStatuses = QStringLiteral("publish,future,draft,pending,private,trash");

// A post's field as written (raw, with context=edit) or else as rendered.
QString rawOf(const QJsonObject &post, const QString &field);

} // namespace WordPressDetail

// What one run knows of both sides: read by load() and readRemote(), planned by planOf().
struct WordPressPublisher::Context
{
    SiteSettings settings;
    QHash<QUuid, WordPressLink> links;
    QHash<QUuid, WordPressPost> posts; // live items
    QList<QUuid> order; // live items in a stable order
    QHash<QUuid, QString> titles;
    QSet<QUuid> trashed; // linked items in Relais's trash
    QSet<QUuid> purged; // linked items deleted for good
    QHash<qint64, Remote> remote;
    QHash<qint64, QList<qint64>> remoteCategories;
    QSet<qint64> missing; // linked posts the server no longer has
    QHash<QString, qint64> terms;
    QHash<qint64, QString> termSlugs;
    bool termsRead = false;
    QHash<QString, WordPressMedia> mediaBySha;
    QHash<QString, Media> mediaByName;
};

} // namespace Relais
