// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderation/inboxfetcher.h"

#include "moderation/submissionparser.h"
#include "content/remotepath.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Relais {

namespace {

enum Tag : quint64 { ListTag = 1, GetTag, FolderTag, MoveTag };

// Store what was read every so many submissions: a long fetch that stops keeps its work.
constexpr int StoreEvery = 500;

} // namespace

InboxFetcher::InboxFetcher(QString databasePath, PublishTarget target, QString password,
    WebDavClient::Options options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_target(std::move(target))
{
    m_client = new WebDavClient(
        m_target.url, m_target.username, password, m_target.trustedCertificate, options, this);
    connect(m_client, &WebDavClient::finished, this, &InboxFetcher::onResponse);
}

InboxFetcher::~InboxFetcher() = default;

void InboxFetcher::cancel()
{
    // Explicit context: lupdate loses the class after the "= default" destructor above.
    const QString cancelled = QCoreApplication::translate("Relais::InboxFetcher", "Cancelled.");
    QMetaObject::invokeMethod(
        this,
        [this, cancelled] {
            if (m_finished)
                return;
            m_client->cancelAll();
            m_report.cancelled = true;
            storeParsed();
            finish(cancelled);
        },
        Qt::QueuedConnection);
}

void InboxFetcher::start()
{
    m_clock.start();
    auto store = Store::open(m_databasePath, Database::Options::unchecked());
    if (!store) {
        finish(store.error().message);
        return;
    }
    m_store = std::move(*store);
    auto settings = m_store->siteSettings().load();
    if (!settings) {
        finish(settings.error().message);
        return;
    }
    m_folder = settings->inboxFolder;
    m_deleteAfter = settings->inboxDeleteAfterDecision;
    m_zone = QTimeZone(settings->timeZone.toUtf8());
    m_client->enqueue({ WebDavClient::Method::List, m_folder, {}, {}, ListTag, {} });
}

void InboxFetcher::onResponse(const WebDavClient::Response &response)
{
    if (m_finished)
        return;
    switch (response.tag) {
    case ListTag:
        onListed(response);
        break;
    case GetTag:
        onDownloaded(response);
        break;
    case FolderTag:
        if (!response.ok) {
            finish(tr("The folder %1done/ cannot be made on “%2”: %3")
                       .arg(m_folder, m_target.name, response.error));
            return;
        }
        break;
    case MoveTag:
        --m_pendingMoves;
        if (response.ok
            || (response.method == WebDavClient::Method::Move && response.status == 404)) {
            if (auto r
                = m_store->submissions().clearRemotePath(sourceName(m_target), response.path);
                !r) {
                finish(r.error().message);
                return;
            }
            ++m_report.moved;
        } else {
            m_report.problems.append(tr("%1 could not be moved out of the inbox: %2")
                                         .arg(response.path, response.error));
        }
        if (m_pendingMoves == 0)
            finish();
        break;
    default:
        break;
    }
}

void InboxFetcher::onListed(const WebDavClient::Response &response)
{
    if (!response.ok) {
        if (response.status == 404)
            finish(tr("There is no inbox folder “%1” on “%2”.").arg(m_folder, m_target.name));
        else
            finish(tr("The inbox “%1” of “%2” cannot be listed: %3")
                       .arg(m_folder, m_target.name, response.error));
        return;
    }
    auto folderUrl = RemotePath::join(m_target.url, m_folder);
    if (!folderUrl) {
        finish(folderUrl.error().message);
        return;
    }
    auto names = parseListing(response.body, *folderUrl);
    if (!names) {
        finish(tr("The answer of “%1” to the listing of its inbox is not usable: %2")
                   .arg(m_target.name, names.error().message));
        return;
    }
    auto known = m_store->submissions().remotePaths(sourceName(m_target));
    if (!known) {
        finish(known.error().message);
        return;
    }
    for (const QString &name : std::as_const(*names)) {
        const QString path = m_folder + name;
        if (!name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            || !RemotePath::isSafe(path)) {
            m_report.problems.append(
                tr("%1 is not a submission file (name.json); left in the inbox.")
                    .arg(SubmissionParser::cleanLine(path).left(200)));
            continue;
        }
        ++m_report.listed;
        if (!known->contains(path))
            m_wanted.append(path);
    }
    emit progress(0, int(m_wanted.size()));
    if (m_wanted.isEmpty()) {
        startMoves();
        return;
    }
    m_pendingDownloads = int(m_wanted.size());
    for (const QString &path : std::as_const(m_wanted))
        m_client->enqueue({ WebDavClient::Method::Get, path, {}, {}, GetTag, {} });
}

void InboxFetcher::onDownloaded(const WebDavClient::Response &response)
{
    --m_pendingDownloads;
    if (!response.ok) {
        m_report.problems.append(
            tr("%1 could not be downloaded: %2").arg(response.path, response.error));
    } else if (response.body.size() > MaxFileBytes) {
        m_report.problems.append(
            tr("%1 is too large for a submission file (%2); left in the inbox.")
                .arg(response.path, QLocale().formattedDataSize(response.body.size())));
    } else {
        ++m_report.downloaded;
        QElapsedTimer parse;
        parse.start();
        SubmissionBatch batch = SubmissionParser::parseJson(
            response.body, sourceName(m_target), response.path, m_zone);
        if (!batch.fileError.isEmpty())
            m_report.problems.append(batch.fileError);
        // Refusals are reported; warnings stay with their submission (its review shows them).
        for (const SubmissionProblem &p : std::as_const(batch.problems)) {
            if (p.refused)
                m_report.problems.append(p.toString());
            else
                ++m_report.warnings;
        }
        for (Submission &s : batch.submissions) {
            s.remotePath = response.path;
            m_parsed.append(std::move(s));
        }
        m_parseNs += parse.nsecsElapsed();
        m_report.parseMs = m_parseNs / 1000000;
    }
    emit progress(int(m_wanted.size()) - m_pendingDownloads, int(m_wanted.size()));
    if (m_parsed.size() >= StoreEvery)
        storeParsed();
    if (m_pendingDownloads == 0 && !m_finished) {
        storeParsed();
        if (!m_finished)
            startMoves();
    }
}

void InboxFetcher::storeParsed()
{
    if (m_parsed.isEmpty() || !m_store)
        return;
    auto added = m_store->submissions().add(m_parsed);
    m_parsed.clear();
    if (!added) {
        finish(added.error().message);
        return;
    }
    m_report.added += added->added;
    m_report.alreadyThere += added->alreadyThere;
    for (const SubmissionProblem &p : std::as_const(added->problems))
        m_report.problems.append(p.toString());
}

void InboxFetcher::startMoves()
{
    auto files = m_store->submissions().decidedInboxFiles(sourceName(m_target));
    if (!files) {
        finish(files.error().message);
        return;
    }
    if (files->isEmpty()) {
        finish();
        return;
    }
    m_pendingMoves = int(files->size());
    if (!m_deleteAfter)
        m_client->enqueue({ WebDavClient::Method::Mkcol, m_folder + QStringLiteral("done/"), {}, {},
            FolderTag, {} });
    for (const QString &path : std::as_const(*files)) {
        if (m_deleteAfter) {
            m_client->enqueue({ WebDavClient::Method::Delete, path, {}, {}, MoveTag, {} });
        } else {
            const QString name = path.section(QLatin1Char('/'), -1);
            m_client->enqueue({ WebDavClient::Method::Move, path, {}, {}, MoveTag,
                m_folder + QStringLiteral("done/") + name });
        }
    }
}

void InboxFetcher::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!error.isEmpty() && m_client->busy() > 0)
        m_client->cancelAll();
    m_report.error = error;
    m_report.ok = error.isEmpty() && !m_report.cancelled;
    m_report.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_report.requests = m_client->requestsSent();
    emit finished(m_report);
}

