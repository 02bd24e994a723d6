import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components

// One account in Explore's lists (search results, list members, accounts to add): avatar,
// display name, handle and one action button (follow, remove, add). The row is one focus stop:
// Enter asks to open it, the row's action keys (and the button, for the mouse and assistive
// technology) run the action.
ItemDelegate {
    id: row
    property string accountId
    property string displayName
    property string handle
    property string avatar
    property string actionText        // the button's label; "" hides it
    property string actionName        // its accessible name, e.g. "Follow @bob@example.org"
    property bool actionEnabled: true
    property var actionKeys: []       // Qt.Key_* values that run the action from the row
    property string stateText         // e.g. "Following"; read after the name
    signal openRequested()
    signal actionTriggered()

    width: ListView.view ? ListView.view.width : implicitWidth
    focusPolicy: Qt.StrongFocus
    highlighted: ListView.isCurrentItem && !!ListView.view && ListView.view.activeFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: displayName + ", " + handle + (stateText ? ", " + stateText : "")
    Accessible.onPressAction: openRequested()
    onClicked: openRequested()
    Keys.onReturnPressed: openRequested()
    Keys.onEnterPressed: openRequested()
    Keys.onPressed: (event) => {
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
            return
        if (row.actionText && row.actionEnabled && row.actionKeys.indexOf(event.key) >= 0) {
            row.actionTriggered()
            event.accepted = true
        }
    }

    contentItem: RowLayout {
        spacing: 8
        Avatar {
            size: 36
            source: row.avatar
            accountId: row.accountId
            name: row.displayName
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: row.displayName
                font.bold: true
                elide: Text.ElideRight
                color: palette.text
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                text: row.stateText ? row.handle + " · " + row.stateText : row.handle
                opacity: 0.7
                elide: Text.ElideRight
                color: palette.text
                Accessible.ignored: true
            }
        }
        Button {
            objectName: "accountAction"
            visible: row.actionText !== ""
            enabled: row.actionEnabled
            text: row.actionText
            // The row's keys run it; as a Tab stop it would double every row.
            focusPolicy: Qt.NoFocus
            Accessible.role: Accessible.Button
            Accessible.name: row.actionName || row.actionText
            Accessible.onPressAction: row.actionTriggered()
            onClicked: row.actionTriggered()
        }
    }
    FocusRing { target: row; ringColor: row.palette.highlight }
}
