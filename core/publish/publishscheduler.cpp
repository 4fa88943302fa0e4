// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/publishscheduler.h"

#include "publish/passwordvault.h"
#include "publish/schedule.h"
#include "storage/store.h"

#include <QLocale>

namespace Relais {

namespace {

// The password of a target without asking anybody: the session's memory, then the keyring.
void passwordAtHand(
    const PublishTarget &target, QObject *context, std::function<void(std::optional<QString>)> done)
{
    if (target.username.isEmpty())
        return done(QString());
    if (auto remembered = PasswordVault::remembered(target.keychainKey()))
        return done(*remembered);
    PasswordVault::read(
        target.keychainKey(), context, [target, done](const PasswordVault::Outcome &o) {
            if (!o.ok)
                return done(std::nullopt);
            PasswordVault::remember(target.keychainKey(), o.password);
            done(o.password);
        });
}

} // namespace

PublishScheduler::PublishScheduler(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &PublishScheduler::check);
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &PublishScheduler::check);
    m_tick.start();
    // Items that fell due while Relais was closed go out soon after it opens.
    QTimer::singleShot(5000, this, &PublishScheduler::check);
}

PublishScheduler::~PublishScheduler() = default;

void PublishScheduler::check()
{
    arm();
    if (m_job || m_wordpress)
        return;
    const QDateTime now = m_now();
    auto targets = m_store.publishing().targets();
    if (!targets)
        return;
    for (const PublishTarget &t : std::as_const(*targets)) {
        auto due = PublishSchedule::due(m_store.publishing(), t, now);
        // A target never published is published by hand first.
        if (due && due->lastPublished.isValid() && due->items > 0 && !m_queue.contains(t.id))
            m_queue.append(t.id);
    }
    publishNext();
}

void PublishScheduler::arm()
{
    auto next = m_store.publishing().nextDue(m_now());
    if (!next || !next->isValid()) {
        m_due.stop();
        return;
    }
    const qint64 ms = m_now().msecsTo(*next) + 500;
    // Long waits are left to the minute check (timers drift while the computer sleeps).
    if (ms < qint64(60) * 60 * 1000)
        m_due.start(int(qMax<qint64>(ms, 0)));
}

void PublishScheduler::publishNext()
{
    if (m_job || m_wordpress || m_queue.isEmpty())
        return;
    auto target = m_store.publishing().target(m_queue.takeFirst());
    if (!target || PublishJob::isBusy(target->id))
        return publishNext(); // the next minute's check tries again
    const PublishTarget t = *target;
    passwordAtHand(t, this, [this, t](std::optional<QString> password) {
        if (!password) {
            emit message(tr("Scheduled items are due on %1; publish them with File → Publish (no "
                            "password at hand).")
                             .arg(t.name));
            return publishNext();
        }
        if (t.isWordPress()) {
            m_wordpress = std::make_unique<WordPressJob>(m_store.database().path(), t, *password);
            connect(m_wordpress.get(), &WordPressJob::finished, this,
                [this, t](const WordPressPublisher::Summary &s) {
                    const int sent = s.created + s.updated + s.restored + s.forced;
                    if (s.state == RunState::Done && (sent > 0 || s.trashed > 0))
                        emit message(tr("Scheduled items published to %1 (%2 posts).")
                                         .arg(t.name)
                                         .arg(sent));
                    else if (!s.errors.isEmpty())
                        emit message(
                            tr("Scheduled publish to %1 failed: %2").arg(t.name, s.errors.first()));
                    m_wordpress.release()->deleteLater();
                    emit published();
                    publishNext();
                });
            m_wordpress->run(m_now());
            return;
        }
        m_job = std::make_unique<PublishJob>(m_store.database().path(), t, *password, m_options);
        connect(m_job.get(), &PublishJob::prepared, this, [this, t](const Publisher::Prepared &p) {
            if (p.serverChanged) {
                emit message(tr("Scheduled publish to %1 stopped: the site on the server changed. "
                                "Use File → Publish.")
                                 .arg(t.name));
                m_job->cancel();
                return;
            }
            m_job->run(false);
        });
        connect(m_job.get(), &PublishJob::finished, this, [this, t](const Publisher::Summary &s) {
            if (s.state == RunState::Done)
                emit message(
                    tr("Scheduled items published to %1 (%2 files).").arg(t.name).arg(s.uploaded));
            else if (!s.errors.isEmpty())
                emit message(
                    tr("Scheduled publish to %1 failed: %2").arg(t.name, s.errors.first()));
            // Deleted later: this slot runs inside the job's signal.
            m_job.release()->deleteLater();
            emit published();
            publishNext();
        });
        m_job->prepare(m_now());
    });
}

} // namespace Relais
