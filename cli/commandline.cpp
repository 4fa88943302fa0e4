// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands.h"
#include "settings.h"

#include <QCoreApplication>

#include <algorithm>

namespace Relais {

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
        CommandLine::tr("The database file (default: %1), or a newsroom: "
                        "postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or "
                        "PGPASSFILE).")
            .arg(Settings::defaultDatabasePath()),
        CommandLine::tr("path"));
}

// The command whose name starts the arguments, the longest such name ("list submissions"
// before "list"); nullptr when there is none.
const Command *find(const QList<Command> &commands, const QStringList &words)
{
    const Command *found = nullptr;
    qsizetype foundWords = 0;
    for (const Command &command : commands) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (name.size() > foundWords && words.mid(0, name.size()) == name) {
            found = &command;
            foundWords = name.size();
        }
    }
    return found;
}

// What follows "import" or "media" when the second word is missing or wrong.
QStringList subcommandsOf(const QList<Command> &commands, const QString &first)
{
    QStringList words;
    for (const Command &command : commands) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (name.size() > 1 && name.first() == first && !words.contains(name.at(1)))
            words.append(name.at(1));
    }
    return words;
}

// The text cut into lines of at most 79 characters at spaces, each line after the first
// indented.
QString wrapped(const QString &text, int indent, int firstIndent)
{
    constexpr int Width = 79;
    QString result = QString(firstIndent, QLatin1Char(' '));
    int column = firstIndent;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (i > 0 && column + 1 + word.size() > Width) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (i > 0) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += int(word.size());
    }
    return result + QLatin1Char('\n');
}

QString generalHelp(const QCommandLineParser &global, const QList<Command> &commands)
{
    QString text = global.helpText();
    text += QLatin1Char('\n') + CommandLine::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands) {
        text += wrapped(command.usage(), 6, 2);
        text += wrapped(command.summary, 6, 6);
    }
    text += QLatin1Char('\n')
        + wrapped(CommandLine::tr(
                      "relais-cli COMMAND --help lists the options of a command. A password file "
                      "must be readable by its owner only (chmod 600); passwords are never taken "
                      "on the command line."),
            0, 0);
    return text;
}

// A command's --help: its usage, what it does, its options and arguments.
QString commandHelp(const QCommandLineParser &parser, const Command &command)
{
    const QString options = parser.helpText();
    return CommandLine::tr("Usage: relais-cli %1").arg(command.usage()) + QStringLiteral("\n\n")
        + wrapped(command.summary, 0, 0) + QLatin1Char('\n')
        + options.mid(options.indexOf(QStringLiteral("Options:")));
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int CommandLine::run(const QStringList &arguments)
{
    Console console(m_out, m_err);
    WordPressCommands wordPress(console);
    SiteCommands site(console);
    PublishCommands publish(console, wordPress);
    ExchangeCommands exchange(console);
    ModerationCommands moderation(console);
    MediaCommands media(console);
    DatabaseCommands databaseCommands(console);
    ItemCommands items(console);
    UserCommands users(console);
    WorkflowCommands workflow(console);
    QList<Command> commands = site.commands() + publish.commands() + wordPress.commands()
        + exchange.commands() + moderation.commands() + media.commands()
        + databaseCommands.commands() + items.commands() + users.commands() + workflow.commands();
    std::stable_sort(commands.begin(), commands.end(),
        [](const Command &a, const Command &b) { return a.name < b.name; });

    // Before the command: the database, --help, --version. After it: the command's own.
    QCommandLineParser global;
    global.setApplicationDescription(
        tr("Relais command line: work on a Relais database without the window."));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption database = databaseOption();
    global.addOption(database);
    const QCommandLineOption help = global.addHelpOption();
    const QCommandLineOption version = global.addVersionOption();
    global.addPositionalArgument(QStringLiteral("command"),
        tr("One of the commands below, with its arguments and options."),
        QStringLiteral("COMMAND [ARGUMENTS] [OPTIONS]"));
    auto wrongUse = [&](const QString &message) {
        return console.usage(
            message + QLatin1Char('\n') + tr("Run relais-cli --help for the commands."));
    };
    if (!global.parse(arguments))
        return wrongUse(global.errorText());
    if (global.isSet(version)) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QStringList words = global.positionalArguments();
    const bool helpAsked = global.isSet(help) || words.value(0) == u"help";
    if (words.value(0) == u"help")
        words.removeFirst();
    if (helpAsked && words.isEmpty()) {
        m_out << generalHelp(global, commands);
        return 0;
    }
    if (words.isEmpty())
        return wrongUse(tr("No command given."));

    const Command *command = find(commands, words);
    if (!command) {
        const QStringList next = subcommandsOf(commands, words.first());
        if (!next.isEmpty())
            return wrongUse(
                tr("%1 takes one of: %2.").arg(words.first(), next.join(QStringLiteral(", "))));
        return wrongUse(tr("Unknown command “%1”.").arg(words.first()));
    }

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOption(database);
    parser.addOptions(command->options);
    for (const Command::Argument &a : command->arguments)
        parser.addPositionalArgument(a.name, a.description);
    const QString usageLine = tr("Usage: relais-cli %1").arg(command->usage());
    const qsizetype nameWords = command->name.count(QLatin1Char(' ')) + 1;
    if (!parser.parse(QStringList { arguments.value(0) } + words.mid(nameWords)))
        return console.usage(parser.errorText() + QLatin1Char('\n') + usageLine);
    if (helpAsked || parser.isSet(helpOption)) {
        m_out << commandHelp(parser, *command);
        return 0;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() != command->arguments.size())
        return console.usage(usageLine);
    for (const QString &option : command->required) {
        if (!parser.isSet(option))
            return console.usage(
                tr("--%1 is missing.").arg(option) + QLatin1Char('\n') + usageLine);
    }
    console.database = parser.isSet(database) ? parser.value(database)
        : global.isSet(database)              ? global.value(database)
                                              : Settings::defaultDatabasePath();
    return command->run(Invocation(parser, given));
}

} // namespace Relais
