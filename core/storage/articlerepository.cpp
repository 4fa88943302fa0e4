// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlerepository.h"

#include "content/validation.h"
#include "content/vocabulary.h"
#include "content/workflow.h"

#include <QCoreApplication>

namespace Relais {

ArticleRepository::ArticleRepository(const Database &db)
    : EntityRepository(db, tableSpec())
{ }

TableSpec ArticleRepository::tableSpec()
{
    TableSpec spec;
    spec.type = EntityType::Article;
    spec.table = QStringLiteral("articles");
    spec.fts = QStringLiteral("articles_fts");
    spec.sectionsTable = QStringLiteral("article_sections");
    spec.contactsTable = QStringLiteral("article_contacts");
    spec.linkKey = QStringLiteral("article_id");
    spec.hasStatus = true;
    spec.hasKind = true;
    spec.titleSql = QStringLiteral("t.title");
    spec.defaultSort = QStringLiteral("updated_at");
    spec.columns = {
        { QStringLiteral("title"), QStringLiteral("t.title"), ColumnFormat::Text },
        { QStringLiteral("kind"), QStringLiteral("t.kind"), ColumnFormat::Kind },
        // The workflow's state: a draft's review tells the first three apart.
        { QStringLiteral("status"),
            QStringLiteral("CASE WHEN t.status = 'draft' AND t.review <> '' THEN t.review "
                           "ELSE t.status END"),
            ColumnFormat::Status },
        // Who wrote it: the window lets a contributor trash only their own drafts.
        { QStringLiteral("writer"), QStringLiteral("t.created_by"), ColumnFormat::Hidden },
        { QStringLiteral("sections"),
            QStringLiteral("(SELECT group_concat(section, ',') FROM article_sections s WHERE "
                           "s.article_id = t.id)"),
            ColumnFormat::Sections },
        { QStringLiteral("publish_at"), QStringLiteral("t.publish_at"), ColumnFormat::DateTime },
        { QStringLiteral("updated_at"), QStringLiteral("t.updated_at"), ColumnFormat::DateTime },
        // The picture a list shows beside the title: the featured one, else the first the
        // text shows.
        { QStringLiteral("picture"),
            QStringLiteral(
                "coalesce(nullif(t.featured_image, ''), "
                "nullif(substr(t.media_refs, 1, instr(t.media_refs || ' ', ' ') - 1), ''))"),
            ColumnFormat::Hidden },
    };
    return spec;
}

Result<Article> ArticleRepository::load(qint64 id) const
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

Result<Article> ArticleRepository::load(const QUuid &uuid) const
{
    return loadWhere(QStringLiteral("uuid = ?"), uuid.toString(QUuid::WithoutBraces));
}

Result<Article> ArticleRepository::loadWhere(const QString &condition, const QVariant &value) const
{
    return loadItem<ArticleRepository, Article>(condition, value,
        QCoreApplication::translate("Relais::ArticleRepository", "The article %1 does not exist.")
            .arg(value.toString()));
}

Article ArticleRepository::fromRow(const QSqlQuery &query)
{
    Article a;
    a.meta = metaFrom(query);
    a.kind = Vocabulary::articleKindFromString(query.value(QStringLiteral("kind")).toString())
                 .value_or(ArticleKind::News);
    a.title = query.value(QStringLiteral("title")).toString();
    a.slug = query.value(QStringLiteral("slug")).toString();
    a.summary = query.value(QStringLiteral("summary")).toString();
    a.body = query.value(QStringLiteral("body")).toString();
    a.status = Vocabulary::statusFromString(query.value(QStringLiteral("status")).toString())
                   .value_or(Status::Draft);
    a.publishAt = Database::fromSql(query.value(QStringLiteral("publish_at")));
    a.allowRawHtml = query.value(QStringLiteral("allow_raw_html")).toInt() != 0;
    a.language = query.value(QStringLiteral("language")).toString();
    a.featuredImage = query.value(QStringLiteral("featured_image")).toString();
    a.mediaRefs = query.value(QStringLiteral("media_refs"))
                      .toString()
                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.review = Workflow::reviewFromString(query.value(QStringLiteral("review")).toString())
                   .value_or(Review::None);
    a.createdBy = query.value(QStringLiteral("created_by")).toString();
    a.assignedTo = query.value(QStringLiteral("assigned_to")).toString();
    return a;
}

Result<QList<Article>> ArticleRepository::loadAllWithoutText() const
{
    // What the site's keys need, read by position from the covering index articles_for_site.
    return loadAllLight<Article>(
        QStringLiteral("id, uuid, revision, created_at, updated_at, kind, slug, status, "
                       "publish_at, featured_image, media_refs"),
        [](const Database::Row &q) {
            Article a;
            a.meta = lightMetaFrom(q);
            a.kind = Vocabulary::articleKindFromString(q.ascii(5)).value_or(ArticleKind::News);
            a.slug = q.text(6);
            a.status = Vocabulary::statusFromString(q.ascii(7)).value_or(Status::Draft);
            a.publishAt = q.time(8);
            if (!q.isNull(9))
                a.featuredImage = q.text(9);
            if (!q.ascii(10).isEmpty())
                a.mediaRefs = q.text(10).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return a;
        });
}

Result<QList<Article>> ArticleRepository::loadAll() const
{
    return loadAllItems<ArticleRepository, Article>();
}

Result<Article> ArticleRepository::create(Article item)
{
    return createItem(*this, std::move(item));
}

Result<EntityMeta> ArticleRepository::insert(Article item)
{
    return insertItem<ArticleRepository>(std::move(item));
}

Result<Article> ArticleRepository::update(Article item)
{
    return updateItem(*this, std::move(item));
}

QStringList ArticleRepository::columnNames()
{
    return { QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("slug"),
        QStringLiteral("summary"), QStringLiteral("body"), QStringLiteral("status"),
        QStringLiteral("publish_at"), QStringLiteral("allow_raw_html"), QStringLiteral("language"),
        QStringLiteral("featured_image"), QStringLiteral("media_refs") };
}

QVariantList ArticleRepository::columnValues(const Article &a)
{
    return { Vocabulary::toString(a.kind), a.title, a.slug, a.summary, a.body,
        Vocabulary::toString(a.status), Database::toSql(a.publishAt), a.allowRawHtml ? 1 : 0,
        a.language, a.featuredImage, Media::referencesIn(a.body).join(QLatin1Char(' ')) };
}

QString ArticleRepository::itemTitle(const Article &item)
{
    return item.title;
}

QString ArticleRepository::slugKind(const Article &item)
{
    return Vocabulary::toString(item.kind);
}

QString ArticleRepository::slugFallback()
{
    return QStringLiteral("article");
}

} // namespace Relais
