import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App

// One extra column of the deck: any account's timeline, next to the main column.
Frame {
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

    ColumnLayout {
        anchors.fill: parent
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
                    text: "‹"
                    enabled: column.index > 0
                    onClicked: AppController.moveColumn(column.index, column.index - 1)
                    Accessible.name: qsTr("Move column left")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                ToolButton {
                    text: "›"
                    enabled: column.index < AppController.columns.length - 1
                    onClicked: AppController.moveColumn(column.index, column.index + 1)
                    Accessible.name: qsTr("Move column right")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                ToolButton {
                    text: "✕"
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
