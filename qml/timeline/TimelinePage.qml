import QtQuick
import QtQuick.Controls
import Tuskline.Models
import Tuskline.Views

// A timeline of the account (home, local, federated, tag:NAME, list:ID, bookmarks, ...) as a page
// of the shell's stack: created with `session` and `timeline`.
FocusScope {
    id: page
    property var session
    property string timeline: "home"
    readonly property int count: timelineModel.count
    readonly property alias model: timelineModel
    readonly property alias view: view

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Timeline")

    TimelineModel {
        id: timelineModel
        session: page.session
        timeline: page.timeline
    }

    TimelineView {
        id: view
        anchors.fill: parent
        focus: true
        model: timelineModel
        session: page.session
        onOpenThread: (statusId) => Navigator.openThread(page.session, statusId)
        onOpenProfile: (accountId) => Navigator.openProfile(page.session, accountId)
        onOpenTimeline: (name) => Navigator.openTimeline(page.session, name)
        onCompose: (options) => Navigator.compose(page.session, options)
        onAccountAction: (action, accountId, handle, statusId) =>
            accountActions.run(action, accountId, handle, statusId)
    }

    AccountActions {
        id: accountActions
        session: page.session
    }
}
