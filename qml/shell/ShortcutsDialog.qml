import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "?": every keyboard shortcut. The same table is in the README.
Dialog {
    id: dialog
    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 560, 560)
    height: Math.min(parent ? parent.height - 40 : 640, 640)

    readonly property var shortcuts: [
        { keys: "?", action: qsTr("Show this list") },
        { keys: "n", action: qsTr("New post") },
        { keys: "/", action: qsTr("Search") },
        { keys: qsTr("Backspace, Esc"), action: qsTr("Back") },
        { keys: "1 – 9", action: qsTr("Focus column 1 to 9") },
        { keys: "Ctrl+1 – Ctrl+9", action: qsTr("Switch to account 1 to 9") },
        { keys: "g h", action: qsTr("Go to Home") },
        { keys: "g n", action: qsTr("Go to Notifications") },
        { keys: "g l", action: qsTr("Go to the local timeline") },
        { keys: "g t", action: qsTr("Go to the federated timeline") },
        { keys: "g d", action: qsTr("Go to direct messages") },
        { keys: "g f", action: qsTr("Go to favourites") },
        { keys: "g b", action: qsTr("Go to bookmarks") },
        { keys: "g u", action: qsTr("Go to your profile") },
        { keys: "j, k", action: qsTr("Next / previous post") },
        { keys: qsTr("Enter, o"), action: qsTr("Open the post's thread") },
        { keys: "r", action: qsTr("Reply") },
        { keys: "f", action: qsTr("Favourite") },
        { keys: "b", action: qsTr("Boost") },
        { keys: "m", action: qsTr("Mention the author") },
        { keys: "p", action: qsTr("Open the author's profile") },
        { keys: "x", action: qsTr("Show or hide text behind a content warning") },
        { keys: "h", action: qsTr("Show or hide media") },
        { keys: "e", action: qsTr("Open media") },
        { keys: "Ctrl+Enter", action: qsTr("Send the post (in the editor)") }
    ]

    contentItem: ListView {
        id: table
        clip: true
        focus: true
        model: dialog.shortcuts
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar { }
        delegate: ItemDelegate {
            required property var modelData
            width: ListView.view.width
            focusPolicy: Qt.NoFocus
            highlighted: ListView.isCurrentItem && table.activeFocus
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1: %2").arg(modelData.keys).arg(modelData.action)
            contentItem: RowLayout {
                Label {
                    text: modelData.keys
                    font.family: "monospace"
                    font.bold: true
                    Layout.preferredWidth: 150
                }
                Label {
                    text: modelData.action
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
