import QtQuick
import QtQuick.Controls

// A hole in the cached timeline (the app was offline, or the stream lost events). Enter or Space
// (or a click) fills it from the server.
ItemDelegate {
    id: gap
    property bool loading: false
    signal fillRequested()

    focusPolicy: Qt.StrongFocus
    text: loading ? qsTr("Loading missing posts…") : qsTr("Load missing posts")
    enabled: true
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (!loading) fillRequested()
    onClicked: if (!loading) fillRequested()
    Keys.onReturnPressed: if (!loading) fillRequested()
    Keys.onEnterPressed: if (!loading) fillRequested()

    contentItem: Row {
        spacing: 8
        BusyIndicator {
            visible: gap.loading
            running: gap.loading
            height: 20
            width: 20
        }
        Label {
            text: gap.text
            color: gap.palette.link
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    background: Rectangle {
        color: gap.palette.alternateBase
        border.width: gap.activeFocus ? 2 : 0
        border.color: gap.palette.highlight
    }
}
