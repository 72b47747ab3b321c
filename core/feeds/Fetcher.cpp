#include "feeds/Fetcher.h"

#include "feeds/FetchJob.h"
#include "feeds/FetchLog.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace gloss {

FeedFetcher::FeedFetcher(FetchOptions options, QObject *parent)
    : QObject(parent), options_(std::move(options)), nam_(new QNetworkAccessManager(this))
{
    options_.maxParallel = qMax(1, options_.maxParallel);
    options_.timeoutMs = qMax(1, options_.timeoutMs);
    options_.maxBytes = qMax<qint64>(0, options_.maxBytes);
}

FeedFetcher::~FeedFetcher()
{
    // Jobs hold replies owned by nam_; end them before QObject's child cleanup deletes nam_.
    const QList<FetchJob *> jobs = std::exchange(running_, {});
    for (FetchJob *job : jobs) {
        job->disconnect(this);
        job->abandon();
        delete job;
    }
}

bool FeedFetcher::isBusy() const
{
    return !queue_.isEmpty() || !running_.isEmpty();
}

void FeedFetcher::fetch(const QList<FetchRequest> &requests)
{
    queue_ += requests;
    total_ += int(requests.size());
    batchActive_ = true;
    if (!startScheduled_) {
        startScheduled_ = true;
        QMetaObject::invokeMethod(this, &FeedFetcher::startQueued, Qt::QueuedConnection);
    }
}

void FeedFetcher::startQueued()
{
    startScheduled_ = false;
    if (!batchActive_)
        return;  // cancelled before the loop came round
    Q_EMIT progress(done_, total_);
    pump();
    finishBatchIfIdle();
}

void FeedFetcher::pump()
{
    // Re-checks state on every turn: a slot connected to fetched() may call fetch() or cancel().
    while (batchActive_ && !queue_.isEmpty() && running_.size() < options_.maxParallel) {
        auto *job = new FetchJob(nam_, queue_.takeFirst(), options_, this);
        connect(job, &FetchJob::done, this, &FeedFetcher::onJobDone);
        running_.append(job);
        job->start();  // may finish at once (bad URL) and re-enter onJobDone
    }
}

void FeedFetcher::onJobDone(FetchJob *job)
{
    if (!running_.removeOne(job))
        return;
    job->disconnect(this);
    job->deleteLater();
    report(job->result());
    pump();
    finishBatchIfIdle();
}

void FeedFetcher::cancel()
{
    if (!batchActive_)
        return;
    QList<FetchResult> cancelled;
    const QList<FetchJob *> jobs = std::exchange(running_, {});
    for (FetchJob *job : jobs) {
        job->disconnect(this);
        job->abandon();
        cancelled.append(job->result());
        job->deleteLater();
    }
    const QList<FetchRequest> queued = std::exchange(queue_, {});
    for (const FetchRequest &request : queued) {
        FetchResult result;
        result.feedId = request.feedId;
        result.requestedUrl = request.url;
        result.etag = request.etag;
        result.lastModified = request.lastModified;
        result.error = QStringLiteral("cancelled");
        cancelled.append(result);
    }
    qCDebug(lcFetch) << "cancelled" << cancelled.size() << "fetches";
    for (const FetchResult &result : std::as_const(cancelled))
        report(result);
    finishBatchIfIdle();
}

void FeedFetcher::report(const FetchResult &result)
{
    ++done_;
    Q_EMIT fetched(result);
    Q_EMIT progress(done_, total_);
}

void FeedFetcher::finishBatchIfIdle()
{
    if (!batchActive_ || isBusy())
        return;
    batchActive_ = false;
    done_ = 0;
    total_ = 0;
    Q_EMIT finished();
}

FetchResult fetchBlocking(const FetchRequest &request, const FetchOptions &options)
{
    FeedFetcher fetcher(options);
    FetchResult result;
    QEventLoop loop;
    QObject::connect(&fetcher, &FeedFetcher::fetched, &loop,
                     [&result](const FetchResult &r) { result = r; });
    QObject::connect(&fetcher, &FeedFetcher::finished, &loop, &QEventLoop::quit);
    fetcher.fetch({request});
    loop.exec();
    return result;
}

} // namespace gloss
