// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderationcontroller.h"

#include "csvmappingdialog.h"
#include "exchange/submissioncsv.h"
#include "content/slug.h"
#include "messagebox.h"
#include "moderation/attachmentfetcher.h"
#include "moderation/moderation.h"
#include "moderation/submissionparser.h"
#include "openfiles.h"
#include "passwordprompt.h"
#include "jobprogress.h"
#include "taskjob.h"
#include "publish/publishjob.h"
#include "savefile.h"
#include "storage/store.h"
#include "submissionqueue.h"
#include "submissionview.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QStandardPaths>
#include <QDir>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTreeView>
#include <QVBoxLayout>

namespace Relais {

std::function<std::optional<QHash<QString, int>>(const ContactCsv::Table &)>
    ModerationController::s_csvMapping;
QString ModerationController::s_downloadFolder;

ModerationController::ModerationController(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_queue = new SubmissionQueue(store, window);
    m_view = new SubmissionView(store, window);
    createActions();
    m_queue->setButtons(
        { action(QStringLiteral("fetchInbox")), action(QStringLiteral("importSubmissions")) });
    m_view->setButtons({ action(QStringLiteral("approveAgenda")),
        action(QStringLiteral("approveArticle")), action(QStringLiteral("rejectSubmission")),
        action(QStringLiteral("duplicateSubmission")), nullptr,
        action(QStringLiteral("writeSubmitter")), action(QStringLiteral("downloadAttachment")),
        action(QStringLiteral("showRaw")) });
    connect(m_queue, &SubmissionQueue::currentChanged, this, [this](qint64 id) {
        if (m_queue->selectedIds().size() > 1) {
            m_view->showSelection(int(m_queue->selectedIds().size()));
        } else {
            m_view->showSubmission(id);
        }
        updateActions();
    });
    connect(m_queue, &SubmissionQueue::selectionChanged, this, [this] {
        const auto ids = m_queue->selectedIds();
        if (ids.size() > 1)
            m_view->showSelection(int(ids.size()));
        else if (m_view->currentId() != m_queue->currentId())
            m_view->showSubmission(m_queue->currentId());
        updateActions();
    });
    // The queue is read when the page is first shown (setActive), not with the window.
}

ModerationController::~ModerationController() = default; // a job under way is cancelled

void ModerationController::createActions()
{
    auto add = [this](
                   const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this); // translated here: the context of its text
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WindowShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        }
        m_window->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    add(QStringLiteral("nextSubmission"), tr("&Next Submission"), QKeySequence(Qt::Key_J),
        [this] { m_queue->step(1); });
    add(QStringLiteral("previousSubmission"), tr("&Previous Submission"), QKeySequence(Qt::Key_K),
        [this] { m_queue->step(-1); });
    add(QStringLiteral("approveSubmission"), tr("&Approve"), QKeySequence(Qt::Key_A), [this] {
        approve(m_view->submission().kind == Submission::Kind::Event ? QStringLiteral("agenda")
                                                                     : QStringLiteral("article"));
    });
    add(QStringLiteral("approveAgenda"), tr("Approve as A&genda Entry…"), QKeySequence(),
        [this] { approve(QStringLiteral("agenda")); });
    add(QStringLiteral("approveArticle"), tr("Approve as A&rticle…"), QKeySequence(),
        [this] { approve(QStringLiteral("article")); });
    add(QStringLiteral("rejectSubmission"), tr("&Reject…"), QKeySequence(Qt::Key_R),
        [this] { reject(); });
    add(QStringLiteral("duplicateSubmission"), tr("&Duplicate"), QKeySequence(Qt::Key_D),
        [this] { decideSelected(SubmissionDecision::Action::Duplicate); });
    add(QStringLiteral("reopenSubmission"), tr("Re&open"), QKeySequence(),
        [this] { decideSelected(SubmissionDecision::Action::Reopened); });
    add(QStringLiteral("writeSubmitter"), tr("&Write to the Submitter…"), QKeySequence(),
        [this] { writeToSubmitter(); });
    add(QStringLiteral("downloadAttachment"), tr("Download A&ttachment…"), QKeySequence(),
        [this] { downloadAttachment(); });
    add(QStringLiteral("showRaw"), tr("Show Raw &Payload"), QKeySequence(), [this] { showRaw(); });
    add(QStringLiteral("purgeRaw"), tr("P&urge Raw Payload…"), QKeySequence(),
        [this] { purgeRaw(); });
    add(QStringLiteral("fetchInbox"), tr("&Fetch Inbox"), QKeySequence(), [this] { fetchInbox(); });
    add(QStringLiteral("importSubmissions"), tr("&Import File…"), QKeySequence(),
        [this] { chooseFile(); });
    action(QStringLiteral("approveAgenda"))->setText(tr("Approve as Agenda Entry"));
    action(QStringLiteral("approveArticle"))->setText(tr("Approve as Article"));
    updateActions();
}

