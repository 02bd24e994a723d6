import QtQuick
import QtQuick.Controls

// A compact button with a glyph and an optional count. Not a Tab stop by default: inside a status
// the status itself is the one focus stop and these actions have keys and a context menu.
ToolButton {
    id: button
    property string glyph
    property string label       // spoken and shown in the tooltip
    property int count: -1      // shown after the glyph when >= 0
    property string shortcutHint

    focusPolicy: Qt.NoFocus
    text: count > 0 ? glyph + " " + count : glyph
    font.pixelSize: 14
    Accessible.name: label
    Accessible.description: count >= 0 ? qsTr("%n", "count", count) : ""
    Accessible.checkable: checkable
    Accessible.checked: checked
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: shortcutHint ? qsTr("%1 (%2)").arg(label).arg(shortcutHint) : label
}
