#pragma once
// What an upload is, judged from its bytes (never from its name or the client's Content-Type),
// and what the server derives from an image: size, blurhash and a preview.
#include <QByteArray>
#include <QString>

#include <optional>

namespace tusk::server::media {

struct SniffedType {
    QString mime;      // image/png
    QString type;      // Mastodon's attachment type: image, video, audio
    QString extension; // png (without the dot)
};

// nullopt for anything outside the accepted set: JPEG, PNG, GIF, WebP, MP4, WebM, MP3, Ogg, WAV.
std::optional<SniffedType> sniff(const QByteArray &data);

struct ImageInfo {
    int width = 0;
    int height = 0;
    QString blurhash;
    QByteArray preview; // JPEG (PNG when the image has transparency), at most 640 px a side
    QString previewExtension;
    int previewWidth = 0;
    int previewHeight = 0;
    // Set when the original carried EXIF/XMP metadata (camera, GPS position): the image
    // re-encoded upright without it, to store instead of the upload.
    QByteArray stripped;
};

constexpr int kPreviewSide = 640;

// Decodes the image (EXIF orientation applied). nullopt with `error` set when it cannot be read
// or has more than `maxPixels` pixels. Formats this Qt cannot decode (WebP without the plugin)
// give an ImageInfo with only what the header tells, and no preview.
std::optional<ImageInfo> inspectImage(const QByteArray &data, const SniffedType &type,
                                      qint64 maxPixels, QString *error);

} // namespace tusk::server::media
