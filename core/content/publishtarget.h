// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Relais {

// A place the site is published to. The password is not here: it is in the keyring under
// keychainKey().
struct PublishTarget
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("webdav");
    QUrl url;
    QString username;
    QByteArray trustedCertificate; // SHA-256 of the one certificate trusted by hand, hex
    QByteArray lastManifest; // the manifest this database last wrote there
    QDateTime createdAt;
    // WordPress: who the user is and what the role allows, as the server said when last asked
    // (JSON of WordPressAccount); empty when never asked.
    QByteArray account;

    QString keychainKey() const;
    bool isWordPress() const { return kind == u"wordpress"; }
};

} // namespace Relais
