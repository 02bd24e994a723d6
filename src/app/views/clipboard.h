#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// "Copy link" for QML, which has no clipboard API of its own in Qt 6.4.
class Clipboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit Clipboard(QObject *parent = nullptr) : QObject(parent) {}
    Q_INVOKABLE static void setText(const QString &text);
    Q_INVOKABLE static QString text();
};

} // namespace tusk::views
