import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components

// The line above a notification: who (avatars of a folded group) did what.
ColumnLayout {
    id: header
    property string type
    property var accounts: []
    property int groupCount: 1
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
    function glyph(t) {
        switch (t) {
        case "favourite": return "★";
        case "reblog": return "🔁";
        case "follow": case "follow_request": return "👤";
        case "poll": return "📊";
        case "mention": return "@";
        case "update": return "✎";
        }
        return "🔔";
    }

    spacing: 4
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        Label {
            text: header.glyph(header.type)
            font.pixelSize: 16
            Accessible.ignored: true
        }
        Label {
            objectName: "notificationSentence"
            Layout.fillWidth: true
            textFormat: Text.RichText
            text: header.sentence
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: 4
        visible: header.accounts.length > 1 || header.type === "follow" || header.type === "follow_request"
        Repeater {
            model: header.accounts
            delegate: Avatar {
                required property var modelData
                size: 28
                source: modelData.avatar || ""
                name: modelData.handle || ""
                Accessible.ignored: true
                TapHandler { onTapped: header.profileRequested(modelData.id) }
            }
        }
    }
}
