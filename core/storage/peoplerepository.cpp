// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/peoplerepository.h"

#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::PeopleRepository", text);
}

constexpr int PeopleVersion = 11;

} // namespace

QStringList PeopleRepository::roles()
{
    return { QStringLiteral("contributor"), QStringLiteral("moderator"), QStringLiteral("editor"),
        QStringLiteral("administrator") };
}

Result<void> PeopleRepository::onNewsroom() const
{
    if (!m_db.isPostgres())
        return Error::invalid(tr("A database file has one person, its administrator; people and "
                                 "roles are those of a newsroom."));
    if (m_db.schemaVersion() < PeopleVersion)
        return Error::invalid(tr("The newsroom %1 has no people yet: open it with this Relais "
                                 "once to bring it up to date.")
                                  .arg(m_db.path()));
    return {};
}

Result<QList<PeopleRepository::Person>> PeopleRepository::list() const
{
    if (!m_db.isPostgres())
        return QList<Person> { { m_db.userName(), QStringLiteral("administrator"), true } };
    if (auto r = onNewsroom(); !r)
        return r.error();
    auto query = m_db.exec(QStringLiteral("SELECT login, role, enabled FROM relais_people()"));
    if (!query)
        return query.error();
    QList<Person> people;
    while (query->next())
        people.append(
            { query->value(0).toString(), query->value(1).toString(), query->value(2).toBool() });
    return people;
}

Result<void> PeopleRepository::add(
    const QString &login, const QString &role, const QString &password)
{
    if (auto r = onNewsroom(); !r)
        return r.error();
    if (!roles().contains(role))
        return Error::invalid(tr("A role is contributor, moderator, editor or administrator, not "
                                 "“%1”.")
                                  .arg(role));
    if (password.size() < 8)
        return Error::invalid(
            tr("The password of “%1” is too short: 8 characters at least.").arg(login));
    auto verifier = m_db.passwordVerifier(login, password);
    if (!verifier)
        return verifier.error();
    return changed(QStringLiteral("SELECT relais_person_add(?, ?, ?)"), { login, role, *verifier },
        login, QStringLiteral("added: ") + role);
}

Result<void> PeopleRepository::setRole(const QString &login, const QString &role)
{
    if (auto r = onNewsroom(); !r)
        return r.error();
    if (!roles().contains(role))
        return Error::invalid(tr("A role is contributor, moderator, editor or administrator, not "
                                 "“%1”.")
                                  .arg(role));
    return changed(QStringLiteral("SELECT relais_person_role(?, ?)"), { login, role }, login,
        QStringLiteral("role: ") + role);
}

Result<void> PeopleRepository::disable(const QString &login)
{
    if (auto r = onNewsroom(); !r)
        return r.error();
    return changed(QStringLiteral("SELECT relais_person_disable(?)"), { login }, login,
        QStringLiteral("disabled"));
}

Result<void> PeopleRepository::changed(
    const QString &sql, const QVariantList &values, const QString &login, const QString &detail)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = m_db.exec(sql, values); !r)
        return r.error();
    // The activity log says who changed the team, and how.
    if (auto r = ActivityRepository(m_db).log(QStringLiteral("person"), {}, {}, login, detail); !r)
        return r.error();
    return transaction.commit();
}

} // namespace Relais
