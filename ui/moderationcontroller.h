// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/contactcsv.h"
#include "moderation/inboxjob.h"
#include "publish/wordpressjob.h"
#include "moderation/submissionparser.h"
#include "content/submission.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

#include <functional>

class QAction;
class QProgressDialog;

namespace Relais {

class Store;
class SubmissionQueue;
class SubmissionView;

// The Submissions page of the window: the queue, the submission shown, and every decision
// (approve, reject with a reason, duplicate, reopen, bulk), the inbox fetch and file import.
// Approval goes through the window, which opens the editor pre-filled.
class ModerationController : public QObject
{
    Q_OBJECT

public:
    ModerationController(Store &store, QWidget *window);
    ~ModerationController() override;

    SubmissionQueue *queue() const { return m_queue; }
    SubmissionView *view() const { return m_view; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    QList<QAction *> menuActions() const;

    // The page is on screen: its keys (J, K, A, R, D) work only then.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setReadOnly(bool readOnly);
    // Reads the queue again (after an import, a fetch or a decision elsewhere).
    void refresh();
    int newCount() const;
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    // Reads a JSON file of submissions (in the background), or a CSV export of a form service
    // (its columns chosen in CsvMappingDialog); refusals are shown, valid submissions stored.
    // False when it cannot start (the reason shown); imported() says when it is over.
    bool importFile(const QString &path);
    // Downloads an attachment the submission offers (asked which when several), with progress,
    // cancel, size and type checks, and saves it where the moderator says.
    void downloadAttachment();
    // Tests: save downloads in this folder without asking (empty: ask).
    static void setDownloadFolder(const QString &folder) { s_downloadFolder = folder; }
    // Tests choose the CSV columns instead of a person (nullopt: cancelled).
    static void setCsvMappingAnswer(
        std::function<std::optional<QHash<QString, int>>(const ContactCsv::Table &)> answer);
    // Fetches the inbox of every WebDAV target, one after the other, with progress and cancel.
    void fetchInbox();
    bool isFetching() const { return m_fetching; }

    // Records an approval made in the editor: the item keeps its link to the submission.
    Result<void> recordApproval(qint64 submissionId, const QString &itemType, const QUuid &item);
    // The line an editor shows above an item made from a submission (empty otherwise).
    QString originOf(const QUuid &item) const;

signals:
    void downloadFinished(bool ok, const QString &path);
    void approveRequested(const Relais::Submission &submission, const QString &as);
    void message(const QString &text);
    void countChanged(int newCount);
    void fetchFinished(const Relais::InboxFetcher::Report &report);
    // An import started by importFile() is over (what it stored was said).
    void imported(bool ok);

private:
    void createActions();
    bool parseInBackground(const QString &name, const QByteArray &bytes, const QTimeZone &zone);
    void updateActions();
    void approve(const QString &as);
    void reject();
    void decideSelected(SubmissionDecision::Action action, const QString &reason = {});
    void writeToSubmitter(const QString &reason = {});
    void showRaw();
    void purgeRaw();
    void fetchNext();
    void chooseFile();
    bool storeBatch(const QString &name, const SubmissionBatch &batch);
    static std::function<std::optional<QHash<QString, int>>(const ContactCsv::Table &)>
        s_csvMapping;
    static QString s_downloadFolder;

    Store &m_store;
    QWidget *m_window;
    SubmissionQueue *m_queue = nullptr;
    SubmissionView *m_view = nullptr;
    QHash<QString, QAction *> m_actions;
    bool m_active = false;
    bool m_readOnly = false;
    std::function<bool(const QUrl &)> m_openUrl;
    // The inbox fetch in progress.
    QList<PublishTarget> m_fetchQueue;
    InboxJob *m_inbox = nullptr;
    class TaskJob *m_import = nullptr; // reading a file of submissions
    WordPressJob *m_wordpress = nullptr; // fetching the pending posts of a WordPress target
    QPointer<QProgressDialog> m_progress;
    InboxFetcher::Report m_total;
    bool m_fetching = false; // from the click to the last target's end, password questions included
};

} // namespace Relais
