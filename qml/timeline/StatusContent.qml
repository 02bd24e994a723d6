import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components

// What a status says: content warning and its toggle, the rich text, media, link card, poll,
// quote and the pending state of a queued post. `status` is the StatusDelegate it belongs to
// (its entry, view state and requests). Optional parts are Loaders: invisible items would stay
// in the accessibility tree. Its strings keep the StatusDelegate context they were translated in.
Item {
    id: content
    required property Item status
    readonly property var entry: status.entry

    // Computed, not the Column's own implicit height (see Util.stackHeight).
    implicitHeight: Util.stackHeight(column.children, column.spacing)

    Column {
        id: column
        width: parent.width
        spacing: 4

        // Content warning and its toggle.
        Loader {
            width: parent.width
            active: content.status.hasSpoiler
            visible: active
            sourceComponent: Component {
                RowLayout {
                    RichLabel {
                        objectName: "spoilerLabel"
                        Layout.fillWidth: true
                        // Rich text from the model (custom emoji as <img>).
                        text: content.entry && content.entry.spoilerText ? content.entry.spoilerText : ""
                        font.bold: true
                        Accessible.ignored: true
                    }
                    Button {
                        objectName: "cwButton"
                        text: content.status.cwExpanded ? qsTranslate("StatusDelegate", "Show less")
                                                        : qsTranslate("StatusDelegate", "Show more")
                        focusPolicy: Qt.NoFocus
                        Accessible.name: text
                        onClicked: content.status.toggleContentWarning()
                    }
                }
            }
        }

        RichLabel {
            objectName: "contentLabel"
            visible: content.status.contentShown && text.length > 0
            width: parent.width
            text: content.entry && content.entry.contentHtml ? content.entry.contentHtml : ""
            Accessible.ignored: true
            onLinkActivated: (link) => content.status.request("link", link)
        }

        Loader {
            width: parent.width
            active: content.status.contentShown && content.status.mediaList.length > 0
            visible: active
            sourceComponent: Component {
                MediaGrid {
                    objectName: "mediaGrid"
                    media: content.status.mediaList
                    hidden: content.entry && content.entry.sensitive === true && !content.status.mediaRevealed
                    onOpened: (index) => content.status.request("media", index)
                    onToggleHidden: content.status.toggleMedia()
                }
            }
        }

        Loader {
            width: parent.width
            active: content.status.contentShown && content.status.mediaList.length === 0
                    && !!content.entry && Util.present(content.entry.card, "url")
            visible: active
            sourceComponent: Component {
                LinkCard {
                    card: content.entry ? content.entry.card : null
                    onOpened: (url) => content.status.request("openUrl", url)
                }
            }
        }

        Loader {
            width: parent.width
            active: content.status.contentShown && !!content.entry && Util.present(content.entry.poll, "id")
            visible: active
            sourceComponent: Component {
                PollView {
                    objectName: "pollView"
                    poll: content.entry ? content.entry.poll : null
                    canVote: content.entry ? !content.entry.isOwn : false
                    onVoted: (choices) => content.status.request("vote", choices)
                }
            }
        }

        Loader {
            width: parent.width
            active: content.status.contentShown && !!content.entry && Util.present(content.entry.quote, "statusId")
            visible: active
            sourceComponent: Component {
                QuotePreview {
                    quote: content.entry ? content.entry.quote : null
                    onOpened: (statusId) => content.status.request("thread", statusId)
                }
            }
        }

        Loader {
            width: parent.width
            active: content.status.pendingState !== ""
            visible: active
            sourceComponent: Component {
                Label {
                    objectName: "pendingLabel"
                    wrapMode: Text.Wrap
                    color: content.status.pendingState === "failed" ? "#c01c28" : palette.text
                    opacity: 0.8
                    text: content.status.pendingState === "sending"
                          ? qsTranslate("StatusDelegate", "Waiting to be sent…")
                          : qsTranslate("StatusDelegate", "Not sent: %1").arg(
                                content.entry && content.entry.pendingError
                                ? content.entry.pendingError
                                : qsTranslate("StatusDelegate", "unknown error"))
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
    }
}