QList<QAction *> ModerationController::menuActions() const
{
    QList<QAction *> list;
    for (const char *name : { "fetchInbox", "importSubmissions", "", "nextSubmission",
             "previousSubmission", "", "approveSubmission", "approveAgenda", "approveArticle",
             "rejectSubmission", "duplicateSubmission", "reopenSubmission", "", "writeSubmitter",
             "downloadAttachment", "showRaw", "purgeRaw" })
        list.append(*name ? action(QString::fromLatin1(name)) : nullptr);
    return list;
}

void ModerationController::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
    updateActions();
}

void ModerationController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void ModerationController::refresh()
{
    m_queue->reload();
    emit countChanged(newCount());
}

int ModerationController::newCount() const
{
    auto n = m_store.submissions().countNew();
    return n ? *n : 0;
}

void ModerationController::updateActions()
{
    const bool one = m_view->currentId() > 0 && m_queue->selectedIds().size() <= 1;
    const bool any = !m_queue->selectedIds().isEmpty();
    const Submission &s = m_view->submission();
    const bool writable = !m_readOnly;
    const bool open = one && s.state != Submission::State::Approved;
    // The single-letter keys belong to the page only while it is shown.
    action(QStringLiteral("nextSubmission"))->setEnabled(m_active);
    action(QStringLiteral("previousSubmission"))->setEnabled(m_active);
    action(QStringLiteral("approveSubmission"))->setEnabled(m_active && writable && open);
    action(QStringLiteral("approveAgenda"))->setEnabled(writable && open);
    action(QStringLiteral("approveArticle"))->setEnabled(writable && open);
    action(QStringLiteral("rejectSubmission"))->setEnabled(m_active && writable && any);
    action(QStringLiteral("duplicateSubmission"))->setEnabled(m_active && writable && any);
    action(QStringLiteral("reopenSubmission"))
        ->setEnabled(writable && one && s.state != Submission::State::New
            && s.state != Submission::State::Approved);
    action(QStringLiteral("writeSubmitter"))->setEnabled(one && !s.submitter.email.isEmpty());
    action(QStringLiteral("showRaw"))->setEnabled(one && !s.raw.isEmpty());
    action(QStringLiteral("downloadAttachment"))->setEnabled(one && !s.attachments.isEmpty());
    action(QStringLiteral("purgeRaw"))->setEnabled(writable && one && !s.raw.isEmpty());
    action(QStringLiteral("fetchInbox"))->setEnabled(writable && !m_fetching);
    action(QStringLiteral("importSubmissions"))->setEnabled(writable && !m_import);
    // Submissions are a moderator's (the newsroom refuses them to a contributor anyway).
    const Database &db = m_store.database();
    if (!db.hasRole(QStringLiteral("moderator"))) {
        const QString why = tr("Submissions take a moderator, an editor or an administrator; you "
                               "are %1.")
                                .arg(Database::roleName(db.role()));
        for (QAction *a : menuActions()) {
            if (!a)
                continue;
            a->setEnabled(false);
            a->setToolTip(why);
        }
    }
}

