// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the moderation commands (import submissions, inbox fetch, list submissions,
// moderate).
#include "commandline.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::CommandLine", text);
}

} // namespace

int CommandLine::importSubmissions(
    const QString &database, const QString &file, const QString &source)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_err << tr("“%1” cannot be read: %2").arg(file, f.errorString()) << Qt::endl;
        return 1;
    }
    if (f.size() > SubmissionParser::Limits {}.fileBytes) {
        m_err << tr("“%1” is too large to be a file of submissions.").arg(file) << Qt::endl;
        return 1;
    }
    const QByteArray bytes = f.readAll();
    auto store = openStore(database, true);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto settings = (*store)->siteSettings().load();
    if (!settings) {
        m_err << settings.error().message << Qt::endl;
        return 1;
    }
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
        m_err << tr("columns: %1")
                     .arg(used.isEmpty() ? tr("none recognised") : used.join(QStringLiteral(", ")))
              << '\n';
        batch = SubmissionCsv::toSubmissions(
            table, mapping, source, name, QFileInfo(file).lastModified().toUTC(), zone);
    } else {
        batch = SubmissionParser::parseJson(bytes, source, name, zone);
    }
    if (!batch.fileError.isEmpty()) {
        m_err << batch.fileError << Qt::endl;
        return 1;
    }
    for (const SubmissionProblem &p : batch.problems)
        m_err << (p.refused ? tr("error: ") : tr("warning: ")) << p.toString() << '\n';
    auto added = (*store)->submissions().add(batch.submissions);
    if (!added) {
        m_err << added.error().message << Qt::endl;
        return 1;
    }
    for (const SubmissionProblem &p : added->problems)
        m_err << tr("error: ") << p.toString() << '\n';
    // Counts after a colon: a script can read them, and no plural is needed.
    m_out << tr("new submissions: %1, already there: %2, not taken: %3.")
                 .arg(added->added)
                 .arg(added->alreadyThere)
                 .arg(batch.refusedCount() + int(added->problems.size()))
          << Qt::endl;
    return batch.refusedCount() == 0 && added->problems.isEmpty() ? 0 : 1;
}

int CommandLine::listSubmissions(const QString &database, const QString &state, bool json)
{
    SubmissionFilter filter;
    if (state != u"all") {
        Submission::State s;
        if (!SubmissionText::fromString(state, &s)) {
            m_err << tr("The state is new, approved, rejected, duplicate or all, not “%1”.")
                         .arg(state)
                  << Qt::endl;
            return 2;
        }
        filter.state = s;
    }
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto rows = (*store)->submissions().list(filter);
    if (!rows) {
        m_err << rows.error().message << Qt::endl;
        return 1;
    }
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
            m_out << r.id << '\t' << r.externalId << '\t' << SubmissionText::toString(r.state)
                  << '\t' << SubmissionText::toString(r.kind) << '\t'
                  << JsonFormat::isoUtc(r.receivedAt) << '\t' << r.title << '\n';
        }
    }
    if (json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    m_out.flush();
    return 0;
}

int CommandLine::moderate(const QString &database, const QStringList &args, const QString &as,
    const QString &status, const QString &reason)
{
    const QString action = args.value(0);
    const QStringList actions { QStringLiteral("approve"), QStringLiteral("reject"),
        QStringLiteral("duplicate"), QStringLiteral("reopen") };
    if (args.size() != 2 || !actions.contains(action)) {
        m_err << tr("Usage: moderate approve ID --as agenda|article [--status draft|published], "
                    "moderate reject ID --reason TEXT, moderate duplicate ID, moderate reopen ID.")
              << Qt::endl;
        return 2;
    }
    if (action == u"approve" && as != u"agenda" && as != u"article") {
        m_err << tr("moderate approve needs --as agenda or --as article.") << Qt::endl;
        return 2;
    }
    if (action == u"approve" && status != u"draft" && status != u"published") {
        m_err << tr("The status of an approved item is draft or published, not “%1”.").arg(status)
              << Qt::endl;
        return 2;
    }
    if (action == u"reject" && reason.trimmed().isEmpty()) {
        m_err << tr("moderate reject needs --reason TEXT: the reason is kept with the decision.")
              << Qt::endl;
        return 2;
    }
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto submission = (*store)->submissions().find(args.at(1));
    if (!submission) {
        m_err << submission.error().message << Qt::endl;
        return 1;
    }
    if (action == u"approve") {
        auto made = Moderation::approve(**store, submission->id, as,
            status == u"published" ? Status::Published : Status::Draft);
        if (!made) {
            m_err << made.error().message << Qt::endl;
            return 1;
        }
        m_out << tr("Approved %1: %2 %3 made (%4).")
                     .arg(submission->label(), made->itemType,
                         made->uuid.toString(QUuid::WithoutBraces), status)
              << Qt::endl;
        return 0;
    }
    if (action == u"reject") {
        if (auto r = Moderation::reject(**store, submission->id, reason); !r) {
            m_err << r.error().message << Qt::endl;
            return 1;
        }
        m_out << tr("Rejected %1.").arg(submission->label()) << Qt::endl;
        return 0;
    }
    SubmissionDecision decision;
    decision.submissionId = submission->id;
    decision.action = action == u"duplicate" ? SubmissionDecision::Action::Duplicate
                                             : SubmissionDecision::Action::Reopened;
    decision.reason = reason;
    if (auto r = (*store)->submissions().decide(decision); !r) {
        m_err << r.error().message << Qt::endl;
        return 1;
    }
    m_out << (action == u"duplicate" ? tr("Marked %1 as a duplicate.") : tr("Reopened %1."))
                 .arg(submission->label())
          << Qt::endl;
    return 0;
}

int CommandLine::fetchInbox(
    const QString &database, const QString &targetName, const QString &passwordFile)
{
    auto store = openStore(database, false);
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    auto chosen = chooseTargets(**store, targetName);
    if (!chosen) {
        m_err << chosen.error().message << Qt::endl;
        return 1;
    }
    const QList<PublishTarget> targets = *chosen;
    store->reset(); // the fetcher opens its own connection
    if (targets.isEmpty()) {
        m_err << tr("There is no target to fetch submissions from; add one with: target add "
                    "webdav|wordpress NAME --url "
                    "URL --user USER.")
              << Qt::endl;
        return 1;
    }
    bool allWell = true;
    for (const PublishTarget &t : std::as_const(targets)) {
        auto found = passwordFor(t, passwordFile);
        if (!found) {
            m_err << found.error().message << Qt::endl;
            allWell = false;
            continue;
        }
        const QString password = *found;
        InboxFetcher::Report report;
        if (t.isWordPress()) {
            WordPressPublisher publisher(database, t, password);
            report = publisher.fetchPending();
        } else {
            InboxFetcher fetcher(database, t, password);
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
            m_err << t.name << ": " << p << '\n';
        if (!report.error.isEmpty()) {
            m_err << t.name << ": " << report.error << Qt::endl;
            allWell = false;
            continue;
        }
        m_out << (t.isWordPress() ? tr("%1: pending posts: %2, new submissions: %3, already there: "
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
