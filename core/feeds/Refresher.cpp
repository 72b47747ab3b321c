#include "Refresher.h"

#include "Fetcher.h"
#include "BackgroundPriority.h"
#include "FeedDiscovery.h"
#include "RefreshBatch.h"
#include "RefreshItems.h"

#include "importing/ArticleSaving.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"
#include "store/WalCheckpointer.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
// Items written between two looks for a waiting writer: a few milliseconds of writing.
constexpr int LetWaitersInEvery = 25;

// A feed's writes may run twice (RefreshBatch.h), so they keep what they write from until the batch
// commits: the fetch's headers and the parsed items, not the downloaded body.
FetchResult withoutBody(FetchResult fetch)
{
    fetch.body.clear();
    return fetch;
}
} // namespace

Refresher::Refresher(QString libraryPath, FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_options(std::move(options))
    , m_batchTimer(this)   // a child, so that it moves to the refresher's thread with it
{
    qRegisterMetaType<gloss::FeedRefreshResult>();
    qRegisterMetaType<QList<gloss::FeedRefreshResult>>();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(RefreshBatch::MaxAgeMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &Refresher::commitBatch);
}

Refresher::~Refresher() = default;

void Refresher::refresh(const QList<qint64> &feedIds)
{
    if (m_running)
        return;
    m_results.clear();
    m_subscriptions.clear();
    m_discovered.clear();
    m_waiting.clear();
    m_inPipeline = 0;
    m_processed = 0;
    m_parsing = 0;
    if (!m_library) {
        auto library = Library::open(m_libraryPath);
        if (!library) {
            FeedRefreshResult failure;
            failure.status = u"error"_s;
            failure.error = library.error();
            m_results << failure;
            Q_EMIT finished(m_results, false);
            return;
        }
        m_library = std::move(*library);
        m_batch = std::make_unique<RefreshBatch>(m_library->database(), [this](const FeedRefreshResult &failed) {
            FeedFetchState state;
            state.fetched = QDateTime::currentDateTimeUtc();
            state.error = failed.error;
            (void)FeedStore(m_library->database()).recordFetch(failed.feedId, state);
        });
    }
    auto feeds = FeedStore(m_library->database()).feeds();
    if (!feeds) {
        FeedRefreshResult failure;
        failure.status = u"error"_s;
        failure.error = feeds.error();
        m_results << failure;
        Q_EMIT finished(m_results, false);
        return;
    }
    for (const Feed &f : *feeds) {
        if (!feedIds.isEmpty() && !feedIds.contains(f.id))
            continue;
        m_subscriptions.insert(f.id, {f.title.isEmpty() ? f.url : f.title, f.url});
        m_waiting.append({f.id, QUrl(f.url), f.etag, f.lastModified});
    }
    m_total = int(m_waiting.size());
    m_running = true;
    if (m_waiting.isEmpty()) {
        finish(false);
        return;
    }
    Q_EMIT progress(0, m_total, QString());
    if (m_library->path() != u":memory:"_s)
        m_checkpointer = std::make_unique<WalCheckpointer>(m_library->database());
    m_fetcher = new FeedFetcher(m_options, this);
    connect(m_fetcher, &FeedFetcher::fetched, this, &Refresher::onFetched);
    startMore();
}

int Refresher::window()
{
    // Enough to keep the downloads, the parsing threads and the writer busy; each feed in the
    // window holds its body and parsed items (a few MB for a big feed), so no more than that. With
    // two feeds a thread the parsing threads still sat idle now and then while the writer was busy
    // (1.75 of 2 cores used in bench_refresh); with four, 1.85 for 15 MB more.
    return std::max(4, 4 * QThreadPool::globalInstance()->maxThreadCount());
}

void Refresher::startMore()
{
    QList<FetchRequest> batch;
    while (!m_waiting.isEmpty() && m_inPipeline < window()) {
        batch.append(m_waiting.takeFirst());
        ++m_inPipeline;
    }
    if (!batch.isEmpty())
        m_fetcher->fetch(batch);
}

void Refresher::cancel()
{
    if (!m_running)
        return;
    // Feeds never started are reported as cancelled too, as the fetcher does for its own queue.
    const QList<FetchRequest> notStarted = std::exchange(m_waiting, {});
    if (m_fetcher)
        m_fetcher->cancel();
    for (const FetchRequest &request : notStarted) {
        const Subscription sub = m_subscriptions.value(request.feedId);
        FeedRefreshResult result;
        result.feedId = request.feedId;
        result.url = sub.url;
        result.title = sub.title;
        result.status = u"error"_s;
        result.error = u"cancelled"_s;
        report(result);
    }
    finish(true);
}

// What the pool hands the writer: the parse result and, when it parsed, the articles to store.
struct Refresher::Prepared {
    FeedParseResult parsed;
    QString title;
    QList<ArticleInput> articles;
    QStringList limitsHit; // what was left out (RefreshItems.h), for the feed's message
};

void Refresher::onFetched(const FetchResult &fetch)
{
    if (!m_running)
        return;
    const Subscription sub = m_subscriptions.value(fetch.feedId);
    if (!fetch.ok() || fetch.notModified) {
        FeedRefreshResult result;
        result.feedId = fetch.feedId;
        result.url = sub.url;
        result.title = sub.title;
        result.status = fetch.ok() ? u"not-modified"_s : u"error"_s;
        result.error = fetch.error;
        m_batch->write(result, [this, fetch = withoutBody(fetch), result] {
            FeedFetchState state;
            state.fetched = QDateTime::currentDateTimeUtc();
            state.error = fetch.error;
            state.etag = fetch.etag;
            state.lastModified = fetch.lastModified;
            if (fetch.ok()) {
                // A 304 keeps the stored validators unless the server sent new ones.
                auto stored = FeedStore(m_library->database()).feed(fetch.feedId);
                if (stored && stored->has_value()) {
                    if (state.etag.isEmpty())
                        state.etag = (*stored)->etag;
                    if (state.lastModified.isEmpty())
                        state.lastModified = (*stored)->lastModified;
                }
            }
            (void)FeedStore(m_library->database()).recordFetch(fetch.feedId, state);
            return RefreshBatch::Outcome{result};
        });
        written();
        return;
    }
    // Parsing a large feed and deriving its items' text takes a good part of a second: keep it off
    // this thread, which writes.
    ++m_parsing;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, fetch] {
        watcher->deleteLater();
        --m_parsing;
        if (m_running)
            store(fetch, watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([fetch, sub] {
        lowerCurrentThreadPriority();
        Prepared prepared;
        prepared.parsed = parseFeed(fetch.body, fetch.finalUrl, fetch.contentType);
        prepared.title = sub.title;
        if (!prepared.parsed.ok())
            return prepared;
        const ParsedFeed &feed = *prepared.parsed.feed;
        if (!feed.title.isEmpty() && sub.title == sub.url)
            prepared.title = feed.title;
        const qsizetype listed = feed.entries.size();
        prepared.articles.reserve(std::min<qsizetype>(listed, MaxItemsPerFeed));
        int tooLarge = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(listed, MaxItemsPerFeed); ++i) {
            const FeedEntry &entry = feed.entries.at(i);
            if (entry.content.size() + entry.summary.size() > MaxItemChars) {
                if (tooLarge++ == 0)
                    prepared.limitsHit << u"the item “%1” is larger than %2 MiB and was left out"_s.arg(entry.title.left(80))
                                              .arg(MaxItemChars / (1024 * 1024));
                continue;
            }
            prepared.articles.append(feedItemArticle(fetch.feedId, prepared.title, entry));
            ArticleInput &article = prepared.articles.last();
            article.contentHash = ArticleStore::contentHash(article.title, article.html);
        }
        if (tooLarge > 1)
            prepared.limitsHit << u"%1 more items over the limit were left out"_s.arg(tooLarge - 1);
        if (listed > MaxItemsPerFeed)
            prepared.limitsHit << u"the feed lists %1 items; only the first %2 were read"_s.arg(listed).arg(MaxItemsPerFeed);
        // The items' HTML and text now live in the articles; the entries' copies can go.
        prepared.parsed.feed->entries.clear();
        return prepared;
    }));
}

