// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the moderation commands (import submissions, inbox fetch, list submissions,
// moderate).
#include "commands.h"

#include "publish/wordpresspublisher.h"

#include "content/jsonformat.h"
#include "exchange/submissioncsv.h"
#include "moderation/inboxfetcher.h"
#include "moderation/moderation.h"
#include "moderation/submissionparser.h"
#include "publish/passwordvault.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Relais {

namespace {

// The database and the submission named (its number or id), or nullptr once the reason is
// said.
std::unique_ptr<Store> openWithSubmission(Console &c, const QString &id, Submission *found)
{
    return c.openWith(found, [&id](Store &store) { return store.submissions().find(id); });
}

} // namespace

QList<Command> ModerationCommands::commands()
{
    const Command::Argument id { QStringLiteral("ID"),
        tr("The submission: its number or its id, as list submissions shows them.") };
    return {
        { QStringLiteral("import submissions"),
            tr("Import announcements sent in by the public (docs/submission-format.md, or a "
               "form service's CSV)."),
            { { QStringLiteral("FILE"), tr("A .json or .csv file.") } },
            { { QStringLiteral("source"), tr("Where they come from (default: file)."),
                tr("name") } },
            {}, member(this, &ModerationCommands::importSubmissions) },
        { QStringLiteral("list submissions"), tr("The submissions in a state, one per line."), {},
            { { QStringLiteral("json"), tr("Print JSON.") },
                { QStringLiteral("state"), tr("Which submissions (default: new)."),
                    QStringLiteral("new|approved|rejected|duplicate|all") } },
            {}, member(this, &ModerationCommands::listSubmissions) },
        { QStringLiteral("moderate approve"),
            tr("Approve a submission: it becomes an agenda entry or an article."), { id },
            { { QStringLiteral("as"), tr("What it becomes."), QStringLiteral("agenda|article") },
                { QStringLiteral("status"), tr("Its status (default: draft)."),
                    QStringLiteral("draft|published") } },
            { QStringLiteral("as") }, member(this, &ModerationCommands::approve) },
        { QStringLiteral("moderate reject"), tr("Reject a submission, with the reason."), { id },
            { { QStringLiteral("reason"), tr("Why, for the record."), tr("text") } },
            { QStringLiteral("reason") }, member(this, &ModerationCommands::reject) },
        { QStringLiteral("moderate duplicate"), tr("Mark a submission as a duplicate."), { id }, {},
            {}, [this](const Invocation &in) { return markDuplicate(in, true); } },
        { QStringLiteral("moderate reopen"), tr("Put a decided submission back in the queue."),
            { id }, {}, {}, [this](const Invocation &in) { return markDuplicate(in, false); } },
        { QStringLiteral("inbox fetch"),
            tr("Collect the submissions: the inbox folder of WebDAV targets, the pending posts of "
               "WordPress targets."),
            {},
            { { QStringLiteral("target"), tr("The target (default: every target)."), tr("name") },
                { QStringLiteral("password-file"),
                    tr("A file holding the password, readable by its owner only."), tr("file") } },
            {}, member(this, &ModerationCommands::fetchInbox) },
    };
}

