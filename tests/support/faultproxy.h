// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Relais::Test {

// An HTTP/1.1 proxy for tests, placed between the app and nginx on 127.0.0.1, that fails
// chosen requests: an error status (500, 503 with Retry-After, 507…), a reset connection, a
// stall past the client's timeout, or a truncated answer. Other requests pass through.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault { Status, Reset, Stall, Truncate };
    struct Rule
    {
        QByteArray method; // empty: any
        QString pathContains; // empty: any
        Fault fault = Fault::Status;
        int status = 500;
        int retryAfterSeconds = -1; // sent with the status when >= 0
        int times = 1; // how many matching requests fail (then they pass)
        int skip = 0; // matching requests let through before failing
    };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // The same URL with the proxy's port.
    QUrl through(const QUrl &url) const;

    void addRule(const Rule &rule) { m_rules.append(rule); }
    void clearRules() { m_rules.clear(); }
    int faultsInjected() const { return m_injected; }
    int requestsSeen() const { return m_seen; }
    // Requests seen, as "METHOD path", in order.
    const QStringList &log() const { return m_log; }

private:
    struct Connection;
    void onNewConnection();
    void onClientData(Connection *c);
    void handle(Connection *c, const QByteArray &head, const QByteArray &body);
    void forward(Connection *c, QByteArray request, bool truncate);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QList<Rule> m_rules;
    int m_injected = 0;
    int m_seen = 0;
    QStringList m_log;
};

} // namespace Relais::Test
