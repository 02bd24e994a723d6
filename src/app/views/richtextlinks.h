#pragma once
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// The links of sanitized rich text, in order, so a keyboard user can pick one from a menu (a
// Text item has no keyboard link navigation). Reads the HTML with QTextDocument, the same engine
// that renders it, so QML never parses HTML.
class RichTextLinks : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit RichTextLinks(QObject *parent = nullptr) : QObject(parent) {}

    // [{text, url}] for each <a href>, adjacent fragments of one link merged.
    Q_INVOKABLE static QVariantList links(const QString &html);
    // "tag" for a hashtag link (…/tags/NAME), "" otherwise: the view opens tags in the app.
    Q_INVOKABLE static QString hashtagOf(const QString &url);
};

} // namespace tusk::views
