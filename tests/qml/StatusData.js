.pragma library

// Rows shaped like the models' roles (the contract in the session brief), for tests that check
// the status item on its own. Page tests use the real models over the bundled server.
function status(overrides) {
    var s = {
        kind: "status", itemId: "100", statusId: "100", url: "https://example.social/@alice/100",
        isOwn: false, authorId: "1", authorDisplayName: "Alice <b>☕</b>",
        authorHandle: "@alice@example.social", authorAvatar: "",
        boostedById: "", boostedByDisplayName: "", inReplyToId: "", replyToHandle: "",
        createdAt: new Date(Date.now() - 5 * 60 * 1000), editedAt: new Date(NaN), visibility: "public",
        contentHtml: "<p>Hello <a href=\"https://example.org/\">example.org</a> and "
                     + "<a href=\"https://example.social/tags/qt\">#qt</a></p>",
        plainText: "Hello example.org and #qt", spoilerText: "", sensitive: false, language: "en",
        media: [], card: ({}), poll: ({}), quote: ({}),
        repliesCount: 1, reblogsCount: 2, favouritesCount: 3,
        favourited: false, reblogged: false, bookmarked: false, pinned: false,
        pendingState: "", pendingError: "", filterAction: "", filterTitles: [],
        accessibleSummary: "Alice: Hello example.org and #qt. 5 minutes ago. 1 reply, 2 boosts, 3 favourites.",
        gapLoading: false
    };
    for (var k in overrides)
        s[k] = overrides[k];
    return s;
}

function media(n, withAlt) {
    var out = [];
    for (var i = 0; i < n; ++i)
        out.push({ id: "m" + i, type: "image", url: "", previewUrl: "",
                   description: withAlt ? "Picture " + i : "", blurhash: "LEHV6nWB2yk8pyo0adR*.7kCMdnj",
                   width: 640, height: 480 });
    return out;
}
