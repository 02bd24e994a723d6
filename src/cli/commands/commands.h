#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace tusk::cli {

class Context;

// One subcommand: its name, the command options it accepts (global ones are always accepted),
// one line of synopsis and a sentence of help, and the function that runs it.
struct Command {
    QString name;
    QStringList options;
    const char *synopsis;
    const char *help;
    int (*run)(Context &);
};

const QList<Command> &commands();
const Command *findCommand(const QString &name);
QString usageText();
QString commandHelp(const Command &command);

// commands/accounts.cpp
int runLogin(Context &ctx);
int runAccounts(Context &ctx);
int runLogout(Context &ctx);
int runWhoami(Context &ctx);
// commands/statuses.cpp
int runPost(Context &ctx);
int runThread(Context &ctx);
int runStatusAction(Context &ctx); // fav, unfav, boost, unboost, bookmark, unbookmark
// commands/timelines.cpp
int runTimeline(Context &ctx);
int runNotifications(Context &ctx);
// commands/social.cpp
int runFollow(Context &ctx); // follow, unfollow
int runSearch(Context &ctx);
// commands/instance.cpp
int runInstance(Context &ctx);

// commands/stream.cpp
int runStream(Context &ctx);
// commands/cached.cpp: the cache shared with the app
int printCachedTimeline(Context &ctx, const QString &timeline); // --cached reads
int printCachedThread(Context &ctx, const QString &statusId);
int runQueue(Context &ctx); // queue, queue retry SEQ, queue drop SEQ

// Shared helpers for commands (commands/common.cpp).
// An integer option within [min, max] into *out (left alone if absent); false after printing a
// usage error.
bool intOption(Context &ctx, const QString &name, int min, int max, int *out);

} // namespace tusk::cli
