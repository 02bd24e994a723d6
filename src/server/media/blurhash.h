#pragma once
// BlurHash (https://blurha.sh): a short base-83 string standing for a blurred image, which clients
// paint while the real preview loads. Mastodon computes 4 × 3 components.
#include <QImage>
#include <QString>

namespace tusk::server::media {

// Empty for a null image or components outside 1..9.
QString encodeBlurhash(const QImage &image, int componentsX = 4, int componentsY = 3);

// The image a hash stands for, `width` × `height` pixels; null for a malformed hash. `punch`
// scales the contrast as the reference decoder does.
QImage decodeBlurhash(const QString &hash, int width, int height, double punch = 1.0);

} // namespace tusk::server::media
