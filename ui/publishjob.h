// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publisher.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <QWidget>

#include <functional>
#include <optional>

namespace Relais {

// A publish running in a worker thread of its own, so that rendering and the network never
// hold up the window. Signals arrive in the window's thread.
class PublishJob : public QObject
{
    Q_OBJECT

public:
    PublishJob(const QString &databasePath, const PublishTarget &target, const QString &password,
        const Publisher::Options &options = {}, QObject *parent = nullptr);
    ~PublishJob() override;

    const PublishTarget &target() const { return m_target; }
    void prepare(const QDateTime &at);
    void run(bool overwrite);
    void cancel();
    bool isFinished() const { return m_finished; }
    // Whether a job of this window publishes to that target now (one at a time per target).
    static bool isBusy(qint64 targetId);

signals:
    void status(const QString &text);
    void prepared(const Relais::Publisher::Prepared &prepared);
    void progress(int stepsDone, int steps, qint64 bytesDone, qint64 bytes);
    void finished(const Relais::Publisher::Summary &summary);

private:
    PublishTarget m_target;
    QThread m_thread;
    Publisher *m_publisher = nullptr;
    bool m_finished = false;
    static QSet<qint64> s_busy;
};

// The password of a target: the session's memory, then the keyring, then — when allowed —
// the user, once per session. Answers nullopt when there is none (or the user cancelled).
class PasswordPrompt
{
public:
    using Done = std::function<void(std::optional<QString>)>;
    static void obtain(
        const PublishTarget &target, QWidget *parent, bool mayAsk, QObject *context, Done done);
    // Tests answer the question instead of a modal dialog.
    static void setAnswer(std::function<std::optional<QString>(const PublishTarget &)> answer);

private:
    static std::function<std::optional<QString>(const PublishTarget &)> s_answer;
};

} // namespace Relais
