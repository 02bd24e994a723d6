import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components

// One account in a followers/following list: a focus stop that opens the profile.
ItemDelegate {
    id: row
    required property string accountId
    required property string displayName
    required property string plainName
    required property string handle
    required property string avatar
    required property string noteText
    signal openProfile(string accountId)

    width: ListView.view ? ListView.view.width : implicitWidth
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: plainName + ", " + handle
    Accessible.description: noteText
    Accessible.onPressAction: openProfile(accountId)
    onClicked: openProfile(accountId)
    Keys.onReturnPressed: openProfile(accountId)
    Keys.onEnterPressed: openProfile(accountId)

    contentItem: RowLayout {
        spacing: 8
        Avatar { size: 36; source: row.avatar; accountId: row.accountId; name: row.plainName; Accessible.ignored: true }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                textFormat: Text.RichText
                text: row.displayName
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.handle
                opacity: 0.7
                elide: Text.ElideRight
            }
        }
    }
    FocusRing { target: row; ringColor: row.palette.highlight }
}
