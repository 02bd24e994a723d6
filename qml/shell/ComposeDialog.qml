import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// A new post or a reply. Goes through the account's offline queue, so it works offline too.
Dialog {
    id: dialog
    property QtObject session
    property string inReplyToId
    readonly property int limit: 500
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 560, 560)

    property string editId
    title: editId.length > 0 ? qsTr("Edit post") : inReplyToId.length > 0 ? qsTr("Reply") : qsTr("New post")

    function openFor(s, replyTo, mention) {
        openWith(s, { replyTo: replyTo, mention: mention })
    }
    // options from the views: {replyTo, mention} | {edit} | {redraft, text, spoilerText}
    function openWith(s, options) {
        options = options || {}
        session = s
        inReplyToId = options.replyTo || ""
        editId = options.edit || ""
        let initial = options.text || (editId.length > 0 ? AppController.statusText(session, editId) : "")
        if (options.mention && initial.indexOf(options.mention) < 0)
            initial = options.mention + " " + initial
        body.text = initial
        warning.text = options.spoilerText || ""
        warningOn.checked = warning.text.length > 0
        open()
        body.forceActiveFocus()
        body.cursorPosition = body.length
    }
    function send() {
        if (body.text.trim().length === 0 || body.length > limit)
            return
        const spoiler = warningOn.checked ? warning.text : ""
        const ok = editId.length > 0 ? AppController.edit(session, editId, body.text, spoiler)
                                      : AppController.post(session, body.text, spoiler,
                                                           visibility.currentValue, inReplyToId)
        if (ok)
            close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        TextField {
            id: warning
            Layout.fillWidth: true
            visible: warningOn.checked
            placeholderText: qsTr("Content warning")
            Accessible.name: qsTr("Content warning")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            TextArea {
                id: body
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What’s on your mind?")
                Accessible.name: qsTr("Post text")
                Keys.onPressed: (event) => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        dialog.send()
                        event.accepted = true
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                id: warningOn
                text: qsTr("Content warning")
                Accessible.name: text
            }
            ComboBox {
                id: visibility
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "public", text: qsTr("Public") },
                    { value: "unlisted", text: qsTr("Unlisted") },
                    { value: "private", text: qsTr("Followers only") },
                    { value: "direct", text: qsTr("Mentioned people only") }
                ]
                Accessible.name: qsTr("Visibility: %1").arg(displayText)
            }
            Item { Layout.fillWidth: true }
            Label {
                text: dialog.limit - body.length
                color: body.length > dialog.limit ? palette.highlight : palette.text
                Accessible.name: qsTr("%n characters left", "", dialog.limit - body.length)
            }
            Button {
                text: qsTr("Cancel")
                onClicked: dialog.close()
                Accessible.name: text
            }
            Button {
                id: postButton
                text: qsTr("Post")
                highlighted: true
                enabled: body.text.trim().length > 0 && body.length <= dialog.limit
                onClicked: dialog.send()
                Accessible.name: text
                Accessible.description: qsTr("Ctrl+Enter")
            }
        }
    }
}
