// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace Relais::Test {

namespace {

const char *NginxBinary = "/usr/sbin/nginx";
const char *DavExtModule = "/usr/lib/nginx/modules/ngx_http_dav_ext_module.so";

} // namespace

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

NginxServer::NginxServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/relais-nginx-XXXXXX"))
{ }

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::missing()
{
    if (!QFile::exists(QString::fromLatin1(NginxBinary)))
        return QStringLiteral("nginx is not installed (Debian package nginx)");
    if (!QFile::exists(QString::fromLatin1(DavExtModule)))
        return QStringLiteral(
            "the WebDAV module is not installed (Debian package libnginx-mod-http-dav-ext)");
    if (QStandardPaths::findExecutable(QStringLiteral("htpasswd")).isEmpty())
        return QStringLiteral("htpasswd is not installed (Debian package apache2-utils)");
    return {};
}

QUrl NginxServer::url(const QString &location) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(location));
}

QUrl NginxServer::tlsUrl(const QString &location) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_tlsPort).arg(location));
}

QString NginxServer::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString NginxServer::documentRoot() const
{
    return m_dir.filePath(QStringLiteral("www"));
}

QString NginxServer::start()
{
    if (const QString why = missing(); !why.isEmpty())
        return why;
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QDir dir(m_dir.path());
    for (const char *sub : { "www/site", "www/readonly", "www/plain", "tmp", "logs" })
        dir.mkpath(QString::fromLatin1(sub));
    QFile::remove(dir.filePath(QStringLiteral("logs/nginx.pid")));

    if (!QFile::exists(dir.filePath(QStringLiteral("htpasswd")))) {
        QProcess htpasswd; // the password goes through stdin, not the command line
        htpasswd.start(QStringLiteral("htpasswd"),
            { QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-B"),
                dir.filePath(QStringLiteral("htpasswd")), user() });
        htpasswd.write(password().toUtf8() + '\n');
        htpasswd.closeWriteChannel();
        if (!htpasswd.waitForFinished(20000) || htpasswd.exitCode() != 0)
            return QStringLiteral("htpasswd failed: ")
                + QString::fromLocal8Bit(htpasswd.readAllStandardError());
    }
    if (!QFile::exists(certificatePath())) {
        QProcess openssl; // a certificate nobody trusts, for the TLS tests
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                QStringLiteral("-out"), certificatePath() });
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl failed: ")
                + QString::fromLocal8Bit(openssl.readAllStandardError());
    }
    // A port found free may be taken by another test's server before nginx binds it; nginx
    // then gives up, while a probe of the port would reach the other server. So the server is
    // ours only once nginx wrote its pid file (after binding), and ports picked here are
    // picked again when nginx could not bind them.
    const bool pickPorts = m_port == 0;
    for (int attempt = 1;; ++attempt) {
        if (pickPorts) {
            m_port = freePort();
            m_tlsPort = freePort();
        }
        const QString why = launch(dir);
        if (why.isEmpty() || !pickPorts || attempt == 5
            || !why.contains(QStringLiteral("Address already in use")))
            return why;
    }
}

QString NginxServer::launch(const QDir &dir)
{
    QFile::remove(dir.filePath(QStringLiteral("logs/nginx.pid")));
    const QString prefix = m_dir.path();
    const QString auth
        = QStringLiteral("auth_basic \"Relais tests\"; auth_basic_user_file %1/htpasswd;")
              .arg(prefix);
    const QString conf = QStringLiteral("load_module %1;\n").arg(QString::fromLatin1(DavExtModule))
        + (::geteuid() == 0 ? QStringLiteral("user root;\n") : QString())
        + QStringLiteral("worker_processes 1;\n"
                         "error_log %1/logs/error.log warn;\n"
                         "pid %1/logs/nginx.pid;\n"
                         "events { worker_connections 512; }\n"
                         "http {\n"
                         "  access_log %1/logs/access.log;\n"
                         "  client_body_temp_path %1/tmp/body;\n"
                         "  proxy_temp_path %1/tmp/proxy;\n"
                         "  fastcgi_temp_path %1/tmp/fastcgi;\n"
                         "  uwsgi_temp_path %1/tmp/uwsgi;\n"
                         "  scgi_temp_path %1/tmp/scgi;\n"
                         "  types { text/html html; text/css css; application/xml xml; "
                         "application/json json; }\n"
                         "  keepalive_requests 100000;\n"
                         "  server {\n"
                         "    listen 127.0.0.1:%2;\n"
                         "    listen 127.0.0.1:%4 ssl;\n"
                         "    ssl_certificate %1/cert.pem;\n"
                         "    ssl_certificate_key %1/key.pem;\n"
                         "    root %1/www;\n"
                         "    client_max_body_size 200m;\n"
                         "    location /site/ { %3 dav_methods PUT DELETE MKCOL MOVE; "
                         "dav_ext_methods PROPFIND OPTIONS;\n"
                         "      dav_access user:rw group:r all:r; }\n"
                         "    location /readonly/ { %3 dav_ext_methods PROPFIND OPTIONS;\n"
                         "      limit_except GET PROPFIND OPTIONS { deny all; } }\n"
                         "    location /plain/ { %3 }\n"
                         "  }\n"
                         "}\n")
              .arg(prefix)
              .arg(m_port)
              .arg(auth)
              .arg(m_tlsPort);
    QFile file(dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0)
        return QStringLiteral("cannot write nginx.conf");
    file.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QString::fromLatin1(NginxBinary),
        { QStringLiteral("-p"), prefix, QStringLiteral("-c"),
            dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
            dir.filePath(QStringLiteral("logs/error.log")), QStringLiteral("-g"),
            QStringLiteral("daemon off;") });
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("nginx did not start: ") + m_process->errorString();
    m_pid = m_process->processId();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        if (m_process->state() != QProcess::Running) {
            QFile log(dir.filePath(QStringLiteral("logs/error.log")));
            log.open(QIODevice::ReadOnly);
            m_pid = 0;
            return QStringLiteral("nginx stopped at once: ")
                + QString::fromLocal8Bit(log.readAll().right(2000));
        }
        QTcpSocket probe;
        if (QFile::exists(dir.filePath(QStringLiteral("logs/nginx.pid")))) {
            probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (probe.waitForConnected(200))
                return {};
        }
        m_process->waitForFinished(20);
    }
    stop();
    return QStringLiteral("nginx did not listen on port %1").arg(m_port);
}

void NginxServer::stop()
{
    if (!m_process || m_pid <= 0)
        return;
    ::kill(pid_t(m_pid), SIGTERM); // by its pid: a fast shutdown of master and worker
    if (!m_process->waitForFinished(10000)) {
        ::kill(pid_t(m_pid), SIGKILL);
        m_process->waitForFinished(5000);
    }
    m_pid = 0;
    m_process.reset();
}

} // namespace Relais::Test
