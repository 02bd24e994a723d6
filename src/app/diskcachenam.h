#pragma once
#include <QQmlNetworkAccessManagerFactory>
#include <QString>

namespace tusk::app {

// Gives QML (images: avatars, media previews, emoji) network access managers with a shared disk
// cache, so images come from disk on the next start and while scrolling back.
class DiskCacheNamFactory : public QQmlNetworkAccessManagerFactory {
public:
    explicit DiskCacheNamFactory(QString cacheDir, qint64 maxBytes = 200LL * 1024 * 1024);
    QNetworkAccessManager *create(QObject *parent) override;

    QString cacheDir() const { return m_dir; }

private:
    QString m_dir;
    qint64 m_maxBytes;
};

} // namespace tusk::app
