import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// Adds a deck column: a timeline of any logged-in account.
Dialog {
    id: dialog
    property string accountKey
    title: qsTr("Add a column")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 420, 420)

    function openFor(key) {
        accountKey = key || AppController.currentAccountKey
        account.currentIndex = Math.max(0, account.indexOfValue(accountKey))
        open()
        account.forceActiveFocus()
    }
    onAccepted: {
        const name = kind.currentValue === "tag" ? "tag:" + tag.text.replace(/^#/, "").trim() : kind.currentValue
        if (name !== "tag:")
            AppController.addColumn(account.currentValue, name)
    }

    ColumnLayout {
        anchors.fill: parent
        Label { text: qsTr("Account"); Accessible.ignored: true }
        ComboBox {
            id: account
            Layout.fillWidth: true
            model: AppController.accounts
            textRole: "handle"
            valueRole: "key"
            Accessible.name: qsTr("Account: %1").arg(displayText)
        }
        Label { text: qsTr("Timeline"); Accessible.ignored: true }
        ComboBox {
            id: kind
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "home", text: qsTr("Home") },
                { value: "notifications", text: qsTr("Notifications") },
                { value: "local", text: qsTr("Local") },
                { value: "federated", text: qsTr("Federated") },
                { value: "bookmarks", text: qsTr("Bookmarks") },
                { value: "favourites", text: qsTr("Favourites") },
                { value: "tag", text: qsTr("Hashtag…") }
            ]
            Accessible.name: qsTr("Timeline: %1").arg(displayText)
        }
        TextField {
            id: tag
            Layout.fillWidth: true
            visible: kind.currentValue === "tag"
            placeholderText: qsTr("#hashtag")
            Accessible.name: qsTr("Hashtag")
        }
    }
}
