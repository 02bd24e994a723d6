#include "diskcachenam.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>

namespace tusk::app {

DiskCacheNamFactory::DiskCacheNamFactory(QString cacheDir, qint64 maxBytes)
    : m_dir(std::move(cacheDir)), m_maxBytes(maxBytes)
{}

// Called on QML's loader threads too: everything here is per-call.
QNetworkAccessManager *DiskCacheNamFactory::create(QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    auto *cache = new QNetworkDiskCache(nam);
    cache->setCacheDirectory(m_dir);
    cache->setMaximumCacheSize(m_maxBytes);
    nam->setCache(cache);
    return nam;
}

} // namespace tusk::app