int ModerationCommands::importSubmissions(const Invocation &in)
{
    const QString file = in.argument(0);
    const QString source = in.value(QStringLiteral("source"), QStringLiteral("file"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        c.err << tr("“%1” cannot be read: %2").arg(file, f.errorString()) << Qt::endl;
        return 1;
    }
    if (f.size() > SubmissionParser::Limits {}.fileBytes) {
        c.err << tr("“%1” is too large to be a file of submissions.").arg(file) << Qt::endl;
        return 1;
    }
    const QByteArray bytes = f.readAll();
    auto store = c.openStore(true);
    if (!store)
        return 1;
    auto settings = store->siteSettings().load();
    if (!settings)
        return c.fail(settings.error());
    const QString name = QFileInfo(file).fileName();
    const QTimeZone zone(settings->timeZone.toUtf8());
    SubmissionBatch batch;
    if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        // A form service's export: the columns are guessed from their names, and said.
        const ContactCsv::Table table = ContactCsv::read(bytes, name);
        const QHash<QString, int> mapping = SubmissionCsv::guessMapping(table.header);
        QStringList used;
        for (const QString &field : SubmissionCsv::fields()) {
            if (mapping.value(field, -1) >= 0)
                used.append(QStringLiteral("%1 ← “%2”")
                                .arg(field, table.header.value(mapping.value(field))));
        }
        c.err << tr("columns: %1")
                     .arg(used.isEmpty() ? tr("none recognised") : used.join(QStringLiteral(", ")))
              << '\n';
        batch = SubmissionCsv::toSubmissions(
            table, mapping, source, name, QFileInfo(file).lastModified().toUTC(), zone);
    } else {
        batch = SubmissionParser::parseJson(bytes, source, name, zone);
    }
    if (!batch.fileError.isEmpty()) {
        c.err << batch.fileError << Qt::endl;
        return 1;
    }
    for (const SubmissionProblem &p : batch.problems)
        c.err << (p.refused ? tr("error: ") : tr("warning: ")) << p.toString() << '\n';
    auto added = store->submissions().add(batch.submissions);
    if (!added)
        return c.fail(added.error());
    for (const SubmissionProblem &p : added->problems)
        c.err << tr("error: ") << p.toString() << '\n';
    // Counts after a colon: a script can read them, and no plural is needed.
    c.out << tr("new submissions: %1, already there: %2, not taken: %3.")
                 .arg(added->added)
                 .arg(added->alreadyThere)
                 .arg(batch.refusedCount() + int(added->problems.size()))
          << Qt::endl;
    return batch.refusedCount() == 0 && added->problems.isEmpty() ? 0 : 1;
}

int ModerationCommands::listSubmissions(const Invocation &in)
{
    const QString state = in.value(QStringLiteral("state"), QStringLiteral("new"));
    const bool json = in.isSet(QStringLiteral("json"));
    SubmissionFilter filter;
    if (state != u"all") {
        Submission::State s;
        if (!SubmissionText::fromString(state, &s)) {
            c.err << tr("The state is new, approved, rejected, duplicate or all, not “%1”.")
                         .arg(state)
                  << Qt::endl;
            return 2;
        }
        filter.state = s;
    }
    auto store = c.openStore();
    if (!store)
        return 1;
    auto rows = store->submissions().list(filter);
    if (!rows)
        return c.fail(rows.error());
    QJsonArray array;
    for (const SubmissionRow &r : std::as_const(*rows)) {
        if (json) {
            QJsonObject o { { QStringLiteral("number"), r.id },
                { QStringLiteral("id"), r.externalId }, { QStringLiteral("source"), r.source },
                { QStringLiteral("received_at"), JsonFormat::isoUtc(r.receivedAt) },
                { QStringLiteral("kind"), SubmissionText::toString(r.kind) },
                { QStringLiteral("title"), r.title },
                { QStringLiteral("state"), SubmissionText::toString(r.state) },
                { QStringLiteral("submitter"), r.submitterName } };
            if (r.startsAt.isValid())
                o.insert(QStringLiteral("starts_at"), JsonFormat::isoUtc(r.startsAt));
            array.append(o);
        } else {
            c.out << r.id << '\t' << r.externalId << '\t' << SubmissionText::toString(r.state)
                  << '\t' << SubmissionText::toString(r.kind) << '\t'
                  << JsonFormat::isoUtc(r.receivedAt) << '\t' << r.title << '\n';
        }
    }
    if (json)
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    c.out.flush();
    return 0;
}

int ModerationCommands::approve(const Invocation &in)
{
    const QString as = in.value(QStringLiteral("as"));
    const QString status = in.value(QStringLiteral("status"), QStringLiteral("draft"));
    if (as != u"agenda" && as != u"article")
        return c.usage(tr("moderate approve needs --as agenda or --as article."));
    if (status != u"draft" && status != u"published")
        return c.usage(
            tr("The status of an approved item is draft or published, not “%1”.").arg(status));
    Submission found;
    auto store = openWithSubmission(c, in.argument(0), &found);
    if (!store)
        return 1;
    const Submission *submission = &found;
    auto made = Moderation::approve(
        *store, submission->id, as, status == u"published" ? Status::Published : Status::Draft);
    if (!made)
        return c.fail(made.error());
    c.out << tr("Approved %1: %2 %3 made (%4).")
                 .arg(submission->label(), made->itemType,
                     made->uuid.toString(QUuid::WithoutBraces), status)
          << Qt::endl;
    return 0;
}