void Refresher::store(const FetchResult &fetch, Prepared prepared)
{
    const Subscription sub = m_subscriptions.value(fetch.feedId);
    if (!prepared.parsed.ok() && !m_discovered.contains(fetch.feedId) && looksLikeHtmlPage(fetch.body, fetch.contentType)) {
        // The address is a web page, not a feed: follow the feed it announces, once.
        const QList<QUrl> links = discoverFeedLinks(fetch.body, fetch.finalUrl);
        if (!links.isEmpty() && FeedStore(m_library->database()).setUrl(fetch.feedId, links.first().toString())) {
            m_discovered.insert(fetch.feedId);
            m_subscriptions[fetch.feedId].url = links.first().toString();
            m_fetcher->fetch({{fetch.feedId, links.first(), {}, {}}});
            return;
        }
    }
    FeedRefreshResult about;
    about.feedId = fetch.feedId;
    about.url = sub.url;
    about.title = sub.title;
    auto items = std::make_shared<const Prepared>(std::move(prepared));
    m_batch->write(about, [this, headers = withoutBody(fetch), items, about] { return writeFeed(headers, *items, about); });
    written();
}

RefreshBatch::Outcome Refresher::writeFeed(const FetchResult &fetch, const Prepared &prepared, FeedRefreshResult result)
{
    const FeedParseResult &parsed = prepared.parsed;
    Database &db = m_library->database();
    FeedStore feeds(db);
    FeedFetchState state;
    state.fetched = QDateTime::currentDateTimeUtc();
    if (!parsed.ok()) {
        result.status = u"error"_s;
        result.error = parsed.error;
        state.error = parsed.error;
        (void)feeds.recordFetch(fetch.feedId, state);
        return {result};
    }
    const ParsedFeed &feed = *parsed.feed;
    result.title = prepared.title;
    result.warnings = feed.warnings + prepared.limitsHit;
    for (qsizetype i = 0; i < prepared.articles.size(); ++i) {
        // A window waiting to write gets its turn within a few items (RefreshBatch.h).
        if (i % LetWaitersInEvery == LetWaitersInEvery - 1 && !m_batch->letWaitersIn()) {
            result.status = u"error"_s;
            result.error = u"cannot save the feed's articles: %1"_s.arg(db.lastError());
            return {result, true};
        }
        const ArticleInput &article = prepared.articles.at(i);
        auto saved = saveArticleInBatch(db, article);
        if (!saved) {
            result.status = u"error"_s;
            result.error = saved.error();
            return {result, true};
        }
        switch (saved->saved.status) {
        case ArticleStore::SaveStatus::Imported: ++result.added; break;
        case ArticleStore::SaveStatus::Updated: ++result.updated; break;
        case ArticleStore::SaveStatus::Unchanged: ++result.unchanged; break;
        }
    }
    state.etag = fetch.etag;
    state.lastModified = fetch.lastModified;
    state.title = feed.title;
    state.siteUrl = feed.link.toString();
    state.format = feed.format;
    // A limit hit is the feed's message in the sources pane (its items were stored; not all of them).
    state.notice = prepared.limitsHit.join(u"; "_s);
    if (!feeds.recordFetch(fetch.feedId, state)) {
        result.status = u"error"_s;
        result.error = u"cannot save the feed's articles: %1"_s.arg(db.lastError());
        return {result, true};
    }
    // Refused when another subscription has that address already: the feed keeps its own.
    if (fetch.permanentUrl.isValid())
        (void)feeds.setUrl(fetch.feedId, fetch.permanentUrl.toString());
    auto removed = feeds.applyRetention(fetch.feedId);
    if (!removed) {
        result.status = u"error"_s;
        result.error = removed.error();
        return {result, true};
    }
    result.removed = int(*removed);
    QSet<QString> listed;
    for (const ArticleInput &article : prepared.articles)
        listed.insert(article.sourceKey);
    (void)feeds.forgetRemovedItems(fetch.feedId, listed);
    result.status = u"updated"_s;
    return {result};
}

void Refresher::written()
{
    --m_inPipeline;
    ++m_processed;
    if (m_batch->isDue() || !m_batch->isOpen())
        commitBatch();   // or hand out what a batch rolled back and written again alone left
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();   // ends the batch even when no other feed comes soon
    if (m_processed >= m_total && m_parsing == 0)
        finish(false);
    else
        startMore();
}

void Refresher::commitBatch()
{
    m_batchTimer.stop();
    if (!m_batch)
        return;
    const QList<FeedRefreshResult> results = m_batch->commit();
    for (const FeedRefreshResult &result : results)
        report(result);
    // Once a batch, not once a feed: a batch of 304s can hold every feed there is, and the window
    // repaints its status bar for each report.
    if (!results.isEmpty())
        Q_EMIT progress(int(m_results.size()), m_total, results.last().title);
}

void Refresher::report(const FeedRefreshResult &result)
{
    m_results << result;
    Q_EMIT feedRefreshed(result);
}

void Refresher::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    commitBatch();
    m_checkpointer.reset();
    if (m_fetcher) {
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    Q_EMIT finished(m_results, cancelled);
}

} // namespace gloss
