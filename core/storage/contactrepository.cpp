// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contactrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Relais {

namespace {

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue v : array)
        list.append(v.toString());
    return list;
}

} // namespace

ContactRepository::ContactRepository(const Database &db)
    : EntityRepository(db, tableSpec())
{ }

TableSpec ContactRepository::tableSpec()
{
    TableSpec spec;
    spec.type = EntityType::Contact;
    spec.table = QStringLiteral("contacts");
    spec.fts = QStringLiteral("contacts_fts");
    spec.titleSql = QStringLiteral("t.display_name");
    spec.defaultSort = QStringLiteral("name");
    spec.columns = {
        { QStringLiteral("name"), spec.titleSql, ColumnFormat::Text },
        { QStringLiteral("organization"), QStringLiteral("t.organization"), ColumnFormat::Text },
        { QStringLiteral("emails"), QStringLiteral("t.emails"), ColumnFormat::List },
        { QStringLiteral("phones"), QStringLiteral("t.phones"), ColumnFormat::List },
        { QStringLiteral("updated_at"), QStringLiteral("t.updated_at"), ColumnFormat::DateTime },
    };
    return spec;
}

Result<Contact> ContactRepository::load(qint64 id) const
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

Result<Contact> ContactRepository::load(const QUuid &uuid) const
{
    return loadWhere(QStringLiteral("uuid = ?"), uuid.toString(QUuid::WithoutBraces));
}

Result<Contact> ContactRepository::loadWhere(const QString &condition, const QVariant &value) const
{
    return loadItem<ContactRepository, Contact>(condition, value,
        QCoreApplication::translate("Relais::ContactRepository", "The contact %1 does not exist.")
            .arg(value.toString()));
}

Contact ContactRepository::fromRow(const QSqlQuery &query)
{
    Contact c;
    c.meta = metaFrom(query);
    c.name = query.value(QStringLiteral("name")).toString();
    c.organization = query.value(QStringLiteral("organization")).toString();
    c.role = query.value(QStringLiteral("role")).toString();
    c.emails = fromJsonText(query.value(QStringLiteral("emails")).toString());
    c.phones = fromJsonText(query.value(QStringLiteral("phones")).toString());
    c.address = query.value(QStringLiteral("address")).toString();
    c.website = query.value(QStringLiteral("website")).toString();
    c.notes = query.value(QStringLiteral("notes")).toString();
    return c;
}

Result<QList<Contact>> ContactRepository::loadAllWithoutText() const
{
    return loadAllLight<Contact>(
        QStringLiteral("id, uuid, revision, created_at, updated_at"), [](const Database::Row &row) {
            Contact c;
            c.meta = lightMetaFrom(row);
            return c;
        });
}

Result<QList<Contact>> ContactRepository::loadAll() const
{
    return loadAllItems<ContactRepository, Contact>();
}

Result<Contact> ContactRepository::create(Contact item)
{
    return createItem(*this, std::move(item));
}

Result<EntityMeta> ContactRepository::insert(Contact item)
{
    return insertItem<ContactRepository>(std::move(item));
}

Result<Contact> ContactRepository::update(Contact item)
{
    return updateItem(*this, std::move(item));
}

QStringList ContactRepository::columnNames()
{
    return { QStringLiteral("name"), QStringLiteral("organization"), QStringLiteral("role"),
        QStringLiteral("emails"), QStringLiteral("phones"), QStringLiteral("address"),
        QStringLiteral("website"), QStringLiteral("notes") };
}

QVariantList ContactRepository::columnValues(const Contact &c)
{
    return { c.name, c.organization, c.role, toJsonText(c.emails), toJsonText(c.phones), c.address,
        c.website, c.notes };
}

QString ContactRepository::itemTitle(const Contact &item)
{
    return item.displayName();
}

QString ContactRepository::slugKind(const Contact &)
{
    return {};
}

QString ContactRepository::slugFallback()
{
    return {};
}

} // namespace Relais
