// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/agendarepository.h"
#include "storage/articlerepository.h"
#include "storage/changerepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/mediarepository.h"
#include "storage/presencerepository.h"
#include "storage/publishrepository.h"
#include "storage/sitesettingsrepository.h"
#include "storage/submissionrepository.h"
#include "storage/trashrepository.h"
#include "storage/wordpressrepository.h"

#include <memory>

namespace Relais {

// An open database with its repositories: what the window and the CLI work on.
class Store
{
public:
    explicit Store(std::unique_ptr<Database> database);

    static Result<std::unique_ptr<Store>> open(
        const QString &path, const Database::Options &options = {});

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    ArticleRepository &articles() { return m_articles; }
    AgendaRepository &agenda() { return m_agenda; }
    ContactRepository &contacts() { return m_contacts; }
    TrashRepository &trash() { return m_trash; }
    SiteSettingsRepository &siteSettings() { return m_siteSettings; }
    PublishRepository &publishing() { return m_publishing; }
    MediaRepository &media() { return m_media; }
    SubmissionRepository &submissions() { return m_submissions; }
    WordPressRepository &wordpress() { return m_wordpress; }
    ChangeRepository &changes() { return m_changes; }
    PresenceRepository &presence() { return m_presence; }
    // The repository of a type named as in ListRow::type.
    EntityRepository *repository(const QString &type);

private:
    std::unique_ptr<Database> m_database;
    ArticleRepository m_articles;
    AgendaRepository m_agenda;
    ContactRepository m_contacts;
    TrashRepository m_trash;
    SiteSettingsRepository m_siteSettings;
    PublishRepository m_publishing;
    MediaRepository m_media;
    SubmissionRepository m_submissions;
    WordPressRepository m_wordpress;
    ChangeRepository m_changes;
    PresenceRepository m_presence;
};

} // namespace Relais
