import QtQuick
import QtQuick.Controls
import Tuskline.Components
import Tuskline.Views

// A scrolling timeline over a TimelineModel (or ThreadModel, NotificationsModel rows with a
// status): j/k move between posts, gaps fill on Enter, older posts load at the end (the view calls
// the model's fetchMore), new posts are announced politely as a count, the reading position is
// saved and restored through the model. Model calls happen here; navigation leaves as signals.
FocusScope {
    id: timeline
    property var model
    // The account the rows belong to (for the edit history); pages set it, else the model's.
    property var session: model && model.session !== undefined ? model.session
                          : (model && model.sourceModel && model.sourceModel.session !== undefined
                             ? model.sourceModel.session : null)
    readonly property alias historyDialog: history
    property alias view: list
    property alias currentIndex: list.currentIndex
    property string emptyText: qsTr("Nothing here yet.")
    property bool restorePosition: true
    // New rows that arrived above what the user is reading, not yet scrolled to.
    property int unseenCount: 0
    // The polite announcement: screen readers pick up the accessible name change.
    readonly property string announcement: unseenCount > 0 ? qsTr("%n new post(s)", "", unseenCount) : ""

    signal openThread(string statusId)
    signal openProfile(string accountId)
    signal openTimeline(string name)
    // Compose requests: {replyTo, mention} / {edit} / {redraft}.
    signal compose(var options)
    // mute/block/report of an account: the page decides (confirmation, report form). The
    // handle names it in the confirmation; the post is attached to a report.
    signal accountAction(string action, string accountId, string handle, string statusId)
    // Every request from a delegate, before it is handled (tests and the shell can follow).
    signal actionInvoked(int row, string name, var arg)

    function modelCall(name, args) {
        if (timeline.model && typeof timeline.model[name] === "function")
            return timeline.model[name].apply(timeline.model, args);
        return undefined;
    }
    function entryAt(row) {
        const item = list.itemAtIndex(row);
        return item ? item.model : null;
    }

    function handle(row, name, arg) {
        actionInvoked(row, name, arg);
        const entry = entryAt(row);
        switch (name) {
        case "favourite": modelCall("favourite", [row, arg]); break;
        case "boost": modelCall("boost", [row, arg]); break;
        case "bookmark": modelCall("bookmark", [row, arg]); break;
        case "vote": modelCall("vote", [row, arg]); break;
        case "delete": modelCall("deleteStatus", [row]); break;
        case "fillGap": modelCall("fillGap", [row]); break;
        case "thread": openThread(arg); break;
        case "profile": openProfile(arg); break;
        case "reply": compose({ replyTo: arg, mention: entry ? entry.authorHandle : "" }); break;
        case "mention": compose({ mention: arg }); break;
        case "edit": compose({ edit: arg }); break;
        case "redraft": compose({ redraft: arg, text: entry ? entry.plainText : "",
                                  spoilerText: entry ? entry.spoilerText : "" });
            modelCall("deleteStatus", [row]);
            break;
        case "mute": case "block": case "report":
            accountAction(name, arg, entry ? entry.authorHandle : "", entry ? entry.statusId : "");
            break;
        case "media": viewer.show(entry ? entry.media : [], arg); break;
        case "history":
            if (timeline.session) {
                history.row = row;
                history.show(timeline.session, arg);
            }
            break;
        case "openUrl": Qt.openUrlExternally(arg); break;
        case "link": {
            const tag = RichTextLinks.hashtagOf(arg);
            if (tag)
                openTimeline("tag:" + tag);
            else
                Qt.openUrlExternally(arg);
            break;
        }
        }
    }

    function moveFocus(step) {
        if (list.count === 0)
            return;
        list.currentIndex = Util.clamp(list.currentIndex + step, 0, list.count - 1);
        list.positionViewAtIndex(list.currentIndex, ListView.Contain);
        if (list.currentIndex === 0)
            unseenCount = 0;
    }
    function jumpToTop() {
        list.currentIndex = 0;
        list.positionViewAtBeginning();
        unseenCount = 0;
    }

    ListView {
        id: list
        objectName: "timelineList"
        anchors.fill: parent
        focus: true
        clip: true
        model: timeline.model
        reuseItems: true
        cacheBuffer: 600
        keyNavigationEnabled: true
        highlightFollowsCurrentItem: false
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Timeline")
        ScrollBar.vertical: ScrollBar {}

        delegate: TimelineRow {
            onActionRequested: (row, name, arg) => timeline.handle(row, name, arg)
        }

        Keys.onPressed: (event) => {
            if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
                return;
            if (event.key === Qt.Key_J) {
                timeline.moveFocus(1);
                event.accepted = true;
            } else if (event.key === Qt.Key_K) {
                timeline.moveFocus(-1);
                event.accepted = true;
            } else if (event.key === Qt.Key_Home) {
                timeline.jumpToTop();
                event.accepted = true;
            } else if (event.key === Qt.Key_End) {
                list.currentIndex = list.count - 1;
                list.positionViewAtEnd();
                event.accepted = true;
            }
        }

        footer: Item {
            width: list.width
            height: timeline.model && timeline.model.loading ? 48 : 0
            BusyIndicator {
                anchors.centerIn: parent
                running: parent.height > 0
                visible: running
            }
        }

        onContentYChanged: {
            savePositionTimer.restart();
            if (unseenCount > 0 && list.indexAt(0, list.contentY + 1) <= 0)
                unseenCount = 0;
        }
        onCurrentIndexChanged: if (currentIndex === 0) unseenCount = 0
    }

    Connections {
        target: timeline.model && timeline.model.rowsInserted !== undefined ? timeline.model : null
        ignoreUnknownSignals: true
        function onRowsInserted(parent, first, last) {
            // Only rows above what the user is reading are "new"; older pages at the end are not.
            if (first === 0 && list.count > last + 1 && (list.contentY > list.originY + 1 || list.currentIndex > 0))
                timeline.unseenCount += last - first + 1;
            restoreOnce.tryRestore();
        }
        function onModelReset() { restoreOnce.done = false; restoreOnce.tryRestore(); }
    }

    QtObject {
        id: restoreOnce
        property bool done: false
        function tryRestore() {
            if (done || !timeline.restorePosition || list.count === 0)
                return;
            done = true;
            const row = timeline.modelCall("restoredRow", []);
            if (row === undefined || row < 0 || row >= list.count)
                return;
            list.currentIndex = row;
            list.positionViewAtIndex(row, ListView.Beginning);
            const offset = timeline.modelCall("restoredOffset", []) || 0;
            list.contentY += offset;
        }
    }
    Component.onCompleted: restoreOnce.tryRestore()

    Timer {
        id: savePositionTimer
        interval: 1000
        onTriggered: timeline.savePosition()
    }
    function savePosition() {
        if (list.count === 0)
            return;
        const row = list.indexAt(0, list.contentY + 1);
        const item = row >= 0 ? list.itemAtIndex(row) : null;
        if (item)
            modelCall("savePosition", [row, Math.round(list.contentY - item.y)]);
    }
    Component.onDestruction: savePosition()

    // "N new posts": a button to jump up, and the polite announcement for screen readers.
    Button {
        objectName: "newPostsButton"
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 8
        visible: timeline.unseenCount > 0
        text: timeline.announcement
        focusPolicy: Qt.NoFocus
        onClicked: timeline.jumpToTop()
    }
    Text {
        id: announcer
        objectName: "announcer"
        // Visible (so it stays in the accessibility tree) but takes no room and shows nothing.
        width: 1
        height: 1
        color: "transparent"
        text: timeline.announcement
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0 && !(timeline.model && timeline.model.loading)
        text: timeline.model && timeline.model.error ? timeline.model.error : timeline.emptyText
        wrapMode: Text.Wrap
        width: Math.min(implicitWidth, parent.width - 32)
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    ImageViewer { id: viewer }
    EditHistoryDialog {
        id: history
        objectName: "editHistoryDialog"
        property int row: -1
        // Back to the status it was opened from (the row may have been reused meanwhile).
        onClosed: {
            const item = list.itemAtIndex(row);
            if (item && item.content)
                item.content.forceActiveFocus();
            else
                list.forceActiveFocus();
        }
    }
}
