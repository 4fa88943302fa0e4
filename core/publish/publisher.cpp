// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/publisher.h"

#include "content/remotepath.h"
#include "render/sitebuilder.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

namespace Relais {

namespace {

constexpr int MaxErrorsKept = 50;

bool isFatal(WebDavClient::Problem problem)
{
    using P = WebDavClient::Problem;
    return problem == P::Unauthorized || problem == P::Forbidden || problem == P::NotDav
        || problem == P::Tls || problem == P::HostNotFound || problem == P::Redirect;
}

} // namespace

// Skips the detail pages whose inputs did not change and whose bytes the server holds.
struct Publisher::Cache : SiteBuilder::PageCache
{
    QHash<QString, CachedPage> entries;
    QHash<QString, CachedPage> changed;
    const FileMap *basis = nullptr;
    FileMap *local = nullptr;
    QString pendingPath;
    QByteArray pendingKey;

    bool has(const QString &path, const QByteArray &key) override
    {
        const auto it = entries.constFind(path);
        if (it == entries.cend() || it->key != key)
            return false;
        const auto there = basis->constFind(path);
        if (there == basis->cend() || *there != it->state)
            return false; // the server needs the bytes: render them
        local->insert(path, it->state);
        return true;
    }
    void rendering(const QString &path, const QByteArray &key) override
    {
        pendingPath = path;
        pendingKey = key;
    }
    bool isEmpty() const override { return entries.isEmpty(); }
};

Publisher::Publisher(
    QString databasePath, PublishTarget target, QString password, Options options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_target(std::move(target))
    , m_options(std::move(options))
{
    qRegisterMetaType<Prepared>();
    qRegisterMetaType<Summary>();
    m_client = new WebDavClient(m_target.url, m_target.username, password,
        m_target.trustedCertificate, m_options.http, this);
    connect(
        m_client, &WebDavClient::finished, this, [this](const WebDavClient::Response &response) {
            if (response.tag == 0)
                onServerManifest(response);
            else
                onResponse(response);
        });
}

Publisher::~Publisher() = default;

void Publisher::prepare(const QDateTime &at)
{
    m_clock.start();
    m_at = at;
    auto store = Store::open(m_databasePath, Database::Options::unchecked());
    if (!store)
        return fail(store.error().message);
    m_store = std::move(*store);
    m_repo = std::make_unique<PublishRepository>(m_store->database());
    auto locked = m_repo->lockTarget(m_target.id);
    if (!locked)
        return fail(locked.error().message);
    if (!*locked)
        return fail(tr("Somebody else is publishing to %1 right now (from another desktop or "
                       "relais-cli); nothing was sent. Publish again when they are done.")
                        .arg(m_target.name));
    m_holdsLock = true;
    // The target as it stands now (the manifest last written may have changed).
    auto fresh = m_repo->target(m_target.id);
    if (!fresh)
        return fail(fresh.error().message);
    m_target.lastManifest = fresh->lastManifest;
    auto resuming = m_repo->unfinishedRun(m_target.id);
    if (!resuming)
        return fail(resuming.error().message);
    m_prepared.resuming = *resuming;
    auto files = m_repo->files(m_target.id);
    if (!files)
        return fail(files.error().message);
    m_basis = *files;
    emit status(tr("Reading what %1 holds…").arg(m_target.name));
    readServerManifest();
}

void Publisher::readServerManifest()
{
    m_client->enqueue(WebDavClient::Request {
        WebDavClient::Method::Get, QString::fromLatin1(Manifest::Path), {}, {}, 0, {} });
}

void Publisher::onServerManifest(const WebDavClient::Response &response)
{
    if (m_cancelled)
        return finish(RunState::Cancelled);
    QByteArray serverBytes;
    bool serverHasManifest = false;
    if (response.ok) {
        serverBytes = response.body;
        serverHasManifest = true;
    } else if (response.problem != WebDavClient::Problem::NotFound) {
        return fail(response.error);
    }

    auto distrustAll = [this](const FileMap &server) {
        // Trust what both accounts agree on; anything else has an unknown state.
        FileMap basis;
        for (auto it = m_basis.cbegin(); it != m_basis.cend(); ++it) {
            const auto there = server.constFind(it.key());
            basis.insert(it.key(), there != server.cend() && *there == *it ? *it : FileState {});
        }
        for (auto it = server.cbegin(); it != server.cend(); ++it) {
            if (!basis.contains(it.key()))
                basis.insert(it.key(), *it);
        }
        m_basis = basis;
    };

    if (serverHasManifest && serverBytes != m_target.lastManifest) {
        m_prepared.serverChanged = true;
        auto server = Manifest::fromJson(serverBytes);
        if (!server) {
            m_prepared.serverChanges
                = tr("The manifest on the server cannot be read: %1").arg(server.error().message);
            distrustAll({});
            for (auto it = m_basis.begin(); it != m_basis.end(); ++it)
                *it = FileState {};
        } else {
            FileMap ours;
            if (!m_target.lastManifest.isEmpty()) {
                if (auto last = Manifest::fromJson(m_target.lastManifest))
                    ours = *last;
            }
            const Manifest::Difference d = Manifest::compare(ours, *server);
            m_prepared.serverChanges = (m_target.lastManifest.isEmpty()
                                               ? tr("Somebody else published to this place: its "
                                                    "manifest was not written from this database.")
                                               : tr("The site on the server changed since this "
                                                    "database last published it."))
                + (d.isEmpty() ? QString() : QLatin1Char('\n') + d.describe());
            distrustAll(*server);
        }
    } else if (!serverHasManifest && !m_target.lastManifest.isEmpty()) {
        m_prepared.serverChanged = true;
        m_prepared.serverChanges = tr("The manifest this database wrote to the server is gone: the "
                                      "site there was removed or replaced.");
        for (auto it = m_basis.begin(); it != m_basis.end(); ++it)
            *it = FileState {};
    }
    render();
}

void Publisher::render()
{
    emit status(tr("Rendering the site…"));
    QElapsedTimer renderClock;
    renderClock.start();
    m_staging = std::make_unique<QTemporaryDir>(
        (m_options.stagingRoot.isEmpty() ? QDir::tempPath() : m_options.stagingRoot)
        + QStringLiteral("/relais-publish-XXXXXX"));
    if (!m_staging->isValid())
        return fail(
            tr("No temporary folder for the rendered site: %1").arg(m_staging->errorString()));

    auto theme = Theme::load();
    if (!theme)
        return fail(theme.error().message);
    auto settings = m_store->siteSettings().load();
    if (!settings)
        return fail(settings.error().message);
    SiteBuilder builder(*m_store, *settings, *theme);
    Cache cache;
    if (auto entries = m_repo->renderCache())
        cache.entries = *entries;
    cache.basis = &m_basis;
    cache.local = &m_local;
    builder.setPageCache(&cache);
    const QDir staging(m_staging->path());
    QSet<QString> folders;
    auto report
        = builder.build(m_at, [&](const QString &path, const QByteArray &content) -> Result<void> {
              if (m_cancelled)
                  return Error::failed(tr("Cancelled."));
              if (!RemotePath::isSafe(path) || path == QLatin1String(Manifest::Path))
                  return Error::failed(
                      tr("The renderer made a path that cannot be published: “%1”.").arg(path));
              const FileState state {
                  QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
                  content.size()
              };
              m_local.insert(path, state);
              if (path == cache.pendingPath) {
                  cache.changed.insert(path, CachedPage { cache.pendingKey, state });
                  cache.pendingPath.clear();
              }
              const auto there = m_basis.constFind(path);
              if (there != m_basis.cend() && *there == state)
                  return {}; // the server has it
              // Pages wait in memory up to a budget, then in the staging folder.
              if (m_memoryBytes + content.size() <= m_options.memoryBudget) {
                  m_memory.insert(path, content);
                  m_memoryBytes += content.size();
                  return {};
              }
              const QString file = staging.filePath(path);
              const QString folder = QFileInfo(file).path();
              if (!folders.contains(folder)) {
                  if (!QDir().mkpath(folder))
                      return Error::failed(tr("Cannot make the folder “%1”.").arg(folder));
                  folders.insert(folder);
              }
              QFile out(file);
              if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
                  return Error::failed(tr("Cannot write “%1”: %2").arg(file, out.errorString()));
              return {};
          });
    if (!report) {
        if (m_cancelled)
            return finish(RunState::Cancelled);
        return fail(report.error().message);
    }
    if (auto r = m_repo->saveRenderCache(cache.changed); !r)
        return fail(r.error().message);
    m_prepared.files = report->pages;
    m_prepared.skipped = report->skipped;
    m_prepared.siteBytes = report->bytes;
    m_prepared.renderMs = renderClock.elapsed();

    m_manifest = Manifest::toJson(m_local, m_at);
    FileMap lastFiles;
    if (auto last = Manifest::fromJson(m_target.lastManifest))
        lastFiles = *last;
    const bool writeManifest = m_prepared.serverChanged || lastFiles != m_local;
    m_prepared.plan = PublishPlan::make(m_local, m_basis, m_manifest, writeManifest);
    // The time a person takes to read the plan before Publish is not the publish's.
    m_preparedMs = m_clock.elapsed();
    m_clock.invalidate();
    emit prepared(m_prepared);
}

void Publisher::run(bool overwrite)
{
    if (m_finished)
        return;
    m_clock.start();
    if (m_cancelled)
        return finish(RunState::Cancelled);
    if (m_prepared.serverChanged && !overwrite)
        return fail(tr(
            "The site on the server changed since this database published it; not overwritten."));
    if (m_prepared.serverChanged) {
        if (auto r = m_repo->replaceFiles(m_target.id, m_basis); !r)
            return fail(r.error().message);
    }
    auto runId = m_repo->startRun(m_target.id, m_prepared.plan, m_store->database().now(), m_at,
        m_prepared.resuming ? m_prepared.resuming->id : 0);
    if (!runId)
        return fail(runId.error().message);
    m_runId = *runId;
    if (m_prepared.plan.isEmpty()) {
        m_summary.nothingToDo = true;
        return finish(RunState::Done);
    }
    emit status(tr("Publishing to %1…").arg(m_target.name));
    emit progress(0, int(m_prepared.plan.steps.size()), 0, m_prepared.plan.bytes);
    startPhase();
}

void Publisher::startPhase()
{
    const auto &steps = m_prepared.plan.steps;
    if (m_next >= steps.size())
        return finish(RunState::Done);
    m_phase = steps.at(m_next).phase;
    m_phaseFailed = false;
    const QDir staging(m_staging->path());
    while (m_next < steps.size() && steps.at(m_next).phase == m_phase) {
        const PublishStep &step = steps.at(m_next);
        WebDavClient::Request request;
        request.path = step.path;
        request.tag = quint64(m_next) + 1;
        switch (step.action) {
        case PublishStep::Action::Mkcol:
            request.method = WebDavClient::Method::Mkcol;
            break;
        case PublishStep::Action::Delete:
            request.method = WebDavClient::Method::Delete;
            break;
        case PublishStep::Action::Put:
            request.method = WebDavClient::Method::Put;
            if (step.path == QLatin1String(Manifest::Path))
                request.body = m_manifest;
            else if (const auto it = m_memory.constFind(step.path); it != m_memory.cend())
                request.body = *it;
            else
                request.sourceFile = staging.filePath(step.path);
            break;
        }
        ++m_inPhase;
        ++m_next;
        m_client->enqueue(request);
    }
}

void Publisher::onResponse(const WebDavClient::Response &response)
{
    if (m_finished)
        return;
    const int seq = int(response.tag) - 1;
    const PublishStep &step = m_prepared.plan.steps.at(seq);
    --m_inPhase;
    if (response.ok) {
        m_doneSteps.append(seq);
        if (m_doneSteps.size() >= 256)
            flushDoneSteps();
        if (auto r = m_repo->fileArrived(m_target.id, step); !r) {
            m_client->cancelAll();
            return fail(
                tr("The publish could not be recorded in the database: %1").arg(r.error().message));
        }
        ++m_stepsDone;
        switch (step.action) {
        case PublishStep::Action::Put:
            if (const auto it = m_memory.constFind(step.path); it != m_memory.cend()) {
                m_memoryBytes -= it->size();
                m_memory.erase(it);
            }
            ++m_summary.uploaded;
            m_summary.bytes += step.state.size;
            m_bytesDone += step.state.size;
            if (step.path == QLatin1String(Manifest::Path)) {
                if (auto r = m_repo->setLastManifest(m_target.id, m_manifest); !r) {
                    m_client->cancelAll();
                    return fail(r.error().message);
                }
            }
            break;
        case PublishStep::Action::Delete:
            ++m_summary.deleted;
            break;
        case PublishStep::Action::Mkcol:
            ++m_summary.folders;
            break;
        }
        emit progress(
            m_stepsDone, int(m_prepared.plan.steps.size()), m_bytesDone, m_prepared.plan.bytes);
    } else if (response.problem == WebDavClient::Problem::Unreachable) {
        // The server was given up (HttpSession's budget): stop now, say how far it came; the
        // steps done are recorded, so the next publish goes on from there.
        ++m_summary.failed;
        m_client->cancelAll();
        return fail(tr("%1 %2 of %3 steps were done; the next publish goes on from there.")
                        .arg(response.error)
                        .arg(m_stepsDone)
                        .arg(m_prepared.plan.steps.size()));
    } else if (response.problem != WebDavClient::Problem::Cancelled) {
        ++m_summary.failed;
        if (m_summary.errors.size() < MaxErrorsKept)
            m_summary.errors.append(response.error);
        (void)m_repo->stepFailed(m_runId, seq, response.error);
        m_phaseFailed = true;
        if (isFatal(response.problem)) {
            m_client->cancelAll();
            return finish(RunState::Failed);
        }
    }
    if (m_cancelled) {
        if (m_client->busy() == 0)
            finish(RunState::Cancelled);
        return;
    }
    if (m_inPhase == 0) {
        flushDoneSteps();
        if (m_phaseFailed)
            return finish(RunState::Failed);
        startPhase();
    }
}

void Publisher::flushDoneSteps()
{
    if (m_doneSteps.isEmpty() || !m_repo)
        return;
    if (auto r = m_repo->stepsDone(m_runId, m_doneSteps);
        !r && m_summary.errors.size() < MaxErrorsKept)
        m_summary.errors.append(r.error().message);
    m_doneSteps.clear();
}

void Publisher::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, &Publisher::doCancel, Qt::QueuedConnection);
}

