import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import Tuskline.App
import Tuskline.Explore
import Tuskline.Views

// Accounts strip, navigation, the main column (a StackView of pages from the feature modules)
// and the deck's extra columns. Owns the global keyboard shortcuts; a focused text field eats
// printable keys first, so none of the single-key shortcuts fires while typing.
FocusScope {
    id: root
    focus: true
    property string section: "home"
    // One title per stack entry (pages need not have one).
    property var titles: []
    readonly property QtObject session: AppController.currentSession
    readonly property string pageTitle: titles.length > 0 ? titles[titles.length - 1] : ""
    // Rows the main column's view shows (pages expose `count`), for benchmarks and tests.
    readonly property int rowsShown: stack.currentItem && stack.currentItem.count !== undefined
                                     ? stack.currentItem.count : 0
    property alias stackView: stack
    readonly property int deckCount: deck.count

    function titleFor(key) {
        switch (key) {
        case "explore": return qsTr("Explore")
        case "lists": return qsTr("Lists")
        case "tags": return qsTr("Followed tags")
        case "profile": return qsTr("My profile")
        case "direct": return qsTr("Direct messages")
        }
        return AppController.timelineTitle(key)
    }
    // Opens a section of the current account as the root of the main column.
    function navigate(key) {
        section = key
        let page = "timeline"
        let props = { session: root.session }
        switch (key) {
        case "notifications":
            page = "notifications"
            AppController.markNotificationsRead(AppController.currentAccountKey)
            break
        case "profile":
            page = "profile"
            props.accountId = AppController.currentAccountId
            break
        case "explore": case "lists": case "tags":
            page = key
            break
        case "direct":
            page = AppController.pageUrl("direct").toString().indexOf("Placeholder") >= 0 ? "timeline" : "direct"
            props.timeline = "direct"
            break
        default:
            props.timeline = key
        }
        stack.replace(null, AppController.pageUrl(page), props, StackView.Immediate)
        titles = [titleFor(key)]
        focusColumn(0)
    }
    function push(page, props, title) {
        stack.push(AppController.pageUrl(page), props)
        titles = titles.concat([title])
        focusColumn(0)
    }
    function back() {
        if (stack.depth > 1) {
            stack.pop()
            titles = titles.slice(0, titles.length - 1)
            focusColumn(0)
        }
    }
    // 0: the main column, 1…: deck columns.
    function focusColumn(index) {
        if (index === 0) {
            if (stack.currentItem)
                stack.currentItem.forceActiveFocus()
        } else if (index - 1 < deck.count) {
            deck.itemAt(index - 1).focusContent()
        }
    }

    Component.onCompleted: navigate(section)
    // The views' pages ask the Navigator (Tuskline.Views) to go somewhere; the shell decides how.
    Connections {
        target: Navigator
        function onThreadRequested(session, statusId) { AppController.openThread(session, statusId) }
        function onProfileRequested(session, accountId) { AppController.openProfile(session, accountId) }
        function onTimelineRequested(session, timeline) { AppController.openTimeline(session, timeline) }
        function onComposeRequested(session, options) { compose.openWith(session || root.session, options) }
        function onReportRequested(session, accountId, statusId) {
            report.openFor(session || root.session, accountId, statusId)
        }
    }
    Connections {
        target: AppController
        function onCurrentAccountChanged() { root.navigate(root.section) }
        function onNavigationRequested(page, properties) {
            let title = page === "thread" ? qsTr("Thread")
                      : page === "profile" ? qsTr("Profile")
                      : page === "notifications" ? qsTr("Notifications")
                      : AppController.timelineTitle(properties.timeline || "")
            if (!properties.session)
                properties.session = root.session
            root.push(page, properties, title)
        }
        function onBackRequested() { root.back() }
        function onComposeRequested(session, inReplyToId, mention) {
            compose.openWith(session, { replyTo: inReplyToId, mention: mention })
        }
        function onNotice(message) { notice.show(message) }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        AccountSwitcher {
            Layout.fillHeight: true
            onAddColumnFor: (key) => addColumn.openFor(key)
        }
        NavigationPane {
            id: nav
            Layout.fillHeight: true
            Layout.preferredWidth: 200
            visible: root.width >= 720
            current: root.section
            unread: {
                const i = AppController.accounts.count >= 0 ? currentAccountRow.index : -1
                return currentAccountRow.unread
            }
            onActivated: (key) => root.navigate(key)
        }
        // The main column.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: 320
            spacing: 0
            ToolBar {
                Layout.fillWidth: true
                RowLayout {
                    anchors.fill: parent
                    ToolButton {
                        id: backButton
                        // back.svg points left; mirrored layouts go back to the right.
                        icon.source: "qrc:/icons/ui/back.svg"
                        icon.color: palette.buttonText
                        display: AbstractButton.IconOnly
                        transform: Scale {
                            origin.x: backButton.width / 2
                            xScale: backButton.LayoutMirroring.enabled ? -1 : 1
                        }
                        visible: stack.depth > 1
                        onClicked: root.back()
                        Accessible.name: qsTr("Back")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Back (Esc)")
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        text: root.pageTitle
                        font.bold: true
                        font.pixelSize: 16
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        text: currentAccountRow.handle
                        opacity: 0.7
                        elide: Text.ElideMiddle
                        Layout.maximumWidth: 260
                        Accessible.ignored: true
                    }
                    ToolButton {
                        // A list's timeline: who is in it can be changed right here.
                        readonly property string listId: {
                            const t = stack.currentItem ? stack.currentItem.timeline : undefined
                            return typeof t === "string" && t.startsWith("list:") ? t.slice(5) : ""
                        }
                        objectName: "listMembersButton"
                        visible: listId !== ""
                        text: qsTr("Members")
                        onClicked: listMembers.openFor(listId, root.pageTitle)
                        Accessible.name: qsTr("Members of this list")
                    }
                    ToolButton {
                        text: qsTr("New post")
                        onClicked: compose.openFor(root.session, "", "")
                        Accessible.name: text
                        Accessible.description: qsTr("Shortcut: n")
                    }
                    ToolButton {
                        id: menuButton
                        icon.source: "qrc:/icons/ui/more-vertical.svg"
                        icon.color: palette.buttonText
                        display: AbstractButton.IconOnly
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: mainMenu.open()
                        Accessible.name: qsTr("Menu")
                        Menu {
                            id: mainMenu
                            y: menuButton.height
                            MenuItem { text: qsTr("Add a column…"); onTriggered: addColumn.openFor("") }
                            MenuItem { text: qsTr("Add an account…"); onTriggered: AppController.requestAddAccount() }
                            MenuItem { text: qsTr("Settings…"); onTriggered: settings.open() }
                            MenuItem { text: qsTr("Keyboard shortcuts"); onTriggered: shortcutsDialog.open() }
                        }
                    }
                }
            }
            StackView {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
            }
        }
        Repeater {
            id: deck
            model: AppController.columns
            delegate: DeckColumn {
                Layout.fillHeight: true
                Layout.preferredWidth: 380
            }
        }
    }

    // The current account's row in the switcher model (handle, unread).
    Instantiator {
        id: accountRows
        model: AppController.accounts
        delegate: QtObject {
            required property string key
            required property string handle
            required property int unread
            required property int index
        }
    }
    readonly property var currentAccountRow: {
        for (let i = 0; i < accountRows.count; ++i) {
            const row = accountRows.objectAt(i)
            if (row && row.key === AppController.currentAccountKey)
                return row
        }
        return { handle: "", unread: 0, index: -1 }
    }

    // Global shortcuts.
    Shortcut { sequence: "N"; onActivated: compose.openFor(root.session, "", "") }
    Shortcut { sequence: "/"; onActivated: root.navigate("explore") }
    Shortcut { sequences: ["?", "Shift+?"]; onActivated: shortcutsDialog.open() }
    Shortcut { sequences: ["Esc", "Backspace"]; onActivated: root.back() }
    Shortcut { sequence: "G,H"; onActivated: root.navigate("home") }
    Shortcut { sequence: "G,N"; onActivated: root.navigate("notifications") }
    Shortcut { sequence: "G,L"; onActivated: root.navigate("local") }
    Shortcut { sequence: "G,T"; onActivated: root.navigate("federated") }
    Shortcut { sequence: "G,D"; onActivated: root.navigate("direct") }
    Shortcut { sequence: "G,F"; onActivated: root.navigate("favourites") }
    Shortcut { sequence: "G,B"; onActivated: root.navigate("bookmarks") }
    Shortcut { sequence: "G,U"; onActivated: root.navigate("profile") }
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequence: String(index + 1)
            onActivated: root.focusColumn(index)
        }
    }
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            onActivated: {
                const key = AppController.accounts.keyAt(index)
                if (key.length > 0)
                    AppController.currentAccountKey = key
            }
        }
    }

    ComposeDialog { id: compose; objectName: "composeDialog" }
    ReportDialog { id: report; objectName: "reportDialog" }
    ListMembersDialog {
        id: listMembers
        objectName: "listMembersDialog"
        session: root.session
    }
    ShortcutsDialog { id: shortcutsDialog; objectName: "shortcutsDialog" }
    SettingsDialog { id: settings; objectName: "settingsDialog" }
    AddColumnDialog { id: addColumn; objectName: "addColumnDialog" }

    // Short messages ("Posted", errors), announced politely to screen readers.
    ToolTip {
        id: notice
        function show(message) { text = message; open() }
        timeout: 4000
        x: (parent.width - width) / 2
        y: parent.height - height - 24
    }
}
