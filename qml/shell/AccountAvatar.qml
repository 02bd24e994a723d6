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
    color: palette.mid
    clip: true
    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        visible: image.status !== Image.Ready
        text: avatar.name.length > 0 ? avatar.name.charAt(0).toUpperCase() : "?"
        font.pixelSize: avatar.height * 0.45
        font.bold: true
        color: palette.buttonText
    }
    Image {
        id: image
        anchors.fill: parent
        source: avatar.source
        asynchronous: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: width * Screen.devicePixelRatio
        sourceSize.height: height * Screen.devicePixelRatio
        smooth: true
        mipmap: true
    }
}
