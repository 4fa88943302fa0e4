// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>

namespace Relais {

class MediaRepository;

// Small pictures of the media store for the lists. The picture's 800 px copy is read on the
// GUI thread (one row of the database), decoded at the small size in a worker thread (JPEG
// decodes straight to an eighth of its size), and kept; ready() says when one has come.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    ThumbnailCache(MediaRepository &media, QSize size, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QSize size() const { return m_size; }
    // The thumbnail of the picture named name, or a null pixmap while it is being made (ready()
    // follows) or when there is no such picture.
    QPixmap thumbnail(const QString &name);
    // A transparent pixmap of the thumbnails' size, for rows without a picture: titles stay
    // aligned.
    QPixmap placeholder() const { return m_placeholder; }
    // Forgets everything (pictures removed or described anew).
    void clear();

signals:
    void ready(const QString &name);

private:
    MediaRepository &m_media;
    QSize m_size;
    QPixmap m_placeholder;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_missing;
    int m_generation = 0; // results of an earlier generation are dropped after clear()
};

} // namespace Relais
