// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "content/jsonformat.h"
#include "content/vocabulary.h"
#include "exchange/agendaexport.h"
#include "exchange/contactcsv.h"
#include "exchange/seedimporter.h"
#include "exchange/vcard.h"
#include "render/frenchdates.h"
#include "publish/connectiontest.h"
#include "publish/passwordvault.h"
#include "publish/publisher.h"
#include "publish/schedule.h"
#include "publish/wordpresspublisher.h"
#include "render/sitebuilder.h"
#include "render/sitefolder.h"
#include "savefile.h"
#include "settings.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QSaveFile>
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
template<typename Repo, typename Visit> Result<int> forEachItem(Repo &repo, Visit visit)
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

// "2026-12-01T08:00:00Z"; a time without zone is the site's (Europe/Paris).
QDateTime parseAt(const QString &at)
{
    if (at.isEmpty())
        return QDateTime::currentDateTimeUtc();
    QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), QTimeZone("Europe/Paris"));
    return when;
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

// Listing or rendering a mistyped path should say so, not make an empty database there.
Result<std::unique_ptr<Store>> CommandLine::openStore(const QString &path, bool create)
{
    if (!QFileInfo::exists(path)) {
        if (!create)
            return Error { Error::Code::NotFound, tr("There is no database at “%1”.").arg(path),
                {} };
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::failed(tr("Cannot create the folder of “%1”.").arg(path));
    }
    return Store::open(path);
}

Result<QList<PublishTarget>> CommandLine::chooseTargets(Store &store, const QString &name)
{
    if (name.isEmpty())
        return store.publishing().targets();
    auto t = store.publishing().target(name);
    if (!t)
        return t.error();
    return QList<PublishTarget> { *t };
}

