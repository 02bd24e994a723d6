// tuskline-server: run the bundled server and administer its users.
//   serve [--data DIR] [--listen HOST:PORT] [--public-url URL] [--tls-cert PEM --tls-key PEM]
//   user add NAME [--email ADDR] [--admin] [--data DIR]     (password on stdin)
//   user list [--data DIR]
//   reports [--all] [--data DIR] | reports resolve ID [--data DIR]
//   user passwd NAME [--data DIR]                          (password on stdin)
//   token NAME [--scopes "read write follow push"] [--data DIR]
#include "server/admin.h"
#include "server/cli/signals.h"
#include "server/context.h"
#include "server/render/render.h"
#include "server/server.h"
#include "server/store/reports.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace tusk::server;

namespace {

// The translation context of the command's messages (a class so that lupdate finds them).
struct ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)
};

int usage()
{
    QTextStream(stderr) << ServerCommand::tr(
        "Usage:\n"
        "  tuskline-server serve [--data DIR] [--listen HOST:PORT] [--public-url URL]\n"
        "                        [--tls-cert CERT.pem --tls-key KEY.pem]\n"
        "  tuskline-server user add NAME [--email ADDR] [--admin] [--data DIR]\n"
        "  tuskline-server user list [--data DIR]\n"
        "  tuskline-server reports [--all] [--data DIR]\n"
        "  tuskline-server reports resolve ID [--data DIR]\n"
        "  tuskline-server user passwd NAME [--data DIR]\n"
        "  tuskline-server token NAME [--scopes \"read write follow push\"] [--data DIR]\n"
        "Passwords are read from standard input.\n");
    return 2;
}

struct Args {
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;
};

Args parse(const QStringList &argv)
{
    static const QSet<QString> withValue{
        QStringLiteral("--data"),   QStringLiteral("--listen"), QStringLiteral("--public-url"),
        QStringLiteral("--email"),  QStringLiteral("--scopes"), QStringLiteral("--tls-cert"),
        QStringLiteral("--tls-key")};
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &s = argv.at(i);
        if (withValue.contains(s) && i + 1 < argv.size())
            a.options.insert(s, argv.at(++i));
        else if (s.startsWith(QStringLiteral("--")) && s.contains(u'='))
            a.options.insert(s.section(u'=', 0, 0), s.section(u'=', 1));
        else if (s.startsWith(QStringLiteral("--")))
            a.flags.insert(s);
        else
            a.positional << s;
    }
    return a;
}

// One line from stdin; no echo when it is a terminal.
QString readPassword(const QString &prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        QTextStream(stderr) << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        QTextStream(stderr) << "\n";
    }
    return line;
}

bool openServer(Server &server, const Args &a)
{
    QString error;
    const QString dir = a.options.value(QStringLiteral("--data"), Server::defaultDataDir());
    if (!server.open(dir, &error)) {
        QTextStream(stderr) << ServerCommand::tr("Cannot open %1: %2\n").arg(dir, error);
        return false;
    }
    return true;
}

