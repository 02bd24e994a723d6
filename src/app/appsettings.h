#pragma once
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace tusk::app {

// One extra deck column: a timeline of one account, shown next to the main column.
struct DeckColumn {
    QString accountKey;
    QString timeline; // "home", "notifications", "local", "tag:NAME", ...
    friend bool operator==(const DeckColumn &, const DeckColumn &) = default;
};

// The app's own preferences (not accounts, not tokens): QSettings in the app's config dir, or a
// given ini file (tests).
class AppSettings {
public:
    AppSettings();
    explicit AppSettings(const QString &iniPath);

    bool localInstanceEnabled() const;
    void setLocalInstanceEnabled(bool on);
    // 0: none remembered yet. The local account's key and cache are tied to its URL, so the
    // port is kept across runs.
    quint16 localInstancePort() const;
    void setLocalInstancePort(quint16 port);
    // The local owner's account key, once created.
    QString localAccountKey() const;
    void setLocalAccountKey(const QString &key);

    QString currentAccountKey() const;
    void setCurrentAccountKey(const QString &key);

    QList<DeckColumn> columns() const;
    void setColumns(const QList<DeckColumn> &columns);

    // The user agreed to keep logins in memory only, because there is no keychain.
    bool sessionOnlyTokens() const;
    void setSessionOnlyTokens(bool on);

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tusk::app
