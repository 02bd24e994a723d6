import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// One extra column of the deck: any account's timeline, next to the main column.
// A Pane, not a Frame: a Frame's outline boxed in the window background below a list shorter
// than the column (the "grey frame" under short notification lists). The column has the window
// background like the main column and a separator line at its leading edge.
Pane {
    id: column
    objectName: "deckColumn"
    required property int index
    required property var modelData
    readonly property string accountKey: modelData.accountKey
    readonly property string timeline: modelData.timeline
    property QtObject session: AppController.sessionFor(accountKey)
    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Column %1: %2 of %3").arg(index + 2).arg(modelData.title).arg(modelData.account)

    function focusContent() {
        if (loader.item)
            loader.item.forceActiveFocus()
    }
    function reload() {
        const page = column.timeline === "notifications" ? "notifications" : "timeline"
        loader.setSource(AppController.pageUrl(page),
                         { session: column.session, timeline: column.timeline })
    }
    onSessionChanged: reload()
    Component.onCompleted: reload()
    Connections {
        target: AppController
        function onSessionsChanged() { column.session = AppController.sessionFor(column.accountKey) }
    }

    Rectangle {
        objectName: "columnSeparator"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 1
        color: column.palette.mid
        opacity: 0.6
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 1
        spacing: 0
        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    text: column.modelData.title + "  ·  " + column.modelData.account
                    elide: Text.ElideRight
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ToolButton {
                    icon.source: "qrc:/icons/ui/chevron-left.svg"
                    icon.color: palette.buttonText
                    display: AbstractButton.IconOnly
                    enabled: column.index > 0
                    onClicked: AppController.moveColumn(column.index, column.index - 1)
                    Accessible.name: qsTr("Move column left")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                ToolButton {
                    icon.source: "qrc:/icons/ui/chevron-right.svg"
                    icon.color: palette.buttonText
                    display: AbstractButton.IconOnly
                    enabled: column.index < AppController.columns.length - 1
                    onClicked: AppController.moveColumn(column.index, column.index + 1)
                    Accessible.name: qsTr("Move column right")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                ToolButton {
                    icon.source: "qrc:/icons/ui/close.svg"
                    icon.color: palette.buttonText
                    display: AbstractButton.IconOnly
                    onClicked: AppController.removeColumn(column.index)
                    Accessible.name: qsTr("Close column")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
            }
        }
        Loader {
            id: loader
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
