// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpsession.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace Relais {

// Downloads one file a submission offers, only when a moderator asks: http or https only,
// at most maxBytes (refused from Content-Length before the body, and stopped as soon as the
// body goes over), redirects only to http(s) and at most three, a timeout without progress,
// and a type checked from the bytes themselves (JPEG, PNG, GIF, WebP pictures or a PDF):
// what a server says the type is counts for nothing. SVG is refused (it can hold scripts).
class AttachmentFetcher : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QByteArray bytes;
        QString mime; // found from the bytes
        QString extension; // "jpg", "png", "gif", "webp", "pdf"
        QUrl url; // after redirects
        QString error; // names the file and the problem
    };

    explicit AttachmentFetcher(QObject *parent = nullptr);
    ~AttachmentFetcher() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Emits finished() once, or progress() before it.
    void fetch(const QUrl &url, const QString &name);
    void cancel();

    // The type of a file from its first bytes; empty when it is none of the accepted ones.
    static QString sniff(const QByteArray &bytes, QString *extension = nullptr);

signals:
    void progress(qint64 received, qint64 total);
    void finished(const Relais::AttachmentFetcher::Result &result);

private:
    void fail(const QString &error);

    // No authentication, no certificate beyond the system's; redirects checked one by one.
    HttpSession m_session { { QString(), QString(), QByteArray(),
        QNetworkRequest::UserVerifiedRedirectPolicy, {} } };
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QString m_name;
    QByteArray m_body;
    qint64 m_maxBytes = qint64(10) * 1024 * 1024;
    int m_timeoutMs = 30000;
    bool m_done = false;
};

} // namespace Relais

Q_DECLARE_METATYPE(Relais::AttachmentFetcher::Result)
