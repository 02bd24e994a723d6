import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// Log into any Mastodon-compatible server: the browser opens the server's login page and comes
// back to Tuskline through a loopback address.
Page {
    id: page
    property bool canGoBack: false
    signal back()
    title: qsTr("Add an account")
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Component.onCompleted: instance.forceActiveFocus()

    function submit() {
        if (instance.text.trim().length > 0 && !AppController.busy)
            AppController.addAccount(instance.text)
    }

    Keys.onEscapePressed: if (canGoBack && !AppController.busy) page.back()

    ColumnLayout {
        width: Math.min(parent.width - 48, 460)
        x: (parent.width - width) / 2
        y: 24
        spacing: 12

        Label {
            text: page.title
            font.pixelSize: 24
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Type the address of your server. Your browser opens its login page; "
                       + "after you approve, you are back here.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label { text: qsTr("Server"); Accessible.ignored: true }
        TextField {
            id: instance
            Layout.fillWidth: true
            focus: true
            placeholderText: qsTr("e.g. mastodon.social")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            enabled: !AppController.busy
            Accessible.name: qsTr("Server address")
            onAccepted: page.submit()
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            text: AppController.lastError
            color: palette.highlight
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            visible: AppController.busy
            BusyIndicator {
                running: AppController.busy
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                Accessible.name: AppController.loginStatus
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: AppController.loginStatus
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        // The browser could not be opened: show the address to open by hand.
        ColumnLayout {
            Layout.fillWidth: true
            visible: AppController.manualAuthorizeUrl.toString().length > 0
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Open this address in your browser to log in:")
            }
            TextField {
                id: manualUrl
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                text: AppController.manualAuthorizeUrl.toString()
                Accessible.name: qsTr("Login address")
            }
            Button {
                text: qsTr("Copy address")
                onClicked: { manualUrl.selectAll(); manualUrl.copy() }
                Accessible.name: text
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Back")
                visible: page.canGoBack && !AppController.busy
                onClicked: page.back()
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                visible: AppController.busy
                onClicked: AppController.cancelLogin()
                Accessible.name: text
            }
            Button {
                text: qsTr("Log in")
                highlighted: true
                enabled: instance.text.trim().length > 0 && !AppController.busy
                onClicked: page.submit()
                Accessible.name: text
            }
        }
    }
}
