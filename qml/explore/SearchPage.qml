import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views
import Tuskline.Timeline
import Tuskline.Explore

// Explore: search accounts, hashtags and posts (GET /api/v2/search); before a search, trends (or
// what stands in for them, see ExploreHome). Enter in the field searches; Down or Tab moves into
// the results, Up from the first result back to the field; Left/Right (or the tabs) switch
// between accounts, hashtags and posts. Posts are shown with the status item and its keys
// (j/k, o/Enter, f, b, r, ...); on an account, Enter opens the profile and f follows or
// unfollows; on a hashtag, Enter opens its timeline and f follows or unfollows it. "/" returns
// to the field.
FocusScope {
    id: page
    property var session
    readonly property string title: qsTr("Explore")
    readonly property int count: search.searched ? accountRows.count + tagRows.count + postsView.view.count
                                                 : home.count
    readonly property alias controller: search
    readonly property alias field: queryField
    // The list of the shown tab (accounts, hashtags or the posts' ListView).
    readonly property Item resultsView: [accountsView, tagsView, postsView.view][tabs.currentIndex]
    readonly property alias postsView: postsView
    readonly property alias tabs: tabs
    readonly property alias home: home

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Search")

    // "/" from the results returns to the field and keeps the results (the shell's "/" would
    // open a fresh Explore page). In the field itself "/" is typed as usual.
    Keys.onShortcutOverride: (event) => { if (event.text === "/") event.accepted = true }
    Keys.onPressed: (event) => {
        if (event.text === "/") {
            queryField.forceActiveFocus()
            queryField.selectAll()
            event.accepted = true
        }
    }

    SearchController {
        id: search
        session: page.session
    }

    // Rows the views can update in place (a follow changes one row, the list keeps its place).
    ListModel { id: accountRows }
    ListModel { id: tagRows }
    function rebuild() {
        accountRows.clear()
        for (const a of search.accounts)
            accountRows.append(a)
        tagRows.clear()
        for (const t of search.hashtags)
            tagRows.append(t)
        // The first kind with results, in the server's order.
        tabs.currentIndex = accountRows.count > 0 ? 0 : tagRows.count > 0 ? 1
                          : search.statusModel.count > 0 ? 2 : tabs.currentIndex
    }
    Connections {
        target: search
        function onResultsChanged() { page.rebuild() }
        function onAccountUpdated(index) { accountRows.set(index, search.accounts[index]) }
        function onHashtagUpdated(index) { tagRows.set(index, search.hashtags[index]) }
    }

    function focusResults() {
        if (!search.searched) {
            home.focusFirst()
            return
        }
        // A model reset (new results) leaves a ListView without a current row.
        const list = page.resultsView
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
        const target = [accountsView, tagsView, postsView][tabs.currentIndex]
        target.forceActiveFocus()
    }
    function followLabel(following, requested) {
        return following ? qsTr("Unfollow") : requested ? qsTr("Cancel request") : qsTr("Follow")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: queryField
                objectName: "searchField"
                Layout.fillWidth: true
                focus: true
                placeholderText: qsTr("Search accounts, hashtags and posts")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search")
                onAccepted: search.search(text)
                onTextChanged: if (text.trim() === "" && search.searched) search.clear()
                Keys.onDownPressed: page.focusResults()
                KeyNavigation.tab: searchButton
            }
            Button {
                id: searchButton
                text: qsTr("Search")
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Search")
                Accessible.onPressAction: search.search(queryField.text)
                onClicked: search.search(queryField.text)
                KeyNavigation.tab: search.searched ? tabs
                                  : home.tagsView.count > 0 ? home.tagsView : home.postsView
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: palette.text
            text: search.loading ? qsTr("Searching…")
                 : search.error ? search.error
                 : search.searched && page.count === 0 ? qsTr("Nothing found for “%1”.").arg(search.query)
                 : ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        ExploreHome {
            id: home
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !search.searched
            session: page.session
            onLeaveUp: queryField.forceActiveFocus()
        }

        TabBar {
            id: tabs
            objectName: "searchTabs"
            Layout.fillWidth: true
            visible: search.searched
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Kinds of results")
            KeyNavigation.tab: page.resultsView
            Keys.onDownPressed: page.focusResults()
            TabButton {
                text: qsTr("Accounts (%1)").arg(accountRows.count)
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Hashtags (%1)").arg(tagRows.count)
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Posts (%1)").arg(postsView.view.count)
                Accessible.name: text
            }
        }

        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: search.searched
            currentIndex: tabs.currentIndex

            // Keys the lists leave unhandled: Up at the top returns to the field, Left/Right
            // switch the kind of results.
            Keys.onUpPressed: queryField.forceActiveFocus()
            Keys.onLeftPressed: if (tabs.currentIndex > 0) { tabs.currentIndex--; page.focusResults() }
            Keys.onRightPressed: if (tabs.currentIndex < tabs.count - 1) { tabs.currentIndex++; page.focusResults() }

            ListView {
                id: accountsView
                objectName: "accountResults"
                clip: true
                model: accountRows
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Accounts found")
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_J) { incrementCurrentIndex(); event.accepted = true }
                    else if (event.key === Qt.Key_K) { decrementCurrentIndex(); event.accepted = true }
                }
                delegate: AccountResultRow {
                    required property int index
                    required property var model
                    focus: ListView.isCurrentItem
                    accountId: model.accountId
                    displayName: model.displayName
                    handle: model.handle
                    avatar: model.avatar
                    stateText: model.following ? qsTr("Following") : model.requested ? qsTr("Follow requested") : ""
                    actionText: model.relationshipKnown ? page.followLabel(model.following, model.requested) : ""
                    actionName: actionText + " " + model.handle
                    actionKeys: [Qt.Key_F]
                    onOpenRequested: { accountsView.currentIndex = index; Navigator.openProfile(page.session, accountId) }
                    onActionTriggered: search.setAccountFollowing(accountId, !(model.following || model.requested))
                }
            }

            ListView {
                id: tagsView
                objectName: "hashtagResults"
                clip: true
                model: tagRows
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Hashtags found")
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_J) { incrementCurrentIndex(); event.accepted = true }
                    else if (event.key === Qt.Key_K) { decrementCurrentIndex(); event.accepted = true }
                }
                delegate: ItemDelegate {
                    id: tagRow
                    required property int index
                    required property string name
                    required property var uses
                    required property bool following
                    readonly property string usesText: qsTr("%n post(s) recently", "", Number(uses))
                    width: ListView.view.width
                    focus: ListView.isCurrentItem
                    focusPolicy: Qt.StrongFocus
                    highlighted: ListView.isCurrentItem && tagsView.activeFocus
                    Accessible.role: Accessible.ListItem
                    Accessible.name: "#" + name + ", " + usesText + (following ? ", " + qsTr("Following") : "")
                    Accessible.onPressAction: open()
                    function open() { tagsView.currentIndex = index; Navigator.openTimeline(page.session, "tag:" + name) }
                    function toggle() { search.setHashtagFollowing(name, !following) }
                    onClicked: open()
                    Keys.onReturnPressed: open()
                    Keys.onEnterPressed: open()
                    Keys.onPressed: (event) => {
                        if (event.key === Qt.Key_F && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                            toggle()
                            event.accepted = true
                        }
                    }
                    contentItem: RowLayout {
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: "#" + tagRow.name
                                font.bold: true
                                elide: Text.ElideRight
                                color: palette.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: tagRow.following ? tagRow.usesText + " · " + qsTr("Following") : tagRow.usesText
                                opacity: 0.7
                                elide: Text.ElideRight
                                color: palette.text
                            }
                        }
                        Button {
                            objectName: "hashtagFollow"
                            text: tagRow.following ? qsTr("Unfollow") : qsTr("Follow")
                            focusPolicy: Qt.NoFocus
                            Accessible.role: Accessible.Button
                            Accessible.name: (tagRow.following ? qsTr("Unfollow #%1") : qsTr("Follow #%1")).arg(tagRow.name)
                            Accessible.onPressAction: tagRow.toggle()
                            onClicked: tagRow.toggle()
                        }
                    }
                    FocusRing { target: tagRow; ringColor: tagRow.palette.highlight }
                }
            }

            TimelineView {
                id: postsView
                objectName: "postResults"
                model: search.statusModel
                restorePosition: false
                emptyText: qsTr("No posts found.")
                // Tab or a click into the list lands on a post even after a model reset.
                onActiveFocusChanged: if (activeFocus && view.currentIndex < 0 && view.count > 0) view.currentIndex = 0
                onOpenThread: (statusId) => Navigator.openThread(page.session, statusId)
                onOpenProfile: (accountId) => Navigator.openProfile(page.session, accountId)
                onOpenTimeline: (name) => Navigator.openTimeline(page.session, name)
                onCompose: (options) => Navigator.compose(page.session, options)
                onAccountAction: (action, accountId) => accountActions.run(action, accountId)
            }
        }
    }

    AccountActions {
        id: accountActions
        session: page.session
    }
}
