import QtQuick
import QtQuick.Controls

// One of Tuskline's UI icons (resources/icons/ui), tinted with `color`. A plain Image would draw
// the monochrome SVG black and Qt 6.4 has no MultiEffect, so this is a button that is not one:
// no background, no focus, no clicks, hidden from assistive technology (the text next to an icon
// carries the meaning).
ToolButton {
    id: icon
    property string name           // file name without ".svg", e.g. "reply"
    property int size: 16
    property color color: palette.windowText

    icon.source: name ? "qrc:/icons/ui/" + name + ".svg" : ""
    icon.color: color
    icon.width: size
    icon.height: size
    display: AbstractButton.IconOnly
    padding: 0
    implicitWidth: size
    implicitHeight: size
    background: null
    focusPolicy: Qt.NoFocus
    hoverEnabled: false
    // Presses go to whatever is under the icon (the status, a header): an empty mask contains no
    // point. (Not `enabled: false`, which draws the icon faded.)
    containmentMask: Item {}
    Accessible.ignored: true
}
