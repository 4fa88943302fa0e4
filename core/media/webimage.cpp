// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/webimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QMimeDatabase>

#include "openfiles.h"
#include "storage/mediarepository.h"

namespace Relais::WebImage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::WebImage", text);
}

Result<QByteArray> encode(const QImage &image, const QByteArray &format, const QString &fileName)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(85);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    } else {
        writer.setCompression(9);
    }
    if (!writer.write(image))
        return Error::failed(
            tr("“%1”: the web copy could not be made (%2).").arg(fileName, writer.errorString()));
    return out;
}

QImage fitWidth(const QImage &image, int width)
{
    return image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
}

} // namespace

Result<QByteArray> readFile(const QString &path)
{
    if (auto inUse = OpenFiles::refuseDatabaseInUse(path); !inUse)
        return inUse.error();
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > MaxFileBytes)
        return Error::invalid(tr("“%1” is too large (%2); pictures up to %3 are accepted.")
                                  .arg(name, QLocale().formattedDataSize(file.size()),
                                      QLocale().formattedDataSize(MaxFileBytes)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("“%1” cannot be read: %2").arg(name, file.errorString()));
    return file.readAll();
}

Result<Copies> make(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Error::invalid(tr("“%1” is empty.").arg(fileName));
    if (bytes.size() > MaxFileBytes)
        return Error::invalid(tr("“%1” is too large (%2); pictures up to %3 are accepted.")
                                  .arg(fileName, QLocale().formattedDataSize(bytes.size()),
                                      QLocale().formattedDataSize(MaxFileBytes)));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // EXIF orientation: the picture as the camera held it
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead())
        return Error::invalid(
            tr("“%1” is not a picture Relais can read (JPEG, PNG, GIF).").arg(fileName));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels)
        return Error::invalid(tr("“%1” is too large: %2 × %3 pixels.")
                                  .arg(fileName)
                                  .arg(size.width())
                                  .arg(size.height()));
    QImage image = reader.read();
    if (image.isNull())
        return Error::invalid(
            tr("“%1” could not be read: %2.").arg(fileName, reader.errorString()));

    Copies copies;
    copies.originalMime = QMimeDatabase().mimeTypeForData(bytes).name();
    copies.width = image.width();
    copies.height = image.height();
    const bool lossless = format == "png" || format == "gif" || image.hasAlphaChannel();
    QByteArray outFormat;
    if (lossless) {
        copies.extension = QStringLiteral("png");
        outFormat = "png";
    } else {
        copies.extension = QStringLiteral("jpg");
        outFormat = "jpeg";
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    auto large = encode(fitWidth(image, LargeWidth), outFormat, fileName);
    if (!large)
        return large.error();
    auto small = encode(fitWidth(image, SmallWidth), outFormat, fileName);
    if (!small)
        return small.error();
    copies.large = *large;
    copies.small = *small;
    return copies;
}

Result<Media> store(
    MediaRepository &media, const QString &fileName, const QByteArray &bytes, const QString &alt)
{
    return media.add(fileName, bytes, alt, &make);
}

} // namespace Relais::WebImage
