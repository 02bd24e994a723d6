import QtQuick
import QtQuick.Controls

// Sanitized rich text from a model (already safe for Text.RichText: the models sanitize, QML never
// parses HTML). Links open through `linkActivated`; the pointer shows which text is a link.
Label {
    id: label
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    linkColor: palette.link
    HoverHandler {
        cursorShape: label.hoveredLink ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
}
