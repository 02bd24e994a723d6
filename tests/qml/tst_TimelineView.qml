import QtQuick
import QtQuick.Controls
import QtTest
import Tuskline.Components
import Tuskline.Timeline
import "StatusData.js" as Data

// TimelineView on its own, over rows shaped like the models' (gaps included).
Item {
    id: root
    width: 600
    height: 700

    ListModel { id: rows }
    Component {
        id: viewComponent
        TimelineView { anchors.fill: parent; model: rows; restorePosition: false }
    }
    Component {
        id: viewerComponent
        ImageViewer {}
    }
    SignalSpy { id: invoked; signalName: "actionInvoked" }

    TestCase {
        name: "TimelineView"
        when: windowShown

        function fill() {
            rows.clear();
            for (let i = 0; i < 6; ++i) {
                const s = Data.status({ statusId: "" + (100 - i), itemId: "" + (100 - i),
                                        accessibleSummary: "Status " + i });
                // ListModel stores list roles as nested models and maps as objects.
                delete s.media; delete s.card; delete s.poll; delete s.quote; delete s.filterTitles;
                rows.append(s);
                if (i === 2)
                    rows.append({ kind: "gap", itemId: "gap-1", statusId: "", gapLoading: false });
            }
        }
        function make() {
            fill();
            const view = createTemporaryObject(viewComponent, root);
            invoked.clear();
            invoked.target = view;
            view.forceActiveFocus();
            view.currentIndex = 0;
            tryVerify(() => view.view.currentItem && view.view.currentItem.content.activeFocus);
            return view;
        }

        function test_jkPassesTheGapAndEnterFillsIt() {
            const view = make();
            keyClick(Qt.Key_J);
            keyClick(Qt.Key_J);
            keyClick(Qt.Key_J);
            compare(view.currentIndex, 3);
            const gap = view.view.currentItem.content;
            tryVerify(() => gap.activeFocus);
            compare(gap.Accessible.role, Accessible.Button);
            compare(gap.Accessible.name, "Load missing posts");
            keyClick(Qt.Key_Return);
            compare(invoked.count, 1);
            compare(invoked.signalArguments[0][0], 3);
            compare(invoked.signalArguments[0][1], "fillGap");
            // Loading: no second request.
            rows.setProperty(3, "gapLoading", true);
            compare(gap.text, "Loading missing posts…");
            keyClick(Qt.Key_Return);
            compare(invoked.count, 1);
            keyClick(Qt.Key_J);
            compare(view.currentIndex, 4);
            compare(view.view.currentItem.content.Accessible.name, "Status 3");
        }

        function test_statusActionsLeaveAsSignals() {
            const view = make();
            let opened = "";
            view.openThread.connect((id) => opened = id);
            keyClick(Qt.Key_J);
            keyClick(Qt.Key_O);
            compare(opened, "99");
            keyClick(Qt.Key_F);
            compare(invoked.signalArguments[invoked.count - 1][1], "favourite");
            compare(invoked.signalArguments[invoked.count - 1][0], 1);
        }

        function test_newRowsAboveAreCounted() {
            const view = make();
            keyClick(Qt.Key_J);
            keyClick(Qt.Key_J);
            const s = Data.status({ statusId: "200", itemId: "200", accessibleSummary: "New" });
            delete s.media; delete s.card; delete s.poll; delete s.quote; delete s.filterTitles;
            rows.insert(0, s);
            compare(view.unseenCount, 1);
            compare(findChild(view, "announcer").Accessible.name, "1 new post(s)");
            // Appending older rows at the end is not "new".
            rows.append(s);
            compare(view.unseenCount, 1);
            keyClick(Qt.Key_Home);
            compare(view.unseenCount, 0);
        }

        function test_imageViewerKeys() {
            const viewer = createTemporaryObject(viewerComponent, root);
            viewer.show(Data.media(3, true), 1);
            tryVerify(() => viewer.opened);
            compare(viewer.index, 1);
            compare(viewer.altText, "Picture 1");
            keyClick(Qt.Key_Right);
            compare(viewer.index, 2);
            keyClick(Qt.Key_Right); // last stays
            compare(viewer.index, 2);
            keyClick(Qt.Key_Left);
            compare(viewer.index, 1);
            keyClick(Qt.Key_Plus);
            verify(viewer.zoom > 1);
            keyClick(Qt.Key_Right); // zoomed: pans instead of switching
            compare(viewer.index, 1);
            keyClick(Qt.Key_0);
            compare(viewer.zoom, 1);
            keyClick(Qt.Key_PageDown);
            compare(viewer.index, 2);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !viewer.visible);
        }
    }
}
