// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class QNetworkReply;
class QSslError;

namespace Relais {

// The SHA-256 fingerprint (hex) of the certificate a TLS error is about, else the peer's: what
// the user is shown, and may choose to trust for one target.
QByteArray certificateSha256(QNetworkReply *reply, const QList<QSslError> &errors);

} // namespace Relais
