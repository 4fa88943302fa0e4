// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/connectiontest.h"

#include "storage/publishrepository.h"

#include <QUuid>

namespace Relais {

ConnectionTest::ConnectionTest(const PublishTarget &target, const QString &password,
    const WebDavClient::Options &options, QObject *parent)
    : QObject(parent)
    , m_client(new WebDavClient(
          target.url, target.username, password, target.trustedCertificate, options, this))
    , m_probe(QStringLiteral(".relais/connection-test-%1.txt")
                  .arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    connect(m_client, &WebDavClient::finished, this, &ConnectionTest::onResponse);
}

void ConnectionTest::start()
{
    m_step = 0;
    m_client->enqueue({ WebDavClient::Method::Propfind, QString(), {}, {}, 0, {} });
}

void ConnectionTest::onResponse(const WebDavClient::Response &response)
{
    if (!response.ok) {
        Outcome o;
        o.problem = response.problem;
        o.message = response.error;
        o.certificateSha256 = response.certificateSha256;
        emit finished(o);
        return;
    }
    ++m_step;
    switch (m_step) {
    case 1:
        m_client->enqueue(
            { WebDavClient::Method::Mkcol, QStringLiteral(".relais/"), {}, {}, 1, {} });
        break;
    case 2:
        m_client->enqueue({ WebDavClient::Method::Put, m_probe, {},
            QByteArrayLiteral("Relais connection test\n"), 2, {} });
        break;
    case 3:
        m_client->enqueue({ WebDavClient::Method::Delete, m_probe, {}, {}, 3, {} });
        break;
    default: {
        Outcome o;
        o.ok = true;
        o.message = tr("The connection works: Relais can read and write there.");
        emit finished(o);
        break;
    }
    }
}

} // namespace Relais
