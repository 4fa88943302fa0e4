// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publishjob.h"
#include "publish/wordpressjob.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Relais {

class Store;

// While the window is open, publishes to every target when scheduled items fall due: a timer
// set to the next due time, and a check every minute that also catches up after the computer
// slept. It never asks anything: without a password at hand (the session's memory or the
// keyring), or when the site on the server changed, it says so and leaves the decision to
// File → Publish. Which items are due is PublishSchedule's rule, as for relais-cli publish --due.
class PublishScheduler : public QObject
{
    Q_OBJECT

public:
    PublishScheduler(Store &store, QObject *parent = nullptr);
    ~PublishScheduler() override;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setOptions(const Publisher::Options &options) { m_options = options; }
    // Looks for due items now (and re-arms the timer).
    void check();
    bool isBusy() const { return m_job != nullptr || m_wordpress != nullptr; }

signals:
    void message(const QString &text);
    void published();

private:
    void publishNext();
    void arm();

    Store &m_store;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    Publisher::Options m_options;
    QTimer m_tick;
    QTimer m_due;
    QList<qint64> m_queue; // targets with due items
    std::unique_ptr<PublishJob> m_job;
    std::unique_ptr<WordPressJob> m_wordpress;
};

} // namespace Relais
