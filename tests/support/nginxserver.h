// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QDir>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace Relais::Test {

// A TCP port on 127.0.0.1 nothing listens on right now (0 when none could be found).
int freePort();

// A real nginx with WebDAV (http_dav + dav_ext) and basic authentication, on 127.0.0.1 at a
// free port, with its own prefix, configuration and document root in a temporary folder.
// Locations under the root:
//   /site/      WebDAV, user "editor", password password()
//   /readonly/  PROPFIND and GET only (writes get 403)
//   /plain/     no WebDAV at all (PROPFIND gets 405)
class NginxServer
{
public:
    NginxServer();
    ~NginxServer();

    // Empty when nginx runs; otherwise why not (for QSKIP/QFAIL).
    QString start();
    void stop();
    bool isRunning() const { return m_pid > 0; }

    int port() const { return m_port; }
    QUrl url(const QString &location = QStringLiteral("/site/")) const;
    // The same locations over HTTPS, with a self-signed certificate made for the test.
    int tlsPort() const { return m_tlsPort; }
    QUrl tlsUrl(const QString &location = QStringLiteral("/site/")) const;
    QString certificatePath() const;
    QString documentRoot() const;
    static QString user() { return QStringLiteral("editor"); }
    static QString password() { return QStringLiteral("s3cret-Test"); }
    // Whether nginx and its WebDAV module are installed.
    static QString missing();

private:
    QTemporaryDir m_dir;
    QString launch(const QDir &dir);

    int m_port = 0;
    int m_tlsPort = 0;
    qint64 m_pid = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Relais::Test
