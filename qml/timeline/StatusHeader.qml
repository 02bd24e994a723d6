import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views

// A status' first line: display name and handle, "edited" (opens the edit history), visibility
// icon and relative time. Nothing here is a Tab stop: the status is the one focus stop.
// Strings moved here from StatusDelegate keep that translation context.
RowLayout {
    id: header
    property var entry
    readonly property bool edited: !!entry && entry.editedAt instanceof Date && !isNaN(entry.editedAt)
    signal historyRequested()

    function visibilityIcon(v) {
        switch (v) {
        case "public": return "visibility-public";
        case "unlisted": return "visibility-unlisted";
        case "private": return "visibility-private";
        case "direct": return "visibility-direct";
        }
        return "";
    }
    function visibilityName(v) {
        switch (v) {
        case "public": return qsTranslate("StatusDelegate", "Public");
        case "unlisted": return qsTranslate("StatusDelegate", "Unlisted");
        case "private": return qsTranslate("StatusDelegate", "Followers only");
        case "direct": return qsTranslate("StatusDelegate", "Mentioned people only");
        }
        return "";
    }

    spacing: 6

    Label {
        objectName: "displayName"
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        textFormat: Text.RichText
        text: header.entry && header.entry.authorDisplayName
              ? "<b>" + header.entry.authorDisplayName + "</b> <span style=\"font-weight:normal\">"
                + (header.entry.authorHandle || "") + "</span>" : ""
        elide: Text.ElideRight
        maximumLineCount: 1
        Accessible.ignored: true
    }
    // A Loader: an invisible button would stay in the accessibility tree.
    Loader {
        active: header.edited
        visible: active
        sourceComponent: Component {
            ToolButton {
                id: editedButton
                objectName: "editedButton"
                text: qsTranslate("StatusDelegate", "edited")
                font.italic: true
                opacity: 0.75
                padding: 0
                topInset: 0
                bottomInset: 0
                implicitHeight: contentItem.implicitHeight
                focusPolicy: Qt.NoFocus
                // Assistive technology presses through this (Qt 6.4 does not route it to clicked).
                Accessible.onPressAction: clicked()
                Accessible.name: qsTr("Edited %1, show edit history")
                                 .arg(TimeFormat.absolute(header.entry.editedAt))
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTranslate("StatusDelegate", "Edited %1")
                              .arg(TimeFormat.absolute(header.entry.editedAt))
                onClicked: header.historyRequested()
            }
        }
    }
    Item {
        objectName: "visibilityIcon"
        visible: visIcon.name !== ""
        implicitWidth: visIcon.implicitWidth
        implicitHeight: visIcon.implicitHeight
        Icon {
            id: visIcon
            name: header.visibilityIcon(header.entry ? header.entry.visibility : "")
            size: 14
            color: header.palette.text
            opacity: 0.7
        }
        // On the wrapper: the icon itself lets pointer events through.
        HoverHandler { id: visHover }
        ToolTip.visible: visHover.hovered
        ToolTip.text: header.visibilityName(header.entry ? header.entry.visibility : "")
    }
    TimeLabel {
        objectName: "timeLabel"
        time: header.entry ? header.entry.createdAt : undefined
        Accessible.ignored: true
    }
}