int ModerationCommands::reject(const Invocation &in)
{
    const QString reason = in.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return c.usage(
            tr("moderate reject needs --reason TEXT: the reason is kept with the decision."));
    Submission found;
    auto store = openWithSubmission(c, in.argument(0), &found);
    if (!store)
        return 1;
    const Submission *submission = &found;
    if (auto r = Moderation::reject(*store, submission->id, reason); !r)
        return c.fail(r.error());
    c.out << tr("Rejected %1.").arg(submission->label()) << Qt::endl;
    return 0;
}

int ModerationCommands::markDuplicate(const Invocation &in, bool duplicate)
{
    Submission found;
    auto store = openWithSubmission(c, in.argument(0), &found);
    if (!store)
        return 1;
    const Submission *submission = &found;
    SubmissionDecision decision;
    decision.submissionId = submission->id;
    decision.action
        = duplicate ? SubmissionDecision::Action::Duplicate : SubmissionDecision::Action::Reopened;
    if (auto r = store->submissions().decide(decision); !r)
        return c.fail(r.error());
    c.out << (duplicate ? tr("Marked %1 as a duplicate.") : tr("Reopened %1."))
                 .arg(submission->label())
          << Qt::endl;
    return 0;
}

int ModerationCommands::fetchInbox(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    auto chosen = Console::chooseTargets(*store, in.value(QStringLiteral("target")));
    if (!chosen)
        return c.fail(chosen.error());
    const QList<PublishTarget> targets = *chosen;
    store.reset(); // the fetcher opens its own connection
    if (targets.isEmpty()) {
        c.err << tr("There is no target to fetch submissions from; add one with: target add "
                    "webdav|wordpress NAME --url "
                    "URL --user USER.")
              << Qt::endl;
        return 1;
    }
    bool allWell = true;
    for (const PublishTarget &t : std::as_const(targets)) {
        auto found = Console::passwordFor(t, in.value(QStringLiteral("password-file")));
        if (!found) {
            c.err << found.error().message << Qt::endl;
            allWell = false;
            continue;
        }
        const QString password = *found;
        InboxFetcher::Report report;
        if (t.isWordPress()) {
            WordPressPublisher publisher(c.database, t, password);
            report = publisher.fetchPending();
        } else {
            InboxFetcher fetcher(c.database, t, password);
            QEventLoop loop;
            QObject::connect(
                &fetcher, &InboxFetcher::finished, &loop, [&](const InboxFetcher::Report &r) {
                    report = r;
                    loop.quit();
                });
            QMetaObject::invokeMethod(
                &fetcher, [&fetcher] { fetcher.start(); }, Qt::QueuedConnection);
            loop.exec();
        }
        for (const QString &p : std::as_const(report.problems))
            c.err << t.name << ": " << p << '\n';
        if (!report.error.isEmpty()) {
            c.err << t.name << ": " << report.error << Qt::endl;
            allWell = false;
            continue;
        }
        c.out << (t.isWordPress() ? tr("%1: pending posts: %2, new submissions: %3, already there: "
                                       "%4, moved to the trash after a "
                                       "decision: %5 (%6 ms, %7 requests).")
                                  : tr("%1: files in the inbox: %2, new submissions: %3, already "
                                       "there: %4, moved out after a "
                                       "decision: %5 (%6 ms, %7 requests)."))
                     .arg(t.name)
                     .arg(report.listed)
                     .arg(report.added)
                     .arg(report.alreadyThere)
                     .arg(report.moved)
                     .arg(report.elapsedMs)
                     .arg(report.requests)
              << Qt::endl;
        if (!report.problems.isEmpty())
            allWell = false;
    }
    return allWell ? 0 : 1;
}

} // namespace Relais