int serve(const Args &a)
{
    Server server;
    if (!openServer(server, a))
        return 1;
    QString listen = a.options.value(QStringLiteral("--listen"), server.config().listen);
    const qsizetype colon = listen.lastIndexOf(u':');
    const QString host = colon > 0 ? listen.left(colon) : listen;
    const quint16 port = colon > 0 ? listen.mid(colon + 1).toUShort() : 0;
    QHostAddress address(host == u"localhost" ? QStringLiteral("127.0.0.1") : host);
    if (address.isNull()) {
        QTextStream(stderr) << ServerCommand::tr("Not an IP address: %1\n").arg(host);
        return 2;
    }
    if (a.options.contains(QStringLiteral("--public-url")))
        server.core().config.publicUrl = a.options.value(QStringLiteral("--public-url"));
    const QString cert = a.options.value(QStringLiteral("--tls-cert"));
    const QString key = a.options.value(QStringLiteral("--tls-key"));
    if (cert.isEmpty() != key.isEmpty()) {
        QTextStream(stderr) << ServerCommand::tr("--tls-cert and --tls-key go together.\n");
        return 2;
    }
    if (!cert.isEmpty())
        server.setTls(cert, key);
    QString error;
    if (!server.listen(address, port, &error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    QTextStream(stdout) << ServerCommand::tr("Listening on %1\n").arg(server.url().toString())
                        << Qt::flush;
    quitOnTerminationSignals(&server);
    const int rc = QCoreApplication::exec();
    server.close();
    QTextStream(stderr) << ServerCommand::tr("Stopped.\n");
    return rc;
}

int userCommand(const Args &a)
{
    const QString sub = a.positional.value(1);
    Server server;
    if (!openServer(server, a))
        return 1;
    Store &store = server.core().store;
    QString error;
    if (sub == u"list") {
        QTextStream out(stdout);
        for (const auto &[account, user] : store.accounts.allUsers())
            out << account.username << '\t' << user.email << '\t'
                << (user.admin ? QStringLiteral("admin") : QStringLiteral("user")) << '\n';
        return 0;
    }
    const QString name = a.positional.value(2);
    if (name.isEmpty())
        return usage();
    if (sub == u"add") {
        QString host = QUrl(server.config().publicUrl).host();
        if (host.isEmpty())
            host = QStringLiteral("localhost");
        const QString email =
            a.options.value(QStringLiteral("--email"), name.toLower() + u'@' + host);
        const QString password = readPassword(ServerCommand::tr("Password for %1: ").arg(name));
        if (!admin::addUser(store, name, email, password,
                            a.flags.contains(QStringLiteral("--admin")), &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
        QTextStream(stdout) << ServerCommand::tr("Created %1 <%2>\n").arg(name, email);
        return 0;
    }
    if (sub == u"passwd") {
        const QString password = readPassword(ServerCommand::tr("New password for %1: ").arg(name));
        if (!admin::setPassword(store, name, password, &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
        QTextStream(stdout) << ServerCommand::tr("Password changed for %1\n").arg(name);
        return 0;
    }
    return usage();
}

// What users reported to the admins: newest first, open ones unless --all.
int reportsCommand(const Args &a)
{
    Server server;
    if (!openServer(server, a))
        return 1;
    Store &store = server.core().store;
    ReportRepository reports(store);
    if (a.positional.value(1) == u"resolve") {
        const qint64 id = a.positional.value(2).toLongLong();
        if (!reports.resolve(id)) {
            QTextStream(stderr)
                << ServerCommand::tr("No open report %1.\n").arg(a.positional.value(2));
            return 1;
        }
        QTextStream(stdout) << ServerCommand::tr("Report %1 resolved.\n").arg(id);
        return 0;
    }
    const QList<ReportRow> rows = reports.list(a.flags.contains(QStringLiteral("--all")), 500);
    QTextStream out(stdout);
    if (rows.isEmpty())
        out << ServerCommand::tr("No reports.\n");
    auto name = [&](qint64 id) {
        const std::optional<AccountRow> acc = store.accounts.byId(id);
        return acc ? QStringLiteral("@") + acc->username : QString::number(id);
    };
    for (const ReportRow &r : rows) {
        QStringList statuses;
        for (qint64 id : r.statusIds)
            statuses << QString::number(id);
        out << r.id << "  " << render::timestamp(r.createdAt) << "  "
            << (r.resolvedAt ? ServerCommand::tr("resolved") : ServerCommand::tr("open")) << "\n  "
            << ServerCommand::tr("%1 reported %2 (%3)")
                   .arg(name(r.accountId), name(r.targetAccountId), r.category)
            << "\n";
        if (!statuses.isEmpty())
            out << "  " << ServerCommand::tr("posts: %1").arg(statuses.join(u' ')) << "\n";
        if (!r.comment.isEmpty())
            out << "  " << r.comment << "\n";
    }
    return 0;
}

int tokenCommand(const Args &a)
{
    const QString name = a.positional.value(1);
    if (name.isEmpty())
        return usage();
    Server server;
    if (!openServer(server, a))
        return 1;
    QString error;
    const auto token = admin::createToken(
        server.core().store, name,
        a.options.value(QStringLiteral("--scopes"), QStringLiteral("read write follow push")),
        &error);
    if (!token) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    QTextStream(stdout) << *token << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tuskline"));
    QCoreApplication::setApplicationName(QStringLiteral("tuskline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUSKLINE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tuskline"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    const Args a = parse(QCoreApplication::arguments());
    const QString command = a.positional.value(0);
    if (command == u"serve")
        return serve(a);
    if (command == u"user")
        return userCommand(a);
    if (command == u"token")
        return tokenCommand(a);
    if (command == u"reports")
        return reportsCommand(a);
    return usage();
}
