import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    width: 1100
    height: 760
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    title: qsTr("Tuskline")

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Tuskline")
            font.pixelSize: 28
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Your timelines will appear here.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
