// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/connectiontest.h"
#include "publish/wordpressjob.h"
#include "storage/publishrepository.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QCheckBox;
class QComboBox;

namespace Relais {

class Store;

// Settings → Publishing Targets: add, change, remove and test the places the site goes to.
// Passwords go to the desktop keyring; without one, they are kept for the session only.
class PublishTargetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishTargetsDialog(Store &store, QWidget *parent = nullptr);
    ~PublishTargetsDialog() override;

    // What "Test connection" said last (tests).
    QString testResult() const;
    void setHttpOptions(const WebDavClient::Options &options) { m_http = options; }

private:
    void load(qint64 select = 0);
    void showTarget();
    PublishTarget edited() const;
    void save();
    void remove();
    void testConnection();
    void kindChanged();
    void storePassword(const PublishTarget &target, const QString &password);

    Store &m_store;
    QList<PublishTarget> m_list;
    QListWidget *m_targets;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_trust;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_remove;
    QByteArray m_offeredCertificate;
    WebDavClient::Options m_http;
    std::unique_ptr<ConnectionTest> m_running;
    std::unique_ptr<WordPressJob> m_wordpressTest;
};

} // namespace Relais
