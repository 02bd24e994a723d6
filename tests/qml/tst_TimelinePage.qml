import QtQuick
import QtQuick.Controls
import QtTest
import Tuskline.Timeline
import Tuskline.Views

// The home timeline page over alice's real session: the bundled server seeded by TestBackend.
Item {
    id: root
    width: 700
    height: 900

    Component {
        id: pageComponent
        TimelinePage { anchors.fill: parent }
    }
    SignalSpy { id: threadSpy; target: Navigator; signalName: "threadRequested" }
    SignalSpy { id: profileSpy; target: Navigator; signalName: "profileRequested" }
    SignalSpy { id: composeSpy; target: Navigator; signalName: "composeRequested" }

    TestCase {
        name: "TimelinePage"
        when: windowShown

        function init() {
            verify(backend.error === "", backend.error);
            threadSpy.clear();
            profileSpy.clear();
            composeSpy.clear();
        }
        function openHome() {
            const page = createTemporaryObject(pageComponent, root, { session: backend.session, timeline: "home" });
            verify(page);
            tryVerify(() => page.count >= 20, 10000, "home timeline rows");
            page.forceActiveFocus();
            page.view.currentIndex = 0;
            tryVerify(() => page.view.view.currentItem && page.view.view.currentItem.content
                            && page.view.view.currentItem.content.activeFocus, 3000, "first status focused");
            return page;
        }
        function focused(page) {
            return page.view.view.currentItem.content;
        }

        function test_jkMovesFocusBetweenStatuses() {
            const page = openHome();
            keyClick(Qt.Key_J);
            compare(page.view.currentIndex, 1);
            keyClick(Qt.Key_J);
            compare(page.view.currentIndex, 2);
            verify(focused(page).activeFocus);
            keyClick(Qt.Key_K);
            compare(page.view.currentIndex, 1);
            verify(focused(page).activeFocus);
            keyClick(Qt.Key_K);
            keyClick(Qt.Key_K); // stays at the top
            compare(page.view.currentIndex, 0);
            // Delegates are reused, not recreated, while scrolling.
            compare(page.view.view.reuseItems, true);
        }

        function test_statusIsOneFocusStopNamedBySummary() {
            const page = openHome();
            const item = focused(page);
            compare(item.Accessible.role, Accessible.ListItem);
            verify(item.Accessible.name.length > 10, item.Accessible.name);
            compare(item.Accessible.name, page.model.data(page.model.index(0, 0), Qt.UserRole + 37));
        }

        function test_enterOpensThreadAndPOpensProfile() {
            const page = openHome();
            keyClick(Qt.Key_Return);
            compare(threadSpy.count, 1);
            compare(threadSpy.signalArguments[0][1], page.model.statusIdAt(0));
            keyClick(Qt.Key_P);
            compare(profileSpy.count, 1);
            compare(profileSpy.signalArguments[0][1], backend.bobId);
            keyClick(Qt.Key_R);
            compare(composeSpy.count, 1);
            compare(composeSpy.signalArguments[0][1].replyTo, page.model.statusIdAt(0));
        }

        function test_favouriteByKeyReachesTheServer() {
            const page = openHome();
            keyClick(Qt.Key_J);
            keyClick(Qt.Key_J);
            const row = page.view.currentIndex;
            const id = page.model.statusIdAt(row);
            verify(!backend.isFavourited(id));
            keyClick(Qt.Key_F);
            // Shown at once (queued), then on the server.
            tryVerify(() => focused(page).entry.favourited === true, 3000);
            compare(findChild(focused(page), "favouriteButton").count, 1);
            compare(findChild(focused(page), "favouriteButton").Accessible.name, "Undo favourite, 1 favourite(s)");
            tryVerify(() => backend.isFavourited(id), 10000, "favourite reached the server");
            tryCompare(focused(page).entry, "pendingState", "", 10000);
            keyClick(Qt.Key_F);
            tryVerify(() => !backend.isFavourited(id), 10000, "unfavourite reached the server");
        }

        function test_contentWarningToggleOnRealRow() {
            const page = openHome();
            const row = page.model.rowOfStatus(backend.ids.cw);
            verify(row >= 0);
            page.view.currentIndex = row;
            page.view.view.positionViewAtIndex(row, ListView.Contain);
            const item = focused(page);
            tryVerify(() => item.activeFocus);
            verify(item.hasSpoiler);
            verify(!item.contentShown);
            keyClick(Qt.Key_X);
            verify(item.contentShown);
            verify(findChild(item, "contentLabel").text.indexOf("The ending is sad") >= 0);
        }

        function test_newPostsAnnouncedAsACount() {
            const page = openHome();
            // Reading further down: new posts arrive above.
            for (let i = 0; i < 5; ++i)
                keyClick(Qt.Key_J);
            const before = page.count;
            verify(backend.streamingConnected());
            backend.bobPosts("Fresh post one");
            backend.bobPosts("Fresh post two");
            tryVerify(() => page.count >= before + 2, 10000, "streamed posts arrive");
            const announcer = findChild(page.view, "announcer");
            tryCompare(announcer.Accessible, "name", "2 new post(s)", 5000);
            verify(findChild(page.view, "newPostsButton").visible);
            // Going to the top clears it.
            keyClick(Qt.Key_Home);
            compare(page.view.unseenCount, 0);
            compare(announcer.Accessible.name, "");
        }

        function test_readingPositionRestored() {
            let page = openHome();
            const list = page.view.view;
            // Walk down until the list has scrolled a few rows (how many presses depends on the
            // rows' heights).
            for (let i = 0; i < 40 && list.indexAt(0, list.contentY + 1) <= 2; ++i) {
                keyClick(Qt.Key_J);
                wait(30);
            }
            tryVerify(() => list.indexAt(0, list.contentY + 1) > 2, 3000, "scrolled down");
            const topRow = list.indexAt(0, list.contentY + 1);
            const topId = page.model.statusIdAt(topRow);
            wait(1300); // the view saves the position a second after scrolling stops
            page.destroy();
            wait(50);
            page = createTemporaryObject(pageComponent, root, { session: backend.session, timeline: "home" });
            tryVerify(() => page.count > topRow, 10000);
            const again = page.view.view;
            tryVerify(() => page.model.statusIdAt(again.indexAt(0, again.contentY + 1)) === topId, 5000,
                      "the same status is at the top again");
            compare(page.model.statusIdAt(page.view.currentIndex), topId);
        }

        function test_contextMenuFromKeyboard() {
            const page = openHome();
            const item = focused(page);
            keyClick(Qt.Key_F10, Qt.ShiftModifier);
            tryVerify(() => item.contextMenu.opened);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !item.contextMenu.visible);
            tryVerify(() => item.activeFocus);
        }
    }
}
