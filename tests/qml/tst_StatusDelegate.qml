import QtQuick
import QtQuick.Controls
import QtTest
import Tuskline.Timeline
import "StatusData.js" as Data

Item {
    id: root
    width: 600
    height: 800

    Component {
        id: delegateComponent
        StatusDelegate { width: root.width }
    }
    SignalSpy { id: spy; signalName: "actionRequested" }
    Item {
        id: rtlContainer
        width: root.width
        height: 400
        LayoutMirroring.enabled: true
        LayoutMirroring.childrenInherit: true
    }

    TestCase {
        name: "StatusDelegate"
        when: windowShown

        function make(overrides) {
            const item = createTemporaryObject(delegateComponent, root, { entry: Data.status(overrides || {}), row: 0 });
            verify(item);
            spy.clear();
            spy.target = item;
            item.forceActiveFocus();
            verify(item.activeFocus);
            return item;
        }
        function find(item, name) {
            const found = findChild(item, name);
            verify(found, "no child " + name);
            return found;
        }

        function test_accessibleSummaryIsTheName() {
            const item = make();
            compare(item.Accessible.role, Accessible.ListItem);
            compare(item.Accessible.name, Data.status({}).accessibleSummary);
            verify(item.Accessible.description.length > 0);
        }

        function test_oneFocusStop() {
            const item = make({ spoilerText: "cw" });
            // Tab from the status must not land on its action buttons.
            for (const name of ["replyButton", "boostButton", "favouriteButton", "bookmarkButton", "moreButton", "cwButton"])
                compare(find(item, name).focusPolicy, Qt.NoFocus, name);
        }

        function test_keys_data() {
            return [
                { tag: "f favourites", key: Qt.Key_F, overrides: {}, action: "favourite", arg: true },
                { tag: "f unfavourites", key: Qt.Key_F, overrides: { favourited: true }, action: "favourite", arg: false },
                { tag: "b boosts", key: Qt.Key_B, overrides: {}, action: "boost", arg: true },
                { tag: "b unboosts", key: Qt.Key_B, overrides: { reblogged: true }, action: "boost", arg: false },
                { tag: "r replies", key: Qt.Key_R, overrides: {}, action: "reply", arg: "100" },
                { tag: "m mentions", key: Qt.Key_M, overrides: {}, action: "mention", arg: "@alice@example.social" },
                { tag: "p profile", key: Qt.Key_P, overrides: {}, action: "profile", arg: "1" },
                { tag: "Enter thread", key: Qt.Key_Return, overrides: {}, action: "thread", arg: "100" },
                { tag: "o thread", key: Qt.Key_O, overrides: {}, action: "thread", arg: "100" },
                { tag: "e media", key: Qt.Key_E, overrides: { media: Data.media(2, true) }, action: "media", arg: 0 },
            ];
        }
        function test_keys(data) {
            make(data.overrides);
            keyClick(data.key);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], data.action);
            compare(spy.signalArguments[0][1], data.arg);
        }

        function test_keysThatDoNothing_data() {
            return [
                { tag: "no boost of a private post", key: Qt.Key_B, overrides: { visibility: "private" } },
                { tag: "no boost of a direct post", key: Qt.Key_B, overrides: { visibility: "direct", isOwn: true } },
                { tag: "e without media", key: Qt.Key_E, overrides: {} },
                { tag: "ctrl+f is the shell's", key: Qt.Key_F, overrides: {}, modifiers: Qt.ControlModifier },
            ];
        }
        function test_keysThatDoNothing(data) {
            make(data.overrides);
            keyClick(data.key, data.modifiers || Qt.NoModifier);
            compare(spy.count, 0);
        }

        function test_ownPrivatePostCanBeBoosted() {
            make({ visibility: "private", isOwn: true });
            keyClick(Qt.Key_B);
            compare(spy.count, 1);
        }

        function test_contentWarningToggle() {
            const item = make({ spoilerText: "Spoilers for the film", sensitive: true, media: Data.media(1, true) });
            const content = find(item, "contentLabel");
            const spoiler = find(item, "spoilerLabel");
            compare(spoiler.text, "Spoilers for the film");
            verify(!content.visible);
            // Hidden parts are not created (nor in the accessibility tree) until shown.
            verify(!findChild(item, "mediaGrid"));
            keyClick(Qt.Key_X);
            verify(item.cwExpanded);
            verify(content.visible);
            verify(find(item, "mediaGrid").visible);
            compare(find(item, "cwButton").text, "Show less");
            keyClick(Qt.Key_X);
            verify(!content.visible);
            compare(spy.count, 0);
        }

        function test_cwButtonClick() {
            const item = make({ spoilerText: "cw" });
            const button = find(item, "cwButton");
            mouseClick(button);
            verify(item.cwExpanded);
        }

        function test_noSpoilerShowsContent() {
            const item = make();
            verify(find(item, "contentLabel").visible);
            keyClick(Qt.Key_X); // nothing to toggle
            verify(!item.cwExpanded);
        }

        function test_sensitiveMediaToggle() {
            const item = make({ sensitive: true, media: Data.media(2, true) });
            const grid = find(item, "mediaGrid");
            verify(grid.hidden);
            const tile = find(grid, "mediaTile0");
            verify(tile.hidden);
            compare(find(tile, "altBadge").visible, false);
            keyClick(Qt.Key_H);
            verify(!grid.hidden);
            verify(!tile.hidden);
            verify(find(tile, "altBadge").visible);
            keyClick(Qt.Key_H);
            verify(grid.hidden);
        }

        function test_altBadgeOnlyWithDescription() {
            const item = make({ media: Data.media(1, false) });
            const tile = find(find(item, "mediaGrid"), "mediaTile0");
            verify(!find(tile, "altBadge").visible);
            compare(tile.Accessible.name, "Media without a description");
        }

        function test_reuseResetsState() {
            const item = make({ spoilerText: "cw" });
            keyClick(Qt.Key_X);
            verify(item.cwExpanded);
            item.entry = Data.status({ statusId: "200", spoilerText: "other" });
            verify(!item.cwExpanded);
        }

        function test_contextMenuKeys_data() {
            return [
                { tag: "Menu key", key: Qt.Key_Menu, modifiers: Qt.NoModifier },
                { tag: "Shift+F10", key: Qt.Key_F10, modifiers: Qt.ShiftModifier },
            ];
        }
        function test_contextMenuKeys(data) {
            const item = make();
            keyClick(data.key, data.modifiers);
            tryVerify(() => menuOf(item).opened);
            // The menu has focus: Down + Enter triggers its first entry (open thread).
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Return);
            tryCompare(spy, "count", 1);
            compare(spy.signalArguments[0][0], "thread");
            tryVerify(() => !menuOf(item).visible);
            tryVerify(() => item.activeFocus, 1000, "focus returns to the status");
        }
        function menuOf(item) {
            return item.contextMenu;
        }

        function test_menuOwnPost() {
            const item = make({ isOwn: true });
            keyClick(Qt.Key_Menu);
            const menu = menuOf(item);
            tryVerify(() => menu.opened);
            const texts = [];
            for (let i = 0; i < menu.count; ++i) {
                const it = menu.itemAt(i);
                if (it && it.visible && it.text)
                    texts.push(it.text);
            }
            verify(texts.indexOf("Delete") >= 0, texts);
            verify(texts.indexOf("Edit") >= 0, texts);
            verify(texts.indexOf("Delete and redraft") >= 0, texts);
            verify(texts.indexOf("Block @alice@example.social") < 0, texts);
            menu.close();
        }

        function test_menuOthersPost() {
            const item = make();
            keyClick(Qt.Key_Menu);
            const menu = menuOf(item);
            tryVerify(() => menu.opened);
            const texts = [];
            for (let i = 0; i < menu.count; ++i) {
                const it = menu.itemAt(i);
                if (it && it.visible && it.text)
                    texts.push(it.text);
            }
            verify(texts.indexOf("Block @alice@example.social") >= 0, texts);
            verify(texts.indexOf("Delete") < 0, texts);
            verify(texts.indexOf("Show edit history") < 0, "not edited: no history entry");
            // Links of the content, for keyboard users.
            compare(menu.links.length, 2);
            compare(menu.links[1].text, "#qt");
            menu.close();
        }

        function test_editedOpensHistory() {
            verify(!findChild(make(), "editedButton"), "never edited: no button");
            const item = make({ editedAt: new Date(Date.now() - 60 * 1000) });
            const edited = find(item, "editedButton");
            compare(edited.focusPolicy, Qt.NoFocus);
            verify(edited.Accessible.name.indexOf("edit history") > 0, edited.Accessible.name);
            mouseClick(edited);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "history");
            compare(spy.signalArguments[0][1], "100");
            // From the keyboard: the context menu.
            keyClick(Qt.Key_Menu);
            const menu = menuOf(item);
            tryVerify(() => menu.opened);
            const entry = find(menu, "historyMenuItem");
            verify(entry.visible);
            compare(entry.text, "Show edit history");
            mouseClick(entry);
            tryCompare(spy, "count", 2);
            compare(spy.signalArguments[1][0], "history");
            tryVerify(() => item.activeFocus, 1000, "focus returns to the status");
        }

        // Entries that do not apply (no CW, no media, not own) are hidden and the keyboard skips
        // them: the eighth Down on an edited post with nothing else is "Show edit history".
        function test_menuKeyboardSkipsHiddenEntries() {
            const item = make({ editedAt: new Date(Date.now() - 60 * 1000) });
            keyClick(Qt.Key_Menu);
            const menu = menuOf(item);
            tryVerify(() => menu.opened);
            for (let i = 0; i < 8; ++i) {
                keyClick(Qt.Key_Down);
                const current = menu.itemAt(menu.currentIndex);
                verify(current && current.visible, "Down " + (i + 1) + " landed on a hidden entry");
            }
            compare(menu.itemAt(menu.currentIndex).text, "Show edit history");
            keyClick(Qt.Key_Return);
            tryCompare(spy, "count", 1);
            compare(spy.signalArguments[0][0], "history");
        }

        function test_actionButtonsClick() {
            const item = make({ favourited: true });
            mouseClick(find(item, "favouriteButton"));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "favourite");
            compare(spy.signalArguments[0][1], false);
            // The model decides: the button still shows the model's state.
            verify(find(item, "favouriteButton").checked);
            compare(find(item, "boostButton").count, 2);
        }

        function test_filteredPost() {
            const item = make({ filterAction: "warn", filterTitles: ["Politics"] });
            compare(find(item, "filteredLabel").text, "Filtered: Politics");
            verify(!find(item, "contentLabel").visible);
            compare(item.Accessible.name, "Filtered post: Politics");
            keyClick(Qt.Key_F); // no actions on a hidden post
            compare(spy.count, 0);
            keyClick(Qt.Key_Return);
            verify(!item.filtered);
            verify(find(item, "contentLabel").visible);
        }

        function test_contextLine_data() {
            return [
                { tag: "boost", overrides: { boostedByDisplayName: "Bob" }, expected: "Bob boosted" },
                { tag: "reply", overrides: { inReplyToId: "9", replyToHandle: "@carol" }, expected: "Replying to @carol" },
                { tag: "plain", overrides: {}, expected: "" },
            ];
        }
        function test_contextLine(data) {
            const item = make(data.overrides);
            compare(find(item, "contextLabel").text, data.expected);
        }

        function test_pendingState() {
            const item = make({ pendingState: "failed", pendingError: "Rate limited" });
            const label = find(item, "pendingLabel");
            verify(label.visible);
            compare(label.text, "Not sent: Rate limited");
            item.entry = Data.status({ statusId: "300", pendingState: "sending" });
            compare(label.text, "Waiting to be sent…");
            item.entry = Data.status({ statusId: "301" });
            tryVerify(() => !findChild(item, "pendingLabel"));
        }

        function test_pollVote() {
            const poll = { id: "p1", expiresAt: new Date(Date.now() + 3600 * 1000 * 3), expired: false,
                           multiple: false, votesCount: 4, voted: false, ownVotes: [],
                           options: [{ title: "Yes", votesCount: 3, percent: 75 }, { title: "No", votesCount: 1, percent: 25 }] };
            const item = make({ poll: poll });
            const view = find(item, "pollView");
            verify(view.visible);
            const vote = find(view, "voteButton");
            verify(vote.visible);
            verify(!vote.enabled);
            view.toggleChoice(1, true);
            verify(vote.enabled);
            mouseClick(vote);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "vote");
            compare(spy.signalArguments[0][1], [1]);
        }

        function test_pollResults() {
            verify(!findChild(make(), "pollView"));
            const poll = { id: "p1", expiresAt: new Date(Date.now() - 1000), expired: true,
                           multiple: false, votesCount: 4, voted: true, ownVotes: [0],
                           options: [{ title: "Yes", votesCount: 3, percent: 75 }, { title: "No", votesCount: 1, percent: 25 }] };
            const item = make({ poll: poll });
            const view = find(item, "pollView");
            verify(view.showResults);
            verify(!find(view, "voteButton").visible);
        }

        function iconImage(button) {
            const image = findChild(button, "image"); // the IconLabel's image
            verify(image, "no icon image in " + button.objectName);
            return image;
        }
        function test_actionIcons_data() {
            return [
                { tag: "public", overrides: {}, boost: "boost.svg", favourite: "favourite.svg", bookmark: "bookmark.svg" },
                { tag: "direct", overrides: { visibility: "direct" }, boost: "boost-disabled.svg", favourite: "favourite.svg", bookmark: "bookmark.svg" },
                { tag: "private", overrides: { visibility: "private" }, boost: "boost-disabled.svg", favourite: "favourite.svg", bookmark: "bookmark.svg" },
                { tag: "on", overrides: { favourited: true, bookmarked: true, reblogged: true }, boost: "boost.svg", favourite: "favourite-filled.svg", bookmark: "bookmark-filled.svg" },
            ];
        }
        function test_actionIcons(data) {
            const item = make(data.overrides);
            const expected = { replyButton: "reply.svg", boostButton: data.boost, favouriteButton: data.favourite,
                               bookmarkButton: data.bookmark, moreButton: "more.svg" };
            for (const name in expected) {
                const button = find(item, name);
                compare(String(button.icon.source), "qrc:/icons/ui/" + expected[name], name);
                // The SVG is in the module's resources and the SVG plugin draws it.
                tryCompare(iconImage(button), "status", Image.Ready, 3000, name);
            }
        }
        function test_visibilityIcon_data() {
            return [
                { tag: "public", visibility: "public", icon: "visibility-public.svg" },
                { tag: "unlisted", visibility: "unlisted", icon: "visibility-unlisted.svg" },
                { tag: "private", visibility: "private", icon: "visibility-private.svg" },
                { tag: "direct", visibility: "direct", icon: "visibility-direct.svg" },
            ];
        }
        function test_visibilityIcon(data) {
            const item = make({ visibility: data.visibility });
            const wrapper = find(item, "visibilityIcon");
            const icon = wrapper.children[0];
            compare(String(icon.icon.source), "qrc:/icons/ui/" + data.icon);
            tryCompare(iconImage(icon), "status", Image.Ready, 3000);
            verify(icon.Accessible.ignored);
        }
        // The action bar follows the text: no empty space under a short post, and the height the
        // list reads when it creates the delegate is already the final one.
        function test_heightFollowsTheText_data() {
            return [
                { tag: "one line", html: "<p>Short.</p>" },
                { tag: "long", html: "<p>" + "Several words that wrap over a few lines. ".repeat(8) + "</p>" },
            ];
        }
        function test_heightFollowsTheText(data) {
            const item = delegateComponent.createObject(root, { entry: Data.status({ contentHtml: data.html }), row: 0 });
            const atCreation = item.implicitHeight;
            waitForRendering(item);
            compare(item.implicitHeight, atCreation);
            const content = find(item, "contentLabel");
            const bar = find(item, "replyButton").parent;
            const contentBottom = content.mapToItem(item, 0, content.height).y;
            const barTop = bar.mapToItem(item, 0, 0).y;
            compare(content.height, content.implicitHeight);
            verify(barTop - contentBottom <= 8, "gap " + (barTop - contentBottom));
            verify(item.implicitHeight - bar.mapToItem(item, 0, bar.height).y <= 12);
            item.destroy();
        }
        function test_avatarPlaceholder_data() {
            return [
                { tag: "none", avatar: "", placeholder: true },
                { tag: "server default", avatar: "http://127.0.0.1:1/avatars/original/missing.png", placeholder: true },
                { tag: "broken", avatar: "file:///nonexistent/avatar.png", placeholder: true },
                { tag: "picture", avatar: "qrc:/icons/ui/profile.svg", placeholder: false },
            ];
        }
        function test_avatarPlaceholder(data) {
            const item = make({ authorAvatar: data.avatar, authorDisplayName: "<b>zoë</b> :blob:" });
            const avatar = find(item, "avatar");
            if (data.placeholder) {
                wait(50);
                verify(!avatar.showsPicture);
                verify(find(avatar, "avatarPlaceholder").visible);
                compare(avatar.initial, "Z");
            } else {
                tryVerify(() => avatar.showsPicture, 3000);
                verify(!find(avatar, "avatarPlaceholder").visible);
            }
        }
        function test_placeholderColourFollowsTheAccount() {
            const a = find(make({ authorId: "1" }), "avatar");
            const b = find(make({ authorId: "2" }), "avatar");
            const a2 = find(make({ authorId: "1", authorDisplayName: "Someone else" }), "avatar");
            const colour = (av) => find(av, "avatarPlaceholder").color;
            verify(colour(a) !== colour(b) && !Qt.colorEqual(colour(a), colour(b)));
            verify(Qt.colorEqual(colour(a), colour(a2)));
        }

        function test_rightToLeftMirrorsTheLayout() {
            const ltr = make();
            const rtl = createTemporaryObject(delegateComponent, rtlContainer, { entry: Data.status({}), row: 0 });
            const ltrAvatar = find(ltr, "avatar");
            const rtlAvatar = find(rtl, "avatar");
            const ltrName = find(ltr, "displayName");
            const rtlName = find(rtl, "displayName");
            // Avatar first in reading order: left of the name in LTR, right of it in RTL.
            verify(ltrAvatar.mapToItem(ltr, 0, 0).x < ltrName.mapToItem(ltr, 0, 0).x);
            verify(rtlAvatar.mapToItem(rtl, 0, 0).x > rtlName.mapToItem(rtl, 0, 0).x);
            verify(rtlAvatar.mapToItem(rtl, 0, 0).x > rtl.width / 2);
        }

        function test_focusRingFollowsFocus() {
            const first = make();
            const second = createTemporaryObject(delegateComponent, root, { entry: Data.status({ statusId: "7" }), row: 1, y: 300 });
            const ring = find(first, "focusRing");
            verify(ring.visible);
            verify(ring.border.width >= 2 && ring.width > 0);
            second.forceActiveFocus();
            verify(!ring.visible);
            verify(find(second, "focusRing").visible);
        }
    }
}
