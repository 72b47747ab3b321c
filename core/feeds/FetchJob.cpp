#include "feeds/FetchJob.h"

#include "feeds/FetchLog.h"
#include "feeds/FetchPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace gloss {

namespace {

// What feed readers ask for: feed types first, then any XML, then anything (servers that label feeds
// text/html still answer).
constexpr auto acceptHeader = "application/rss+xml, application/atom+xml, application/feed+json, "
                              "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
                              "application/json;q=0.8, */*;q=0.5";

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

FetchJob::FetchJob(QNetworkAccessManager *nam, FetchRequest request, const FetchOptions &options,
                   QObject *parent)
    : QObject(parent), nam_(nam), request_(std::move(request)), options_(options)
{
    result_.feedId = request_.feedId;
    result_.requestedUrl = request_.url;
    deadline_.setSingleShot(true);
    connect(&deadline_, &QTimer::timeout, this,
            [this] { abortWith(fetchpolicy::timeoutMessage(options_.timeoutMs)); });
}

FetchJob::~FetchJob()
{
    releaseReply();
}

void FetchJob::start()
{
    if (!fetchpolicy::isFetchableUrl(request_.url)) {
        // Reported from the event loop, not from inside start(): FeedFetcher::pump() would otherwise
        // recurse once per bad URL in the queue.
        QMetaObject::invokeMethod(this, [this] {
            finish(QStringLiteral("not an http or https URL: ") + request_.url.toDisplayString());
        }, Qt::QueuedConnection);
        return;
    }
    // One deadline for the whole fetch, redirects included, so a chain of slow hops cannot stretch it.
    deadline_.start(options_.timeoutMs);
    sendHop(request_.url);
}

void FetchJob::abandon()
{
    if (finished_)
        return;
    finished_ = true;
    deadline_.stop();
    releaseReply();
    result_.body.clear();
    result_.permanentUrl.clear();
    result_.etag = request_.etag;
    result_.lastModified = request_.lastModified;
    result_.error = QStringLiteral("cancelled");
}

void FetchJob::sendHop(const QUrl &url)
{
    visited_.append(url);
    result_.finalUrl = url;
    result_.body.clear();

    QNetworkRequest req(url);
    // Manual redirects: QNAM's own following hides each hop's status, and 301 vs 302 matters here.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, options_.userAgent);
    req.setRawHeader("Accept", acceptHeader);
    // Accept-Encoding is deliberately left to QNAM: it only decompresses transparently when it set
    // that header itself.
    if (!request_.etag.isEmpty())
        req.setRawHeader("If-None-Match", request_.etag.toLatin1());
    if (!request_.lastModified.isEmpty())
        req.setRawHeader("If-Modified-Since", request_.lastModified.toLatin1());

    qCDebug(lcFetch) << "GET" << url.toDisplayString() << "feed" << request_.feedId;
    reply_ = nam_->get(req);
    connect(reply_, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(reply_, &QIODevice::readyRead, this, &FetchJob::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &FetchJob::onFinished);
}

void FetchJob::onMetaDataChanged()
{
    // Refuse a declared oversize body before a byte of it arrives; undeclared ones are caught in
    // onReadyRead.
    const QVariant length = reply_->header(QNetworkRequest::ContentLengthHeader);
    const int status = statusOf(reply_);
    if (status != 0)
        result_.httpStatus = status;  // also when the body is then cut off (timeout, size limit)
    if (status >= 200 && status < 300 && length.isValid() && length.toLongLong() > options_.maxBytes)
        abortWith(fetchpolicy::sizeLimitMessage(options_.maxBytes));
}

void FetchJob::onReadyRead()
{
    // Drain on every readyRead so QNAM's buffer stays small; the body we keep is bounded by maxBytes.
    const QByteArray chunk = reply_->readAll();
    const int status = statusOf(reply_);
    if (status < 200 || status >= 300)
        return;  // error pages and redirect bodies are of no use
    if (result_.body.size() + chunk.size() > options_.maxBytes) {
        abortWith(fetchpolicy::sizeLimitMessage(options_.maxBytes));
        return;
    }
    result_.body += chunk;
}

void FetchJob::onFinished()
{
    QNetworkReply *reply = reply_;
    if (!reply || finished_)
        return;
    const int status = statusOf(reply);
    if (status == 0) {
        // No HTTP response at all: connection refused, DNS, TLS, reset...
        finish(reply->errorString());
        return;
    }
    result_.httpStatus = status;
    if (fetchpolicy::isRedirect(status)) {
        onRedirect(status);
        return;
    }
    if (status >= 200 && status < 300) {
        const QByteArray rest = reply->readAll();
        if (result_.body.size() + rest.size() > options_.maxBytes) {
            abortWith(fetchpolicy::sizeLimitMessage(options_.maxBytes));
            return;
        }
        result_.body += rest;
    }

    result_.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
    result_.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result_.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (status == 304) {
        // A 304 may omit validators; the ones we sent are still the current ones, so hand them back
        // for the refresher to keep.
        if (result_.etag.isEmpty())
            result_.etag = request_.etag;
        if (result_.lastModified.isEmpty())
            result_.lastModified = request_.lastModified;
        result_.notModified = true;
        result_.body.clear();
        finish({});
        return;
    }
    if (status < 200 || status >= 300) {
        result_.body.clear();
        finish(fetchpolicy::httpErrorMessage(
            status, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A 2xx whose body broke off (reset, bad gzip stream): the body is not to be trusted.
        result_.body.clear();
        finish(reply->errorString());
        return;
    }
    finish({});
}

void FetchJob::onRedirect(int status)
{
    QString error;
    const QUrl target = fetchpolicy::redirectTarget(result_.finalUrl, reply_->rawHeader("Location"), &error);
    releaseReply();
    if (!error.isEmpty()) {
        finish(error);
        return;
    }
    if (visited_.contains(target)) {
        finish(QStringLiteral("redirect loop: ") + target.toDisplayString() + QStringLiteral(" was already visited"));
        return;
    }
    if (visited_.size() > maxRedirects) {
        finish(QStringLiteral("too many redirects (more than %1)").arg(maxRedirects));
        return;
    }
    // Only an unbroken run of permanent hops from the stored URL moves the subscription: after a
    // temporary hop, a later 301 describes the temporary location, not the feed.
    onlyPermanentSoFar_ = onlyPermanentSoFar_ && fetchpolicy::isPermanentRedirect(status);
    if (onlyPermanentSoFar_)
        result_.permanentUrl = target;
    qCDebug(lcFetch) << "redirect" << status << "to" << target.toDisplayString();
    sendHop(target);
}

void FetchJob::abortWith(const QString &error)
{
    if (finished_)
        return;
    releaseReply();
    result_.body.clear();
    finish(error);
}

void FetchJob::finish(const QString &error)
{
    if (finished_)
        return;
    finished_ = true;
    deadline_.stop();
    releaseReply();
    result_.error = error;
    if (!error.isEmpty()) {
        // A permanent redirect to a target that then failed is no reason to rewrite the stored URL.
        result_.permanentUrl.clear();
        // Nothing new was learnt, so the validators to send next time are still the old ones.
        result_.etag = request_.etag;
        result_.lastModified = request_.lastModified;
        qCDebug(lcFetch) << "feed" << request_.feedId << request_.url.toDisplayString() << error;
    }
    Q_EMIT done(this);
}

void FetchJob::releaseReply()
{
    if (!reply_)
        return;
    QNetworkReply *reply = reply_;
    reply_.clear();
    reply->disconnect(this);
    reply->abort();
    // deleteLater: we may be inside one of the reply's own signals.
    reply->deleteLater();
}

} // namespace gloss
