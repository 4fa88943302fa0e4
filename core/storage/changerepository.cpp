// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changerepository.h"

#include "storage/database.h"
#include "storage/listquery.h"

#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace Relais {

namespace {

// The tables whose rows are noted, with the columns a change takes from them.
struct Watched
{
    const char *table;
    const char *uuid; // SQL for the uuid of NEW/OLD, or ''
    const char *revision;
};
constexpr Watched watchedTables[] = {
    { "articles", "%1.uuid", "%1.revision" },
    { "agenda_entries", "%1.uuid", "%1.revision" },
    { "contacts", "%1.uuid", "%1.revision" },
    { "submissions", "''", "0" },
    { "media", "%1.uuid", "0" },
    { "comments", "%1.uuid", "0" },
    { "notifications", "''", "0" },
};

QString quoted(const QString &text)
{
    QString doubled = text;
    doubled.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + doubled + QLatin1Char('\'');
}

// SQLite: the TEMP triggers of one connection (they live and die with it), carrying its
// session and user as constants. Other programs writing the file are not hindered by a
// function they do not have.
QStringList sqliteTriggers(const QString &session, const QString &user)
{
    QStringList statements;
    for (const Watched &watched : watchedTables) {
        for (const char *action : { "insert", "update", "delete" }) {
            const QString row
                = qstrcmp(action, "delete") == 0 ? QStringLiteral("OLD") : QStringLiteral("NEW");
            statements.append(
                QStringLiteral(
                    "CREATE TEMP TRIGGER IF NOT EXISTS relais_changes_%1_%2 AFTER %3 ON main.%1 "
                    "BEGIN INSERT INTO changes (item_table, item_id, item_uuid, revision, "
                    "action, session, user_name, changed_at) VALUES ('%1', %4.id, %5, %6, '%2', "
                    "%7, %8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END")
                    .arg(QLatin1StringView(watched.table), QLatin1StringView(action),
                        QLatin1StringView(action).toString().toUpper(), row,
                        QString::fromLatin1(watched.uuid).replace(QStringLiteral("%1"), row),
                        QString::fromLatin1(watched.revision).replace(QStringLiteral("%1"), row),
                        quoted(session), quoted(user)));
        }
    }
    return statements;
}

QStringList dropSqliteTriggers()
{
    QStringList statements;
    for (const Watched &watched : watchedTables) {
        for (const char *action : { "insert", "update", "delete" })
            statements.append(
                QStringLiteral("DROP TRIGGER IF EXISTS temp.relais_changes_%1_%2")
                    .arg(QLatin1StringView(watched.table), QLatin1StringView(action)));
    }
    return statements;
}

constexpr int ChangesVersion = 9;
constexpr int RolesVersion = 11; // people and roles on a newsroom
constexpr qint64 KeptSeconds = qint64(7) * 24 * 3600;

Change::Action actionOf(const QString &name)
{
    if (name == u"insert")
        return Change::Action::Insert;
    if (name == u"delete")
        return Change::Action::Delete;
    if (name == u"everything")
        return Change::Action::Everything;
    return Change::Action::Update;
}

const QString changeColumns = QStringLiteral(
    "seq, item_table, item_id, item_uuid, revision, action, session, user_name, changed_at");

Change changeOf(const QSqlQuery &query)
{
    Change change;
    change.seq = query.value(0).toLongLong();
    change.table = query.value(1).toString();
    change.itemId = query.value(2).toLongLong();
    change.uuid = QUuid::fromString(query.value(3).toString());
    change.revision = query.value(4).toInt();
    change.action = actionOf(query.value(5).toString());
    change.session = query.value(6).toString();
    change.user = query.value(7).toString();
    change.at = Database::fromSql(query.value(8));
    if (change.action == Change::Action::Everything)
        change.table.clear();
    return change;
}

} // namespace

QString Database::desktopUser()
{
    QString name = qEnvironmentVariable("USER");
    if (!name.isEmpty())
        return name;
    passwd entry {};
    passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(getuid(), &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

QString Change::type() const
{
    if (action == Action::Everything)
        return QStringLiteral("everything");
    if (table == u"articles")
        return EntityType::Article;
    if (table == u"agenda_entries")
        return EntityType::Agenda;
    if (table == u"contacts")
        return EntityType::Contact;
    if (table == u"submissions")
        return QStringLiteral("submission");
    if (table == u"media")
        return QStringLiteral("media");
    return table;
}

QString Change::actionName() const
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Everything:
        return QStringLiteral("everything");
    }
    return {};
}

