// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/agendarepository.h"

#include "content/validation.h"
#include "content/vocabulary.h"
#include "content/workflow.h"

#include <QCoreApplication>

namespace Relais {

AgendaRepository::AgendaRepository(const Database &db)
    : EntityRepository(db, tableSpec())
{ }

TableSpec AgendaRepository::tableSpec()
{
    TableSpec spec;
    spec.type = EntityType::Agenda;
    spec.table = QStringLiteral("agenda_entries");
    spec.fts = QStringLiteral("agenda_fts");
    spec.sectionsTable = QStringLiteral("agenda_sections");
    spec.contactsTable = QStringLiteral("agenda_contacts");
    spec.linkKey = QStringLiteral("entry_id");
    spec.hasStatus = true;
    spec.titleSql = QStringLiteral("t.title");
    spec.defaultSort = QStringLiteral("start");
    spec.columns = {
        { QStringLiteral("title"), QStringLiteral("t.title"), ColumnFormat::Text },
        { QStringLiteral("start"), QStringLiteral("t.start_at"), ColumnFormat::DateTime },
        { QStringLiteral("location_name"),
            QStringLiteral(
                "CASE WHEN t.location_name <> '' THEN t.location_name ELSE t.online_url END"),
            ColumnFormat::Text },
        { QStringLiteral("state"), QStringLiteral("t.state"), ColumnFormat::State },
        // The workflow's state: a draft's review tells the first three apart.
        { QStringLiteral("status"),
            QStringLiteral("CASE WHEN t.status = 'draft' AND t.review <> '' THEN t.review "
                           "ELSE t.status END"),
            ColumnFormat::Status },
        // Who wrote it: the window lets a contributor trash only their own drafts.
        { QStringLiteral("writer"), QStringLiteral("t.created_by"), ColumnFormat::Hidden },
        { QStringLiteral("updated_at"), QStringLiteral("t.updated_at"), ColumnFormat::DateTime },
        { QStringLiteral("all_day"), QStringLiteral("t.all_day"), ColumnFormat::Hidden },
        // The first picture the description shows, beside the title in lists.
        { QStringLiteral("picture"),
            QStringLiteral(
                "nullif(substr(t.media_refs, 1, instr(t.media_refs || ' ', ' ') - 1), '')"),
            ColumnFormat::Hidden },
    };
    return spec;
}

Result<AgendaEntry> AgendaRepository::load(qint64 id) const
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

Result<AgendaEntry> AgendaRepository::load(const QUuid &uuid) const
{
    return loadWhere(QStringLiteral("uuid = ?"), uuid.toString(QUuid::WithoutBraces));
}

Result<AgendaEntry> AgendaRepository::loadWhere(
    const QString &condition, const QVariant &value) const
{
    return loadItem<AgendaRepository, AgendaEntry>(condition, value,
        QCoreApplication::translate(
            "Relais::AgendaRepository", "The agenda entry %1 does not exist.")
            .arg(value.toString()));
}

AgendaEntry AgendaRepository::fromRow(const QSqlQuery &query)
{
    AgendaEntry e;
    e.meta = metaFrom(query);
    e.title = query.value(QStringLiteral("title")).toString();
    e.slug = query.value(QStringLiteral("slug")).toString();
    e.start = Database::fromSql(query.value(QStringLiteral("start_at")));
    e.end = Database::fromSql(query.value(QStringLiteral("end_at")));
    e.allDay = query.value(QStringLiteral("all_day")).toInt() != 0;
    e.timeZone = query.value(QStringLiteral("time_zone")).toString();
    e.locationName = query.value(QStringLiteral("location_name")).toString();
    e.address = query.value(QStringLiteral("address")).toString();
    e.onlineUrl = query.value(QStringLiteral("online_url")).toString();
    e.description = query.value(QStringLiteral("description")).toString();
    e.status = Vocabulary::statusFromString(query.value(QStringLiteral("status")).toString())
                   .value_or(Status::Draft);
    e.state = Vocabulary::eventStateFromString(query.value(QStringLiteral("state")).toString())
                  .value_or(EventState::Confirmed);
    e.publishAt = Database::fromSql(query.value(QStringLiteral("publish_at")));
    e.mediaRefs = query.value(QStringLiteral("media_refs"))
                      .toString()
                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.review = Workflow::reviewFromString(query.value(QStringLiteral("review")).toString())
                   .value_or(Review::None);
    e.createdBy = query.value(QStringLiteral("created_by")).toString();
    e.assignedTo = query.value(QStringLiteral("assigned_to")).toString();
    return e;
}

Result<QList<AgendaEntry>> AgendaRepository::loadAllWithoutText() const
{
    // What the site's keys need, read by position from the covering index agendas_for_site.
    return loadAllLight<AgendaEntry>(
        QStringLiteral("id, uuid, revision, created_at, updated_at, slug, start_at, end_at, "
                       "all_day, time_zone, status, publish_at, "
                       "media_refs"),
        [](const Database::Row &q) {
            AgendaEntry e;
            e.meta = lightMetaFrom(q);
            e.slug = q.text(5);
            e.start = q.time(6);
            e.end = q.time(7);
            e.allDay = q.integer(8) != 0;
            e.timeZone = q.text(9);
            e.status = Vocabulary::statusFromString(q.ascii(10)).value_or(Status::Draft);
            e.publishAt = q.time(11);
            if (!q.ascii(12).isEmpty())
                e.mediaRefs = q.text(12).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return e;
        });
}

Result<QList<AgendaEntry>> AgendaRepository::loadAll() const
{
    return loadAllItems<AgendaRepository, AgendaEntry>();
}

Result<AgendaEntry> AgendaRepository::create(AgendaEntry item)
{
    return createItem(*this, std::move(item));
}

Result<EntityMeta> AgendaRepository::insert(AgendaEntry item)
{
    return insertItem<AgendaRepository>(std::move(item));
}

Result<AgendaEntry> AgendaRepository::update(AgendaEntry item)
{
    return updateItem(*this, std::move(item));
}

QStringList AgendaRepository::columnNames()
{
    return { QStringLiteral("title"), QStringLiteral("slug"), QStringLiteral("start_at"),
        QStringLiteral("end_at"), QStringLiteral("all_day"), QStringLiteral("time_zone"),
        QStringLiteral("location_name"), QStringLiteral("address"), QStringLiteral("online_url"),
        QStringLiteral("description"), QStringLiteral("status"), QStringLiteral("state"),
        QStringLiteral("publish_at"), QStringLiteral("media_refs") };
}

QVariantList AgendaRepository::columnValues(const AgendaEntry &e)
{
    return { e.title, e.slug, Database::toSql(e.start), Database::toSql(e.end), e.allDay ? 1 : 0,
        e.timeZone, e.locationName, e.address, e.onlineUrl, e.description,
        Vocabulary::toString(e.status), Vocabulary::toString(e.state), Database::toSql(e.publishAt),
        Media::referencesIn(e.description).join(QLatin1Char(' ')) };
}

QString AgendaRepository::itemTitle(const AgendaEntry &item)
{
    return item.title;
}

QString AgendaRepository::slugKind(const AgendaEntry &)
{
    return {};
}

QString AgendaRepository::slugFallback()
{
    return QStringLiteral("evenement");
}

} // namespace Relais
