import QtQuick
import QtTest
import Tuskline.Timeline

Item {
    id: root
    width: 700
    height: 900

    Component {
        id: pageComponent
        ThreadPage { anchors.fill: parent }
    }

    TestCase {
        name: "ThreadPage"
        when: windowShown

        function test_threadFocusesTheOpenedStatusAndIndentsReplies() {
            verify(backend.error === "", backend.error);
            const page = createTemporaryObject(pageComponent, root,
                                               { session: backend.session, statusId: backend.ids.threadReply });
            tryVerify(() => page.count === 3, 10000, "ancestor, focus, reply");
            page.forceActiveFocus();
            compare(page.model.statusIdAt(0), backend.ids.threadRoot);
            compare(page.model.statusIdAt(1), backend.ids.threadReply);
            compare(page.model.statusIdAt(2), backend.ids.threadAnswer);
            tryCompare(page.view, "currentIndex", 1);
            const focusRow = page.view.view.currentItem;
            verify(focusRow.content.highlighted);
            tryVerify(() => focusRow.content.activeFocus);
            const answer = page.view.view.itemAtIndex(2);
            verify(answer.content.depth > focusRow.content.depth);
            verify(answer.content.leftPadding > focusRow.content.leftPadding);
            keyClick(Qt.Key_K);
            compare(page.view.currentIndex, 0);
            verify(!page.view.view.currentItem.content.highlighted);
        }

        // Against the bundled server: carol edits a post (adding a content warning); its history
        // lists both versions, newest first, from the keyboard and back.
        function test_editHistory() {
            verify(backend.error === "", backend.error);
            const id = backend.carolPostsAndEdits("First version of the post",
                                                  "Second version of the post", "Now with a warning");
            verify(id !== "", "post and edit");
            const page = createTemporaryObject(pageComponent, root, { session: backend.session, statusId: id });
            tryVerify(() => page.count === 1, 10000);
            page.forceActiveFocus();
            const row = page.view.view.itemAtIndex(0);
            tryVerify(() => row.content.activeFocus);
            tryVerify(() => findChild(row, "editedButton") !== null, 5000, "edited shown");

            keyClick(Qt.Key_Menu);
            const menu = row.content.contextMenu;
            tryVerify(() => menu.opened);
            const entry = findChild(menu, "historyMenuItem");
            verify(entry && entry.visible);
            mouseClick(entry);

            const dialog = page.view.historyDialog;
            tryVerify(() => dialog.opened);
            tryCompare(dialog.model, "count", 2, 10000);
            tryVerify(() => dialog.list.itemAtIndex(1) !== null);
            const newest = dialog.list.itemAtIndex(0);
            const original = dialog.list.itemAtIndex(1);
            verify(findChild(newest, "versionContent").text.indexOf("Second version of the post") >= 0);
            verify(findChild(newest, "versionSpoiler").text.indexOf("Now with a warning") >= 0);
            verify(findChild(original, "versionContent").text.indexOf("First version of the post") >= 0);
            verify(!findChild(original, "versionSpoiler").visible);
            verify(findChild(newest, "versionAuthor").text.indexOf("@carol") >= 0);
            verify(findChild(original, "versionTime").text.indexOf("Posted") === 0);
            // One focus stop per version, named by its summary.
            tryVerify(() => newest.activeFocus);
            verify(newest.Accessible.name.indexOf("Edit by") === 0, newest.Accessible.name);
            verify(newest.Accessible.name.indexOf("Content warning: Now with a warning") > 0);
            keyClick(Qt.Key_Down);
            tryVerify(() => original.activeFocus);
            verify(original.Accessible.name.indexOf("Original post by") === 0, original.Accessible.name);
            verify(original.Accessible.name.indexOf("First version of the post") > 0);

            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            tryVerify(() => row.content.activeFocus, 2000, "focus returns to the status");

            // The mouse way: the "edited" label itself; "Close" closes.
            mouseClick(findChild(row, "editedButton"));
            tryVerify(() => dialog.opened);
            tryCompare(dialog.model, "count", 2, 10000);
            mouseClick(findChild(dialog.footer, "historyCloseButton"));
            tryVerify(() => !dialog.visible);
            tryVerify(() => row.content.activeFocus, 2000);
        }
    }
}