QString ChangeRepository::tableOf(const QString &type)
{
    if (type == EntityType::Article)
        return QStringLiteral("articles");
    if (type == EntityType::Agenda)
        return QStringLiteral("agenda_entries");
    if (type == EntityType::Contact)
        return QStringLiteral("contacts");
    if (type == u"submission")
        return QStringLiteral("submissions");
    if (type == u"media")
        return QStringLiteral("media");
    return {};
}

Result<qint64> ChangeRepository::latest() const
{
    auto last = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"));
    if (!last)
        return last.error();
    return last->toLongLong();
}

Result<QList<Change>> ChangeRepository::since(qint64 seq, int limit) const
{
    auto query
        = m_db.exec(QStringLiteral("SELECT %1 FROM changes WHERE seq > ? ORDER BY seq LIMIT ?")
                        .arg(changeColumns),
            { seq, limit });
    if (!query)
        return query.error();
    QList<Change> changes;
    while (query->next())
        changes.append(changeOf(*query));
    return changes;
}

Result<std::optional<Change>> ChangeRepository::lastOf(const QString &table, qint64 itemId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM changes WHERE item_table = ? AND "
                                          "item_id = ? ORDER BY seq DESC LIMIT 1")
                               .arg(changeColumns),
        { table, itemId });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Change>();
    return std::optional<Change>(changeOf(*query));
}

Result<void> ChangeRepository::noteEverything()
{
    auto r
        = m_db.exec(QStringLiteral("INSERT INTO changes (item_table, item_id, action, session, "
                                   "user_name, changed_at) VALUES ('', 0, 'everything', ?, ?, ?)"),
            { m_db.sessionId(), m_db.userName(), Database::toSql(m_db.now()) });
    if (!r)
        return r.error();
    return {};
}

Result<int> ChangeRepository::prune(const QDateTime &before)
{
    // On a newsroom of version 11 the log is the owner's: pruned through its function.
    if (m_db.isPostgres() && m_db.schemaVersion() >= RolesVersion) {
        auto gone = m_db.scalar(
            QStringLiteral("SELECT relais_prune_changes(?)"), { Database::toSql(before) });
        if (!gone)
            return gone.error();
        return gone->toInt();
    }
    auto r = m_db.exec(
        QStringLiteral("DELETE FROM changes WHERE changed_at < ?"), { Database::toSql(before) });
    if (!r)
        return r.error();
    return r->numRowsAffected();
}

Result<void> Database::startSession()
{
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (isPostgres()) {
        auto user = scalar(QStringLiteral("SELECT session_user"));
        if (!user)
            return user.error();
        m_userName = user->toString();
    } else {
        m_userName = desktopUser();
    }
    m_role = QStringLiteral("administrator");
    if (isPostgres() && schemaVersion() >= RolesVersion) {
        auto role = scalar(QStringLiteral("SELECT relais_role_of(session_user)"));
        if (!role)
            return role.error();
        m_role = role->toString();
    }
    if (isReadOnly() || schemaVersion() < ChangesVersion)
        return {};
    if (isPostgres()) {
        if (auto r
            = exec(QStringLiteral("SELECT set_config('relais.session', ?, false)"), { m_session });
            !r)
            return r.error();
    }
    if (auto r = setChangesNoted(true); !r)
        return r.error();
    // What nobody asked for in a week is gone (a desktop away longer reads everything again).
    ChangeRepository changes(*this);
    if (auto r = changes.prune(now().addSecs(-KeptSeconds)); !r)
        return r.error();
    return {};
}

Result<void> Database::setChangesNoted(bool noted)
{
    if (noted == m_changesNoted || isReadOnly())
        return {};
    if (isPostgres()) {
        if (auto r = exec(QStringLiteral("SELECT set_config('relais.quiet', ?, false)"),
                { noted ? QStringLiteral("off") : QStringLiteral("on") });
            !r)
            return r.error();
    } else {
        const QStringList statements
            = noted ? sqliteTriggers(m_session, m_userName) : dropSqliteTriggers();
        for (const QString &statement : statements) {
            if (auto r = exec(statement); !r)
                return r.error();
        }
    }
    m_changesNoted = noted;
    return {};
}

} // namespace Relais
