// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Relais {

enum class ArticleKind { News, Testimonial };
enum class Status { Draft, Scheduled, Published, Archived };
enum class EventState { Confirmed, Postponed, Cancelled };
// Where a draft is in the editorial review (an item no longer a draft has none).
enum class Review { None, InReview, Approved };

// Identity and bookkeeping every stored entity carries. id is the row id in the local
// database; uuid is stable everywhere else (feeds, ICS UIDs, remote ids).
struct EntityMeta
{
    qint64 id = 0;
    QUuid uuid;
    int revision = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime deletedAt; // UTC; valid while the item is in the trash

    bool isStored() const { return id > 0; }
    bool isTrashed() const { return deletedAt.isValid(); }
};

// A news article or a testimonial, written in Markdown.
struct Article
{
    EntityMeta meta;
    ArticleKind kind = ArticleKind::News;
    QString title;
    QString slug;
    QString summary;
    QString body; // Markdown
    QStringList sections;
    Status status = Status::Draft;
    QDateTime publishAt; // UTC; when it goes (or went) public
    QList<QUuid> contacts;
    bool allowRawHtml = false; // the editor allowed raw HTML in this body
    QString language = QStringLiteral("fr"); // "fr" or "en": spelling, typography, lang=""
    QString featuredImage; // name of a Media, or empty
    QStringList mediaRefs; // pictures of the store the body shows (derived from it on save)
    // The workflow (storage/WorkflowRepository changes them; saving the item keeps them).
    Review review = Review::None;
    QString createdBy; // the login of its writer
    QString assignedTo; // the login of the editor it is assigned to, or empty
};

// An event of the agenda. Times are stored in UTC and shown in timeZone; an all-day entry
// starts at local midnight of its first day and ends at local midnight of its last day.
struct AgendaEntry
{
    EntityMeta meta;
    QString title;
    QString slug;
    QDateTime start; // UTC
    QDateTime end; // UTC; may be invalid (no end given)
    bool allDay = false;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString locationName;
    QString address;
    QString onlineUrl;
    QString description; // Markdown
    QStringList sections;
    Status status = Status::Draft;
    EventState state = EventState::Confirmed;
    QDateTime publishAt; // UTC
    QList<QUuid> contacts;
    QStringList mediaRefs; // pictures of the store the description shows (derived on save)
    Review review = Review::None; // as Article's
    QString createdBy;
    QString assignedTo;
};

// Someone, or an organisation, that articles and events are about.
struct Contact
{
    EntityMeta meta;
    QString name;
    QString organization;
    QString role;
    QStringList emails;
    QStringList phones;
    QString address;
    QString website;
    QString notes;

    // What lists and links show: the name, else the organisation.
    QString displayName() const { return name.isEmpty() ? organization : name; }
};

// An image of the media store. Markdown refers to it as "media/<name>.<extension>"; the site
// holds two web copies: that path (at most 1600 px wide) and "media/<name>-800.<extension>".
struct Media
{
    qint64 id = 0;
    QUuid uuid;
    QString sha256; // of the original, hex
    QString name;
    QString extension; // "jpg" or "png"
    QString originalName;
    QString originalMime;
    int width = 0;
    int height = 0;
    qint64 originalBytes = 0;
    QString alt;
    QDateTime createdAt;

    QString path() const { return QStringLiteral("media/") + name + QLatin1Char('.') + extension; }
    // The names of the store's pictures a Markdown text refers to ("media/<name>.jpg" or its
    // -800 copy), sorted, without repeats.
    static QStringList referencesIn(const QString &markdown);
    // The name in a site path or picture URL ("../../media/x-1a2b3c4d-800.jpg" → "x-1a2b3c4d");
    // empty when it is not a file of the store.
    static QString nameFromPath(const QString &path);
    QString smallPath() const
    {
        return QStringLiteral("media/") + name + QStringLiteral("-800.") + extension;
    }
};

} // namespace Relais
