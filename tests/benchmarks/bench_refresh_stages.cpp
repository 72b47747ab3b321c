#include "bench_refresh_stages.h"

#include "bench_refresh_probe.h"

#include "feeds/FeedParser.h"
#include "feeds/Fetcher.h"
#include "feeds/RefreshItems.h"
#include "importing/ArticleSaving.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gloss::bench {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void measureFetch(const QList<QUrl> &urls, StageFigures &figures)
{
    QList<FetchRequest> requests;
    for (qsizetype i = 0; i < urls.size(); ++i)
        requests.append({qint64(i + 1), urls[i], {}, {}});
    resetPeakMemory();
    FeedFetcher fetcher;
    QEventLoop loop;
    int failed = 0;
    QObject::connect(&fetcher, &FeedFetcher::fetched, &loop, [&failed](const FetchResult &r) { failed += r.ok() ? 0 : 1; });
    QObject::connect(&fetcher, &FeedFetcher::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    fetcher.fetch(requests);
    loop.exec();
    figures.fetchMs = double(clock.nsecsElapsed()) / 1e6;
    figures.fetchPeakMiB = phasePeakMiB();
    if (failed)
        figures.error = u"%1 downloads failed"_s.arg(failed);
}

// One thread, a sample of feeds: parsing is the stage whose cost per feed matters most.
void measureParse(const QStringList &files, int sample, StageFigures &figures)
{
    double ms = 0;
    for (int f = 0; f < sample && f < files.size(); ++f) {
        const QByteArray bytes = readAll(files[f]);
        QElapsedTimer clock;
        clock.start();
        const FeedParseResult parsed = parseFeed(bytes);
        ms += double(clock.nsecsElapsed()) / 1e6;
        if (parsed.ok())
            figures.parsedEntries += parsed.feed->entries.size();
        ++figures.parseFeeds;
    }
    figures.parseMsPerFeed = figures.parseFeeds ? ms / figures.parseFeeds : 0;
}

void measureStore(const QStringList &files, const QString &scratchDir, int sample, StageFigures &figures)
{
    auto library = Library::open(scratchDir + u"/stages.sqlite"_s);
    if (!library) {
        figures.error = library.error();
        return;
    }
    Database &db = (*library)->database();
    double ms = 0;
    double convertTotal = 0;
    for (int f = 0; f < sample && f < files.size(); ++f) {
        const FeedParseResult parsed = parseFeed(readAll(files[f]));
        auto feedId = FeedStore(db).addFeed(u"http://127.0.0.1/stage-%1"_s.arg(f));
        if (!parsed.ok() || !feedId) {
            figures.error = parsed.ok() ? feedId.error() : parsed.error;
            return;
        }
        QElapsedTimer clock;
        clock.start();
        QList<ArticleInput> articles;
        for (const FeedEntry &entry : parsed.feed->entries) {
            articles.append(feedItemArticle(*feedId, parsed.feed->title, entry));
            articles.last().contentHash = ArticleStore::contentHash(articles.last().title, articles.last().html);
        }
        const double convertMs = double(clock.nsecsElapsed()) / 1e6;
        Transaction tx(db);
        for (const ArticleInput &article : std::as_const(articles))
            (void)saveArticleInBatch(db, article);
        (void)tx.commit();
        ms += double(clock.nsecsElapsed()) / 1e6;
        convertTotal += convertMs;
        ++figures.storeFeeds;
    }
    figures.storeMsPerFeed = figures.storeFeeds ? ms / figures.storeFeeds : 0;
    figures.convertMsPerFeed = figures.storeFeeds ? convertTotal / figures.storeFeeds : 0;
}

} // namespace

StageFigures measureStages(const QList<QUrl> &urls, const QStringList &files, const QString &scratchDir,
                           int sample)
{
    StageFigures figures;
    measureFetch(urls, figures);
    measureParse(files, sample, figures);
    measureStore(files, scratchDir, sample, figures);
    return figures;
}

} // namespace gloss::bench