void Publisher::doCancel()
{
    if (m_finished)
        return;
    if (m_client->busy() > 0) {
        m_client->cancelAll(); // each answer comes back Cancelled; the last one finishes
        if (!m_finished && m_client->busy() == 0)
            finish(RunState::Cancelled);
        return;
    }
    finish(RunState::Cancelled);
}

void Publisher::fail(const QString &error)
{
    if (m_summary.errors.size() < MaxErrorsKept)
        m_summary.errors.append(error);
    finish(RunState::Failed);
}

void Publisher::finish(RunState state)
{
    if (m_finished)
        return;
    m_finished = true;
    m_summary.state = state;
    m_summary.requests = m_client->requestsSent();
    m_summary.elapsedMs = m_preparedMs + (m_clock.isValid() ? m_clock.elapsed() : 0);
    flushDoneSteps();
    if (m_runId > 0 && m_repo) {
        PublishRun run;
        run.id = m_runId;
        run.finishedAt = m_store->database().now();
        run.state = state;
        run.uploaded = m_summary.uploaded;
        run.deleted = m_summary.deleted;
        run.failed = m_summary.failed;
        run.bytes = m_summary.bytes;
        run.requests = m_summary.requests;
        run.errors = m_summary.errors.join(QLatin1Char('\n'));
        if (auto r = m_repo->finishRun(run); !r)
            m_summary.errors.append(r.error().message);
    }
    m_staging.reset();
    if (m_holdsLock) {
        m_repo->unlockTarget(m_target.id);
        m_holdsLock = false;
    }
    emit finished(m_summary);
}

} // namespace Relais
