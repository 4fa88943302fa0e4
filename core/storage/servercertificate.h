// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace Relais {

// The certificate a PostgreSQL server presents, read without trusting it: what a person needs
// to ask the newsroom's administrator "is this yours?" when libpq refuses it (issue 18).
struct ServerCertificate
{
    QString sha256; // "AB:CD:…", as openssl x509 -fingerprint -sha256 prints it
    QString subject; // the common name, else the whole subject
    QString issuer;
    QDateTime expires; // UTC
    bool selfSigned = false;

    // Asks the server at host:port for TLS (PostgreSQL's SSLRequest) and reads its certificate;
    // sends nothing else and closes. Blocking, at most timeoutMs: call it off the GUI thread.
    static Result<ServerCertificate> fetch(const QString &host, int port, int timeoutMs = 5000);
};

} // namespace Relais
