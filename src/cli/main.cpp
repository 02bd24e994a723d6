// tuskline-cli: the command line over the same libraries as the app. Thin on purpose: parsing
// in arguments.cpp, commands in commands/, output in formatter.cpp.
#include "cli/arguments.h"
#include "cli/commands/commands.h"
#include "cli/context.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

using namespace tusk::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so both see the same accounts (AccountStore::defaultPath()).
    QCoreApplication::setApplicationName(QStringLiteral("Tuskline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tuskline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUSKLINE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tuskline"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Library diagnostics would repeat what the CLI already says on stderr in words;
    // QT_LOGGING_RULES (e.g. tuskline.*.debug=true) still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("tuskline.*.info=false\n"
                                                    "tuskline.*.warning=false"));

    const Arguments args = Arguments::parse(QCoreApplication::arguments().mid(1));
    QTextStream err(stderr);
    if (!args.error.isEmpty()) {
        err << args.error << '\n'
            << QCoreApplication::translate("main", "Run \"tuskline-cli --help\" for usage.\n");
        return Usage;
    }
    if (args.has(QStringLiteral("version"))) {
        QTextStream(stdout) << "tuskline-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const Command *command = args.command.isEmpty() ? nullptr : findCommand(args.command);
    if (args.has(QStringLiteral("help")) || args.command == u"help") {
        const Command *about = command ? command : findCommand(args.positional.value(0));
        QTextStream(stdout) << (about ? commandHelp(*about) : usageText());
        return Ok;
    }
    if (!command) {
        if (!args.command.isEmpty())
            err << QCoreApplication::translate("main", "There is no command \"%1\".\n")
                       .arg(args.command);
        err << usageText();
        return Usage;
    }
    for (const auto &[name, value] : args.options) {
        if (!Arguments::isGlobalOption(name) && !command->options.contains(name)) {
            err << QCoreApplication::translate("main", "--%1 is not an option of %2.\n")
                       .arg(name, command->name)
                << commandHelp(*command);
            return Usage;
        }
    }
    Context context(args);
    return command->run(context);
}
