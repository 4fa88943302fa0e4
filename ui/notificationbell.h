// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"

#include <QToolButton>
#include <QUuid>

#include <functional>

namespace Relais {

class Store;

// The bell of the window: how many notifications this person has not read (review asked,
// returned, approved, commented, mentioned, assigned, their item published), their list in
// its menu (choosing one opens the item), and a desktop notification for each new one where
// the desktop has a notification service. Read again when the newsroom's feed says
// notifications changed; never trusts what the feed carried, only what it reads.
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    // Shows a desktop notification (summary, body); the default asks the desktop's
    // notification service over D-Bus without waiting, and does nothing without one.
    using DesktopNotifier = std::function<void(const QString &summary, const QString &body)>;

    NotificationBell(Store &store, QWidget *parent = nullptr);

    void refresh();
    int unread() const { return m_unread; }
    void setDesktopNotifier(DesktopNotifier notifier) { m_notify = std::move(notifier); }
    // What a notification says to people ("ann sent “Marché” for review").
    static QString describe(const Notification &notification);

signals:
    void openItem(const QString &type, const QUuid &uuid);
    void message(const QString &text);

private:
    void fillMenu();

    Store &m_store;
    int m_unread = 0;
    qint64 m_lastSeen = -1; // newest notification id told on the desktop (-1: none read yet)
    DesktopNotifier m_notify;
};

} // namespace Relais
