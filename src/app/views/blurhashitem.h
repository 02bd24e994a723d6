#pragma once
#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// Paints a BlurHash placeholder stretched over the item. The hash decodes into a tiny image once
// (when it changes); scaling is left to the painter, so resizing costs nothing.
class BlurhashItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString hash READ hash WRITE setHash NOTIFY hashChanged)
    // False for an empty or malformed hash: QML shows a plain colour instead.
    Q_PROPERTY(bool valid READ isValid NOTIFY hashChanged)
public:
    explicit BlurhashItem(QQuickItem *parent = nullptr);

    QString hash() const { return m_hash; }
    void setHash(const QString &hash);
    bool isValid() const { return !m_image.isNull(); }
    // The decoded image (for tests).
    Q_INVOKABLE QColor colorAt(qreal x, qreal y) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void hashChanged();

private:
    QString m_hash;
    QImage m_image;
};

} // namespace tusk::views