void ModerationController::approve(const QString &as)
{
    if (m_view->currentId() <= 0 || m_readOnly)
        return;
    if (m_view->submission().state == Submission::State::Approved) {
        emit message(tr("This submission is already approved."));
        return;
    }
    emit approveRequested(m_view->submission(), as);
}

Result<void> ModerationController::recordApproval(
    qint64 submissionId, const QString &itemType, const QUuid &item)
{
    SubmissionDecision d;
    d.submissionId = submissionId;
    d.action = SubmissionDecision::Action::Approved;
    d.itemType = itemType;
    d.itemUuid = item;
    auto r = m_store.submissions().decide(d);
    refresh();
    if (!r)
        return r.error();
    return {};
}

QString ModerationController::originOf(const QUuid &item) const
{
    if (item.isNull())
        return {};
    auto decisions = m_store.submissions().decisionsForItem(item);
    if (!decisions || decisions->isEmpty())
        return {};
    const SubmissionDecision &d = decisions->last();
    auto s = m_store.submissions().load(d.submissionId);
    if (!s)
        return {};
    const QLocale locale;
    return tr("Made from the submission “%1” sent by %2 (%3), received %4; approved by %5 on %6.")
        .arg(s->title, s->submitter.name.isEmpty() ? s->submitter.organization : s->submitter.name,
            s->source, locale.toString(s->receivedAt.toLocalTime(), QLocale::ShortFormat), d.who,
            locale.toString(d.at.toLocalTime(), QLocale::ShortFormat));
}

void ModerationController::reject()
{
    const QList<qint64> ids = m_queue->selectedIds();
    if (ids.isEmpty() || m_readOnly)
        return;
    auto settings = m_store.siteSettings().load();
    const bool canWrite = ids.size() == 1 && !m_view->submission().submitter.email.isEmpty();
    auto answer
        = RejectDialog::ask(Moderation::rejectionReasons(settings ? *settings : SiteSettings {}),
            int(ids.size()), canWrite, m_window);
    if (!answer || answer->reason.trimmed().isEmpty())
        return;
    const Submission shown = m_view->submission();
    decideSelected(SubmissionDecision::Action::Rejected, answer->reason);
    if (answer->write && canWrite) {
        const QUrl mail = Moderation::mailto(shown, answer->reason);
        if (!mail.isEmpty())
            m_openUrl(mail);
    }
}

void ModerationController::decideSelected(SubmissionDecision::Action action, const QString &reason)
{
    const QList<qint64> ids = m_queue->selectedIds();
    if (ids.isEmpty() || m_readOnly)
        return;
    int done = 0;
    QStringList failures;
    {
        // Every decision of a bulk action lands together, or none does.
        Transaction transaction(m_store.database());
        for (qint64 id : ids) {
            SubmissionDecision d;
            d.submissionId = id;
            d.action = action;
            d.reason = reason;
            auto r = m_store.submissions().decide(d);
            if (r)
                ++done;
            else
                failures.append(r.error().message);
        }
        if (!failures.isEmpty() || !transaction.commit()) {
            emit message(tr("Nothing was recorded: %1")
                             .arg(failures.value(0, tr("the database refused the change."))));
            return;
        }
    }
    refresh();
    emit message(QCoreApplication::translate(
        "Relais::ModerationController", "Decision recorded for %n submission(s).", nullptr, done));
}

void ModerationController::writeToSubmitter(const QString &reason)
{
    const QUrl mail = Moderation::mailto(m_view->submission(), reason);
    if (mail.isEmpty()) {
        emit message(tr("This submission has no e-mail address to write to."));
        return;
    }
    if (!m_openUrl(mail))
        emit message(tr("No mail program opened the message to %1.")
                         .arg(m_view->submission().submitter.email));
}

