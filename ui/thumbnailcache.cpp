// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include "storage/mediarepository.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QtConcurrent>

namespace Relais {

namespace {

// Decoded at the size shown: a JPEG reader then skips most of the work.
QImage decode(const QByteArray &bytes, const QSize &box)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (image.size() != image.size().scaled(box, Qt::KeepAspectRatio))
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Centred on a transparent image of the box's size, so rows line up.
    QImage framed(box, QImage::Format_ARGB32_Premultiplied);
    framed.fill(Qt::transparent);
    QPainter painter(&framed);
    painter.drawImage(
        (box.width() - image.width()) / 2, (box.height() - image.height()) / 2, image);
    return framed;
}

} // namespace

ThumbnailCache::ThumbnailCache(MediaRepository &media, QSize size, QObject *parent)
    : QObject(parent)
    , m_media(media)
    , m_size(size)
    , m_cache(400)
{
    QImage empty(size, QImage::Format_ARGB32_Premultiplied);
    empty.fill(Qt::transparent);
    m_placeholder = QPixmap::fromImage(empty);
}

ThumbnailCache::~ThumbnailCache() = default;

void ThumbnailCache::clear()
{
    m_cache.clear();
    m_pending.clear();
    m_missing.clear();
    ++m_generation;
}

QPixmap ThumbnailCache::thumbnail(const QString &name)
{
    if (name.isEmpty() || m_missing.contains(name))
        return {};
    if (const QPixmap *known = m_cache.object(name))
        return *known;
    if (m_pending.contains(name))
        return {};
    const auto media = m_media.byName(name);
    const auto bytes = media ? m_media.thumbnail(media->id) : Result<QByteArray>(media.error());
    if (!bytes) {
        m_missing.insert(name); // not in the store (any more): asked once, not at every paint
        return {};
    }
    m_pending.insert(name);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this,
        [this, watcher, name, generation = m_generation] {
            const QImage image = watcher->result();
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_pending.remove(name);
            if (image.isNull()) {
                m_missing.insert(name);
                return;
            }
            m_cache.insert(name, new QPixmap(QPixmap::fromImage(image)));
            emit ready(name);
        });
    watcher->setFuture(
        QtConcurrent::run([data = *bytes, box = m_size] { return decode(data, box); }));
    return {};
}

} // namespace Relais
