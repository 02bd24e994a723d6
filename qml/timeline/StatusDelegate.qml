import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views

// One status: ONE focus stop whose accessible name is the model's spoken summary. Its actions are
// keys (f b r m p Enter/o x h e, Menu or Shift+F10) and a context menu; the action bar buttons are
// for the mouse and for assistive technology (they are accessible, not Tab stops).
// `entry` holds the row's roles (the model contract in the brief); `row` is its model row.
// The delegate changes nothing itself: it asks through actionRequested(name, arg) and the
// timeline view decides (model call, navigation, compose).
// The root is a plain Item: Qt Quick Controls 6.4 report a Control's own C++ role to AT-SPI
// whatever Accessible.role says, and the status must be a list item. The frame inside draws it.
Item {
    id: root
    property var entry: ({})
    property int row: -1
    property int depth: 0          // thread indentation
    property bool highlighted: false // thread focus row
    property bool cwExpanded: false
    property bool mediaRevealed: false
    property bool showFiltered: false

    readonly property string statusId: entry && entry.statusId ? entry.statusId : ""
    readonly property bool isNotification: !!entry && entry.kind === "notification"
    readonly property bool hasStatus: statusId !== ""
    readonly property var groupAccounts: Util.list(entry ? entry.groupAccounts : null)
    // Whose profile "p" opens: the author, or for a follow notification the follower.
    readonly property string profileId: hasStatus ? (entry.authorId || "")
                                        : (groupAccounts.length > 0 ? groupAccounts[0].id : "")
    readonly property bool hasSpoiler: !!entry && !!entry.spoilerText
    readonly property bool contentShown: !hasSpoiler || cwExpanded
    readonly property bool filtered: !!entry && entry.filterAction === "warn" && !showFiltered
    readonly property var mediaList: Util.list(entry ? entry.media : null)
    readonly property var filterTitles: Util.list(entry ? entry.filterTitles : null)
    readonly property bool canBoost: !!entry && (entry.visibility === "public"
                                     || entry.visibility === "unlisted" || entry.isOwn === true)
                                     && entry.visibility !== "direct"
    readonly property string pendingState: entry && entry.pendingState ? entry.pendingState : ""

    // Created the first time it opens: a Menu with all its entries per delegate was most of the
    // memory of the first rows (bench_app).
    property StatusMenu contextMenu: null

    signal actionRequested(string name, var arg)

    // A reused delegate shows another status: its per-status view state starts fresh.
    onStatusIdChanged: {
        cwExpanded = false;
        mediaRevealed = false;
        showFiltered = false;
    }

    // The avatars of a folded group are a Flow, which places them at the next polish: do it now so
    // the row has its height when the list creates it.
    onWidthChanged: notificationHeader.relayout()
    Component.onCompleted: notificationHeader.relayout()

    function toggleContentWarning() {
        if (hasSpoiler)
            cwExpanded = !cwExpanded;
    }
    function toggleMedia() {
        if (mediaList.length > 0)
            mediaRevealed = !mediaRevealed;
    }
    function request(name, arg) {
        actionRequested(name, arg === undefined ? null : arg);
    }
    function focusIsInPopup() {
        const overlay = root.Overlay.overlay;
        for (let item = root.Window.activeFocusItem; item; item = item.parent) {
            if (item === overlay)
                return true;
        }
        return false;
    }
    function popupMenu(parentItem, x, y) {
        if (!contextMenu)
            contextMenu = menuComponent.createObject(root);
        contextMenu.popup(parentItem, x, y);
    }
    function openMenu() {
        popupMenu(root, root.leftPadding + 40, Math.min(root.height, 60));
    }
    readonly property alias leftPadding: frame.leftPadding
    readonly property alias hovered: frame.hovered

    activeFocusOnTab: true
    implicitWidth: frame.implicitWidth
    // Computed, not the Column's own implicit height (see Util.stackHeight).
    implicitHeight: frame.topPadding + frame.bottomPadding
                    + Util.stackHeight(contentColumn.children, contentColumn.spacing)

    Accessible.role: Accessible.ListItem
    Accessible.name: filtered ? qsTr("Filtered post: %1").arg(filterTitles.join(", "))
                              : (entry && entry.accessibleSummary ? entry.accessibleSummary : "")
    Accessible.description: qsTr("Enter opens the thread, f favourites, b boosts, r replies, "
                                 + "x shows the content warning, Menu key for more actions")
    Accessible.focusable: true
    Accessible.onPressAction: request("thread", statusId)
    Accessible.onToggleAction: toggleContentWarning()

    Keys.onPressed: (event) => {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
            return;
        if (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)) {
            openMenu();
            event.accepted = true;
            return;
        }
        if (event.modifiers & Qt.ShiftModifier)
            return;
        if (filtered && event.key !== Qt.Key_Menu) {
            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
                showFiltered = true;
                event.accepted = true;
            }
            return;
        }
        switch (event.key) {
        case Qt.Key_P:
            if (!profileId)
                return;
            request("profile", profileId);
            event.accepted = true;
            break;
        case Qt.Key_Menu:
            openMenu();
            event.accepted = true;
            break;
        }
        if (event.accepted || !hasStatus)
            return;
        event.accepted = true;
        switch (event.key) {
        case Qt.Key_F: request("favourite", !entry.favourited); break;
        case Qt.Key_B:
            if (!canBoost)
                return;
            request("boost", !entry.reblogged);
            break;
        case Qt.Key_R: request("reply", statusId); break;
        case Qt.Key_M: request("mention", entry.authorHandle); break;
        case Qt.Key_Return: case Qt.Key_Enter: case Qt.Key_O: request("thread", statusId); break;
        case Qt.Key_X: toggleContentWarning(); break;
        case Qt.Key_H: toggleMedia(); break;
        case Qt.Key_E:
            if (mediaList.length === 0)
                return;
            request("media", 0);
            break;
        default: event.accepted = false;
        }
    }

    Control {
        id: frame
        anchors.fill: parent
        focusPolicy: Qt.NoFocus
        hoverEnabled: true
        padding: 10
        leftPadding: 10 + Math.min(root.depth, 6) * 18
        topPadding: 8
        bottomPadding: 4
        Accessible.ignored: true

        background: Rectangle {
            color: root.highlighted ? Qt.rgba(frame.palette.highlight.r, frame.palette.highlight.g,
                                              frame.palette.highlight.b, 0.12)
                                    : (frame.hovered ? frame.palette.alternateBase : frame.palette.base)
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: 1
                color: frame.palette.mid
                opacity: 0.5
            }
            FocusRing {
                objectName: "focusRing"
                target: parent
                ringColor: frame.palette.highlight
                visible: root.activeFocus
            }
        }

        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: (eventPoint) => root.popupMenu(root, eventPoint.position.x, eventPoint.position.y)
        }
        TapHandler {
            acceptedButtons: Qt.LeftButton
            onTapped: root.forceActiveFocus(Qt.MouseFocusReason)
            onDoubleTapped: root.request("thread", root.statusId)
        }

        // Positioners, not Layouts, for the vertical flow: a Qt 6.4 ColumnLayout keeps the height a
        // wrapped rich-text label had at an intermediate width (a one-line post kept three lines of
        // empty space above its action bar); a Column follows the labels' implicit heights.
        contentItem: Column {
            id: contentColumn
            spacing: 4

            NotificationHeader {
                id: notificationHeader
                visible: root.isNotification
                width: parent.width
                type: root.entry && root.entry.notificationType ? root.entry.notificationType : ""
                accounts: root.groupAccounts
                groupCount: root.entry && root.entry.groupCount ? root.entry.groupCount : 1
                onProfileRequested: (accountId) => root.request("profile", accountId)
            }

            // Filtered by one of the user's filters (filter_action "warn"): collapsed.
            Loader {
                width: parent.width
                active: root.filtered
                visible: active
                sourceComponent: Component {
                    RowLayout {
                        Label {
                            objectName: "filteredLabel"
                            Layout.fillWidth: true
                            text: qsTr("Filtered: %1").arg(root.filterTitles.join(", "))
                            elide: Text.ElideRight
                            Accessible.ignored: true
                        }
                        Button {
                            text: qsTr("Show anyway")
                            focusPolicy: Qt.NoFocus
                            onClicked: root.showFiltered = true
                        }
                    }
                }
            }

            // "Boosted by" / "Replying to" context, its icon under the avatar column's edge.
            RowLayout {
                visible: !root.filtered && root.hasStatus && contextLabel.text.length > 0
                width: parent.width
                spacing: 8
                Icon {
                    Layout.leftMargin: 46 - size // flush with the avatar's end edge
                    name: root.entry && root.entry.boostedByDisplayName ? "boost" : "reply"
                    size: 14
                    color: contextLabel.color
                    opacity: 0.8
                }
                Label {
                    id: contextLabel
                    objectName: "contextLabel"
                    Layout.fillWidth: true
                    textFormat: Text.RichText
                    elide: Text.ElideRight
                    opacity: 0.8
                    font.pixelSize: 12
                    Accessible.ignored: true
                    text: {
                        if (!root.entry)
                            return "";
                        if (root.entry.boostedByDisplayName)
                            return qsTr("%1 boosted").arg(root.entry.boostedByDisplayName);
                        if (root.entry.inReplyToId)
                            return root.entry.replyToHandle ? qsTr("Replying to %1").arg(root.entry.replyToHandle)
                                                            : qsTr("Reply");
                        return "";
                    }
                }
            }

            Item {
                visible: !root.filtered && root.hasStatus
                width: parent.width
                implicitHeight: Math.max(avatar.height, Util.stackHeight(statusBody.children, statusBody.spacing))

                Avatar {
                    id: avatar
                    objectName: "avatar"
                    anchors.left: parent.left
                    anchors.top: parent.top
                    source: root.entry && root.entry.authorAvatar ? root.entry.authorAvatar : ""
                    accountId: root.entry && root.entry.authorId ? root.entry.authorId : ""
                    name: root.entry ? (Util.plain(root.entry.authorDisplayName) || root.entry.authorHandle || "") : ""
                    Accessible.ignored: true
                    TapHandler { onTapped: root.request("profile", root.profileId) }
                }

                Column {
                    id: statusBody
                    anchors.left: avatar.right
                    anchors.leftMargin: 8
                    anchors.right: parent.right
                    spacing: 4

                    StatusHeader {
                        width: parent.width
                        entry: root.entry
                        onHistoryRequested: root.request("history", root.statusId)
                    }

                    StatusContent {
                        width: parent.width
                        status: root
                    }

                    StatusActionBar {
                        width: parent.width
                        entry: root.entry
                        canBoost: root.canBoost
                        onAction: (name, arg) => root.request(name, arg)
                        onMenuRequested: (button) => root.popupMenu(button, 0, button.height)
                    }
                }
            }
        }
    }

    Component {
        id: menuComponent
        StatusMenu {
            id: menu
            entry: root.entry
            canBoost: root.canBoost
            hasMedia: root.mediaList.length > 0
            hasSpoiler: root.hasSpoiler
            cwExpanded: root.cwExpanded
            onAction: (name, arg) => {
                if (name === "toggleCw")
                    root.toggleContentWarning();
                else if (name === "toggleMedia")
                    root.toggleMedia();
                else
                    root.request(name, arg);
            }
            // Back to the status, unless an entry opened a popup of its own (edit history, media
            // viewer) that has taken focus meanwhile.
            onClosed: {
                if (!root.focusIsInPopup())
                    root.forceActiveFocus();
            }
        }
    }
}
