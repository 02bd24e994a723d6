import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App
import Tuskline.Components

// The sections of the current account. Up/Down move, Enter/Space open.
Pane {
    id: nav
    property string current: "home"
    property int unread: 0
    signal activated(string section)
    padding: 0
    // The list carries the role: Qt Quick Controls 6.4 report a Control's own C++ role (a Pane's
    // "panel") to AT-SPI whatever Accessible.role says.
    Accessible.ignored: true

    // Also the go-to shortcuts' table (ShortcutsDialog reads `keys`).
    readonly property var sections: [
        { key: "home", icon: "home", label: qsTr("Home"), keys: "g h" },
        { key: "notifications", icon: "notifications", label: qsTr("Notifications"), keys: "g n" },
        { key: "local", icon: "local", label: qsTr("Local"), keys: "g l" },
        { key: "federated", icon: "federated", label: qsTr("Federated"), keys: "g t" },
        { key: "explore", icon: "explore", label: qsTr("Explore"), keys: "/" },
        { key: "direct", icon: "visibility-direct", label: qsTr("Direct messages"), keys: "g d" },
        { key: "bookmarks", icon: "bookmarks", label: qsTr("Bookmarks"), keys: "g b" },
        { key: "favourites", icon: "favourites", label: qsTr("Favourites"), keys: "g f" },
        { key: "lists", icon: "lists", label: qsTr("Lists"), keys: "" },
        { key: "tags", icon: "tags", label: qsTr("Followed tags"), keys: "" },
        { key: "profile", icon: "profile", label: qsTr("My profile"), keys: "g u" }
    ]

    ListView {
        id: list
        anchors.fill: parent
        model: nav.sections
        keyNavigationEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Navigation")
        currentIndex: Math.max(0, nav.sections.findIndex(s => s.key === nav.current))
        highlightFollowsCurrentItem: true
        clip: true
        delegate: ItemDelegate {
            id: item
            required property var modelData
            required property int index
            width: ListView.view.width
            text: modelData.label
            highlighted: nav.current === modelData.key
            focusPolicy: Qt.NoFocus // the list holds the focus; Up/Down move inside it
            onClicked: { list.currentIndex = index; nav.activated(modelData.key) }
            Accessible.role: Accessible.ListItem
            Accessible.name: modelData.key === "notifications" && nav.unread > 0
                             ? qsTr("%1, %n unread", "", nav.unread).arg(modelData.label) : modelData.label
            Accessible.selected: highlighted
            Accessible.description: modelData.keys.length > 0 ? qsTr("Shortcut: %1").arg(modelData.keys) : ""
            Accessible.onPressAction: clicked()
            contentItem: RowLayout {
                spacing: 10
                Icon {
                    name: item.modelData.icon
                    size: 18
                    color: item.highlighted ? palette.highlightedText : palette.text
                }
                Label {
                    text: item.text
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.bold: item.highlighted
                    color: item.highlighted ? palette.highlightedText : palette.text
                }
                Rectangle {
                    visible: item.modelData.key === "notifications" && nav.unread > 0
                    implicitWidth: Math.max(20, count.implicitWidth + 10)
                    implicitHeight: 20
                    radius: 10
                    color: item.highlighted ? palette.highlightedText : palette.highlight
                    Label {
                        id: count
                        anchors.centerIn: parent
                        Accessible.ignored: true // the count is in the row's name
                        text: nav.unread > 99 ? "99+" : nav.unread
                        font.pixelSize: 11
                        font.bold: true
                        color: item.highlighted ? palette.highlight : palette.highlightedText
                    }
                }
            }
            background: Rectangle {
                color: item.highlighted ? palette.highlight : (item.hovered ? palette.midlight : "transparent")
                // Visible keyboard focus: a frame around the current row while the list has focus.
                border.width: list.activeFocus && list.currentIndex === item.index ? 2 : 0
                border.color: item.highlighted ? palette.highlightedText : palette.highlight
            }
        }
        Keys.onReturnPressed: nav.activated(nav.sections[currentIndex].key)
        Keys.onEnterPressed: nav.activated(nav.sections[currentIndex].key)
        Keys.onSpacePressed: nav.activated(nav.sections[currentIndex].key)
    }
}
