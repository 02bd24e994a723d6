import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views

// A poll: choices to vote on (radio or check boxes; Tab reaches them inside the status), or the
// results as bars once voted or expired; the vote count and when it closes.
ColumnLayout {
    id: pollView
    property var poll
    property bool canVote: true
    signal voted(var choices)

    readonly property var options: Util.list(poll ? poll.options : null)
    readonly property var ownVotes: Util.list(poll ? poll.ownVotes : null)
    readonly property bool showResults: !poll || poll.voted === true || poll.expired === true || !canVote
    property var selection: []

    function toggleChoice(i, on) {
        let s = poll && poll.multiple ? selection.filter(x => x !== i) : [];
        if (on)
            s.push(i);
        selection = s.sort();
    }
    onPollChanged: selection = []

    spacing: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Poll")

    Repeater {
        model: pollView.showResults ? pollView.options : []
        delegate: Item {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            implicitHeight: resultLabel.implicitHeight + 8
            Rectangle {
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: parent.width * Math.max(0, Math.min(100, modelData.percent || 0)) / 100
                color: pollView.palette.highlight
                opacity: 0.3
                radius: 3
            }
            Label {
                id: resultLabel
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 6
                anchors.rightMargin: ownVoteIcon.visible ? ownVoteIcon.width + 8 : 6
                text: qsTr("%1%  %2").arg(Math.round(modelData.percent || 0)).arg(modelData.title)
                elide: Text.ElideRight
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: %2 percent").arg(modelData.title).arg(Math.round(modelData.percent || 0))
                                 + (pollView.ownVotes.indexOf(index) >= 0 ? qsTr(", your choice") : "")
            }
            Icon {
                id: ownVoteIcon
                objectName: "ownVoteIcon"
                visible: pollView.ownVotes.indexOf(index) >= 0
                anchors.right: parent.right
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                name: "check"
                color: resultLabel.color
            }
        }
    }

    Repeater {
        model: pollView.showResults ? [] : pollView.options
        delegate: Loader {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            sourceComponent: pollView.poll && pollView.poll.multiple ? checkChoice : radioChoice
            Component {
                id: radioChoice
                RadioButton {
                    text: modelData.title
                    focusPolicy: Qt.TabFocus
                    checked: pollView.selection.indexOf(index) >= 0
                    onToggled: pollView.toggleChoice(index, checked)
                }
            }
            Component {
                id: checkChoice
                CheckBox {
                    text: modelData.title
                    focusPolicy: Qt.TabFocus
                    checked: pollView.selection.indexOf(index) >= 0
                    onToggled: pollView.toggleChoice(index, checked)
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "voteButton"
            visible: !pollView.showResults
            enabled: pollView.selection.length > 0
            focusPolicy: Qt.TabFocus
            text: qsTr("Vote")
            onClicked: pollView.voted(pollView.selection)
        }
        Label {
            Layout.fillWidth: true
            opacity: 0.75
            wrapMode: Text.Wrap
            text: {
                if (!pollView.poll)
                    return "";
                const votes = qsTr("%n vote(s)", "", pollView.poll.votesCount || 0);
                const expiry = pollView.poll.expired ? qsTr("closed")
                             : (pollView.poll.expiresAt ? (TimeFormat.now, TimeFormat.expiry(pollView.poll.expiresAt)) : "");
                return expiry ? votes + " · " + expiry : votes;
            }
        }
    }
}
