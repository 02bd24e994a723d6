<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Main</name>
    <message>
        <source>Tuskline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your timelines will appear here.</source>
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
    <name>main</name>
    <message>
        <source>Desktop Mastodon client</source>
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
        <source>timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a timeline, newest first; --all follows the pages to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications [--limit N] [--max-id ID] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notifications, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a post with what it replies to and the replies.</source>
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
</context>
<context>
    <name>tusk::entities::KindImpl</name>
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
</context>
</TS>
