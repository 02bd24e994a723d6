#pragma once
#include "server/context.h"

namespace tusk::server::api {

// Mastodon's `poll` notification: once a poll has ended, its author and everyone who voted hear
// about it (once). Called from a timer; notifications go to Store::events like any request's.
void notifyEndedPolls(ServerCore &core);

} // namespace tusk::server::api
