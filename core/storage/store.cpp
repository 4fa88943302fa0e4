// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/store.h"

#include "content/jsonformat.h"

#include <QCoreApplication>

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
    , m_workflow(*m_database)
    , m_comments(*m_database)
    , m_history(*m_database)
    , m_activity(*m_database)
    , m_calendar(*m_database, m_articles, m_agenda, m_workflow)
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

namespace {

template<typename T, typename Repo>
Result<int> restoreItem(Repo &repo, HistoryRepository &history, ActivityRepository &activity,
    const T &current, int revision, int expected)
{
    if (expected >= 0 && expected != current.meta.revision)
        return Error { Error::Code::StaleRevision,
            QCoreApplication::translate("Relais::Store",
                "“%1” was changed elsewhere since you opened it (revision %2, yours is %3).")
                .arg(Repo::itemTitle(current))
                .arg(current.meta.revision)
                .arg(expected),
            {} };
    auto snapshot = history.snapshot(current.meta.uuid, revision);
    if (!snapshot)
        return snapshot.error();
    T restored;
    restored.meta = current.meta;
    if (auto r = JsonFormat::fromJson(*snapshot, restored); !r)
        return r.error();
    if constexpr (requires { restored.status; }) {
        restored.status = current.status;
        restored.publishAt = current.publishAt;
        restored.review = current.review;
        restored.createdBy = current.createdBy;
        restored.assignedTo = current.assignedTo;
    }
    Transaction transaction(repo.database());
    if (!transaction.isActive())
        return transaction.error();
    auto saved = repo.update(restored);
    if (!saved)
        return saved.error();
    auto logged = activity.log(QStringLiteral("restored_revision"), repo.spec().type,
        current.meta.uuid, Repo::itemTitle(*saved), QString::number(revision));
    if (!logged)
        return logged.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return saved->meta.revision;
}

} // namespace

Result<int> Store::restoreRevision(const QUuid &uuid, int revision, int expected)
{
    if (auto a = m_articles.load(uuid))
        return restoreItem(m_articles, m_history, m_activity, *a, revision, expected);
    else if (a.error().code != Error::Code::NotFound)
        return a.error();
    if (auto e = m_agenda.load(uuid))
        return restoreItem(m_agenda, m_history, m_activity, *e, revision, expected);
    else if (e.error().code != Error::Code::NotFound)
        return e.error();
    if (auto c = m_contacts.load(uuid))
        return restoreItem(m_contacts, m_history, m_activity, *c, revision, expected);
    else if (c.error().code != Error::Code::NotFound)
        return c.error();
    return Error { Error::Code::NotFound,
        QCoreApplication::translate("Relais::Store", "There is no item with the id %1.")
            .arg(uuid.toString(QUuid::WithoutBraces)),
        {} };
}

} // namespace Relais
