#include "cli/arguments.h"

#include <QCoreApplication>
#include <QSet>

namespace tusk::cli {

namespace {
// Global options: valid with every command.
const QSet<QString> &globalWithValue()
{
    static const QSet<QString> s{QStringLiteral("account"), QStringLiteral("instance"),
                                 QStringLiteral("token")};
    return s;
}
const QSet<QString> &globalFlags()
{
    static const QSet<QString> s{QStringLiteral("json"), QStringLiteral("quiet"),
                                 QStringLiteral("help"), QStringLiteral("version")};
    return s;
}
// Command options (each command says which of these it accepts).
const QSet<QString> &commandWithValue()
{
    static const QSet<QString> s{
        QStringLiteral("cw"),     QStringLiteral("visibility"),   QStringLiteral("language"),
        QStringLiteral("media"),  QStringLiteral("alt"),          QStringLiteral("reply-to"),
        QStringLiteral("poll"),   QStringLiteral("poll-expires"), QStringLiteral("limit"),
        QStringLiteral("max-id"), QStringLiteral("set-default"),  QStringLiteral("type")};
    return s;
}
const QSet<QString> &commandFlags()
{
    static const QSet<QString> s{QStringLiteral("oob"),           QStringLiteral("no-browser"),
                                 QStringLiteral("cached"),        QStringLiteral("all"),
                                 QStringLiteral("poll-multiple"), QStringLiteral("sensitive"),
                                 QStringLiteral("resolve")};
    return s;
}
} // namespace

bool Arguments::takesValue(const QString &name)
{
    return globalWithValue().contains(name) || commandWithValue().contains(name);
}

bool Arguments::isKnownOption(const QString &name)
{
    return takesValue(name) || globalFlags().contains(name) || commandFlags().contains(name);
}

bool Arguments::isGlobalOption(const QString &name)
{
    return globalWithValue().contains(name) || globalFlags().contains(name);
}

bool Arguments::has(const QString &name) const
{
    for (const auto &[n, v] : options)
        if (n == name)
            return true;
    return false;
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    // The last one wins, as in most command lines.
    for (qsizetype i = options.size() - 1; i >= 0; --i)
        if (options.at(i).first == name)
            return options.at(i).second;
    return fallback;
}

QStringList Arguments::values(const QString &name) const
{
    QStringList out;
    for (const auto &[n, v] : options)
        if (n == name)
            out << v;
    return out;
}

Arguments Arguments::parse(const QStringList &args)
{
    Arguments a;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!optionsEnded && arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && arg.startsWith(u"--")) {
            QString name = arg.mid(2);
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
                inlineValue = true;
            }
            if (!isKnownOption(name)) {
                a.error =
                    QCoreApplication::translate("tusk::cli", "Unknown option --%1.").arg(name);
                return a;
            }
            if (takesValue(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        a.error =
                            QCoreApplication::translate("tusk::cli", "Option --%1 needs a value.")
                                .arg(name);
                        return a;
                    }
                    value = args.at(++i);
                }
            } else if (inlineValue) {
                a.error = QCoreApplication::translate("tusk::cli", "Option --%1 takes no value.")
                              .arg(name);
                return a;
            }
            a.options.append({name, value});
            continue;
        }
        if (!optionsEnded && arg.size() > 1 && arg.startsWith(u'-') && !arg.at(1).isDigit()) {
            if (arg == u"-h") {
                a.options.append({QStringLiteral("help"), QString()});
                continue;
            }
            a.error = QCoreApplication::translate("tusk::cli", "Unknown option %1.").arg(arg);
            return a;
        }
        if (a.command.isEmpty())
            a.command = arg;
        else
            a.positional << arg;
    }
    return a;
}

} // namespace tusk::cli
