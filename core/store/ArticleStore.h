// ArticleStore: saving, listing and flagging articles.
//
// Saving is idempotent: the same source with the same content changes nothing; the same source with
// new content keeps one article and moves the old content to article_revisions. Lists are read in
// keyset pages (newest first), so a 100,000-article library costs no more to show than a small one.
#pragma once

#include "ArticleRecord.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace gloss {

class Database;

class ArticleStore {
public:
    explicit ArticleStore(Database &db) : m_db(db) {}

    // Unchanged also answers a feed item that the feed's retention rule removed (id 0): not news.
    enum class SaveStatus { Imported, Unchanged, Updated };
    struct Saved {
        qint64 id = 0;
        SaveStatus status = SaveStatus::Imported;
        int revision = 1;
        QString previousText; // Updated: the text the new revision replaced (for re-anchoring)
    };
    Result<Saved> save(const ArticleInput &input);
    // save() for a caller that holds a transaction and rolls all of it back on any error: it takes
    // no savepoint of its own. Batch writers need that: every savepoint makes FTS5 flush its pending
    // index to a new segment, which per article cost more than the rest of the save together.
    Result<Saved> saveInBatch(const ArticleInput &input);

    Result<std::optional<Article>> article(qint64 id);
    // The article's revision alone (nothing when there is no such article): whether the text a
    // reader shows is still the current one, without reading the text.
    Result<std::optional<int>> revision(qint64 id);
    Result<QList<ArticleSummary>> page(const ArticleQuery &query, std::optional<ArticleCursor> after, int limit);
    Result<qint64> count(const ArticleQuery &query);
    Result<QList<ArticleRevision>> revisions(qint64 articleId);

    Status setBookmarked(qint64 id, bool bookmarked);
    Status setRead(qint64 id, bool read);

    static QString contentHash(const QString &title, const QString &html);
    static QString statusName(SaveStatus status);

private:
    Database &m_db;
};

} // namespace gloss
