import QtQuick
import QtQuick.Controls
import Tuskline.Views

// A media tile: the blurhash placeholder at once, the preview image on top once loaded; for
// hidden (sensitive) media only the placeholder and a "Sensitive content" label.
Item {
    id: tile
    property string blurhash
    property url source
    property bool hidden: false
    property string hiddenLabel: qsTr("Sensitive content")
    readonly property bool loaded: image.status === Image.Ready && !hidden

    clip: true

    Rectangle {
        anchors.fill: parent
        color: "#777777"
        visible: !placeholder.valid
    }
    BlurhashItem {
        id: placeholder
        anchors.fill: parent
        hash: tile.blurhash
        visible: !tile.loaded
    }
    Image {
        id: image
        anchors.fill: parent
        source: tile.hidden ? "" : tile.source
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: tile.width * Screen.devicePixelRatio
        visible: !tile.hidden
    }
    Label {
        anchors.centerIn: parent
        visible: tile.hidden
        text: tile.hiddenLabel
        color: "white"
        style: Text.Outline
        styleColor: "black"
    }
}
