// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: exports of the agenda and the contacts, import of contacts.
#include "commands.h"

#include "content/vocabulary.h"
#include "exchange/agendaexport.h"
#include "exchange/contactcsv.h"
#include "exchange/vcard.h"
#include "render/sitebuilder.h"
#include "savefile.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Relais {

namespace {

// --separator: "," (the default) or ";"; 0 when it is neither.
char separatorOf(const Invocation &in)
{
    const QString separator = in.value(QStringLiteral("separator"), QStringLiteral(","));
    return separator == u"," || separator == u";" ? char(separator.at(0).unicode()) : 0;
}

// The latest public news, newest first, for the newsletter.
QList<Article> latestNews(const QList<Article> &articles, int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Article> latest;
    for (const Article &a : articles) {
        if (a.kind == ArticleKind::News && a.status != Status::Archived
            && SiteBuilder::isVisible(a.status, a.publishAt, now))
            latest.append(a);
    }
    std::sort(latest.begin(), latest.end(), [](const Article &a, const Article &b) {
        return (a.publishAt.isValid() ? a.publishAt : a.meta.createdAt)
            > (b.publishAt.isValid() ? b.publishAt : b.meta.createdAt);
    });
    return latest.mid(0, count);
}

} // namespace

QList<Command> ExchangeCommands::commands()
{
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), tr("file"));
    const QCommandLineOption separator(QStringLiteral("separator"),
        tr("CSV: the separator, a comma (default) or a semicolon."), QStringLiteral(",|;"));
    const QCommandLineOption bom(
        QStringLiteral("bom"), tr("CSV: start with a byte-order mark (for spreadsheets)."));
    const QStringList formatAndOut { QStringLiteral("format"), QStringLiteral("out") };
    return {
        { QStringLiteral("export agenda"),
            tr("The agenda for calendars, spreadsheets, print and the newsletter (default: 3 "
               "months from today)."),
            {},
            { { QStringLiteral("format"), tr("The format of the file."),
                  QStringLiteral("ics|csv|pdf|newsletter") },
                out, { QStringLiteral("from"), tr("First day (default: today)."), tr("date") },
                { QStringLiteral("to"), tr("Last day (default: in 3 months)."), tr("date") },
                { QStringLiteral("section"), tr("Only this section (repeatable)."), tr("slug") },
                { QStringLiteral("status"), tr("Only the published entries (default), or all."),
                    QStringLiteral("published|all") },
                { QStringLiteral("include-cancelled"), tr("Keep cancelled events.") }, separator,
                bom, { QStringLiteral("french-dates"), tr("CSV: dates as 22/11/2017 11:30.") } },
            formatAndOut, member(this, &ExchangeCommands::exportAgenda) },
        { QStringLiteral("export contacts"), tr("The contacts for address books and spreadsheets."),
            {},
            { { QStringLiteral("format"), tr("The format of the file."),
                  QStringLiteral("vcf|csv") },
                out, { QStringLiteral("vcard3"), tr("vCard 3.0 for older address books.") },
                separator, bom },
            formatAndOut, member(this, &ExchangeCommands::exportContacts) },
        { QStringLiteral("import contacts"),
            tr("Contacts from address books (vCard 3.0 or 4.0) or spreadsheets (CSV)."),
            { { QStringLiteral("FILE"), tr("A .vcf or .csv file.") } },
            { { QStringLiteral("duplicates"),
                  tr("What to do with contacts already there: skip (default), merge, or import "
                     "them again."),
                  QStringLiteral("skip|merge|import") },
                { QStringLiteral("skip-invalid"),
                    tr("Import the readable cards when some are not.") } },
            {}, member(this, &ExchangeCommands::importContacts) },
    };
}

