import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Views
import Tuskline.Explore

// The members of one list: each with "Remove" (Delete or the button), and a field that searches
// the accounts the user follows (servers take only those) with "Add" per result (Enter or the
// button). Tab moves between the field, the results and the members; Esc closes.
Dialog {
    id: dialog
    property var session
    property string listId
    property string listTitle
    readonly property alias controller: members
    readonly property alias addField: addField
    readonly property alias membersView: membersView
    readonly property alias candidatesView: candidatesView

    objectName: "listMembersDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 32 : 520)
    height: Math.min(560, parent ? parent.height - 32 : 560)
    modal: true
    focus: true
    title: qsTr("Members of “%1”").arg(listTitle)
    standardButtons: Dialog.Close

    function openFor(id, title) {
        listId = id
        listTitle = title
        addField.text = ""
        members.findCandidates("")
        open()
        members.refresh()
        addField.forceActiveFocus()
    }

    ListMembersController {
        id: members
        session: dialog.session
        listId: dialog.listId
    }

    // Searching while typing, after a short pause.
    Timer {
        id: searchDelay
        interval: 300
        onTriggered: members.findCandidates(addField.text)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            objectName: "membersError"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: palette.text
            font.bold: true
            text: members.error
            // Announced when it changes: the user just pressed Add or Remove.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Label {
            text: qsTr("Add people you follow")
            font.bold: true
            color: palette.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        TextField {
            id: addField
            objectName: "addMemberField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search the accounts you follow")
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search the accounts you follow to add")
            onTextChanged: searchDelay.restart()
            onAccepted: { searchDelay.stop(); members.findCandidates(text) }
            Keys.onDownPressed: if (candidatesView.count > 0) candidatesView.forceActiveFocus()
            KeyNavigation.tab: candidatesView.count > 0 ? candidatesView : membersView
        }
        ListView {
            id: candidatesView
            objectName: "candidatesView"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 180)
            visible: count > 0
            clip: true
            model: members.candidates
            keyNavigationEnabled: true
            activeFocusOnTab: true
            KeyNavigation.tab: membersView
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Accounts you follow")
            Keys.onUpPressed: (event) => {
                if (currentIndex <= 0) addField.forceActiveFocus()
                else decrementCurrentIndex()
            }
            delegate: AccountResultRow {
                required property int index
                required property var modelData
                focus: ListView.isCurrentItem
                accountId: modelData.accountId
                displayName: modelData.displayName
                handle: modelData.handle
                avatar: modelData.avatar
                stateText: modelData.isMember ? qsTr("In this list") : ""
                actionText: modelData.isMember ? "" : qsTr("Add")
                actionName: qsTr("Add %1 to the list").arg(modelData.handle)
                actionKeys: [Qt.Key_Plus, Qt.Key_Insert]
                onOpenRequested: { candidatesView.currentIndex = index; if (!modelData.isMember) members.add(accountId) }
                onActionTriggered: members.add(accountId)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: members.searched && candidatesView.count === 0
            wrapMode: Text.Wrap
            color: palette.text
            text: qsTr("None of the accounts you follow matches “%1”.").arg(addField.text.trim())
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Label {
            text: qsTr("Members (%1)").arg(membersView.count)
            font.bold: true
            color: palette.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ListView {
            id: membersView
            objectName: "membersView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: members.members
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Members of “%1”").arg(dialog.listTitle)
            // After a removal the list is rebuilt: keep the place.
            property int keptIndex: 0
            onCurrentIndexChanged: if (currentIndex >= 0) keptIndex = currentIndex
            onCountChanged: currentIndex = Math.min(keptIndex, count - 1)
            delegate: AccountResultRow {
                required property int index
                required property var modelData
                focus: ListView.isCurrentItem
                accountId: modelData.accountId
                displayName: modelData.displayName
                handle: modelData.handle
                avatar: modelData.avatar
                actionText: qsTr("Remove")
                actionName: qsTr("Remove %1 from the list").arg(modelData.handle)
                actionKeys: [Qt.Key_Delete, Qt.Key_Minus]
                onOpenRequested: membersView.currentIndex = index
                onActionTriggered: members.remove(accountId)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !members.loading && membersView.count === 0
            wrapMode: Text.Wrap
            color: palette.text
            text: qsTr("No one is in this list yet.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            color: palette.text
            text: qsTr("Enter adds the selected account, Delete removes the selected member, Esc closes.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
