import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.App
import Tuskline.Shell

// The window: first run, add account, or the main view, depending on AppController.phase.
ApplicationWindow {
    id: window
    width: 1100
    height: 760
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    title: AppController.phase === AppController.Ready && mainLoader.item && mainLoader.item.pageTitle
           ? qsTr("%1 – Tuskline").arg(mainLoader.item.pageTitle) : qsTr("Tuskline")

    // Mirror the whole UI for right-to-left languages.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // For benchmarks and tests: rows the main column's timeline shows right now.
    readonly property int timelineRowsShown: mainLoader.item && mainLoader.item.rowsShown !== undefined
                                             ? mainLoader.item.rowsShown : 0
    // True while the add-account page is shown on top of the main view.
    property bool addingAccount: false

    Connections {
        target: AppController
        function onAddAccountRequested() { window.addingAccount = true }
        function onLoginSucceeded() { window.addingAccount = false }
    }

    Loader {
        id: mainLoader
        anchors.fill: parent
        focus: true
        sourceComponent: {
            if (AppController.phase === AppController.Starting)
                return starting
            if (window.addingAccount || AppController.phase === AppController.AddAccount)
                return addAccount
            return AppController.phase === AppController.FirstRun ? firstRun : mainView
        }
    }

    Component {
        id: starting
        BusyIndicator {
            running: true
            Accessible.name: qsTr("Starting")
        }
    }
    Component {
        id: firstRun
        FirstRunPage {
            objectName: "firstRunPage"
            onAddRemoteAccount: window.addingAccount = true
        }
    }
    Component {
        id: addAccount
        AddAccountPage {
            objectName: "addAccountPage"
            canGoBack: AppController.phase === AppController.Ready || AppController.localInstanceRunning
            onBack: window.addingAccount = false
        }
    }
    Component {
        id: mainView
        MainView { objectName: "mainView" }
    }
}
