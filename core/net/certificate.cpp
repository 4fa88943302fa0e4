// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/certificate.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace Relais {

QByteArray certificateSha256(QNetworkReply *reply, const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull())
            return e.certificate().digest(QCryptographicHash::Sha256).toHex();
    }
    if (!reply->sslConfiguration().peerCertificate().isNull())
        return reply->sslConfiguration()
            .peerCertificate()
            .digest(QCryptographicHash::Sha256)
            .toHex();
    return {};
}

} // namespace Relais
