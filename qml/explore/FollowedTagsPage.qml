import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Views
import Tuskline.Explore

// Followed hashtags: Enter opens the hashtag's timeline, the button (or Delete) unfollows; an
// unfollowed tag stays until the page is reopened, with "Follow" to undo.
FocusScope {
    id: page
    property var session
    readonly property string title: qsTr("Followed tags")
    readonly property int count: tagsView.count
    readonly property alias controller: tags
    readonly property alias tagsView: tagsView

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Followed tags")

    FollowedTagsController {
        id: tags
        session: page.session
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: palette.text
            text: tags.error ? tags.error
                 : tags.loading && tagsView.count === 0 ? qsTr("Loading…")
                 : tagsView.count === 0 ? qsTr("You follow no hashtags yet. Open a hashtag and follow it to see its posts in your home timeline.")
                 : ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ListView {
            id: tagsView
            objectName: "followedTags"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: tags.tags
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Followed tags")
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_J) { incrementCurrentIndex(); event.accepted = true }
                else if (event.key === Qt.Key_K) { decrementCurrentIndex(); event.accepted = true }
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property var modelData
                readonly property string name: modelData.name
                readonly property bool following: modelData.following
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && tagsView.activeFocus
                focus: ListView.isCurrentItem
                Accessible.role: Accessible.ListItem
                Accessible.name: following ? "#" + name : qsTr("#%1, not followed").arg(name)
                Accessible.onPressAction: Navigator.openTimeline(page.session, "tag:" + name)
                onClicked: Navigator.openTimeline(page.session, "tag:" + name)
                Keys.onReturnPressed: Navigator.openTimeline(page.session, "tag:" + name)
                Keys.onEnterPressed: Navigator.openTimeline(page.session, "tag:" + name)
                Keys.onDeletePressed: tags.setFollowing(name, !following)
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        text: "#" + row.name
                        color: palette.text
                        opacity: row.following ? 1 : 0.6
                        elide: Text.ElideRight
                    }
                    Button {
                        objectName: "followToggle"
                        text: row.following ? qsTr("Unfollow") : qsTr("Follow")
                        Accessible.role: Accessible.Button
                        Accessible.name: row.following ? qsTr("Unfollow #%1").arg(row.name)
                                                       : qsTr("Follow #%1").arg(row.name)
                        Accessible.onPressAction: tags.setFollowing(row.name, !row.following)
                        onClicked: tags.setFollowing(row.name, !row.following)
                    }
                }
            }
        }
    }
}
