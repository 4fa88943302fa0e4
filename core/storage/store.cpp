// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

namespace Relais {

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_articles(*m_database)
    , m_agenda(*m_database)
    , m_contacts(*m_database)
    , m_trash({ &m_articles, &m_agenda, &m_contacts })
    , m_siteSettings(*m_database)
    , m_publishing(*m_database)
    , m_media(*m_database)
    , m_submissions(*m_database)
    , m_wordpress(*m_database)
    , m_changes(*m_database)
    , m_presence(*m_database)
{ }

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Database::Options &options)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::make_unique<Store>(std::move(*db));
}

EntityRepository *Store::repository(const QString &type)
{
    if (type == EntityType::Article)
        return &m_articles;
    if (type == EntityType::Agenda)
        return &m_agenda;
    if (type == EntityType::Contact)
        return &m_contacts;
    return nullptr;
}

} // namespace Relais
