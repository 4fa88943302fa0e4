// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishdialog.h"

#include "passwordprompt.h"
#include "conflictdialog.h"

#include "storage/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Relais {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

PublishDialog::PublishDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_targets(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_bytes(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_publish(new QPushButton(tr("&Publish"), this))
    , m_overwrite(new QPushButton(tr("&Overwrite and Publish"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_resolve(new QPushButton(tr("&Resolve…"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setWindowTitle(tr("Publish the Site"));
    setObjectName(QStringLiteral("publishDialog"));
    m_targets->setObjectName(QStringLiteral("publishTargets"));
    m_message->setObjectName(QStringLiteral("publishMessage"));
    m_plan->setObjectName(QStringLiteral("publishPlan"));
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_details->setObjectName(QStringLiteral("publishDetails"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_overwrite->setObjectName(QStringLiteral("overwriteButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Plan again and go on from where the last run stopped."));
    m_resolve->hide();
    m_resolve->setToolTip(
        tr("Items changed both here and on the server, or deleted there, wait for your decision."));
    m_message->setWordWrap(true);
    m_plan->setWordWrap(true);
    m_details->setReadOnly(true);
    m_details->setMaximumBlockCount(500);
    m_details->setPlaceholderText(tr("Problems and details appear here."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Target:"), m_targets);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_overwrite, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_resolve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_plan);
    layout->addWidget(m_progress);
    layout->addWidget(m_bytes);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(560, 380);

    if (auto targets = m_store.publishing().targets()) {
        for (const PublishTarget &t : std::as_const(*targets))
            m_targets->addItem(QStringLiteral("%1 — %2").arg(t.name, t.url.toString()), t.id);
    }
    connect(m_targets, &QComboBox::currentIndexChanged, this, [this] {
        if (m_stage == Stage::Preparing || m_stage == Stage::Planned || m_stage == Stage::Finished)
            prepare();
    });
    connect(m_resolve, &QPushButton::clicked, this, &PublishDialog::resolveConflicts);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        if (m_stage == Stage::Planned && m_wordpress) {
            setStage(Stage::Running);
            m_wordpress->run(m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
            return;
        }
        if (m_stage == Stage::Planned && m_job) {
            setStage(Stage::Running);
            m_job->run(false);
        }
    });
    connect(m_overwrite, &QPushButton::clicked, this, [this] {
        if (m_stage == Stage::Planned && m_job) {
            setStage(Stage::Running);
            m_job->run(true);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &PublishDialog::prepare);
    setStage(Stage::NoTarget);
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::start()
{
    if (m_targets->count() == 0) {
        m_message->setText(
            tr("There is no publishing target yet. Add one in Settings → Publishing Targets."));
        setStage(Stage::NoTarget);
        return;
    }
    prepare();
}

void PublishDialog::prepare()
{
    const int generation = ++m_generation;
    m_job.reset();
    m_wordpress.reset();
    m_resolve->hide();
    m_details->clear();
    m_plan->clear();
    auto target = m_store.publishing().target(m_targets->currentData().toLongLong());
    if (!target) {
        m_message->setText(target.error().message);
        setStage(Stage::NoTarget);
        return;
    }
    if (PublishJob::isBusy(target->id)) {
        m_message->setText(
            tr("A publish to %1 is under way (scheduled items); try again when it ends.")
                .arg(target->name));
        setStage(Stage::Finished);
        return;
    }
    setStage(Stage::Preparing);
    m_message->setText(tr("Waiting for the password of %1…").arg(target->name));
    const PublishTarget t = *target;
    PasswordPrompt::obtain(
        t, this, true, this, [this, t, generation](std::optional<QString> password) {
            if (generation != m_generation)
                return;
            if (!password) {
                m_message->setText(tr("Not published: no password for %1.").arg(t.name));
                setStage(Stage::Finished);
                return;
            }
            if (t.isWordPress()) {
                m_wordpress
                    = std::make_unique<WordPressJob>(m_store.database().path(), t, *password);
                connect(m_wordpress.get(), &WordPressJob::status, m_message, &QLabel::setText);
                connect(m_wordpress.get(), &WordPressJob::prepared, this,
                    &PublishDialog::onWordPressPrepared);
                connect(
                    m_wordpress.get(), &WordPressJob::progress, this, [this](int done, int total) {
                        m_progress->setRange(0, qMax(1, total));
                        m_progress->setValue(done);
                        m_progress->setFormat(tr("%1 of %2 items").arg(done).arg(total));
                    });
                connect(m_wordpress.get(), &WordPressJob::finished, this,
                    &PublishDialog::onWordPressFinished);
                m_wordpress->prepare(m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
                return;
            }
            m_job
                = std::make_unique<PublishJob>(m_store.database().path(), t, *password, m_options);
            connect(m_job.get(), &PublishJob::status, m_message, &QLabel::setText);
            connect(m_job.get(), &PublishJob::prepared, this, &PublishDialog::onPrepared);
            connect(m_job.get(), &PublishJob::progress, this, &PublishDialog::onProgress);
            connect(m_job.get(), &PublishJob::finished, this, &PublishDialog::onFinished);
            m_job->prepare(m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
        });
}

void PublishDialog::onPrepared(const Publisher::Prepared &prepared)
{
    QStringList lines;
    if (prepared.resuming) {
        lines.append(
            tr("The publish of %1 did not finish; the %2 steps that arrived are not sent again.")
                .arg(QLocale().toString(
                    prepared.resuming->startedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(prepared.resuming->stepsDone));
    }
    lines.append(prepared.plan.summary());
    m_plan->setText(lines.join(QLatin1Char('\n')));
    m_message->setText(
        tr("%n page(s) rendered (%1).", nullptr, prepared.files).arg(dataSize(prepared.siteBytes)));
    if (prepared.serverChanged) {
        m_message->setText(
            tr("Careful: the site on the server is not the one this database published last. "
               "Overwrite it, or cancel and find out who changed it."));
        m_details->setPlainText(prepared.serverChanges);
    }
    setStage(Stage::Planned);
    m_publish->setVisible(!prepared.serverChanged);
    m_overwrite->setVisible(prepared.serverChanged);
    if (prepared.plan.isEmpty() && !prepared.serverChanged) {
        setStage(Stage::Running); // nothing to send: recorded at once
        m_job->run(false);
    }
}

void PublishDialog::onWordPressPrepared(const WordPressPublisher::Plan &plan, const QString &error)
{
    if (!error.isEmpty()) {
        m_message->setText(error);
        setStage(Stage::Finished);
        m_retry->show();
        return;
    }
    using A = WordPressPublisher::Action;
    QStringList lines;
    lines.append(plan.account.describe());
    lines.append(tr(
        "Posts: %1 to create, %2 to update, %3 to restore, %4 to move to the trash, %5 unchanged.")
                     .arg(plan.count(A::Create))
                     .arg(plan.count(A::Update))
                     .arg(plan.count(A::Restore))
                     .arg(plan.count(A::Trash))
                     .arg(plan.count(A::Unchanged) + plan.count(A::ChangedThere)));
    if (plan.count(A::ForcePublish) > 0)
        lines.append(tr("%1 scheduled posts were missed by WordPress and will be published now.")
                         .arg(plan.count(A::ForcePublish)));
    if (plan.mediaToUpload > 0)
        lines.append(tr("%1 pictures to send.").arg(plan.mediaToUpload));
    if (plan.count(A::Conflict) > 0) {
        lines.append(
            tr("Changed both here and on the server, not sent until you decide (Resolve…): %1.")
                .arg(plan.count(A::Conflict)));
    }
    if (plan.count(A::Gone) > 0) {
        lines.append(tr("Deleted on the server, not made again until you decide (Resolve…): %1.")
                         .arg(plan.count(A::Gone)));
    }
    m_plan->setText(lines.join(QLatin1Char('\n')));
    m_message->setText(plan.account.canPublish
            ? QString()
            : tr("This user may not publish on the site: the posts are submitted for review."));
    setStage(Stage::Planned);
    if (!plan.account.canPublish)
        m_publish->setText(tr("Submit for &Review"));
    m_resolve->setVisible(plan.count(A::Conflict) + plan.count(A::Gone) > 0);
    if (plan.writes() == 0 && plan.count(A::Conflict) + plan.count(A::Gone) == 0) {
        setStage(Stage::Running); // nothing to send: recorded at once, as for a static site
        m_wordpress->run(m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
    }
}

void PublishDialog::onWordPressFinished(const WordPressPublisher::Summary &summary)
{
    QString text;
    const int written = summary.created + summary.updated + summary.restored + summary.forced;
    if (summary.state == RunState::Done) {
        text = written + summary.trashed == 0
            ? tr("Nothing to send: the site already has these posts.")
            : tr("Published: %1 posts created, %2 updated, %3 restored, %4 moved to the trash, in "
                 "%5 s.")
                  .arg(summary.created)
                  .arg(summary.updated)
                  .arg(summary.restored)
                  .arg(summary.trashed)
                  .arg(summary.elapsedMs / 1000.0, 0, 'f', 1);
    } else if (summary.state == RunState::Cancelled) {
        text = tr("Cancelled: %1 posts sent. The next publish goes on from there.").arg(written);
    } else {
        text = tr("Not finished: %1 posts sent, %2 failed. The next publish goes on from there.")
                   .arg(written)
                   .arg(summary.failed);
        if (!summary.errors.isEmpty())
            text += QLatin1Char('\n') + summary.errors.last(); // why it stopped
    }
    if (summary.forced > 0)
        text += QLatin1Char(' ')
            + tr("%1 posts WordPress had not published on time were published.")
                  .arg(summary.forced);
    m_message->setText(text);
    QStringList details = summary.errors;
    details.append(summary.notes);
    if (!details.isEmpty())
        m_details->setPlainText(details.join(QLatin1Char('\n')));
    setStage(Stage::Finished);
    m_retry->setVisible(summary.state == RunState::Failed);
    auto unsettled = m_store.wordpress().unsettled(m_wordpress->target().id);
    if (unsettled && !unsettled->isEmpty()) {
        m_plan->setText(
            tr("Waiting for your decision (changed on both sides, or deleted on the server): %1.")
                .arg(unsettled->size()));
        m_resolve->show();
    }
    emit published();
}

void PublishDialog::resolveConflicts()
{
    auto target = m_store.publishing().target(m_targets->currentData().toLongLong());
    if (!target)
        return;
    ConflictDialog dialog(m_store, *target, this);
    dialog.exec();
    if (m_stage == Stage::Planned || m_stage == Stage::Finished)
        prepare();
}

void PublishDialog::onProgress(int done, int steps, qint64 bytesDone, qint64 bytes)
{
    m_progress->setRange(0, qMax(1, steps));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 steps").arg(done).arg(steps));
    m_bytes->setText(tr("%1 of %2 sent").arg(dataSize(bytesDone), dataSize(bytes)));
}

void PublishDialog::onFinished(const Publisher::Summary &summary)
{
    QString text;
    if (summary.state == RunState::Done) {
        text = summary.nothingToDo ? tr("Nothing to publish: the server already holds this site.")
                                   : tr("Published: %1 uploaded, %2 deleted, in %3 s.")
                                         .arg(summary.uploaded)
                                         .arg(summary.deleted)
                                         .arg(summary.elapsedMs / 1000.0, 0, 'f', 1);
    } else if (summary.state == RunState::Cancelled) {
        text = tr("Cancelled: %1 uploaded, %2 deleted. The next publish goes on from there.")
                   .arg(summary.uploaded)
                   .arg(summary.deleted);
    } else {
        text = tr("Not finished: %1 uploaded, %2 deleted, %3 failed. The next publish goes on from "
                  "there.")
                   .arg(summary.uploaded)
                   .arg(summary.deleted)
                   .arg(summary.failed);
        if (!summary.errors.isEmpty())
            text += QLatin1Char('\n') + summary.errors.last(); // why it stopped
    }
    m_message->setText(text);
    if (summary.nothingToDo)
        m_plan->clear(); // said above
    if (!summary.errors.isEmpty())
        m_details->setPlainText(summary.errors.join(QLatin1Char('\n')));
    setStage(Stage::Finished);
    m_retry->setVisible(summary.state == RunState::Failed);
    emit published();
}

void PublishDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage == Stage::Preparing || stage == Stage::Running;
    m_targets->setEnabled(!busy);
    m_publish->setText(tr("&Publish"));
    m_publish->setVisible(stage == Stage::Planned);
    m_overwrite->setVisible(false);
    m_retry->setVisible(false); // shown by a run that failed
    // A bar only while something moves, and at the end of a run that sent something.
    m_progress->setVisible(stage == Stage::Preparing || stage == Stage::Running
        || (stage == Stage::Finished && m_progress->maximum() > 1));
    if (stage == Stage::Preparing) {
        m_progress->setRange(0, 0); // busy, length unknown
        m_bytes->clear();
    } else if (stage == Stage::Planned) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_bytes->clear();
    }
    m_cancel->setText(busy || stage == Stage::Planned ? tr("Cancel") : tr("Close"));
    if (stage == Stage::Planned)
        m_publish->setDefault(true);
}

void PublishDialog::reject()
{
    if (m_wordpress && !m_wordpress->isFinished()
        && (m_stage == Stage::Running || m_stage == Stage::Preparing)) {
        m_message->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        connect(m_wordpress.get(), &WordPressJob::finished, this,
            [this] { m_cancel->setEnabled(true); });
        m_wordpress->cancel();
        if (m_stage == Stage::Preparing) {
            m_wordpress.reset();
            m_cancel->setEnabled(true);
            QDialog::reject();
        }
        return;
    }
    if (m_job && !m_job->isFinished()
        && (m_stage == Stage::Running || m_stage == Stage::Preparing)) {
        m_message->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        connect(m_job.get(), &PublishJob::finished, this, [this] { m_cancel->setEnabled(true); });
        m_job->cancel();
        return; // stays open to say what was done
    }
    m_job.reset();
    m_wordpress.reset();
    QDialog::reject();
}

QString PublishDialog::planText() const
{
    return m_plan->text();
}

QString PublishDialog::resultText() const
{
    return m_message->text();
}

} // namespace Relais