Result<QString> CommandLine::passwordFor(const PublishTarget &target, const QString &passwordFile)
{
    if (!passwordFile.isEmpty())
        return PasswordVault::readPasswordFile(passwordFile);
    const auto read = PasswordVault::readNow(target.keychainKey());
    if (!read.ok && !target.username.isEmpty())
        return Error::failed(
            tr("No password for “%1”: %2\nGive --password-file.").arg(target.name, read.error));
    return read.password;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Relais command line: work on a Relais database without the window.\n\n"
        "Commands:\n"
        "  list articles|agenda|contacts [--json]   list the items (not those in the trash)\n"
        "  check                                    check the database; exit code 1 on problems\n"
        "  import seed FILE [--demo]                import a seed-site.json file in one "
        "transaction\n"
        "  render --out DIR [--at ISO-DATETIME] [--full]\n"
        "                                           render the site as published at that time "
        "(default: now);\n"
        "                                           only pages whose content changed are made "
        "again\n"
        "  target add webdav|wordpress NAME --url URL --user USER [--password-file FILE]\n"
        "                                           add a publishing target (a WebDAV folder, or a "
        "WordPress site with\n"
        "                                           an application password); the password goes to "
        "the keyring\n"
        "  target list | target remove NAME | target test NAME [--password-file FILE]\n"
        "  publish [--target NAME] [--due] [--dry-run] [--overwrite] [--password-file FILE]\n"
        "                                           publish the site; exit 0 only when the server "
        "holds the render\n"
        "  history [--target NAME]                  the publish runs, newest first\n"
        "  import wordpress --target NAME           adopt the posts of a WordPress target once, as "
        "articles\n"
        "  conflicts --target NAME                  items waiting for a decision (changed on both "
        "sides, or\n"
        "                                           deleted on the server)\n"
        "  resolve ITEM mine|theirs|skip|recreate --target NAME\n"
        "                                           settle one: keep this version, take the "
        "server's, leave it,\n"
        "                                           or make a new post for an item deleted on the "
        "server\n"
        "  export agenda --format ics|csv|pdf|newsletter --out FILE [--from DATE] [--to DATE] "
        "[--section S]...\n"
        "         [--status published|all] [--include-cancelled] [--separator ';'] [--bom] "
        "[--french-dates]\n"
        "                                           the agenda for calendars and spreadsheets "
        "(default: 3 months from today)\n"
        "  export contacts --format vcf|csv --out FILE [--vcard3] [--separator ';'] [--bom]\n"
        "  import contacts FILE.vcf|FILE.csv [--duplicates skip|merge|import] [--skip-invalid]\n"
        "                                           contacts from address books (vCard 3.0 or 4.0, "
        "CSV)\n"
        "  import submissions FILE.json|FILE.csv [--source NAME]\n"
        "                                           announcements sent in by the public "
        "(docs/submission-format.md)\n"
        "  inbox fetch [--target NAME] [--password-file FILE]\n"
        "                                           collect the submissions: the inbox folder of "
        "WebDAV targets, the\n"
        "                                           pending posts of WordPress targets\n"
        "  list submissions [--json] [--state new|approved|rejected|duplicate|all]\n"
        "  moderate approve ID --as agenda|article [--status draft|published]\n"
        "  moderate reject ID --reason TEXT\n"
        "  moderate duplicate ID | moderate reopen ID\n"
        "  media add FILE [--alt TEXT] [--featured-for SLUG]\n"
        "                                           store a picture (JPEG, PNG, GIF) with its web "
        "copies; the\n"
        "                                           article with that slug gets it as its featured "
        "image\n"
        "  media list [--unused] [--json] | media describe NAME --alt TEXT | media remove NAME\n"
        "                                           the pictures; only a picture nothing shows can "
        "be removed\n\n"
        "A password file must be readable by its owner only (chmod 600). Passwords are never taken "
        "on the\n"
        "command line."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        tr("The database file (default: %1).").arg(Settings::defaultDatabasePath()), tr("path"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("list: print JSON (ISO 8601 UTC times)."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("import seed: move dates so the agenda falls in the coming weeks."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("render: the folder of the site."), tr("folder"));
    const QCommandLineOption fullOption(
        QStringLiteral("full"), tr("render: make every page again, changed or not."));
    const QCommandLineOption atOption(QStringLiteral("at"),
        tr("render: the time to render the site for (ISO 8601)."), tr("time"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"), tr("target add: the folder's address (http or https)."), tr("url"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), tr("target add: the user name on the server."), tr("name"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
        tr("A file holding the password, readable by its owner only."), tr("file"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), tr("publish, history: the target (default: all)."), tr("name"));
    const QCommandLineOption dueOption(QStringLiteral("due"),
        tr("publish: only when items became due since the last publish (for cron)."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("publish: print the plan, send nothing."));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"),
        tr("publish: overwrite the site even when somebody else changed it on the server."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("export: ics, csv, pdf or newsletter."), tr("format"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("export: first day (default: today)."), tr("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("export: last day (default: in 3 months)."), tr("date"));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"), tr("export: only this section (repeatable)."), tr("slug"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), tr("export: published (default) or all."), tr("status"));
    const QCommandLineOption cancelledOption(
        QStringLiteral("include-cancelled"), tr("export: keep cancelled events."));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"), tr("export csv: , (default) or ;."), tr("char"));
    const QCommandLineOption bomOption(
        QStringLiteral("bom"), tr("export csv: start with a byte-order mark."));
    const QCommandLineOption frenchDatesOption(
        QStringLiteral("french-dates"), tr("export csv: dates as 22/11/2017 11:30."));
    const QCommandLineOption vcard3Option(
        QStringLiteral("vcard3"), tr("export contacts: vCard 3.0 for older address books."));
    const QCommandLineOption duplicatesOption(QStringLiteral("duplicates"),
        tr("import contacts: skip (default), merge or import duplicates."), tr("what"));
    const QCommandLineOption skipInvalidOption(QStringLiteral("skip-invalid"),
        tr("import contacts: import the readable cards when some are not."));
    const QCommandLineOption asOption(
        QStringLiteral("as"), tr("moderate approve: agenda or article."), tr("type"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), tr("moderate reject: why, for the record."), tr("text"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
        tr("import submissions: where they come from (default: file)."), tr("name"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
        tr("list submissions: new (default), approved, "
           "rejected, duplicate or all."),
        tr("state"));
    parser.addOptions({ asOption, reasonOption, sourceOption, stateOption });
    const QCommandLineOption altOption(
        QStringLiteral("alt"), tr("media: the picture's description (alt text)."), tr("text"));
    const QCommandLineOption featuredForOption(QStringLiteral("featured-for"),
        tr("media add: the slug of the article it is the featured image of."), tr("slug"));
    const QCommandLineOption unusedOption(
        QStringLiteral("unused"), tr("media list: only pictures nothing shows."));
    parser.addOptions({ altOption, featuredForOption, unusedOption });
    parser.addOptions({ databaseOption, jsonOption, demoOption, outOption, atOption, fullOption,
        urlOption, userOption, passwordFileOption, targetOption, dueOption, dryRunOption,
        overwriteOption, formatOption, fromOption, toOption, sectionOption, statusOption,
        cancelledOption, separatorOption, bomOption, frenchDatesOption, vcard3Option,
        duplicatesOption, skipInvalidOption });
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
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    const QString database = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : Settings::defaultDatabasePath();
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    auto usage = [&](const QString &message) {
        m_err << message << '\n' << tr("Run relais-cli --help for the commands.") << Qt::endl;
        return 2;
    };

    if (command == u"media") {
        MediaOptions options;
        if (parser.isSet(altOption))
            options.alt = parser.value(altOption);
        options.featuredFor = parser.value(featuredForOption);
        options.unused = parser.isSet(unusedOption);
        options.json = parser.isSet(jsonOption);
        return media(database, args.mid(1), options);
    }
    if (command == u"list" && args.value(1) == u"submissions") {
        if (args.size() != 2)
            return usage(tr(
                "Usage: list submissions [--json] [--state new|approved|rejected|duplicate|all]."));
        return listSubmissions(database,
            parser.isSet(stateOption) ? parser.value(stateOption) : QStringLiteral("new"),
            parser.isSet(jsonOption));
    }
    if (command == u"import" && args.value(1) == u"submissions") {
        if (args.size() != 3)
            return usage(tr("Usage: import submissions FILE [--source NAME]."));
        return importSubmissions(database, args.at(2),
            parser.isSet(sourceOption) ? parser.value(sourceOption) : QStringLiteral("file"));
    }
    if (command == u"moderate") {
        return moderate(database, args.mid(1), parser.value(asOption),
            parser.isSet(statusOption) ? parser.value(statusOption) : QStringLiteral("draft"),
            parser.value(reasonOption));
    }
    if (command == u"inbox") {
        if (args.size() != 2 || args.at(1) != u"fetch")
            return usage(tr("Usage: inbox fetch [--target NAME] [--password-file FILE]."));
        return fetchInbox(database, parser.value(targetOption), parser.value(passwordFileOption));
    }
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
    if (command == u"import" && args.value(1) == u"wordpress") {
        if (args.size() != 2 || !parser.isSet(targetOption))
            return usage(tr("Usage: import wordpress --target NAME [--password-file FILE]."));
        return importWordPress(
            database, parser.value(targetOption), parser.value(passwordFileOption));
    }
    if (command == u"conflicts") {
        if (args.size() != 1 || !parser.isSet(targetOption))
            return usage(tr("Usage: conflicts --target NAME."));
        return conflicts(database, parser.value(targetOption));
    }
    if (command == u"resolve") {
        static const QStringList choices = { QStringLiteral("mine"), QStringLiteral("theirs"),
            QStringLiteral("skip"), QStringLiteral("recreate") };
        if (args.size() != 3 || !choices.contains(args.at(2)) || !parser.isSet(targetOption))
            return usage(tr("Usage: resolve ITEM mine|theirs|skip|recreate --target NAME."));
        return resolve(database, parser.value(targetOption), args.at(1), args.at(2));
    }
    if (command == u"import" && args.value(1) != u"contacts" && args.value(1) != u"submissions") {
        if (args.size() != 3 || args.value(1) != u"seed")
            return usage(tr("Usage: import seed FILE [--demo]."));
        return importSeed(database, args.value(2), parser.isSet(demoOption));
    }
    if (command == u"render") {
        if (args.size() != 1 || !parser.isSet(outOption))
            return usage(tr("Usage: render --out DIR [--at ISO-DATETIME] [--full]."));
        return render(
            database, parser.value(outOption), parser.value(atOption), parser.isSet(fullOption));
    }
    if (command == u"target") {
        return target(database, args.mid(1), parser.value(urlOption), parser.value(userOption),
            parser.value(passwordFileOption));
    }
    if (command == u"publish") {
        if (args.size() != 1)
            return usage(tr("Usage: publish [--target NAME] [--due] [--dry-run] [--overwrite] "
                            "[--password-file FILE]."));
        PublishOptions options;
        options.target = parser.value(targetOption);
        options.passwordFile = parser.value(passwordFileOption);
        options.due = parser.isSet(dueOption);
        options.dryRun = parser.isSet(dryRunOption);
        options.overwrite = parser.isSet(overwriteOption);
        options.at = parser.value(atOption);
        return publish(database, options);
    }
    if (command == u"history") {
        if (args.size() != 1)
            return usage(tr("Usage: history [--target NAME]."));
        return history(database, parser.value(targetOption));
    }
    if (command == u"export" && args.value(1) == u"contacts") {
        const QString format = parser.value(formatOption);
        if (args.size() != 2 || !parser.isSet(outOption) || (format != u"vcf" && format != u"csv"))
            return usage(tr("Usage: export contacts --format vcf|csv --out FILE [--vcard3] "
                            "[--separator ';'] [--bom]."));
        const QString separator
            = parser.isSet(separatorOption) ? parser.value(separatorOption) : QStringLiteral(",");
        if (separator != u"," && separator != u";")
            return usage(tr("The separator is , or ;."));
        return exportContacts(database, format, parser.isSet(vcard3Option),
            char(separator.at(0).unicode()), parser.isSet(bomOption), parser.value(outOption));
    }
    if (command == u"import" && args.value(1) == u"contacts") {
        const QString duplicates = parser.isSet(duplicatesOption) ? parser.value(duplicatesOption)
                                                                  : QStringLiteral("skip");
        if (args.size() != 3
            || (duplicates != u"skip" && duplicates != u"merge" && duplicates != u"import"))
            return usage(tr(
                "Usage: import contacts FILE [--duplicates skip|merge|import] [--skip-invalid]."));
        return importContacts(database, args.at(2),
            duplicates == u"merge"        ? ContactImport::Duplicates::Merge
                : duplicates == u"import" ? ContactImport::Duplicates::ImportAnyway
                                          : ContactImport::Duplicates::Skip,
            parser.isSet(skipInvalidOption));
    }
    if (command == u"export") {
        if (args.size() != 2 || args.at(1) != u"agenda" || !parser.isSet(outOption)
            || !parser.isSet(formatOption))
            return usage(tr("Usage: export agenda --format ics|csv|pdf|newsletter --out FILE "
                            "[--from DATE] [--to DATE] [--section S]..."));
        const QString format = parser.value(formatOption);
        if (format != u"ics" && format != u"csv" && format != u"pdf" && format != u"newsletter")
            return usage(tr("The format is ics, csv, pdf or newsletter, not “%1”.").arg(format));
        AgendaExport::Filter filter;
        filter.from = parser.isSet(fromOption)
            ? QDate::fromString(parser.value(fromOption), Qt::ISODate)
            : QDate::currentDate();
        filter.to = parser.isSet(toOption) ? QDate::fromString(parser.value(toOption), Qt::ISODate)
                                           : filter.from.addMonths(3);
        if (!filter.from.isValid() || !filter.to.isValid())
            return usage(tr("Dates are written 2026-12-01."));
        filter.sections = parser.values(sectionOption);
        for (const QString &s : std::as_const(filter.sections)) {
            if (!Vocabulary::isSection(s))
                return usage(tr("“%1” is not a section.").arg(s));
        }
        const QString status
            = parser.isSet(statusOption) ? parser.value(statusOption) : QStringLiteral("published");
        if (status != u"published" && status != u"all")
            return usage(tr("The status is published or all."));
        filter.publishedOnly = status == u"published";
        filter.includeCancelled = parser.isSet(cancelledOption);
        AgendaExport::CsvOptions csv;
        const QString separator
            = parser.isSet(separatorOption) ? parser.value(separatorOption) : QStringLiteral(",");
        if (separator != u"," && separator != u";")
            return usage(tr("The separator is , or ;."));
        csv.separator = char(separator.at(0).unicode());
        csv.byteOrderMark = parser.isSet(bomOption);
        csv.frenchDates = parser.isSet(frenchDatesOption);
        return exportAgenda(database, format, filter, csv, parser.value(outOption));
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
                line(c.meta.uuid.toString(QUuid::WithoutBraces), c.organization,
                    c.emails.join(QLatin1Char(',')), c.name);
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

// Read-only: a damaged file is described, never upgraded or written (Database::inspect()).
int CommandLine::check(const QString &database)
{
    auto inspection = Database::inspect(database);
    if (!inspection) {
        m_err << inspection.error().message << Qt::endl;
        return 1;
    }
    if (!inspection->problems.isEmpty()) {
        m_out << tr("%1: %2 problem(s) found:").arg(database).arg(inspection->problems.size())
              << '\n';
        for (const QString &p : std::as_const(inspection->problems))
            m_out << "  " << p << '\n';
        m_out << tr("The file is damaged; it was left as it is. Restore it from a backup made "
                    "while no Relais "
                    "program had it open.")
              << Qt::endl;
        return 1;
    }
    m_out
        << tr("%1: no problem found (database version %2).").arg(database).arg(inspection->version)
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

int CommandLine::render(const QString &database, const QString &out, const QString &at, bool full)
{
    const QDateTime when = parseAt(at);
    if (!when.isValid()) {
        m_err << tr("“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).").arg(at)
              << Qt::endl;
        return 2;
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
    // Incremental: pages whose inputs did not change since the last render stay as they are.
    builder.setPageCache(folder.pageCache(full));
    // Files written by the threads that make the pages, recorded here in order.
    builder.setPageWriter([&folder](const QString &path, const QByteArray &content) {
        return folder.store(path, content);
    });
    auto report = builder.build(
        when, [&folder](const QString &path, const QByteArray &) { return folder.record(path); });
    if (!report) {
        m_err << report.error().message << Qt::endl;
        return 1;
    }
    auto removed = folder.removeStale();
    if (!removed) {
        m_err << removed.error().message << Qt::endl;
        return 1;
    }
    m_out << tr("Rendered %1 files (%2 articles, %3 agenda entries, %4 kB) into %5; %6 old files "
                "removed, %7 unchanged "
                "since the last render (not made again; --full makes every page).")
                 .arg(report->pages)
                 .arg(report->articles)
                 .arg(report->events)
                 .arg(report->bytes / 1024)
                 .arg(out)
                 .arg(*removed)
                 .arg(report->skipped)
          << Qt::endl;
    return 0;
}

int CommandLine::target(const QString &database, const QStringList &args, const QString &url,
    const QString &user, const QString &passwordFile)
{
    const QString sub = args.value(0);
    auto usage = [&](const QString &message) {
        m_err << message << Qt::endl;
        return 2;
    };
    if (sub != u"add" && sub != u"list" && sub != u"remove" && sub != u"test")
        return usage(tr("target takes one of: add, list, remove, test."));
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    PublishRepository &repo = (*store)->publishing();

    if (sub == u"list") {
        if (args.size() != 1)
            return usage(tr("target list takes no argument."));
        auto targets = repo.targets();
        if (!targets) {
            m_err << targets.error().message << Qt::endl;
            return 1;
        }
        for (const PublishTarget &t : std::as_const(*targets)) {
            auto last = repo.lastPublished(t.id);
            m_out << t.name << '\t' << t.kind << '\t' << t.url.toString() << '\t' << t.username
                  << '\t'
                  << (last && last->isValid() ? JsonFormat::isoUtc(*last) : tr("never published"))
                  << '\n';
        }
        m_out.flush();
        return 0;
    }
    if (sub == u"remove") {
        if (args.size() != 2)
            return usage(tr("Usage: target remove NAME."));
        auto t = repo.target(args.at(1));
        if (!t) {
            m_err << t.error().message << Qt::endl;
            return 1;
        }
        if (auto r = repo.removeTarget(t->id); !r) {
            m_err << r.error().message << Qt::endl;
            return 1;
        }
        m_out << tr(
            "Target “%1” removed (its password stays in the keyring until you remove it there).")
                     .arg(t->name)
              << Qt::endl;
        return 0;
    }
    if (sub == u"add") {
        if (args.size() != 3 || (args.at(1) != u"webdav" && args.at(1) != u"wordpress")
            || url.isEmpty())
            return usage(tr("Usage: target add webdav|wordpress NAME --url URL --user USER "
                            "[--password-file FILE]."));
        QString password;
        if (!passwordFile.isEmpty()) {
            auto read = PasswordVault::readPasswordFile(passwordFile);
            if (!read) {
                m_err << read.error().message << Qt::endl;
                return 1;
            }
            password = *read;
        }
        PublishTarget t;
        t.kind = args.at(1);
        t.name = args.at(2);
        t.url = QUrl(url, QUrl::StrictMode);
        t.username = user;
        auto added = repo.addTarget(t);
        if (!added) {
            m_err << added.error().message << Qt::endl;
            return 1;
        }
        m_out << tr("Target “%1” added: %2").arg(added->name, added->url.toString()) << Qt::endl;
        if (!password.isEmpty()) {
            const auto stored = PasswordVault::writeNow(added->keychainKey(), password);
            if (stored.ok) {
                m_out << tr("The password is in the desktop keyring.") << Qt::endl;
            } else {
                m_err << tr("The password was not stored: %1\nGive --password-file to each publish "
                            "instead.")
                             .arg(stored.error)
                      << Qt::endl;
            }
        }
        return 0;
    }
    // test
    if (args.size() != 2)
        return usage(tr("Usage: target test NAME [--password-file FILE]."));
    auto t = repo.target(args.at(1));
    if (!t) {
        m_err << t.error().message << Qt::endl;
        return 1;
    }
    auto found = passwordFor(*t, passwordFile);
    if (!found) {
        m_err << found.error().message << Qt::endl;
        return 1;
    }
    const QString password = *found;
    if (t->isWordPress())
        return testWordPress(database, *t, password);
    WebDavClient::Options http;
    http.maxTries = 1;
    http.timeoutMs = 15000;
    ConnectionTest test(*t, password, http);
    QEventLoop loop;
    ConnectionTest::Outcome outcome;
    QObject::connect(
        &test, &ConnectionTest::finished, &loop, [&](const ConnectionTest::Outcome &o) {
            outcome = o;
            loop.quit();
        });
    test.start();
    loop.exec();
    (outcome.ok ? m_out : m_err) << t->name << ": " << outcome.message << Qt::endl;
    return outcome.ok ? 0 : 1;
}

int CommandLine::publish(const QString &database, const PublishOptions &options)
{
    const QDateTime at = parseAt(options.at);
    if (!at.isValid()) {
        m_err << tr("“%1” is not a date and time (expected e.g. 2026-12-01T08:00:00Z).")
                     .arg(options.at)
              << Qt::endl;
        return 2;
    }
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    PublishRepository &repo = (*store)->publishing();
    auto chosen = chooseTargets(**store, options.target);
    if (!chosen) {
        m_err << chosen.error().message << Qt::endl;
        return 1;
    }
    const QList<PublishTarget> targets = *chosen;
    if (targets.isEmpty()) {
        m_err << tr("There is no publishing target; add one with: target add webdav NAME --url URL "
                    "--user USER.")
              << Qt::endl;
        return 1;
    }

    bool allWell = true;
    for (const PublishTarget &t : std::as_const(targets)) {
        if (options.due) {
            auto due = PublishSchedule::due(repo, t, at);
            if (!due) {
                m_err << due.error().message << Qt::endl;
                allWell = false;
                continue;
            }
            auto unfinished = repo.unfinishedRun(t.id);
            const bool resume = unfinished && unfinished->has_value();
            if (due->lastPublished.isValid() && due->items == 0 && !resume) {
                m_out << tr("%1: nothing became due since the last publish (%2).")
                             .arg(t.name, JsonFormat::isoUtc(due->lastPublished))
                      << Qt::endl;
                continue;
            }
        }
        auto found = passwordFor(t, options.passwordFile);
        if (!found) {
            m_err << found.error().message << Qt::endl;
            allWell = false;
            continue;
        }
        const QString password = *found;
        if (t.isWordPress()) {
            if (publishWordPress(database, t, password, options, at) != 0)
                allWell = false;
            continue;
        }
        Publisher::Options publishOptions;
        Publisher publisher(database, t, password, publishOptions);
        QEventLoop loop;
        Publisher::Summary summary;
        int lastShown = -1;
        QObject::connect(
            &publisher, &Publisher::prepared, &loop, [&](const Publisher::Prepared &p) {
                if (p.resuming) {
                    m_out << tr("%1: the publish of %2 did not finish; %3 of its %4 steps had "
                                "arrived and are not sent again.")
                                 .arg(t.name, JsonFormat::isoUtc(p.resuming->startedAt))
                                 .arg(p.resuming->stepsDone)
                                 .arg(p.resuming->stepsTotal)
                          << '\n';
                }
                m_out << tr("%1: %2 files; %3 rendered (%4) in %5 ms, %6 known unchanged from the "
                            "last publish.")
                             .arg(t.name)
                             .arg(p.files)
                             .arg(p.files - p.skipped)
                             .arg(size(p.siteBytes))
                             .arg(p.renderMs)
                             .arg(p.skipped)
                      << '\n';
                m_out << tr("plan: %1 to upload, %2 to delete, %3 folders to make, %4")
                             .arg(p.plan.uploads)
                             .arg(p.plan.deletes)
                             .arg(p.plan.folders)
                             .arg(size(p.plan.bytes))
                      << Qt::endl;
                if (p.serverChanged) {
                    m_err << p.serverChanges << Qt::endl;
                    if (!options.overwrite && !options.dryRun) {
                        m_err << tr("Not published: run again with --overwrite to replace what is "
                                    "on the server.")
                              << Qt::endl;
                        publisher.cancel();
                        return;
                    }
                }
                if (options.dryRun) {
                    for (const PublishStep &step : p.plan.steps)
                        m_out << "  " << PublishStep::actionName(step.action) << ' ' << step.path
                              << '\n';
                    m_out.flush();
                    publisher.cancel();
                    return;
                }
                publisher.run(options.overwrite);
            });
        QObject::connect(
            &publisher, &Publisher::progress, &loop, [&](int done, int steps, qint64, qint64) {
                const int tenth = steps > 0 ? done * 10 / steps : 10;
                if (steps >= 200 && tenth != lastShown) {
                    lastShown = tenth;
                    m_out << tr("  %1 of %2 steps").arg(done).arg(steps) << Qt::endl;
                }
            });
        QObject::connect(&publisher, &Publisher::finished, &loop, [&](const Publisher::Summary &s) {
            summary = s;
            loop.quit();
        });
        publisher.prepare(at);
        if (summary.state.isEmpty())
            loop.exec();
        for (const QString &e : std::as_const(summary.errors))
            m_err << e << '\n';
        m_err.flush();
        if (options.dryRun) {
            if (summary.state == u"failed")
                allWell = false;
            continue;
        }
        if (summary.state == u"cancelled") {
            allWell = false;
            continue;
        }
        m_out << tr("%1: %2 in %3 s, %4 requests.")
                     .arg(t.name, summary.state)
                     .arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                     .arg(summary.requests)
              << '\n';
        m_out << QStringLiteral("published: %1 uploaded, %2 deleted, %3 failed")
                     .arg(summary.uploaded)
                     .arg(summary.deleted)
                     .arg(summary.failed)
              << Qt::endl;
        if (summary.state != u"done" || summary.failed > 0)
            allWell = false;
    }
    return allWell ? 0 : 1;
}

int CommandLine::history(const QString &database, const QString &targetName)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    PublishRepository &repo = (*store)->publishing();
    qint64 id = 0;
    if (!targetName.isEmpty()) {
        auto t = repo.target(targetName);
        if (!t) {
            m_err << t.error().message << Qt::endl;
            return 1;
        }
        id = t->id;
    }
    auto runs = repo.runs(id);
    if (!runs) {
        m_err << runs.error().message << Qt::endl;
        return 1;
    }
    for (const PublishRun &r : std::as_const(*runs)) {
        const qint64 ms = r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : -1;
        m_out << JsonFormat::isoUtc(r.startedAt) << '\t' << r.targetName << '\t' << r.state << '\t'
              << tr("%1 uploaded, %2 deleted, %3 failed, %4")
                     .arg(r.uploaded)
                     .arg(r.deleted)
                     .arg(r.failed)
                     .arg(size(r.bytes))
              << '\t'
              << (ms >= 0 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1)
                          : QStringLiteral("-"))
              << '\t' << QString(r.errors).replace(QLatin1Char('\n'), QStringLiteral(" | "))
              << '\n';
    }
    m_out.flush();
    return 0;
}

int CommandLine::exportAgenda(const QString &database, const QString &format,
    const AgendaExport::Filter &filter, const AgendaExport::CsvOptions &csv, const QString &out)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto site = (*store)->siteSettings().load();
    if (!site) {
        m_err << site.error().message << Qt::endl;
        return 1;
    }
    auto entries = AgendaExport::select(**store, filter, site->timeZone);
    if (!entries) {
        m_err << entries.error().message << Qt::endl;
        return 1;
    }
    if (format == u"newsletter") {
        auto articles = (*store)->articles().loadAll();
        if (!articles) {
            m_err << articles.error().message << Qt::endl;
            return 1;
        }
        // The latest public news, newest first.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Article> latest;
        for (const Article &a : std::as_const(*articles)) {
            if (a.kind == ArticleKind::News && a.status != Status::Archived
                && SiteBuilder::isVisible(a.status, a.publishAt, now))
                latest.append(a);
        }
        std::sort(latest.begin(), latest.end(), [](const Article &a, const Article &b) {
            return (a.publishAt.isValid() ? a.publishAt : a.meta.createdAt)
                > (b.publishAt.isValid() ? b.publishAt : b.meta.createdAt);
        });
        latest = latest.mid(0, 5);
        const auto letter = AgendaExport::newsletter(*entries, latest, *site);
        QString textPath = out;
        textPath = (textPath.endsWith(QStringLiteral(".html")) ? textPath.chopped(5) : textPath)
            + QStringLiteral(".txt");
        for (const auto &[path, bytes] : { std::pair { out, letter.html.toUtf8() },
                 std::pair { textPath, letter.text.toUtf8() } }) {
            if (auto r = saveFile(path, bytes); !r) {
                m_err << r.error().message << Qt::endl;
                return 1;
            }
        }
        m_out << tr("Newsletter of %1 events and %2 articles: %3 (plain text: %4).")
                     .arg(entries->size())
                     .arg(latest.size())
                     .arg(out, textPath)
              << Qt::endl;
        return 0;
    }
    if (auto r = AgendaExport::write(
            out, format, *entries, *site, csv, AgendaExport::title(filter.from, filter.to));
        !r) {
        m_err << r.error().message << Qt::endl;
        return 1;
    }
    m_out << QCoreApplication::translate(
        "Relais::CommandLine", "%n agenda entries exported to %1.", nullptr, int(entries->size()))
                 .arg(out)
          << Qt::endl;
    return 0;
}

int CommandLine::exportContacts(const QString &database, const QString &format, bool vcard3,
    char separator, bool bom, const QString &out)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto contacts = (*store)->contacts().loadAll();
    if (!contacts) {
        m_err << contacts.error().message << Qt::endl;
        return 1;
    }
    const QByteArray bytes = format == u"vcf"
        ? VCard::write(*contacts, vcard3 ? VCard::Version::V3 : VCard::Version::V4)
        : ContactExport::toCsv(*contacts, separator, bom);
    if (auto r = saveFile(out, bytes); !r) {
        m_err << r.error().message << Qt::endl;
        return 1;
    }
    m_out << QCoreApplication::translate(
        "Relais::CommandLine", "%n contact(s) exported to %1.", nullptr, int(contacts->size()))
                 .arg(out)
          << Qt::endl;
    return 0;
}

int CommandLine::importContacts(const QString &database, const QString &path,
    ContactImport::Duplicates duplicates, bool skipInvalid)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read “%1”: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    constexpr qint64 MaxSize = 200 * 1024 * 1024;
    if (file.size() > MaxSize) {
        m_err << tr("“%1” is larger than 200 MB; it is not an address book Relais reads.").arg(path)
              << Qt::endl;
        return 1;
    }
    const QByteArray data = file.readAll();
    const QString fileName = QFileInfo(path).fileName();
    VCard::Parsed parsed;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const ContactCsv::Table table = ContactCsv::read(data, fileName);
        const auto mapping = ContactCsv::guessMapping(table.header);
        QStringList shown;
        for (const QString &field : ContactCsv::fields()) {
            const int column = mapping.value(field, -1);
            shown.append(field + QStringLiteral(" ← ")
                + (column >= 0 ? table.header.at(column) : QStringLiteral("—")));
        }
        m_out << tr("Columns: %1").arg(shown.join(QStringLiteral(", "))) << '\n';
        parsed = ContactCsv::toContacts(table, mapping, fileName);
    } else {
        parsed = VCard::read(data, fileName);
    }
    for (const QString &note : parsed.notes)
        m_out << note << '\n';
    for (const VCard::Problem &p : parsed.problems)
        m_err << p.message << '\n';
    m_err.flush();
    if (!parsed.problems.isEmpty() && !skipInvalid) {
        m_err << tr("Nothing imported: %1 readable card(s), %2 problem(s). Fix the file, or give "
                    "--skip-invalid to "
                    "import the readable cards.")
                     .arg(parsed.contacts.size())
                     .arg(parsed.problems.size())
              << Qt::endl;
        return 1;
    }
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto report = ContactImport::import(**store, parsed.contacts, duplicates);
    if (!report) {
        m_err << report.error().message << Qt::endl << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    for (const QString &d : std::as_const(report->duplicates))
        m_out << tr("duplicate: %1").arg(d) << '\n';
    m_out << tr("Contacts: %1 created, %2 merged, %3 skipped as duplicates.")
                 .arg(report->created)
                 .arg(report->merged)
                 .arg(report->skipped)
          << Qt::endl;
    return 0;
}

} // namespace Relais
