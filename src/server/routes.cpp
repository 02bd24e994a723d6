// The route table: every path the server answers, who may call it and with which scope. Literal
// segments must come before a parameter in the same position (lookup before :id). Scopes with
// "|" accept any of the alternatives (Mastodon's `profile` scope for verify_credentials).
#include "server/api/handlers.h"
#include "server/api/socialhandlers.h"
#include "server/router.h"

namespace tusk::server {

using namespace api;
using A = Access;
using M = Method;

const QList<Route> &routeTable()
{
    static const QList<Route> routes = {
        // OAuth and apps
        {M::Post, "/api/v1/apps", A::Public, "", createApp},
        {M::Get, "/api/v1/apps/verify_credentials", A::AnyToken, "", verifyAppCredentials},
        {M::Get, "/oauth/authorize", A::Public, "", authorizePage},
        {M::Post, "/oauth/authorize", A::Public, "", authorizeSubmit},
        {M::Post, "/oauth/token", A::Public, "", token},
        {M::Post, "/oauth/revoke", A::Public, "", revoke},
        {M::Get, "/.well-known/oauth-authorization-server", A::Public, "",
         authorizationServerMetadata},

        // Instance and discovery
        {M::Get, "/api/v1/instance", A::Public, "", instanceV1},
        {M::Get, "/api/v2/instance", A::Public, "", instanceV2},
        {M::Get, "/api/v1/custom_emojis", A::Public, "", customEmojis},
        {M::Get, "/.well-known/nodeinfo", A::Public, "", nodeInfoLinks},
        {M::Get, "/nodeinfo/2.0", A::Public, "", nodeInfo},
        {M::Get, "/.well-known/webfinger", A::Public, "", webfinger},
        {M::Get, "/.well-known/host-meta", A::Public, "", hostMeta},
        {M::Get, "/avatars/original/missing.png", A::Public, "", missingImage},
        {M::Get, "/headers/original/missing.png", A::Public, "", missingImage},

        // Accounts
        {M::Get, "/api/v1/accounts/verify_credentials", A::User, "read:accounts|profile",
         verifyCredentials},
        {M::Patch, "/api/v1/accounts/update_credentials", A::User, "write:accounts",
         updateCredentials},
        {M::Get, "/api/v1/accounts/relationships", A::User, "read:follows", relationships},
        {M::Get, "/api/v1/accounts/lookup", A::Optional, "read:accounts", lookupAccount},
        {M::Get, "/api/v1/accounts/search", A::User, "read:accounts", searchAccounts},
        {M::Get, "/api/v1/accounts/:id", A::Optional, "read:accounts", account},
        {M::Get, "/api/v1/accounts/:id/statuses", A::Optional, "read:statuses", accountStatuses},
        {M::Get, "/api/v1/accounts/:id/followers", A::Optional, "read:accounts", accountFollowers},
        {M::Get, "/api/v1/accounts/:id/following", A::Optional, "read:accounts", accountFollowing},
        {M::Post, "/api/v1/accounts/:id/follow", A::User, "write:follows", follow},
        {M::Post, "/api/v1/accounts/:id/unfollow", A::User, "write:follows", unfollow},
        {M::Post, "/api/v1/accounts/:id/block", A::User, "write:blocks", blockAccount},
        {M::Post, "/api/v1/accounts/:id/unblock", A::User, "write:blocks", unblockAccount},
        {M::Post, "/api/v1/accounts/:id/mute", A::User, "write:mutes", muteAccount},
        {M::Post, "/api/v1/accounts/:id/unmute", A::User, "write:mutes", unmuteAccount},
        {M::Get, "/api/v1/blocks", A::User, "read:blocks", blocks},
        {M::Get, "/api/v1/mutes", A::User, "read:mutes", mutes},

        {M::Get, "/api/v1/follow_requests", A::User, "read:follows", followRequests},
        {M::Post, "/api/v1/follow_requests/:id/authorize", A::User, "write:follows",
         authorizeFollowRequest},
        {M::Post, "/api/v1/follow_requests/:id/reject", A::User, "write:follows",
         rejectFollowRequest},

        // Statuses
        {M::Post, "/api/v1/statuses", A::User, "write:statuses", createStatus},
        {M::Get, "/api/v1/statuses/:id", A::Optional, "read:statuses", status},
        {M::Delete, "/api/v1/statuses/:id", A::User, "write:statuses", deleteStatus},
        {M::Put, "/api/v1/statuses/:id", A::User, "write:statuses", editStatus},
        {M::Get, "/api/v1/statuses/:id/history", A::Optional, "read:statuses", statusHistory},
        {M::Get, "/api/v1/statuses/:id/source", A::User, "read:statuses", statusSource},
        {M::Post, "/api/v1/statuses/:id/pin", A::User, "write:accounts", pinStatus},
        {M::Post, "/api/v1/statuses/:id/unpin", A::User, "write:accounts", unpinStatus},
        {M::Post, "/api/v1/statuses/:id/mute", A::User, "write:mutes", muteStatus},
        {M::Post, "/api/v1/statuses/:id/unmute", A::User, "write:mutes", unmuteStatus},
        {M::Get, "/api/v1/statuses/:id/context", A::Optional, "read:statuses", statusContext},
        {M::Post, "/api/v1/statuses/:id/favourite", A::User, "write:favourites", favourite},
        {M::Post, "/api/v1/statuses/:id/unfavourite", A::User, "write:favourites", unfavourite},
        {M::Get, "/api/v1/statuses/:id/favourited_by", A::Optional, "read:accounts", favouritedBy},

        {M::Post, "/api/v1/statuses/:id/reblog", A::User, "write:statuses", reblog},
        {M::Post, "/api/v1/statuses/:id/unreblog", A::User, "write:statuses", unreblog},
        {M::Get, "/api/v1/statuses/:id/reblogged_by", A::Optional, "read:accounts", rebloggedBy},
        {M::Post, "/api/v1/statuses/:id/bookmark", A::User, "write:bookmarks", bookmark},
        {M::Post, "/api/v1/statuses/:id/unbookmark", A::User, "write:bookmarks", unbookmark},

        // Media and polls
        {M::Post, "/api/v1/media", A::User, "write:media", uploadMedia},
        {M::Post, "/api/v2/media", A::User, "write:media", uploadMedia},
        {M::Get, "/api/v1/media/:id", A::User, "write:media", getMedia},
        {M::Put, "/api/v1/media/:id", A::User, "write:media", updateMedia},
        {M::Get, "/system/media/:name", A::Public, "", mediaFile},
        {M::Get, "/api/v1/polls/:id", A::Optional, "read:statuses", poll},
        {M::Post, "/api/v1/polls/:id/votes", A::User, "write:statuses", votePoll},

        // The user's own lists and settings
        {M::Get, "/api/v1/bookmarks", A::User, "read:bookmarks", bookmarks},
        {M::Get, "/api/v1/favourites", A::User, "read:favourites", favourites},
        {M::Get, "/api/v1/preferences", A::User, "read:accounts", preferences},
        {M::Get, "/api/v1/markers", A::User, "read:statuses", markers},
        {M::Post, "/api/v1/markers", A::User, "write:statuses", saveMarkers},

        // Reports to this server's admins
        {M::Post, "/api/v1/reports", A::User, "write:reports", createReport},

        // Timelines
        {M::Get, "/api/v1/timelines/home", A::User, "read:statuses", homeTimeline},
        {M::Get, "/api/v1/timelines/public", A::Optional, "read:statuses", publicTimeline},

        // Streaming (Server-Sent Events)
        {M::Get, "/api/v1/streaming/health", A::Public, "", streamingHealth},
        {M::Get, "/api/v1/streaming/user", A::User, "read:statuses", streamUser},
        {M::Get, "/api/v1/streaming/user/notification", A::User, "read:notifications",
         streamUserNotifications},
        {M::Get, "/api/v1/streaming/public", A::Optional, "read:statuses", streamPublic},
        {M::Get, "/api/v1/streaming/public/local", A::Optional, "read:statuses", streamPublicLocal},
        {M::Get, "/api/v1/streaming/public/remote", A::Optional, "read:statuses",
         streamPublicRemote},
        {M::Get, "/api/v1/streaming/hashtag", A::Optional, "read:statuses", streamHashtag},
        {M::Get, "/api/v1/streaming/hashtag/local", A::Optional, "read:statuses",
         streamHashtagLocal},

        // Notifications
        {M::Get, "/api/v1/notifications", A::User, "read:notifications", notifications},
        {M::Post, "/api/v1/notifications/clear", A::User, "write:notifications",
         clearNotifications},
        {M::Get, "/api/v1/notifications/unread_count", A::User, "read:notifications",
         unreadCountV1},
        {M::Get, "/api/v1/notifications/:id", A::User, "read:notifications", notification},
        {M::Post, "/api/v1/notifications/:id/dismiss", A::User, "write:notifications",
         dismissNotification},

        // Grouped notifications and direct conversations
        {M::Get, "/api/v2/notifications", A::User, "read:notifications", groupedNotifications},
        {M::Get, "/api/v2/notifications/unread_count", A::User, "read:notifications",
         unreadCountV2},
        {M::Get, "/api/v2/notifications/:group_key", A::User, "read:notifications",
         notificationGroup},
        {M::Get, "/api/v2/notifications/:group_key/accounts", A::User, "read:notifications",
         notificationGroupAccounts},
        {M::Post, "/api/v2/notifications/:group_key/dismiss", A::User, "write:notifications",
         dismissNotificationGroup},
        {M::Get, "/api/v1/conversations", A::User, "read:statuses", conversations},
        {M::Post, "/api/v1/conversations/:id/read", A::User, "write:conversations",
         readConversation},
        {M::Delete, "/api/v1/conversations/:id", A::User, "write:conversations",
         deleteConversation},
        {M::Get, "/api/v1/streaming/direct", A::User, "read:statuses", streamDirect},

        // Hashtags and followed tags
        {M::Get, "/api/v1/timelines/tag/:hashtag", A::Optional, "read:statuses", tagTimeline},
        {M::Get, "/api/v1/tags/:id", A::Optional, "", tag},
        {M::Post, "/api/v1/tags/:id/follow", A::User, "write:follows", followTag},
        {M::Post, "/api/v1/tags/:id/unfollow", A::User, "write:follows", unfollowTag},
        {M::Get, "/api/v1/followed_tags", A::User, "read:follows", followedTags},

        // Lists
        {M::Get, "/api/v1/lists", A::User, "read:lists", lists},
        {M::Post, "/api/v1/lists", A::User, "write:lists", createList},
        {M::Get, "/api/v1/lists/:id", A::User, "read:lists", list},
        {M::Put, "/api/v1/lists/:id", A::User, "write:lists", updateList},
        {M::Delete, "/api/v1/lists/:id", A::User, "write:lists", deleteList},
        {M::Get, "/api/v1/lists/:id/accounts", A::User, "read:lists", listAccounts},
        {M::Post, "/api/v1/lists/:id/accounts", A::User, "write:lists", addListAccounts},
        {M::Delete, "/api/v1/lists/:id/accounts", A::User, "write:lists", removeListAccounts},
        {M::Get, "/api/v1/timelines/list/:id", A::User, "read:lists", listTimeline},
        {M::Get, "/api/v1/accounts/:id/lists", A::User, "read:lists", accountLists},
        {M::Get, "/api/v1/streaming/list", A::User, "read:lists", streamList},

        // Filters (v2; v1 read-only)
        {M::Get, "/api/v2/filters", A::User, "read:filters", filtersV2},
        {M::Post, "/api/v2/filters", A::User, "write:filters", createFilter},
        {M::Get, "/api/v2/filters/keywords/:id", A::User, "read:filters", filterKeyword},
        {M::Put, "/api/v2/filters/keywords/:id", A::User, "write:filters", updateFilterKeyword},
        {M::Delete, "/api/v2/filters/keywords/:id", A::User, "write:filters", deleteFilterKeyword},
        {M::Get, "/api/v2/filters/statuses/:id", A::User, "read:filters", filterStatus},
        {M::Delete, "/api/v2/filters/statuses/:id", A::User, "write:filters", deleteFilterStatus},
        {M::Get, "/api/v2/filters/:id", A::User, "read:filters", filterV2},
        {M::Put, "/api/v2/filters/:id", A::User, "write:filters", updateFilter},
        {M::Delete, "/api/v2/filters/:id", A::User, "write:filters", deleteFilter},
        {M::Get, "/api/v2/filters/:id/keywords", A::User, "read:filters", filterKeywords},
        {M::Post, "/api/v2/filters/:id/keywords", A::User, "write:filters", addFilterKeyword},
        {M::Get, "/api/v2/filters/:id/statuses", A::User, "read:filters", filterStatuses},
        {M::Post, "/api/v2/filters/:id/statuses", A::User, "write:filters", addFilterStatus},
        {M::Get, "/api/v1/filters", A::User, "read:filters", filtersV1},
        {M::Get, "/api/v1/filters/:id", A::User, "read:filters", filterV1},

        // Search
        {M::Get, "/api/v2/search", A::Optional, "read:search", searchV2},
    };
    return routes;
}

} // namespace tusk::server
