// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/activityrepository.h"
#include "storage/agendarepository.h"
#include "storage/articlerepository.h"
#include "storage/calendarrepository.h"
#include "storage/changerepository.h"
#include "storage/commentrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/mediarepository.h"
#include "storage/presencerepository.h"
#include "storage/publishrepository.h"
#include "storage/sitesettingsrepository.h"
#include "storage/submissionrepository.h"
#include "storage/trashrepository.h"
#include "storage/wordpressrepository.h"
#include "storage/workflowrepository.h"

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
    WorkflowRepository &workflow() { return m_workflow; }
    CommentRepository &comments() { return m_comments; }
    HistoryRepository &history() { return m_history; }
    ActivityRepository &activity() { return m_activity; }
    CalendarRepository &calendar() { return m_calendar; }
    // Brings back what an article, agenda entry or contact said at an earlier revision, as a
    // new revision (its status, time of publication and place in the workflow stay as they
    // are now). expected: the revision the person saw (-1: the current one). The new revision.
    Result<int> restoreRevision(const QUuid &uuid, int revision, int expected = -1);
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
    WorkflowRepository m_workflow;
    CommentRepository m_comments;
    HistoryRepository m_history;
    ActivityRepository m_activity;
    CalendarRepository m_calendar;
};

} // namespace Relais
