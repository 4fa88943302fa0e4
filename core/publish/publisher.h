// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/manifest.h"
#include "content/publishplan.h"
#include "net/webdavclient.h"
#include "storage/publishrepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <optional>

namespace Relais {

class Store;

// One publish of the site to one WebDAV target: renders the site, reads the manifest the
// server holds, plans what differs, and — when told to — runs the plan phase by phase,
// recording each step in the database as it arrives so that an interrupted run resumes
// without sending anything twice.
//
// prepare() renders synchronously in the calling thread (the window moves the publisher to a
// worker thread); the network part runs on that thread's event loop. cancel() may be called
// from any thread.
class Publisher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        WebDavClient::Options http;
        // Where rendered files wait for their upload (a temporary folder is made inside).
        QString stagingRoot;
        // Rendered pages waiting for their upload stay in memory up to this many bytes; the
        // rest waits on disk, so a large site never sits in memory whole.
        qint64 memoryBudget = qint64(96) * 1024 * 1024;
    };

    struct Prepared
    {
        PublishPlan plan;
        int files = 0; // of the rendered site
        qint64 siteBytes = 0;
        // Somebody else published there, or files were changed by hand: the run needs the
        // user's word to overwrite.
        bool serverChanged = false;
        QString serverChanges; // described for the user
        std::optional<PublishRun> resuming; // a run that stopped half-way
        qint64 renderMs = 0;
        int skipped = 0; // detail pages known unchanged, not rendered again
    };

    struct Summary
    {
        RunState state = RunState::Running; // Done, Failed or Cancelled once finished
        int uploaded = 0;
        int deleted = 0;
        int failed = 0;
        int folders = 0;
        qint64 bytes = 0;
        int requests = 0;
        qint64 elapsedMs = 0;
        QStringList errors;
        bool nothingToDo = false;
    };

    Publisher(QString databasePath, PublishTarget target, QString password, Options options,
        QObject *parent = nullptr);
    ~Publisher() override;

    const PublishTarget &target() const { return m_target; }

    // Emits prepared() or finished() (with the error).
    void prepare(const QDateTime &at);
    // Runs the prepared plan. When the server changed, only with overwrite.
    void run(bool overwrite);
    // Thread-safe.
    void cancel();

signals:
    void status(const QString &text);
    void prepared(const Relais::Publisher::Prepared &prepared);
    void progress(int stepsDone, int steps, qint64 bytesDone, qint64 bytes);
    void finished(const Relais::Publisher::Summary &summary);

private:
    struct Cache;
    void readServerManifest();
    void onServerManifest(const WebDavClient::Response &response);
    void render();
    void startPhase();
    void onResponse(const WebDavClient::Response &response);
    void finish(RunState state);
    void fail(const QString &error);
    void doCancel();
    void flushDoneSteps();

    QString m_databasePath;
    PublishTarget m_target;
    Options m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PublishRepository> m_repo;
    WebDavClient *m_client = nullptr; // a child, so that moveToThread() takes it along
    std::unique_ptr<QTemporaryDir> m_staging;
    QHash<QString, QByteArray> m_memory; // staged pages kept in memory
    qint64 m_memoryBytes = 0;

    QDateTime m_at;
    FileMap m_basis; // what the server holds, as far as we trust it
    FileMap m_local;
    QByteArray m_manifest;
    Prepared m_prepared;
    std::optional<FileMap> m_serverFiles;
    QStringList
        m_distrust; // paths whose state on the server is unknown after somebody else's changes

    qint64 m_runId = 0;
    int m_phase = -1;
    int m_next = 0; // first step not yet sent
    int m_inPhase = 0; // steps of the phase still running
    int m_stepsDone = 0;
    qint64 m_bytesDone = 0;
    bool m_phaseFailed = false;
    QList<int> m_doneSteps; // not yet marked in the database

    bool m_finished = false;
    bool m_holdsLock = false; // the newsroom's one-publish-per-target lock
    Summary m_summary;
    QElapsedTimer m_clock; // the preparation, then the run (not the pause between them)
    qint64 m_preparedMs = 0;
    std::atomic_bool m_cancelled = false;
};

} // namespace Relais

Q_DECLARE_METATYPE(Relais::Publisher::Prepared)
Q_DECLARE_METATYPE(Relais::Publisher::Summary)
