import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Models
import Tuskline.Timeline
import Tuskline.Views

// The account's notifications, grouped by the model (favourites and boosts of one post, follows),
// with a filter by type. Created with `session`.
FocusScope {
    id: page
    property var session
    readonly property int count: filtered.count
    readonly property alias model: filtered
    readonly property alias view: view
    readonly property alias filterBar: filterBar
    // Tab index → notification types shown ([] = all).
    readonly property var filters: [
        [],
        ["mention"],
        ["favourite"],
        ["reblog"],
        ["follow", "follow_request"],
        ["poll", "status", "update"],
    ]

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Notifications")

    NotificationsModel {
        id: notifications
        session: page.session
    }
    StatusFilterModel {
        id: filtered
        sourceModel: notifications
        notificationTypes: page.filters[filterBar.currentIndex]
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: filterBar
            objectName: "notificationFilter"
            Layout.fillWidth: true
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Show notifications of type")
            TabButton { text: qsTr("All") }
            TabButton { text: qsTr("Mentions") }
            TabButton { text: qsTr("Favourites") }
            TabButton { text: qsTr("Boosts") }
            TabButton { text: qsTr("Follows") }
            TabButton { text: qsTr("Other") }
        }

        TimelineView {
            id: view
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            model: filtered
            session: page.session
            emptyText: filterBar.currentIndex === 0 ? qsTr("No notifications yet.")
                                                    : qsTr("No notifications of this type.")
            onOpenThread: (statusId) => Navigator.openThread(page.session, statusId)
            onOpenProfile: (accountId) => Navigator.openProfile(page.session, accountId)
            onOpenTimeline: (name) => Navigator.openTimeline(page.session, name)
            onCompose: (options) => Navigator.compose(page.session, options)
            onAccountAction: (action, accountId, handle, statusId) =>
            accountActions.run(action, accountId, handle, statusId)
        }
    }

    AccountActions {
        id: accountActions
        session: page.session
    }
}
