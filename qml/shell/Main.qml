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
    // True while the local owner's login is shown again ("Log in again" after a restart lost a
    // session-only token).
    property bool reloggingLocal: false

    Connections {
        target: AppController
        function onAddAccountRequested() { window.addingAccount = true }
        function onLoginSucceeded() { window.addingAccount = false; window.reloggingLocal = false }
        function onLocalLoginRequested() { window.reloggingLocal = true }
        // Quitting: the pages go first, saving their reading positions (AppController then
        // pushes them as markers before the sessions stop).
        function onShuttingDown() { mainLoader.active = false }
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
            if (window.reloggingLocal)
                return firstRun
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
            // Esc leaves a "Log in again" (the first run itself has nowhere to go back to).
            Keys.onEscapePressed: window.reloggingLocal = false
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
