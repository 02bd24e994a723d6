import QtQuick
import QtQuick.Controls
import Tuskline.Views

// "5 min" in the timeline; the absolute local time in the tooltip; "5 minutes ago" for screen
// readers. Refreshes with TimeFormat.now.
Label {
    id: label
    property var time
    readonly property bool valid: time instanceof Date && !isNaN(time)
    readonly property string spoken: valid ? (TimeFormat.now, TimeFormat.spoken(time)) : ""
    text: valid ? (TimeFormat.now, TimeFormat.relative(time)) : ""
    opacity: 0.75
    Accessible.role: Accessible.StaticText
    Accessible.name: spoken
    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered
    ToolTip.delay: 500
    ToolTip.text: valid ? TimeFormat.absolute(time) : ""
}
