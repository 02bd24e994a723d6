import QtQuick
import QtQuick.Controls
import QtTest
import Tuskline.Profile
import Tuskline.Views

Item {
    id: root
    width: 700
    height: 900

    Component {
        id: pageComponent
        ProfilePage { anchors.fill: parent }
    }
    SignalSpy { id: profileSpy; target: Navigator; signalName: "profileRequested" }

    TestCase {
        name: "ProfilePage"
        when: windowShown

        function open(accountId) {
            verify(backend.error === "", backend.error);
            const page = createTemporaryObject(pageComponent, root, { session: backend.session, accountId: accountId });
            tryVerify(() => page.profile.loaded && (page.profile.isOwn || page.profile.relationshipKnown),
                      10000, "profile loaded");
            return page;
        }

        function test_headerAndRelationship() {
            const page = open(backend.bobId);
            compare(page.profile.plainName, "bob");
            verify(page.profile.handle.startsWith("@bob@"), page.profile.handle);
            verify(page.profile.following);
            compare(page.profile.followLabel, "Unfollow");
            compare(findChild(page, "followButton").text, "Unfollow");
            tryVerify(() => page.profile.statusesCount >= 25);
            verify(findChild(page, "profileCounts").text.indexOf("posts") > 0);
        }

        function test_postsTabs() {
            const page = open(backend.bobId);
            tryVerify(() => page.count > 0, 10000, "bob's posts");
            // Posts without replies: bob's answer in the thread is a reply.
            tryVerify(() => page.postsView.model.rowOfStatus(backend.ids.threadRoot) >= 0, 10000);
            compare(page.postsView.model.rowOfStatus(backend.ids.threadAnswer), -1);
            page.tabBar.currentIndex = 1;
            tryVerify(() => page.postsView.model.rowOfStatus(backend.ids.threadAnswer) >= 0, 5000);
            page.tabBar.currentIndex = 2; // bob has no media
            tryCompare(page, "count", 0);
        }

        function test_followersTab() {
            const page = open(backend.aliceId);
            verify(page.profile.isOwn);
            verify(!findChild(page, "followButton").visible);
            page.tabBar.currentIndex = 3; // followers: carol
            tryCompare(page, "count", 1, 10000);
            const row = page.followsView.itemAtIndex(0);
            verify(row.Accessible.name.indexOf("carol") === 0, row.Accessible.name);
            page.followsView.forceActiveFocus();
            profileSpy.clear();
            keyClick(Qt.Key_Return);
            compare(profileSpy.count, 1);
            compare(profileSpy.signalArguments[0][1], backend.carolId);
            page.tabBar.currentIndex = 4; // following: bob
            tryCompare(page, "count", 1, 10000);
        }

        function test_unfollowAndFollowAgainReachTheServer() {
            const page = open(backend.carolId);
            verify(!backend.isFollowing(backend.carolId));
            compare(page.profile.followLabel, "Follow back"); // carol follows alice
            const button = findChild(page, "followButton");
            verify(button.visible && button.enabled);
            mouseClick(button);
            verify(page.profile.followPending || page.profile.following, "queued: " + page.profile.error);
            tryVerify(() => backend.isFollowing(backend.carolId), 10000, "follow reached the server");
            tryCompare(page.profile, "followLabel", "Unfollow", 10000);
            mouseClick(findChild(page, "followButton"));
            tryVerify(() => !backend.isFollowing(backend.carolId), 10000, "unfollow reached the server");
        }

        function test_muteFromMenu() {
            const page = open(backend.carolId);
            verify(!page.profile.muting);
            page.profile.setMuted(true);
            tryVerify(() => page.profile.muting, 10000);
            verify(backend.isMuting(backend.carolId));
            page.profile.setMuted(false);
            tryVerify(() => !page.profile.muting, 10000);
            verify(!backend.isMuting(backend.carolId));
        }
    }
}
