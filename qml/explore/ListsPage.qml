import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Views
import Tuskline.Explore

// The account's lists: create (field + Enter), open a list's timeline (Enter), edit its members
// (M), rename (F2), delete (Delete, asks first).
FocusScope {
    id: page
    property var session
    readonly property string title: qsTr("Lists")
    readonly property int count: listsView.count
    readonly property alias controller: lists
    readonly property alias listsView: listsView
    readonly property alias newListField: newTitle
    readonly property alias membersDialog: membersDialog

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Lists")

    ListsController {
        id: lists
        session: page.session
    }

    function openList(id) { Navigator.openTimeline(page.session, "list:" + id) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: newTitle
                objectName: "newListTitle"
                Layout.fillWidth: true
                placeholderText: qsTr("New list name")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("New list name")
                onAccepted: createButton.clicked()
                Keys.onDownPressed: if (listsView.count > 0) listsView.forceActiveFocus()
            }
            Button {
                id: createButton
                text: qsTr("Create list")
                enabled: newTitle.text.trim() !== ""
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Create list")
                Accessible.onPressAction: clicked()
                onClicked: {
                    lists.create(newTitle.text)
                    newTitle.text = ""
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: palette.text
            text: lists.error ? lists.error
                 : lists.loading && listsView.count === 0 ? qsTr("Loading…")
                 : listsView.count === 0 ? qsTr("No lists yet. Name one above and press Enter.")
                 : ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ListView {
            id: listsView
            objectName: "listsView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: lists.lists
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Lists")
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_J) { incrementCurrentIndex(); event.accepted = true }
                else if (event.key === Qt.Key_K) { decrementCurrentIndex(); event.accepted = true }
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var modelData
                readonly property string listId: modelData.id
                readonly property string listTitle: modelData.title
                property bool editing: false
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && listsView.activeFocus
                focus: ListView.isCurrentItem
                Accessible.role: Accessible.ListItem
                Accessible.name: listTitle
                Accessible.onPressAction: page.openList(listId)
                onClicked: page.openList(listId)
                Keys.onReturnPressed: page.openList(listId)
                Keys.onEnterPressed: page.openList(listId)
                Keys.onDeletePressed: { confirmDelete.listId = listId; confirmDelete.listTitle = listTitle; confirmDelete.open() }
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_F2) { row.editing = true; renameField.forceActiveFocus(); event.accepted = true }
                    else if (event.key === Qt.Key_M && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                        membersDialog.openFor(listId, listTitle)
                        event.accepted = true
                    }
                }
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        visible: !row.editing
                        text: row.listTitle
                        color: palette.text
                        elide: Text.ElideRight
                    }
                    TextField {
                        id: renameField
                        Layout.fillWidth: true
                        visible: row.editing
                        text: row.listTitle
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("New name for %1").arg(row.listTitle)
                        onAccepted: { lists.rename(row.listId, text); row.editing = false; row.forceActiveFocus() }
                        Keys.onEscapePressed: { row.editing = false; row.forceActiveFocus() }
                    }
                    Button {
                        objectName: "membersButton"
                        text: qsTr("Members")
                        visible: !row.editing
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Members of %1").arg(row.listTitle)
                        Accessible.onPressAction: clicked()
                        onClicked: membersDialog.openFor(row.listId, row.listTitle)
                    }
                    Button {
                        text: qsTr("Rename")
                        visible: !row.editing
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Rename %1").arg(row.listTitle)
                        Accessible.onPressAction: clicked()
                        onClicked: { row.editing = true; renameField.forceActiveFocus() }
                    }
                    Button {
                        text: qsTr("Delete")
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Delete %1").arg(row.listTitle)
                        Accessible.onPressAction: clicked()
                        onClicked: { confirmDelete.listId = row.listId; confirmDelete.listTitle = row.listTitle; confirmDelete.open() }
                    }
                }
            }
        }
    }

    ListMembersDialog {
        id: membersDialog
        session: page.session
        onClosed: listsView.forceActiveFocus()
    }

    Dialog {
        id: confirmDelete
        property string listId
        property string listTitle
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete list")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            text: qsTr("Delete the list “%1”? Its members are not unfollowed.").arg(confirmDelete.listTitle)
            wrapMode: Text.Wrap
        }
        onAccepted: lists.remove(listId)
        onClosed: listsView.forceActiveFocus()
    }
}
