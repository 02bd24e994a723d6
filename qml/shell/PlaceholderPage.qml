import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Stands in for a view whose module is not built into this version.
Page {
    id: page
    property QtObject session
    property string timeline
    property string statusId
    property string accountId
    readonly property int count: 0
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Pane
    Accessible.name: title

    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: page.session
              ? qsTr("This view is not available in this version of Tuskline yet.")
              : qsTr("Connecting to your account…")
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
