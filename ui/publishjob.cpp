// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishjob.h"

#include "publish/passwordvault.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>

namespace Relais {

std::function<std::optional<QString>(const PublishTarget &)> PasswordPrompt::s_answer;
QSet<qint64> PublishJob::s_busy;

bool PublishJob::isBusy(qint64 targetId)
{
    return s_busy.contains(targetId);
}

PublishJob::PublishJob(const QString &databasePath, const PublishTarget &target,
    const QString &password, const Publisher::Options &options, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    s_busy.insert(m_target.id);
    m_thread.setObjectName(QStringLiteral("publish"));
    m_publisher = new Publisher(databasePath, target, password, options);
    m_publisher->moveToThread(&m_thread);
    connect(m_publisher, &Publisher::status, this, &PublishJob::status, Qt::QueuedConnection);
    connect(m_publisher, &Publisher::prepared, this, &PublishJob::prepared, Qt::QueuedConnection);
    connect(m_publisher, &Publisher::progress, this, &PublishJob::progress, Qt::QueuedConnection);
    connect(
        m_publisher, &Publisher::finished, this,
        [this](const Publisher::Summary &summary) {
            m_finished = true;
            s_busy.remove(m_target.id);
            emit finished(summary);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

PublishJob::~PublishJob()
{
    s_busy.remove(m_target.id);
    m_publisher->cancel();
    m_publisher->deleteLater(); // in its thread, which deletes it as it ends
    m_thread.quit();
    m_thread.wait();
}

void PublishJob::prepare(const QDateTime &at)
{
    Publisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher, [publisher, at] { publisher->prepare(at); }, Qt::QueuedConnection);
}

void PublishJob::run(bool overwrite)
{
    Publisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher, [publisher, overwrite] { publisher->run(overwrite); }, Qt::QueuedConnection);
}

void PublishJob::cancel()
{
    m_publisher->cancel();
}

void PasswordPrompt::setAnswer(std::function<std::optional<QString>(const PublishTarget &)> answer)
{
    s_answer = std::move(answer);
}

void PasswordPrompt::obtain(
    const PublishTarget &target, QWidget *parent, bool mayAsk, QObject *context, Done done)
{
    if (target.username.isEmpty()) {
        done(QString());
        return;
    }
    if (auto remembered = PasswordVault::remembered(target.keychainKey())) {
        done(*remembered);
        return;
    }
    QPointer<QWidget> guard(parent);
    PasswordVault::read(target.keychainKey(), context,
        [target, guard, mayAsk, done](const PasswordVault::Outcome &o) {
            if (o.ok) {
                PasswordVault::remember(target.keychainKey(), o.password);
                done(o.password);
                return;
            }
            if (!mayAsk) {
                done(std::nullopt);
                return;
            }
            std::optional<QString> answer;
            if (s_answer) {
                answer = s_answer(target);
            } else {
                bool ok = false;
                const QString text = QInputDialog::getText(guard,
                    QCoreApplication::translate("Relais::PasswordPrompt", "Password"),
                    QCoreApplication::translate("Relais::PasswordPrompt",
                        "Password of %1 on %2 (kept until Relais quits: %3)")
                        .arg(target.username, target.url.host(), o.error),
                    QLineEdit::Password, QString(), &ok);
                if (ok)
                    answer = text;
            }
            if (answer)
                PasswordVault::remember(target.keychainKey(), *answer);
            done(answer);
        });
}

} // namespace Relais
