// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/wordpressmapping.h"

#include "content/validation.h"
#include "content/vocabulary.h"
#include "render/frenchdates.h"
#include "render/markdown.h"
#include "render/sitebuilder.h"
#include "render/typography.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::WordPressAccount", text);
}

QString escaped(const QString &text)
{
    return SiteBuilder::cleanText(text).toHtmlEscaped();
}

QString html(const QString &markdown, bool allowRawHtml, const QString &language,
    const SiteSettings &settings)
{
    Markdown::Options options;
    options.allowRawHtml = allowRawHtml;
    options.mediaUrl = [](const QString &name) { return WordPressPost::mediaPlaceholder(name); };
    const QString out = Markdown::toHtml(SiteBuilder::cleanText(markdown), options).trimmed();
    return settings.frenchTypography && language == u"fr" ? Typography::frenchHtml(out) : out;
}

QString frenchText(const QString &text, const SiteSettings &settings)
{
    const QString cleaned = SiteBuilder::cleanText(text).trimmed();
    return settings.frenchTypography ? Typography::frenchText(cleaned) : cleaned;
}

void addSections(WordPressPost &post, const QStringList &sections)
{
    for (const QString &slug : sections) {
        if (post.categories.contains(slug))
            continue;
        post.categories.append(slug);
        post.categoryNames.insert(
            slug, Vocabulary::isSection(slug) ? Vocabulary::sectionTitle(slug) : slug);
    }
}

QStringList mediaOf(const QStringList &refs, const QString &featured)
{
    QStringList all = refs;
    if (!featured.isEmpty() && !all.contains(featured))
        all.append(featured);
    return all;
}

} // namespace

WordPressAccount WordPressAccount::fromJson(const QJsonObject &me)
{
    WordPressAccount a;
    a.id = me.value(QStringLiteral("id")).toInteger();
    a.login = me.value(QStringLiteral("username")).toString();
    if (a.login.isEmpty())
        a.login = me.value(QStringLiteral("slug")).toString();
    a.name = me.value(QStringLiteral("name")).toString();
    for (const QJsonValue role : me.value(QStringLiteral("roles")).toArray())
        a.roles.append(role.toString());
    const QJsonObject caps = me.value(QStringLiteral("capabilities")).toObject();
    a.canEdit = caps.value(QStringLiteral("edit_posts")).toBool();
    a.canPublish = caps.value(QStringLiteral("publish_posts")).toBool();
    a.canUpload = caps.value(QStringLiteral("upload_files")).toBool();
    a.canManageCategories = caps.value(QStringLiteral("manage_categories")).toBool();
    return a;
}

std::optional<WordPressAccount> WordPressAccount::fromStored(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return std::nullopt;
    WordPressAccount a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.login = o.value(QStringLiteral("login")).toString();
    a.name = o.value(QStringLiteral("name")).toString();
    for (const QJsonValue role : o.value(QStringLiteral("roles")).toArray())
        a.roles.append(role.toString());
    a.canEdit = o.value(QStringLiteral("edit")).toBool();
    a.canPublish = o.value(QStringLiteral("publish")).toBool();
    a.canUpload = o.value(QStringLiteral("upload")).toBool();
    a.canManageCategories = o.value(QStringLiteral("categories")).toBool();
    return a;
}

QByteArray WordPressAccount::toStored() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("login"), login);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    o.insert(QStringLiteral("edit"), canEdit);
    o.insert(QStringLiteral("publish"), canPublish);
    o.insert(QStringLiteral("upload"), canUpload);
    o.insert(QStringLiteral("categories"), canManageCategories);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString WordPressAccount::describe() const
{
    const QString who
        = name.isEmpty() || name == login ? login : QStringLiteral("%1 (%2)").arg(login, name);
    const QString role = roles.isEmpty() ? tr("no role") : roles.join(QStringLiteral(", "));
    QString can;
    if (canPublish && canUpload)
        can = tr("may publish posts and upload pictures");
    else if (canPublish)
        can = tr("may publish posts but not upload pictures");
    else if (canEdit && canUpload)
        can = tr("may only submit posts for review (and upload pictures)");
    else if (canEdit)
        can = tr("may only submit posts for review, without pictures");
    else
        can = tr("may not write posts");
    return tr("%1, role %2: %3.").arg(who, role, can);
}

QString WordPressPost::mediaPlaceholder(const QString &name)
{
    return QStringLiteral("wp-media:") + name;
}

