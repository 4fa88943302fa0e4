// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/servercertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QtEndian>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::ServerCertificate", text);
}

QString firstOf(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.first();
}

} // namespace

Result<ServerCertificate> ServerCertificate::fetch(const QString &host, int port, int timeoutMs)
{
    const QString where = host + QLatin1Char(':') + QString::number(port);
    if (!QSslSocket::supportsSsl())
        return Error::failed(tr("This computer cannot read TLS certificates (no TLS library)."));
    const QDeadlineTimer deadline(timeoutMs);
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // read, never trusted
    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return Error { Error::Code::Unreachable,
            tr("%1 does not answer (%2).").arg(where, socket.errorString()), {} };
    // PostgreSQL's SSLRequest: length 8, code 1234.5679.
    char request[8];
    qToBigEndian<quint32>(8, request);
    qToBigEndian<quint32>(80877103, request + 4);
    socket.write(request, sizeof request);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime()))
        || (socket.bytesAvailable() < 1 && !socket.waitForReadyRead(int(deadline.remainingTime()))))
        return Error { Error::Code::Unreachable,
            tr("%1 did not answer the request for TLS.").arg(where), {} };
    char answer = 0;
    socket.read(&answer, 1);
    if (answer != 'S')
        return Error::failed(tr("%1 does not offer TLS.").arg(where));
    socket.startClientEncryption();
    if (!socket.waitForEncrypted(int(deadline.remainingTime())))
        return Error::failed(
            tr("%1: no TLS connection could be made (%2).").arg(where, socket.errorString()));
    const QSslCertificate certificate = socket.peerCertificate();
    socket.abort();
    if (certificate.isNull())
        return Error::failed(tr("%1 presents no certificate.").arg(where));
    ServerCertificate found;
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    found.sha256 = pairs.join(QLatin1Char(':'));
    found.subject = firstOf(certificate.subjectInfo(QSslCertificate::CommonName));
    if (found.subject.isEmpty())
        found.subject = certificate.subjectDisplayName();
    found.issuer = firstOf(certificate.issuerInfo(QSslCertificate::CommonName));
    if (found.issuer.isEmpty())
        found.issuer = certificate.issuerDisplayName();
    found.expires = certificate.expiryDate().toUTC();
    found.selfSigned = certificate.isSelfSigned();
    return found;
}

} // namespace Relais
