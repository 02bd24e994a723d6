import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// Reports an account to its server's moderators.
Dialog {
    id: dialog
    property QtObject session
    property string accountId
    title: qsTr("Report account")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 480, 480)
    standardButtons: Dialog.Cancel

    function openFor(s, id) {
        session = s
        accountId = id
        comment.text = ""
        forward.checked = false
        open()
        comment.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Tell the moderators what is wrong. The account is not told who reported it.")
        }
        TextArea {
            id: comment
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Additional comments")
            Accessible.name: qsTr("Comment for the moderators")
        }
        CheckBox {
            id: forward
            text: qsTr("Also send to the account's own server")
            Accessible.name: text
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Send report")
            highlighted: true
            onClicked: {
                AppController.report(dialog.session, dialog.accountId, comment.text, forward.checked)
                dialog.close()
            }
            Accessible.name: text
        }
    }
}
