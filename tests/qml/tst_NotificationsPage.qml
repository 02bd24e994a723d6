import QtQuick
import QtTest
import Tuskline.Notifications

Item {
    id: root
    width: 700
    height: 900

    Component {
        id: pageComponent
        NotificationsPage { anchors.fill: parent }
    }

    TestCase {
        name: "NotificationsPage"
        when: windowShown

        function rowTypes(page) {
            const types = [];
            for (let i = 0; i < page.view.view.count; ++i) {
                const item = page.view.view.itemAtIndex(i);
                // A delegate on its way to the reuse pool still answers for a moment.
                if (item && item.content && item.index === i)
                    types.push(String(item.content.entry.notificationType));
            }
            return types;
        }

        function test_groupedAndFiltered() {
            verify(backend.error === "", backend.error);
            const page = createTemporaryObject(pageComponent, root, { session: backend.session });
            // A mention, one favourites group (bob + carol), a follow.
            tryVerify(() => page.count >= 3, 10000, "notifications");
            let types = rowTypes(page);
            verify(types.indexOf("favourite") >= 0, types);
            verify(types.indexOf("follow") >= 0, types);
            verify(types.indexOf("mention") >= 0, types);
            compare(types.filter(t => t === "favourite").length, 1, "favourites folded into one row");

            const favRow = types.indexOf("favourite");
            const fav = page.view.view.itemAtIndex(favRow).content;
            compare(fav.entry.groupCount, 2);
            verify(findChild(fav, "notificationSentence").text.indexOf("1 other(s) favourited your post") > 0,
                   findChild(fav, "notificationSentence").text);
            // The type's icon on the start side of the sentence, the group's avatars under the
            // sentence, the status under both.
            const sentence = findChild(fav, "notificationSentence");
            const icon = findChild(fav, "notificationIcon");
            compare(String(icon.icon.source), "qrc:/icons/ui/favourite-filled.svg");
            const iconPos = icon.mapToItem(fav, 0, 0);
            const sentencePos = sentence.mapToItem(fav, 0, 0);
            verify(iconPos.x + icon.width <= sentencePos.x, "icon before the sentence");
            verify(Math.abs(iconPos.y - sentencePos.y) < sentence.height, "icon on the sentence's line");
            const avatarsTop = findChild(fav, "notificationAvatars").mapToItem(fav, 0, 0).y;
            verify(avatarsTop >= sentencePos.y + sentence.height, "avatars under the sentence");
            verify(avatarsTop - (sentencePos.y + sentence.height) <= 8, "avatars right under the sentence");
            verify(findChild(fav, "avatar").mapToItem(fav, 0, 0).y > avatarsTop, "status below");

            page.filterBar.currentIndex = 4; // follows
            tryCompare(page, "count", 1);
            tryVerify(() => rowTypes(page).length === 1);
            compare(rowTypes(page), ["follow"]);
            // A follow has no status: p opens the follower's profile, f does nothing.
            page.forceActiveFocus();
            page.view.currentIndex = 0;
            const follow = page.view.view.currentItem.content;
            verify(!follow.hasStatus);
            compare(follow.profileId, backend.carolId);

            page.filterBar.currentIndex = 1; // mentions
            tryCompare(page, "count", 1);
            tryVerify(() => rowTypes(page).length === 1);
            compare(rowTypes(page), ["mention"]);
            page.filterBar.currentIndex = 0;
            tryVerify(() => page.count >= 3);
        }
    }
}