Result<QStringList> InboxFetcher::parseListing(const QByteArray &xml, const QUrl &folder)
{
    const QString dav = QStringLiteral("DAV:");
    QXmlStreamReader reader(xml);
    QStringList names;
    QString href;
    bool collection = false;
    bool inResponse = false;
    bool sawMultistatus = false;
    QString folderPath = folder.path(QUrl::FullyDecoded);
    if (!folderPath.endsWith(QLatin1Char('/')))
        folderPath += QLatin1Char('/');
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == dav) {
            const auto name = reader.name();
            if (name == u"multistatus") {
                sawMultistatus = true;
            } else if (name == u"response") {
                inResponse = true;
                href.clear();
                collection = false;
            } else if (name == u"href" && inResponse) {
                href = reader.readElementText().trimmed();
            } else if (name == u"collection" && inResponse) {
                collection = true;
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == dav
            && reader.name() == u"response") {
            inResponse = false;
            if (collection || href.isEmpty())
                continue;
            // An href is a path or a whole URL, percent-encoded.
            const QUrl url = folder.resolved(QUrl::fromEncoded(href.toUtf8()));
            if (url.host() != folder.host() || url.port() != folder.port())
                continue;
            const QString path = url.path(QUrl::FullyDecoded);
            if (!path.startsWith(folderPath) || path.size() == folderPath.size())
                continue;
            const QString name = path.mid(folderPath.size());
            if (name.contains(QLatin1Char('/')))
                continue;
            names.append(name);
        }
        if (names.size() > 1000000)
            return Error::invalid(tr("more than a million files listed."));
    }
    if (reader.hasError())
        return Error::invalid(
            tr("not WebDAV XML (%1, line %2).").arg(reader.errorString()).arg(reader.lineNumber()));
    if (!sawMultistatus)
        return Error::invalid(tr("not a WebDAV listing (no multistatus)."));
    names.sort();
    return names;
}

} // namespace Relais
