// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the exports: 20,000 agenda entries to iCalendar, CSV and PDF, 20,000 contacts to
// vCard, and those vCards imported into a fresh database; time and peak memory of each run of
// relais-cli. Prints figures; never passes or fails on time.
//   bench_export [--agenda N] [--contacts N] [--keep DIR]

#include "benchsupport.h"
#include "frenchtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Relais::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption agendaOption(QStringLiteral("agenda"),
        QStringLiteral("agenda entries"), QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("contacts"),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("keep files in"), QStringLiteral("dir"));
    parser.addOptions({ agendaOption, contactsOption, keepOption });
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const int agenda = parser.value(agendaOption).toInt();
    const int contacts = parser.value(contactsOption).toInt();
    const QString seed = dir + QStringLiteral("/seed.json");
    {
        QFile out(seed);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        writeSeed(out, 0, agenda, contacts);
    }
    const QString cli = QStringLiteral(RELAIS_CLI_PATH);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString db = dir + QStringLiteral("/export.sqlite");
    const ChildRun import = runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("seed"),
            seed },
        env);
    if (import.exitCode != 0) {
        std::fprintf(stderr, "import failed: %s\n", import.err.constData());
        return 1;
    }
    std::printf(
        "content: %d agenda entries, %d contacts of generated French text\n", agenda, contacts);
    auto report = [&](const char *what, const ChildRun &run, const QString &file) {
        std::printf("%-40s %7.2f s, peak %5.0f MB, exit %d, %.1f MB written\n", what,
            double(run.ms) / 1000, double(run.peakKb) / 1024, run.exitCode,
            double(QFileInfo(file).size()) / 1e6);
        if (run.exitCode != 0)
            std::printf("   %s\n", run.err.left(400).constData());
    };
    for (const char *format : { "ics", "csv", "pdf" }) {
        const QString out = dir + QStringLiteral("/agenda.") + QString::fromLatin1(format);
        const ChildRun run = runChild(cli,
            { QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("agenda"),
                QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--from"),
                QStringLiteral("1900-01-01"), QStringLiteral("--to"), QStringLiteral("2200-01-01"),
                QStringLiteral("--status"), QStringLiteral("all"),
                QStringLiteral("--include-cancelled"), QStringLiteral("--out"), out },
            env);
        report(qPrintable(
                   QStringLiteral("export agenda --format %1").arg(QString::fromLatin1(format))),
            run, out);
        std::printf("   %s", run.out.constData());
    }
    const QString vcf = dir + QStringLiteral("/contacts.vcf");
    const ChildRun exportRun = runChild(cli,
        { QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("contacts"),
            QStringLiteral("--format"), QStringLiteral("vcf"), QStringLiteral("--out"), vcf },
        env);
    report("export contacts --format vcf", exportRun, vcf);
    // Into a fresh database (made by an import of an empty seed).
    const QString fresh = dir + QStringLiteral("/fresh.sqlite");
    const QString empty = dir + QStringLiteral("/empty.json");
    {
        QFile out(empty);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        writeSeed(out, 0, 0, 0);
    }
    runChild(cli,
        { QStringLiteral("--database"), fresh, QStringLiteral("import"), QStringLiteral("seed"),
            empty },
        env);
    const ChildRun importRun = runChild(cli,
        { QStringLiteral("--database"), fresh, QStringLiteral("import"), QStringLiteral("contacts"),
            vcf },
        env);
    report("import contacts (vCard)", importRun, vcf);
    std::printf("   %s", importRun.out.right(200).constData());
    return 0;
}
