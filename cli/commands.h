// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The command groups of relais-cli, one class each (one file each, named after the group).
// A group declares its commands with commands(); each command's function is a member.
#pragma once

#include "command.h"

#include "publish/wordpresspublisher.h"
#include "content/submission.h"

namespace Relais {

// list, check, import seed, render (sitecommands.cpp).
class SiteCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::SiteCommands)

public:
    explicit SiteCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int list(const Invocation &in);
    int check(const Invocation &in);
    int importSeed(const Invocation &in);
    int render(const Invocation &in);
    Console &c;
};

// WordPress targets: a test of the account, a publish, the import of a site, conflicts
// (wordpresscommands.cpp).
class WordPressCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::WordPressCommands)

public:
    explicit WordPressCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

    struct PublishOptions
    {
        bool dryRun = false;
        QDateTime at;
    };
    int test(const PublishTarget &target, const QString &password);
    int publish(
        const PublishTarget &target, const QString &password, const PublishOptions &options);

private:
    int importSite(const Invocation &in);
    int conflicts(const Invocation &in);
    int resolve(const Invocation &in);
    void printPlan(const PublishTarget &target, const WordPressPublisher::Plan &plan);
    Console &c;
};

// target add|list|remove|test, publish, history (publishcommands.cpp).
class PublishCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::PublishCommands)

public:
    PublishCommands(Console &console, WordPressCommands &wordPress)
        : c(console)
        , m_wordPress(wordPress)
    { }
    QList<Command> commands();

private:
    int addTarget(const Invocation &in);
    int listTargets(const Invocation &in);
    int removeTarget(const Invocation &in);
    int testTarget(const Invocation &in);
    int publish(const Invocation &in);
    int history(const Invocation &in);
    Console &c;
    WordPressCommands &m_wordPress;
};

// export agenda, export contacts, import contacts (exchangecommands.cpp).
class ExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::ExchangeCommands)

public:
    explicit ExchangeCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int exportAgenda(const Invocation &in);
    int exportContacts(const Invocation &in);
    int importContacts(const Invocation &in);
    Console &c;
};

// import submissions, list submissions, moderate …, inbox fetch (moderationcommands.cpp).
class ModerationCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::ModerationCommands)

public:
    explicit ModerationCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int importSubmissions(const Invocation &in);
    int listSubmissions(const Invocation &in);
    int approve(const Invocation &in);
    int reject(const Invocation &in);
    int markDuplicate(const Invocation &in, bool duplicate);
    int fetchInbox(const Invocation &in);
    Console &c;
};

// db init, db status, db copy (databasecommands.cpp).
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::DatabaseCommands)

public:
    explicit DatabaseCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int init(const Invocation &in);
    int status(const Invocation &in);
    int copy(const Invocation &in);
    Console &c;
};

// add, show, edit, watch: one item at a time, and the live changes (itemcommands.cpp).
class ItemCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::ItemCommands)

public:
    explicit ItemCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int add(const Invocation &in);
    int show(const Invocation &in);
    int edit(const Invocation &in);
    int watch(const Invocation &in);
    template<typename T> Result<void> apply(const Invocation &in, T &item);
    Console &c;
};

// user add|list|role|disable: the people of a newsroom and their roles (usercommands.cpp).
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::UserCommands)

public:
    explicit UserCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int add(const Invocation &in);
    int list(const Invocation &in);
    int role(const Invocation &in);
    int disable(const Invocation &in);
    Console &c;
};

// review submit|approve|return, assign, comment, comments, history, restore, log,
// notifications: the editorial workflow (workflowcommands.cpp).
class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::WorkflowCommands)

public:
    explicit WorkflowCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    Result<QUuid> itemOf(const Invocation &in) const;
    Result<int> expectedRevision(const Invocation &in) const;
    // A step of the workflow on one item: act answers the new revision; done names it (%1).
    int step(const Invocation &in,
        const std::function<Result<int>(Store &, const QUuid &, int)> &act, const QString &done);
    int submit(const Invocation &in);
    int approve(const Invocation &in);
    int returnToWriter(const Invocation &in);
    int assign(const Invocation &in);
    int restore(const Invocation &in);
    int comment(const Invocation &in);
    int comments(const Invocation &in);
    int history(const Invocation &in);
    int log(const Invocation &in);
    int notifications(const Invocation &in);
    int calendar(const Invocation &in);
    Console &c;
};

// media add|list|describe|remove (mediacommands.cpp).
class MediaCommands
{
    Q_DECLARE_TR_FUNCTIONS(Relais::MediaCommands)

public:
    explicit MediaCommands(Console &console)
        : c(console)
    { }
    QList<Command> commands();

private:
    int add(const Invocation &in);
    int list(const Invocation &in);
    int describe(const Invocation &in);
    int remove(const Invocation &in);
    Console &c;
};

} // namespace Relais
