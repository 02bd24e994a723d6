#include "clipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace tusk::views {

void Clipboard::setText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

QString Clipboard::text()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace tusk::views
