#include "appsettings.h"

namespace tusk::app {

namespace {
const QString kLocalEnabled = QStringLiteral("localInstance/enabled");
const QString kLocalPort = QStringLiteral("localInstance/port");
const QString kLocalAccount = QStringLiteral("localInstance/accountKey");
const QString kCurrent = QStringLiteral("accounts/current");
const QString kColumns = QStringLiteral("deck/columns");
const QString kSessionOnly = QStringLiteral("security/sessionOnlyTokens");
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

bool AppSettings::localInstanceEnabled() const
{
    return m_settings->value(kLocalEnabled, true).toBool();
}

void AppSettings::setLocalInstanceEnabled(bool on)
{
    m_settings->setValue(kLocalEnabled, on);
}

quint16 AppSettings::localInstancePort() const
{
    const int port = m_settings->value(kLocalPort, 0).toInt();
    return port > 0 && port < 65536 ? quint16(port) : 0;
}

void AppSettings::setLocalInstancePort(quint16 port)
{
    m_settings->setValue(kLocalPort, int(port));
}

QString AppSettings::localAccountKey() const
{
    return m_settings->value(kLocalAccount).toString();
}

void AppSettings::setLocalAccountKey(const QString &key)
{
    m_settings->setValue(kLocalAccount, key);
}

QString AppSettings::currentAccountKey() const
{
    return m_settings->value(kCurrent).toString();
}

void AppSettings::setCurrentAccountKey(const QString &key)
{
    m_settings->setValue(kCurrent, key);
}

QList<DeckColumn> AppSettings::columns() const
{
    QList<DeckColumn> out;
    const int n = m_settings->beginReadArray(kColumns);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        DeckColumn c{m_settings->value(QStringLiteral("account")).toString(),
                     m_settings->value(QStringLiteral("timeline")).toString()};
        if (!c.accountKey.isEmpty() && !c.timeline.isEmpty())
            out.append(c);
    }
    m_settings->endArray();
    return out;
}

void AppSettings::setColumns(const QList<DeckColumn> &columns)
{
    m_settings->remove(kColumns);
    m_settings->beginWriteArray(kColumns, int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("account"), columns[i].accountKey);
        m_settings->setValue(QStringLiteral("timeline"), columns[i].timeline);
    }
    m_settings->endArray();
}

bool AppSettings::sessionOnlyTokens() const
{
    return m_settings->value(kSessionOnly, false).toBool();
}

void AppSettings::setSessionOnlyTokens(bool on)
{
    m_settings->setValue(kSessionOnly, on);
}

} // namespace tusk::app
