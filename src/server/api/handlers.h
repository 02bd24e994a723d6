#pragma once
// Every handler the route table (routes.cpp) refers to, grouped by the file that defines it.
#include "server/context.h"

namespace tusk::server::api {

// apps.cpp
Response createApp(Context &);
Response verifyAppCredentials(Context &);
// oauth.cpp
Response authorizePage(Context &);
Response authorizeSubmit(Context &);
Response token(Context &);
Response revoke(Context &);
Response authorizationServerMetadata(Context &);
// instance.cpp
Response instanceV1(Context &);
Response instanceV2(Context &);
Response customEmojis(Context &);
Response nodeInfoLinks(Context &);
Response nodeInfo(Context &);
Response webfinger(Context &);
Response hostMeta(Context &);
Response missingImage(Context &);
// accounts.cpp
Response verifyCredentials(Context &);
Response account(Context &);
Response lookupAccount(Context &);
Response searchAccounts(Context &);
Response accountStatuses(Context &);
Response accountFollowers(Context &);
Response accountFollowing(Context &);
Response follow(Context &);
Response unfollow(Context &);
Response createReport(Context &); // reports.cpp
Response relationships(Context &);
Response followRequests(Context &);
Response authorizeFollowRequest(Context &);
Response rejectFollowRequest(Context &);
// profile.cpp
Response updateCredentials(Context &);
Response preferences(Context &);
Response markers(Context &);
Response saveMarkers(Context &);
// bookmarks.cpp
Response bookmark(Context &);
Response unbookmark(Context &);
Response bookmarks(Context &);
Response favourites(Context &);
// statuses.cpp
Response createStatus(Context &);
Response status(Context &);
Response deleteStatus(Context &);
Response statusContext(Context &);
Response favourite(Context &);
Response unfavourite(Context &);
Response favouritedBy(Context &);
Response reblog(Context &);
Response unreblog(Context &);
Response rebloggedBy(Context &);
// media.cpp
Response uploadMedia(Context &);
Response getMedia(Context &);
Response updateMedia(Context &);
Response mediaFile(Context &);
// polls.cpp
Response poll(Context &);
Response votePoll(Context &);
// edits.cpp
Response editStatus(Context &);
Response statusHistory(Context &);
Response statusSource(Context &);
// pins.cpp
Response pinStatus(Context &);
Response unpinStatus(Context &);
Response muteStatus(Context &);
Response unmuteStatus(Context &);
// relations.cpp
Response blockAccount(Context &);
Response unblockAccount(Context &);
Response muteAccount(Context &);
Response unmuteAccount(Context &);
Response blocks(Context &);
Response mutes(Context &);
// streaming.cpp
Response streamingHealth(Context &);
Response streamUser(Context &);
Response streamUserNotifications(Context &);
Response streamPublic(Context &);
Response streamPublicLocal(Context &);
Response streamPublicRemote(Context &);
Response streamHashtag(Context &);
Response streamHashtagLocal(Context &);
// timelines.cpp
Response homeTimeline(Context &);
Response publicTimeline(Context &);
// notifications.cpp
Response notifications(Context &);
Response notification(Context &);
Response dismissNotification(Context &);
Response clearNotifications(Context &);

} // namespace tusk::server::api
