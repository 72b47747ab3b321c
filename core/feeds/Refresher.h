// Refresher: fetches feeds, parses them off the calling thread and writes what is new through its
// own connection to the library, several feeds to a transaction (RefreshBatch.h).
//
// It works on the thread it lives on: the CLI runs it on the main thread with an event loop; the GUI
// moves it to a worker thread so that neither the network nor the writes ever hold up the window.
// Parsing, sanitising and deriving each item's canonical text run in the global thread pool, so the
// writing thread only writes. Results arrive per feed as its batch commits, and once at the end.
//
// Memory stays bounded whatever the number of feeds: at most window() feeds are between "asked the
// fetcher for it" and "written" at any time (downloaded bodies and parsed items of the rest are
// never held), the next feed is handed to the fetcher as one is written, and the open batch keeps
// the items of at most RefreshBatch::MaxItems more.
#pragma once

#include "FetchOptions.h"
#include "FetchTypes.h"
#include "FeedParser.h"
#include "ParsedFeed.h"
#include "RefreshBatch.h"
#include "RefreshResult.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gloss {

class FeedFetcher;
class Library;
class WalCheckpointer;

class Refresher : public QObject {
    Q_OBJECT
public:
    Refresher(QString libraryPath, FetchOptions options = {}, QObject *parent = nullptr);
    ~Refresher() override;

    // Feeds in the pipeline at once (fetching, parsing or waiting to be written).
    static int window();

public Q_SLOTS:
    // Refreshes the given feeds (all when empty). Invoke it on the refresher's thread (a queued call
    // when it lives on a worker thread).
    void refresh(const QList<qint64> &feedIds = {});
    // Stops fetching; feeds already written stay written. `finished` follows with cancelled = true.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString &feedTitle);   // as each batch of feeds is written
    void feedRefreshed(const gloss::FeedRefreshResult &result);
    void finished(const QList<gloss::FeedRefreshResult> &results, bool cancelled);

private:
    struct Subscription {
        QString title;
        QString url;
    };
    struct Prepared;
    void startMore();
    void onFetched(const FetchResult &result);
    void store(const FetchResult &fetch, Prepared prepared);
    RefreshBatch::Outcome writeFeed(const FetchResult &fetch, const Prepared &prepared, FeedRefreshResult result);
    void written();   // a feed's writes are done (in the open batch, or alone)
    void commitBatch();
    void report(const FeedRefreshResult &result);
    void finish(bool cancelled);

    QString m_libraryPath;
    FetchOptions m_options;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<RefreshBatch> m_batch;           // the open transaction and the results it holds
    QTimer m_batchTimer;                            // ends a batch that no further feed ends
    std::unique_ptr<WalCheckpointer> m_checkpointer; // while a refresh writes (WalCheckpointer.h)
    FeedFetcher *m_fetcher = nullptr;
    QHash<qint64, Subscription> m_subscriptions;   // the feeds of the refresh under way
    QSet<qint64> m_discovered;                      // feeds re-pointed to a discovered feed (once each)
    QList<FetchRequest> m_waiting;                  // not yet handed to the fetcher
    QList<FeedRefreshResult> m_results;
    int m_total = 0;
    int m_inPipeline = 0;                           // handed to the fetcher, not yet complete
    int m_processed = 0;                            // complete: reported, or held by the batch
    int m_parsing = 0;
    bool m_running = false;
};

} // namespace gloss
