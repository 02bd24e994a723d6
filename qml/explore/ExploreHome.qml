import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views
import Tuskline.Models
import Tuskline.Timeline
import Tuskline.Explore

// What Explore shows before a search: the server's trending hashtags and posts. A server without
// trends (our bundled one has none) gets the hashtags the user follows and the recent posts of
// the server's local timeline instead, and the headings say so. Keys: Left/Right walk the
// hashtags, Enter opens one, Down goes to the posts (the status item's keys there), Up returns.
FocusScope {
    id: home
    property var session
    readonly property int count: tagsView.count + posts.view.count
    readonly property alias controller: trends
    readonly property alias tagsView: tagsView
    readonly property alias postsView: posts
    signal leaveUp()

    // Into the hashtags, or the posts when there are none.
    function focusFirst() {
        if (tagsView.count > 0)
            tagsView.forceActiveFocus()
        else
            focusPosts()
    }
    function focusPosts() {
        // A model reset (trends arrived) leaves the ListView without a current row.
        if (posts.view.currentIndex < 0 && posts.view.count > 0)
            posts.view.currentIndex = 0
        posts.forceActiveFocus()
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Explore")

    TrendsController {
        id: trends
        session: home.session
    }
    // The stand-in for trending posts: created only when the server has none.
    TimelineModel {
        id: localPosts
        session: trends.ready && !trends.trendingPosts ? home.session : null
        timeline: "local"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            objectName: "tagsHeading"
            Layout.fillWidth: true
            text: trends.trendingTags ? qsTr("Trending hashtags") : qsTr("Hashtags you follow")
            font.bold: true
            color: palette.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: trends.ready && !trends.trendingTags
            wrapMode: Text.Wrap
            opacity: 0.7
            color: palette.text
            text: tagsView.count > 0 ? qsTr("This server shows no trends.")
                                     : qsTr("This server shows no trends, and you follow no hashtags yet.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ListView {
            id: tagsView
            objectName: "exploreTags"
            Layout.fillWidth: true
            Layout.preferredHeight: count > 0 ? 40 : 0
            visible: count > 0
            orientation: ListView.Horizontal
            spacing: 6
            clip: true
            focus: true
            model: trends.tags
            keyNavigationEnabled: true
            activeFocusOnTab: true
            KeyNavigation.tab: posts
            Accessible.role: Accessible.List
            Accessible.name: trends.trendingTags ? qsTr("Trending hashtags") : qsTr("Hashtags you follow")
            Keys.onDownPressed: home.focusPosts()
            Keys.onUpPressed: home.leaveUp()
            delegate: Button {
                id: chip
                required property int index
                required property var modelData
                readonly property string tagName: modelData.name
                text: "#" + tagName
                focus: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                highlighted: ListView.isCurrentItem && tagsView.activeFocus
                Accessible.role: Accessible.Button
                Accessible.name: trends.trendingTags && modelData.uses > 0
                                 ? "#" + tagName + ", " + qsTr("%n post(s) recently", "", Number(modelData.uses))
                                 : "#" + tagName
                Accessible.onPressAction: open()
                function open() { tagsView.currentIndex = index; Navigator.openTimeline(home.session, "tag:" + tagName) }
                onClicked: open()
                Keys.onReturnPressed: open()
                Keys.onEnterPressed: open()
                FocusRing { target: chip; ringColor: chip.palette.highlight; visible: chip.highlighted }
            }
        }

        Label {
            objectName: "postsHeading"
            Layout.fillWidth: true
            text: trends.trendingPosts ? qsTr("Trending posts") : qsTr("Recent posts on this server")
            font.bold: true
            color: palette.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        TimelineView {
            id: posts
            objectName: "explorePosts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: trends.trendingPosts ? trends.statusModel : localPosts
            restorePosition: false
            // Tab or a click into the list lands on a post even after a model reset.
            onActiveFocusChanged: if (activeFocus && view.currentIndex < 0 && view.count > 0) view.currentIndex = 0
            emptyText: trends.ready ? qsTr("No posts yet.") : qsTr("Loading…")
            Keys.onUpPressed: tagsView.count > 0 ? tagsView.forceActiveFocus() : home.leaveUp()
            onOpenThread: (statusId) => Navigator.openThread(home.session, statusId)
            onOpenProfile: (accountId) => Navigator.openProfile(home.session, accountId)
            onOpenTimeline: (name) => Navigator.openTimeline(home.session, name)
            onCompose: (options) => Navigator.compose(home.session, options)
            onAccountAction: (action, accountId) => accountActions.run(action, accountId)
        }
    }

    AccountActions {
        id: accountActions
        session: home.session
    }
}
