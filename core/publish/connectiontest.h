// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/webdavclient.h"

#include <QObject>

namespace Relais {

struct PublishTarget;

// "Test connection": reads the target's folder (PROPFIND), then writes and deletes a small
// file under .relais/, and says in plain words what went wrong.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        WebDavClient::Problem problem = WebDavClient::Problem::None;
        QString message;
        QByteArray certificateSha256; // of an untrusted certificate, hex
    };

    ConnectionTest(const PublishTarget &target, const QString &password,
        const WebDavClient::Options &options, QObject *parent = nullptr);
    void start();

signals:
    void finished(const Relais::ConnectionTest::Outcome &outcome);

private:
    void onResponse(const WebDavClient::Response &response);
    WebDavClient *m_client;
    int m_step = 0;
    QString m_probe;
};

} // namespace Relais
