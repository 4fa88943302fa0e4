// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/sitesettings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Relais {

// Who the user of a WordPress target is and what the role allows (wp/v2/users/me?context=edit).
struct WordPressAccount
{
    qint64 id = 0;
    QString login;
    QString name;
    QStringList roles;
    bool canEdit = false; // edit_posts: write drafts, submit for review
    bool canPublish = false; // publish_posts
    bool canUpload = false; // upload_files
    bool canManageCategories = false;

    static WordPressAccount fromJson(const QJsonObject &me);
    static std::optional<WordPressAccount> fromStored(const QByteArray &json);
    QByteArray toStored() const;
    // "editor (Editor): may publish posts and upload files." in the reader's language.
    QString describe() const;
};

// What Relais sends for one item: the same item always gives the same post (so a hash of it
// tells whether anything changed), with pictures named, not yet placed on the server.
struct WordPressPost
{
    QUuid item;
    QString itemType; // "article" or "agenda"
    QString title;
    QString slug;
    QString content; // HTML; pictures of the store as wp-media:<name> until placed
    QString excerpt;
    // draft, publish (dated: becomes future while the date is to come), private, pending
    QString status;
    QDateTime date; // UTC; invalid: WordPress chooses
    QStringList categories; // slugs
    QHash<QString, QString> categoryNames; // slug → name, for categories to create
    QString featuredMedia; // name of a picture of the store, or empty
    QStringList media; // every picture of the store it shows (featured included)

    QByteArray hash() const;
    // WordPress's status at `now`: a dated "publish" still to come is "future".
    QString statusAt(const QDateTime &now) const;
    // The JSON of the request, pictures placed and categories named by their ids.
    QJsonObject toJson(const QDateTime &now, const QHash<QString, qint64> &categoryIds,
        const QHash<QString, QPair<qint64, QString>> &mediaByName) const;
    static QString mediaPlaceholder(const QString &name);
};

namespace WordPressMapping {

// draft → draft; scheduled or published → publish (dated); archived → private. A user whose
// role cannot publish submits for review: pending.
QString statusOf(Status status, bool canPublish);
WordPressPost fromArticle(const Article &article, const SiteSettings &settings, bool canPublish);
WordPressPost fromEvent(const AgendaEntry &entry, const SiteSettings &settings, bool canPublish);
// "2026-11-29T10:00:00" (WordPress's date_gmt, no zone) from a UTC time, and back.
QString gmt(const QDateTime &utc);
QDateTime fromGmt(const QString &text);

} // namespace WordPressMapping

} // namespace Relais
