#include "blurhashitem.h"

#include "blurhash.h"

#include <QPainter>

namespace tusk::views {

namespace {
// Enough detail for a 9×9-component hash; the painter smooths it when scaling up.
constexpr QSize kDecodeSize(32, 32);
} // namespace

BlurhashItem::BlurhashItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
}

void BlurhashItem::setHash(const QString &hash)
{
    if (hash == m_hash)
        return;
    m_hash = hash;
    m_image = decodeBlurhash(hash, kDecodeSize);
    update();
    Q_EMIT hashChanged();
}

QColor BlurhashItem::colorAt(qreal x, qreal y) const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return {};
    const int px = std::clamp(int(x / width() * m_image.width()), 0, m_image.width() - 1);
    const int py = std::clamp(int(y / height() * m_image.height()), 0, m_image.height() - 1);
    return m_image.pixelColor(px, py);
}

void BlurhashItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(boundingRect(), m_image);
}

} // namespace tusk::views
