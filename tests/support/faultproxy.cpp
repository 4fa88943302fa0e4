// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QPointer>

#include <memory>
#include <QTcpSocket>

namespace Relais::Test {

struct FaultProxy::Connection
{
    QPointer<QTcpSocket> client;
    QByteArray buffer;
    bool busy = false; // a request is being answered; pipelined ones wait
    bool stalled = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::through(const QUrl &url) const
{
    QUrl u = url;
    u.setPort(port());
    return u;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->client = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onClientData(c); });
        connect(socket, &QTcpSocket::disconnected, this, [c] {
            if (c->client)
                c->client->deleteLater();
            // c is freed with the socket's last use below
        });
        connect(socket, &QObject::destroyed, this, [c] { delete c; });
    }
}

void FaultProxy::onClientData(Connection *c)
{
    if (!c->client)
        return;
    c->buffer += c->client->readAll();
    if (c->busy || c->stalled)
        return;
    const qsizetype end = c->buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = c->buffer.left(end + 4);
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    if (c->buffer.size() < end + 4 + length)
        return;
    const QByteArray body = c->buffer.mid(end + 4, length);
    c->buffer.remove(0, end + 4 + length);
    handle(c, head, body);
}

void FaultProxy::handle(Connection *c, const QByteArray &head, const QByteArray &body)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray method = requestLine.value(0);
    const QString path = QString::fromUtf8(requestLine.value(1));
    ++m_seen;
    m_log.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);

    for (Rule &rule : m_rules) {
        if (rule.times <= 0 || (!rule.method.isEmpty() && rule.method != method)
            || (!rule.pathContains.isEmpty() && !path.contains(rule.pathContains)))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            continue;
        }
        --rule.times;
        ++m_injected;
        switch (rule.fault) {
        case Fault::Status: {
            QByteArray answer
                = "HTTP/1.1 " + QByteArray::number(rule.status) + " Injected fault\r\n";
            if (rule.retryAfterSeconds >= 0)
                answer += "Retry-After: " + QByteArray::number(rule.retryAfterSeconds) + "\r\n";
            answer += "Content-Length: 0\r\n\r\n";
            c->client->write(answer);
            onClientData(c);
            return;
        }
        case Fault::Reset:
            c->client->abort();
            return;
        case Fault::Stall:
            c->stalled = true; // never answers; the client's timeout must end it
            return;
        case Fault::Truncate:
            forward(c, head + body, true);
            return;
        }
    }
    forward(c, head + body, false);
}

void FaultProxy::forward(Connection *c, QByteArray request, bool truncate)
{
    // One upstream connection per request, closed by nginx after its answer: the answer's end
    // is then the connection's end, whatever its framing.
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    QByteArray head = request.left(headEnd);
    QList<QByteArray> lines = head.split('\n');
    head.clear();
    for (const QByteArray &line : std::as_const(lines)) {
        if (!line.trimmed().toLower().startsWith("connection:"))
            head += line + '\n';
    }
    request = head.chopped(1) + "\nConnection: close\r\n\r\n" + request.mid(headEnd + 4);

    c->busy = true;
    auto *upstream = new QTcpSocket(this);
    auto *answer = new QByteArray;
    connect(upstream, &QTcpSocket::connected, upstream,
        [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream,
        [upstream, answer] { *answer += upstream->readAll(); });
    QPointer<QTcpSocket> client = c->client;
    auto fired = std::make_shared<bool>(false);
    auto done = [client, upstream, answer, truncate, fired] {
        if (*fired)
            return;
        *fired = true;
        *answer += upstream->readAll();
        upstream->deleteLater();
        QByteArray bytes = *answer;
        delete answer;
        if (!client)
            return;
        if (bytes.isEmpty()) {
            client->abort(); // nothing upstream: the client sees the connection drop
            return;
        }
        if (truncate) {
            client->write(bytes.left(bytes.size() / 2 + 1));
            client->flush();
            client->abort();
            return;
        }
        client->write(bytes);
        client->disconnectFromHost(); // nginx said Connection: close
    };
    connect(upstream, &QTcpSocket::disconnected, upstream, done);
    connect(upstream, &QTcpSocket::errorOccurred, upstream,
        [upstream, done](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                done();
            else if (upstream->state() == QAbstractSocket::UnconnectedState)
                done();
        });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

} // namespace Relais::Test
