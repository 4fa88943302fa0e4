// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/agendarepository.h"

#include "content/validation.h"
#include "content/vocabulary.h"

#include <QCoreApplication>

namespace Relais {


AgendaRepository::AgendaRepository(const Database &db)
    : EntityRepository(db, tableSpec())
{
}

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
        {QStringLiteral("title"), QStringLiteral("t.title"), ColumnFormat::Text},
        {QStringLiteral("start"), QStringLiteral("t.start_at"), ColumnFormat::DateTime},
        {QStringLiteral("location_name"),
         QStringLiteral("CASE WHEN t.location_name <> '' THEN t.location_name ELSE t.online_url END"),
         ColumnFormat::Text},
        {QStringLiteral("state"), QStringLiteral("t.state"), ColumnFormat::State},
        {QStringLiteral("status"), QStringLiteral("t.status"), ColumnFormat::Status},
        {QStringLiteral("updated_at"), QStringLiteral("t.updated_at"), ColumnFormat::DateTime},
        {QStringLiteral("all_day"), QStringLiteral("t.all_day"), ColumnFormat::Hidden},
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

Result<AgendaEntry> AgendaRepository::loadWhere(const QString &condition, const QVariant &value) const
{
    auto q = m_db.exec(QStringLiteral("SELECT * FROM agenda_entries WHERE ") + condition, {value});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("Relais::AgendaRepository", "The agenda entry %1 does not exist.")
                         .arg(value.toString()),
                     {}};
    }
    AgendaEntry e;
    e.meta = metaFrom(*q);
    e.title = q->value(QStringLiteral("title")).toString();
    e.slug = q->value(QStringLiteral("slug")).toString();
    e.start = Database::fromSql(q->value(QStringLiteral("start_at")));
    e.end = Database::fromSql(q->value(QStringLiteral("end_at")));
    e.allDay = q->value(QStringLiteral("all_day")).toInt() != 0;
    e.timeZone = q->value(QStringLiteral("time_zone")).toString();
    e.locationName = q->value(QStringLiteral("location_name")).toString();
    e.address = q->value(QStringLiteral("address")).toString();
    e.onlineUrl = q->value(QStringLiteral("online_url")).toString();
    e.description = q->value(QStringLiteral("description")).toString();
    e.status = Vocabulary::statusFromString(q->value(QStringLiteral("status")).toString()).value_or(Status::Draft);
    e.state = Vocabulary::eventStateFromString(q->value(QStringLiteral("state")).toString())
                  .value_or(EventState::Confirmed);
    e.publishAt = Database::fromSql(q->value(QStringLiteral("publish_at")));
    auto sections = readSections(e.meta.id);
    if (!sections)
        return sections.error();
    e.sections = *sections;
    auto contacts = readContacts(e.meta.id);
    if (!contacts)
        return contacts.error();
    e.contacts = *contacts;
    return e;
}

Result<AgendaEntry> AgendaRepository::create(AgendaEntry item)
{
    return createItem(*this, std::move(item));
}

Result<AgendaEntry> AgendaRepository::update(AgendaEntry item)
{
    return updateItem(*this, std::move(item));
}

QStringList AgendaRepository::columnNames()
{
    return {QStringLiteral("title"),       QStringLiteral("slug"),          QStringLiteral("start_at"),
            QStringLiteral("end_at"),      QStringLiteral("all_day"),       QStringLiteral("time_zone"),
            QStringLiteral("location_name"), QStringLiteral("address"),     QStringLiteral("online_url"),
            QStringLiteral("description"), QStringLiteral("status"),        QStringLiteral("state"),
            QStringLiteral("publish_at")};
}

QVariantList AgendaRepository::columnValues(const AgendaEntry &e)
{
    return {e.title,
            e.slug,
            Database::toSql(e.start),
            Database::toSql(e.end),
            e.allDay ? 1 : 0,
            e.timeZone,
            e.locationName,
            e.address,
            e.onlineUrl,
            e.description,
            Vocabulary::toString(e.status),
            Vocabulary::toString(e.state),
            Database::toSql(e.publishAt)};
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
