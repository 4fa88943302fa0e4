// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/publishtarget.h"
#include "result.h"
#include "storage/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QList>
#include <QCoreApplication>
#include <QStringList>
#include <QEventLoop>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Relais {

// What a command reads from its command line: the arguments after its name and its own
// options, already checked against its declaration (count of arguments, required options).
class Invocation
{
public:
    Invocation(const QCommandLineParser &parser, QStringList arguments);

    QString argument(int index) const { return m_arguments.value(index); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    // The option's value, or fallback when it is not given.
    QString value(const QString &option, const QString &fallback = {}) const;
    QStringList values(const QString &option) const { return m_parser.values(option); }

private:
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
};

// One command of relais-cli: its name ("import seed"), its arguments, its own options and
// what it does. Commands are declared by their group (cli/commands.h); CommandLine finds the
// one named, parses its options only, and runs it.
struct Command
{
    struct Argument
    {
        QString name; // as shown in the usage line: FILE, articles|agenda|contacts
        QString description;
    };

    QString name;
    QString summary; // one line for relais-cli --help
    QList<Argument> arguments;
    QList<QCommandLineOption> options;
    QStringList required; // options that must be given
    std::function<int(const Invocation &)> run;

    // "import seed FILE [--demo]": the name, the arguments and the options.
    QString usage() const;
};

// A command's function: a member of its group.
template<typename Group>
std::function<int(const Invocation &)> member(
    Group *group, int (Group::*function)(const Invocation &))
{
    return [group, function](const Invocation &in) { return (group->*function)(in); };
}

// Where the commands write and which database they work on, with the steps every command
// shares: opening the database, saying an error, refusing a wrong use.
// The command line's way to wait for something asynchronous: its main thread has nothing else
// to do, so it turns its event loop until done is called. start(context, done).
template<typename T, typename Start> T waitFor(Start start)
{
    QEventLoop loop;
    T result {};
    start(&loop, [&](const T &value) {
        result = value;
        loop.quit();
    });
    loop.exec();
    return result;
}

class Console
{
    Q_DECLARE_TR_FUNCTIONS(Relais::Console)

public:
    Console(QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;
    QString database;

    // The database of the command, or nullptr once the reason is said on err. Only an import
    // may create it (and its folder): listing a mistyped path should not make an empty one.
    std::unique_ptr<Store> openStore(bool create = false);
    // The database and what find(store) looks up in it (a target, a submission, a picture),
    // or nullptr once the reason is said.
    template<typename T, typename Find> std::unique_ptr<Store> openWith(T *found, Find find)
    {
        auto store = openStore();
        if (!store)
            return nullptr;
        Result<T> result = find(*store);
        if (!result) {
            fail(result.error());
            return nullptr;
        }
        *found = std::move(*result);
        return store;
    }

    // The database and the publishing target named, or nullptr once the reason is said.
    std::unique_ptr<Store> openWithTarget(const QString &name, PublishTarget *found)
    {
        return openWith(found, [&name](Store &store) { return store.publishing().target(name); });
    }

    // Says the error on err; returns 1, the exit code of a failed command.
    int fail(const Error &error);
    int fail(const QString &message);
    // Says a wrong use on err; returns 2, the exit code of a wrong use.
    int usage(const QString &message);

    // The target named, or every target when name is empty.
    static Result<QList<PublishTarget>> chooseTargets(Store &store, const QString &name);
    // The password of a target: from the file when one is given (readable by its owner only),
    // else from the keyring; the error says which and why.
    static Result<QString> passwordFor(const PublishTarget &target, const QString &passwordFile);
};

// "2026-12-01T08:00:00Z"; a time without zone is the site's (Europe/Paris); empty is now.
// Invalid when the text is not a date and time.
QDateTime commandTime(const QString &text);
// "1.2 MB", the same in every language (figures a script may read).
QString dataSize(qint64 bytes);

} // namespace Relais
