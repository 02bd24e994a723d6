import QtQuick
import QtQuick.Controls

// A compact button with one of Tuskline's icons (resources/icons/ui) and an optional count. Not a Tab stop by default: inside a status
// the status itself is the one focus stop and these actions have keys and a context menu.
ToolButton {
    id: button
    property string iconName    // file name in qrc:/icons/ui without ".svg"
    property color onColor: palette.highlight // the icon's tint while `on`
    property string label       // spoken and shown in the tooltip
    property int count: -1      // shown after the icon when > 0
    // The count in words ("3 boosts"); part of the accessible name, which (unlike the
    // description) screen readers hear updated on Qt 6.4.
    property string countText
    property string shortcutHint
    // A two-state action (favourite, boost, bookmark). The state comes from the model, never from
    // the button: a click (or an AT-SPI press/toggle) only asks, through `clicked`.
    property bool toggle: false
    property bool on: false

    focusPolicy: Qt.NoFocus
    text: count > 0 ? String(count) : ""
    display: count > 0 ? AbstractButton.TextBesideIcon : AbstractButton.IconOnly
    icon.source: iconName ? "qrc:/icons/ui/" + iconName + ".svg" : ""
    icon.width: 18
    icon.height: 18
    icon.color: on ? onColor : palette.buttonText
    spacing: 4
    font.pixelSize: 13
    checkable: false
    checked: on
    Accessible.checkable: toggle
    Accessible.checked: on
    // Assistive technology presses through these (Qt 6.4 does not route them to `clicked`).
    Accessible.onPressAction: clicked()
    Accessible.onToggleAction: if (toggle) clicked()
    Accessible.name: count > 0 && countText ? label + ", " + countText : label
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: shortcutHint ? qsTr("%1 (%2)").arg(label).arg(shortcutHint) : label
}
