#pragma once
#include <QImage>
#include <QString>

namespace tusk::views {

// Decodes a BlurHash (https://blurha.sh) into a small image, the placeholder a media tile shows
// while the real image loads (or instead of it, for sensitive media). Returns a null image for a
// malformed hash. `punch` scales the contrast of the AC components (1 = as encoded).
QImage decodeBlurhash(const QString &hash, QSize size, double punch = 1.0);

// Whether `hash` is well formed (alphabet, length matching its component count).
bool isValidBlurhash(const QString &hash);

} // namespace tusk::views
