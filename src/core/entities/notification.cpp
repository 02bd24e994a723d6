#include "core/entities/notification.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<Report> &reportSchema()
{
    using R = Report;
    static const Schema<R> s("Report", {
                                           field<&R::id, Required>("id"),
                                           field<&R::actionTaken>("action_taken"),
                                           field<&R::actionTakenAt>("action_taken_at"),
                                           field<&R::category>("category"),
                                           field<&R::comment>("comment"),
                                           field<&R::forwarded>("forwarded"),
                                           field<&R::createdAt>("created_at"),
                                           field<&R::statusIds, NullIfEmpty>("status_ids"),
                                           field<&R::ruleIds, NullIfEmpty>("rule_ids"),
                                           field<&R::targetAccount>("target_account"),
                                       });
    return s;
}

const Schema<Notification> &notificationSchema()
{
    using N = Notification;
    static const Schema<N> s("Notification", {
                                                 field<&N::id, Required>("id"),
                                                 field<&N::type>("type"),
                                                 field<&N::groupKey, OmitIfEmpty>("group_key"),
                                                 field<&N::createdAt, Strict>("created_at"),
                                                 field<&N::account, Required>("account"),
                                                 field<&N::status, OmitIfEmpty>("status"),
                                                 field<&N::report, OmitIfEmpty>("report"),
                                             });
    return s;
}

const Schema<PartialAccount> &partialAccountSchema()
{
    using A = PartialAccount;
    static const Schema<A> s("PartialAccount", {
                                                   field<&A::id, Required>("id"),
                                                   field<&A::acct>("acct"),
                                                   field<&A::url>("url"),
                                                   field<&A::avatar>("avatar"),
                                                   field<&A::avatarStatic>("avatar_static"),
                                                   field<&A::locked>("locked"),
                                                   field<&A::bot>("bot"),
                                               });
    return s;
}

const Schema<NotificationGroup> &notificationGroupSchema()
{
    using G = NotificationGroup;
    static const Schema<G> s(
        "NotificationGroup",
        {
            field<&G::groupKey, Required>("group_key"),
            field<&G::notificationsCount>("notifications_count"),
            field<&G::type>("type"),
            field<&G::mostRecentNotificationId>("most_recent_notification_id"),
            field<&G::pageMinId, OmitIfEmpty>("page_min_id"),
            field<&G::pageMaxId, OmitIfEmpty>("page_max_id"),
            field<&G::latestPageNotificationAt, OmitIfEmpty>("latest_page_notification_at"),
            field<&G::sampleAccountIds>("sample_account_ids"),
            field<&G::statusId, OmitIfEmpty>("status_id"),
        });
    return s;
}

const Schema<GroupedNotificationsResults> &groupedNotificationsResultsSchema()
{
    using G = GroupedNotificationsResults;
    static const Schema<G> s("GroupedNotificationsResults",
                             {
                                 field<&G::accounts>("accounts"),
                                 field<&G::partialAccounts, OmitIfEmpty>("partial_accounts"),
                                 field<&G::statuses>("statuses"),
                                 field<&G::notificationGroups, Required>("notification_groups"),
                             });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(Report, reportSchema)
TUSK_ENTITY_IMPL(Notification, notificationSchema)
TUSK_ENTITY_IMPL(PartialAccount, partialAccountSchema)
TUSK_ENTITY_IMPL(NotificationGroup, notificationGroupSchema)
TUSK_ENTITY_IMPL(GroupedNotificationsResults, groupedNotificationsResultsSchema)

} // namespace tusk
