// FeedFetcher downloads feed URLs over http(s) and reports what the refresher needs to store: the
// (decompressed) body and the HTTP facts around it (validators, a permanent move, the error). It does
// not parse. Requests run with bounded parallelism on the thread that created the fetcher, each with
// a deadline and a size limit, so one slow or hostile server cannot stall or bloat a refresh.
//
// Rules (the tests in tests/feeds/tst_fetch*.cpp pin them down):
//  - Conditional GET: a request's etag/lastModified go out as If-None-Match/If-Modified-Since; a 304
//    gives notModified = true, an empty body, and the validators (the server's, else the ones sent).
//  - gzip/deflate are negotiated and decompressed by QNetworkAccessManager; maxBytes counts
//    decompressed bytes and the transfer is aborted as soon as they go beyond it.
//  - Redirects (301/302/303/307/308) are followed by hand, up to 5 hops; a loop, a 6th hop, a
//    non-http(s) target or an https -> http downgrade is an error. permanentUrl is the target of the
//    last hop in an unbroken run of 301/308 from the requested URL (A -301-> B -302-> C gives B;
//    A -302-> B -301-> C gives nothing), and only on success.
//  - etag/lastModified in a result are always the validators to send next time: the server's on a
//    2xx, the server's or else the request's on a 304, the request's unchanged on any error.
//  - Non-2xx statuses become "HTTP 404 Not Found" etc. with httpStatus set; transport failures carry
//    QNetworkReply's message; a URL that is not http(s) fails without a request. httpStatus is the
//    last status received (so 200 on a body cut off by the size limit), 0 when none arrived.
//  - Errors read: "timed out after 30 s", "larger than the 20 MB limit", "redirect loop: URL was
//    already visited", "too many redirects (more than 5)", "not an http or https URL: URL",
//    "cancelled".
//  - cancel() reports every unfinished request (queued or in flight) with error "cancelled".
#pragma once

#include "feeds/FetchOptions.h"
#include "feeds/FetchTypes.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace gloss {

class FetchJob;

class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    explicit FeedFetcher(FetchOptions options = {}, QObject *parent = nullptr);
    ~FeedFetcher() override;

    const FetchOptions &options() const { return options_; }
    bool isBusy() const;

    // Queues the requests (adding to a batch already running). Signals come from the event loop,
    // never from inside fetch(): fetched() once per request in completion order, progress() after
    // each (and once at the start), finished() when nothing is queued or in flight any more.
    void fetch(const QList<FetchRequest> &requests);
    // Aborts transfers in flight and drops the queue. Before returning it emits fetched() with
    // error "cancelled" for each request not yet reported, then progress() and finished().
    void cancel();

Q_SIGNALS:
    void fetched(const gloss::FetchResult &result);
    void progress(int done, int total);
    void finished();

private:
    void startQueued();
    void pump();
    void onJobDone(gloss::FetchJob *job);
    void report(const FetchResult &result);
    void finishBatchIfIdle();

    FetchOptions options_;
    QNetworkAccessManager *nam_;
    QList<FetchRequest> queue_;
    QList<FetchJob *> running_;
    int done_ = 0;
    int total_ = 0;
    bool batchActive_ = false;
    bool startScheduled_ = false;
};

// Fetches one request and waits for it in a local QEventLoop. For the command line and worker
// threads only: never call it on the GUI thread (the nested loop would re-enter the UI for up to
// options.timeoutMs). Needs a QCoreApplication.
FetchResult fetchBlocking(const FetchRequest &request, const FetchOptions &options = {});

} // namespace gloss
