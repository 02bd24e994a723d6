import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// Asked once: the owner account of the local instance (or, if it exists already, its login).
Page {
    id: page
    signal addRemoteAccount()
    readonly property bool loginOnly: AppController.localOwnerExists
    readonly property string problem: {
        if (username.text.length === 0 && password.text.length === 0)
            return ""
        if (!loginOnly && password.text !== repeat.text && repeat.text.length > 0)
            return qsTr("The passwords are not the same.")
        return AppController.ownerProblem(username.text, password.text)
    }
    readonly property bool canSubmit: username.text.length > 0 && password.text.length > 0
                                      && problem === ""
                                      && (loginOnly || password.text === repeat.text)
                                      && AppController.keychainChecked
                                      && (AppController.keychainAvailable || AppController.sessionOnlyTokens)
                                      && !AppController.busy
    title: loginOnly ? qsTr("Log into your local instance") : qsTr("Welcome to Tuskline")
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Component.onCompleted: username.forceActiveFocus()

    function submit() {
        if (canSubmit)
            AppController.setUpLocalAccount(username.text, displayName.text, password.text)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 460)
            x: (parent.width - width) / 2
            spacing: 12

            Item { Layout.preferredHeight: 24 }
            Label {
                text: page.title
                font.pixelSize: 24
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.loginOnly
                      ? qsTr("Your own instance on this computer already has an account. Log in to it again.")
                      : qsTr("Tuskline comes with your own small server on this computer. You can read and post "
                             + "right away, even without a network. Choose the account you will use there; you "
                             + "are asked only once.")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label { text: qsTr("Username"); Accessible.ignored: true }
            TextField {
                id: username
                Layout.fillWidth: true
                focus: true
                placeholderText: qsTr("e.g. alice")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
                Accessible.name: qsTr("Username")
                Accessible.description: qsTr("Letters, digits and underscores")
                onAccepted: displayName.visible ? displayName.forceActiveFocus() : password.forceActiveFocus()
            }
            Label { text: qsTr("Display name"); visible: !page.loginOnly; Accessible.ignored: true }
            TextField {
                id: displayName
                Layout.fillWidth: true
                visible: !page.loginOnly
                placeholderText: qsTr("How others see your name")
                Accessible.name: qsTr("Display name")
                onAccepted: password.forceActiveFocus()
            }
            Label { text: qsTr("Password"); Accessible.ignored: true }
            TextField {
                id: password
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                Accessible.description: qsTr("At least 8 characters")
                onAccepted: repeat.visible ? repeat.forceActiveFocus() : page.submit()
            }
            Label { text: qsTr("Repeat the password"); visible: !page.loginOnly; Accessible.ignored: true }
            TextField {
                id: repeat
                Layout.fillWidth: true
                visible: !page.loginOnly
                echoMode: TextInput.Password
                Accessible.name: qsTr("Repeat the password")
                onAccepted: page.submit()
            }

            // No keychain: say so plainly and ask before keeping the login in memory only.
            Frame {
                Layout.fillWidth: true
                visible: !AppController.keychainAvailable
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("There is no system keychain to keep your login safe on this computer (%1). "
                                   + "Tuskline never writes logins to disk in plain text.")
                              .arg(AppController.keychainProblem)
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    CheckBox {
                        id: sessionOnly
                        Layout.fillWidth: true
                        text: qsTr("Keep my login for this session only (I will log in again next time)")
                        checked: AppController.sessionOnlyTokens
                        // onCheckedChanged, not onToggled: a screen reader's "toggle" action sets
                        // `checked` without the toggled() signal.
                        onCheckedChanged: if (checked !== AppController.sessionOnlyTokens)
                                              AppController.sessionOnlyTokens = checked
                        Accessible.name: text
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: text.length > 0
                text: AppController.lastError.length > 0 ? AppController.lastError : page.problem
                color: palette.highlight
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    running: AppController.busy
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
                    Accessible.name: AppController.loginStatus
                }
                Label {
                    text: AppController.loginStatus
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Button {
                    id: createButton
                    text: page.loginOnly ? qsTr("Log in") : qsTr("Create account")
                    enabled: page.canSubmit
                    highlighted: true
                    onClicked: page.submit()
                    // A screen reader's "press" (AT-SPI action) submits like a click.
                    Accessible.onPressAction: page.submit()
                    Accessible.name: text
                }
            }
            MenuSeparator { Layout.fillWidth: true }
            Button {
                flat: true
                text: qsTr("Log into another server instead…")
                onClicked: page.addRemoteAccount()
                Accessible.name: text
            }
        }
    }
}
