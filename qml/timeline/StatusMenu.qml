import QtQuick
import QtQuick.Controls
import Tuskline.Components
import Tuskline.Views

// Everything a status offers, for the keyboard (Menu key, Shift+F10) and the mouse (right click,
// "more" button). Own posts: edit, delete, delete & redraft; others: mute, block, report.
// Entries that do not apply are hidden AND disabled: Qt 6.4's keyboard navigation steps onto
// invisible entries, but skips disabled ones.
Menu {
    id: menu
    property var entry
    property bool canBoost: true
    property bool hasMedia: false
    property bool hasSpoiler: false
    property bool cwExpanded: false
    readonly property bool edited: !!entry && entry.editedAt instanceof Date && !isNaN(entry.editedAt)
    readonly property bool own: !!entry && entry.isOwn === true
    readonly property string handle: entry && entry.authorHandle ? entry.authorHandle : ""
    readonly property var links: visible && entry && entry.contentHtml
                                 ? RichTextLinks.links(entry.contentHtml) : []
    signal action(string name, var arg)

    MenuItem { text: qsTr("Open thread"); onTriggered: menu.action("thread", menu.entry.statusId) }
    MenuItem { text: qsTr("Open profile of %1").arg(menu.handle); onTriggered: menu.action("profile", menu.entry.authorId) }
    MenuItem { text: qsTr("Reply"); onTriggered: menu.action("reply", menu.entry.statusId) }
    MenuItem { text: qsTr("Mention %1").arg(menu.handle); onTriggered: menu.action("mention", menu.handle) }
    MenuItem {
        text: menu.entry && menu.entry.reblogged ? qsTr("Undo boost") : qsTr("Boost")
        enabled: menu.canBoost
        onTriggered: menu.action("boost", !menu.entry.reblogged)
    }
    MenuItem {
        text: menu.entry && menu.entry.favourited ? qsTr("Undo favourite") : qsTr("Favourite")
        onTriggered: menu.action("favourite", !menu.entry.favourited)
    }
    MenuItem {
        text: menu.entry && menu.entry.bookmarked ? qsTr("Remove bookmark") : qsTr("Bookmark")
        onTriggered: menu.action("bookmark", !menu.entry.bookmarked)
    }
    MenuItem {
        visible: menu.hasSpoiler
        height: visible ? implicitHeight : 0
        enabled: visible
        text: menu.cwExpanded ? qsTr("Hide content") : qsTr("Show content")
        onTriggered: menu.action("toggleCw", null)
    }
    MenuItem {
        visible: menu.hasMedia
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Show or hide media")
        onTriggered: menu.action("toggleMedia", null)
    }
    MenuItem {
        visible: menu.hasMedia
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Open media")
        onTriggered: menu.action("media", 0)
    }
    MenuItem {
        objectName: "historyMenuItem"
        visible: menu.edited
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Show edit history")
        onTriggered: menu.action("history", menu.entry.statusId)
    }
    MenuSeparator {}
    MenuItem {
        text: qsTr("Copy link to post")
        enabled: !!menu.entry && !!menu.entry.url
        onTriggered: Clipboard.setText(menu.entry.url)
    }
    MenuItem {
        text: qsTr("Open in browser")
        enabled: !!menu.entry && !!menu.entry.url
        onTriggered: menu.action("openUrl", menu.entry.url)
    }
    Menu {
        id: linksMenu
        title: qsTr("Links in this post")
        enabled: menu.links.length > 0
        Instantiator {
            model: menu.links
            delegate: MenuItem {
                required property var modelData
                text: modelData.text || modelData.url
                onTriggered: menu.action("link", modelData.url)
            }
            onObjectAdded: (index, object) => linksMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => linksMenu.removeItem(object)
        }
    }
    MenuSeparator {}
    MenuItem {
        visible: menu.own
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Edit")
        onTriggered: menu.action("edit", menu.entry.statusId)
    }
    MenuItem {
        visible: menu.own
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Delete")
        onTriggered: menu.action("delete", menu.entry.statusId)
    }
    MenuItem {
        visible: menu.own
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Delete and redraft")
        onTriggered: menu.action("redraft", menu.entry.statusId)
    }
    MenuItem {
        visible: !menu.own
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Mute %1").arg(menu.handle)
        onTriggered: menu.action("mute", menu.entry.authorId)
    }
    MenuItem {
        visible: !menu.own
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Block %1").arg(menu.handle)
        onTriggered: menu.action("block", menu.entry.authorId)
    }
    MenuItem {
        visible: !menu.own
        height: visible ? implicitHeight : 0
        enabled: visible
        text: qsTr("Report %1").arg(menu.handle)
        onTriggered: menu.action("report", menu.entry.authorId)
    }
}
