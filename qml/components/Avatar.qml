import QtQuick
import QtQuick.Controls

// An account picture, loaded asynchronously at the size it is shown (high-DPI aware), with the
// account's initial on a neutral tile while it loads or when there is none.
Control {
    id: avatar
    property url source
    property string name // plain text, for the initial and the accessible name
    property int size: 46
    implicitWidth: size
    implicitHeight: size
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Graphic
    Accessible.name: name ? qsTr("Avatar of %1").arg(name) : qsTr("Avatar")

    background: Rectangle {
        radius: avatar.size / 8
        color: avatar.palette.mid
        Label {
            anchors.centerIn: parent
            visible: image.status !== Image.Ready
            text: avatar.name ? avatar.name.charAt(0).toUpperCase() : ""
            font.pixelSize: avatar.size / 2
            color: avatar.palette.light
            Accessible.ignored: true
        }
    }
    contentItem: Image {
        id: image
        source: avatar.source
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: avatar.size * Screen.devicePixelRatio
        sourceSize.height: avatar.size * Screen.devicePixelRatio
        smooth: true
        Accessible.ignored: true
    }
    padding: 0
}
