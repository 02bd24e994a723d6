import QtQuick

// The visible keyboard focus indicator: a highlight-coloured outline around `target`.
Rectangle {
    id: ring
    property Item target: parent
    property color ringColor: "#3584e4"
    anchors.fill: target
    anchors.margins: 1
    color: "transparent"
    radius: 4
    border.width: 2
    border.color: ringColor
    visible: target && target.activeFocus
    Accessible.ignored: true
}
