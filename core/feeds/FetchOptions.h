// Limits and identity for fetching feeds. Defaults suit an interactive refresh: a slow or hostile
// server can neither hang a refresh (timeout), exhaust memory (maxBytes) nor be flooded (maxParallel).
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace gloss {

struct FetchOptions {
    int timeoutMs = 30000;              // whole fetch, redirects included
    qint64 maxBytes = 20 * 1024 * 1024; // decompressed body; the download is aborted beyond it
    int maxParallel = 6;                // requests in flight at once; the rest wait in a queue
    QByteArray userAgent = QByteArrayLiteral("Gloss/0.1 (+https://gloss.invalid)");
};

} // namespace gloss
