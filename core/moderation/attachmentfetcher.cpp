// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderation/attachmentfetcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QTimer>

namespace Relais {

AttachmentFetcher::AttachmentFetcher(QObject *parent)
    : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("“%1”: the server sent nothing for %2 seconds.")
                 .arg(m_name)
                 .arg(m_timeoutMs / 1000));
    });
}

AttachmentFetcher::~AttachmentFetcher()
{
    if (m_reply)
        m_reply->abort();
}

QString AttachmentFetcher::sniff(const QByteArray &b, QString *extension)
{
    auto set = [extension](const char *ext, const char *mime) {
        if (extension)
            *extension = QString::fromLatin1(ext);
        return QString::fromLatin1(mime);
    };
    if (b.startsWith("\xFF\xD8\xFF"))
        return set("jpg", "image/jpeg");
    if (b.startsWith("\x89PNG\r\n\x1A\n"))
        return set("png", "image/png");
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return set("gif", "image/gif");
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return set("webp", "image/webp");
    if (b.startsWith("%PDF-"))
        return set("pdf", "application/pdf");
    return {};
}

void AttachmentFetcher::cancel()
{
    fail(tr("“%1”: cancelled.").arg(m_name));
}

void AttachmentFetcher::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    Result r;
    r.error = error;
    emit finished(r);
}

void AttachmentFetcher::fetch(const QUrl &url, const QString &name)
{
    m_name = name.isEmpty() ? url.fileName() : name;
    m_done = false;
    m_body.clear();
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, url] {
                fail(tr("“%1”: only http and https addresses are downloaded, not “%2”.")
                         .arg(m_name, url.toDisplayString()));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request = m_session.request(url);
    request.setMaximumRedirectsAllowed(3);
    m_reply = m_session.manager().get(request);
    m_timer->start(m_timeoutMs);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &to) {
        if (to.scheme() != u"http" && to.scheme() != u"https") {
            fail(tr("“%1”: the server redirects to “%2”, which is not http or https.")
                     .arg(m_name, to.toDisplayString()));
            return;
        }
        emit m_reply->redirectAllowed();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes)
            fail(tr("“%1” is too large: %2, at most %3 are downloaded.")
                     .arg(m_name, QLocale().formattedDataSize(length.toLongLong()),
                         QLocale().formattedDataSize(m_maxBytes)));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_timer->start(m_timeoutMs);
        m_body += m_reply->readAll();
        if (m_body.size() > m_maxBytes) {
            fail(tr("“%1” is too large: more than %2.")
                     .arg(m_name, QLocale().formattedDataSize(m_maxBytes)));
            return;
        }
        emit progress(
            m_body.size(), m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        if (m_done)
            return;
        m_timer->stop();
        m_body += m_reply->readAll();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200) {
            fail(tr("“%1” could not be downloaded: the server answered %2.")
                     .arg(m_name)
                     .arg(status));
            return;
        }
        if (m_reply->error() != QNetworkReply::NoError) {
            fail(tr("“%1” could not be downloaded: %2").arg(m_name, m_reply->errorString()));
            return;
        }
        if (status != 200) {
            fail(tr("“%1” could not be downloaded: the server answered %2.")
                     .arg(m_name)
                     .arg(status));
            return;
        }
        if (m_body.size() > m_maxBytes) {
            fail(tr("“%1” is too large: more than %2.")
                     .arg(m_name, QLocale().formattedDataSize(m_maxBytes)));
            return;
        }
        Result r;
        r.mime = sniff(m_body, &r.extension);
        if (r.mime.isEmpty()) {
            const QString said = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
            fail(tr("“%1” is not a picture (JPEG, PNG, GIF, WebP) or a PDF, whatever the server "
                    "says (%2); it was not kept.")
                     .arg(m_name, said.isEmpty() ? tr("no type") : said.left(80)));
            return;
        }
        m_done = true;
        r.ok = true;
        r.bytes = m_body;
        r.url = m_reply->url();
        m_reply->deleteLater();
        emit finished(r);
    });
}

} // namespace Relais
