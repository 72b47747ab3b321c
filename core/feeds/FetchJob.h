// One feed fetch from first request to result: follows redirects by hand (so each hop's status is
// known and a permanent move can be reported), enforces the deadline and the size limit while the
// body arrives, and turns every outcome into a FetchResult. Internal to FeedFetcher, which owns the
// queue; a job never outlives the QNetworkAccessManager it was given.
#pragma once

#include "feeds/FetchOptions.h"
#include "feeds/FetchTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace gloss {

class FetchJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRedirects = 5;

    FetchJob(QNetworkAccessManager *nam, FetchRequest request, const FetchOptions &options,
             QObject *parent = nullptr);
    ~FetchJob() override;

    void start();
    // Stops the transfer without emitting done(); result() then says "cancelled".
    void abandon();
    const FetchResult &result() const { return result_; }

Q_SIGNALS:
    void done(gloss::FetchJob *job);

private:
    void sendHop(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onRedirect(int status);
    void abortWith(const QString &error);
    void finish(const QString &error);
    void releaseReply();

    QNetworkAccessManager *nam_;
    FetchRequest request_;
    FetchOptions options_;
    FetchResult result_;
    QPointer<QNetworkReply> reply_;
    QTimer deadline_;
    QList<QUrl> visited_;
    bool onlyPermanentSoFar_ = true;  // every hop so far was 301/308
    bool finished_ = false;
};

} // namespace gloss
