import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A quoted status: who and the start of what they wrote; opens the quoted thread.
Pane {
    id: quoteView
    property var quote
    signal opened(string statusId)

    padding: 8
    background: Rectangle {
        color: quoteView.palette.alternateBase
        border.color: quoteView.palette.mid
        radius: 6
    }
    Accessible.role: Accessible.Link
    Accessible.name: quote ? qsTr("Quoted post by %1").arg(quote.authorHandle || "") : ""

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        Label {
            Layout.fillWidth: true
            textFormat: Text.RichText
            text: quoteView.quote && quoteView.quote.statusId
                  ? "<b>" + (quoteView.quote.authorDisplayName || "") + "</b> " + (quoteView.quote.authorHandle || "") : ""
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            textFormat: Text.RichText
            text: quoteView.quote && quoteView.quote.contentHtml ? quoteView.quote.contentHtml : ""
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
    }
    TapHandler { onTapped: quoteView.opened(quoteView.quote.statusId) }
}
