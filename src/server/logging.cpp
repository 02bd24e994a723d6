#include "server/logging.h"

#include <mutex>

Q_LOGGING_CATEGORY(lcServer, "tuskline.server", QtWarningMsg)

namespace tusk::server {

namespace {
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt HttpServer's own categories print whole request headers at debug level, bearer tokens
// included. Whatever QT_LOGGING_RULES say, they never go below warnings in this process.
void secretSafeFilter(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

void installSecretSafeLogging()
{
    static std::once_flag once;
    std::call_once(once,
                   [] { g_previousFilter = QLoggingCategory::installFilter(secretSafeFilter); });
}

} // namespace tusk::server
