// The command table and the help text.
#include "cli/commands/commands.h"
#include "cli/context.h"

#include <QCoreApplication>

namespace tusk::cli {

const QList<Command> &commands()
{
    const QStringList page{QStringLiteral("limit"), QStringLiteral("max-id"), QStringLiteral("all"),
                           QStringLiteral("cached")};
    static const QList<Command> table = {
        {QStringLiteral("login"),
         {QStringLiteral("oob"), QStringLiteral("no-browser")},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "login URL [--oob] [--no-browser]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "Log in to a server in the browser. Without --oob a local port "
                           "receives the answer; with --oob paste the code the server shows."),
         runLogin},
        {QStringLiteral("accounts"),
         {QStringLiteral("set-default")},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "accounts [--set-default ACCT]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "List the stored accounts; * marks the default one."),
         runAccounts},
        {QStringLiteral("logout"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "logout [ACCT]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "Revoke the login on the server and forget the account here."),
         runLogout},
        {QStringLiteral("whoami"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "whoami"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Show the account the login belongs to."),
         runWhoami},
        {QStringLiteral("post"),
         {QStringLiteral("cw"), QStringLiteral("visibility"), QStringLiteral("language"),
          QStringLiteral("media"), QStringLiteral("alt"), QStringLiteral("reply-to"),
          QStringLiteral("poll"), QStringLiteral("poll-expires"), QStringLiteral("poll-multiple"),
          QStringLiteral("sensitive")},
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "post TEXT|- [--cw TEXT] [--visibility public|unlisted|private|direct] "
                           "[--language L] [--media FILE [--alt TEXT]]... [--sensitive] "
                           "[--reply-to ID] [--poll OPTION]... [--poll-expires SECONDS] "
                           "[--poll-multiple]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Publish a post (\"-\" reads it from stdin)."),
         runPost},
        {QStringLiteral("timeline"), page,
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "timeline home|local|public|tag NAME|list ID [--limit N] [--max-id ID] "
                           "[--all] [--cached]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "Show a timeline, newest first; --all follows the pages to the end. "
                           "--cached reads what the app has cached, without the server."),
         runTimeline},
        {QStringLiteral("notifications"), page,
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "notifications [--limit N] [--max-id ID] [--all] [--cached]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Show notifications, newest first."),
         runNotifications},
        {QStringLiteral("thread"),
         {QStringLiteral("cached")},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "thread ID [--cached]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "Show a post with what it replies to and the replies (--cached: as "
                           "far as the app has it cached)."),
         runThread},
        {QStringLiteral("fav"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "fav ID"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Favourite a post."),
         runStatusAction},
        {QStringLiteral("unfav"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "unfav ID"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Take a favourite back."),
         runStatusAction},
        {QStringLiteral("boost"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "boost ID"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Boost a post."),
         runStatusAction},
        {QStringLiteral("unboost"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "unboost ID"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Take a boost back."),
         runStatusAction},
        {QStringLiteral("bookmark"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "bookmark ID"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Bookmark a post."),
         runStatusAction},
        {QStringLiteral("unbookmark"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "unbookmark ID"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Remove a bookmark."),
         runStatusAction},
        {QStringLiteral("follow"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "follow ACCT"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Follow an account (user or user@host)."),
         runFollow},
        {QStringLiteral("unfollow"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "unfollow ACCT"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Stop following an account."),
         runFollow},
        {QStringLiteral("search"),
         {QStringLiteral("type"), QStringLiteral("resolve"), QStringLiteral("limit")},
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "search QUERY [--type accounts|statuses|hashtags] [--resolve] "
                           "[--limit N]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command", "Search accounts, hashtags and posts."),
         runSearch},
        {QStringLiteral("stream"),
         {QStringLiteral("limit")},
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "stream user|public|local|tag NAME|list ID [--limit N]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "Show live events until Ctrl+C (or N events); reconnects by itself."),
         runStream},
        {QStringLiteral("queue"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "queue [retry SEQ | drop SEQ]"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "List what the app (or this tool) did offline and has not sent yet; "
                           "retry sends a failed or waiting action now, drop forgets it."),
         runQueue},
        {QStringLiteral("instance"),
         {},
         QT_TRANSLATE_NOOP("tusk::cli::Command", "instance"),
         QT_TRANSLATE_NOOP("tusk::cli::Command",
                           "Show what the server is and what it supports (no login needed)."),
         runInstance},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString usageText()
{
    // Explicit contexts: lupdate gives a free tr() helper the namespace as context, not the one
    // it passes at run time.
    QString text = QCoreApplication::translate(
        "tusk::cli::Command", "Usage: tuskline-cli [GLOBAL OPTIONS] COMMAND [ARGS]\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n").arg(
            QCoreApplication::translate("tusk::cli::Command", c.synopsis));
    text += QCoreApplication::translate(
        "tusk::cli::Command",
        "\nGlobal options:\n"
        "  --account ACCT         use this stored account instead of the default one\n"
        "  --instance URL         talk to this server without a stored account\n"
        "  --token TOKEN          access token for --instance (or set TUSKLINE_TOKEN,\n"
        "                         which keeps it out of the process list)\n"
        "  --json                 one entity per line as compact JSON\n"
        "  --quiet                no confirmations or progress messages\n"
        "  --help, --version\n"
        "\nExit codes: 0 ok, 2 usage, 3 login needed or rejected, 4 network,\n"
        "5 server error or an answer that cannot be used, 1 local failure.\n");
    return text;
}

QString commandHelp(const Command &command)
{
    return QCoreApplication::translate("tusk::cli::Command",
                                       "Usage: tuskline-cli [GLOBAL OPTIONS] %1\n%2\n")
        .arg(QCoreApplication::translate("tusk::cli::Command", command.synopsis),
             QCoreApplication::translate("tusk::cli::Command", command.help));
}

bool intOption(Context &ctx, const QString &name, int min, int max, int *out)
{
    if (!ctx.args().has(name))
        return true;
    bool ok = false;
    const int v = ctx.args().value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        ctx.usage(
            QCoreApplication::translate("tusk::cli::Command", "--%1 needs a number from %2 to %3.")
                .arg(name)
                .arg(min)
                .arg(max));
        return false;
    }
    *out = v;
    return true;
}

} // namespace tusk::cli
