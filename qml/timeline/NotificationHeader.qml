import QtQuick
import QtQuick.Controls
import Tuskline.Components

// The line above a notification: who (avatars of a folded group) did what.
Item {
    id: header
    property string type
    property var accounts: []
    property int groupCount: 1
    property int iconColumnWidth: 46 // the status avatar's width
    signal profileRequested(string accountId)

    readonly property string who: {
        const first = accounts.length > 0 ? (accounts[0].displayName || accounts[0].handle || "") : "";
        const others = Math.max(0, groupCount - 1);
        return others > 0 ? qsTr("%1 and %n other(s)", "", others).arg(first) : first;
    }
    readonly property string sentence: {
        switch (type) {
        case "mention": return qsTr("%1 mentioned you").arg(who);
        case "favourite": return qsTr("%1 favourited your post").arg(who);
        case "reblog": return qsTr("%1 boosted your post").arg(who);
        case "follow": return qsTr("%1 followed you").arg(who);
        case "follow_request": return qsTr("%1 asked to follow you").arg(who);
        case "poll": return qsTr("A poll has ended");
        case "status": return qsTr("%1 posted").arg(who);
        case "update": return qsTr("%1 edited a post").arg(who);
        case "admin.sign_up": return qsTr("%1 signed up").arg(who);
        case "admin.report": return qsTr("%1 filed a report").arg(who);
        }
        return type;
    }
    function iconName(t) {
        switch (t) {
        case "favourite": return "favourite-filled";
        case "reblog": return "boost";
        case "follow": return "follow";
        case "follow_request": return "follow-request";
        case "poll": return "poll";
        case "mention": return "mention";
        case "update": return "edit";
        case "admin.report": return "report";
        }
        return "notifications";
    }
    function iconColor(t) {
        switch (t) {
        case "favourite": return "#e3a21a";
        case "reblog": case "follow": case "follow_request": return palette.highlight;
        }
        return palette.windowText;
    }

    // The type's icon in the status avatar's column (end-aligned with it), the sentence and the
    // group's avatars beside it. Anchors and a Column rather than Layouts, so the height follows the
    // wrapped sentence (see StatusDelegate).
    function relayout() {
        avatars.forceLayout();
    }
    implicitWidth: 300
    implicitHeight: Math.max(typeIcon.height, Util.stackHeight(text.children, text.spacing))
    Icon {
        id: typeIcon
        objectName: "notificationIcon"
        anchors.right: text.left
        anchors.rightMargin: 8
        anchors.top: parent.top
        name: header.iconName(header.type)
        color: header.iconColor(header.type)
        size: 18
    }
    Column {
        id: text
        anchors.left: parent.left
        anchors.leftMargin: header.iconColumnWidth + 8
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: 4
        Label {
            objectName: "notificationSentence"
            width: parent.width
            topPadding: 1
            textFormat: Text.RichText
            text: header.sentence
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Flow {
            id: avatars
            objectName: "notificationAvatars"
            width: parent.width
            spacing: 4
            visible: header.accounts.length > 1 || header.type === "follow" || header.type === "follow_request"
            Repeater {
                model: header.accounts
                delegate: Avatar {
                    required property var modelData
                    size: 28
                    source: modelData.avatar || ""
                    accountId: modelData.id || ""
                    name: Util.plain(modelData.displayName) || modelData.handle || ""
                    Accessible.ignored: true
                    TapHandler { onTapped: header.profileRequested(modelData.id) }
                }
            }
        }
    }
}
