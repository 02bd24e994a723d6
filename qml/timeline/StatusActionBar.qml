import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components

// Reply, boost, favourite, bookmark (with counts) and the "more" menu button.
RowLayout {
    id: bar
    property var entry
    property bool canBoost: true
    signal action(string name, var arg)
    signal menuRequested(Item button)

    spacing: 2

    IconButton {
        objectName: "replyButton"
        iconName: "reply"
        label: qsTr("Reply")
        shortcutHint: "r"
        count: bar.entry && bar.entry.repliesCount !== undefined ? bar.entry.repliesCount : 0
        countText: qsTr("%n reply(s)", "", count)
        onClicked: bar.action("reply", bar.entry.statusId)
    }
    IconButton {
        objectName: "boostButton"
        iconName: bar.canBoost ? "boost" : "boost-disabled"
        label: checked ? qsTr("Undo boost") : qsTr("Boost")
        shortcutHint: "b"
        enabled: bar.canBoost
        toggle: true
        on: !!bar.entry && bar.entry.reblogged === true
        count: bar.entry && bar.entry.reblogsCount !== undefined ? bar.entry.reblogsCount : 0
        countText: qsTr("%n boost(s)", "", count)
        // The model decides the state; the button only asks.
        onClicked: bar.action("boost", !bar.entry.reblogged)
    }
    IconButton {
        objectName: "favouriteButton"
        iconName: on ? "favourite-filled" : "favourite"
        onColor: "#e3a21a"
        label: checked ? qsTr("Undo favourite") : qsTr("Favourite")
        shortcutHint: "f"
        toggle: true
        on: !!bar.entry && bar.entry.favourited === true
        count: bar.entry && bar.entry.favouritesCount !== undefined ? bar.entry.favouritesCount : 0
        countText: qsTr("%n favourite(s)", "", count)
        onClicked: bar.action("favourite", !bar.entry.favourited)
    }
    IconButton {
        objectName: "bookmarkButton"
        iconName: on ? "bookmark-filled" : "bookmark"
        label: checked ? qsTr("Remove bookmark") : qsTr("Bookmark")
        toggle: true
        on: !!bar.entry && bar.entry.bookmarked === true
        onClicked: bar.action("bookmark", !bar.entry.bookmarked)
    }
    IconButton {
        id: moreButton
        objectName: "moreButton"
        iconName: "more"
        label: qsTr("More actions")
        shortcutHint: qsTr("Menu")
        onClicked: bar.menuRequested(moreButton)
    }
    Item { Layout.fillWidth: true }
}
