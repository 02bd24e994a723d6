import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// The accounts strip: one button per account (avatar, unread badge), Ctrl+1…9 in order, and "+".
Pane {
    id: switcher
    padding: 6
    signal addColumnFor(string accountKey)
    Accessible.ignored: true // the layout below is the tool bar (a Pane reports itself as "panel")

    ColumnLayout {
        anchors.fill: parent
        Accessible.role: Accessible.ToolBar
        Accessible.name: qsTr("Accounts")
        spacing: 6

        Repeater {
            model: AppController.accounts
            delegate: AbstractButton {
                id: accountButton
                required property int index
                required property string key
                required property string displayName
                required property string handle
                required property url avatar
                required property int unread
                required property bool isCurrent
                required property bool isLocal
                required property string loginState
                required property string problem
                Layout.preferredWidth: 44
                Layout.preferredHeight: 44
                checkable: false
                checked: isCurrent
                focusPolicy: Qt.StrongFocus
                onClicked: {
                    AppController.currentAccountKey = key
                    if (loginState === "relogin")
                        AppController.loginAgain(key)
                }
                Accessible.role: Accessible.Button
                Accessible.checkable: true
                Accessible.checked: isCurrent
                Accessible.name: {
                    let s = qsTr("%1, %2").arg(displayName).arg(handle)
                    if (isLocal) s += qsTr(", on this computer")
                    if (unread > 0) s += qsTr(", %n unread", "", unread)
                    if (loginState === "relogin") s += qsTr(", needs a new login")
                    else if (loginState === "offline") s += qsTr(", offline")
                    return s
                }
                Accessible.description: index < 9 ? qsTr("Ctrl+%1").arg(index + 1) : ""
                ToolTip.visible: hovered || visualFocus
                ToolTip.delay: 400
                ToolTip.text: handle + (problem.length > 0 ? "\n" + problem : "")
                Accessible.onPressAction: clicked()

                contentItem: Item {
                    AccountAvatar {
                        anchors.fill: parent
                        anchors.margins: 2
                        source: accountButton.avatar
                        name: accountButton.displayName
                        opacity: accountButton.loginState === "relogin" ? 0.5 : 1
                    }
                }
                background: Rectangle {
                    radius: 8
                    color: "transparent"
                    border.width: accountButton.isCurrent || accountButton.visualFocus ? 2 : 0
                    border.color: accountButton.visualFocus ? palette.highlight : palette.text
                }
                // Unread badge.
                Rectangle {
                    visible: accountButton.unread > 0
                    // Inside the button: the navigation list to the right would cover it.
                    anchors.right: parent.right
                    anchors.top: parent.top
                    z: 1
                    height: 18
                    width: Math.max(18, badgeText.implicitWidth + 8)
                    radius: 9
                    color: palette.highlight
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        Accessible.ignored: true // the count is in the button's name
                        text: accountButton.unread > 99 ? "99+" : accountButton.unread
                        color: palette.highlightedText
                        font.pixelSize: 11
                        font.bold: true
                    }
                }
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: accountMenu.popup()
                }
                Keys.onMenuPressed: accountMenu.popup(accountButton, 0, accountButton.height)
                Menu {
                    id: accountMenu
                    MenuItem {
                        objectName: "loginAgainItem"
                        text: qsTr("Log in again")
                        visible: accountButton.loginState === "relogin"
                        height: visible ? implicitHeight : 0
                        Accessible.name: qsTr("Log in again as %1").arg(accountButton.handle)
                        onTriggered: AppController.loginAgain(accountButton.key)
                    }
                    MenuItem {
                        text: qsTr("Add a column from this account")
                        onTriggered: switcher.addColumnFor(accountButton.key)
                    }
                    MenuItem {
                        text: qsTr("Log out")
                        onTriggered: AppController.logout(accountButton.key)
                    }
                }
            }
        }
        RoundButton {
            Layout.preferredWidth: 44
            Layout.preferredHeight: 44
            text: "+"
            font.pixelSize: 20
            onClicked: AppController.requestAddAccount()
            Accessible.name: qsTr("Add an account")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: Accessible.name
        }
        Item { Layout.fillHeight: true }
    }
}
