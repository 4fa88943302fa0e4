// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Relais {

class Store;

// Settings → Team: the people of the newsroom, their roles and whether they may connect; an
// administrator adds one (login, role, first password: sent to the server as its SCRAM
// verifier, never kept by Relais), changes a role or disables a login. The server checks that
// an administrator asks and keeps the last one.
class TeamDialog : public QDialog
{
    Q_OBJECT

public:
    TeamDialog(Store &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void refresh();
    // What the buttons do, without their dialogs (tests). False: refused, the reason shown.
    bool addPerson(const QString &login, const QString &role, const QString &password);
    bool setRole(const QString &login, const QString &role);
    bool disablePerson(const QString &login);
    QString lastError() const;

private:
    void add();
    void changeRole();
    void disable();
    QString selectedLogin() const;
    bool shown(const Result<void> &result);

    Store &m_store;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
};

} // namespace Relais
