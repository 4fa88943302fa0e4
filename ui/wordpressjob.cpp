// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressjob.h"

#include "publishjob.h"

namespace Relais {

WordPressJob::WordPressJob(const QString &databasePath, const PublishTarget &target,
    const QString &password, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_publisher(new WordPressPublisher(databasePath, target, password))
{
    m_thread.setObjectName(QStringLiteral("wordpress"));
    m_publisher->moveToThread(&m_thread);
    connect(m_publisher, &WordPressPublisher::status, this, &WordPressJob::status,
        Qt::QueuedConnection);
    connect(m_publisher, &WordPressPublisher::progress, this, &WordPressJob::progress,
        Qt::QueuedConnection);
    m_thread.start();
}

WordPressJob::~WordPressJob()
{
    m_publisher->cancel();
    m_publisher->deleteLater(); // in its thread, which deletes it as it ends
    m_thread.quit();
    m_thread.wait();
}

void WordPressJob::prepare(const QDateTime &now)
{
    WordPressPublisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher,
        [this, publisher, now] {
            const auto plan = publisher->prepare(now);
            const WordPressPublisher::Plan made = plan ? *plan : WordPressPublisher::Plan {};
            const QString error = plan ? QString() : plan.error().message;
            QMetaObject::invokeMethod(
                this, [this, made, error] { emit prepared(made, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WordPressJob::run(const QDateTime &now)
{
    WordPressPublisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher,
        [this, publisher, now] {
            const auto summary = publisher->run(now);
            QMetaObject::invokeMethod(
                this,
                [this, summary] {
                    m_finished = true;
                    emit finished(summary);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WordPressJob::testConnection()
{
    WordPressPublisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher,
        [this, publisher] {
            const auto account = publisher->testConnection();
            const bool ok = account && account->canEdit;
            const QString message = account
                ? (account->canEdit
                        ? tr("Connected. %1").arg(account->describe())
                        : tr("Connected, but WordPress does not let this user write posts. %1")
                              .arg(account->describe()))
                : account.error().message;
            QMetaObject::invokeMethod(
                this,
                [this, ok, message] {
                    m_finished = true;
                    emit tested(ok, message);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WordPressJob::fetchPending()
{
    WordPressPublisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher,
        [this, publisher] {
            const auto report = publisher->fetchPending();
            QMetaObject::invokeMethod(
                this,
                [this, report] {
                    m_finished = true;
                    emit fetched(report);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WordPressJob::cancel()
{
    m_publisher->cancel();
}

} // namespace Relais
