// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QThread>

#include <functional>
#include <QTcpSocket>
#include <QUrl>

namespace Relais::Test {

// A web server on 127.0.0.1 that answers each path with bytes chosen by the test, honest or not.
class CannedServer : public QObject
{
public:
    CannedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests[socket] += socket->readAll();
                    if (!m_requests[socket].contains("\r\n\r\n"))
                        return;
                    const QByteArray path = m_requests[socket].split(' ').value(1);
                    if (path.endsWith("/silent"))
                        return; // never answers
                    socket->write(m_answers.value(
                        path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                    socket->disconnectFromHost();
                });
            }
        });
    }
    void set(const QByteArray &path, const QByteArray &type, const QByteArray &body,
        const QByteArray &extra = {})
    {
        m_answers.insert(path,
            "HTTP/1.1 200 OK\r\nContent-Type: " + type
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra
                + "Connection: close\r\n\r\n" + body);
    }
    void setRaw(const QByteArray &path, const QByteArray &response)
    {
        m_answers.insert(path, response);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

private:
    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_answers;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

// A CannedServer answering from a thread of its own: for code under test that blocks the
// test's thread while it waits for an answer (WordPressConnection).
class CannedServerThread
{
public:
    CannedServerThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        onServer([this] { m_server = new CannedServer; });
    }
    ~CannedServerThread()
    {
        onServer([this] { delete m_server; });
        m_thread.quit();
        m_thread.wait();
    }
    void set(const QByteArray &path, const QByteArray &type, const QByteArray &body,
        const QByteArray &extra = {})
    {
        onServer([&] { m_server->set(path, type, body, extra); });
    }
    void setRaw(const QByteArray &path, const QByteArray &response)
    {
        onServer([&] { m_server->setRaw(path, response); });
    }
    QUrl url(const QString &path) const { return m_server->url(path); }

private:
    void onServer(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_context, work, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context;
    CannedServer *m_server = nullptr;
};

} // namespace Relais::Test
