// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

namespace Relais {

// The HTTP set-up every client of Relais shares, in one place: one QNetworkAccessManager
// (each client makes its session in its own thread: a manager is not shared across threads),
// the user agent, Basic authentication sent with every request and never answered for us (a
// wrong password comes back as 401), no cache, redirects followed only where the client says,
// and TLS that trusts the system's authorities plus, when given, exactly one certificate by
// its SHA-256 fingerprint — never "all errors". A reply refused for an untrusted certificate
// is reported with the certificate's fingerprint, for the user to see and perhaps trust.
class HttpSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString user; // Basic authentication when user or password is set
        QString password;
        QByteArray trustedCertificate; // SHA-256 fingerprint in hex, or empty
        // Manual: 3xx answers come back to the client (WebDAV, WordPress check each one).
        QNetworkRequest::RedirectPolicy redirects = QNetworkRequest::ManualRedirectPolicy;
    };

    explicit HttpSession(const Options &options, QObject *parent = nullptr);

    QNetworkAccessManager &manager() { return m_manager; }
    // A request to url with the session's headers and attributes.
    QNetworkRequest request(const QUrl &url) const;
    static QString userAgent();

signals:
    // The reply failed TLS on a certificate not trusted; fingerprint is its SHA-256 in hex.
    void untrustedCertificate(QNetworkReply *reply, const QByteArray &fingerprint);

private:
    QNetworkAccessManager m_manager;
    QByteArray m_authorization;
    QByteArray m_trustedCertificate;
};

} // namespace Relais
