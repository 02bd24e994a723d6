#pragma once
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tusk::cli {

// The command line after splitting: global options anywhere, then one command with its own
// positional arguments and options. Options keep their order because some pair up
// (`--media FILE --alt TEXT`).
struct Arguments {
    QString command;
    QStringList positional;                 // after the command name
    QList<QPair<QString, QString>> options; // name without "--" → value ("" for flags)

    bool has(const QString &name) const;
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;

    // What went wrong while splitting, for a usage message (exit code 2).
    QString error;

    // Splits argv (without argv[0]). Options that take a value are listed in
    // optionsWithValue(); `--name=value` works for those too; `--` ends option parsing.
    static Arguments parse(const QStringList &args);
    static bool takesValue(const QString &name);
    static bool isKnownOption(const QString &name);
    static bool isGlobalOption(const QString &name);
};

} // namespace tusk::cli
