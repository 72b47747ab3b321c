// FeedStore: subscriptions and their folders, with what the last fetch learned (validators for
// conditional GET, the last error) and unread counts. Articles from feeds live in ArticleStore,
// linked by feed id; removing a feed keeps its bookmarked and annotated articles.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSet>
#include <QList>
#include <QString>

#include <optional>

namespace gloss {

class Database;

struct Feed {
    qint64 id = 0;
    qint64 folderId = 0;      // 0: top level
    QString title;
    QString url;
    QString siteUrl;
    QString format;
    QString etag;
    QString lastModified;
    QDateTime lastFetched;
    QString lastError;        // empty when the last refresh succeeded
    int retentionDays = 0;    // 0: keep forever
    int retentionItems = 0;   // 0: no limit
    qint64 unread = 0;        // read only
    qint64 total = 0;         // read only
};

struct Folder {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
};

// What a refresh records about one feed.
struct FeedFetchState {
    QString etag;
    QString lastModified;
    QDateTime fetched;
    QString error;     // the fetch failed: recorded, and the last good fetch's details kept
    QString notice;    // the fetch worked but not all of it was stored (limits): shown like an error
    QString title;     // applied only when the feed has no title yet
    QString siteUrl;
    QString format;
};

class FeedStore {
public:
    explicit FeedStore(Database &db) : m_db(db) {}

    Result<qint64> addFeed(const QString &url, const QString &title = {}, qint64 folderId = 0);
    Result<std::optional<Feed>> feed(qint64 id);
    Result<Feed> existingFeed(qint64 id); // feed(), with "there is no feed ID" as the error when absent
    Result<std::optional<Feed>> feedByUrl(const QString &url);
    Result<QList<Feed>> feeds();   // by folder, then title, with unread and total counts
    Result<qint64> count();        // subscriptions, without counting their articles
    Status renameFeed(qint64 id, const QString &title);
    Status moveFeed(qint64 id, qint64 folderId);
    Status setUrl(qint64 id, const QString &url);       // after a permanent redirect
    Status setRetention(qint64 id, int days, int items);
    Status recordFetch(qint64 id, const FeedFetchState &state);
    // Deletes the feed and its articles, except bookmarked or annotated ones, which stay in the
    // library without a feed. Returns how many articles were deleted.
    Result<qint64> removeFeed(qint64 id);
    // Applies the feed's retention rule (never touching bookmarked or annotated articles);
    // returns how many articles were deleted. Their keys are remembered (removed_feed_items), so
    // ArticleStore does not add them back while the feed still lists them.
    Result<qint64> applyRetention(qint64 id, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Forgets the removed items of the feed that it no longer lists (keys as feedItemKey makes them).
    Status forgetRemovedItems(qint64 id, const QSet<QString> &stillListed);

    // The folder named `name` under `parentId`, created when missing.
    Result<qint64> ensureFolder(const QString &name, qint64 parentId = 0);
    Result<QList<Folder>> folders();
    Status renameFolder(qint64 id, const QString &name);
    // Deletes the folder; its feeds move to the top level.
    Status removeFolder(qint64 id);

private:
    Result<QList<Feed>> select(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace gloss