void ModerationController::downloadAttachment()
{
    const Submission s = m_view->submission();
    if (s.attachments.isEmpty())
        return;
    int index = 0;
    if (s.attachments.size() > 1) {
        QStringList names;
        for (const Submission::Attachment &a : s.attachments)
            names.append(QStringLiteral("%1 — %2").arg(a.name.isEmpty() ? a.url : a.name, a.url));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            m_window, tr("Download Attachment"), tr("Which file?"), names, 0, false, &ok);
        if (!ok)
            return;
        index = int(names.indexOf(chosen));
    }
    const Submission::Attachment attachment = s.attachments.value(index);
    auto *fetcher = new AttachmentFetcher(this);
    auto *progress = new QProgressDialog(
        tr("Downloading “%1”…").arg(attachment.name.isEmpty() ? attachment.url : attachment.name),
        tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("downloadProgress"));
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, fetcher, &AttachmentFetcher::cancel);
    connect(
        fetcher, &AttachmentFetcher::progress, progress, [progress](qint64 received, qint64 total) {
            progress->setMaximum(int(qMax<qint64>(0, total / 1024)));
            progress->setValue(int(received / 1024));
        });
    connect(fetcher, &AttachmentFetcher::finished, this,
        [this, fetcher, progress, attachment](const AttachmentFetcher::Result &r) {
            progress->deleteLater();
            fetcher->deleteLater();
            if (!r.ok) {
                emit message(r.error);
                emit downloadFinished(false, QString());
                return;
            }
            // The name on disk is made here: a sender's name never chooses a path.
            QString base = Slug::fromTitle(QFileInfo(attachment.name).completeBaseName(), 60);
            if (base.isEmpty())
                base = QStringLiteral("piece-jointe");
            const QString fileName = base + QLatin1Char('.') + r.extension;
            QString path;
            if (!s_downloadFolder.isEmpty())
                path = QDir(s_downloadFolder).filePath(fileName);
            else
                path = QFileDialog::getSaveFileName(m_window, tr("Save Attachment"),
                    QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                        .filePath(fileName));
            if (path.isEmpty()) {
                emit downloadFinished(false, QString());
                return;
            }
            if (auto saved = saveFile(path, r.bytes); !saved) {
                emit message(saved.error().message);
                emit downloadFinished(false, QString());
                return;
            }
            emit message(tr("Saved %1 (%2, %3).")
                             .arg(path, r.mime, QLocale().formattedDataSize(r.bytes.size())));
            emit downloadFinished(true, path);
        });
    fetcher->fetch(QUrl(attachment.url), attachment.name);
}

void ModerationController::showRaw()
{
    const Submission &s = m_view->submission();
    if (s.raw.isEmpty())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Raw Payload of “%1”").arg(s.title));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("rawPayload"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setPlainText(QString::fromUtf8(s.raw)); // plain text: nothing in it is interpreted
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(700, 500);
    dialog.exec();
}

