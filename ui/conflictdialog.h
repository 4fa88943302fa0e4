// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/publishrepository.h"
#include "storage/wordpressrepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Relais {

class Store;

// The items of a WordPress target that wait for the user: changed both here and on the
// server (both versions side by side: keep mine, take theirs, skip), or deleted on the server
// (make it again, or leave it deleted). Works from what the last publish read: no network.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(Store &store, const PublishTarget &target, QWidget *parent = nullptr);
    int remaining() const;

private:
    void load();
    void showItem(int row);
    void settle(int resolution);

    Store &m_store;
    PublishTarget m_target;
    QList<WordPressLink> m_items;
    QListWidget *m_list;
    QLabel *m_explanation;
    QTextBrowser *m_mine;
    QTextBrowser *m_theirs;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_skip;
    QPushButton *m_recreate;
};

} // namespace Relais
