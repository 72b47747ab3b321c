#include "Refresher.h"

#include "Fetcher.h"
#include "FeedDiscovery.h"
#include "RefreshItems.h"

#include "importing/ArticleSaving.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace gloss {

Refresher::Refresher(QString libraryPath, FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_options(std::move(options))
{
    qRegisterMetaType<gloss::FeedRefreshResult>();
    qRegisterMetaType<QList<gloss::FeedRefreshResult>>();
}

Refresher::~Refresher() = default;

void Refresher::refresh(const QList<qint64> &feedIds)
{
    if (m_running)
        return;
    m_results.clear();
    m_subscriptions.clear();
    m_discovered.clear();
    m_parsing = 0;
    m_fetchDone = false;
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
    QList<FetchRequest> requests;
    for (const Feed &f : *feeds) {
        if (!feedIds.isEmpty() && !feedIds.contains(f.id))
            continue;
        m_subscriptions.insert(f.id, {f.title.isEmpty() ? f.url : f.title, f.url});
        requests.append({f.id, QUrl(f.url), f.etag, f.lastModified});
    }
    m_total = int(requests.size());
    m_running = true;
    if (requests.isEmpty()) {
        finish(false);
        return;
    }
    Q_EMIT progress(0, m_total, QString());
    m_fetcher = new FeedFetcher(m_options, this);
    connect(m_fetcher, &FeedFetcher::fetched, this, &Refresher::onFetched);
    connect(m_fetcher, &FeedFetcher::finished, this, [this] {
        m_fetchDone = true;
        if (m_running && m_parsing == 0 && m_results.size() >= m_total)
            finish(false);
    });
    m_fetcher->fetch(requests);
}

void Refresher::cancel()
{
    if (!m_running)
        return;
    if (m_fetcher)
        m_fetcher->cancel();
    finish(true);
}

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
        complete(result);
        return;
    }
    // Parsing a large feed takes tens of milliseconds: keep it off this thread, which writes.
    ++m_parsing;
    auto *watcher = new QFutureWatcher<FeedParseResult>(this);
    connect(watcher, &QFutureWatcher<FeedParseResult>::finished, this, [this, watcher, fetch] {
        watcher->deleteLater();
        --m_parsing;
        if (m_running)
            store(fetch, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body = fetch.body, url = fetch.finalUrl, type = fetch.contentType] {
        return parseFeed(body, url, type);
    }));
}

void Refresher::store(const FetchResult &fetch, const FeedParseResult &parsed)
{
    const Subscription sub = m_subscriptions.value(fetch.feedId);
    FeedRefreshResult result;
    result.feedId = fetch.feedId;
    result.url = sub.url;
    result.title = sub.title;
    Database &db = m_library->database();
    FeedStore feeds(db);
    FeedFetchState state;
    state.fetched = QDateTime::currentDateTimeUtc();
    if (!parsed.ok() && !m_discovered.contains(fetch.feedId) && looksLikeHtmlPage(fetch.body, fetch.contentType)) {
        // The address is a web page, not a feed: follow the feed it announces, once.
        const QList<QUrl> links = discoverFeedLinks(fetch.body, fetch.finalUrl);
        if (!links.isEmpty() && feeds.setUrl(fetch.feedId, links.first().toString())) {
            m_discovered.insert(fetch.feedId);
            m_subscriptions[fetch.feedId].url = links.first().toString();
            m_fetcher->fetch({{fetch.feedId, links.first(), {}, {}}});
            return;
        }
    }
    if (!parsed.ok()) {
        result.status = u"error"_s;
        result.error = parsed.error;
        state.error = parsed.error;
        (void)feeds.recordFetch(fetch.feedId, state);
        complete(result);
        return;
    }
    const ParsedFeed &feed = *parsed.feed;
    if (!feed.title.isEmpty() && sub.title == sub.url)
        result.title = feed.title;
    // One transaction per feed: a crash mid-refresh loses at most this feed's new items, never
    // leaves half an item, and readers see the feed change all at once.
    Transaction tx(db);
    for (const FeedEntry &entry : feed.entries) {
        auto saved = saveArticle(db, feedItemArticle(fetch.feedId, result.title, entry));
        if (!saved) {
            result.status = u"error"_s;
            result.error = saved.error();
            break;
        }
        switch (saved->saved.status) {
        case ArticleStore::SaveStatus::Imported: ++result.added; break;
        case ArticleStore::SaveStatus::Updated: ++result.updated; break;
        case ArticleStore::SaveStatus::Unchanged: ++result.unchanged; break;
        }
    }
    if (result.status != u"error"_s) {
        state.etag = fetch.etag;
        state.lastModified = fetch.lastModified;
        state.title = feed.title;
        state.siteUrl = feed.link.toString();
        state.format = feed.format;
        (void)feeds.recordFetch(fetch.feedId, state);
        if (fetch.permanentUrl.isValid())
            (void)feeds.setUrl(fetch.feedId, fetch.permanentUrl.toString());
        if (auto removed = feeds.applyRetention(fetch.feedId))
            result.removed = int(*removed);
        if (tx.commit()) {
            result.status = u"updated"_s;
        } else {
            result.status = u"error"_s;
            result.error = u"cannot save the feed's articles: %1"_s.arg(db.lastError());
        }
    }
    if (result.status == u"error"_s) {
        tx.rollback(); // none of this feed's items, but a record of why
        state.error = result.error;
        (void)feeds.recordFetch(fetch.feedId, state);
    }
    complete(result);
}

void Refresher::complete(FeedRefreshResult result)
{
    m_results << result;
    Q_EMIT feedRefreshed(result);
    Q_EMIT progress(int(m_results.size()), m_total, result.title);
    if (m_results.size() >= m_total && m_parsing == 0)
        finish(false);
}

void Refresher::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_fetcher) {
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    Q_EMIT finished(m_results, cancelled);
}

} // namespace gloss
