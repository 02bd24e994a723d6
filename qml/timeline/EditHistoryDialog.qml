import QtQuick
import QtQuick.Controls
import Tuskline.Components
import Tuskline.Views

// The revisions of an edited status, newest first: author, when (absolute and relative), content
// warning, content, media and poll options of each version. One focus stop per version (its
// summary is the accessible name; ↑/↓ or j/k move), Esc or "Close" closes; whoever opened the
// dialog gets focus back through `closed`.
Dialog {
    id: dialog
    readonly property alias model: history
    readonly property alias list: versions

    function show(session, statusId) {
        history.session = session;
        if (history.statusId === statusId)
            history.reload(); // an edit may have come in since
        else
            history.statusId = statusId;
        open();
    }
    // What a version says, in words: the one accessible name of its row.
    function summary(v) {
        let parts = [];
        parts.push(v.isOriginal ? qsTr("Original post by %1").arg(v.authorPlainName)
                                : qsTr("Edit by %1").arg(v.authorPlainName));
        parts.push(TimeFormat.absolute(v.createdAt));
        if (v.spoilerText)
            parts.push(qsTr("Content warning: %1").arg(Util.plain(v.spoilerText)));
        if (v.plainText)
            parts.push(v.plainText);
        if (v.mediaCount > 0)
            parts.push(qsTr("%n attachment(s)", "", v.mediaCount));
        const options = Util.list(v.pollOptions);
        if (options.length > 0)
            parts.push(qsTr("Poll: %1").arg(options.join(", ")));
        return parts.join(". ");
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(640, parent.width - 40) : 640
    height: parent ? Math.min(parent.height - 40, Math.max(240, versions.contentHeight + 140)) : 480
    modal: true
    focus: true
    title: qsTr("Edit history")
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: versions.forceActiveFocus()

    footer: DialogButtonBox {
        Button {
            objectName: "historyCloseButton"
            text: qsTr("Close")
            Accessible.name: text
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    contentItem: FocusScope {
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title

        ListView {
            id: versions
            objectName: "historyList"
            anchors.fill: parent
            focus: true
            clip: true
            model: EditHistoryModel { id: history }
            spacing: 0
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Versions of this post, newest first")
            ScrollBar.vertical: ScrollBar {}

            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_J) {
                    versions.incrementCurrentIndex();
                    event.accepted = true;
                } else if (event.key === Qt.Key_K) {
                    versions.decrementCurrentIndex();
                    event.accepted = true;
                }
            }

            delegate: Item {
                id: version
                required property var model
                required property int index
                width: ListView.view.width
                implicitHeight: Util.stackHeight(column.children, column.spacing) + 16
                height: implicitHeight
                focus: ListView.isCurrentItem
                activeFocusOnTab: false
                Accessible.role: Accessible.ListItem
                Accessible.name: dialog.summary(model)
                Accessible.focusable: true

                TapHandler { onTapped: versions.currentIndex = version.index }
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: 1
                    color: dialog.palette.mid
                    opacity: 0.5
                    visible: version.index < versions.count - 1
                }
                FocusRing { ringColor: dialog.palette.highlight; visible: version.activeFocus }

                Column {
                    id: column
                    x: 8
                    y: 8
                    width: parent.width - 16
                    spacing: 4

                    Label {
                        objectName: "versionAuthor"
                        width: parent.width
                        textFormat: Text.RichText
                        elide: Text.ElideRight
                        text: "<b>" + version.model.authorName + "</b> " + version.model.authorHandle
                        Accessible.ignored: true
                    }
                    Label {
                        objectName: "versionTime"
                        width: parent.width
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        font.italic: true
                        // The relative part follows TimeFormat.now.
                        text: (version.model.isOriginal ? qsTr("Posted %1 (%2)") : qsTr("Edited %1 (%2)"))
                              .arg(TimeFormat.absolute(version.model.createdAt))
                              .arg((TimeFormat.now, TimeFormat.spoken(version.model.createdAt)))
                        Accessible.ignored: true
                    }
                    RichLabel {
                        objectName: "versionSpoiler"
                        visible: text.length > 0
                        width: parent.width
                        font.bold: true
                        text: version.model.spoilerText
                        Accessible.ignored: true
                    }
                    RichLabel {
                        objectName: "versionContent"
                        visible: text.length > 0
                        width: parent.width
                        text: version.model.contentHtml
                        Accessible.ignored: true
                        onLinkActivated: (link) => Qt.openUrlExternally(link)
                    }
                    Label {
                        objectName: "versionMedia"
                        visible: version.model.mediaCount > 0
                        width: parent.width
                        wrapMode: Text.Wrap
                        opacity: 0.8
                        text: qsTr("%n attachment(s)", "", version.model.mediaCount)
                        Accessible.ignored: true
                    }
                    Label {
                        objectName: "versionPoll"
                        readonly property var options: Util.list(version.model.pollOptions)
                        visible: options.length > 0
                        width: parent.width
                        wrapMode: Text.Wrap
                        opacity: 0.8
                        text: qsTr("Poll: %1").arg(options.join(" · "))
                        Accessible.ignored: true
                    }
                }
            }
        }

        BusyIndicator {
            anchors.centerIn: parent
            running: history.loading
            visible: running
            Accessible.name: qsTr("Loading")
        }
        Label {
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width - 32)
            visible: !history.loading && history.error !== ""
            text: history.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
