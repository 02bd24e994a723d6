import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views

// Banner, avatar, names, relationship, follow button and menu, bio, fields, counts.
Pane {
    id: header
    property ProfileController profile
    signal linkActivated(string url)

    padding: 0
    Accessible.role: Accessible.Grouping
    Accessible.name: profile ? qsTr("Profile of %1").arg(profile.plainName) : ""

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            clip: true
            // Without a banner of their own (none, or the server's default missing.png): a calm
            // tint of the avatar placeholder's colour instead of the stock picture.
            Rectangle {
                anchors.fill: parent
                color: header.profile ? Qt.hsla(Util.accountHue(header.profile.accountId), 0.35, 0.62, 1)
                                      : header.palette.mid
            }
            Image {
                anchors.fill: parent
                source: header.profile && !/\/missing\.png(\?.*)?$/.test(String(header.profile.header))
                        ? header.profile.header : ""
                asynchronous: true
                fillMode: Image.PreserveAspectCrop
                sourceSize.width: width * Screen.devicePixelRatio
                Accessible.ignored: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            spacing: 10
            Avatar {
                size: 72
                source: header.profile ? header.profile.avatar : ""
                accountId: header.profile ? header.profile.accountId : ""
                name: header.profile ? header.profile.plainName : ""
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "profileName"
                    Layout.fillWidth: true
                    textFormat: Text.RichText
                    text: header.profile ? header.profile.displayName : ""
                    font.pixelSize: 20
                    font.bold: true
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: header.profile ? header.profile.plainName : ""
                }
                Label {
                    id: handleLabel
                    objectName: "profileHandle"
                    Layout.fillWidth: true
                    rightPadding: lockIcon.visible ? lockIcon.width + 4 : 0
                    text: header.profile ? header.profile.handle
                                           + (header.profile.bot ? " " + qsTr("(bot)") : "") : ""
                    opacity: 0.75
                    elide: Text.ElideRight
                    Accessible.name: text + (header.profile && header.profile.locked
                                             ? ", " + qsTr("approves followers") : "")
                    // Right after the (possibly elided) handle.
                    Icon {
                        id: lockIcon
                        visible: !!header.profile && header.profile.locked
                        x: Math.min(handleLabel.contentWidth, handleLabel.width - handleLabel.rightPadding) + 4
                        anchors.verticalCenter: parent.verticalCenter
                        name: "visibility-private"
                        size: 14
                        color: handleLabel.color
                    }
                }
                Label {
                    visible: header.profile && header.profile.followedBy
                    text: qsTr("Follows you")
                    font.pixelSize: 11
                    padding: 2
                    background: Rectangle { color: header.palette.alternateBase; radius: 3 }
                }
            }
            Button {
                id: followButton
                objectName: "followButton"
                visible: header.profile && header.profile.followAction !== ""
                text: header.profile ? header.profile.followLabel : ""
                highlighted: header.profile && header.profile.followAction === "follow"
                enabled: header.profile && header.profile.relationshipKnown || (header.profile && header.profile.followPending)
                onClicked: header.profile.toggleFollow()
                Accessible.name: text + (header.profile && header.profile.followPending ? ", " + qsTr("waiting to be sent") : "")
            }
            ToolButton {
                id: moreButton
                objectName: "profileMenuButton"
                icon.source: "qrc:/icons/ui/more.svg"
                icon.color: palette.buttonText
                display: AbstractButton.IconOnly
                visible: header.profile && !header.profile.isOwn
                Accessible.name: qsTr("More actions")
                onClicked: menu.popup(moreButton, 0, moreButton.height)
                Menu {
                    id: menu
                    objectName: "profileMenu"
                    MenuItem {
                        text: header.profile && header.profile.muting ? qsTr("Unmute %1").arg(header.profile.handle)
                                                                      : qsTr("Mute %1").arg(header.profile ? header.profile.handle : "")
                        onTriggered: header.profile.setMuted(!header.profile.muting)
                    }
                    MenuItem {
                        text: header.profile && header.profile.blocking ? qsTr("Unblock %1").arg(header.profile.handle)
                                                                        : qsTr("Block %1").arg(header.profile ? header.profile.handle : "")
                        onTriggered: header.profile.setBlocked(!header.profile.blocking)
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Copy link to profile")
                        enabled: header.profile && header.profile.url !== ""
                        onTriggered: Clipboard.setText(header.profile.url)
                    }
                    MenuItem {
                        text: qsTr("Open in browser")
                        enabled: header.profile && header.profile.url !== ""
                        onTriggered: Qt.openUrlExternally(header.profile.url)
                    }
                }
            }
        }

        RichLabel {
            objectName: "profileBio"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            visible: text.length > 0
            text: header.profile ? header.profile.noteHtml : ""
            onLinkActivated: (link) => header.linkActivated(link)
        }

        // Profile fields; a verified link (rel="me" checked by the server) is marked.
        Repeater {
            model: header.profile ? header.profile.fields : []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                objectName: "profileField"
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.plainName + ": " + modelData.valueText
                                 + (modelData.verified ? ", " + qsTr("verified") : "")
                Label {
                    textFormat: Text.RichText
                    text: modelData.name
                    font.bold: true
                    Layout.preferredWidth: 120
                    elide: Text.ElideRight
                }
                RichLabel {
                    Layout.fillWidth: true
                    text: modelData.valueHtml
                    onLinkActivated: (link) => header.linkActivated(link)
                }
                Item {
                    visible: modelData.verified
                    implicitWidth: 16
                    implicitHeight: 16
                    Icon {
                        name: "check"
                        color: "#26a269"
                    }
                    HoverHandler { id: verifiedHover }
                    ToolTip.visible: verifiedHover.hovered
                    ToolTip.text: qsTr("Ownership of this link was checked on %1").arg(TimeFormat.absolute(modelData.verifiedAt))
                }
            }
        }

        Label {
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.bottomMargin: 6
            objectName: "profileCounts"
            text: header.profile ? qsTr("%1 posts · %2 following · %3 followers")
                                   .arg(header.profile.statusesCount).arg(header.profile.followingCount)
                                   .arg(header.profile.followersCount) : ""
            opacity: 0.8
        }
        Label {
            visible: header.profile && header.profile.error !== ""
            Layout.leftMargin: 12
            text: header.profile ? header.profile.error : ""
            color: "#c01c28"
            wrapMode: Text.Wrap
        }
    }
}