QByteArray WordPressPost::hash() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), itemType);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("slug"), slug);
    o.insert(QStringLiteral("content"), content);
    o.insert(QStringLiteral("excerpt"), excerpt);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("date"), WordPressMapping::gmt(date));
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    o.insert(QStringLiteral("featured"), featuredMedia);
    return QCryptographicHash::hash(
        QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QString WordPressPost::statusAt(const QDateTime &now) const
{
    if (status == u"publish" && date.isValid() && date > now)
        return QStringLiteral("future");
    return status;
}

QJsonObject WordPressPost::toJson(const QDateTime &now, const QHash<QString, qint64> &categoryIds,
    const QHash<QString, QPair<qint64, QString>> &mediaByName) const
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    QString placed = content;
    for (const QString &name : media) {
        const auto found = mediaByName.constFind(name);
        if (found != mediaByName.cend())
            placed.replace(mediaPlaceholder(name), found->second.toHtmlEscaped());
    }
    o.insert(QStringLiteral("content"), placed);
    o.insert(QStringLiteral("excerpt"), excerpt);
    o.insert(QStringLiteral("slug"), slug);
    o.insert(QStringLiteral("status"), statusAt(now));
    if (date.isValid())
        o.insert(QStringLiteral("date_gmt"), WordPressMapping::gmt(date));
    QJsonArray ids;
    for (const QString &slug : categories) {
        if (const qint64 id = categoryIds.value(slug))
            ids.append(id);
    }
    o.insert(QStringLiteral("categories"), ids);
    qint64 featured = 0;
    if (!featuredMedia.isEmpty())
        featured = mediaByName.value(featuredMedia).first;
    o.insert(QStringLiteral("featured_media"), featured);
    return o;
}

namespace WordPressMapping {

QString gmt(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

QDateTime fromGmt(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString statusOf(Status status, bool canPublish)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Scheduled:
    case Status::Published:
        return canPublish ? QStringLiteral("publish") : QStringLiteral("pending");
    case Status::Archived:
        return canPublish ? QStringLiteral("private") : QStringLiteral("pending");
    }
    return QStringLiteral("draft");
}

WordPressPost fromArticle(const Article &a, const SiteSettings &settings, bool canPublish)
{
    WordPressPost p;
    p.item = a.meta.uuid;
    p.itemType = QStringLiteral("article");
    p.title = a.language == u"fr" ? frenchText(a.title, settings)
                                  : SiteBuilder::cleanText(a.title).trimmed();
    p.slug = a.slug;
    p.content = html(a.body, a.allowRawHtml, a.language, settings);
    p.excerpt = a.language == u"fr" ? frenchText(a.summary, settings)
                                    : SiteBuilder::cleanText(a.summary).trimmed();
    p.status = statusOf(a.status, canPublish);
    if (a.status != Status::Draft)
        p.date = a.publishAt;
    if (a.kind == ArticleKind::Testimonial) {
        p.categories.append(QStringLiteral("temoignages"));
        p.categoryNames.insert(QStringLiteral("temoignages"), QStringLiteral("Témoignages"));
    }
    addSections(p, a.sections);
    p.featuredMedia = a.featuredImage;
    p.media = mediaOf(a.mediaRefs, a.featuredImage);
    return p;
}

WordPressPost fromEvent(const AgendaEntry &e, const SiteSettings &settings, bool canPublish)
{
    WordPressPost p;
    p.item = e.meta.uuid;
    p.itemType = QStringLiteral("agenda");
    p.title = frenchText(e.title, settings);
    p.slug = e.slug;
    const QTimeZone zone = QTimeZone(e.timeZone.toUtf8()).isValid()
        ? QTimeZone(e.timeZone.toUtf8())
        : QTimeZone(settings.timeZone.toUtf8());
    const QDateTime start = e.start.toTimeZone(zone);
    const QDateTime end = e.end.isValid() ? e.end.toTimeZone(zone) : QDateTime();
    // The block readers look for first: when, where, online, and whether it still takes place.
    QString block = QStringLiteral("<div class=\"relais-event\">\n");
    if (e.state == EventState::Cancelled)
        block += QStringLiteral("<p><strong>Annulé</strong></p>\n");
    else if (e.state == EventState::Postponed)
        block += QStringLiteral("<p><strong>Reporté</strong></p>\n");
    const QString when = start.isValid() ? FrenchDates::eventSpan(start, end, e.allDay) : QString();
    if (!when.isEmpty())
        block += QStringLiteral("<p><strong>Quand :</strong> %1</p>\n").arg(when.toHtmlEscaped());
    QString where = escaped(e.locationName.trimmed());
    if (!e.address.trimmed().isEmpty())
        where
            += (where.isEmpty() ? QString() : QStringLiteral(", ")) + escaped(e.address.trimmed());
    if (!where.isEmpty())
        block += QStringLiteral("<p><strong>Où :</strong> %1</p>\n").arg(where);
    if (Validation::isWebUrl(e.onlineUrl)) {
        block += QStringLiteral("<p><strong>En ligne :</strong> <a href=\"%1\">%1</a></p>\n")
                     .arg(e.onlineUrl.toHtmlEscaped());
    }
    block += QStringLiteral("</div>\n");
    if (settings.frenchTypography)
        block = Typography::frenchHtml(block);
    p.content = block + html(e.description, false, QStringLiteral("fr"), settings);
    p.excerpt = frenchText(when
            + (e.locationName.trimmed().isEmpty()
                    ? QString()
                    : QStringLiteral(" — ") + e.locationName.trimmed()),
        settings);
    p.status = statusOf(e.status, canPublish);
    if (e.status != Status::Draft)
        p.date = e.publishAt;
    p.categories.append(QStringLiteral("agenda"));
    p.categoryNames.insert(QStringLiteral("agenda"), QStringLiteral("Agenda"));
    addSections(p, e.sections);
    p.media = e.mediaRefs;
    return p;
}

} // namespace WordPressMapping

} // namespace Relais
