import QtQuick
import QtQuick.Controls

// An account's picture, or its initial on a tinted square while none is loaded.
Rectangle {
    id: avatar
    property url source
    property string name
    implicitWidth: 40
    implicitHeight: 40
    radius: 6
    // The initial's square takes a colour from the name, so accounts tell apart at a glance.
    color: Qt.hsla((Array.from(avatar.name).reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7)) / 360,
                   0.45, 0.45, 1)
    clip: true
    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        Accessible.ignored: true // decoration: the button around it has the name
        visible: image.status !== Image.Ready
        text: avatar.name.length > 0 ? avatar.name.charAt(0).toUpperCase() : "?"
        font.pixelSize: avatar.height * 0.45
        font.bold: true
        color: "white"
    }
    Image {
        id: image
        anchors.fill: parent
        // The server's stock "missing" picture is no picture: show the initial instead.
        source: String(avatar.source).endsWith("/missing.png") ? "" : avatar.source
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: width * Screen.devicePixelRatio
        sourceSize.height: height * Screen.devicePixelRatio
        smooth: true
        mipmap: true
    }
}
