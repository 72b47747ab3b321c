// Refresher: fetches feeds, parses them off the calling thread and writes what is new in one
// transaction per feed, through its own connection to the library.
//
// It works on the thread it lives on: the CLI runs it on the main thread with an event loop; the GUI
// moves it to a worker thread so that neither the network nor the writes ever hold up the window.
// Parsing runs in the global thread pool. Results arrive per feed and once at the end.
#pragma once

#include "FetchOptions.h"
#include "FetchTypes.h"
#include "FeedParser.h"
#include "ParsedFeed.h"
#include "RefreshResult.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <memory>

namespace gloss {

class FeedFetcher;
class Library;

class Refresher : public QObject {
    Q_OBJECT
public:
    Refresher(QString libraryPath, FetchOptions options = {}, QObject *parent = nullptr);
    ~Refresher() override;

public Q_SLOTS:
    // Refreshes the given feeds (all when empty). Invoke it on the refresher's thread (a queued call
    // when it lives on a worker thread).
    void refresh(const QList<qint64> &feedIds = {});
    // Stops fetching; feeds already written stay written. `finished` follows with cancelled = true.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString &feedTitle);
    void feedRefreshed(const gloss::FeedRefreshResult &result);
    void finished(const QList<gloss::FeedRefreshResult> &results, bool cancelled);

private:
    struct Subscription {
        QString title;
        QString url;
    };
    void onFetched(const FetchResult &result);
    void store(const FetchResult &fetch, const FeedParseResult &parsed);
    void complete(FeedRefreshResult result);
    void finish(bool cancelled);

    QString m_libraryPath;
    FetchOptions m_options;
    std::unique_ptr<Library> m_library;
    FeedFetcher *m_fetcher = nullptr;
    QHash<qint64, Subscription> m_subscriptions;   // the feeds of the refresh under way
    QSet<qint64> m_discovered;                      // feeds re-pointed to a discovered feed (once each)
    QList<FeedRefreshResult> m_results;
    int m_total = 0;
    int m_parsing = 0;
    bool m_running = false;
    bool m_fetchDone = false;
};

} // namespace gloss
