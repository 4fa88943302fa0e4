// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "content/jsonformat.h"
#include "content/vocabulary.h"
#include "exchange/seedimporter.h"
#include "render/sitebuilder.h"
#include "render/sitefolder.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimeZone>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::CommandLine", text);
}

constexpr int PageSize = 500;

// Every live row of a repository, loaded page by page.
template<typename Repo, typename Visit>
Result<int> forEachItem(Repo &repo, Visit visit)
{
    int n = 0;
    ListQuery query;
    query.order = Qt::AscendingOrder;
    for (int offset = 0;; offset += PageSize) {
        auto rows = repo.page(query, offset, PageSize);
        if (!rows)
            return rows.error();
        for (const ListRow &row : *rows) {
            auto item = repo.load(row.id);
            if (!item)
                return item.error();
            visit(*item);
            ++n;
        }
        if (rows->size() < PageSize)
            return n;
    }
}

// Opens the database of a command. Only an import may create it (and its folder): listing or
// rendering a mistyped path should say so, not make an empty database there.
Result<std::unique_ptr<Store>> openStore(const QString &path, bool create)
{
    if (!QFileInfo::exists(path)) {
        if (!create)
            return Error{Error::Code::NotFound, tr("There is no database at “%1”.").arg(path), {}};
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::failed(tr("Cannot create the folder of “%1”.").arg(path));
    }
    return Store::open(path);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CommandLine::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("relais.sqlite"));
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Relais command line: work on a Relais database without the window.\n\n"
           "Commands:\n"
           "  list articles|agenda|contacts [--json]   list the items (not those in the trash)\n"
           "  check                                    check the database; exit code 1 on problems\n"
           "  import seed FILE [--demo]                import a seed-site.json file in one transaction\n"
           "  render --out DIR [--at ISO-DATETIME]     render the site as published at that time (default: now)"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("The database file (default: %1).").arg(defaultDatabasePath()),
                                            tr("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("list: print JSON (ISO 8601 UTC times)."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("import seed: move dates so the agenda falls in the coming weeks."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("render: the folder of the site."), tr("folder"));
    const QCommandLineOption atOption(QStringLiteral("at"), tr("render: the time to render the site for (ISO 8601)."),
                                      tr("time"));
    parser.addOptions({databaseOption, jsonOption, demoOption, outOption, atOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, check, import or render."));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    const QString database = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    auto usage = [&](const QString &message) {
        m_err << message << '\n' << tr("Run relais-cli --help for the commands.") << Qt::endl;
        return 2;
    };

    if (command == u"list") {
        const QString what = args.value(1);
        if (args.size() != 2 || (what != u"articles" && what != u"agenda" && what != u"contacts"))
            return usage(tr("list takes one of: articles, agenda, contacts."));
        return list(database, what, parser.isSet(jsonOption));
    }
    if (command == u"check") {
        if (args.size() != 1)
            return usage(tr("check takes no argument."));
        return check(database);
    }
    if (command == u"import") {
        if (args.size() != 3 || args.value(1) != u"seed")
            return usage(tr("Usage: import seed FILE [--demo]."));
        return importSeed(database, args.value(2), parser.isSet(demoOption));
    }
    if (command == u"render") {
        if (args.size() != 1 || !parser.isSet(outOption))
            return usage(tr("Usage: render --out DIR [--at ISO-DATETIME]."));
        return render(database, parser.value(outOption), parser.value(atOption));
    }
    if (command.isEmpty())
        return usage(tr("No command given."));
    return usage(tr("Unknown command “%1”.").arg(command));
}

int CommandLine::list(const QString &database, const QString &what, bool json)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    QJsonArray array;
    auto emitJson = [&](const auto &item) { array.append(JsonFormat::toJson(item)); };
    auto line = [&](const QString &id, const QString &a, const QString &b, const QString &title) {
        m_out << id << '\t' << a << '\t' << b << '\t' << title << '\n';
    };
    Result<int> listed = 0;
    if (what == u"articles") {
        listed = forEachItem((*store)->articles(), [&](const Article &a) {
            if (json)
                emitJson(a);
            else
                line(a.meta.uuid.toString(QUuid::WithoutBraces), Vocabulary::toString(a.kind),
                     Vocabulary::toString(a.status), a.title);
        });
    } else if (what == u"agenda") {
        listed = forEachItem((*store)->agenda(), [&](const AgendaEntry &e) {
            if (json)
                emitJson(e);
            else
                line(e.meta.uuid.toString(QUuid::WithoutBraces), JsonFormat::isoUtc(e.start),
                     Vocabulary::toString(e.status), e.title);
        });
    } else {
        listed = forEachItem((*store)->contacts(), [&](const Contact &c) {
            if (json)
                emitJson(c);
            else
                line(c.meta.uuid.toString(QUuid::WithoutBraces), c.organization, c.emails.join(QLatin1Char(',')),
                     c.name);
        });
    }
    if (!listed) {
        m_err << listed.error().message << '\n' << listed.error().detail << Qt::endl;
        return 1;
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
    return 0;
}

int CommandLine::check(const QString &database)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto problems = (*store)->database().check();
    if (!problems) {
        m_err << problems.error().message << '\n' << problems.error().detail << Qt::endl;
        return 1;
    }
    if (!problems->isEmpty()) {
        m_out << tr("%1: %2 problem(s) found:").arg(database).arg(problems->size()) << '\n';
        for (const QString &p : std::as_const(*problems))
            m_out << "  " << p << '\n';
        m_out.flush();
        return 1;
    }
    m_out << tr("%1: no problem found (database version %2).").arg(database).arg((*store)->database().schemaVersion())
          << Qt::endl;
    return 0;
}

