// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Relais {

class TaskJob;

// File → Connect to Newsroom: the server, the database, the user and how safely to reach it
// (TLS mode), with Test Connection saying in plain words what is wrong — wrong password, no
// such database, server not answering, not a Relais newsroom, made by a newer Relais. The
// test runs in a worker thread: the dialog never waits. The password, when typed, is used for
// this connection and kept in the desktop keyring once it worked; left empty, the keyring or
// libpq's password file gives it.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from an address (a recent newsroom).
    void setAddress(const QString &address);
    // postgresql://USER@HOST:PORT/DATABASE?sslmode=…, empty while a field is missing.
    QString address() const;
    QString password() const;
    // Starts Test Connection; testFinished() follows, the result in resultText().
    void testConnection();
    QString resultText() const;

signals:
    void testFinished(bool ok);

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
    QPointer<TaskJob> m_job;
};

} // namespace Relais
