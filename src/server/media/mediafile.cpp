#include "server/media/mediafile.h"

#include "server/media/blurhash.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace tusk::server::media {

namespace {

bool at(const QByteArray &data, qsizetype offset, QByteArrayView magic)
{
    return data.size() >= offset + magic.size() &&
           QByteArrayView(data).sliced(offset, magic.size()) == magic;
}

quint32 le16(const QByteArray &d, qsizetype i)
{
    return quint8(d[i]) | quint32(quint8(d[i + 1])) << 8;
}

quint32 le24(const QByteArray &d, qsizetype i)
{
    return le16(d, i) | quint32(quint8(d[i + 2])) << 16;
}

// WebP keeps its canvas size in the first chunk; used when Qt has no WebP plugin.
std::pair<int, int> webpSize(const QByteArray &d)
{
    if (at(d, 12, "VP8X") && d.size() >= 30)
        return {int(le24(d, 24)) + 1, int(le24(d, 27)) + 1};
    if (at(d, 12, "VP8L") && d.size() >= 25) {
        const quint32 bits = quint32(quint8(d[21])) | quint32(quint8(d[22])) << 8 |
                             quint32(quint8(d[23])) << 16 | quint32(quint8(d[24])) << 24;
        return {int(bits & 0x3FFF) + 1, int((bits >> 14) & 0x3FFF) + 1};
    }
    if (at(d, 12, "VP8 ") && d.size() >= 30)
        return {int(le16(d, 26) & 0x3FFF), int(le16(d, 28) & 0x3FFF)};
    return {0, 0};
}

// Whether a JPEG has an APP1 segment (EXIF or XMP) before its image data.
bool jpegHasMetadata(const QByteArray &d)
{
    qsizetype pos = 2; // after SOI
    while (pos + 4 <= d.size() && quint8(d[pos]) == 0xFF) {
        const quint8 marker = quint8(d[pos + 1]);
        if (marker == 0xDA) // start of scan: no more headers
            return false;
        if (marker == 0xE1)
            return true;
        pos += 2 + ((quint8(d[pos + 2]) << 8) | quint8(d[pos + 3]));
    }
    return false;
}

} // namespace

std::optional<SniffedType> sniff(const QByteArray &d)
{
    auto is = [](const char *mime, const char *type, const char *ext) {
        return SniffedType{QString::fromLatin1(mime), QString::fromLatin1(type),
                           QString::fromLatin1(ext)};
    };
    if (at(d, 0, "\xFF\xD8\xFF"))
        return is("image/jpeg", "image", "jpg");
    if (at(d, 0, "\x89PNG\r\n\x1A\n"))
        return is("image/png", "image", "png");
    if (at(d, 0, "GIF87a") || at(d, 0, "GIF89a"))
        return is("image/gif", "image", "gif");
    if (at(d, 0, "RIFF") && at(d, 8, "WEBP"))
        return is("image/webp", "image", "webp");
    if (at(d, 0, "RIFF") && at(d, 8, "WAVE"))
        return is("audio/wav", "audio", "wav");
    if (at(d, 4, "ftyp")) {
        // ISO media: audio-only brands are M4A; everything else plays as MP4 video.
        if (at(d, 8, "M4A ") || at(d, 8, "M4B "))
            return std::nullopt;
        return is("video/mp4", "video", "mp4");
    }
    if (at(d, 0, "\x1A\x45\xDF\xA3")) {
        // EBML: WebM names its DocType early in the header; plain Matroska is not accepted.
        if (d.left(64).contains("webm"))
            return is("video/webm", "video", "webm");
        return std::nullopt;
    }
    if (at(d, 0, "OggS"))
        return is("audio/ogg", "audio", "ogg");
    if (at(d, 0, "ID3") || (d.size() >= 2 && quint8(d[0]) == 0xFF && (quint8(d[1]) & 0xE6) == 0xE2))
        return is("audio/mpeg", "audio", "mp3"); // MPEG-1/2 layer III frame sync
    return std::nullopt;
}

std::optional<ImageInfo> inspectImage(const QByteArray &data, const SniffedType &type,
                                      qint64 maxPixels, QString *error)
{
    ImageInfo info;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        if (type.mime == u"image/webp") {
            const auto [w, h] = webpSize(data);
            if (w <= 0 || h <= 0) {
                *error = QCoreApplication::translate("tusk::server", "The WebP image is damaged");
                return std::nullopt;
            }
            info.width = w;
            info.height = h;
            return info;
        }
        *error = QCoreApplication::translate("tusk::server", "The image cannot be decoded");
        return std::nullopt;
    }
    QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maxPixels) {
        *error = QCoreApplication::translate("tusk::server", "The image has too many pixels");
        return std::nullopt;
    }
    // Qt's own allocation guard (256 MB by default) stays in force as a second fence.
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = QCoreApplication::translate("tusk::server", "The image cannot be decoded: %1")
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (qint64(image.width()) * image.height() > maxPixels) {
        *error = QCoreApplication::translate("tusk::server", "The image has too many pixels");
        return std::nullopt;
    }
    info.width = image.width();
    info.height = image.height();
    if (type.mime == u"image/jpeg" && jpegHasMetadata(data)) {
        // Mastodon strips metadata too; the pixels are already turned upright.
        QBuffer clean(&info.stripped);
        clean.open(QIODevice::WriteOnly);
        QImageWriter writer(&clean, "jpeg");
        writer.setQuality(90);
        if (!writer.write(image))
            info.stripped.clear();
    }
    const QImage preview = image.width() > kPreviewSide || image.height() > kPreviewSide
                               ? image.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio,
                                              Qt::SmoothTransformation)
                               : image;
    info.previewWidth = preview.width();
    info.previewHeight = preview.height();
    info.blurhash = encodeBlurhash(preview);
    QBuffer out(&info.preview);
    out.open(QIODevice::WriteOnly);
    const bool alpha = preview.hasAlphaChannel();
    info.previewExtension = alpha ? QStringLiteral("png") : QStringLiteral("jpg");
    QImageWriter writer(&out, alpha ? "png" : "jpeg");
    if (!alpha)
        writer.setQuality(85);
    if (!writer.write(preview))
        info.preview.clear(); // no preview: clients fall back to the original
    return info;
}

} // namespace tusk::server::media
