// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The people of a newsroom (issue 19): each a login of the PostgreSQL server with one role the
// server enforces. Only an administrator may change them; the server checks it.
#include "commands.h"

#include "publish/passwordvault.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Relais {

QList<Command> UserCommands::commands()
{
    const QString roles = PeopleRepository::roles().join(QLatin1Char('|'));
    const Command::Argument login { QStringLiteral("NAME"),
        tr("The person's login on the newsroom's server.") };
    return {
        { QStringLiteral("user add"),
            tr("Add a person to the newsroom, with a login of their own and a role. Only an "
               "administrator may."),
            { login },
            { { QStringLiteral("role"), tr("The role: %1.").arg(roles), tr("role") },
                { QStringLiteral("password-file"),
                    tr("A file holding the person's first password, readable by its owner "
                       "only."),
                    tr("file") } },
            { QStringLiteral("role"), QStringLiteral("password-file") },
            member(this, &UserCommands::add) },
        { QStringLiteral("user list"),
            tr("The people of the newsroom, their roles, whether "
               "they may connect."),
            {}, { { QStringLiteral("json"), tr("Print JSON.") } }, {},
            member(this, &UserCommands::list) },
        { QStringLiteral("user role"), tr("Give a person another role. Only an administrator may."),
            { login, { QStringLiteral("ROLE"), roles } }, {}, {},
            member(this, &UserCommands::role) },
        { QStringLiteral("user disable"),
            tr("Keep a person from connecting again (what they wrote stays). Only an "
               "administrator may; the last administrator stays."),
            { login }, {}, {}, member(this, &UserCommands::disable) },
    };
}

int UserCommands::add(const Invocation &in)
{
    auto password = PasswordVault::readPasswordFile(in.value(QStringLiteral("password-file")));
    if (!password)
        return c.fail(password.error());
    auto store = c.openStore();
    if (!store)
        return 1;
    PeopleRepository people(store->database());
    const QString name = in.argument(0);
    const QString role = in.value(QStringLiteral("role"));
    if (auto r = people.add(name, role, *password); !r)
        return r.error().code == Error::Code::Invalid ? c.usage(r.error().message)
                                                      : c.fail(r.error());
    c.out << tr("%1 may now connect to %2 as %3.")
                 .arg(name, store->database().displayName(), Database::roleName(role))
          << Qt::endl;
    return 0;
}

int UserCommands::list(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    auto people = PeopleRepository(store->database()).list();
    if (!people)
        return c.fail(people.error());
    if (in.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &person : std::as_const(*people))
            array.append(QJsonObject { { QStringLiteral("login"), person.login },
                { QStringLiteral("role"), person.role },
                { QStringLiteral("enabled"), person.enabled } });
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const auto &person : std::as_const(*people))
        c.out << person.login << QLatin1Char('\t') << person.role
              << (person.enabled ? QString() : QLatin1Char('\t') + tr("(disabled)")) << Qt::endl;
    return 0;
}

int UserCommands::role(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    const QString name = in.argument(0);
    const QString role = in.argument(1);
    if (auto r = PeopleRepository(store->database()).setRole(name, role); !r)
        return r.error().code == Error::Code::Invalid ? c.usage(r.error().message)
                                                      : c.fail(r.error());
    c.out << tr("%1 is now %2.").arg(name, Database::roleName(role)) << Qt::endl;
    return 0;
}

int UserCommands::disable(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    const QString name = in.argument(0);
    if (auto r = PeopleRepository(store->database()).disable(name); !r)
        return r.error().code == Error::Code::Invalid ? c.usage(r.error().message)
                                                      : c.fail(r.error());
    c.out << tr("%1 may no longer connect.").arg(name) << Qt::endl;
    return 0;
}

} // namespace Relais
