import QtQuick
import QtQuick.Controls
import "Util.js" as Util

// An account picture, loaded asynchronously at the size it is shown (high-DPI aware). Without a
// picture (none, the server's default missing.png, or one that fails to load) it shows the
// account's initial on a colour derived from the account, so people stay easy to tell apart.
Control {
    id: avatar
    property url source
    property string name // plain text, for the initial and the accessible name
    property string accountId // picks the placeholder colour (the name if empty)
    property int size: 46
    // Mastodon's (and our server's) stand-in for "no avatar": a generic picture, not the person.
    readonly property bool isDefaultPicture: /\/missing\.png(\?.*)?$/.test(String(source))
    readonly property bool showsPicture: !isDefaultPicture && String(source) !== ""
                                         && image.status === Image.Ready
    readonly property string initial: {
        const plain = Util.plain(name).replace(/^[@\s]+/, "");
        if (!plain)
            return "";
        return String.fromCodePoint(plain.codePointAt(0)).toLocaleUpperCase();
    }
    implicitWidth: size
    implicitHeight: size
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Graphic
    Accessible.name: name ? qsTr("Avatar of %1").arg(name) : qsTr("Avatar")

    background: Rectangle {
        objectName: "avatarPlaceholder"
        radius: avatar.size / 8
        visible: !avatar.showsPicture
        color: Qt.hsla(Util.accountHue(avatar.accountId || avatar.name), 0.45, 0.42, 1)
        Label {
            anchors.centerIn: parent
            text: avatar.initial
            font.pixelSize: avatar.size * 0.45
            font.bold: true
            color: "white"
            Accessible.ignored: true
        }
    }
    contentItem: Image {
        id: image
        source: avatar.isDefaultPicture ? "" : avatar.source
        visible: avatar.showsPicture
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: avatar.size * Screen.devicePixelRatio
        sourceSize.height: avatar.size * Screen.devicePixelRatio
        smooth: true
        Accessible.ignored: true
    }
    padding: 0
}
