import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// Reports an account (and the post it was opened on, when there is one) to its server's
// moderators: a category, a comment, whether to forward it. Stays open while it is sent; a
// failure is said in words inside the form, so nothing typed is lost.
Dialog {
    id: dialog
    objectName: "reportDialog"
    property QtObject session
    property string accountId
    property var statusIds: []
    property bool sending: false
    property string error: ""
    title: qsTr("Report account")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 480, 480)
    standardButtons: Dialog.Cancel

    function openFor(s, id, statusId) {
        session = s
        accountId = id
        statusIds = statusId ? [statusId] : []
        category.currentIndex = category.indexOfValue("other")
        comment.text = ""
        forward.checked = false
        sending = false
        error = ""
        open()
        category.forceActiveFocus()
    }

    function send() {
        if (sending)
            return
        error = ""
        sending = AppController.report(session, accountId, comment.text, forward.checked,
                                       category.currentValue, statusIds)
        if (!sending)
            error = qsTr("There is no account to send the report with.")
    }

    Connections {
        target: AppController
        enabled: dialog.visible
        function onReportSent(accountId) {
            if (accountId !== dialog.accountId || !dialog.sending)
                return
            dialog.sending = false
            dialog.close()
        }
        function onReportFailed(accountId, message) {
            if (accountId !== dialog.accountId || !dialog.sending)
                return
            dialog.sending = false
            dialog.error = message
            sendButton.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Tell the moderators what is wrong. The account is not told who reported it.")
        }
        Label { text: qsTr("What is wrong?"); Accessible.ignored: true }
        ComboBox {
            id: category
            objectName: "reportCategory"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "spam", text: qsTr("It is spam") },
                { value: "legal", text: qsTr("It is illegal") },
                { value: "violation", text: qsTr("It breaks the server's rules") },
                { value: "other", text: qsTr("Something else") }
            ]
            Accessible.name: qsTr("What is wrong?")
        }
        TextArea {
            id: comment
            objectName: "reportComment"
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Additional comments")
            Accessible.name: qsTr("Comment for the moderators")
            // Tab leaves the field (a report has no use for tab characters).
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: forward
            KeyNavigation.backtab: category
        }
        CheckBox {
            id: forward
            objectName: "reportForward"
            text: qsTr("Also send to the account's own server")
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text.length > 0
            text: dialog.error.length > 0 ? dialog.error
                                          : dialog.sending ? qsTr("Sending the report…") : ""
            color: dialog.error.length > 0 ? palette.highlight : palette.windowText
            Accessible.role: dialog.error.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        Button {
            id: sendButton
            objectName: "reportSend"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Send report")
            highlighted: true
            enabled: !dialog.sending
            onClicked: dialog.send()
            Keys.onReturnPressed: dialog.send()
            Keys.onEnterPressed: dialog.send()
            Accessible.name: text
        }
    }
}
