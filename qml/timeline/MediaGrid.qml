import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components

// Up to four media tiles: blurhash placeholder first, the preview once loaded, an ALT badge
// when the attachment has a description. Hidden (sensitive) media stay blurred until revealed.
Item {
    id: grid
    property var media: []
    property bool hidden: false
    signal opened(int index)
    signal toggleHidden()

    readonly property int shown: Math.min(media.length, 4)
    readonly property real aspect: {
        if (shown !== 1)
            return 9 / 16;
        const m = media[0];
        return m && m.width > 0 && m.height > 0 ? Math.min(m.height / m.width, 1.2) : 9 / 16;
    }
    implicitHeight: Math.min(width * aspect, 420)

    GridLayout {
        anchors.fill: parent
        columns: grid.shown > 1 ? 2 : 1
        rowSpacing: 4
        columnSpacing: 4

        Repeater {
            model: grid.shown
            delegate: BlurhashImage {
                id: tile
                required property int index
                readonly property var item: grid.media[index]
                objectName: "mediaTile" + index
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.rowSpan: grid.shown === 3 && index === 0 ? 2 : 1
                blurhash: item && item.blurhash ? item.blurhash : ""
                source: item ? (item.previewUrl || item.url || "") : ""
                hidden: grid.hidden
                hiddenLabel: qsTr("Sensitive content")
                Accessible.role: Accessible.Graphic
                Accessible.name: item && item.description ? item.description : qsTr("Media without a description")

                Label {
                    objectName: "altBadge"
                    visible: !!tile.item && !!tile.item.description && !grid.hidden
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: 6
                    text: qsTr("ALT")
                    font.bold: true
                    font.pixelSize: 11
                    color: "white"
                    padding: 3
                    background: Rectangle { color: "#cc000000"; radius: 3 }
                    Accessible.ignored: true
                    HoverHandler { id: altHover }
                    ToolTip.visible: altHover.hovered
                    ToolTip.text: tile.item ? tile.item.description : ""
                }
                Rectangle {
                    visible: !!tile.item && (tile.item.type === "video" || tile.item.type === "gifv")
                    anchors.centerIn: parent
                    width: 48
                    height: 48
                    radius: 24
                    color: "#99000000"
                    Icon {
                        anchors.centerIn: parent
                        name: "video"
                        size: 28
                        color: "white"
                    }
                }
                TapHandler {
                    onTapped: grid.hidden ? grid.toggleHidden() : grid.opened(tile.index)
                }
            }
        }
    }
    ToolButton {
        visible: !grid.hidden && grid.shown > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 4
        focusPolicy: Qt.NoFocus
        icon.source: "qrc:/icons/ui/eye-off.svg"
        icon.color: palette.buttonText
        display: AbstractButton.IconOnly
        Accessible.name: qsTr("Hide media")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Accessible.name
        onClicked: grid.toggleHidden()
    }
}
