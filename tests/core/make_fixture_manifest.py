#!/usr/bin/env python3
"""Generate tests/core/fixtures-manifest.json from the shared fixtures folder.

Usage:
    python3 tests/core/make_fixture_manifest.py /work/shared/fixtures > tests/core/fixtures-manifest.json
    python3 tests/core/make_fixture_manifest.py /work/shared/fixtures -o tests/core/fixtures-manifest.json

Every file under the fixtures root gets one entry: which entity kind the C++ data-driven test
(tst_fixtures) must parse it as, and whether a correct parser must accept or reject it. The kind
comes from each folder's index.json (endpoint- or shape-derived entity names, the docs heading a
block sits under), mapped to Tuskline's entity kinds by the rules below; explicit per-file
decisions live in OVERRIDES with a reason each.

Every decision is then checked against the JSON shape (SHAPE_CHECKS). The table of counts and the
list of disagreements go to stderr; the script exits non-zero when a `valid` entry fails its shape
check, an `invalid` one passes it, or a file matches no rule, so a new fixture or a wrong rule
cannot slip through unnoticed. Output is deterministic (sorted keys, no timestamps).
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

# Entity kinds the C++ registry (tusk::entities::parseAs) knows. A trailing [] means a JSON array
# of that kind.
ENTITY_KINDS = {
    "Account", "CredentialAccount", "Status", "MediaAttachment", "Poll", "PreviewCard",
    "CustomEmoji", "Tag", "Mention", "Application", "Token", "Error", "Notification",
    "GroupedNotificationsResults", "Relationship", "InstanceV1", "InstanceV2", "Context", "Marker",
    "Markers", "List", "Filter", "FilterKeyword", "FilterStatus", "FilterResult", "StatusEdit",
    "StatusSource", "Conversation", "Search", "Announcement", "Preferences", "FeaturedTag",
    "ScheduledStatus", "Translation", "Report", "Suggestion", "FamiliarFollowers",
    "WebPushSubscription", "NodeInfo", "UnreadCount", "Rule", "Role", "StreamingEvent",
}
OTHER_KINDS = {"json", "sse", "payload", "index", "doc"}

# ---------------------------------------------------------------------------------------------
# Explicit per-file decisions (path relative to the fixtures root). Each has a reason.
# ---------------------------------------------------------------------------------------------
OVERRIDES = {
    # --- files that are not the entity they claim to be ---
    "tootsdk/relationship_sharkey.json": {
        "kind": "Relationship", "expect": "invalid",
        "why": "Sharkey (Misskey fork) relationship without an id: a Relationship needs the id of "
               "the account it describes"},
    "gotosocial/test-normalised/statuses__TestPostNewScheduledStatusISO8601Offset.json": {
        "kind": "ScheduledStatus", "expect": "valid",
        "why": "in test-normalised/, but the GoToSocial test helper only replaced the id with "
               "'ZZZZZZZZZZZZZZZZZZZZZZZZZZ' (still a string id); nothing else was garbled "
               "(scheduled_at is a real ISO 8601 date, params intact), so it is a well-formed "
               "ScheduledStatus and a correct parser must accept it"},
    "mastodonkit/Reports.json": {
        "kind": "json",
        "why": "MastodonKit 1.x-era GET /api/v1/reports listing (endpoint removed from Mastodon): "
               "only id plus action_taken as a free-text string, no target_account/created_at; "
               "not the modern Report entity, and Tuskline never lists reports"},
    # --- partial / variant entities ---
    "mastodon-docs/entities/Account_2.json": {
        "kind": "json",
        "why": "PartialAccountWithAvatar (grouped notifications partial_accounts): no username or "
               "display_name, so not a full Account; parsed as part of "
               "GroupedNotificationsResults instead"},
    "mastodon-docs/entities/Tag_2.json": {
        "kind": "Tag",
        "why": "Admin::Tag is a Tag plus admin fields (trendable, usable, requires_review...); a "
               "Tag parser must accept it and ignore the extra fields"},
    "mastodon-docs/entities/PreviewCard_4.json": {
        "kind": "PreviewCard",
        "why": "Trends::Link is a PreviewCard plus history; a PreviewCard parser must accept it"},
    "mastodon-docs/entities/ShallowTag.json": {
        "kind": "Tag",
        "why": "ShallowTag {name, url} is the shape of Status.tags entries; the Tag parser is used "
               "for those, so history must be optional"},
    "mastodonkit/Tag.json": {
        "kind": "Tag",
        "why": "{name, url} only: the Status.tags entry shape (Mastodon 1.x Tag); history must be "
               "optional in the Tag parser"},
    "mastodon-docs/methods/tags_7.json": {
        "kind": "Tag", "why": "Feature a hashtag: Tag without an id (id is optional in practice)"},
    "mastodon-docs/methods/tags_9.json": {
        "kind": "Tag", "why": "Unfeature a hashtag: Tag without an id (id is optional in practice)"},
    "mastodon-docs/methods/statuses_1.json": {
        "kind": "ScheduledStatus",
        "why": "Post a new status: the docs example is the scheduled_at variant, which returns a "
               "ScheduledStatus instead of a Status"},
    "mastodon-docs/methods/streaming_5.json": {
        "kind": "StreamingEvent",
        "why": "filters_changed WebSocket event: the envelope has no payload at all, which is "
               "what Mastodon sends for that event"},
    "mastodon-docs/streaming/ws_event_filters_changed.json": {
        "kind": "StreamingEvent",
        "why": "filters_changed WebSocket event: the envelope has no payload at all, which is "
               "what Mastodon sends for that event"},
    "mastodon-docs/methods/accounts_29.json": {
        "kind": "FeaturedTag[]",
        "why": "older docs example of featured tags without url; url must be optional"},
    "bigbone/search_only_accounts.json": {
        "kind": "Search",
        "why": "BigBone hand-edited partial Search with only 'accounts'; missing result arrays "
               "must read as empty (odd but harmless)"},
    "tootsdk/markers_unix_timestamp.json": {
        "kind": "Markers",
        "why": "odd but valid server variant: updated_at is a Unix timestamp string "
               "(\"1740308876.000000\") instead of ISO 8601; the marker itself is usable"},
    "tootsdk/familiar_followers_nofollowers.json": {
        "kind": "FamiliarFollowers",
        "why": "a single FamiliarFollowers object (TootSDK unit-test resource) rather than the "
               "endpoint's array"},
    "bigbone/instance.json": {
        "kind": "InstanceV2", "why": "GET /api/v2/instance shape (domain, usage, thumbnail)"},
    "gotosocial/admin__TestEmojiDelete1.json": {
        "kind": "CustomEmoji",
        "why": "GoToSocial admin emoji: CustomEmoji plus admin fields (id, disabled, updated_at)"},
    "gotosocial/admin__TestEmojiGet2.json": {
        "kind": "CustomEmoji",
        "why": "GoToSocial admin emoji: CustomEmoji plus admin fields (id, disabled, domain)"},
    "bigbone/notifications.json": {
        "kind": "Notification[]",
        "why": "BigBone hand-edited from an abbreviated docs example: the second notification's "
               "status is a stub {id, created_at, in_reply_to_*, account} with no content; it "
               "still has its id, author and date, so it is accepted with empty content"},
    "bigbone/grouped_notifications_get_all_success.json": {
        "kind": "GroupedNotificationsResults",
        "why": "BigBone hand-edited: statuses[0] is a stub {id, created_at, account} with no "
               "content; accepted with empty content (id, author and date are there)"},
    "bigbone/search.json": {
        "kind": "Search", "expect": "invalid",
        "why": "BigBone hand-edited: statuses[0] has no account (only id, created_at, "
               "spoiler_text, content); a Status needs its account"},
    "bigbone/search_for_statuses_ranging_ids.json": {
        "kind": "Search", "expect": "invalid",
        "why": "BigBone hand-edited partial Search whose statuses have no account; a Status "
               "needs its account"},
    "bigbone/trends_view_trending_statuses_success.json": {
        "kind": "Status[]", "expect": "invalid",
        "why": "GET /api/v1/trends/statuses returns Status[], but BigBone's hand-edited element "
               "has no account (only id, created_at, content, ...); not a Status"},
    "mastodon-docs/methods/collections_2.json": {
        "kind": "Error", "expect": "invalid",
        "why": "Collections docs 422 example nests the error object inside 'error' (error is an "
               "object, not a string): not the Error entity; the caller must fall back to the "
               "HTTP status"},
    "mastodon-docs/methods/collections_5.json": {
        "kind": "Error", "expect": "invalid",
        "why": "Collections docs 422 example nests the error object inside 'error' (error is an "
               "object, not a string): not the Error entity; the caller must fall back to the "
               "HTTP status"},
    "mastodonkit/Results.json": {
        "kind": "Search",
        "why": "Mastodon 1.x /api/v1/search result (removed in 3.0): hashtags are plain strings; "
               "old servers still answer like this, so each string is read as a Tag name"},
    "mastodon-docs/methods/statuses_13.json": {
        "kind": "json",
        "why": "Translate a status (methods page) example gives poll as an ARRAY of one object "
               "with a numeric id, unlike the Translation entity page (an object with a string "
               "id) and real servers; too unreliable to pin parser behaviour on"},
    "tootsdk/scheduled_post_reply.json": {
        "kind": "ScheduledStatus",
        "why": "odd but valid: params.in_reply_to_id is a JSON number above 2^53 "
               "(110883505948339014, older Mastodon serialised it as an integer); QJsonDocument "
               "reads it as a double and loses the last digits, so a round-trip comparison must "
               "not depend on it"},
    "mastodon-py/test_entity_scheduledstatus__001_POST_api_v1_statuses.json": {
        "kind": "ScheduledStatus",
        "why": "POST /api/v1/statuses with scheduled_at returns a ScheduledStatus"},
    "mastodon-py/test_entity_trendinglinkhistory__001_GET_api_v1_trends_links.json": {
        "kind": "PreviewCard[]",
        "why": "GET /api/v1/trends/links returns Trends::Link = PreviewCard plus history"},
    "bigbone/admin_trends_trending_links_success.json": {
        "kind": "PreviewCard[]",
        "why": "admin trending links are Trends::Link = PreviewCard plus history (and admin "
               "fields); a PreviewCard parser must accept them"},
}

# ---------------------------------------------------------------------------------------------
# Name mapping for index.json entity names (entity_from_endpoint / entity_guess).
# Value: kind, or ("json", why).
# ---------------------------------------------------------------------------------------------
NAME_MAP = {
    "V1_Instance": "InstanceV1",
    "Instance": "InstanceV2",
    "Marker{}": "Markers",
    "NodeInfoLinks": ("json", "NodeInfo discovery document (/.well-known/nodeinfo links)"),
    "DomainBlock[]": ("json", "public instance domain-block list (/api/v1/instance/domain_blocks), "
                              "not modelled"),
    "InstanceActivity": ("json", "instance weekly activity, not modelled"),
    "InstanceActivity[]": ("json", "instance weekly activity, not modelled"),
    "InstanceLanguage[]": ("json", "supported languages list, not modelled"),
    "ExtendedDescription": ("json", "instance extended description, not modelled"),
    "TermsOfService": ("json", "instance terms of service, not modelled"),
    "OAuthServerMetadata": ("json", "OAuth authorization-server metadata document"),
    "OAuthUserInfo": ("json", "OAuth/OpenID userinfo document"),
    "NotificationPolicy": ("json", "notification filtering policy, not modelled"),
    "NotificationRequest": ("json", "notification request, not modelled"),
    "NotificationRequest[]": ("json", "notification requests, not modelled"),
    "NotificationsMerged": ("json", "{merged: bool} status document, not modelled"),
    "V1_Filter[]": ("json", "v1 (client-side) filters, not used by the client"),
    "str[]": ("json", "array of strings (domain names)"),
    "string[]": ("json", "array of strings (domain names)"),
    "TrendsLink[]": "PreviewCard[]",
}
ADMIN_WHY = "admin API entity, not used by the client"

# Per-file decisions for index entries that have no usable entity name (None, unclassified, ?[]).
UNCLASSIFIED = {
    "bigbone/admin_accounts_approve_success.json": ("json", ADMIN_WHY + " (Admin::Account)"),
    "bigbone/admin_accounts_enable_disabled_success.json": ("json", ADMIN_WHY + " (Admin::Account)"),
    "bigbone/admin_accounts_view_account_success.json": ("json", ADMIN_WHY + " (Admin::Account)"),
    "bigbone/admin_accounts_view_accounts_success.json": ("json", ADMIN_WHY + " (Admin::Account[])"),
    "gotosocial/admin__TestAccountsGetFromTop.json": ("json", ADMIN_WHY + " (Admin::Account[])"),
    "gotosocial/admin__TestDomainPermissionSubscriptionTestText.json":
        ("json", ADMIN_WHY + " (GoToSocial domain permission subscription test result)"),
    "gotosocial/admin__TestEmojiCategoriesGet.json":
        ("json", ADMIN_WHY + " (GoToSocial emoji categories)"),
    "gotosocial/exports__TestExports.json":
        ("json", "GoToSocial account export statistics, not modelled"),
    "gotosocial/instance__TestInstancePeersGetAllWithObfuscated.json":
        ("json", "GoToSocial /api/v1/instance/peers?filter=... domain objects, not modelled"),
    "gotosocial/tokens__TestTokenGet.json":
        ("json", "GoToSocial token-info entity (no access_token), not an OAuth Token"),
    "tootsdk/mastodon_asyncrefresh_v1_alpha.json": ("json", "AsyncRefresh, not modelled"),
    "tootsdk/quote.json":
        ("json", "Quote wrapper {state, quoted_status}: only parsed inside Status.quote"),
}

# mastodon-docs entities/: file stem (without _N) -> kind or ("json", why).
DOCS_ENTITY_MAP = {
    "Account": "Account", "Announcement": "Announcement", "Application": "Application",
    "CustomEmoji": "CustomEmoji", "Error": "Error", "FeaturedTag": "FeaturedTag",
    "Filter": "Filter", "FilterKeyword": "FilterKeyword", "FilterResult": "FilterResult",
    "FilterStatus": "FilterStatus", "Instance": "InstanceV2", "V1_Instance": "InstanceV1",
    "List": "List", "Marker": "Marker", "MediaAttachment": "MediaAttachment", "Poll": "Poll",
    "Preferences": "Preferences", "PreviewCard": "PreviewCard", "Relationship": "Relationship",
    "Report": "Report", "Role": "Role", "Rule": "Rule", "ScheduledStatus": "ScheduledStatus",
    "Status": "Status", "StatusSource": "StatusSource", "Tag": "Tag", "Token": "Token",
    "Translation": "Translation", "WebPushSubscription": "WebPushSubscription",
    "AnnualReport": ("json", "annual report (Wrapstodon), not modelled"),
    "AsyncRefresh": ("json", "AsyncRefresh, not modelled"),
    "Collection": ("json", "collection (featured collections), not modelled"),
    "CollectionItem": ("json", "collection item, not modelled"),
    "DomainBlock": ("json", "public instance domain block, not modelled"),
    "ExtendedDescription": ("json", "instance extended description, not modelled"),
    "FeatureApproval": ("json", "feature approval policy, not modelled"),
    "IdentityProof": ("json", "identity proof (removed from Mastodon), not modelled"),
    "NotificationPolicy": ("json", "notification filtering policy, not modelled"),
    "V1_NotificationPolicy": ("json", "v1 notification filtering policy, not modelled"),
    "PrivacyPolicy": ("json", "instance privacy policy, not modelled"),
    "Profile": ("json", "Profile (profile-editing API), not modelled"),
    "Quote": ("json", "Quote wrapper {state, quoted_status}: only parsed inside Status.quote"),
    "QuoteApproval": ("json", "quote approval policy, not modelled"),
    "Reaction": ("json", "array of announcement reactions: parsed only inside Announcement"),
    "ShallowQuote": ("json", "ShallowQuote {state, quoted_status_id}, not modelled"),
    "TermsOfService": ("json", "instance terms of service, not modelled"),
    "V1_Filter": ("json", "v1 (client-side) filter, not used by the client"),
}

# mastodon-docs methods/: (page, method anchor) -> kind or ("json", why), for the 2xx blocks.
# Error bodies ({"error": ...}) and empty objects are handled generically.
DOCS_METHOD_MAP = {
    ("accounts", "verify_credentials"): "CredentialAccount",
    ("accounts", "update_credentials"): "CredentialAccount",
    ("accounts", "get"): "Account",
    ("accounts", "index"): "Account[]",
    ("accounts", "featured_tags"): "FeaturedTag[]",
    ("accounts", "lists"): "List[]",
    ("accounts", "follow"): "Relationship",
    ("accounts", "unfollow"): "Relationship",
    ("accounts", "remove_from_followers"): "Relationship",
    ("accounts", "block"): "Relationship",
    ("accounts", "unblock"): "Relationship",
    ("accounts", "mute"): "Relationship",
    ("accounts", "unmute"): "Relationship",
    ("accounts", "pin"): "Relationship",
    ("accounts", "unpin"): "Relationship",
    ("accounts", "endorsements"): "Account[]",
    ("accounts", "endorse"): "Relationship",
    ("accounts", "unendorse"): "Relationship",
    ("accounts", "note"): "Relationship",
    ("accounts", "relationships"): "Relationship[]",
    ("accounts", "identity_proofs"): ("json", "identity proofs (removed from Mastodon)"),
    ("announcements", "get"): "Announcement[]",
    ("annual_reports", "get-state"): ("json", "annual report state, not modelled"),
    ("apps", "create"): "Application",
    ("async_refreshes", "show"): ("json", "AsyncRefresh, not modelled"),
    ("domain_blocks", "get"): ("json", "array of blocked domain names (strings)"),
    ("endorsements", "get"): "Account[]",
    ("featured_tags", "get"): "FeaturedTag[]",
    ("featured_tags", "feature"): "FeaturedTag",
    ("filters", "get-one"): "Filter",
    ("filters", "create"): "Filter",
    ("filters", "update"): "Filter",
    ("filters", "keywords-create"): "FilterKeyword",
    ("filters", "keywords-get-one"): "FilterKeyword",
    ("filters", "keywords-update"): "FilterKeyword",
    ("filters", "statuses-add"): "FilterStatus",
    ("filters", "statuses-get-one"): "FilterStatus",
    ("filters", "get-one-v1"): ("json", "v1 (client-side) filter, not used by the client"),
    ("filters", "create-v1"): ("json", "v1 (client-side) filter, not used by the client"),
    ("filters", "update-v1"): ("json", "v1 (client-side) filter, not used by the client"),
    ("follow_requests", "accept"): "Relationship",
    ("follow_requests", "reject"): "Relationship",
    ("health", "get"): ("json", "health check document {status}"),
    ("instance", "v2"): "InstanceV2",
    ("instance", "v1"): "InstanceV1",
    ("instance", "activity"): ("json", "instance weekly activity, not modelled"),
    ("instance", "rules"): "Rule[]",
    ("instance", "extended_description"): ("json", "instance extended description, not modelled"),
    ("instance", "privacy_policy"): ("json", "instance privacy policy, not modelled"),
    ("instance", "terms_of_service"): ("json", "instance terms of service, not modelled"),
    ("instance", "terms_of_service_date"): ("json", "instance terms of service, not modelled"),
    ("lists", "get"): "List[]",
    ("lists", "get-one"): "List",
    ("lists", "create"): "List",
    ("lists", "update"): "List",
    ("markers", "get"): "Markers",
    ("markers", "create"): "Markers",
    ("media", "v2"): "MediaAttachment",
    ("media", "v1"): "MediaAttachment",
    ("media", "get"): "MediaAttachment",
    ("media", "update"): "MediaAttachment",
    ("notifications", "get-policy"): ("json", "notification filtering policy, not modelled"),
    ("notifications", "Update the filtering policy for notifications"):
        ("json", "v1 notification filtering policy, not modelled"),
    ("notifications", "requests-merged"): ("json", "{merged: bool} status document"),
    ("oauth", "token"): "Token",
    ("oauth", "userinfo"): ("json", "OAuth/OpenID userinfo document"),
    ("oauth", "authorization-server-metadata"): ("json", "OAuth authorization-server metadata"),
    ("oembed", "get"): ("json", "oEmbed document, not modelled"),
    ("polls", "get"): "Poll",
    ("polls", "vote"): "Poll",
    ("preferences", "get"): "Preferences",
    ("profile", "Get current user profile"): ("json", "Profile (profile-editing API), not modelled"),
    ("profile", "Delete profile avatar"): "CredentialAccount",
    ("profile", "Delete profile header"): "CredentialAccount",
    ("proofs", "get"): ("json", "identity proofs (removed from Mastodon)"),
    ("push", "create"): "WebPushSubscription",
    ("push", "get"): "WebPushSubscription",
    ("push", "update"): "WebPushSubscription",
    ("reports", "post"): "Report",
    ("scheduled_statuses", "get"): "ScheduledStatus[]",
    ("scheduled_statuses", "get-one"): "ScheduledStatus",
    ("scheduled_statuses", "update"): "ScheduledStatus",
    ("statuses", "get"): "Status",
    ("statuses", "index"): "Status[]",
    ("statuses", "translate"): "Translation",
    ("statuses", "source"): "StatusSource",
    ("statuses", "card"): "PreviewCard",
    ("tags", "get"): "Tag",
    ("tags", "follow"): "Tag",
    ("tags", "unfollow"): "Tag",
}
# Pages whose every 2xx block is an admin entity.
DOCS_ADMIN_PAGE_PREFIX = "admin_"

# Which entity a streaming event's payload carries (Mastodon streaming docs).
STREAM_EVENT_PAYLOAD = {
    "update": "Status",
    "status.update": "Status",
    "notification": "Notification",
    "conversation": "Conversation",
    "announcement": "Announcement",
}

# ---------------------------------------------------------------------------------------------
# Shape checks: the minimum a document of each kind has. Each returns None when the value fits,
# else a short reason. They are deliberately about structure (keys and types), not about every
# optional field.
# ---------------------------------------------------------------------------------------------
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


def _is_id(v):
    return (isinstance(v, str) and v != "") or (isinstance(v, int) and not isinstance(v, bool))


def _need(d, keys, types):
    if not isinstance(d, dict):
        return "not an object"
    for k in keys:
        if k not in d:
            return f"missing '{k}'"
        t = types.get(k)
        if t == "id":
            if not _is_id(d[k]):
                return f"'{k}' is not an id"
        elif t == "date":
            if not (isinstance(d[k], str) and ISO_DATE.match(d[k])):
                return f"'{k}' is not an ISO 8601 date: {str(d[k])[:40]!r}"
        elif t is not None and not isinstance(d[k], t):
            return f"'{k}' has type {type(d[k]).__name__}"
    return None


def _opt(d, key, kind):
    """Optional nested entity: absent/null is fine, otherwise it must pass its check."""
    if key not in d or d[key] is None:
        return None
    err = check(kind, d[key])
    return f"{key}: {err}" if err else None


def _each(d, key, kind, required=False):
    if key not in d or d[key] is None:
        return f"missing '{key}'" if required else None
    if not isinstance(d[key], list):
        return f"'{key}' is not an array"
    for i, v in enumerate(d[key]):
        err = check(kind, v)
        if err:
            return f"{key}[{i}]: {err}"
    return None


def _first(*errs):
    for e in errs:
        if e:
            return e
    return None


def c_account(d):
    return _first(_need(d, ["id", "username", "acct"], {"id": "id", "username": str, "acct": str}),
                  _each(d, "emojis", "CustomEmoji"), _opt(d, "moved", "Account"))


def c_credential_account(d):
    return _first(c_account(d), _need(d, ["source"], {"source": dict}))


def c_status(d):
    # A Status needs an id, its author and a valid date. A missing "content" reads as empty:
    # DELETE /api/v1/statuses/:id answers with the source "text" instead, and hand-edited or
    # media-only posts from some servers omit it.
    err = _need(d, ["id", "account", "created_at"],
                {"id": "id", "account": dict, "created_at": "date"})
    if not err:
        for body in ("content", "text"):
            if body in d and d[body] is not None and not isinstance(d[body], str):
                err = "%s is not a string" % body
    if err:
        return err
    return _first(
        _opt(d, "account", "Account"), _opt(d, "reblog", "Status"), _opt(d, "poll", "Poll"),
        _opt(d, "card", "PreviewCard"),
        _each(d, "media_attachments", "MediaAttachment"), _each(d, "mentions", "Mention"),
        _each(d, "tags", "Tag"), _each(d, "emojis", "CustomEmoji"),
        _each(d, "filtered", "FilterResult"))


def c_poll(d):
    err = _need(d, ["id", "options"], {"id": "id", "options": list})
    if err:
        return err
    if d.get("expires_at") is not None and not ISO_DATE.match(str(d["expires_at"])):
        return f"'expires_at' is not an ISO 8601 date: {str(d['expires_at'])[:40]!r}"
    return None


def c_notification(d):
    return _first(_need(d, ["id", "type", "created_at", "account"],
                        {"id": "id", "type": str, "created_at": "date", "account": dict}),
                  _opt(d, "account", "Account"), _opt(d, "status", "Status"))


def c_grouped(d):
    return _first(_need(d, ["notification_groups"], {"notification_groups": list}),
                  _each(d, "accounts", "Account"), _each(d, "statuses", "Status"))


def c_context(d):
    return _first(_each(d, "ancestors", "Status", True), _each(d, "descendants", "Status", True))


def c_markers(d):
    if not isinstance(d, dict) or not d:
        return "not a non-empty object"
    for k, v in d.items():
        err = check("Marker", v)
        if err:
            return f"{k}: {err}"
    return None


def c_conversation(d):
    return _first(_need(d, ["id", "accounts"], {"id": "id", "accounts": list}),
                  _each(d, "accounts", "Account"), _opt(d, "last_status", "Status"))


def c_search(d):
    if not isinstance(d, dict) or not any(k in d for k in ("accounts", "statuses", "hashtags")):
        return "no accounts/statuses/hashtags"
    tags = d.get("hashtags")
    if isinstance(tags, list) and all(isinstance(t, str) for t in tags):
        tags_err = None  # v1 search: hashtags as plain names
    else:
        tags_err = _each(d, "hashtags", "Tag")
    return _first(_each(d, "accounts", "Account"), _each(d, "statuses", "Status"), tags_err)


def c_status_edit(d):
    return _first(_need(d, ["content", "created_at", "account"],
                        {"content": str, "created_at": "date", "account": dict}),
                  _opt(d, "account", "Account"))


def c_report(d):
    return _first(_need(d, ["id", "target_account"], {"id": "id", "target_account": dict}),
                  _opt(d, "target_account", "Account"))


def c_streaming_event(d):
    err = _need(d, ["stream", "event"], {"stream": list, "event": str})
    if err:
        return err
    if "payload" in d and not isinstance(d["payload"], str):
        return "'payload' is not a string"
    return None


def c_translation(d):
    err = _need(d, ["content"], {"content": str})
    if err:
        return err
    if d.get("poll") is not None and not isinstance(d["poll"], dict):
        return "'poll' is not an object"
    if not isinstance(d.get("media_attachments", []), list):
        return "'media_attachments' is not an array"
    return None


SHAPE_CHECKS = {
    "Account": c_account,
    "CredentialAccount": c_credential_account,
    "Status": c_status,
    "MediaAttachment": lambda d: _need(d, ["id", "type"], {"id": "id", "type": str}),
    "Poll": c_poll,
    "PreviewCard": lambda d: _need(d, ["url", "title", "type"],
                                   {"url": str, "title": str, "type": str}),
    "CustomEmoji": lambda d: _need(d, ["shortcode", "url", "static_url"],
                                   {"shortcode": str, "url": str, "static_url": str}),
    "Tag": lambda d: _need(d, ["name", "url"], {"name": str, "url": str}),
    "Mention": lambda d: _need(d, ["id", "username", "acct", "url"],
                               {"id": "id", "username": str, "acct": str, "url": str}),
    "Application": lambda d: _need(d, ["name"], {"name": str}),
    "Token": lambda d: _need(d, ["access_token", "token_type"],
                             {"access_token": str, "token_type": str}),
    "Error": lambda d: _need(d, ["error"], {"error": str}),
    "Notification": c_notification,
    "GroupedNotificationsResults": c_grouped,
    "Relationship": lambda d: _need(d, ["id", "following"], {"id": "id", "following": bool}),
    "InstanceV1": lambda d: _need(d, ["uri", "title"], {"uri": str, "title": str}),
    "InstanceV2": lambda d: _need(d, ["domain", "title"], {"domain": str, "title": str}),
    "Context": c_context,
    "Marker": lambda d: _need(d, ["last_read_id"], {"last_read_id": "id"}),
    "Markers": c_markers,
    "List": lambda d: _need(d, ["id", "title"], {"id": "id", "title": str}),
    "Filter": lambda d: _need(d, ["id", "title", "context"],
                              {"id": "id", "title": str, "context": list}),
    "FilterKeyword": lambda d: _need(d, ["id", "keyword"], {"id": "id", "keyword": str}),
    "FilterStatus": lambda d: _need(d, ["id", "status_id"], {"id": "id", "status_id": "id"}),
    "FilterResult": lambda d: _first(_need(d, ["filter"], {"filter": dict}),
                                     _opt(d, "filter", "Filter")),
    "StatusEdit": c_status_edit,
    "StatusSource": lambda d: _need(d, ["id", "text"], {"id": "id", "text": str}),
    "Conversation": c_conversation,
    "Search": c_search,
    "Announcement": lambda d: _need(d, ["id", "content"], {"id": "id", "content": str}),
    "Preferences": lambda d: _need(d, ["posting:default:visibility"],
                                   {"posting:default:visibility": str}),
    "FeaturedTag": lambda d: _need(d, ["id", "name"], {"id": "id", "name": str}),
    "ScheduledStatus": lambda d: _need(d, ["id", "scheduled_at", "params"],
                                       {"id": "id", "scheduled_at": "date", "params": dict}),
    "Translation": c_translation,
    "Report": c_report,
    "Suggestion": lambda d: _first(_need(d, ["source", "account"],
                                         {"source": str, "account": dict}),
                                   _opt(d, "account", "Account")),
    "FamiliarFollowers": lambda d: _first(_need(d, ["id", "accounts"],
                                                {"id": "id", "accounts": list}),
                                          _each(d, "accounts", "Account")),
    "WebPushSubscription": lambda d: _need(d, ["id", "endpoint", "alerts"],
                                           {"id": "id", "endpoint": str, "alerts": dict}),
    "NodeInfo": lambda d: _need(d, ["version", "software"], {"version": str, "software": dict}),
    "UnreadCount": lambda d: _need(d, ["count"], {"count": int}),
    "Rule": lambda d: _need(d, ["id", "text"], {"id": "id", "text": str}),
    "Role": lambda d: _need(d, ["id", "name"], {"id": "id", "name": str}),
    "StreamingEvent": c_streaming_event,
}
assert set(SHAPE_CHECKS) == ENTITY_KINDS


def check(kind, value):
    """None when value fits kind (which may end in []), else a reason."""
    if kind.endswith("[]"):
        if not isinstance(value, list):
            return "not an array"
        for i, v in enumerate(value):
            err = check(kind[:-2], v)
            if err:
                return f"[{i}]: {err}"
        return None
    if not isinstance(value, dict):
        return "not an object"
    return SHAPE_CHECKS[kind](value)


# ---------------------------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------------------------
def entry(kind, expect=None, why=None, **extra):
    e = {"kind": kind}
    if expect:
        e["expect"] = expect
    if why:
        e["why"] = why
    e.update(extra)
    return e


def from_name(name):
    """index.json entity name -> (kind, why) or None when unknown."""
    if name is None:
        return None
    if name.startswith("Admin_"):
        return "json", ADMIN_WHY + f" ({name.replace('_', '::', 1)})"
    if name in NAME_MAP:
        m = NAME_MAP[name]
        return m if isinstance(m, tuple) else (m, None)
    base = name[:-2] if name.endswith("[]") else name
    if base in ENTITY_KINDS:
        return name, None
    return None


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def classify_library_folder(root, folder):
    """bigbone, gotosocial, mastodon-py, mastodonkit, tootsdk: driven by index.json."""
    out = {}
    for e in load(root / folder / "index.json"):
        rel = f"{folder}/{e['file']}"
        value = load(root / rel)
        if rel in OVERRIDES:
            out[rel] = None  # decided in OVERRIDES (applied last)
            continue
        if rel in UNCLASSIFIED:
            kind, why = UNCLASSIFIED[rel]
            out[rel] = entry(kind, "valid", why)
            continue
        name = e.get("entity_from_endpoint") or e.get("entity_guess")
        mapped = from_name(name)
        # An admin endpoint answering with a user-facing name (Report) is still an admin entity.
        uri = e.get("request", {}).get("uri", "")
        if mapped and "/api/v1/admin/" in uri and mapped[0] != "json":
            mapped = ("json", ADMIN_WHY + f" ({uri.split('/api/')[1].split('?')[0]})")
        if mapped is None:
            raise SystemExit(f"no rule for {rel} (entity name {name!r})")
        kind, why = mapped
        if isinstance(value, dict) and "error" in value and kind != "Error":
            raise SystemExit(f"{rel}: error body classified as {kind}")
        if rel.startswith("gotosocial/test-normalised/"):
            out[rel] = entry(kind, "invalid",
                             "GoToSocial test helper replaced values with garbage (account became "
                             "a string, created_at prose, ids 'ZZZ...'): not what a server sends")
        else:
            req = e.get("request", {})
            if req.get("method") == "DELETE" and kind == "Status" and "content" not in value:
                why = ("odd but valid: DELETE /api/v1/statuses/:id answers with the deleted "
                       "Status carrying its source 'text' instead of 'content' (for "
                       "delete-and-redraft)")
            out[rel] = entry(kind, "valid", why)
    # Folder-specific name-based corrections that index.json cannot express.
    for rel in list(out):
        if rel.startswith("bigbone/admin_reports_") or rel.startswith("gotosocial/admin__TestReports") \
                or rel.startswith("gotosocial/typeutils__TestAdminReportToFrontend"):
            if out[rel] and out[rel]["kind"] in ("Report", "Report[]"):
                out[rel] = entry("json", "valid", ADMIN_WHY + " (Admin::Report: target_account is "
                                 "an Admin::Account)")
    return out


def docs_page_and_anchor(e):
    page = e["source"].split("content/en/methods/")[1][:-3].replace("/", "_")
    head = e["context"].split(" > Response")[0]
    anchors = re.findall(r"\{#([\w-]+)\}", head)
    return page, (anchors[-1] if anchors else head.split(" > ")[0])


def classify_docs(root):
    out = {}
    for e in load(root / "mastodon-docs" / "index.json"):
        rel = f"mastodon-docs/{e['file']}"
        value = load(root / rel)
        if rel in OVERRIDES:
            out[rel] = None  # decided in OVERRIDES (applied last)
            continue
        if e["file"].startswith("entities/"):
            stem = re.sub(r"_\d+$", "", Path(e["file"]).stem)
            m = DOCS_ENTITY_MAP.get(stem)
            if stem.startswith("Admin_"):
                m = ("json", ADMIN_WHY + f" ({stem.replace('_', '::', 1)})")
            if m is None:
                raise SystemExit(f"no rule for docs entity {rel}")
            kind, why = m if isinstance(m, tuple) else (m, None)
            out[rel] = entry(kind, "valid", why)
            continue
        page, anchor = docs_page_and_anchor(e)
        if isinstance(value, dict) and "error" in value:
            out[rel] = entry("Error", "valid")
        elif value == {}:
            out[rel] = entry("json", "valid", "empty object: the documented 200 body of an action "
                                              "that returns nothing")
        elif page == "streaming":
            if isinstance(value, dict) and "event" in value:
                out[rel] = entry("StreamingEvent", "valid")
            else:
                out[rel] = entry("json", "valid",
                                 "WebSocket client->server subscription message, not parsed")
        elif page.startswith(DOCS_ADMIN_PAGE_PREFIX):
            out[rel] = entry("json", "valid", ADMIN_WHY + f" ({page} {anchor})")
        else:
            m = DOCS_METHOD_MAP.get((page, anchor))
            if m is None:
                raise SystemExit(f"no rule for {rel}: {page} {anchor} ({e['context']})")
            kind, why = m if isinstance(m, tuple) else (m, None)
            out[rel] = entry(kind, "valid", why)
    for e in load(root / "mastodon-docs" / "streaming" / "index.json"):
        rel = f"mastodon-docs/{e['file']}"
        name = Path(e["file"]).name
        if e["transport"] == "sse":
            out[rel] = entry("sse", "valid")
            if "payload_file" in e:
                payload_of = STREAM_EVENT_PAYLOAD.get(e["event"], "json")
                why = None if payload_of != "json" else \
                    f"'{e['event']}' payload is {{name, count, announcement_id}}, not modelled " \
                    "as an entity kind"
                out[f"mastodon-docs/{e['payload_file']}"] = entry(
                    "payload", "valid", why, payload_of=payload_of)
        elif name.startswith("ws_event_"):
            out[rel] = entry("StreamingEvent", "valid")
        elif name.startswith("ws_client_"):
            out[rel] = entry("json", "valid", "WebSocket client->server subscription message")
        elif e["transport"] == "http-error":
            out[rel] = entry("Error", "valid")
        else:
            raise SystemExit(f"no rule for {rel}")
    return out


def classify(root):
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    manifest = {}
    for rel in files:
        name = Path(rel).name
        if name == "README.md":
            manifest[rel] = entry("doc")
        elif name in ("index.json", "skipped.json"):
            manifest[rel] = entry("index", "valid")
    for folder in ("bigbone", "gotosocial", "mastodon-py", "mastodonkit", "tootsdk"):
        manifest.update(classify_library_folder(root, folder))
    manifest.update(classify_docs(root))
    for rel, ov in OVERRIDES.items():
        if rel not in manifest:
            raise SystemExit(f"override for a file that was not classified: {rel}")
        e = entry(ov["kind"], ov.get("expect", "valid"), ov["why"],
                  **{k: v for k, v in ov.items() if k not in ("kind", "expect", "why")})
        manifest[rel] = e
    for rel, e in manifest.items():
        if e.get("expect") == "valid" and e["kind"] in ENTITY_KINDS | {k + "[]" for k in ENTITY_KINDS} \
                and "why" not in e:
            value = load(root / rel)
            first = value[0] if isinstance(value, list) and value else value
            if isinstance(first, dict) and isinstance(first.get("id"), int):
                e["why"] = ("odd but valid: id is a JSON number, not a string (Mastodon "
                            "serialises this entity's id as an integer); numeric ids must be "
                            "accepted")
    missing = sorted(set(files) - set(manifest))
    extra = sorted(set(manifest) - set(files))
    if missing or extra:
        raise SystemExit(f"unaccounted files: {missing}; entries without a file: {extra}")
    return manifest


def verify(root, manifest):
    """Shape-check every entry; return the list of disagreements."""
    problems = []
    for rel, e in sorted(manifest.items()):
        kind = e["kind"]
        assert kind in OTHER_KINDS or kind.rstrip("[]") in ENTITY_KINDS, (rel, kind)
        if kind in ("doc", "sse"):
            continue
        value = load(root / rel)  # every non-doc, non-sse file must at least be JSON
        if not isinstance(value, (dict, list)):
            problems.append((rel, kind, "top level is not an object/array (QJsonDocument needs one)"))
            continue
        if kind == "payload":
            kind = e["payload_of"]
        if kind in OTHER_KINDS:
            continue
        err = check(kind, value)
        if e.get("expect") == "invalid":
            if err is None:
                problems.append((rel, kind, "marked invalid but passes the shape check"))
            else:
                print(f"invalid as expected: {rel} as {kind}: {err}", file=sys.stderr)
        elif err:
            problems.append((rel, kind, err))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("fixtures", type=Path)
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args()
    root = args.fixtures.resolve()
    manifest = classify(root)
    problems = verify(root, manifest)

    kinds = Counter(e["kind"] if e["kind"] != "payload" else f"payload({e['payload_of']})"
                    for e in manifest.values())
    expects = Counter(e.get("expect", "-") for e in manifest.values())
    log = sys.stderr
    print(f"{len(manifest)} files", file=log)
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4d}  {k}", file=log)
    print("expect: " + ", ".join(f"{k} {n}" for k, n in sorted(expects.items())), file=log)
    print(f"explicit overrides: {len(OVERRIDES)}", file=log)
    for rel, kind, err in problems:
        print(f"DISAGREES {rel} as {kind}: {err}", file=log)
    print(f"{len(problems)} disagreement(s)", file=log)

    text = json.dumps({"version": 1, "files": manifest}, indent=2, sort_keys=True,
                      ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
