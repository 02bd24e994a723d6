import QtQuick
import QtQuick.Controls
import Tuskline.Views

// Mute and block from a status, after a confirmation; report goes to the shell's form (with the
// post it was made from, when there is one).
Item {
    id: actions
    property var session
    property string pendingAction
    property string pendingHandle

    function run(action, accountId, handle, statusId) {
        if (action === "report") {
            Navigator.report(actions.session, accountId, statusId || "");
            return;
        }
        controller.accountId = accountId;
        pendingAction = action;
        pendingHandle = handle || "";
        confirm.open();
    }

    ProfileController {
        id: controller
        session: actions.session
    }

    Dialog {
        id: confirm
        objectName: "accountActionDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: actions.pendingAction === "block" ? qsTr("Block %1?").arg(actions.pendingHandle)
                                                 : qsTr("Mute %1?").arg(actions.pendingHandle)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: 320
            wrapMode: Text.Wrap
            text: actions.pendingAction === "block"
                  ? qsTr("They will not be able to follow you or see your posts, and you will not see theirs.")
                  : qsTr("You will not see their posts. They will not know they are muted.")
        }
        onAccepted: {
            if (actions.pendingAction === "block")
                controller.setBlocked(true);
            else
                controller.setMuted(true);
        }
    }
}
