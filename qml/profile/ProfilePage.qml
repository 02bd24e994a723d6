import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Models
import Tuskline.Timeline
import Tuskline.Views

// An account's page: header (banner, names, relationship, follow/mute/block, bio, fields,
// counts) and tabs: posts, posts and replies, media, followers, following. Created with
// `session` and `accountId`.
FocusScope {
    id: page
    property var session
    property string accountId
    readonly property int count: tabs.currentIndex < 3 ? filtered.count : follows.count
    readonly property alias profile: profile
    readonly property alias tabBar: tabs
    readonly property alias postsView: postsView
    readonly property alias followsView: followsList

    Accessible.role: Accessible.Pane
    Accessible.name: profile.loaded ? qsTr("Profile of %1").arg(profile.plainName) : qsTr("Profile")

    ProfileController {
        id: profile
        session: page.session
        accountId: page.accountId
    }
    TimelineModel {
        id: posts
        session: page.session
        timeline: page.accountId ? "account:" + page.accountId : ""
    }
    StatusFilterModel {
        id: filtered
        sourceModel: posts
        excludeReplies: tabs.currentIndex === 0
        onlyMedia: tabs.currentIndex === 2
    }
    FollowListModel {
        id: follows
        // Asked for only when a list tab is open.
        session: tabs.currentIndex >= 3 ? page.session : null
        accountId: page.accountId
        which: tabs.currentIndex === 4 ? "following" : "followers"
    }

    function handleLink(url) {
        const tag = RichTextLinks.hashtagOf(url);
        if (tag)
            Navigator.openTimeline(page.session, "tag:" + tag);
        else
            Qt.openUrlExternally(url);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProfileHeader {
            Layout.fillWidth: true
            profile: profile
            onLinkActivated: (url) => page.handleLink(url)
        }

        TabBar {
            id: tabs
            objectName: "profileTabs"
            Layout.fillWidth: true
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Profile sections")
            TabButton { text: qsTr("Posts") }
            TabButton { text: qsTr("Posts and replies") }
            TabButton { text: qsTr("Media") }
            TabButton { text: qsTr("Followers") }
            TabButton { text: qsTr("Following") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex < 3 ? 0 : 1

            TimelineView {
                id: postsView
                focus: tabs.currentIndex < 3
                model: filtered
                session: page.session
                restorePosition: false
                emptyText: tabs.currentIndex === 2 ? qsTr("No media yet.") : qsTr("No posts yet.")
                onOpenThread: (statusId) => Navigator.openThread(page.session, statusId)
                onOpenProfile: (id) => {
                    if (id !== page.accountId)
                        Navigator.openProfile(page.session, id);
                }
                onOpenTimeline: (name) => Navigator.openTimeline(page.session, name)
                onCompose: (options) => Navigator.compose(page.session, options)
                onAccountAction: (action, id) => accountActions.run(action, id)
            }

            ListView {
                id: followsList
                objectName: "followsList"
                focus: tabs.currentIndex >= 3
                clip: true
                model: follows
                reuseItems: true
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: tabs.currentIndex === 4 ? qsTr("Following") : qsTr("Followers")
                ScrollBar.vertical: ScrollBar {}
                Keys.onPressed: (event) => {
                    if (event.modifiers !== Qt.NoModifier)
                        return;
                    if (event.key === Qt.Key_J) { incrementCurrentIndex(); event.accepted = true; }
                    else if (event.key === Qt.Key_K) { decrementCurrentIndex(); event.accepted = true; }
                }
                delegate: AccountRow {
                    onOpenProfile: (id) => Navigator.openProfile(page.session, id)
                }
                Label {
                    anchors.centerIn: parent
                    visible: followsList.count === 0 && !follows.loading
                    text: follows.error ? follows.error : qsTr("Nobody here yet.")
                }
            }
        }
    }

    AccountActions {
        id: accountActions
        session: page.session
    }
}
