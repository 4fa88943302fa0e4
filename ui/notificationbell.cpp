// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationbell.h"

#include "storage/store.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QLocale>
#include <QMenu>

namespace Relais {

namespace {

void notifyDesktop(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // The body is plain text for us; servers that read markup get it escaped.
    call << QStringLiteral("Relais") << uint(0) << QStringLiteral("relais") << summary
         << body.toHtmlEscaped() << QStringList() << QVariantMap() << int(8000);
    bus.call(call, QDBus::NoBlock);
}

} // namespace

NotificationBell::NotificationBell(Store &store, QWidget *parent)
    : QToolButton(parent)
    , m_store(store)
    , m_notify(notifyDesktop)
{
    setObjectName(QStringLiteral("notificationBell"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &NotificationBell::fillMenu);
    refresh();
}

QString NotificationBell::describe(const Notification &n)
{
    const QString who = n.activity.actor;
    const QString what = n.activity.title;
    if (n.kind == u"review")
        return tr("%1 sent “%2” for review").arg(who, what);
    if (n.kind == u"approved")
        return tr("%1 approved “%2”").arg(who, what);
    if (n.kind == u"returned")
        return tr("%1 returned “%2” to you: %3").arg(who, what, n.activity.detail);
    if (n.kind == u"assigned")
        return tr("%1 assigned “%2” to you").arg(who, what);
    if (n.kind == u"mentioned")
        return tr("%1 mentioned you on “%2”: %3").arg(who, what, n.activity.detail);
    if (n.kind == u"commented")
        return tr("%1 commented on “%2”: %3").arg(who, what, n.activity.detail);
    if (n.kind == u"published")
        return tr("%1 published “%2”").arg(who, what);
    return tr("%1: %2 “%3”").arg(who, n.kind, what);
}

void NotificationBell::refresh()
{
    auto count = m_store.activity().unreadCount();
    m_unread = count ? *count : 0;
    setText(m_unread > 0 ? tr("Notifications (%1)").arg(m_unread) : tr("Notifications"));
    setToolTip(m_unread > 0 ? tr("%n unread notification(s)", nullptr, m_unread)
                            : tr("No unread notifications"));
    QFont bold = font();
    bold.setBold(m_unread > 0);
    setFont(bold);
    // What arrived since the last look goes to the desktop (not what waited at start).
    auto recent = m_store.activity().notifications(20);
    if (!recent)
        return;
    if (recent->isEmpty()) {
        m_lastSeen = std::max<qint64>(m_lastSeen, 0);
        return;
    }
    const qint64 newest = recent->first().id;
    if (m_lastSeen >= 0) {
        for (auto it = recent->crbegin(); it != recent->crend(); ++it) {
            if (it->id > m_lastSeen && !it->read && m_notify)
                m_notify(tr("Relais"), describe(*it));
        }
    }
    m_lastSeen = std::max(m_lastSeen, newest);
}

void NotificationBell::fillMenu()
{
    QMenu *list = menu();
    list->clear();
    auto all = m_store.activity().notifications(30);
    if (!all) {
        list->addAction(all.error().message)->setEnabled(false);
        return;
    }
    if (all->isEmpty())
        list->addAction(tr("Nothing yet: what others do about your items shows here."))
            ->setEnabled(false);
    for (const Notification &n : std::as_const(*all)) {
        QString text = describe(n);
        if (text.size() > 120)
            text = text.left(119) + QChar(0x2026);
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // no mnemonic from others' words
        const QString line
            = QStringLiteral("%1  —  %2")
                  .arg(text, QLocale().toString(n.activity.at.toLocalTime(), QLocale::ShortFormat));
        QAction *action = list->addAction(line);
        QFont font = action->font();
        font.setBold(!n.read);
        action->setFont(font);
        const QString type = n.activity.itemType;
        const QUuid uuid = n.activity.itemUuid;
        const qint64 id = n.id;
        connect(action, &QAction::triggered, this, [this, type, uuid, id] {
            (void)m_store.activity().markRead({ id });
            refresh();
            if (!uuid.isNull())
                emit openItem(type, uuid);
        });
    }
    list->addSeparator();
    QAction *all_read = list->addAction(tr("Mark All as Read"), this, [this] {
        if (auto r = m_store.activity().markRead(); !r)
            emit message(r.error().message);
        refresh();
    });
    all_read->setEnabled(m_unread > 0);
}

} // namespace Relais
