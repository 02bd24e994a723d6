import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tuskline.Components
import Tuskline.Views
import Tuskline.Explore

// Explore: search accounts, hashtags and posts (GET /api/v2/search). Enter in the field
// searches; Down or Tab moves into the results; Enter on a result opens it.
FocusScope {
    id: page
    property var session
    readonly property string title: qsTr("Explore")
    readonly property int count: results.count
    readonly property alias controller: search
    readonly property alias field: queryField
    readonly property alias resultsView: results

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Search")

    SearchController {
        id: search
        session: page.session
    }

    // One flat list with a section per kind, so j/k and arrows walk every result.
    ListModel { id: rows }
    function rebuild() {
        rows.clear()
        for (const a of search.accounts)
            rows.append({ kind: "account", section: qsTr("Accounts"), key: a.accountId,
                          primary: a.displayName, secondary: a.handle })
        for (const t of search.hashtags)
            rows.append({ kind: "hashtag", section: qsTr("Hashtags"), key: t.name,
                          primary: "#" + t.name,
                          secondary: qsTr("%n posts recently", "", t.uses) })
        for (const s of search.statuses)
            rows.append({ kind: "status", section: qsTr("Posts"), key: s.statusId,
                          primary: s.authorDisplayName + " " + s.authorHandle,
                          secondary: s.spoilerText ? qsTr("Content warning: %1").arg(s.spoilerText)
                                                   : s.plainText })
    }
    Connections { target: search; function onResultsChanged() { page.rebuild() } }

    function open(kind, key) {
        if (kind === "account")
            Navigator.openProfile(page.session, key)
        else if (kind === "hashtag")
            Navigator.openTimeline(page.session, "tag:" + key)
        else if (kind === "status")
            Navigator.openThread(page.session, key)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: queryField
                objectName: "searchField"
                Layout.fillWidth: true
                focus: true
                placeholderText: qsTr("Search accounts, hashtags and posts")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search")
                onAccepted: search.search(text)
                Keys.onDownPressed: if (results.count > 0) results.forceActiveFocus()
                KeyNavigation.tab: searchButton
            }
            Button {
                id: searchButton
                text: qsTr("Search")
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Search")
                Accessible.onPressAction: search.search(queryField.text)
                onClicked: search.search(queryField.text)
                KeyNavigation.tab: results
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: palette.text
            text: search.loading ? qsTr("Searching…")
                 : search.error ? search.error
                 : search.searched && results.count === 0 ? qsTr("Nothing found for “%1”.").arg(search.query)
                 : ""
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: rows
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Search results")
            section.property: "section"
            section.delegate: Label {
                required property string section
                text: section
                font.bold: true
                topPadding: 8
                bottomPadding: 4
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_J) { incrementCurrentIndex(); event.accepted = true }
                else if (event.key === Qt.Key_K) { decrementCurrentIndex(); event.accepted = true }
            }
            Keys.onUpPressed: (event) => {
                if (currentIndex <= 0) queryField.forceActiveFocus()
                else decrementCurrentIndex()
            }
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string kind
                required property string key
                required property string primary
                required property string secondary
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && results.activeFocus
                focus: ListView.isCurrentItem
                Accessible.role: Accessible.ListItem
                Accessible.name: primary + ", " + secondary
                Accessible.onPressAction: page.open(kind, key)
                onClicked: { results.currentIndex = index; page.open(kind, key) }
                Keys.onReturnPressed: page.open(kind, key)
                Keys.onEnterPressed: page.open(kind, key)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.primary
                        font.bold: row.kind !== "status"
                        elide: Text.ElideRight
                        color: palette.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.secondary
                        wrapMode: Text.Wrap
                        maximumLineCount: row.kind === "status" ? 4 : 1
                        elide: Text.ElideRight
                        opacity: row.kind === "status" ? 1 : 0.7
                        color: palette.text
                    }
                }
            }
        }
    }
}