void ModerationController::purgeRaw()
{
    const Submission &s = m_view->submission();
    if (s.raw.isEmpty() || m_readOnly)
        return;
    if (MessageBox::question(m_window, tr("Purge Raw Payload"),
            tr("Forget the payload of “%1” exactly as it was received? What Relais read from it "
               "and "
               "the decisions stay. This cannot be undone.")
                .arg(s.title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto r = m_store.submissions().purgeRaw(s.id); !r) {
        emit message(r.error().message);
        return;
    }
    m_view->showSubmission(s.id);
    updateActions();
    emit message(tr("The raw payload was purged."));
}

void ModerationController::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Submissions"), QString(),
        tr("Submissions (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ModerationController::importFile(const QString &path)
{
    if (auto inUse = OpenFiles::refuseDatabaseInUse(path); !inUse) {
        MessageBox::critical(m_window, tr("Import Submissions"), inUse.error().message);
        return false;
    }
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::critical(m_window, tr("Import Submissions"),
            tr("“%1” cannot be read: %2").arg(name, f.errorString()));
        return false;
    }
    if (f.size() > SubmissionParser::Limits {}.fileBytes) {
        MessageBox::critical(m_window, tr("Import Submissions"),
            tr("“%1” is too large to be a file of submissions.").arg(name));
        return false;
    }
    const QByteArray bytes = f.readAll();
    auto settings = m_store.siteSettings().load();
    const QTimeZone zone((settings ? *settings : SiteSettings {}).timeZone.toUtf8());
    if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        const ContactCsv::Table table = ContactCsv::read(bytes, name);
        std::optional<QHash<QString, int>> mapping;
        if (s_csvMapping) {
            mapping = s_csvMapping(table);
        } else {
            CsvMappingDialog dialog(table, CsvMappingDialog::submissionSchema(), m_window);
            if (dialog.exec() == QDialog::Accepted)
                mapping = dialog.mapping();
        }
        if (!mapping)
            return false;
        const bool stored = storeBatch(name,
            SubmissionCsv::toSubmissions(table, *mapping, QStringLiteral("file"), name,
                QFileInfo(path).lastModified().toUTC(), zone));
        emit imported(stored);
        return stored;
    }
    return parseInBackground(name, bytes, zone);
}

bool ModerationController::parseInBackground(
    const QString &name, const QByteArray &bytes, const QTimeZone &zone)
{
    if (m_import)
        return false; // one at a time
    // A large file takes a while to read through: in a thread of its own, with a progress
    // dialog (after half a second) whose Cancel drops the result; storing stays here.
    auto batch = std::make_shared<SubmissionBatch>();
    m_import = new TaskJob(
        QStringLiteral("import"),
        [batch, bytes, name, zone](TaskJob::Progress &) -> Result<QString> {
            *batch = SubmissionParser::parseJson(bytes, QStringLiteral("file"), name, zone);
            return QString();
        },
        this);
    showProgress(m_import, tr("Import Submissions"), tr("Reading “%1”…").arg(name),
        QStringLiteral("importProgress"), m_window);
    connect(m_import, &TaskJob::finished, this, [this, batch, name](bool ok, const QString &why) {
        m_import->deleteLater();
        m_import = nullptr;
        if (ok)
            storeBatch(name, *batch);
        else
            emit message(tr("%1: nothing imported (%2)").arg(name, why));
        updateActions();
        emit imported(ok);
    });
    updateActions();
    return true;
}

void ModerationController::setCsvMappingAnswer(
    std::function<std::optional<QHash<QString, int>>(const ContactCsv::Table &)> answer)
{
    s_csvMapping = std::move(answer);
}

bool ModerationController::storeBatch(const QString &name, const SubmissionBatch &batch)
{
    auto added = m_store.submissions().add(batch.submissions);
    QStringList problems;
    if (!batch.fileError.isEmpty())
        problems.append(batch.fileError);
    // Refusals are said now; warnings stay with their submission and show in its review.
    int warned = 0;
    for (const SubmissionProblem &p : batch.problems) {
        if (p.refused)
            problems.append(p.toString());
        else
            ++warned;
    }
    if (!added) {
        problems.append(added.error().message);
    } else {
        for (const SubmissionProblem &p : added->problems)
            problems.append(p.toString());
    }
    refresh();
    QString summary = added ? tr("%1: %2 new, %3 already there, %4 not taken.")
                                  .arg(name)
                                  .arg(added->added)
                                  .arg(added->alreadyThere)
                                  .arg(batch.refusedCount() + int(added->problems.size()))
                            : tr("%1: nothing imported.").arg(name);
    if (warned > 0)
        summary += QLatin1Char(' ')
            + tr("Warnings about fields: %1 (shown in each submission's review).").arg(warned);
    if (!problems.isEmpty()) {
        const int shown = 30;
        QString text
            = summary + QStringLiteral("\n\n") + problems.mid(0, shown).join(QLatin1Char('\n'));
        if (problems.size() > shown)
            text += QStringLiteral("\n") + tr("… and %1 more.").arg(problems.size() - shown);
        MessageBox::critical(m_window, tr("Import Submissions"), text);
    }
    emit message(summary);
    return added && batch.fileError.isEmpty();
}

void ModerationController::fetchInbox()
{
    if (m_fetching || m_readOnly)
        return;
    auto targets = m_store.publishing().targets();
    if (!targets || targets->isEmpty()) {
        emit message(tr("There is no publishing target to fetch submissions from: add one in Site "
                        "→ Publishing Targets."));
        return;
    }
    m_fetchQueue = *targets;
    m_fetching = true;
    m_total = InboxFetcher::Report {};
    m_total.ok = true;
    m_progress = new QProgressDialog(tr("Fetching the inbox…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setWindowTitle(tr("Fetch Inbox"));
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_fetchQueue.clear();
        if (m_inbox)
            m_inbox->cancel();
        if (m_wordpress)
            m_wordpress->cancel();
    });
    updateActions();
    fetchNext();
}

void ModerationController::fetchNext()
{
    if (m_fetchQueue.isEmpty()) {
        if (m_progress)
            m_progress->deleteLater();
        m_fetching = false;
        updateActions();
        QString text
            = tr("Inbox: %1 new submissions, %2 already there, %3 moved out after a decision.")
                  .arg(m_total.added)
                  .arg(m_total.alreadyThere)
                  .arg(m_total.moved);
        if (!m_total.error.isEmpty())
            text += QLatin1Char(' ') + m_total.error;
        emit message(text);
        if (!m_total.problems.isEmpty() || !m_total.error.isEmpty()) {
            const int shown = 30;
            QString details = text + QStringLiteral("\n\n")
                + m_total.problems.mid(0, shown).join(QLatin1Char('\n'));
            if (m_total.problems.size() > shown)
                details += QStringLiteral("\n")
                    + tr("… and %1 more.").arg(m_total.problems.size() - shown);
            MessageBox::critical(m_window, tr("Fetch Inbox"), details);
        }
        emit fetchFinished(m_total);
        return;
    }
    const PublishTarget target = m_fetchQueue.takeFirst();
    if (m_progress)
        m_progress->setLabelText(tr("Fetching the inbox of “%1”…").arg(target.name));
    PasswordPrompt::obtain(
        target, m_window, true, this, [this, target](std::optional<QString> password) {
            if (!password) {
                m_total.ok = false;
                m_total.error += tr("No password for “%1”.").arg(target.name) + QLatin1Char(' ');
                fetchNext();
                return;
            }
            auto collect = [this, target](const InboxFetcher::Report &r) {
                m_total.added += r.added;
                m_total.alreadyThere += r.alreadyThere;
                m_total.moved += r.moved;
                m_total.listed += r.listed;
                for (const QString &p : r.problems)
                    m_total.problems.append(target.name + QStringLiteral(": ") + p);
                if (!r.error.isEmpty()) {
                    m_total.ok = false;
                    m_total.error
                        += target.name + QStringLiteral(": ") + r.error + QLatin1Char(' ');
                }
            };
            if (target.isWordPress()) {
                m_wordpress = new WordPressJob(m_store.database().path(), target, *password, this);
                connect(m_wordpress, &WordPressJob::progress, this, [this](int done, int total) {
                    if (m_progress) {
                        m_progress->setMaximum(total);
                        m_progress->setValue(done);
                    }
                });
                connect(m_wordpress, &WordPressJob::fetched, this,
                    [this, collect](const InboxFetcher::Report &r) {
                        collect(r);
                        m_wordpress->deleteLater();
                        m_wordpress = nullptr;
                        refresh();
                        fetchNext();
                    });
                m_wordpress->fetchPending();
                return;
            }
            m_inbox = new InboxJob(m_store.database().path(), target, *password, this);
            connect(m_inbox, &InboxJob::progress, this, [this](int done, int total) {
                if (m_progress) {
                    m_progress->setMaximum(total);
                    m_progress->setValue(done);
                }
            });
            connect(
                m_inbox, &InboxJob::fetched, this, [this, collect](const InboxFetcher::Report &r) {
                    collect(r);
                    m_inbox->deleteLater();
                    m_inbox = nullptr;
                    refresh();
                    fetchNext();
                });
            m_inbox->fetch();
        });
}

} // namespace Relais
