<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Block %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will not be able to follow you or see your posts, and you will not see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will not see their posts. They will not know they are muted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>, needs a new login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column from this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountPage</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of your server. Your browser opens its login page; after you approve, you are back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser to log in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddColumnDialog</name>
    <message>
        <source>Add a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer Tuskline does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send the login to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, so it was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request (400 Bad Request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in, or your login has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: it may have been deleted (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (408).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is gone from the server (410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too large for the server (413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process this (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (500). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unreachable behind its gateway (502). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (503). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long behind its gateway (504). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be found. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Avatar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlurhashImage</name>
    <message>
        <source>Sensitive content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What’s on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters left</source>
        <translation>
            <numerusform>%n characters left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Could not read the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --account or --instance, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a login: pass --token (or set TUSKLINE_TOKEN) with --instance, or log in with &quot;tuskline-cli login %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token needs --instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account %1. See &quot;tuskline-cli accounts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is logged in. Log in with &quot;tuskline-cli login URL&quot;, or pass --instance and --token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved login for %1 is gone. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login for %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again with &quot;tuskline-cli login %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tuskline-cli --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts on %1 have a cache (%2); pick one with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from %1 is cached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whom the token belongs to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full; the cache of %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 is damaged or not a database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be written (journal mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Tuskline (schema %2, this version knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the cache %1 to schema %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckColumn</name>
    <message>
        <source>Column %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistoryDialog</name>
    <message>
        <source>Original post by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of this post, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExploreHome</name>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server shows no trends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server shows no trends, and you follow no hashtags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) recently</source>
        <translation>
            <numerusform>%n post recently</numerusform>
            <numerusform>%n posts recently</numerusform>
        </translation>
    </message>
    <message>
        <source>Trending posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent posts on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>The passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log into your local instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tuskline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own instance on this computer already has an account. Log in to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuskline comes with your own small server on this computer. You can read and post right away, even without a network. Choose the account you will use there; you are asked only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How others see your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keychain to keep your login safe on this computer (%1). Tuskline never writes logins to disk in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my login for this session only (I will log in again next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log into another server instead…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowedTagsPage</name>
    <message>
        <source>Followed tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow no hashtags yet. Open a hashtag and follow it to see its posts in your home timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll (several choices):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1%, votes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CW: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ @%1 boosted · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ in reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boosts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourites %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boost id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you follow them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poll has ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quoted your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1 times recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapDelegate</name>
    <message>
        <source>Loading missing posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load missing posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Members of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the accounts you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the accounts you follow to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the accounts you follow matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in this list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the selected account, Delete removes the selected member, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lists yet. Name one above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list “%1”? Its members are not unfollowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tuskline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Tuskline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Sensitive content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationHeader</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poll has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications of this type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Unknown application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is not registered for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many login attempts. Please wait a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This view is not available in this version of Tuskline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to your account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollView</name>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link to profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership of this link was checked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts · %2 following · %3 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approves followers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotePreview</name>
    <message>
        <source>Quoted post by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the moderators what is wrong. The account is not told who reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send to the account&apos;s own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account to send the report with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is illegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It breaks the server&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts, hashtags and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) recently</source>
        <translation>
            <numerusform>%n post recently</numerusform>
            <numerusform>%n posts recently</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfollow #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Cannot open %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed for %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  tuskline-server serve [--data DIR] [--listen HOST:PORT] [--public-url URL]
                        [--tls-cert CERT.pem --tls-key KEY.pem]
  tuskline-server user add NAME [--email ADDR] [--admin] [--data DIR]
  tuskline-server user list [--data DIR]
  tuskline-server reports [--all] [--data DIR]
  tuskline-server reports resolve ID [--data DIR]
  tuskline-server user passwd NAME [--data DIR]
  tuskline-server token NAME [--scopes &quot;read write follow push&quot;] [--data DIR]
Passwords are read from standard input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open report %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 resolved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run my own instance on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with --no-local: the local instance stays off this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at %1 (only this computer can reach it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: logins are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: logins cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace, Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus column 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to account 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the local timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the federated timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the post&apos;s thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the author&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide text behind a content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the post (in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActionBar</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boost(s)</source>
        <translation>
            <numerusform>%n boost</numerusform>
            <numerusform>%n boosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n favourite</numerusform>
            <numerusform>%n favourites</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the thread, f favourites, b boosts, r replies, x shows the content warning, Menu key for more actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Edited %1, show edit history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <source>Open thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete and redraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show edit history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boosted %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s): %1</source>
        <translation>
            <numerusform>%n attachment: %1</numerusform>
            <numerusform>%n attachments: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll with %n option(s): %1</source>
        <translation>
            <numerusform>Poll with %n option: %1</numerusform>
            <numerusform>Poll with %n options: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Quoting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boost(s)</source>
        <translation>
            <numerusform>%n boost</numerusform>
            <numerusform>%n boosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n favourite</numerusform>
            <numerusform>%n favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poll has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadPage</name>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n new post</numerusform>
            <numerusform>%n new posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop Mastodon client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the local instance this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tuskline-cli --help&quot; for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::app::AppController</name>
    <message>
        <source>Your accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local instance is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keychain to keep your login in. Allow Tuskline to keep it for this session only, or set up a keychain and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Type something like mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering Tuskline with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account to post with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post could not be queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report sent to the moderators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::app::LocalAuthorizer</name>
    <message>
        <source>Your local instance did not accept the username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many login attempts. Please wait a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local instance refused the login (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::app::LocalInstance</name>
    <message>
        <source>Could not create the folder %1 for your local instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local instance could not open its data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local instance could not use port %1 (%2). Another program may be using it; close it and start Tuskline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local instance could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username is 1 to 30 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your local instance is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::auth::AccountManager</name>
    <message>
        <source>The saved login for this account is gone. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be told to forget the login (%1); it was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::auth::AccountStore</name>
    <message>
        <source>Could not read the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::auth::LoopbackListener</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::auth::OAuthLogin</name>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter something like https://mastodon.social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a local port for the login redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept Tuskline as an app: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered Tuskline but sent no client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login has already finished. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this login (state mismatch). Please try logging in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer did not match the login Tuskline started. Please try again from Tuskline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You denied Tuskline access to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no login code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no login code. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuskline received your login. You can close this tab and return to Tuskline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login code was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the login code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in, but %1 would not show the account: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::auth::TokenStore</name>
    <message>
        <source>No saved login was found in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so your login cannot be saved securely (%1). Install and unlock a keychain such as GNOME Keyring or KWallet, or allow Tuskline to keep the login for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: your login is kept for this session only and you will need to log in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::cache::QueueRunner</name>
    <message>
        <source>The post this refers to could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown queued action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::cache::TimelineCache</name>
    <message>
        <source>The timeline cache could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::cache::TimelineLoader</name>
    <message>
        <source>The timeline could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::cli</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs the server address, e.g. tuskline-cli login https://mastodon.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser, log in and approve Tuskline; then paste the code the server shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to log in (waiting for the answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was given; not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was not completed in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as @%1 on %2; this is now the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Log in with &quot;tuskline-cli login URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout takes at most one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log out completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what the server is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s description of itself is unusable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  software: %1 %2 (Mastodon API %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  posts: up to %1 characters, %2 attachments, polls of %3 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  streaming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account? Give user or user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an account: user or user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer follow @%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now follow @%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked @%1 to approve your follow request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm following @%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is one of accounts, statuses, hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline tag needs a hashtag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline needs one of: home, local, public, tag NAME, list ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cached %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Some posts here were never loaded; they are not in the cache.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Only the post is cached, not its thread.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1 needs the number of an action (see &quot;tuskline-cli queue&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login; #%1 stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server; #%1 stays queued%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue takes nothing, or retry SEQ, or drop SEQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action #%1 in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is being sent right now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped #%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 could not be put back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server can only search for accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream needs one of: user, public, local, tag NAME, list ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; waiting for events (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the streaming server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream dropped; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login for streaming. Check the token or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[edited]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[deleted] id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::cli::Cached</name>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation>
            <numerusform>(%n attempt)</numerusform>
            <numerusform>(%n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tusk::cli::Command</name>
    <message>
        <source>login URL [--oob] [--no-browser]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a server in the browser. Without --oob a local port receives the answer; with --oob paste the code the server shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts [--set-default ACCT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stored accounts; * marks the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout [ACCT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the login on the server and forget the account here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account the login belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post TEXT|- [--cw TEXT] [--visibility public|unlisted|private|direct] [--language L] [--media FILE [--alt TEXT]]... [--sensitive] [--reply-to ID] [--poll OPTION]... [--poll-expires SECONDS] [--poll-multiple]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a post (&quot;-&quot; reads it from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fav ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfav ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a favourite back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boost ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unboost ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a boost back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbookmark ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a bookmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow ACCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow an account (user or user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfollow ACCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search QUERY [--type accounts|statuses|hashtags] [--resolve] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts, hashtags and posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the server is and what it supports (no login needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] [--all] [--cached]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a timeline, newest first; --all follows the pages to the end. --cached reads what the app has cached, without the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications [--limit N] [--max-id ID] [--all] [--cached]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread ID [--cached]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a post with what it replies to and the replies (--cached: as far as the app has it cached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream user|public|local|tag NAME|list ID [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show live events until Ctrl+C (or N events); reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue [retry SEQ | drop SEQ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the app (or this tool) did offline and has not sent yet; retry sends a failed or waiting action now, drop forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tuskline-cli [GLOBAL OPTIONS] COMMAND [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --account ACCT         use this stored account instead of the default one
  --instance URL         talk to this server without a stored account
  --token TOKEN          access token for --instance (or set TUSKLINE_TOKEN,
                         which keeps it out of the process list)
  --json                 one entity per line as compact JSON
  --quiet                no confirmations or progress messages
  --help, --version

Exit codes: 0 ok, 2 usage, 3 login needed or rejected, 4 network,
5 server error or an answer that cannot be used, 1 local failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tuskline-cli [GLOBAL OPTIONS] %1
%2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::cli::Statuses</name>
    <message>
        <source>Favourited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfavourited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boosted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unboosted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the bookmark on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post needs exactly one text argument (quote it, or use &quot;-&quot; to read it from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visibility is one of public, unlisted, private, direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alt describes the --media just before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poll needs at least two --poll options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post can have media or a poll, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-expires and --poll-multiple need --poll options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still processing %1; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not publish the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread needs the id of a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the thread of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the id of a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 post %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::entities</name>
    <message>
        <source>a CredentialAccount requires a source object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-serialised value does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values differ after a round trip but serialise identically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip changed the value at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::explore::ListMembersController</name>
    <message>
        <source>Could not load the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the accounts you follow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be added: a list can only hold accounts you follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::explore::SearchController</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the follow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::json</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable value (%1) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object (Markers), got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::models::StatusListModel</name>
    <message>
        <source>Missing posts. Activate to load them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your post could not be sent: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your post, not sent yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::server</name>
    <message>
        <source>The WebP image is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has too many pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::server::HttpAdapter</name>
    <message>
        <source>This build of Qt has no TLS support (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::server::Server</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no data directory open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::server::admin</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 72 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames are 1 to 30 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That username or e-mail address is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not issue the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::server::api</name>
    <message>
        <source>Read all your account&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify all your account&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify account relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive push notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only your account&apos;s profile information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to use your account on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for permission to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this code and paste it into the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Content type must be text/plain or text/markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Media attachments are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Media attachments are too many (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Media attachment %1 was not found or is already attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Poll must have at least 2 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Poll can&apos;t contain more than %1 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Poll options can&apos;t be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Poll options can&apos;t be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Poll options must not have duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Poll expiration must be between %1 and %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Polls cannot be combined with media attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Text can&apos;t be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Text character limit of %1 exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Media attachment %1 is not in the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Description is too long (maximum is %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Focus must be two numbers from -1 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: File can&apos;t be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: File has an unsupported type (accepted: JPEG, PNG, GIF and WebP images, MP4 and WebM video, MP3, Ogg and WAV audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File is too large: %1 (the limit for this type is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the media attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: A boost cannot be pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Only your own posts can be pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: A direct post cannot be pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: You can pin at most %1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pin the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mute the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: You cannot vote in your own poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: The poll has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: You have already voted on this poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Choices are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: Choices can&apos;t be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: This poll allows only one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: You cannot do this to your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not block the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mute the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::session::AccountSession</name>
    <message>
        <source>The server no longer accepts this account&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::streaming::StreamingClient</name>
    <message>
        <source>The server refused the stream %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecodable %1 event: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heartbeat for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::views::ProfileController</name>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel follow request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tusk::views::TimeFormat</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, short</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, short</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, short</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days, short</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format within this year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>closes in %n minute(s)</source>
        <translation>
            <numerusform>closes in %n minute</numerusform>
            <numerusform>closes in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closes in %n hour(s)</source>
        <translation>
            <numerusform>closes in %n hour</numerusform>
            <numerusform>closes in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closes in %n day(s)</source>
        <translation>
            <numerusform>closes in %n day</numerusform>
            <numerusform>closes in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
