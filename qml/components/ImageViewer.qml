import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "Util.js" as Util

// Full-window media viewer: zoom (wheel, +/-, pinch), pan (drag, arrows when zoomed), previous/next
// (Left/Right, PgUp/PgDn), alt text below the image, Esc closes. Open with show(media, index).
Popup {
    id: viewer
    property var media: []
    property int index: 0
    property real zoom: 1
    readonly property var current: media.length > index ? media[index] : null
    readonly property string altText: current && current.description ? current.description : ""

    function show(list, startIndex) {
        media = Util.list(list);
        index = Util.clamp(startIndex || 0, 0, Math.max(0, media.length - 1));
        zoom = 1;
        open();
    }
    function next() { if (index + 1 < media.length) { index++; zoom = 1; } }
    function previous() { if (index > 0) { index--; zoom = 1; } }
    function zoomBy(factor) { zoom = Util.clamp(zoom * factor, 1, 8); }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 800
    height: parent ? parent.height : 600
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    onOpened: content.forceActiveFocus()

    background: Rectangle { color: "#f0101010" }

    contentItem: FocusScope {
        id: content
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Image %1 of %2").arg(viewer.index + 1).arg(viewer.media.length)
        Accessible.description: viewer.altText

        Keys.onPressed: (event) => {
            switch (event.key) {
            case Qt.Key_Right:
                if (viewer.zoom > 1) flick.contentX = Math.min(flick.contentX + 60, flick.contentWidth - flick.width);
                else viewer.next();
                break;
            case Qt.Key_Left:
                if (viewer.zoom > 1) flick.contentX = Math.max(flick.contentX - 60, 0);
                else viewer.previous();
                break;
            case Qt.Key_Up: flick.contentY = Math.max(flick.contentY - 60, 0); break;
            case Qt.Key_Down: flick.contentY = Math.min(flick.contentY + 60, Math.max(0, flick.contentHeight - flick.height)); break;
            case Qt.Key_PageDown: viewer.next(); break;
            case Qt.Key_PageUp: viewer.previous(); break;
            case Qt.Key_Plus: case Qt.Key_Equal: viewer.zoomBy(1.25); break;
            case Qt.Key_Minus: viewer.zoomBy(0.8); break;
            case Qt.Key_0: viewer.zoom = 1; break;
            case Qt.Key_Escape: viewer.close(); break;
            default: return;
            }
            event.accepted = true;
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: Math.max(width, width * viewer.zoom)
                contentHeight: Math.max(height, height * viewer.zoom)
                boundsBehavior: Flickable.StopAtBounds
                interactive: viewer.zoom > 1

                Image {
                    id: image
                    width: flick.contentWidth
                    height: flick.contentHeight
                    source: viewer.current ? viewer.current.url : ""
                    asynchronous: true
                    fillMode: Image.PreserveAspectFit
                    Accessible.role: Accessible.Graphic
                    Accessible.name: viewer.altText || qsTr("Image without a description")
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: image.status === Image.Loading
                }
                PinchHandler {
                    target: null
                    onActiveScaleChanged: viewer.zoom = Util.clamp(activeScale, 1, 8)
                }
                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: (event) => viewer.zoomBy(event.angleDelta.y > 0 ? 1.15 : 0.87)
                }
            }

            Label {
                id: alt
                Layout.fillWidth: true
                Layout.margins: 12
                visible: text.length > 0
                text: viewer.altText
                color: "white"
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Description: %1").arg(text)
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 8
                Button {
                    text: qsTr("Previous")
                    enabled: viewer.index > 0
                    onClicked: viewer.previous()
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    color: "white"
                    text: qsTr("%1 / %2").arg(viewer.index + 1).arg(viewer.media.length)
                }
                Button {
                    text: qsTr("Zoom in")
                    onClicked: viewer.zoomBy(1.25)
                }
                Button {
                    text: qsTr("Zoom out")
                    enabled: viewer.zoom > 1
                    onClicked: viewer.zoomBy(0.8)
                }
                Button {
                    text: qsTr("Next")
                    enabled: viewer.index + 1 < viewer.media.length
                    onClicked: viewer.next()
                }
                Button {
                    text: qsTr("Close")
                    onClicked: viewer.close()
                }
            }
        }
    }
}