int ExchangeCommands::exportAgenda(const Invocation &in)
{
    const QString format = in.value(QStringLiteral("format"));
    const QString out = in.value(QStringLiteral("out"));
    if (format != u"ics" && format != u"csv" && format != u"pdf" && format != u"newsletter")
        return c.usage(tr("The format is ics, csv, pdf or newsletter, not “%1”.").arg(format));
    AgendaExport::Filter filter;
    filter.from = in.isSet(QStringLiteral("from"))
        ? QDate::fromString(in.value(QStringLiteral("from")), Qt::ISODate)
        : QDate::currentDate();
    filter.to = in.isSet(QStringLiteral("to"))
        ? QDate::fromString(in.value(QStringLiteral("to")), Qt::ISODate)
        : filter.from.addMonths(3);
    if (!filter.from.isValid() || !filter.to.isValid())
        return c.usage(tr("Dates are written 2026-12-01."));
    filter.sections = in.values(QStringLiteral("section"));
    for (const QString &s : std::as_const(filter.sections)) {
        if (!Vocabulary::isSection(s))
            return c.usage(tr("“%1” is not a section.").arg(s));
    }
    const QString status = in.value(QStringLiteral("status"), QStringLiteral("published"));
    if (status != u"published" && status != u"all")
        return c.usage(tr("The status is published or all."));
    filter.publishedOnly = status == u"published";
    filter.includeCancelled = in.isSet(QStringLiteral("include-cancelled"));
    AgendaExport::CsvOptions csv;
    csv.separator = separatorOf(in);
    if (csv.separator == 0)
        return c.usage(tr("The separator is , or ;."));
    csv.byteOrderMark = in.isSet(QStringLiteral("bom"));
    csv.frenchDates = in.isSet(QStringLiteral("french-dates"));

    auto store = c.openStore();
    if (!store)
        return 1;
    auto site = store->siteSettings().load();
    if (!site)
        return c.fail(site.error());
    auto entries = AgendaExport::select(*store, filter, site->timeZone);
    if (!entries)
        return c.fail(entries.error());
    if (format == u"newsletter") {
        auto articles = store->articles().loadAll();
        if (!articles)
            return c.fail(articles.error());
        const QList<Article> latest = latestNews(*articles, 5);
        const auto letter = AgendaExport::newsletter(*entries, latest, *site);
        const QString textPath = (out.endsWith(QStringLiteral(".html")) ? out.chopped(5) : out)
            + QStringLiteral(".txt");
        for (const auto &[path, bytes] : { std::pair { out, letter.html.toUtf8() },
                 std::pair { textPath, letter.text.toUtf8() } }) {
            if (auto r = saveFile(path, bytes); !r)
                return c.fail(r.error());
        }
        c.out << tr("Newsletter of %1 events and %2 articles: %3 (plain text: %4).")
                     .arg(entries->size())
                     .arg(latest.size())
                     .arg(out, textPath)
              << Qt::endl;
        return 0;
    }
    if (auto r = AgendaExport::write(
            out, format, *entries, *site, csv, AgendaExport::title(filter.from, filter.to));
        !r)
        return c.fail(r.error());
    c.out << QCoreApplication::translate(
        "Relais::CommandLine", "%n agenda entries exported to %1.", nullptr, int(entries->size()))
                 .arg(out)
          << Qt::endl;
    return 0;
}

int ExchangeCommands::exportContacts(const Invocation &in)
{
    const QString format = in.value(QStringLiteral("format"));
    const QString out = in.value(QStringLiteral("out"));
    if (format != u"vcf" && format != u"csv")
        return c.usage(tr("The format of contacts is vcf or csv, not “%1”.").arg(format));
    const char separator = separatorOf(in);
    if (separator == 0)
        return c.usage(tr("The separator is , or ;."));
    auto store = c.openStore();
    if (!store)
        return 1;
    auto contacts = store->contacts().loadAll();
    if (!contacts)
        return c.fail(contacts.error());
    const QByteArray bytes = format == u"vcf"
        ? VCard::write(
            *contacts, in.isSet(QStringLiteral("vcard3")) ? VCard::Version::V3 : VCard::Version::V4)
        : ContactExport::toCsv(*contacts, separator, in.isSet(QStringLiteral("bom")));
    if (auto r = saveFile(out, bytes); !r)
        return c.fail(r.error());
    c.out << QCoreApplication::translate(
        "Relais::CommandLine", "%n contact(s) exported to %1.", nullptr, int(contacts->size()))
                 .arg(out)
          << Qt::endl;
    return 0;
}

int ExchangeCommands::importContacts(const Invocation &in)
{
    const QString path = in.argument(0);
    const QString what = in.value(QStringLiteral("duplicates"), QStringLiteral("skip"));
    if (what != u"skip" && what != u"merge" && what != u"import")
        return c.usage(tr("--duplicates is skip, merge or import, not “%1”.").arg(what));
    const ContactImport::Duplicates duplicates = what == u"merge" ? ContactImport::Duplicates::Merge
        : what == u"import" ? ContactImport::Duplicates::ImportAnyway
                            : ContactImport::Duplicates::Skip;
    const bool skipInvalid = in.isSet(QStringLiteral("skip-invalid"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.err << tr("Cannot read “%1”: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    constexpr qint64 MaxSize = qint64(200) * 1024 * 1024;
    if (file.size() > MaxSize) {
        c.err << tr("“%1” is larger than 200 MB; it is not an address book Relais reads.").arg(path)
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
        c.out << tr("Columns: %1").arg(shown.join(QStringLiteral(", "))) << '\n';
        parsed = ContactCsv::toContacts(table, mapping, fileName);
    } else {
        parsed = VCard::read(data, fileName);
    }
    for (const QString &note : parsed.notes)
        c.out << note << '\n';
    for (const VCard::Problem &p : parsed.problems)
        c.err << p.message << '\n';
    c.err.flush();
    if (!parsed.problems.isEmpty() && !skipInvalid) {
        c.err << tr("Nothing imported: %1 readable card(s), %2 problem(s). Fix the file, or give "
                    "--skip-invalid to "
                    "import the readable cards.")
                     .arg(parsed.contacts.size())
                     .arg(parsed.problems.size())
              << Qt::endl;
        return 1;
    }
    auto store = c.openStore();
    if (!store)
        return 1;
    auto report = ContactImport::import(*store, parsed.contacts, duplicates);
    if (!report) {
        c.err << report.error().message << Qt::endl << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    for (const QString &d : std::as_const(report->duplicates))
        c.out << tr("duplicate: %1").arg(d) << '\n';
    c.out << tr("Contacts: %1 created, %2 merged, %3 skipped as duplicates.")
                 .arg(report->created)
                 .arg(report->merged)
                 .arg(report->skipped)
          << Qt::endl;
    return 0;
}

} // namespace Relais
