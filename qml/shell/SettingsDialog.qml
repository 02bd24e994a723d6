import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// The few settings the shell owns: the local instance, accounts, deck columns.
Dialog {
    id: dialog
    title: qsTr("Settings")
    modal: true
    standardButtons: Dialog.Close
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 560, 560)

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Switch {
            id: localSwitch
            Layout.fillWidth: true
            text: qsTr("Run my own instance on this computer")
            checked: AppController.localInstanceEnabled
            enabled: !AppController.noLocalOption
            onToggled: AppController.localInstanceEnabled = checked
            Accessible.name: text
            focus: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: AppController.noLocalOption
                  ? qsTr("Started with --no-local: the local instance stays off this time.")
                  : AppController.localInstanceRunning
                    ? qsTr("Running at %1 (only this computer can reach it).").arg(AppController.localInstanceUrl)
                    : qsTr("Not running.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        MenuSeparator { Layout.fillWidth: true }
        Label { text: qsTr("Accounts"); font.bold: true; Accessible.role: Accessible.Heading; Accessible.name: text }
        Repeater {
            model: AppController.accounts
            delegate: RowLayout {
                required property string key
                required property string handle
                required property string problem
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: handle + (problem.length > 0 ? " — " + problem : "")
                    elide: Text.ElideRight
                }
                Button {
                    text: qsTr("Log out")
                    onClicked: AppController.logout(key)
                    Accessible.name: qsTr("Log out %1").arg(handle)
                }
            }
        }
        Button {
            text: qsTr("Add an account…")
            onClicked: { dialog.close(); AppController.requestAddAccount() }
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !AppController.keychainAvailable
            text: AppController.sessionOnlyTokens
                  ? qsTr("No system keychain: logins are kept for this session only.")
                  : qsTr("No system keychain: logins cannot be kept.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
