import QtQuick
import QtQuick.Controls
import Tuskline.Models
import Tuskline.Views

// A conversation: ancestors, the status it was opened for (highlighted, focused), replies
// indented by depth. Created with `session` and `statusId`.
FocusScope {
    id: page
    property var session
    property string statusId
    readonly property int count: threadModel.count
    readonly property alias model: threadModel
    readonly property alias view: view
    property bool positioned: false

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Thread")

    ThreadModel {
        id: threadModel
        session: page.session
        statusId: page.statusId
        // Focus the opened status once it is there (ancestors arrive above it).
        onCountChanged: page.focusOpened()
    }
    function focusOpened() {
        const row = threadModel.rowOfStatus(page.statusId);
        if (row < 0)
            return;
        if (!positioned || view.currentIndex !== row) {
            view.currentIndex = row;
            view.view.positionViewAtIndex(row, ListView.Contain);
            positioned = true;
        }
    }

    TimelineView {
        id: view
        anchors.fill: parent
        focus: true
        model: threadModel
        session: page.session
        restorePosition: false
        emptyText: qsTr("Loading the conversation…")
        onOpenThread: (id) => {
            if (id !== page.statusId)
                Navigator.openThread(page.session, id);
        }
        onOpenProfile: (accountId) => Navigator.openProfile(page.session, accountId)
        onOpenTimeline: (name) => Navigator.openTimeline(page.session, name)
        onCompose: (options) => Navigator.compose(page.session, options)
        onAccountAction: (action, accountId, handle, statusId) =>
            accountActions.run(action, accountId, handle, statusId)
    }
    Component.onCompleted: focusOpened()

    AccountActions {
        id: accountActions
        session: page.session
    }
}
