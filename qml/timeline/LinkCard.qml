import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A link preview (the status' `card`): thumbnail, title, description, provider. Opens the link.
Pane {
    id: cardView
    property var card
    signal opened(string url)

    padding: 8
    background: Rectangle {
        color: "transparent"
        border.color: cardView.palette.mid
        radius: 6
    }
    Accessible.role: Accessible.Link
    Accessible.name: card && card.title ? card.title : ""

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Image {
            visible: !!cardView.card && !!cardView.card.image
            Layout.preferredWidth: 72
            Layout.preferredHeight: 72
            source: cardView.card && cardView.card.image ? cardView.card.image : ""
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            sourceSize.width: 144
            clip: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: cardView.card && cardView.card.providerName ? cardView.card.providerName : ""
                visible: text.length > 0
                opacity: 0.7
                font.pixelSize: 11
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: cardView.card && cardView.card.title ? cardView.card.title : ""
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: cardView.card && cardView.card.description ? cardView.card.description : ""
                visible: text.length > 0
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                opacity: 0.8
            }
        }
    }
    TapHandler { onTapped: cardView.opened(cardView.card.url) }
    HoverHandler { cursorShape: Qt.PointingHandCursor }
}
