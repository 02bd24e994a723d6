#pragma once
#include "appsettings.h"

#include <QList>
#include <QVariantList>

#include <functional>

namespace tusk::app {

// The deck's extra columns, in order, kept in the settings after every change (so they are
// there after a restart). Knows nothing about accounts beyond their keys: the caller checks that
// an account exists and supplies how a column is described for QML.
class DeckColumnList {
public:
    explicit DeckColumnList(AppSettings &settings) : m_settings(settings) {}

    // Reads the remembered columns (once, at start).
    void load() { m_columns = m_settings.columns(); }
    const QList<DeckColumn> &columns() const { return m_columns; }

    // Each returns whether anything changed (and was saved).
    bool add(const QString &accountKey, const QString &timeline);
    bool remove(int index);
    bool move(int from, int to);
    // A logged-out account takes its columns with it.
    bool removeAccount(const QString &accountKey);

    // One map per column for QML: accountKey, timeline, title, account (a handle).
    QVariantList toVariantList(const std::function<QString(const QString &)> &title,
                               const std::function<QString(const QString &)> &handle) const;

private:
    void save(bool sync);

    AppSettings &m_settings;
    QList<DeckColumn> m_columns;
};

} // namespace tusk::app
