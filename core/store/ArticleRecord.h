// Value types for articles as the store keeps them.
#pragma once

#include <QDateTime>
#include <QString>

namespace gloss {

// What an importer or a feed hands the store to save.
struct ArticleInput {
    QString sourceKey;   // identity: the same key again means the same story
    QString url;
    QString title;
    QString author;
    QString source;      // site, feed or file name shown in the list
    QString format;      // "text", "html", "markdown", "feed"
    QDateTime published; // invalid when unknown
    QString html;        // sanitised
    QString text;        // canonical text derived from html
    qint64 feedId = 0;   // 0: not from a feed
    // ArticleStore::contentHash(title, html) when the caller computed it already (off the writing
    // thread); empty: the store computes it.
    QString contentHash;
};

// One row of the article list: what a list needs, without the content.
struct ArticleSummary {
    qint64 id = 0;
    QString title;
    QString source;
    QString url;
    QDateTime published;
    qint64 sortTime = 0;
    bool read = false;
    bool bookmarked = false;
};

struct Article : ArticleSummary {
    QString sourceKey;
    QString author;
    QString format;
    QDateTime added;
    QDateTime updated;
    QString html;
    QString text;
    int revision = 1;
    qint64 feedId = 0;
};

struct ArticleRevision {
    int revision = 0;
    QDateTime replaced;
    QString title;
    QString text;
    QString html;
};

enum class ArticleFilter { All, Unread, Bookmarked, Annotated };

// Which articles a list shows: a filter, optionally narrowed to one feed or one folder of feeds.
struct ArticleQuery {
    ArticleFilter filter = ArticleFilter::All;
    qint64 feedId = 0;
    qint64 folderId = 0;

    ArticleQuery(ArticleFilter f = ArticleFilter::All) : filter(f) {} // NOLINT: a filter is a query
    static ArticleQuery forFeed(qint64 id, ArticleFilter f = ArticleFilter::All)
    {
        ArticleQuery q(f);
        q.feedId = id;
        return q;
    }
    static ArticleQuery forFolder(qint64 id, ArticleFilter f = ArticleFilter::All)
    {
        ArticleQuery q(f);
        q.folderId = id;
        return q;
    }
    friend bool operator==(const ArticleQuery &, const ArticleQuery &) = default;
};

// Keyset position in the newest-first list: rows strictly after this one come next.
struct ArticleCursor {
    qint64 sortTime = 0;
    qint64 id = 0;
};

} // namespace gloss