int CommandLine::importSeed(const QString &database, const QString &file, bool demo)
{
    auto store = openStore(database, true);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    SeedImporter importer(**store);
    SeedImporter::Options options;
    options.demo = demo;
    auto report = importer.importFile(file, options);
    if (!report) {
        m_err << report.error().message << Qt::endl;
        return 1;
    }
    m_out << tr("Imported %1 articles, %2 testimonials, %3 agenda entries and %4 contacts.")
                 .arg(report->articles)
                 .arg(report->testimonials)
                 .arg(report->agenda)
                 .arg(report->contacts)
          << Qt::endl;
    return 0;
}

int CommandLine::render(const QString &database, const QString &out, const QString &at)
{
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (!at.isEmpty()) {
        when = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!when.isValid()) {
            m_err << tr("“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).").arg(at) << Qt::endl;
            return 2;
        }
        if (when.timeSpec() == Qt::LocalTime)
            when = QDateTime(when.date(), when.time(), QTimeZone("Europe/Paris"));
    }
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto theme = Theme::load();
    if (!theme) {
        m_err << theme.error().message << Qt::endl;
        return 1;
    }
    SiteFolder folder(out);
    if (auto r = folder.open(); !r) {
        m_err << r.error().message << Qt::endl;
        return 1;
    }
    auto settings = (*store)->siteSettings().load();
    if (!settings) {
        m_err << settings.error().message << Qt::endl;
        return 1;
    }
    SiteBuilder builder(**store, *settings, *theme);
    auto report = builder.build(when, [&folder](const QString &path, const QByteArray &content) {
        return folder.write(path, content);
    });
    if (!report) {
        m_err << report.error().message << Qt::endl;
        return 1;
    }
    auto removed = folder.removeStale();
    if (!removed) {
        m_err << removed.error().message << Qt::endl;
        return 1;
    }
    m_out << tr("Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files removed.")
                 .arg(report->pages)
                 .arg(report->articles)
                 .arg(report->events)
                 .arg(report->bytes / 1024)
                 .arg(out)
                 .arg(*removed)
          << Qt::endl;
    return 0;
}

} // namespace Relais
