import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Timeline
import Tuskline.Notifications

ApplicationWindow {
    id: window
    width: 900
    height: 800
    visible: true
    title: "Tuskline views"
    readonly property int rowsShown: home.count

    RowLayout {
        anchors.fill: parent
        spacing: 0
        TabBar {
            id: nav
            Layout.fillHeight: true
            Layout.preferredWidth: 160
            Accessible.role: Accessible.PageTabList
            Accessible.name: "Navigation"
            contentItem: ListView {
                model: nav.contentModel
                currentIndex: nav.currentIndex
                orientation: ListView.Vertical
            }
            TabButton { text: "Home"; width: 160 }
            TabButton { text: "Notifications"; width: 160 }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: nav.currentIndex
            TimelinePage {
                id: home
                focus: true
                session: backend.session
                timeline: "home"
            }
            NotificationsPage {
                session: backend.session
            }
        }
    }
    Component.onCompleted: home.forceActiveFocus()
}
