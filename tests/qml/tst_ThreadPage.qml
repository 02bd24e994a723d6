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
    }
}
