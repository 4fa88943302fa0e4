// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WordPressPublisher: the site's pending posts as submissions (the moderation source).
#include "publish/wordpresspublisher.h"
#include "publish/wordpresspublisher_p.h"

#include "content/vocabulary.h"
#include "exchange/htmlmarkdown.h"
#include "moderation/submissionparser.h"
#include "render/markdown.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QSet>
#include <QUrlQuery>

namespace Relais {

using WordPressDetail::rawOf;

void WordPressPublisher::adoptApproved(Context &c)
{
    const QString source = sourceName(m_target);
    auto decided = m_store->submissions().decidedInboxFiles(source);
    if (!decided)
        return check(decided.error());
    if (decided->isEmpty())
        return;
    auto rows = m_store->submissions().list(SubmissionFilter { std::nullopt, source });
    if (!rows)
        return check(rows.error());
    for (const SubmissionRow &row : std::as_const(*rows)) {
        if (row.state != Submission::State::Approved)
            continue;
        auto s = m_store->submissions().load(row.id);
        if (!s)
            continue;
        if (!decided->contains(s->remotePath) || s->itemUuid.isNull())
            continue;
        const qint64 remoteId = s->extra.value(QStringLiteral("wordpress_post")).toInteger();
        if (remoteId <= 0)
            continue;
        auto taken = m_store->wordpress().linkOfRemote(m_target.id, remoteId);
        if (!taken || taken->has_value() || c.links.contains(s->itemUuid)) {
            check(m_store->submissions().clearRemotePath(source, s->remotePath));
            continue;
        }
        WordPressLink l;
        l.targetId = m_target.id;
        l.item = s->itemUuid;
        l.itemType = s->itemType;
        l.remoteId = remoteId;
        l.remoteStatus = QStringLiteral("pending");
        l.remoteModified = s->extra.value(QStringLiteral("wordpress_modified")).toString();
        l.state = WordPressLink::State::Synced; // sentHash empty: the next publish writes the item
                                                // there
        check(m_store->wordpress().saveLink(l));
        check(m_store->wordpress().log(WordPressLogEntry {
            0, m_target.id, {}, l.item, remoteId, QStringLiteral("adopted"), s->externalId }));
        check(m_store->submissions().clearRemotePath(source, s->remotePath));
        c.links.insert(l.item, l);
    }
}

InboxFetcher::Report WordPressPublisher::fetchPending()
{
    InboxFetcher::Report report;
    QElapsedTimer clock;
    clock.start();
    auto done = [&](const QString &error = {}) {
        report.error = error;
        report.ok = error.isEmpty() && !m_cancelled;
        report.cancelled = m_cancelled;
        report.elapsedMs = clock.elapsed();
        report.requests = requests();
        if (!m_storeErrors.isEmpty()) {
            report.ok = false;
            report.error += m_storeErrors.join(QLatin1Char('\n'));
        }
        return report;
    };
    if (auto r = connect(); !r)
        return done(r.error().message);
    auto settings = m_store->siteSettings().load();
    if (!settings)
        return done(settings.error().message);
    const QTimeZone zone(settings->timeZone.toUtf8());
    const QString source = sourceName(m_target);
    auto categories = readCategories();
    if (!categories)
        return done(categories.error().message);
    const QHash<qint64, QString> slugs = *categories;
    auto known = m_store->submissions().remotePaths(source);
    if (!known)
        return done(known.error().message);
    QList<Submission> parsed;
    for (int page = 1, pages = 1; page <= pages && !m_cancelled; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
        q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("_embed"), QStringLiteral("author"));
        const auto r = m_client->get(QStringLiteral("wp/v2/posts"), q);
        if (!r.ok)
            return done(r.error);
        pages = r.totalPages();
        emit progress(page, pages);
        for (const QJsonValue v : r.array()) {
            const QJsonObject post = v.toObject();
            const qint64 id = post.value(QStringLiteral("id")).toInteger();
            ++report.listed;
            const QString path = QStringLiteral("wp:%1").arg(id);
            const auto ours = m_store->wordpress().linkOfRemote(m_target.id, id);
            if (known->contains(path) || (ours && ours->has_value()))
                continue; // read before, or one of ours waiting for review
            // The submission format, filled from the post; the reader checks it as any other.
            QJsonObject s;
            s.insert(QStringLiteral("id"), QStringLiteral("wp-%1").arg(id));
            QString received = post.value(QStringLiteral("date_gmt")).toString();
            if (received.isEmpty())
                received = post.value(QStringLiteral("modified_gmt")).toString();
            s.insert(QStringLiteral("received_at"), QString(received + QLatin1Char('Z')));
            QStringList sections;
            bool agenda = false;
            for (const QJsonValue cat : post.value(QStringLiteral("categories")).toArray()) {
                const QString slug = slugs.value(cat.toInteger());
                agenda = agenda || slug == u"agenda";
                if (Vocabulary::isSection(slug))
                    sections.append(slug);
            }
            s.insert(
                QStringLiteral("kind"), agenda ? QStringLiteral("event") : QStringLiteral("news"));
            s.insert(QStringLiteral("title"), rawOf(post, QStringLiteral("title")));
            const auto body = HtmlMarkdown::fromHtml(rawOf(post, QStringLiteral("content")));
            s.insert(
                QStringLiteral("body"), body.text); // HTML that does not convert is shown as text
            if (!sections.isEmpty())
                s.insert(QStringLiteral("sections"), QJsonArray::fromStringList(sections));
            const QJsonArray authors = post.value(QStringLiteral("_embedded"))
                                           .toObject()
                                           .value(QStringLiteral("author"))
                                           .toArray();
            QJsonObject submitter;
            QString author = authors.isEmpty()
                ? QString()
                : authors.at(0).toObject().value(QStringLiteral("name")).toString();
            if (author.isEmpty()) // WordPress shows users without published posts only to those who
                                  // may list users
                author
                    = tr("WordPress user %1").arg(post.value(QStringLiteral("author")).toInteger());
            submitter.insert(QStringLiteral("name"), author);
            s.insert(QStringLiteral("submitter"), submitter);
            s.insert(QStringLiteral("wordpress_post"), id);
            s.insert(QStringLiteral("wordpress_modified"),
                post.value(QStringLiteral("modified_gmt")).toString());
            s.insert(
                QStringLiteral("wordpress_link"), post.value(QStringLiteral("link")).toString());
            SubmissionBatch batch
                = SubmissionParser::parseJson(QJsonDocument(s).toJson(QJsonDocument::Compact),
                    source, QStringLiteral("%1 post %2").arg(m_target.name).arg(id), zone);
            for (const SubmissionProblem &p : std::as_const(batch.problems)) {
                if (p.refused)
                    report.problems.append(p.toString());
            }
            for (Submission &sub : batch.submissions) {
                sub.remotePath = path;
                parsed.append(sub);
            }
            ++report.downloaded;
        }
    }
    if (!parsed.isEmpty()) {
        auto added = m_store->submissions().add(parsed);
        if (!added)
            return done(added.error().message);
        report.added += added->added;
        report.alreadyThere += added->alreadyThere;
        for (const SubmissionProblem &p : std::as_const(added->problems))
            report.problems.append(p.toString());
    }
    // After a decision: approved ones become their item's post; the others go to the trash.
    Context c;
    auto links = m_store->wordpress().links(m_target.id);
    if (links)
        c.links = *links;
    adoptApproved(c);
    auto decided = m_store->submissions().decidedInboxFiles(source);
    if (!decided)
        return done(decided.error().message);
    for (const QString &path : std::as_const(*decided)) {
        if (m_cancelled)
            break;
        const qint64 id = path.mid(3).toLongLong();
        const auto r = m_client->remove(QStringLiteral("wp/v2/posts/%1").arg(id));
        if (r.ok || r.problem == WordPressClient::Problem::Gone
            || r.code == u"rest_already_trashed") {
            check(m_store->submissions().clearRemotePath(source, path));
            check(m_store->wordpress().log(WordPressLogEntry { 0, m_target.id, {}, {}, id,
                QStringLiteral("trashed"), QStringLiteral("submission not approved") }));
            ++report.moved;
        } else {
            report.problems.append(
                tr("Post %1 could not be moved to the trash after its rejection: %2")
                    .arg(id)
                    .arg(r.error));
        }
    }
    return done();
}

} // namespace Relais
