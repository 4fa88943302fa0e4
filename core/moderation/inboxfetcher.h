// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/submission.h"
#include "net/webdavclient.h"
#include "storage/publishrepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace Relais {

class Store;

// Collects the submissions waiting in the inbox folder of a WebDAV target: lists the folder
// (PROPFIND, Depth 1), downloads the files not read before, reads them with
// SubmissionParser and stores them; then moves the files of decided submissions to done/ in
// the inbox (or deletes them, a setting). A file that cannot be read is reported by name and
// left where it is; nothing stored is replaced.
//
// Opens its own connection to the database, so that the window can run it in a worker
// thread; the network part runs on that thread's event loop. cancel() may be called from
// any thread.
class InboxFetcher : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        bool ok = false; // the inbox could be listed and everything read was stored
        bool cancelled = false;
        int listed = 0; // submission files in the inbox
        int downloaded = 0;
        int added = 0;
        int alreadyThere = 0;
        int moved = 0; // files of decided submissions moved to done/ (or deleted)
        QStringList problems; // one sentence each, naming the file (and submission, field)
        int warnings = 0; // about fields of submissions taken; each review shows its own
        QString error; // why the run stopped, when it did
        qint64 elapsedMs = 0;
        qint64 parseMs = 0;
        int requests = 0;
    };

    InboxFetcher(QString databasePath, PublishTarget target, QString password,
        WebDavClient::Options options = {}, QObject *parent = nullptr);
    ~InboxFetcher() override;

    // Emits finished() once.
    void start();
    void cancel();

    static QString sourceName(const PublishTarget &target)
    {
        return QStringLiteral("webdav:") + target.name;
    }
    // The file names (not paths) of the members of folder in a PROPFIND multistatus answer;
    // sub-folders left out. An error when the answer is not one.
    static Result<QStringList> parseListing(const QByteArray &xml, const QUrl &folder);
    // Largest inbox file read; bigger ones are reported, not read.
    static constexpr qint64 MaxFileBytes = qint64(2) * 1024 * 1024;

signals:
    void progress(int done, int total);
    void finished(const Relais::InboxFetcher::Report &report);

private:
    void onResponse(const WebDavClient::Response &response);
    void onListed(const WebDavClient::Response &response);
    void onDownloaded(const WebDavClient::Response &response);
    void storeParsed();
    void startMoves();
    void finish(const QString &error = {});

    QString m_databasePath;
    PublishTarget m_target;
    QString m_folder; // "inbox/"
    bool m_deleteAfter = false;
    std::unique_ptr<Store> m_store;
    WebDavClient *m_client = nullptr;
    QStringList m_wanted;
    int m_pendingDownloads = 0;
    int m_pendingMoves = 0;
    QList<Submission> m_parsed;
    QTimeZone m_zone;
    Report m_report;
    QElapsedTimer m_clock;
    qint64 m_parseNs = 0;
    bool m_finished = false;
};

} // namespace Relais

Q_DECLARE_METATYPE(Relais::InboxFetcher::Report)
