// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpsession.h"

#include "net/certificate.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>

namespace Relais {

HttpSession::HttpSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_manager(this)
    , m_trustedCertificate(options.trustedCertificate.toLower())
{
    if (!options.user.isEmpty() || !options.password.isEmpty())
        m_authorization = "Basic "
            + QByteArray(options.user.toUtf8() + ':' + options.password.toUtf8()).toBase64();
    m_manager.setRedirectPolicy(options.redirects);
    m_manager.setAutoDeleteReplies(false);
    connect(&m_manager, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            const QByteArray digest = certificateSha256(reply, errors);
            // Only the one certificate the user trusted by its fingerprint, never all errors.
            if (!m_trustedCertificate.isEmpty() && digest == m_trustedCertificate) {
                reply->ignoreSslErrors(errors);
                return;
            }
            emit untrustedCertificate(reply, digest);
        });
    // Nothing may answer 401 for us: a wrong password must come back as such.
    connect(&m_manager, &QNetworkAccessManager::authenticationRequired, this,
        [](QNetworkReply *, QAuthenticator *) {});
}

QString HttpSession::userAgent()
{
    return QStringLiteral("Relais/%1").arg(QCoreApplication::applicationVersion());
}

QNetworkRequest HttpSession::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return request;
}

} // namespace Relais
